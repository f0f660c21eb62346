/**
 * Every kind of gap gets a generated fix; the fix's HCL is parsed by a real HCL parser, turned back into
 * selectors, applied to the planned recorder, and the engine must then report the bucket covered.
 */
import { describe, expect, it } from '@jest/globals';
import { parse } from '@cdktf/hcl2json';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { applyPatches, remediate, type Patch } from '../../src/engine/remediation.js';
import { known } from '../../src/model/fact.js';
import type { Recorder } from '../../src/model/facts.js';
import type {
  AdvancedEventSelector,
  AdvancedOperator,
  BasicEventSelector,
  FieldSelector,
} from '../../src/model/selectors.js';
import {
  adv,
  advancedSet,
  basic,
  basicSet,
  bucket,
  factsOf,
  fs,
  policyOf,
  requirement,
  s3adv,
  trail,
} from '../helpers/facts-builders.js';

const B = 'arn:aws:s3:::payroll';
const OPS: Record<string, AdvancedOperator> = {
  equals: 'Equals',
  starts_with: 'StartsWith',
  ends_with: 'EndsWith',
  not_equals: 'NotEquals',
  not_starts_with: 'NotStartsWith',
  not_ends_with: 'NotEndsWith',
};
type Block = Record<string, unknown>;

function toAdvanced(b: Block): AdvancedEventSelector {
  const fss = (b['field_selector'] as Block[]).map((f): FieldSelector => {
    const operators: FieldSelector['operators'] = {};
    for (const [attr, op] of Object.entries(OPS))
      if (Array.isArray(f[attr]))
        (operators as Record<string, unknown>)[op] = known(
          (f[attr] as string[]).map((value) => ({ known: true, value })),
        );
    return { field: known(String(f['field'])), operators };
  });
  return { ...(b['name'] ? { name: String(b['name']) } : {}), fieldSelectors: known(fss) };
}

function toBasic(b: Block): BasicEventSelector {
  return {
    readWriteType: known(String(b['read_write_type']) as 'All'),
    dataResources: known(
      (b['data_resource'] as Block[]).map((d) => ({
        type: known(String(d['type'])),
        values: known((d['values'] as string[]).map((value) => ({ known: true, value }))),
      })),
    ),
  };
}

/** The fix's patches rebuilt from the parsed HCL (blocks in order, attributes by name). */
async function patchesFromHcl(hcl: string, template: readonly Patch[]): Promise<Patch[]> {
  const doc = (await parse('fix.tf', hcl)) as Block;
  const adv = ((doc['advanced_event_selector'] as Block[] | undefined) ?? []).map(toAdvanced);
  const bas = ((doc['event_selector'] as Block[] | undefined) ?? []).map(toBasic);
  let a = 0;
  let b = 0;
  return template.map((p): Patch => {
    switch (p.kind) {
      case 'set':
        return { ...p, value: doc[p.attribute] as boolean | string };
      case 'replace-advanced':
        return { ...p, selector: adv[a++]! };
      case 'add-advanced':
        return { ...p, selector: adv[a++]! };
      case 'replace-basic':
        return { ...p, selector: bas[b++]! };
      case 'add-basic':
        return { ...p, selector: bas[b++]! };
    }
  });
}

interface Case {
  name: string;
  recorders: Recorder[];
  req?: Parameters<typeof requirement>[1];
  region?: string;
  kinds: Patch['kind'][];
  summary: string | RegExp;
}

const cases: Case[] = [
  {
    name: 'the equals trap',
    recorders: [trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { Equals: [B + '/'] }))) })],
    kinds: ['replace-advanced'],
    summary: 'correct advanced_event_selector #1',
  },
  {
    name: 'an exclusion inside the bucket',
    recorders: [
      trail({
        selectors: advancedSet(
          s3adv(fs('resources.ARN', { StartsWith: [B + '/'], NotStartsWith: [B + '/tmp/'] })),
        ),
      }),
    ],
    kinds: ['replace-advanced'],
    summary: 'correct advanced_event_selector',
  },
  {
    name: 'the missing half of a read/write split',
    recorders: [trail({ selectors: advancedSet(s3adv(fs('readOnly', { Equals: ['true'] }))) })],
    kinds: ['add-advanced'],
    summary: 'add advanced_event_selector',
  },
  {
    name: 'a single-Region trail in another Region',
    recorders: [trail({ selectors: advancedSet(s3adv()), multiRegion: false, homeRegion: 'us-west-2' })],
    region: 'eu-west-1',
    kinds: ['set'],
    summary: 'set is_multi_region_trail = true',
  },
  {
    name: 'a stopped trail',
    recorders: [trail({ selectors: advancedSet(s3adv()), logging: false })],
    kinds: ['set'],
    summary: 'set enable_logging = true',
  },
  {
    name: 'a suspended event data store',
    recorders: [trail({ kind: 'event-data-store', selectors: advancedSet(s3adv()), logging: false })],
    kinds: ['set'],
    summary: 'set suspend = false',
  },
  {
    name: 'basic value without the trailing slash',
    recorders: [trail({ selectors: basicSet(basic([B])) })],
    kinds: ['replace-basic'],
    summary: 'correct event_selector #1',
  },
  {
    name: 'basic ReadOnly',
    recorders: [trail({ selectors: basicSet(basic([B + '/'], 'ReadOnly')) })],
    kinds: ['replace-basic'],
    summary: 'correct event_selector #1',
  },
  {
    name: 'basic selector for another bucket',
    recorders: [trail({ selectors: basicSet(basic(['arn:aws:s3:::other/'])) })],
    kinds: ['replace-basic'],
    summary: 'correct event_selector',
  },
  {
    name: 'management events only (advanced)',
    recorders: [trail({ selectors: advancedSet(adv(fs('eventCategory', { Equals: ['Management'] }))) })],
    kinds: ['add-advanced'],
    summary: 'add advanced_event_selector "payroll data events"',
  },
  {
    name: 'a prefix with bucket-level events',
    recorders: [trail({ selectors: advancedSet(adv(fs('eventCategory', { Equals: ['Management'] }))) })],
    req: { prefixes: ['exports/'] },
    kinds: ['add-advanced', 'add-advanced'],
    summary: /object events.*bucket-level events/,
  },
  {
    name: 'write events only, single-Region elsewhere and stopped',
    recorders: [trail({ multiRegion: false, homeRegion: 'us-west-2', logging: false })],
    req: { events: 'write' },
    // The trail had no selectors (management events by default): the fix keeps them with a selector.
    kinds: ['set', 'set', 'add-advanced', 'add-advanced'],
    summary: 'add advanced_event_selector "Management events"',
  },
];

describe('generated remediation closes the gap (HCL round trip)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const facts = factsOf(c.recorders, [bucket('payroll', c.region ?? 'us-east-1')]);
    const policy = policyOf(requirement('payroll', c.req));
    const before = evaluateCoverage(facts, policy);
    expect(before.buckets[0]!.status).not.toBe('covered');
    const [fix] = remediate(facts, policy, before);
    expect(fix).toBeDefined();
    expect(fix!.closes).toBe(true);
    expect(fix!.patches.map((p) => p.kind)).toEqual(c.kinds);
    if (c.summary instanceof RegExp) expect(fix!.summary).toMatch(c.summary);
    else expect(fix!.summary).toContain(c.summary);
    const rec = facts.recorders.find((r) => r.id === fix!.recorder)!;
    const patches = await patchesFromHcl(fix!.terraform, fix!.patches);
    const patched = applyPatches(rec, patches);
    const after = evaluateCoverage(
      { ...facts, recorders: facts.recorders.map((r) => (r === rec ? patched : r)) },
      policy,
    );
    expect(after.buckets[0]!.status).toBe('covered');
    expect(after.invalidSelectors).toEqual([]);
  });

  it('no trail at all: a whole new multi-Region trail, valid HCL, that closes the gap', async () => {
    const facts = factsOf([], [bucket('payroll')]);
    const policy = policyOf(requirement('payroll'));
    const [fix] = remediate(facts, policy, evaluateCoverage(facts, policy));
    expect(fix!.recorder).toBeUndefined();
    expect(fix!.closes).toBe(true);
    const doc = (await parse('fix.tf', fix!.terraform)) as {
      resource: { aws_cloudtrail: Record<string, Block[]> };
    };
    const t = doc.resource.aws_cloudtrail['s3_data_events']![0]!;
    expect(t['is_multi_region_trail']).toBe(true);
    expect((t['advanced_event_selector'] as Block[]).map(toAdvanced)).toEqual(
      fix!.patches.map((p) => (p.kind === 'add-advanced' ? p.selector : null)),
    );
  });

  it('covered and unknown buckets get no fix', () => {
    const facts = factsOf(
      [trail({ selectors: advancedSet(s3adv()) }), trail({ id: 'aws_cloudtrail.u', selectors: null })],
      [bucket('payroll'), bucket('other')],
    );
    const policy = policyOf(requirement('payroll'));
    expect(remediate(facts, policy, evaluateCoverage(facts, policy))).toEqual([]);
  });

  it('names with HCL template characters are escaped', async () => {
    const facts = factsOf(
      [
        trail({
          selectors: advancedSet({
            name: 'keep ${this} %{literal}',
            fieldSelectors: known([
              fs('eventCategory', { Equals: ['Data'] }),
              fs('resources.type', { Equals: ['AWS::S3::Object'] }),
              fs('readOnly', { Equals: ['true'] }),
            ]),
          }),
        }),
      ],
      [bucket('payroll')],
    );
    const policy = policyOf(requirement('payroll'));
    const [fix] = remediate(facts, policy, evaluateCoverage(facts, policy));
    // Parsing succeeds (no interpolation of ${this}), and the source carries HCL's literal escapes.
    await expect(parse('fix.tf', fix!.terraform)).resolves.toBeDefined();
    expect(fix!.terraform).toContain('name = "keep $${this} %%{literal} (write)"');
  });
});
