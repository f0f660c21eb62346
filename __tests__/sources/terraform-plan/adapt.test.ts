import { describe, expect, it } from '@jest/globals';
import { evaluateCoverage } from '../../../src/engine/coverage.js';
import type { CoverageStatus } from '../../../src/engine/types.js';
import { adaptPlan } from '../../../src/sources/terraform-plan/adapt.js';
import { loadTerraformDir } from '../../../src/sources/terraform-plan/hcl.js';
import { readPlanFile } from '../../../src/sources/terraform-plan/read-plan.js';
import { policyOf, requirement } from '../../helpers/facts-builders.js';
import {
  buildPlan,
  fieldSelector,
  trailAfter,
  type ChangeSpec,
  type PlanSpec,
} from '../../helpers/plan-builder.js';

const BUCKET = 'acme-pii-prod';
const ARN = `arn:aws:s3:::${BUCKET}`;

/** The "S3 objects of one bucket" selector, with field_selector in set order (not source order). */
function s3Selector(arnOps: Record<string, (string | null)[]>) {
  return {
    field_selector: [
      fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
      fieldSelector('resources.ARN', arnOps),
      fieldSelector('eventCategory', { equals: ['Data'] }),
    ],
    name: 'sensitive',
  };
}

function trailChange(
  o: Parameters<typeof trailAfter>[0] & Partial<ChangeSpec>,
  unknownPatch: Record<string, unknown> = {},
): ChangeSpec {
  const { after, afterUnknown } = trailAfter(o);
  return {
    address: o.address ?? `aws_cloudtrail.${o.name}`,
    type: 'aws_cloudtrail',
    name: o.name,
    actions: o.actions ?? ['create'],
    after,
    afterUnknown: { ...afterUnknown, ...unknownPatch },
    ...(o.moduleAddress ? { moduleAddress: o.moduleAddress } : {}),
    ...(o.before !== undefined ? { before: o.before } : {}),
  };
}

function bucketChange(name: string, extra: Partial<ChangeSpec> = {}, region?: string): ChangeSpec {
  return {
    address: `aws_s3_bucket.${name.replace(/-/g, '_')}`,
    type: 'aws_s3_bucket',
    name: name.replace(/-/g, '_'),
    actions: ['create'],
    after: { bucket: name, force_destroy: false, tags: null, ...(region ? { region } : {}) },
    afterUnknown: { arn: true, id: true, bucket_domain_name: true, region: region ? false : true },
    ...extra,
  };
}

interface Case {
  name: string;
  /** Which real run the plan imitates. */
  plan: PlanSpec;
  status: CoverageStatus;
  region?: string;
}

const v = (
  formatVersion: string,
  terraformVersion: string,
  changes: ChangeSpec[],
  extra: Partial<PlanSpec> = {},
): PlanSpec => ({
  formatVersion,
  terraformVersion,
  changes,
  ...extra,
});

const cases: Case[] = [
  {
    name: 'format 1.2 (Terraform 1.9): advanced StartsWith bucket/, field_selector in set order',
    plan: v('1.2', '1.9.5', [
      bucketChange(BUCKET),
      trailChange({ name: 'audit', multiRegion: true, advanced: [s3Selector({ starts_with: [ARN + '/'] })] }),
    ]),
    status: 'covered',
  },
  {
    name: 'format 1.2: the equals trap',
    plan: v('1.2', '1.9.5', [
      bucketChange(BUCKET),
      trailChange({ name: 'audit', multiRegion: true, advanced: [s3Selector({ equals: [ARN + '/'] })] }),
    ]),
    status: 'partial',
  },
  {
    name: 'format 1.1 (Terraform 1.3.9): unknown element nulled in place → unknown',
    plan: v('1.1', '1.3.9', [
      bucketChange(BUCKET),
      trailChange(
        { name: 'audit', multiRegion: true, advanced: [s3Selector({ starts_with: [null] })] },
        { advanced_event_selector: [{ field_selector: [{}, { starts_with: [true] }, {}] }] },
      ),
    ]),
    status: 'unknown',
  },
  {
    name: 'format 1.1 (Terraform 1.2.5): unknown set element dropped from after → whole set unknown',
    plan: v('1.1', '1.2.5', [
      bucketChange(BUCKET),
      trailChange(
        {
          name: 'audit',
          multiRegion: true,
          advanced: [
            {
              name: 'sensitive',
              field_selector: [
                fieldSelector('eventCategory', { equals: ['Data'] }),
                fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
              ],
            },
          ],
        },
        { advanced_event_selector: [{ field_selector: [{}, {}, true] }] },
      ),
    ]),
    status: 'unknown',
  },
  {
    name: 'format 1.0 (Terraform 1.1.9): basic selector with bucket/',
    plan: v('1.0', '1.1.9', [
      bucketChange(BUCKET),
      trailChange({
        name: 'audit',
        multiRegion: true,
        basic: [
          {
            data_resource: [{ type: 'AWS::S3::Object', values: [ARN + '/'] }],
            exclude_management_event_sources: null,
            include_management_events: true,
            read_write_type: 'All',
          },
        ],
      }),
    ]),
    status: 'covered',
  },
  {
    name: 'format 0.2 (Terraform 1.0.8): basic ReadOnly only',
    plan: v('0.2', '1.0.8', [
      bucketChange(BUCKET),
      trailChange({
        name: 'audit',
        multiRegion: true,
        basic: [
          {
            data_resource: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }],
            include_management_events: true,
            read_write_type: 'ReadOnly',
          },
        ],
      }),
    ]),
    status: 'partial',
  },
  {
    name: 'format 0.1 (Terraform 0.12.31, short provider name, no advanced_event_selector key): basic bucket ARN without slash is rejected',
    plan: v('0.1', '0.12.31', [
      bucketChange(BUCKET),
      (() => {
        const c = trailChange({
          name: 'audit',
          multiRegion: true,
          basic: [
            {
              data_resource: [{ type: 'AWS::S3::Object', values: [ARN] }],
              include_management_events: true,
              read_write_type: 'All',
            },
          ],
        });
        delete (c.after as Record<string, unknown>)['advanced_event_selector'];
        return c;
      })(),
    ]),
    status: 'uncovered',
  },
  {
    name: 'basic read_write_type omitted (null): defaults to All',
    plan: v('1.2', '1.6.0', [
      bucketChange(BUCKET),
      trailChange({
        name: 'audit',
        multiRegion: true,
        basic: [{ data_resource: [{ type: 'AWS::S3::Object', values: [ARN + '/'] }], read_write_type: null }],
      }),
    ]),
    status: 'covered',
  },
  {
    name: 'enable_logging = false',
    plan: v('1.2', '1.9.5', [
      bucketChange(BUCKET),
      trailChange({
        name: 'audit',
        multiRegion: true,
        enableLogging: false,
        advanced: [s3Selector({ starts_with: [ARN + '/'] })],
      }),
    ]),
    status: 'uncovered',
  },
  {
    name: 'enable_logging unknown',
    plan: v('1.2', '1.9.5', [
      bucketChange(BUCKET),
      (() => {
        const c = trailChange(
          { name: 'audit', multiRegion: true, advanced: [s3Selector({ starts_with: [ARN + '/'] })] },
          { enable_logging: true },
        );
        delete (c.after as Record<string, unknown>)['enable_logging'];
        return c;
      })(),
    ]),
    status: 'unknown',
  },
  {
    name: 'single-Region trail (default) in us-east-1, bucket in eu-west-1 via the provider v6 region argument',
    plan: v('1.2', '1.12.0', [
      bucketChange(BUCKET, {}, 'eu-west-1'),
      trailChange({ name: 'audit', advanced: [s3Selector({ starts_with: [ARN + '/'] })] }),
    ]),
    status: 'uncovered',
    region: 'eu-west-1',
  },
  {
    name: 'single-Region trail and bucket in the same provider region',
    plan: v('1.2', '1.9.5', [
      bucketChange(BUCKET),
      trailChange({ name: 'audit', advanced: [s3Selector({ starts_with: [ARN + '/'] })] }),
    ]),
    status: 'covered',
    region: 'us-east-1',
  },
  {
    name: 'trail deleted by the plan covers nothing',
    plan: v('1.2', '1.9.5', [
      bucketChange(BUCKET),
      (() => {
        const c = trailChange({
          name: 'audit',
          multiRegion: true,
          advanced: [s3Selector({ starts_with: [ARN + '/'] })],
          actions: ['delete'],
        });
        return { ...c, before: c.after, after: null, afterUnknown: {} };
      })(),
    ]),
    status: 'uncovered',
  },
  {
    name: 'trail replaced: judged by its new selectors',
    plan: v('1.2', '1.9.5', [
      bucketChange(BUCKET),
      {
        ...trailChange({
          name: 'audit',
          multiRegion: true,
          advanced: [s3Selector({ starts_with: [ARN + '/'] })],
        }),
        actions: ['delete', 'create'],
        before: { name: 'audit' },
      },
    ]),
    status: 'covered',
  },
  {
    name: 'trail in a nested module instance with count',
    plan: v('1.2', '1.14.9', [
      bucketChange(BUCKET),
      trailChange({
        name: 'audit',
        address: 'module.outer[0].module.inner.aws_cloudtrail.audit',
        moduleAddress: 'module.outer[0].module.inner',
        multiRegion: true,
        advanced: [s3Selector({ starts_with: [ARN + '/'] })],
      }),
    ]),
    status: 'covered',
  },
  {
    name: 'event data store created without selectors: AWS default (management events only)',
    plan: v(
      '1.2',
      '1.9.5',
      [
        bucketChange(BUCKET),
        {
          address: 'aws_cloudtrail_event_data_store.lake',
          type: 'aws_cloudtrail_event_data_store',
          name: 'lake',
          actions: ['create'],
          after: {
            name: 'lake',
            multi_region_enabled: true,
            organization_enabled: false,
            retention_period: 2555,
            suspend: null,
          },
          afterUnknown: { advanced_event_selector: true, arn: true, id: true },
        },
      ],
      {
        configuration: {
          provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'us-east-1' } } } },
          root_module: {
            resources: [
              {
                address: 'aws_cloudtrail_event_data_store.lake',
                mode: 'managed',
                type: 'aws_cloudtrail_event_data_store',
                name: 'lake',
                provider_config_key: 'aws',
                expressions: { name: { constant_value: 'lake' } },
              },
            ],
          },
        },
      },
    ),
    status: 'uncovered',
  },
  {
    name: 'event data store with an S3 selector',
    plan: v('1.2', '1.9.5', [
      bucketChange(BUCKET),
      {
        address: 'aws_cloudtrail_event_data_store.lake',
        type: 'aws_cloudtrail_event_data_store',
        name: 'lake',
        actions: ['create'],
        after: {
          name: 'lake',
          multi_region_enabled: true,
          organization_enabled: false,
          suspend: null,
          advanced_event_selector: [s3Selector({ starts_with: [ARN + '/'] })],
        },
        afterUnknown: { arn: true, id: true },
      },
    ]),
    status: 'covered',
  },
  {
    name: 'event data store suspended',
    plan: v('1.2', '1.9.5', [
      bucketChange(BUCKET),
      {
        address: 'aws_cloudtrail_event_data_store.lake',
        type: 'aws_cloudtrail_event_data_store',
        name: 'lake',
        actions: ['update'],
        after: {
          name: 'lake',
          multi_region_enabled: true,
          organization_enabled: false,
          suspend: 'true',
          advanced_event_selector: [s3Selector({ starts_with: [ARN + '/'] })],
        },
        afterUnknown: {},
      },
    ]),
    status: 'uncovered',
  },
  {
    name: 'whole advanced_event_selector unknown (dynamic block over an unknown value)',
    plan: v('1.2', '1.9.5', [
      bucketChange(BUCKET),
      (() => {
        const c = trailChange({ name: 'audit', multiRegion: true }, { advanced_event_selector: true });
        delete (c.after as Record<string, unknown>)['advanced_event_selector'];
        return c;
      })(),
    ]),
    status: 'unknown',
  },
];

describe('plan adapter on real-shaped plans', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const facts = adaptPlan(buildPlan(c.plan), { file: 'plan.json' });
    const result = evaluateCoverage(facts, policyOf(requirement(BUCKET)));
    expect(result.buckets[0]!.status).toBe(c.status);
    if (c.region) expect(result.buckets[0]!.region).toBe(c.region);
  });

  it('records where each recorder came from (address, plan file, JSON pointer)', () => {
    const facts = adaptPlan(
      buildPlan(
        v('1.2', '1.9.5', [
          bucketChange(BUCKET),
          trailChange({ name: 'audit', advanced: [s3Selector({ starts_with: [ARN + '/'] })] }),
        ]),
      ),
      { file: 'plan.json' },
    );
    expect(facts.recorders[0]!.origin).toEqual({
      source: 'terraform-plan',
      ref: 'aws_cloudtrail.audit',
      file: 'plan.json',
      pointer: '/resource_changes/1',
    });
  });

  it('derives the trail ARN from partition, Region, account (caller identity) and name', () => {
    const facts = adaptPlan(
      buildPlan(
        v('1.2', '1.9.5', [trailChange({ name: 'audit' })], {
          priorData: [
            {
              address: 'data.aws_caller_identity.current',
              type: 'aws_caller_identity',
              name: 'current',
              values: { account_id: '123456789012' },
            },
          ],
          providerRegion: 'eu-central-1',
        }),
      ),
      { file: 'plan.json' },
    );
    expect(facts.recorders[0]!.arn).toEqual({
      known: true,
      value: 'arn:aws:cloudtrail:eu-central-1:123456789012:trail/audit',
    });
    expect(facts.recorders[0]!.accountId).toEqual({ known: true, value: '123456789012' });
  });

  it('never prints a value marked sensitive in the plan', () => {
    const c = trailChange({
      name: 'audit',
      multiRegion: true,
      advanced: [s3Selector({ starts_with: ['arn:aws:s3:::secret-bucket-name/'] })],
    });
    c.afterSensitive = { advanced_event_selector: [{ field_selector: [{}, { starts_with: [true] }, {}] }] };
    const facts = adaptPlan(buildPlan(v('1.2', '1.9.5', [bucketChange(BUCKET), c])), { file: 'plan.json' });
    const result = evaluateCoverage(facts, policyOf(requirement(BUCKET, { events: ['GetObject'] })));
    const text = JSON.stringify(result);
    expect(result.buckets[0]!.status).toBe('uncovered');
    expect(text).not.toContain('secret-bucket-name');
    expect(text).toContain('(sensitive value)');
  });
});

describe('the seed article plans (examples/)', () => {
  for (const variant of ['seed-advanced', 'seed-basic']) {
    it(`${variant}: unknown without --terraform-dir, covered with it`, async () => {
      const file = `examples/${variant}/plan.json`;
      const plan = readPlanFile(file);
      const policy = policyOf(requirement('important-bucket-yamamoto012345678901'));
      const without = evaluateCoverage(adaptPlan(plan, { file }), policy);
      expect(without.buckets[0]!.status).toBe('unknown');
      expect(without.buckets[0]!.events[0]!.gaps.join(' ')).toContain('aws_s3_bucket.important_bucket.arn');
      const config = await loadTerraformDir(`examples/${variant}`);
      const withDir = evaluateCoverage(adaptPlan(plan, { file, config }), policy);
      expect(withDir.buckets[0]!.status).toBe('covered');
      expect(withDir.buckets[0]!.region).toBe('ap-northeast-1');
    });
  }
});

describe("a trail's CloudWatch Logs role", () => {
  // Imitates Terraform 1.9.5 / AWS provider 5.x planning a role that exists (no-op, ARN known), a
  // managed policy and two attachments created by the plan, and the trust document read at plan time.
  const roleArn = 'arn:aws:iam::123456789012:role/cw';
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'cloudtrail.amazonaws.com' } },
    ],
  });
  const perms = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }],
  });
  const trail = trailChange({ name: 'audit', bucket: 'logs' });
  trail.after = {
    ...(trail.after as Record<string, unknown>),
    cloud_watch_logs_group_arn: 'arn:aws:logs:us-east-1:123456789012:log-group:ct:*',
    cloud_watch_logs_role_arn: roleArn,
  };
  const changes: ChangeSpec[] = [
    trail,
    {
      address: 'aws_iam_role.cw',
      type: 'aws_iam_role',
      name: 'cw',
      actions: ['no-op'],
      before: { name: 'cw', arn: roleArn, assume_role_policy: trust, path: '/' },
      after: { name: 'cw', arn: roleArn, id: 'cw', assume_role_policy: trust, path: '/' },
    },
    {
      address: 'aws_iam_policy.cw',
      type: 'aws_iam_policy',
      name: 'cw',
      actions: ['create'],
      after: { name: 'cw', path: '/', policy: perms },
      afterUnknown: { arn: true, id: true, policy_id: true },
    },
    {
      address: 'aws_iam_role_policy_attachment.cw',
      type: 'aws_iam_role_policy_attachment',
      name: 'cw',
      actions: ['create'],
      after: { role: 'cw' },
      afterUnknown: { id: true, policy_arn: true },
    },
    {
      address: 'aws_iam_role_policy_attachment.readonly',
      type: 'aws_iam_role_policy_attachment',
      name: 'readonly',
      actions: ['create'],
      after: { role: 'cw', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      afterUnknown: { id: true },
    },
    {
      address: 'aws_iam_role_policy_attachment.other',
      type: 'aws_iam_role_policy_attachment',
      name: 'other',
      actions: ['create'],
      after: { role: 'someone-else', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      afterUnknown: { id: true },
    },
  ];
  const configuration = {
    provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'us-east-1' } } } },
    root_module: {
      resources: [
        {
          address: 'aws_iam_role_policy_attachment.cw',
          mode: 'managed',
          type: 'aws_iam_role_policy_attachment',
          name: 'cw',
          provider_config_key: 'aws',
          expressions: {
            policy_arn: { references: ['aws_iam_policy.cw.arn', 'aws_iam_policy.cw'] },
            role: { references: ['aws_iam_role.cw.name', 'aws_iam_role.cw'] },
          },
          schema_version: 0,
        },
      ],
    },
  };

  it('reads the trust policy and the attached policies; an AWS managed policy is unread', () => {
    const facts = adaptPlan(buildPlan(v('1.2', '1.9.5', changes, { configuration })), { file: 'plan.json' });
    const t = facts.recorders[0]!;
    if (t.kind !== 'trail') throw new Error('not a trail');
    expect(t.cloudWatchLogsRoleArn).toEqual({ known: true, value: roleArn });
    expect(t.cloudWatchLogsRole).toMatchObject({
      origin: { ref: 'aws_iam_role.cw' },
      trustPolicy: { document: { known: true, value: JSON.parse(trust) } },
      policies: [
        { origin: { ref: 'aws_iam_policy.cw' }, document: { known: true, value: JSON.parse(perms) } },
      ],
      unread: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
    });
  });
});
