/**
 * Cases where a checker could pass on facts that do not prove it (found in review): each must be
 * `unknown` (or a failure), never `covered` / a passing rule.
 */
import { describe, expect, it } from '@jest/globals';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { conditionHolds, decide, normalizePolicy } from '../../src/engine/iam-policy.js';
import { InputError } from '../../src/errors.js';
import { known, unknown } from '../../src/model/fact.js';
import { logBucketDeliveryGrant } from '../../src/rules/log-bucket-delivery-grant.js';
import { adaptPlan } from '../../src/sources/terraform-plan/adapt.js';
import { parsePlanText } from '../../src/sources/terraform-plan/read-plan.js';
import {
  advancedSet,
  bucket,
  cloudTrailPolicy,
  deliveringTrail,
  factsOf,
  logBucket,
  policyOf,
  requirement,
  s3adv,
  trail,
} from '../helpers/facts-builders.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { buildPlan, fieldSelector, trailAfter } from '../helpers/plan-builder.js';

const ARN = 'arn:aws:s3:::acme-pii';
const s3sel = [
  {
    name: 's',
    field_selector: [
      fieldSelector('eventCategory', { equals: ['Data'] }),
      fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
      fieldSelector('resources.ARN', { starts_with: [ARN + '/'] }),
    ],
  },
];

describe('no pass without proof', () => {
  it('a single-Region trail on an aliased provider whose region is not a constant: unknown, not the default Region', () => {
    const { after, afterUnknown } = trailAfter({ name: 'west', advanced: s3sel });
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [
        {
          address: 'aws_cloudtrail.west',
          type: 'aws_cloudtrail',
          name: 'west',
          actions: ['create'],
          after,
          afterUnknown,
        },
      ],
      configuration: {
        provider_config: {
          aws: { name: 'aws', expressions: { region: { constant_value: 'us-east-1' } } },
          'aws.west': {
            name: 'aws',
            alias: 'west',
            expressions: { region: { references: ['local.region'] } },
          },
        },
        root_module: {
          resources: [
            {
              address: 'aws_cloudtrail.west',
              mode: 'managed',
              type: 'aws_cloudtrail',
              name: 'west',
              provider_config_key: 'aws.west',
              expressions: {},
            },
          ],
        },
      },
    });
    const r = evaluateCoverage(
      adaptPlan(plan, { file: 'p' }),
      policyOf(requirement('acme-pii', { region: 'us-east-1' })),
    );
    expect(r.buckets[0]!.status).toBe('unknown');
  });

  it('the policy names the bucket account and the trail account is unknown: unknown', () => {
    const rec = {
      ...trail({ selectors: advancedSet(s3adv()) }),
      accountId: unknown<string>('after-apply', 'no caller identity'),
    };
    const r = evaluateCoverage(
      factsOf([rec]),
      policyOf(requirement('acme-pii', { account: '111122223333' })),
    );
    expect(r.buckets[0]!.status).toBe('unknown');
  });

  it('a trail whose last delivery failed: unknown', () => {
    const rec = { ...trail({ selectors: advancedSet(s3adv()) }), deliveryError: 'AccessDenied' };
    const r = evaluateCoverage(factsOf([rec], [bucket('acme-pii')]), policyOf(requirement('acme-pii')));
    expect(r.buckets[0]!.status).toBe('unknown');
    expect(r.buckets[0]!.events[0]!.gaps[0]).toContain('LatestDeliveryError: AccessDenied');
  });

  it('an organization trail whose grant names one organization: unknown (the ID cannot be checked)', () => {
    const doc = cloudTrailPolicy({
      extra: [
        {
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::audit-logs/AWSLogs/o-abc123def4/*',
        },
      ],
    });
    const f = findingsOf(
      logBucketDeliveryGrant,
      factsOf([deliveringTrail({ organization: true })], [logBucket(doc)]),
    );
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0]!.message).toContain('o-abc123def4');
  });

  it('an organization trail with a grant for every organization (o-*): passes', () => {
    const doc = cloudTrailPolicy({
      extra: [
        {
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::audit-logs/AWSLogs/o-*',
        },
      ],
    });
    expect(
      findingsOf(
        logBucketDeliveryGrant,
        factsOf([deliveringTrail({ organization: true })], [logBucket(doc)]),
      ),
    ).toEqual([]);
  });

  it('the trail account unknown: the delivery grant is unknown, not judged on a made-up account', () => {
    const t = { ...deliveringTrail(), accountId: unknown<string>('after-apply', 'no caller identity') };
    const f = findingsOf(logBucketDeliveryGrant, factsOf([t], [logBucket(cloudTrailPolicy())]));
    expect(f.map((x) => x.status)).toEqual(['unknown']);
  });

  it('a multi-Region trail: the grant must cover other Regions paths too', () => {
    const doc = cloudTrailPolicy({
      writeResource: 'arn:aws:s3:::audit-logs/AWSLogs/111122223333/CloudTrail/us-east-1/*',
    });
    const single = findingsOf(
      logBucketDeliveryGrant,
      factsOf([deliveringTrail({ multiRegion: false })], [logBucket(doc)]),
    );
    const multi = findingsOf(
      logBucketDeliveryGrant,
      factsOf([deliveringTrail({ multiRegion: true })], [logBucket(doc)]),
    );
    expect(single.filter((x) => x.message.includes('log file of another Region'))).toEqual([]);
    expect(multi.map((x) => x.status)).toEqual(['fail']);
    expect(multi[0]!.message).toContain('log file of another Region');
  });

  it('ForAllValues over a key the request lacks is true, so such a Deny applies', () => {
    const policy = normalizePolicy({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:GetBucketAcl',
          Resource: 'arn:aws:s3:::b',
        },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: 'arn:aws:s3:::b',
          Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['x'] } },
        },
      ],
    });
    const req = {
      servicePrincipal: 'cloudtrail.amazonaws.com',
      action: 's3:GetBucketAcl',
      resource: { known: true as const, value: 'arn:aws:s3:::b' },
      keys: {},
    };
    expect(decide(policy, req).allowed).toBe(false);
    expect(
      conditionHolds(
        { operator: 'foranyvalue:stringequals', key: 'aws:tagkeys', values: [{ known: true, value: 'x' }] },
        req,
      ),
    ).toBe(false);
  });

  it('a log bucket referenced by index (logs[count.index]): its name is unknown, not instance 0', () => {
    const t = trailAfter({ name: 'audit', multiRegion: true, advanced: s3sel, bucket: null });
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [
        {
          address: 'aws_s3_bucket.logs[0]',
          type: 'aws_s3_bucket',
          name: 'logs',
          index: 0,
          actions: ['create'],
          after: { bucket: 'logs-a' },
          afterUnknown: { arn: true, id: true },
        },
        {
          address: 'aws_s3_bucket.logs[1]',
          type: 'aws_s3_bucket',
          name: 'logs',
          index: 1,
          actions: ['create'],
          after: { bucket: 'logs-b' },
          afterUnknown: { arn: true, id: true },
        },
        {
          address: 'aws_cloudtrail.audit',
          type: 'aws_cloudtrail',
          name: 'audit',
          actions: ['create'],
          after: t.after,
          afterUnknown: t.afterUnknown,
        },
      ],
      configuration: {
        provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'us-east-1' } } } },
        root_module: {
          resources: [
            {
              address: 'aws_cloudtrail.audit',
              mode: 'managed',
              type: 'aws_cloudtrail',
              name: 'audit',
              provider_config_key: 'aws',
              expressions: {
                s3_bucket_name: {
                  references: ['aws_s3_bucket.logs[1].id', 'aws_s3_bucket.logs[1]', 'aws_s3_bucket.logs'],
                },
              },
            },
          ],
        },
      },
    });
    const facts = adaptPlan(plan, { file: 'p' });
    const r = facts.recorders[0]!;
    expect(r.kind === 'trail' && r.logBucket.known).toBe(false);
  });

  it('an errored plan is refused (exit 2), not judged', () => {
    expect(() =>
      parsePlanText('{"format_version":"1.2","errored":true,"planned_values":{}}', 'plan.json'),
    ).toThrow(InputError);
  });

  it('a trail whose change Terraform deferred: its selectors are unknown', () => {
    const { after, afterUnknown } = trailAfter({ name: 'audit', multiRegion: true, advanced: s3sel });
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [
        {
          address: 'aws_cloudtrail.audit',
          type: 'aws_cloudtrail',
          name: 'audit',
          actions: ['update'],
          after,
          afterUnknown,
        },
      ],
    });
    plan['deferred_changes'] = [
      { reason: 'provider_config_unknown', resource_change: { address: 'aws_cloudtrail.audit' } },
    ];
    const r = evaluateCoverage(
      adaptPlan(plan, { file: 'p' }),
      policyOf(requirement('acme-pii', { region: 'us-east-1' })),
    );
    expect(r.buckets[0]!.status).toBe('unknown');
    void known;
  });
});
