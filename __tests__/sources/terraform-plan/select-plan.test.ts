/**
 * The selective plan reader (issue 12) against the full parse: the same facts from both, on generated
 * plans, on their byte-level mutations (invalid JSON falls back to the full path and its messages), and on
 * the shared acceptance plans. Generated plans imitate `terraform show -json` of Terraform 1.9.5 with the
 * AWS provider 5.x (format 1.2): resource_changes, planned_values per module, prior_state with data
 * sources, compact or indented as jq writes it.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adaptPlan } from '../../../src/sources/terraform-plan/adapt.js';
import { planMayChangeCoverage } from '../../../src/sources/terraform-plan/changes.js';
import { readPlanFile } from '../../../src/sources/terraform-plan/read-plan.js';
import { ADAPTED_TYPES, selectPlan } from '../../../src/sources/terraform-plan/select-plan.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-select-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function write(content: string | Buffer): string {
  const p = join(dir, `plan-${n++}.json`);
  writeFileSync(p, content);
  return p;
}

type Outcome = { error: string } | { facts: unknown[]; mayChange: boolean };

/** What the source gets from a file, read one way or the other. */
function outcome(file: string, selective: boolean, maxBytes?: number): Outcome {
  let plan: Record<string, unknown>;
  try {
    plan = readPlanFile(file, {
      selective,
      selectAbove: 0,
      ...(maxBytes !== undefined ? { maxBytes } : {}),
    });
  } catch (e) {
    return { error: (e as Error).message };
  }
  return {
    facts: [adaptPlan(plan, { file }), adaptPlan(plan, { file, side: 'before' })],
    mayChange: planMayChangeCoverage(plan),
  };
}

const P = 'registry.terraform.io/hashicorp/aws';
const MODULES = ['', 'module.logs', 'module.data["a"].module.buckets[0]'];
const TYPES = [
  'aws_s3_bucket',
  'aws_cloudtrail',
  'aws_s3_bucket_policy',
  'aws_kms_key',
  'aws_ssm_parameter',
  'aws_instance',
  'aws_sqs_queue',
];

interface Res {
  module: string;
  type: string;
  name: string;
  index: number | string | undefined;
  actions: string[];
  before: unknown;
  after: unknown;
  inChanges: boolean;
  inPlanned: boolean;
  inPrior: boolean;
  deposed: boolean;
}

const value = (type: string, name: string, arn: boolean, extra: string) => {
  const v: Record<string, unknown> = { tags: { team: extra } };
  if (type === 'aws_s3_bucket') Object.assign(v, { bucket: `acme-${name}`, force_destroy: false });
  else if (type === 'aws_cloudtrail')
    Object.assign(v, {
      name: `trail-${name}`,
      s3_bucket_name: 'acme-logs',
      enable_logging: true,
      is_multi_region_trail: true,
      advanced_event_selector: [
        {
          name: 'all',
          field_selector: [
            { field: 'eventCategory', equals: ['Data'] },
            { field: 'resources.type', equals: ['AWS::S3::Object'] },
            { field: 'resources.ARN', starts_with: [`arn:aws:s3:::acme-${name}/`] },
          ],
        },
      ],
    });
  else if (type === 'aws_s3_bucket_policy')
    Object.assign(v, {
      bucket: `acme-${name}`,
      policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*' }] }),
    });
  else Object.assign(v, { name: `${type}-${name}`, nested: { list: [1, 2.5, -3e2, null, true, 'é<&>'] } });
  if (arn) v['arn'] = `arn:aws:${type.slice(4, 7)}:us-east-1:111122223333:${name}`;
  return v;
};

const resource: fc.Arbitrary<Res> = fc
  .record({
    module: fc.constantFrom(...MODULES),
    type: fc.constantFrom(...TYPES),
    name: fc.constantFrom('a', 'b', 'this', 'ünï'),
    index: fc.option(fc.oneof(fc.nat(3), fc.constantFrom('x', 'y"z')), { nil: undefined }),
    actions: fc
      .constantFrom('create', 'no-op', 'update', 'delete', 'delete create', 'read')
      .map((a) => a.split(' ')),
    arn: fc.boolean(),
    extra: fc.constantFrom('', 'data', 'a\\b', '\u0001'),
    inChanges: fc.boolean(),
    inPlanned: fc.boolean(),
    inPrior: fc.boolean(),
    deposed: fc.boolean(),
  })
  .map((r) => {
    const v = value(r.type, r.name, r.arn, r.extra);
    const creating = r.actions.includes('create') && !r.actions.includes('delete');
    return {
      ...r,
      before: creating ? null : v,
      after: r.actions.includes('delete') && !r.actions.includes('create') ? null : v,
      deposed: r.deposed && r.actions.includes('delete'),
    };
  });

const addressOf = (r: Res) =>
  `${r.module ? r.module + '.' : ''}${r.type}.${r.name}${r.index === undefined ? '' : `[${JSON.stringify(r.index)}]`}`;

function moduleTree(list: Res[], values: (r: Res) => unknown): unknown {
  const entry = (r: Res) => ({
    address: addressOf(r),
    mode: 'managed',
    type: r.type,
    name: r.name,
    ...(r.index !== undefined ? { index: r.index } : {}),
    provider_name: P,
    schema_version: 0,
    values: values(r),
    sensitive_values: {},
  });
  const root = list.filter((r) => r.module === '').map(entry);
  const children = MODULES.slice(1)
    .map((m) => ({ resources: list.filter((r) => r.module === m).map(entry), address: m }))
    .filter((c) => c.resources.length > 0);
  return { resources: root, child_modules: children };
}

function planOf(list: Res[], callerIdentity: boolean, region: boolean): Record<string, unknown> {
  return {
    format_version: '1.2',
    terraform_version: '1.9.5',
    planned_values: {
      root_module: moduleTree(
        list.filter((r) => r.inPlanned && r.after !== null),
        (r) => r.after,
      ),
    },
    resource_changes: list
      .filter((r) => r.inChanges)
      .map((r) => ({
        address: addressOf(r),
        ...(r.module ? { module_address: r.module } : {}),
        mode: 'managed',
        type: r.type,
        name: r.name,
        ...(r.index !== undefined ? { index: r.index } : {}),
        ...(r.deposed ? { deposed: '00000001' } : {}),
        provider_name: P,
        change: {
          actions: r.actions,
          before: r.before,
          after: r.after,
          after_unknown: r.after === null ? false : { id: true },
          before_sensitive: r.before === null ? false : {},
          after_sensitive: r.after === null ? false : {},
        },
      })),
    prior_state: {
      format_version: '1.0',
      terraform_version: '1.9.5',
      values: {
        root_module: {
          resources: callerIdentity
            ? [
                {
                  address: 'data.aws_caller_identity.current',
                  mode: 'data',
                  type: 'aws_caller_identity',
                  name: 'current',
                  provider_name: P,
                  schema_version: 0,
                  values: { account_id: '111122223333', arn: 'arn:aws:iam::111122223333:user/ci' },
                  sensitive_values: {},
                },
              ]
            : [],
        },
      },
    },
    configuration: {
      provider_config: region
        ? { aws: { name: 'aws', full_name: P, expressions: { region: { constant_value: 'eu-west-1' } } } }
        : {},
      root_module: {},
    },
  };
}

// prior_state resources: a copy of the planned tree under prior_state.values, of the ones that exist.
function withPrior(plan: Record<string, unknown>, list: Res[]): Record<string, unknown> {
  const prior = plan['prior_state'] as { values: { root_module: { resources: unknown[] } } };
  const tree = moduleTree(
    // Also of ones the plan creates: a state that disagrees with the changes (a stale or edited plan).
    list.filter((r) => r.inPrior),
    (r) => r.before ?? r.after,
  ) as { resources: unknown[]; child_modules: unknown[] };
  prior.values.root_module = {
    resources: [...prior.values.root_module.resources, ...tree.resources],
    child_modules: tree.child_modules,
  } as never;
  return plan;
}

/** The same JSON written other ways: jq's indentation, escapes JSON allows, a repeated member. */
const spelling = fc.record({
  indent: fc.constantFrom(0, 2),
  escapeKeys: fc.boolean(),
  escapeSlash: fc.boolean(),
  duplicateChanges: fc.boolean(),
});
function serialize(
  plan: unknown,
  s: { indent: number; escapeKeys: boolean; escapeSlash: boolean; duplicateChanges: boolean },
): string {
  let text = JSON.stringify(plan, null, s.indent || undefined);
  if (s.escapeKeys) text = text.replaceAll('"arn"', '"\\u0061rn"').replaceAll('"type"', '"t\\u0079pe"');
  if (s.escapeSlash) text = text.replaceAll('/', '\\/');
  // JSON.parse keeps the last of two members of one name.
  if (s.duplicateChanges) text = text.replace(/^\{/, '{"resource_changes":[],');
  return text;
}

describe('selective plan reader', () => {
  it('gives the adapter the facts of the full parse, on generated plans', () => {
    fc.assert(
      fc.property(
        fc.array(resource, { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        spelling,
        (list, callerIdentity, region, sp) => {
          const file = write(serialize(withPrior(planOf(list, callerIdentity, region), list), sp));
          expect(outcome(file, true)).toEqual(outcome(file, false));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts what the index never reads: other types, and module entries a change already gives', () => {
    const list: Res[] = [
      ['aws_s3_bucket', true],
      ['aws_ssm_parameter', false],
      ['aws_instance', true],
    ].map(([type, arn]) => ({
      module: 'module.logs',
      type: type as string,
      name: 'x',
      index: undefined,
      actions: ['create'],
      before: null,
      after: value(type as string, 'x', arn as boolean, ''),
      inChanges: true,
      inPlanned: true,
      inPrior: false,
      deposed: false,
    }));
    const plan = planOf(list, true, true);
    const sel = selectPlan(Buffer.from(JSON.stringify(plan)));
    if (sel === undefined || sel === 'too-large') throw new Error('not selected');
    const doc = sel.doc as {
      resource_changes: { type: string; change: Record<string, unknown> }[];
      planned_values: { root_module: { child_modules: { resources: unknown[] }[] } };
    };
    // The bucket whole; the parameter without its values; the instance whole (its arn may name the account).
    expect(doc.resource_changes.map((r) => Object.keys(r.change))).toEqual([
      ['actions', 'before', 'after', 'after_unknown', 'before_sensitive', 'after_sensitive'],
      ['actions', 'before'],
      ['actions', 'before', 'after', 'after_unknown', 'before_sensitive', 'after_sensitive'],
    ]);
    // Every planned_values entry has a change: each is a placeholder at its position.
    expect(doc.planned_values.root_module.child_modules[0]?.resources).toEqual([0, 0, 0]);
  });

  it('falls back to the full parse, and its messages, for bytes that are not valid JSON', () => {
    const list: Res[] = [
      {
        module: 'module.logs',
        type: 'aws_ssm_parameter',
        name: 'p',
        index: 0,
        actions: ['create'],
        before: null,
        after: value('aws_ssm_parameter', 'p', false, ''),
        inChanges: true,
        inPlanned: true,
        inPrior: false,
        deposed: false,
      },
      {
        module: '',
        type: 'aws_s3_bucket',
        name: 'b',
        index: undefined,
        actions: ['create'],
        before: null,
        after: value('aws_s3_bucket', 'b', false, ''),
        inChanges: true,
        inPlanned: true,
        inPrior: false,
        deposed: false,
      },
    ];
    const text = JSON.stringify(planOf(list, false, true), null, 1);
    const bytes = ' {}[],:"\\\t\n\u0001aeflnrtu0-.E+9';
    fc.assert(
      fc.property(
        fc.nat(text.length - 1),
        fc.constantFrom('delete', 'insert', 'replace'),
        fc.nat(bytes.length - 1),
        (at, how, b) => {
          const c = bytes[b] as string;
          const mutated =
            how === 'delete'
              ? text.slice(0, at) + text.slice(at + 1)
              : text.slice(0, at) + c + text.slice(how === 'insert' ? at : at + 1);
          const file = write(mutated);
          expect(outcome(file, true)).toEqual(outcome(file, false));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads a plan over the full-parse cap when what it reads is under it, and names the cap otherwise', () => {
    const filler: Res[] = Array.from({ length: 40 }, (_, i) => ({
      module: 'module.misc',
      type: 'aws_ssm_parameter',
      name: 'p',
      index: i,
      actions: ['create'],
      before: null,
      after: { name: `/app/p${i}`, type: 'String', value: 'v'.repeat(200) },
      inChanges: true,
      inPlanned: true,
      inPrior: false,
      deposed: false,
    }));
    const bucket = { ...(filler[0] as Res), type: 'aws_s3_bucket', name: 'b', index: undefined };
    bucket.after = value('aws_s3_bucket', 'b', false, '');
    const text = JSON.stringify(planOf([...filler, bucket], false, true));
    const file = write(text);
    const cap = Math.floor(text.length / 2);
    const selective = outcome(file, true, cap);
    expect(selective).toEqual(outcome(file, false));
    // The full path alone refuses the same file at that cap.
    expect(outcome(file, false, cap)).toEqual({
      error: expect.stringContaining(`MiB this tool reads`) as unknown as string,
    });
    const big = { ...bucket, after: { ...(bucket.after as object), tags: { pad: 'x'.repeat(text.length) } } };
    const file2 = write(JSON.stringify(planOf([...filler, big], false, true)));
    expect(outcome(file2, true, text.length)).toEqual({
      error: expect.stringContaining('the resources this tool reads from the plan are') as unknown as string,
    });
  });

  const ACCEPTANCE = join(import.meta.dirname, '../../../../shared/acceptance/plans');
  const plans = existsSync(ACCEPTANCE) ? readdirSync(ACCEPTANCE).filter((f) => f.endsWith('.json')) : [];
  it.each(plans.length ? plans : ['(no acceptance plans in this checkout)'])(
    'gives the facts of the full parse on the acceptance plan %s',
    (plan) => {
      if (!plans.length) return;
      const file = join(ACCEPTANCE, plan);
      expect(selectPlan(readFileSync(file))).toBeDefined();
      expect(outcome(file, true)).toEqual(outcome(file, false));
    },
  );

  it('knows every resource type the adapter and the index name', () => {
    const here = join(import.meta.dirname, '../../../src/sources/terraform-plan');
    const names = new Set<string>();
    for (const f of ['adapt.ts', 'plan-index.ts', 'scope.ts', 'changes.ts'])
      for (const m of readFileSync(join(here, f), 'utf8').matchAll(/'(aws_[a-z0-9_]+)'/g))
        names.add(m[1] as string);
    expect(names.size).toBeGreaterThan(10);
    expect([...names].filter((t) => !ADAPTED_TYPES.test(t))).toEqual([]);
    // changes.ts decides the before state from these types: all of them must be read whole.
    for (const t of ['aws_cloudtrail_event_data_store', 'aws_s3_bucket_logging', 'aws_region'])
      expect(ADAPTED_TYPES.test(t)).toBe(true);
  });
});
