// `unknown` names the construct that kept a value from being known before apply: as data on the bucket
// (`unknownConstructs`, carried from the unknown Fact's `construct`), in the gap's reason, and in the
// comment's "To decide it". Plans are built as Terraform 1.9.5 (format 1.2, AWS provider 5.x) writes them
// for the configurations quoted in each case.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/app/run.js';
import type { UnknownConstruct } from '../../../src/model/fact.js';
import { renderMarkdown } from '../../../src/outputs/markdown.js';
import type { Report } from '../../../src/outputs/report.js';
import { buildPlan, fieldSelector, trailAfter, type ChangeSpec } from '../../helpers/plan-builder.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-constructs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BUCKET = 'acme-pii-prod';
const policy = join(dir, 'policy.yml');
writeFileSync(policy, `version: 1\nbuckets:\n  - name: ${BUCKET}\n    region: us-east-1\n`);

const PROVIDER = {
  aws: {
    name: 'aws',
    full_name: 'registry.terraform.io/hashicorp/aws',
    expressions: { region: { constant_value: 'us-east-1' } },
  },
};
const DATA_FIELDS = [
  { field: { constant_value: 'eventCategory' }, equals: { constant_value: ['Data'] } },
  { field: { constant_value: 'resources.type' }, equals: { constant_value: ['AWS::S3::Object'] } },
];
const TRAIL_EXPRS = {
  name: { constant_value: 'audit' },
  s3_bucket_name: { constant_value: 'org-logs' },
  is_multi_region_trail: { constant_value: true },
};
const IDENTITY = {
  address: 'data.aws_caller_identity.current',
  type: 'aws_caller_identity',
  name: 'current',
  values: { account_id: '111122223333', arn: 'arn:aws:iam::111122223333:role/ci', id: '111122223333' },
};

/** The trail on create, with `advanced` as planned and `unknown` as its after_unknown selectors. */
function trailCreate(
  advanced: unknown[] | undefined,
  unknown: Record<string, unknown>,
  basic?: unknown[],
): ChangeSpec {
  const t = trailAfter({
    name: 'audit',
    multiRegion: true,
    bucket: 'org-logs',
    ...(advanced ? { advanced } : {}),
    ...(basic ? { basic } : {}),
  });
  if (!advanced) delete t.after['advanced_event_selector'];
  return {
    address: 'aws_cloudtrail.audit',
    type: 'aws_cloudtrail',
    name: 'audit',
    actions: ['create'],
    after: t.after,
    afterUnknown: { ...t.afterUnknown, ...unknown },
  };
}

interface Case {
  /** The Terraform source of the run the plan imitates (written as terraform-dir when `withDir`). */
  files: Record<string, string>;
  plan: Record<string, unknown>;
}

async function check(name: string, c: Case, withDir: boolean): Promise<Report> {
  const d = join(dir, `${name}-${withDir ? 'dir' : 'plan'}`);
  mkdirSync(d, { recursive: true });
  for (const [f, t] of Object.entries(c.files)) {
    mkdirSync(join(d, f, '..'), { recursive: true });
    writeFileSync(join(d, f), t);
  }
  writeFileSync(join(d, 'plan.json'), JSON.stringify(c.plan));
  const { report } = await run({
    policy,
    sources: [
      { kind: 'terraform-plan', file: join(d, 'plan.json'), ...(withDir ? { terraformDir: d } : {}) },
    ],
    outputs: [],
    failOn: 'error',
    failOnUnknown: true,
  });
  return report;
}

const ARN_SELECTOR_TF = (arn: string) => `resource "aws_cloudtrail" "audit" {
  name                  = "audit"
  s3_bucket_name        = "org-logs"
  is_multi_region_trail = true

  advanced_event_selector {
    name = "sensitive"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field       = "resources.ARN"
      starts_with = ${arn}
    }
  }
}
`;

/** A plan whose trail selects resources.ARN with `startsWith` written as `refs` (its configuration) and planned as unknown. */
function arnPlan(
  refs: string[],
  unknownWhole: boolean,
  extra: Partial<Parameters<typeof buildPlan>[0]> = {},
): Record<string, unknown> {
  const arnField = unknownWhole
    ? (() => {
        const f = fieldSelector('resources.ARN', {});
        delete f['starts_with'];
        return f;
      })()
    : fieldSelector('resources.ARN', { starts_with: [null] });
  const sel = {
    name: 'sensitive',
    field_selector: [
      fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
      fieldSelector('eventCategory', { equals: ['Data'] }),
      arnField,
    ],
  };
  // field_selector is a set: Terraform writes after_unknown in the planned (set) order.
  const unknown = {
    advanced_event_selector: [{ field_selector: [{}, {}, { starts_with: unknownWhole ? true : [true] }] }],
  };
  return buildPlan({
    formatVersion: '1.2',
    terraformVersion: '1.9.5',
    changes: [trailCreate([sel], unknown)],
    priorData: [IDENTITY],
    configuration: {
      provider_config: PROVIDER,
      root_module: {
        resources: [
          {
            address: 'aws_cloudtrail.audit',
            mode: 'managed',
            type: 'aws_cloudtrail',
            name: 'audit',
            provider_config_key: 'aws',
            schema_version: 1,
            expressions: {
              ...TRAIL_EXPRS,
              advanced_event_selector: [
                {
                  name: { constant_value: 'sensitive' },
                  field_selector: [
                    ...DATA_FIELDS,
                    { field: { constant_value: 'resources.ARN' }, starts_with: { references: refs } },
                  ],
                },
              ],
            },
          },
        ],
        ...(extra.configuration as object),
      },
    },
  });
}

const constructs = (r: Report): readonly UnknownConstruct[] | undefined => r.buckets[0]?.unknownConstructs;
const decide = (r: Report) =>
  renderMarkdown(r, { audience: 'action' })
    .split('\n')
    .find((l) => l.startsWith('**To decide it**')) ?? '';

describe('unknown names the construct that defeated evaluation', () => {
  // `starts_with = [for a in module.buckets.arns : "${a}/"]`, module.buckets creating the buckets in this run:
  // the plan keeps only the references (module.buckets.arns, module.buckets), the source shows the for expression.
  const forExpr: Case = {
    files: {
      'main.tf': `module "buckets" {\n  source = "./buckets"\n}\n\n${ARN_SELECTOR_TF('[for a in module.buckets.arns : "${a}/"]')}`,
      'buckets/main.tf': `resource "aws_s3_bucket" "this" {\n  bucket = "${BUCKET}"\n}\n\noutput "arns" {\n  value = [aws_s3_bucket.this.arn]\n}\n`,
    },
    plan: arnPlan(['module.buckets.arns', 'module.buckets'], true),
  };

  it('a for expression over module outputs, with terraform-dir: named as such, in the reason and the ways out', async () => {
    const r = await check('for', forExpr, true);
    expect(r.buckets[0]?.status).toBe('unknown');
    expect(constructs(r)).toEqual([{ kind: 'for-expression', over: 'module.buckets.arns' }]);
    const gaps = r.buckets[0]?.events.flatMap((e) => e.gaps) ?? [];
    expect(gaps.some((g) => g.includes('from a for expression over module.buckets.arns'))).toBe(true);
    expect(decide(r)).toContain(
      'the values come from a for expression over `module.buckets.arns` — list the bucket ARNs in the selector itself',
    );
    // terraform-dir was given: not suggested again.
    expect(decide(r)).not.toContain('terraform-dir');
  });

  it('the same plan without terraform-dir: the plan shows only the module output it reads', async () => {
    const r = await check('for', forExpr, false);
    expect(constructs(r)).toEqual([{ kind: 'module-output', name: 'module.buckets.arns' }]);
    expect(decide(r)).toContain(
      'the values come from the module output `module.buckets.arns` — give the `terraform-dir` input',
    );
  });

  it('a dynamic block: absent from the plan’s configuration while the planned value has it', async () => {
    // dynamic "advanced_event_selector" { for_each = toset(var.sensitive_arns) … } over values known after apply:
    // Terraform writes no expressions for dynamic blocks, and the whole attribute is unknown.
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [trailCreate(undefined, { advanced_event_selector: true })],
      priorData: [IDENTITY],
      configuration: {
        provider_config: PROVIDER,
        root_module: {
          resources: [
            {
              address: 'aws_cloudtrail.audit',
              mode: 'managed',
              type: 'aws_cloudtrail',
              name: 'audit',
              provider_config_key: 'aws',
              schema_version: 1,
              expressions: TRAIL_EXPRS,
            },
          ],
        },
      },
    });
    const r = await check('dynamic', { files: {}, plan }, false);
    expect(r.buckets[0]?.status).toBe('unknown');
    expect(constructs(r)).toEqual([{ kind: 'dynamic-block', name: 'advanced_event_selector' }]);
    expect(r.buckets[0]?.events[0]?.gaps.join(' ')).toContain(
      'from a dynamic "advanced_event_selector" block',
    );
    expect(decide(r)).toContain(
      'a dynamic `advanced_event_selector` block — write the selectors as static blocks',
    );
    expect(decide(r)).not.toContain('terraform-dir');
  });

  it('a value from a data source read only during apply', async () => {
    // event_selector { data_resource { values = ["${data.aws_s3_bucket.pii.arn}/"] } }, the data source
    // depending on a change of this plan (resource_changes: ["read"], read_because_dependency_pending).
    const basic = [
      {
        include_management_events: true,
        read_write_type: 'All',
        exclude_management_event_sources: [],
        data_resource: [{ type: 'AWS::S3::Object', values: [null] }],
      },
    ];
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [
        {
          address: 'data.aws_s3_bucket.pii',
          mode: 'data',
          type: 'aws_s3_bucket',
          name: 'pii',
          actions: ['read'],
          after: { bucket: BUCKET },
          afterUnknown: { arn: true, id: true, region: true },
          actionReason: 'read_because_dependency_pending',
        },
        trailCreate(
          [],
          { event_selector: [{ data_resource: [{ values: [true] }], exclude_management_event_sources: [] }] },
          basic,
        ),
      ],
      priorData: [IDENTITY],
      configuration: {
        provider_config: PROVIDER,
        root_module: {
          resources: [
            {
              address: 'aws_cloudtrail.audit',
              mode: 'managed',
              type: 'aws_cloudtrail',
              name: 'audit',
              provider_config_key: 'aws',
              schema_version: 1,
              expressions: {
                ...TRAIL_EXPRS,
                event_selector: [
                  {
                    read_write_type: { constant_value: 'All' },
                    include_management_events: { constant_value: true },
                    data_resource: [
                      {
                        type: { constant_value: 'AWS::S3::Object' },
                        values: { references: ['data.aws_s3_bucket.pii.arn', 'data.aws_s3_bucket.pii'] },
                      },
                    ],
                  },
                ],
              },
            },
            {
              address: 'data.aws_s3_bucket.pii',
              mode: 'data',
              type: 'aws_s3_bucket',
              name: 'pii',
              provider_config_key: 'aws',
              schema_version: 0,
              expressions: { bucket: { constant_value: BUCKET } },
            },
          ],
        },
      },
    });
    const r = await check('data', { files: {}, plan }, false);
    expect(r.buckets[0]?.status).toBe('unknown');
    expect(constructs(r)).toEqual([{ kind: 'data-source', name: 'data.aws_s3_bucket.pii' }]);
    expect(decide(r)).toContain(
      'data source `data.aws_s3_bucket.pii`, read only during apply — let Terraform read the data source while planning',
    );
  });

  it('a function the evaluator does not know, with terraform-dir', async () => {
    // starts_with = ["${trimspace(var.pii_arn)}/"] with var.pii_arn a root variable given in the run.
    const c: Case = {
      files: {
        'main.tf': `variable "pii_arn" {\n  type = string\n}\n\n${ARN_SELECTOR_TF('["${trimspace(var.pii_arn)}/"]')}`,
      },
      plan: {
        ...arnPlan(['var.pii_arn'], false),
        variables: { pii_arn: { value: `arn:aws:s3:::${BUCKET}` } },
      },
    };
    const r = await check('function', c, true);
    expect(r.buckets[0]?.status).toBe('unknown');
    expect(constructs(r)).toEqual([{ kind: 'function-call', name: 'trimspace' }]);
    expect(decide(r)).toContain(
      'a call of `trimspace`, which is not evaluated — write the value without the function',
    );
  });

  it('count or for_each keys known only after apply: Terraform deferred the trail (instance_count_unknown)', async () => {
    const plan = arnPlan(['aws_s3_bucket.pii.arn', 'aws_s3_bucket.pii'], false);
    plan['deferred_changes'] = [
      { reason: 'instance_count_unknown', resource_change: { address: 'aws_cloudtrail.audit' } },
    ];
    const r = await check('deferred', { files: {}, plan }, false);
    expect(r.buckets[0]?.status).toBe('unknown');
    expect(constructs(r)).toEqual([{ kind: 'count-for-each', name: 'aws_cloudtrail.audit' }]);
    expect(decide(r)).toContain(
      'count or for_each keys known only after apply (`aws_cloudtrail.audit`) — apply what decides the count or for_each keys first',
    );
  });

  it('a value the source cannot name: no construct, the ways out as before', async () => {
    const r = await check('none', { files: {}, plan: arnPlan([], true) }, false);
    expect(r.buckets[0]?.status).toBe('unknown');
    expect(constructs(r)).toBeUndefined();
    expect(decide(r)).toMatch(/^\*\*To decide it\*\*: give the `terraform-dir` input/);
  });
});
