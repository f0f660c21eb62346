/**
 * Property-based fuzzing of the plan adapter with random but well-formed plans (shapes from
 * shared/reference/terraform-plan-json.md: unknowns nulled or omitted, whole lists unknown, set order,
 * modules, every action list, every format version): the adapter, engine and rules never throw, and a
 * bucket is never `covered` when every recorder that could cover it is unknown.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { evaluate } from '../../src/app/run.js';
import { adaptPlan } from '../../src/sources/terraform-plan/adapt.js';
import { policyOf, requirement } from '../helpers/facts-builders.js';
import { buildPlan, fieldSelector, trailAfter, type ChangeSpec } from '../helpers/plan-builder.js';
import { expectValidReport } from '../helpers/report-schema.js';

const BUCKETS = ['alpha', 'beta'];
const value = fc.constantFrom(
  'arn:aws:s3:::alpha/',
  'arn:aws:s3:::beta/',
  'arn:aws:s3:::alpha',
  'arn:aws:s3:::alpha/x/',
  'arn:aws:s3',
  'arn:aws:s3:::*',
  '.pdf',
  'x',
);
const maybeUnknown = (unknownRate: number) =>
  fc.tuple(value, fc.double({ min: 0, max: 1, noNaN: true })).map(([v, r]) => (r < unknownRate ? null : v));
const OPS = ['equals', 'starts_with', 'ends_with', 'not_equals', 'not_starts_with', 'not_ends_with'];
const FIELDS = [
  'resources.ARN',
  'readOnly',
  'eventName',
  'eventType',
  'userIdentity.arn',
  'resources.type',
  'eventCategory',
];

function fieldSel(unknownRate: number) {
  return fc.record({
    field: fc.constantFrom(...FIELDS),
    op: fc.constantFrom(...OPS),
    values: fc.array(maybeUnknown(unknownRate), { minLength: 1, maxLength: 3 }),
  });
}

const advSel = (u: number) =>
  fc.record({
    name: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
    extra: fc.array(fieldSel(u), { maxLength: 3 }),
    category: fc.constantFrom('Data', 'Management'),
    withType: fc.boolean(),
  });

const trailSpec = (u: number): fc.Arbitrary<TrailSpec> =>
  fc.record({
    kind: fc.constantFrom<TrailSpec['kind']>('advanced', 'basic', 'none', 'whole-unknown'),
    adv: fc.array(advSel(u), { minLength: 1, maxLength: 3 }),
    basicValues: fc.array(maybeUnknown(u), { minLength: 1, maxLength: 3 }),
    rw: fc.constantFrom<string | null>('All', 'ReadOnly', 'WriteOnly', null),
    actions: fc.constantFrom<string[]>(
      ['create'],
      ['update'],
      ['no-op'],
      ['delete'],
      ['delete', 'create'],
      ['create', 'delete'],
      ['forget'],
    ),
    multiRegion: fc.constantFrom<boolean | 'unknown'>(true, false, 'unknown'),
    logging: fc.constantFrom<boolean | 'unknown'>(true, false, 'unknown'),
    module: fc.constantFrom('', 'module.a', 'module.a[0].module.b', 'module.x["k"]'),
  });

interface TrailSpec {
  kind: 'advanced' | 'basic' | 'none' | 'whole-unknown';
  adv: {
    name: string | undefined;
    extra: { field: string; op: string; values: (string | null)[] }[];
    category: string;
    withType: boolean;
  }[];
  basicValues: (string | null)[];
  rw: string | null;
  actions: string[];
  multiRegion: boolean | 'unknown';
  logging: boolean | 'unknown';
  module: string;
}

function trailChange(t: TrailSpec, i: number): ChangeSpec {
  const unk: Record<string, unknown> = {};
  const adv = t.adv.map((s, si) => {
    const fss = [
      fieldSelector('eventCategory', { equals: [s.category] }),
      ...(s.withType ? [fieldSelector('resources.type', { equals: ['AWS::S3::Object'] })] : []),
      ...s.extra.map((f) => fieldSelector(f.field, { [f.op]: f.values })),
    ].reverse(); // set order differs from source order
    const fsUnknown = fss.map((f) => {
      const o: Record<string, unknown> = {};
      for (const op of OPS)
        if (Array.isArray(f[op])) o[op] = (f[op] as (string | null)[]).map((v) => v === null);
      return o;
    });
    (unk['advanced_event_selector'] ??= [] as unknown[]) as unknown[];
    (unk['advanced_event_selector'] as unknown[])[si] = { field_selector: fsUnknown };
    return { name: s.name ?? null, field_selector: fss };
  });
  const basic = [
    {
      data_resource: [{ type: 'AWS::S3::Object', values: t.basicValues }],
      include_management_events: true,
      read_write_type: t.rw,
    },
  ];
  const base = trailAfter({
    name: `t${i}`,
    advanced: t.kind === 'advanced' ? adv : [],
    basic: t.kind === 'basic' ? basic : [],
    multiRegion: t.multiRegion === true,
    enableLogging: t.logging === 'unknown' ? true : t.logging,
  });
  const after = base.after as Record<string, unknown>;
  const afterUnknown: Record<string, unknown> = { ...base.afterUnknown };
  if (t.kind === 'advanced') afterUnknown['advanced_event_selector'] = unk['advanced_event_selector'];
  if (t.kind === 'basic')
    afterUnknown['event_selector'] = [{ data_resource: [{ values: t.basicValues.map((v) => v === null) }] }];
  if (t.kind === 'whole-unknown') {
    delete after['advanced_event_selector'];
    afterUnknown['advanced_event_selector'] = true;
  }
  if (t.multiRegion === 'unknown') {
    delete after['is_multi_region_trail'];
    afterUnknown['is_multi_region_trail'] = true;
  }
  if (t.logging === 'unknown') {
    delete after['enable_logging'];
    afterUnknown['enable_logging'] = true;
  }
  const address = `${t.module ? t.module + '.' : ''}aws_cloudtrail.t${i}`;
  const deleting = t.actions.includes('delete') && !t.actions.includes('create');
  return {
    address,
    type: 'aws_cloudtrail',
    name: `t${i}`,
    ...(t.module ? { moduleAddress: t.module } : {}),
    actions: t.actions,
    before:
      t.actions[0] === 'create'
        ? null
        : {
            ...after,
            arn: `arn:aws:cloudtrail:us-east-1:111122223333:trail/t${i}`,
            home_region: 'us-east-1',
          },
    after: deleting ? null : after,
    afterUnknown: deleting ? {} : afterUnknown,
  };
}

const version = fc.constantFrom<[string, string]>(
  ['0.1', '0.12.31'],
  ['0.2', '1.0.11'],
  ['1.0', '1.1.9'],
  ['1.1', '1.3.9'],
  ['1.2', '1.9.5'],
);
const policy = policyOf(...BUCKETS.map((b) => requirement(b, { region: 'us-east-1' })));

function run(trails: TrailSpec[], v: [string, string]) {
  const plan = buildPlan({ formatVersion: v[0], terraformVersion: v[1], changes: trails.map(trailChange) });
  const facts = adaptPlan(plan, { file: 'plan.json' });
  return evaluate(facts, policy, { now: new Date('2026-11-26T00:00:00Z') });
}

describe('plan adapter fuzzing', () => {
  it('never throws on well-formed plans', () => {
    fc.assert(
      fc.property(fc.array(trailSpec(0.3), { maxLength: 4 }), version, (trails, v) => {
        const { report } = run(trails, v);
        expectValidReport(report);
        expect(report.buckets).toHaveLength(BUCKETS.length);
        for (const b of report.buckets)
          expect(['covered', 'partial', 'uncovered', 'unknown']).toContain(b.status);
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 300) },
    );
  });

  it('never reports covered when every recorder is unknown', () => {
    const allUnknown = trailSpec(0.3).map((t) => ({
      ...t,
      kind: 'whole-unknown' as const,
      actions: ['create'],
    }));
    fc.assert(
      fc.property(fc.array(allUnknown, { minLength: 1, maxLength: 4 }), version, (trails, v) => {
        const { report } = run(trails, v);
        for (const b of report.buckets) expect(b.status).not.toBe('covered');
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 200) },
    );
  });

  it('never reports covered when every value a selector relies on is unknown', () => {
    const unknownValues = trailSpec(1).map((t) => ({
      ...t,
      kind: 'advanced' as const,
      logging: true as const,
      multiRegion: true as const,
      actions: ['create'],
    }));
    fc.assert(
      fc.property(fc.array(unknownValues, { minLength: 1, maxLength: 3 }), version, (trails, v) => {
        const { report } = run(trails, v);
        for (const b of report.buckets) {
          // With every condition value unknown, only selectors without conditions could prove coverage.
          const unconditional = trails.some((t) =>
            t.adv.some((s) => s.category === 'Data' && s.withType && s.extra.length === 0),
          );
          if (!unconditional) expect(b.status).not.toBe('covered');
        }
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 200) },
    );
  });
});
