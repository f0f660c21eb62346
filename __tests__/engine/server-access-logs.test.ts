/**
 * S3 server access logs as secondary evidence (issue 16): a separate per-bucket fact, accepted in place of
 * CloudTrail only by `accept: [server-access-logs]`, and only when it is on, to another bucket that exists.
 */
import { describe, expect, it } from '@jest/globals';
import type { BucketRequirement } from '../../src/config/policy.js';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { known, unknown, type Fact } from '../../src/model/fact.js';
import type { ServerAccessLogging } from '../../src/model/facts.js';
import { dataEventCoverage } from '../../src/rules/data-event-coverage.js';
import { adaptPlan } from '../../src/sources/terraform-plan/adapt.js';
import {
  advancedSet,
  bucket,
  deliveringTrail,
  factsOf,
  fs,
  policyOf,
  requirement,
  s3adv,
} from '../helpers/facts-builders.js';
import { buildPlan } from '../helpers/plan-builder.js';
import { findingsOf } from '../helpers/rule-tester.js';

const B = 'pii-bucket';

const on = (target = 'access-logs', exists: Fact<boolean> = known(true)): Fact<ServerAccessLogging | null> =>
  known({
    targetBucket: target,
    targetPrefix: `${B}/`,
    targetExists: exists,
    ref: `aws_s3_bucket_logging.pii`,
  });

const req = (accept: boolean): BucketRequirement => ({
  ...requirement(B),
  ...(accept ? { accept: ['server-access-logs'] as const } : {}),
});

/** A trail that records the bucket (covered) or nothing of it (uncovered). */
const recorder = (covers: boolean) =>
  deliveringTrail({
    selectors: covers
      ? advancedSet(s3adv())
      : advancedSet(s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::other/'] }))),
  });

function run(o: { logging?: Fact<ServerAccessLogging | null>; accept: boolean; covers?: boolean }) {
  const b = { ...bucket(B), ...(o.logging ? { serverAccessLogging: o.logging } : {}) };
  const facts = factsOf([recorder(o.covers ?? false)], [b]);
  const policy = policyOf(req(o.accept));
  return {
    bucket: evaluateCoverage(facts, policy).buckets[0]!,
    findings: findingsOf(dataEventCoverage, facts, policy),
  };
}

describe('server access logs as evidence', () => {
  it.each([
    // name, logging, accept, covers, status, accepted, usable
    ['omitted (not read by the source)', undefined, true, false, 'uncovered', false, undefined],
    ['on, not accepted: information only', on(), false, false, 'uncovered', false, true],
    ['on, accepted: covered with the qualifier', on(), true, false, 'covered', true, true],
    ['accepted, but CloudTrail covers: CloudTrail is the evidence', on(), true, true, 'covered', false, true],
    ['accepted, logging off', known(null), true, false, 'uncovered', false, false],
    ['accepted, logging to itself', on(B), true, false, 'uncovered', false, false],
    ['accepted, target does not exist', on('gone', known(false)), true, false, 'uncovered', false, false],
    [
      'accepted, target unknown',
      on('elsewhere', unknown('not-collected', 'not in the plan')),
      true,
      false,
      'uncovered',
      false,
      'unknown',
    ],
    [
      'accepted, logging unknown',
      unknown<ServerAccessLogging | null>('after-apply', 'x'),
      true,
      false,
      'uncovered',
      false,
      'unknown',
    ],
  ] as const)('%s', (_name, logging, accept, covers, status, accepted, usable) => {
    const { bucket: b, findings } = run({ ...(logging ? { logging } : {}), accept, covers });
    expect(b.status).toBe(status);
    expect(b.acceptedEvidence !== undefined).toBe(accepted);
    expect(b.serverAccessLogs?.usable).toBe(usable);
    if (accepted) {
      expect(b.acceptedEvidence).toEqual({
        evidence: 'server-access-logs',
        qualifier: 'by server access logs (best effort)',
        cloudTrailStatus: 'uncovered',
      });
      // CloudTrail's own verdicts stay visible per API.
      expect(b.events.every((e) => e.status === 'uncovered')).toBe(true);
      expect(findings).toEqual([]);
    }
    if (b.serverAccessLogs && b.serverAccessLogs.status !== 'off')
      expect(b.serverAccessLogs.limits).toContain('best effort');
  });

  it('the finding says why server access logs were not accepted, or that they are information only', () => {
    expect(run({ logging: on(B), accept: true }).findings[0]!.message).toContain(
      'server access logs not accepted as evidence: the bucket logs to itself',
    );
    expect(run({ logging: on(), accept: false }).findings[0]!.message).toContain(
      'server access logging to access-logs/pii-bucket/ is on, as information only',
    );
  });

  it('plan: aws_s3_bucket_logging with a target bucket of the plan', () => {
    // Imitates Terraform 1.9.5 / AWS provider 5.x planning two new buckets and aws_s3_bucket_logging
    // whose bucket and target_bucket reference them (`aws_s3_bucket.pii.id`, `aws_s3_bucket.logs.id`).
    const bucketChange = (name: string, addr: string) => ({
      address: `aws_s3_bucket.${addr}`,
      type: 'aws_s3_bucket',
      name: addr,
      actions: ['create'],
      after: { bucket: name, force_destroy: false, tags: null },
      afterUnknown: { arn: true, id: true, logging: true, policy: true, region: true },
    });
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [
        bucketChange(B, 'pii'),
        bucketChange('access-logs', 'logs'),
        {
          address: 'aws_s3_bucket_logging.pii',
          type: 'aws_s3_bucket_logging',
          name: 'pii',
          actions: ['create'],
          after: {
            expected_bucket_owner: null,
            target_grant: [],
            target_object_key_format: [],
            target_prefix: 'pii/',
          },
          afterUnknown: {
            bucket: true,
            id: true,
            target_bucket: true,
            target_grant: [],
            target_object_key_format: [],
          },
        },
      ],
      configuration: {
        provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'us-east-1' } } } },
        root_module: {
          resources: [
            {
              address: 'aws_s3_bucket_logging.pii',
              mode: 'managed',
              type: 'aws_s3_bucket_logging',
              name: 'pii',
              provider_config_key: 'aws',
              expressions: {
                bucket: { references: ['aws_s3_bucket.pii.id', 'aws_s3_bucket.pii'] },
                target_bucket: { references: ['aws_s3_bucket.logs.id', 'aws_s3_bucket.logs'] },
                target_prefix: { constant_value: 'pii/' },
              },
              schema_version: 0,
            },
          ],
        },
      },
    });
    const facts = adaptPlan(plan, { file: 'plan.json' });
    expect(facts.buckets.get(B)?.serverAccessLogging).toEqual(
      known({
        targetBucket: 'access-logs',
        targetPrefix: 'pii/',
        targetExists: known(true),
        ref: 'aws_s3_bucket_logging.pii',
      }),
    );
    // The target bucket itself has logging off (no aws_s3_bucket_logging; unset on create).
    expect(facts.buckets.get('access-logs')?.serverAccessLogging).toEqual(known(null, true));
    const [b] = evaluateCoverage(facts, policyOf(req(true))).buckets;
    expect(b?.status).toBe('covered');
    expect(b?.acceptedEvidence?.qualifier).toBe('by server access logs (best effort)');
  });
});
