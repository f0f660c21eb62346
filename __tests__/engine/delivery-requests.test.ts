/**
 * Why a trail stops delivering (issue 16): Requester Pays on the log bucket, and bucket-policy Denies
 * judged by the condition keys CloudTrail's delivery requests carry (src/engine/delivery.ts). Kept apart
 * from __tests__/rules/log-bucket-delivery-grant.test.ts so that table stays as it is.
 */
import { describe, expect, it } from '@jest/globals';
import { known, unknown } from '../../src/model/fact.js';
import type { Bucket } from '../../src/model/facts.js';
import { logBucketDeliveryGrant } from '../../src/rules/log-bucket-delivery-grant.js';
import { adaptPlan } from '../../src/sources/terraform-plan/adapt.js';
import {
  cloudTrailPolicy,
  deliveringTrail,
  factsOf,
  LOG_BUCKET,
  logBucket,
} from '../helpers/facts-builders.js';
import { buildPlan, trailAfter } from '../helpers/plan-builder.js';
import { findingsOf, ruleTable } from '../helpers/rule-tester.js';

const RESOURCES = [`arn:aws:s3:::${LOG_BUCKET}`, `arn:aws:s3:::${LOG_BUCKET}/*`];

const deny = (condition: Record<string, unknown>, action = 's3:*') => ({
  Sid: 'Perimeter',
  Effect: 'Deny',
  Principal: '*',
  Action: action,
  Resource: RESOURCES,
  Condition: condition,
});

const withDeny = (condition: Record<string, unknown>, kmsKeyId?: string, action?: string) =>
  factsOf(
    [deliveringTrail(kmsKeyId ? { kmsKeyId } : {})],
    [logBucket(cloudTrailPolicy({ extra: [deny(condition, action)] }))],
  );

const payer = (p: Bucket['requesterPays']): Bucket => ({
  ...logBucket(cloudTrailPolicy()),
  ...(p ? { requesterPays: p } : {}),
});

describe('log-bucket-delivery-grant: Requester Pays and the keys of CloudTrail requests', () => {
  ruleTable(
    logBucketDeliveryGrant,
    [
      {
        name: 'Requester Pays omitted (not stated by the source)',
        facts: factsOf([deliveringTrail()], [payer(undefined)]),
      },
      { name: 'payer = BucketOwner', facts: factsOf([deliveringTrail()], [payer(known(false))]) },
      {
        name: 'Deny unless the organization, exempting AWS services (aws:PrincipalIsAWSService)',
        facts: withDeny({
          StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' },
          BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
        }),
      },
      {
        name: 'Deny every service but CloudTrail (aws:PrincipalServiceName)',
        facts: withDeny({
          StringNotEquals: { 'aws:PrincipalServiceName': 'cloudtrail.amazonaws.com' },
          Bool: { 'aws:PrincipalIsAWSService': 'true' },
        }),
      },
      { name: 'Deny insecure transport', facts: withDeny({ Bool: { 'aws:SecureTransport': 'false' } }) },
      {
        name: 'Deny PutObject without SSE-KMS, trail with a KMS key',
        facts: withDeny(
          { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
          'arn:aws:kms:us-east-1:111122223333:key/k',
          's3:PutObject',
        ),
      },
    ],
    [
      {
        name: 'Requester Pays (payer = Requester)',
        facts: factsOf([deliveringTrail()], [payer(known(true))]),
        findings: [{ status: 'fail', message: 'has Requester Pays' }],
      },
      {
        name: 'unknown: payer known only after apply',
        facts: factsOf([deliveringTrail()], [payer(unknown('after-apply', 'payer unknown'))]),
        findings: [{ status: 'unknown', message: 'whether the log bucket has Requester Pays' }],
      },
      {
        name: 'Deny unless the organization, without the AWS-service exemption',
        facts: withDeny({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }),
        findings: [{ status: 'fail', message: 'denied by statement "Perimeter"' }],
      },
      {
        name: 'Deny unless through a VPC endpoint (CloudTrail does not use one)',
        facts: withDeny({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }),
        findings: [{ status: 'fail', message: 'denied by statement "Perimeter"' }],
      },
      {
        name: 'Deny every AWS service (aws:PrincipalIsAWSService true)',
        facts: withDeny({ Bool: { 'aws:PrincipalIsAWSService': 'true' } }),
        findings: [{ status: 'fail', message: 'denied' }],
      },
      {
        name: 'unknown: Deny on aws:PrincipalAccount (not documented for service principals)',
        facts: withDeny({ StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } }),
        findings: [{ status: 'unknown' }],
      },
      {
        name: 'unknown: Deny PutObject without SSE-KMS, trail without a KMS key (header undocumented)',
        facts: withDeny(
          { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
          undefined,
          's3:PutObject',
        ),
        findings: [{ status: 'unknown' }],
      },
    ],
  );

  it('the plan adapter reads aws_s3_bucket_request_payment_configuration', () => {
    // Imitates Terraform 1.9.5 / AWS provider 5.x planning the log bucket with Requester Pays.
    const { after, afterUnknown } = trailAfter({ name: 't', bucket: LOG_BUCKET, multiRegion: true });
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [
        {
          address: 'aws_cloudtrail.t',
          type: 'aws_cloudtrail',
          name: 't',
          actions: ['create'],
          after,
          afterUnknown,
        },
        {
          address: 'aws_s3_bucket.logs',
          type: 'aws_s3_bucket',
          name: 'logs',
          actions: ['create'],
          after: { bucket: LOG_BUCKET, force_destroy: false, tags: null },
          afterUnknown: { arn: true, id: true, policy: true, request_payer: true, region: true },
        },
        {
          address: 'aws_s3_bucket_request_payment_configuration.logs',
          type: 'aws_s3_bucket_request_payment_configuration',
          name: 'logs',
          actions: ['create'],
          after: { bucket: LOG_BUCKET, expected_bucket_owner: null, payer: 'Requester' },
          afterUnknown: { id: true },
        },
      ],
    });
    const facts = adaptPlan(plan, { file: 'plan.json' });
    expect(facts.buckets.get(LOG_BUCKET)?.requesterPays).toEqual(known(true));
    const got = findingsOf(logBucketDeliveryGrant, facts);
    expect(got.map((f) => f.message).some((m) => m.includes('has Requester Pays'))).toBe(true);
  });
});
