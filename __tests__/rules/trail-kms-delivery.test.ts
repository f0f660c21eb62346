import { describe, expect, it } from '@jest/globals';
import { known, unknown } from '../../src/model/fact.js';
import type { KmsKey, Recorder } from '../../src/model/facts.js';
import { trailKmsDelivery } from '../../src/rules/trail-kms-delivery.js';
import { adaptPlan } from '../../src/sources/terraform-plan/adapt.js';
import {
  TRAIL_ARN,
  advancedSet,
  asTrail,
  bucket,
  deliveringTrail,
  factsOf,
  LOG_BUCKET,
  s3adv,
} from '../helpers/facts-builders.js';
import { buildPlan, trailAfter, type ChangeSpec } from '../helpers/plan-builder.js';
import { findingsOf, ruleTable } from '../helpers/rule-tester.js';

const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** The key policy statement AWS documents for trails ("Allow CloudTrail to encrypt logs"). */
function encryptStatement(o: { context?: string; sourceArn?: string | false; principal?: unknown } = {}) {
  return {
    Sid: 'Allow CloudTrail to encrypt logs',
    Effect: 'Allow',
    Principal: o.principal ?? { Service: 'cloudtrail.amazonaws.com' },
    Action: 'kms:GenerateDataKey*',
    Resource: '*',
    Condition: {
      StringLike: {
        'kms:EncryptionContext:aws:cloudtrail:arn': o.context ?? 'arn:aws:cloudtrail:*:111122223333:trail/*',
      },
      ...(o.sourceArn === false ? {} : { StringEquals: { 'aws:SourceArn': o.sourceArn ?? TRAIL_ARN } }),
    },
  };
}

const ADMIN = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:root' },
  Action: 'kms:*',
  Resource: '*',
};

function key(o: { policy?: unknown; enabled?: boolean | null; region?: string } = {}): KmsKey {
  return {
    origin: { source: 'terraform-plan', ref: 'aws_kms_key.cloudtrail' },
    policy: {
      origin: { source: 'terraform-plan', ref: 'aws_kms_key.cloudtrail' },
      document:
        o.policy === 'unknown'
          ? unknown('after-apply', 'policy known only after apply')
          : known(
              o.policy === undefined
                ? { Version: '2012-10-17', Statement: [ADMIN, encryptStatement()] }
                : o.policy,
            ),
    },
    enabled: o.enabled === null ? unknown('after-apply', 'unknown') : known(o.enabled ?? true),
    region: known(o.region ?? 'us-east-1'),
  };
}

function kmsTrail(k: KmsKey | undefined, keyId: string | null | 'unknown' = KEY_ARN, live = false): Recorder {
  const t = asTrail(deliveringTrail(live ? { selectors: advancedSet(s3adv()) } : {}));
  return {
    ...t,
    ...(live ? { origin: { source: 'aws', ref: TRAIL_ARN } } : {}),
    kmsKeyId: keyId === 'unknown' ? unknown('after-apply', 'key created in this plan') : known(keyId),
    ...(k ? { kmsKey: k } : {}),
  };
}

const withLogBucket = (r: Recorder) => factsOf([r], [bucket(LOG_BUCKET)]);

describe('trail-kms-delivery', () => {
  ruleTable(
    trailKmsDelivery,
    [
      {
        name: 'omitted (no kms_key_id: trail-kms reports it, delivery is unaffected)',
        facts: factsOf([deliveringTrail()]),
      },
      { name: 'the key policy AWS documents, key enabled', facts: withLogBucket(kmsTrail(key())) },
      {
        name: 'a key created in the same plan (kms_key_id unknown), documented policy',
        facts: withLogBucket(kmsTrail(key(), 'unknown')),
      },
      {
        name: 'encryption context condition only (no aws:SourceArn)',
        facts: withLogBucket(
          kmsTrail(key({ policy: { Statement: [encryptStatement({ sourceArn: false })] } })),
        ),
      },
      {
        name: 'live mode: the key is not read (LatestDeliveryError is the evidence)',
        facts: { ...factsOf([kmsTrail(undefined, KEY_ARN, true)]), mode: 'live' },
      },
    ],
    [
      {
        name: 'the default key policy (none written)',
        facts: withLogBucket(kmsTrail(key({ policy: null }))),
        findings: [{ status: 'fail', message: 'the default key policy lets only' }],
      },
      {
        name: 'a key policy without CloudTrail',
        facts: withLogBucket(kmsTrail(key({ policy: { Statement: [ADMIN] } }))),
        findings: [
          { status: 'fail', message: 'does not allow cloudtrail.amazonaws.com kms:GenerateDataKey*' },
        ],
      },
      {
        name: "encryption context for another account's trails",
        facts: withLogBucket(
          kmsTrail(
            key({
              policy: {
                Statement: [encryptStatement({ context: 'arn:aws:cloudtrail:*:444455556666:trail/*' })],
              },
            }),
          ),
        ),
        findings: [{ status: 'fail', message: 'does not allow' }],
      },
      {
        name: 'aws:SourceArn of another trail',
        facts: withLogBucket(
          kmsTrail(
            key({
              policy: {
                Statement: [
                  encryptStatement({ sourceArn: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/other' }),
                ],
              },
            }),
          ),
        ),
        findings: [{ status: 'fail', message: 'does not allow' }],
      },
      {
        name: 'a Deny on kms:GenerateDataKey*',
        facts: withLogBucket(
          kmsTrail(
            key({
              policy: {
                Statement: [
                  encryptStatement(),
                  {
                    Sid: 'NoServices',
                    Effect: 'Deny',
                    Principal: '*',
                    Action: 'kms:GenerateDataKey*',
                    Resource: '*',
                  },
                ],
              },
            }),
          ),
        ),
        findings: [{ status: 'fail', message: 'denies kms:GenerateDataKey by statement "NoServices"' }],
      },
      {
        name: 'a disabled key (is_enabled = false)',
        facts: withLogBucket(kmsTrail(key({ enabled: false }))),
        findings: [{ status: 'fail', message: 'is disabled' }],
      },
      {
        name: "a key outside the log bucket's Region",
        facts: withLogBucket(kmsTrail(key({ region: 'eu-west-1' }))),
        findings: [{ status: 'fail', message: 'the key must be in the bucket' }],
      },
      {
        name: 'unknown: the key is not in the plan',
        facts: withLogBucket(kmsTrail(undefined)),
        findings: [{ status: 'unknown', message: 'the key is not in the plan' }],
      },
      {
        name: 'unknown: the key policy is known only after apply',
        facts: withLogBucket(kmsTrail(key({ policy: 'unknown' }))),
        findings: [{ status: 'unknown', message: 'whether the key policy allows CloudTrail' }],
      },
      {
        name: 'unknown: is_enabled known only after apply',
        facts: withLogBucket(kmsTrail(key({ enabled: null }))),
        findings: [{ status: 'unknown', message: 'is enabled' }],
      },
    ],
  );
});

describe('trail-kms-delivery through a plan', () => {
  // Imitates Terraform 1.9.5 / AWS provider 5.x: `terraform show -json` of a plan that creates a trail with
  // `kms_key_id = aws_kms_key.cloudtrail.arn` and the key, its policy from a data.aws_iam_policy_document
  // read at plan time (prior_state) or left unset.
  function plan(o: { keyPolicy?: 'document' | 'unset'; enabled?: boolean; statements?: unknown[] }) {
    const { after, afterUnknown } = trailAfter({ name: 't', bucket: LOG_BUCKET, multiRegion: true });
    const doc = JSON.stringify({
      Version: '2012-10-17',
      Statement: o.statements ?? [ADMIN, encryptStatement()],
    });
    const changes: ChangeSpec[] = [
      {
        address: 'aws_cloudtrail.t',
        type: 'aws_cloudtrail',
        name: 't',
        actions: ['create'],
        after: (({ kms_key_id: _k, ...rest }) => rest)(after as Record<string, unknown>),
        afterUnknown: { ...afterUnknown, kms_key_id: true },
      },
      {
        address: 'aws_kms_key.cloudtrail',
        type: 'aws_kms_key',
        name: 'cloudtrail',
        actions: ['create'],
        after: {
          bypass_policy_lockout_safety_check: false,
          customer_master_key_spec: 'SYMMETRIC_DEFAULT',
          deletion_window_in_days: 7,
          enable_key_rotation: true,
          is_enabled: o.enabled ?? true,
          key_usage: 'ENCRYPT_DECRYPT',
          ...(o.keyPolicy === 'unset' ? {} : { policy: doc }),
          tags: null,
        },
        afterUnknown: {
          arn: true,
          id: true,
          key_id: true,
          multi_region: true,
          tags_all: true,
          ...(o.keyPolicy === 'unset' ? { policy: true } : {}),
        },
      },
    ];
    const resources = [
      {
        address: 'aws_cloudtrail.t',
        mode: 'managed',
        type: 'aws_cloudtrail',
        name: 't',
        provider_config_key: 'aws',
        expressions: { kms_key_id: { references: ['aws_kms_key.cloudtrail.arn', 'aws_kms_key.cloudtrail'] } },
        schema_version: 1,
      },
      {
        address: 'aws_kms_key.cloudtrail',
        mode: 'managed',
        type: 'aws_kms_key',
        name: 'cloudtrail',
        provider_config_key: 'aws',
        expressions:
          o.keyPolicy === 'unset'
            ? { enable_key_rotation: { constant_value: true } }
            : {
                policy: {
                  references: ['data.aws_iam_policy_document.key.json', 'data.aws_iam_policy_document.key'],
                },
              },
        schema_version: 0,
      },
    ];
    return buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes,
      priorData: [
        {
          address: 'data.aws_caller_identity.current',
          type: 'aws_caller_identity',
          name: 'current',
          values: { account_id: '111122223333' },
        },
      ],
      configuration: {
        provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'us-east-1' } } } },
        root_module: { resources },
      },
    });
  }

  const run = (p: Record<string, unknown>) =>
    findingsOf(trailKmsDelivery, adaptPlan(p, { file: 'plan.json' }));

  it('the documented key policy passes', () => {
    expect(run(plan({}))).toEqual([]);
  });

  it('a key without a policy of its own gets the default key policy and fails', () => {
    const got = run(plan({ keyPolicy: 'unset' }));
    expect(got.map((f) => f.status)).toEqual(['fail']);
    expect(got[0]!.message).toContain('aws_kms_key.cloudtrail has no key policy of its own');
  });

  it('a key policy from a data.aws_iam_policy_document read during apply is rebuilt from its arguments', () => {
    // The document's read is deferred (read_because_config_unknown: its SourceArn value names the trail
    // ARN, unknown until apply); `json` is unknown and the statements are planned.
    const p = plan({}) as { resource_changes: Record<string, unknown>[] };
    const key = p.resource_changes.find((r) => r['address'] === 'aws_kms_key.cloudtrail') as {
      change: { after: Record<string, unknown>; after_unknown: Record<string, unknown> };
    };
    delete key.change.after['policy'];
    key.change.after_unknown['policy'] = true;
    const statement = (context: string) => ({
      actions: ['kms:GenerateDataKey*'],
      condition: [
        { test: 'StringLike', values: [context], variable: 'kms:EncryptionContext:aws:cloudtrail:arn' },
      ],
      effect: 'Allow',
      not_actions: null,
      not_principals: [],
      not_resources: null,
      principals: [{ identifiers: ['cloudtrail.amazonaws.com'], type: 'Service' }],
      resources: ['*'],
      sid: 'Allow CloudTrail to encrypt logs',
    });
    const docChange = (context: string) => ({
      address: 'data.aws_iam_policy_document.key',
      mode: 'data',
      type: 'aws_iam_policy_document',
      name: 'key',
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions: ['read'],
        before: null,
        after: {
          override_json: null,
          override_policy_documents: null,
          policy_id: null,
          source_json: null,
          source_policy_documents: null,
          statement: [statement(context)],
          version: null,
        },
        after_unknown: { id: true, json: true, minified_json: true },
        before_sensitive: false,
        after_sensitive: {},
      },
      action_reason: 'read_because_config_unknown',
    });
    p.resource_changes.unshift(docChange('arn:aws:cloudtrail:*:111122223333:trail/*'));
    expect(run(p)).toEqual([]);
    p.resource_changes[0] = docChange('arn:aws:cloudtrail:*:444455556666:trail/*');
    expect(run(p).map((f) => f.status)).toEqual(['fail']);
  });

  it('a disabled key fails; a policy without CloudTrail fails', () => {
    expect(run(plan({ enabled: false }))[0]!.message).toContain('is disabled');
    expect(run(plan({ statements: [ADMIN] }))[0]!.message).toContain('does not allow');
  });
});
