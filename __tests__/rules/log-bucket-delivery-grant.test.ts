import { describe, expect, it } from '@jest/globals';
import { known, unknown } from '../../src/model/fact.js';
import type { Recorder } from '../../src/model/facts.js';
import { logBucketDeliveryGrant } from '../../src/rules/log-bucket-delivery-grant.js';
import {
  advancedSet,
  cloudTrailPolicy,
  deliveringTrail,
  factsOf,
  LOG_BUCKET,
  logBucket,
  s3adv,
  TRAIL_ARN,
  U,
} from '../helpers/facts-builders.js';
import { findingsOf, ruleTable } from '../helpers/rule-tester.js';

const withPolicy = (doc: unknown | null | 'unknown', trailOpts: Parameters<typeof deliveringTrail>[0] = {}) =>
  factsOf([deliveringTrail(trailOpts)], [logBucket(doc)]);

describe('log-bucket-delivery-grant', () => {
  ruleTable(
    logBucketDeliveryGrant,
    [
      { name: 'the documented policy (seed article)', facts: withPolicy(cloudTrailPolicy()) },
      {
        name: 'aws:SourceAccount instead of aws:SourceArn',
        facts: withPolicy(cloudTrailPolicy({ sourceArn: false, sourceAccount: '111122223333' })),
      },
      {
        name: "ArnLike pattern over the account's trails",
        facts: withPolicy(
          cloudTrailPolicy({
            arnOperator: 'ArnLike',
            sourceArn: 'arn:aws:cloudtrail:*:111122223333:trail/*',
          }),
        ),
      },
      {
        name: 'write resource bucket/* covers AWSLogs/ACCOUNT/*',
        facts: withPolicy(cloudTrailPolicy({ writeResource: `arn:aws:s3:::${LOG_BUCKET}/*` })),
      },
      {
        name: 'with a key prefix (omitted trailing slash in s3_key_prefix)',
        facts: withPolicy(
          cloudTrailPolicy({ writeResource: `arn:aws:s3:::${LOG_BUCKET}/prefix/AWSLogs/111122223333/*` }),
          { logPrefix: 'prefix' },
        ),
      },
      {
        name: 'Principal "*" also lets CloudTrail in (other rules may object)',
        facts: withPolicy(cloudTrailPolicy({ principal: '*' })),
      },
      {
        name: 'a Deny that does not touch CloudTrail (insecure transport)',
        facts: withPolicy(
          cloudTrailPolicy({
            extra: [
              {
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: [`arn:aws:s3:::${LOG_BUCKET}`, `arn:aws:s3:::${LOG_BUCKET}/*`],
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          }),
        ),
      },
      {
        name: 'action wildcard s3:Put*',
        facts: withPolicy(
          JSON.parse(JSON.stringify(cloudTrailPolicy()).replace('"s3:PutObject"', '"s3:Put*"')),
        ),
      },
    ],
    [
      {
        name: 'no bucket policy at all (omitted)',
        facts: withPolicy(null),
        findings: [{ status: 'fail', message: 'has no bucket policy' }],
      },
      {
        name: 'wrong account in the write path',
        facts: withPolicy(
          cloudTrailPolicy({ writeResource: `arn:aws:s3:::${LOG_BUCKET}/AWSLogs/999999999999/*` }),
        ),
        findings: [{ status: 'fail', message: 's3:PutObject of the log file' }],
      },
      {
        name: 'prefix in the trail but not in the policy',
        facts: withPolicy(cloudTrailPolicy(), { logPrefix: 'cloudtrail' }),
        findings: [{ status: 'fail', message: 'cloudtrail/AWSLogs/111122223333' }],
      },
      {
        name: 'SourceArn names another trail',
        facts: withPolicy(
          cloudTrailPolicy({ sourceArn: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/other' }),
        ),
        findings: [{ status: 'fail', message: 'is not allowed' }],
      },
      {
        name: 'GetBucketAcl on the wrong bucket',
        facts: withPolicy(cloudTrailPolicy({ aclResource: 'arn:aws:s3:::someone-else' })),
        findings: [{ status: 'fail', message: 's3:GetBucketAcl' }],
      },
      {
        name: 'an explicit Deny of PutObject for everyone',
        facts: withPolicy(
          cloudTrailPolicy({
            extra: [
              {
                Sid: 'NoWrites',
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:PutObject',
                Resource: `arn:aws:s3:::${LOG_BUCKET}/*`,
              },
            ],
          }),
        ),
        findings: [{ status: 'fail', message: 'denied by statement "NoWrites"' }],
      },
      {
        name: 'organization trail without the AWSLogs/o-ORGID/ grant',
        facts: withPolicy(cloudTrailPolicy(), { organization: true }),
        findings: [{ status: 'fail', message: 'organization log file' }],
      },
      {
        name: 'policy known only after apply',
        facts: withPolicy('unknown'),
        findings: [{ status: 'unknown', message: 'known only after apply' }],
      },
      {
        name: 'a resource value known only after apply',
        facts: withPolicy(
          JSON.parse(
            JSON.stringify(cloudTrailPolicy()).replace(
              `"arn:aws:s3:::${LOG_BUCKET}/AWSLogs/111122223333/*"`,
              '{"$unknown":"aws_s3_bucket.logs.arn"}',
            ),
          ),
        ),
        findings: [{ status: 'unknown' }],
      },
      {
        name: 'log bucket name unknown',
        facts: withPolicy(cloudTrailPolicy(), { logBucket: null }),
        findings: [{ status: 'unknown', message: 'log bucket' }],
      },
      {
        name: 'log bucket outside the plan',
        facts: factsOf([deliveringTrail({ logBucket: 'central-logs' })], []),
        findings: [{ status: 'unknown', message: 'central-logs is not in the plan' }],
      },
      {
        name: 'trail ARN unknown and the grant needs it',
        facts: factsOf(
          [{ ...deliveringTrail(), arn: { known: false, reason: 'after-apply', detail: 'arn unknown' } }],
          [logBucket(cloudTrailPolicy())],
        ),
        findings: [{ status: 'unknown' }],
      },
    ],
  );
  void U;
});

// Issue 10, item 16.
const ORG = 'o-abc123def4';
const statement = (sid: string, action: string, resource: string, acl: boolean) => ({
  Sid: sid,
  Effect: 'Allow',
  Principal: { Service: 'cloudtrail.amazonaws.com' },
  Action: action,
  Resource: resource,
  Condition: {
    StringEquals: {
      'aws:SourceArn': TRAIL_ARN,
      ...(acl ? { 's3:x-amz-acl': 'bucket-owner-full-control' } : {}),
    },
  },
});
const orgPolicy = (o: { org?: string; account?: boolean } = {}) => ({
  Version: '2012-10-17',
  Statement: [
    statement('AWSCloudTrailAclCheck20150319', 's3:GetBucketAcl', `arn:aws:s3:::${LOG_BUCKET}`, false),
    statement(
      'AWSCloudTrailOrganizationWrite20150319',
      's3:PutObject',
      `arn:aws:s3:::${LOG_BUCKET}/AWSLogs/${o.org ?? ORG}/*`,
      true,
    ),
    ...(o.account
      ? [
          statement(
            'AWSCloudTrailWrite20150319',
            's3:PutObject',
            `arn:aws:s3:::${LOG_BUCKET}/AWSLogs/111122223333/*`,
            true,
          ),
        ]
      : []),
  ],
});
const orgTrail = (orgId?: string): Recorder => ({
  ...deliveringTrail({ organization: true, selectors: advancedSet(s3adv()) }),
  ...(orgId ? { organizationId: known(orgId) } : {}),
});
const facts = (policy: unknown, orgId: string | null = ORG) =>
  factsOf([orgTrail(orgId ?? undefined)], [logBucket(policy)]);

describe('item 16: organization trails and the AWSLogs/ACCOUNT/ statement', () => {
  ruleTable(
    logBucketDeliveryGrant,
    [
      {
        name: "AWS's documented org policy with the account statement",
        facts: facts(orgPolicy({ account: true })),
      },
    ],
    [
      {
        name: 'org path granted, account path missing: a finding (a warning, see below)',
        facts: facts(orgPolicy()),
        findings: [{ status: 'fail', message: 'changed to a single-account trail' }],
      },
      {
        name: 'the grant names another organization than the trail: not allowed',
        facts: facts(orgPolicy({ org: 'o-zzzzzzzzzz', account: true })),
        findings: [{ status: 'fail', message: 'organization log file' }],
      },
      {
        name: 'organization ID not known: a grant naming one organization is unknown',
        facts: facts(orgPolicy({ account: true }), null),
        findings: [{ status: 'unknown', message: `the grant names ${ORG}` }],
      },
    ],
  );

  it('the missing account statement is a warning, not an error', () => {
    const f = findingsOf(logBucketDeliveryGrant, facts(orgPolicy()));
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });
});

describe('item 16: an organization trail whose (management) account is not known', () => {
  it('the account-path writes it cannot check are a warning, not an error', () => {
    const t = {
      ...orgTrail(ORG),
      accountId: unknown('after-apply', 'management account not read'),
    } as Recorder;
    const f = findingsOf(logBucketDeliveryGrant, factsOf([t], [logBucket(orgPolicy())]));
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  });
});
