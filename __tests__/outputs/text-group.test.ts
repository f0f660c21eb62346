/**
 * The text report prints a block once for every set of buckets whose blocks are the same but for the
 * bucket name (the per-bucket coverage block, and a diff entry with its change lines), with every name
 * listed under it; a bucket whose block is its own prints exactly as before. The reference is
 * `renderText(r, { groupBuckets: false })`, a block per bucket: expanding the grouped text gives it back.
 */
import { describe, expect, it } from '@jest/globals';
import type { BucketDiff } from '../../src/engine/diff.js';
import type { BucketCoverage, EventCoverage } from '../../src/engine/types.js';
import type { Report } from '../../src/outputs/report.js';
import { NAMES_WIDTH, renderText } from '../../src/outputs/text.js';
import { withVerdict } from '../helpers/report.js';

/** What sets a bucket's block apart; every field is a way two blocks can differ. */
interface Variant {
  readonly status?: 'covered' | 'uncovered';
  readonly region?: string | null;
  readonly prefixes?: readonly string[];
  readonly gap?: string;
  readonly trail?: string;
  readonly accessLogsTo?: string;
  readonly accepted?: boolean;
}

const LONG_GAP = `not recorded: ${'aws_cloudtrail.by_event["e0"]: selector "events-0": eventName Equals ["GetObject", "PutObject"] leaves out X | '.repeat(20)}`;

function bucketOf(name: string, v: Variant = {}): BucketCoverage {
  const status = v.status ?? 'uncovered';
  const event = (api: string): EventCoverage =>
    status === 'covered'
      ? { name: api, status, coveredBy: [v.trail ?? 'aws_cloudtrail.audit'], gaps: [] }
      : { name: api, status, coveredBy: [], gaps: [v.gap ?? 'not recorded: no trail records it'] };
  return {
    name,
    status: v.accepted ? 'covered' : status,
    region: v.region === undefined ? 'eu-west-1' : v.region,
    prefixes: v.prefixes ?? [''],
    events: [event('GetObject'), event('PutObject')],
    location: { file: 'policy.yml', line: 3, column: 5 },
    ref: null,
    ...(v.accessLogsTo !== undefined
      ? { serverAccessLogs: { status: 'on' as const, target: v.accessLogsTo, usable: true } }
      : {}),
    ...(v.accepted
      ? {
          acceptedEvidence: {
            evidence: 'server-access-logs' as const,
            qualifier: 'by server access logs (best effort)',
            cloudTrailStatus: status,
          },
        }
      : {}),
  } as BucketCoverage;
}

/** A diff entry: bucket `name` gained (or lost) GetObject and PutObject because of `why`. */
function entryOf(name: string, why = 'aws_cloudtrail.audit is added by this plan', lost = false): BucketDiff {
  const [before, after] = lost ? (['covered', 'uncovered'] as const) : (['uncovered', 'covered'] as const);
  return {
    name,
    before,
    after,
    regression: lost,
    changes: [{ apis: ['GetObject', 'PutObject'], before, after, regression: lost, because: [why] }],
  } as BucketDiff;
}

function reportOf(buckets: readonly BucketCoverage[], diff: readonly BucketDiff[] = []): Report {
  const count = (s: string) => buckets.filter((b) => b.status === s).length;
  return withVerdict({
    schemaVersion: 1,
    tool: { name: 's3-trail-guard', version: '0.1.0' },
    mode: 'plan',
    policy: 'policy.yml',
    plan: 'plan.json',
    summary: {
      buckets: buckets.length,
      covered: count('covered'),
      partial: 0,
      uncovered: count('uncovered'),
      unknown: 0,
      findings: 0,
    },
    buckets,
    ...(diff.length
      ? {
          diff: {
            regressions: diff.filter((d) => d.regression).length,
            improvements: diff.filter((d) => !d.regression).length,
            buckets: diff,
          },
        }
      : {}),
    findings: [],
    warnings: [],
  });
}

const HEAD = /^(?:(?:PASS|FAIL|UNKNOWN) | {2}(?:LOST {3}|GAINED |CHANGED) )/;

/**
 * The text cut into a block per bucket (names here hold no space and no ": "): an "N buckets" block is N
 * blocks, each with one name. `groups`: the names of each printed block in order, diff entries first.
 */
function perBucket(text: string): { blocks: string[]; groups: string[][]; other: string[] } {
  const lines = text.split('\n');
  const blocks: string[] = [];
  const groups: string[][] = [];
  const other: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i++]!;
    if (!HEAD.test(line)) {
      if (line !== '') other.push(line);
      continue;
    }
    const many = /^(\s*\S+\s+)(\d+) buckets(: .*)$/.exec(line);
    let names: string[];
    let lead: string;
    let head: string;
    if (many) {
      const label = `${' '.repeat(line.startsWith('  ') ? 10 : 2)}buckets: `;
      const cont = ' '.repeat(label.length);
      expect(lines[i]!.startsWith(label)).toBe(true);
      let list = lines[i++]!.slice(label.length);
      while (lines[i]!.startsWith(cont) && lines[i]![cont.length] !== ' ')
        list += ` ${lines[i++]!.slice(cont.length)}`;
      names = list.split(', ');
      expect(names).toHaveLength(Number(many[2]));
      [, lead, , head] = many as unknown as [string, string, string, string];
    } else {
      const one = /^(\s*\S+\s+)(.+?)(: .*)$/.exec(line)!;
      names = [one[2]!];
      [lead, head] = [one[1]!, one[3]!];
    }
    const rest: string[] = [];
    while (i < lines.length && lines[i] !== '' && !HEAD.test(lines[i]!)) rest.push(lines[i++]!);
    for (const n of names) blocks.push([`${lead}${n}${head}`, ...rest].join('\n'));
    groups.push(names);
  }
  return { blocks: blocks.sort(), groups, other };
}

const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/; // eslint-disable-line no-control-regex

describe('text report: blocks the same but for the bucket name are printed once', () => {
  const same = (n: string) => bucketOf(n);
  it.each<[string, BucketCoverage[], BucketDiff[], string[][]]>([
    ['one bucket', [same('a')], [], [['a']]],
    ['two identical blocks', [same('a'), same('b')], [], [['a', 'b']]],
    [
      'group at its first bucket',
      [same('a'), bucketOf('b', { region: 'us-east-1' }), same('c')],
      [],
      [['a', 'c'], ['b']],
    ],
    ['a different Region', [same('a'), bucketOf('b', { region: 'us-east-1' })], [], [['a'], ['b']]],
    ['no Region against one', [same('a'), bucketOf('b', { region: null })], [], [['a'], ['b']]],
    ['different prefixes', [same('a'), bucketOf('b', { prefixes: ['x/'] })], [], [['a'], ['b']]],
    ['a different gap', [same('a'), bucketOf('b', { gap: 'not recorded: other' })], [], [['a'], ['b']]],
    ['a different status', [same('a'), bucketOf('b', { status: 'covered' })], [], [['a'], ['b']]],
    [
      'covered by different trails',
      [bucketOf('a', { status: 'covered' }), bucketOf('b', { status: 'covered', trail: 'aws_cloudtrail.x' })],
      [],
      [['a'], ['b']],
    ],
    [
      'covered by the same trail',
      [bucketOf('a', { status: 'covered' }), bucketOf('b', { status: 'covered' })],
      [],
      [['a', 'b']],
    ],
    [
      'access logs to different targets',
      [bucketOf('a', { accessLogsTo: 'logs/a/' }), bucketOf('b', { accessLogsTo: 'logs/b/' })],
      [],
      [['a'], ['b']],
    ],
    [
      'access logs to one target',
      [bucketOf('a', { accessLogsTo: 'logs/' }), bucketOf('b', { accessLogsTo: 'logs/' })],
      [],
      [['a', 'b']],
    ],
    [
      'accepted evidence against none',
      [bucketOf('a', { accessLogsTo: 'logs/', accepted: true }), bucketOf('b', { accessLogsTo: 'logs/' })],
      [],
      [['a'], ['b']],
    ],
    [
      'a long gap, the same',
      [bucketOf('a', { gap: LONG_GAP }), bucketOf('b', { gap: LONG_GAP })],
      [],
      [['a', 'b']],
    ],
    [
      'diff entries: the same change',
      [bucketOf('a', { status: 'covered' }), bucketOf('b', { status: 'covered' })],
      [entryOf('a'), entryOf('b')],
      [
        ['a', 'b'],
        ['a', 'b'],
      ],
    ],
    [
      'diff entries: a different reason',
      [bucketOf('a', { status: 'covered' }), bucketOf('b', { status: 'covered' })],
      [entryOf('a'), entryOf('b', 'aws_cloudtrail.other is added by this plan')],
      [['a'], ['b'], ['a', 'b']],
    ],
    [
      'diff entries: a loss and a gain stay apart, the loss first',
      [same('a'), bucketOf('b', { status: 'covered' }), same('c')],
      [entryOf('a', 'x', true), entryOf('c', 'x', true), entryOf('b', 'x')],
      [['a', 'c'], ['b'], ['a', 'c'], ['b']],
    ],
  ])('%s', (_, buckets, diff, groups) => {
    const r = reportOf(buckets, diff);
    const grouped = renderText(r);
    const reference = renderText(r, { groupBuckets: false });
    const g = perBucket(grouped);
    expect(g.groups).toEqual(groups);
    // Expanded, the grouped text is the reference: the same blocks and the same other lines.
    const ref = perBucket(reference);
    expect(g.blocks).toEqual(ref.blocks);
    expect(g.other).toEqual(ref.other);
    // Nothing grouped: exactly the reference, byte for byte.
    if (groups.every((x) => x.length === 1)) expect(grouped).toBe(reference);
  });

  it('a single bucket prints as it always did', () => {
    const text = renderText(reportOf([same('acme-pii')], [entryOf('acme-pii')]));
    expect(text).toContain(
      '\nFAIL acme-pii: uncovered (0/2 APIs covered, eu-west-1)\n  uncovered all 2 APIs\n            - not recorded: no trail records it\n\n',
    );
    expect(text).toContain(
      '\n  GAINED  acme-pii: uncovered → covered\n          all 2 APIs: uncovered → covered (aws_cloudtrail.audit is added by this plan)\n\n',
    );
    expect(text).not.toContain('buckets:');
  });

  it('a group names its count and every bucket', () => {
    const text = renderText(reportOf([same('a'), same('b'), same('c')], [entryOf('a'), entryOf('b')]));
    expect(text).toContain(
      '\n  GAINED  2 buckets: uncovered → covered\n          buckets: a, b\n          all 2 APIs: uncovered → covered (aws_cloudtrail.audit is added by this plan)\n',
    );
    expect(text).toContain(
      '\nFAIL 3 buckets: uncovered (0/2 APIs covered, eu-west-1)\n  buckets: a, b, c\n  uncovered all 2 APIs\n            - not recorded: no trail records it\n\n',
    );
  });

  it('names wrap at the width, a longer name on a line of its own', () => {
    const long = `x${'y'.repeat(NAMES_WIDTH + 20)}`;
    const names = [
      ...Array.from({ length: 40 }, (_, i) => `acme-data-${String(i).padStart(6, '0')}`),
      long,
      'last',
    ];
    const text = renderText(reportOf(names.map(same)));
    const g = perBucket(text);
    expect(g.groups).toEqual([names]);
    const list = text.split('\n').filter((l) => /^ {2}buckets: | {11}\S/.test(l));
    for (const l of list) if (!l.includes(long)) expect(l.length).toBeLessThanOrEqual(NAMES_WIDTH);
    expect(list.filter((l) => l.includes(long))).toEqual([`${' '.repeat(11)}${long},`]);
  });

  it('names with control characters are grouped and reach the terminal without them', () => {
    const names = ['evil\x1b[2J\x1b]0;title\x07-a', 'rtl\u202eb', 'bell\x07c', 'plain'];
    const text = renderText(
      reportOf(
        names.map(same),
        names.map((n) => entryOf(n)),
      ),
    );
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toContain('\x1b');
    expect(text).toContain('\n  buckets: evil-a, rtlb, bellc, plain\n');
    expect(text).toContain('\n          buckets: evil-a, rtlb, bellc, plain\n');
    // The escaping is that of the ungrouped text.
    const ref = renderText(reportOf(names.map(same)), { groupBuckets: false });
    for (const n of ['evil-a', 'rtlb', 'bellc']) expect(ref).toContain(`FAIL ${n}: uncovered`);
  });

  it('generated reports: the grouped text expands to the reference', () => {
    // A fixed pseudo-random walk over the ways blocks differ (no timing, no seed from the clock).
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const variants: Variant[] = [
      {},
      { region: 'us-east-1' },
      { region: null },
      { prefixes: ['p/'] },
      { gap: LONG_GAP },
      { status: 'covered' },
      { status: 'covered', trail: 'aws_cloudtrail.x' },
      { accessLogsTo: 'logs/' },
      { accessLogsTo: 'logs/', accepted: true },
    ];
    for (let round = 0; round < 30; round++) {
      const n = 1 + next(40);
      const buckets = Array.from({ length: n }, (_, i) =>
        bucketOf(`b${round}-${i}`, variants[next(variants.length)]),
      );
      const diff = buckets
        .filter(() => next(2) === 0)
        .map((b) => entryOf(b.name, ['r1', 'r2'][next(2)], next(3) === 0));
      diff.sort((a, b) => Number(b.regression) - Number(a.regression));
      const r = reportOf(buckets, diff);
      const g = perBucket(renderText(r));
      const ref = perBucket(renderText(r, { groupBuckets: false }));
      expect(g.blocks).toEqual(ref.blocks);
      expect(g.other).toEqual(ref.other);
      // Every bucket is named once among the coverage blocks, every diff entry once among the entries.
      expect(g.groups.flat().sort()).toEqual([...buckets, ...diff].map((x) => x.name).sort());
    }
  });

  it('20,000 buckets of one block: the text grows with the names, not names × block', () => {
    const names = (n: number) =>
      Array.from({ length: n }, (_, i) => `acme-data-${String(i).padStart(6, '0')}`);
    const render = (n: number) =>
      renderText(
        reportOf(
          names(n).map((x) => bucketOf(x, { gap: LONG_GAP })),
          names(n).map((x) => entryOf(x)),
        ),
      );
    const small = render(10_000);
    const big = render(20_000);
    expect(LONG_GAP.length).toBeGreaterThan(2000);
    // Each name is listed twice (diff and coverage): its length, ", " and a share of the line indents.
    const perName = 'acme-data-000000'.length + 2;
    expect(big.length - small.length).toBeLessThan(2 * 10_000 * perName * 1.25);
    // Every name, in order, under the diff entry and under the coverage block.
    const lists = big.split(/\n {2,10}buckets: /).slice(1);
    expect(lists.map((l) => l.split('\n').filter((x, i) => i === 0 || /^ {11,19}\S/.test(x)))).toHaveLength(
      2,
    );
    for (const l of lists) {
      const lines = l.split('\n');
      const end = lines.findIndex((x, i) => i > 0 && !/^ {11,19}\S/.test(x));
      expect(
        lines
          .slice(0, end)
          .map((x) => x.trim())
          .join(' ')
          .split(', '),
      ).toEqual(names(20_000));
    }
  });
});
