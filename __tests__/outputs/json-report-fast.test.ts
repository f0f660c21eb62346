/**
 * The JSON report's fast writer (issue 12, item 4) against the general one it replaced, kept as
 * `reportJsonPiecesReference`: the same text for the reports runs give (the bench estates in small) and for
 * generated reports built to catch the shortcuts out — a bucket's name inside other buckets' texts and in
 * its own, names a shared list was kept without, names with NUL, long lists met often enough to be looked up
 * by their pieces, members the grouping does not know, values that are not JSON data.
 */
import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../src/app/run.js';
import {
  readReportJson,
  reportJsonPieces,
  reportJsonPiecesReference,
} from '../../src/outputs/json-report.js';
import type { Report } from '../../src/outputs/report.js';
import {
  advancedSet,
  bucket,
  factsOf,
  fs,
  policyOf,
  requirement,
  s3adv,
  trail,
} from '../helpers/facts-builders.js';
import { withVerdict } from '../helpers/report.js';

const fast = (r: Report) => [...reportJsonPieces(r)].join('');
const general = (r: Report) => [...reportJsonPiecesReference(r)].join('');

function expectSame(r: Report): string {
  const a = general(r);
  expect(fast(r)).toBe(a);
  return a;
}

/** A small deterministic generator (mulberry32): the same cases on every run. */
function rng(seed: number) {
  let t = seed >>> 0;
  const next = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  return { next, pick };
}

const API_NAMES = ['GetObject', 'PutObject', 'DeleteObject', 'HeadObject', 'ListObjects'];
const STATUSES = ['covered', 'partial', 'uncovered', 'unknown'] as const;

/** A report of `n` buckets whose texts are drawn from a small vocabulary that contains some bucket names. */
function generated(seed: number, n: number): Report {
  const { next, pick } = rng(seed);
  const names = Array.from({ length: n }, (_, i) =>
    pick([`bkt-${i}`, `acme-data-${String(i).padStart(6, '0')}`, 'ab', 'a', `x\u0000${i}`, `b${i % 3}`]),
  );
  const long = 'arn:aws:s3:::acme-data-000001/ is left out by selector "events-0": '.repeat(20);
  const vocabulary = [
    'aws_cloudtrail.t',
    'module.audit.aws_cloudtrail.trail["t0"]',
    'not recorded: no selector reaches arn:aws:s3:::bkt-1/',
    'the text {{bucket}} is literal and names ab',
    long,
    long + ' for ab',
    'short',
    'b1',
    `a text of more than thirty-two characters about bkt-${Math.floor(next() * n)}`,
  ];
  const texts = () => Array.from({ length: Math.floor(next() * 3) }, () => pick(vocabulary));
  // A few lists shared by identity across buckets, as the engine shares them; the rest fresh.
  const sharedLists = [texts(), texts(), [], ['aws_cloudtrail.t']];
  const list = () => (next() < 0.5 ? pick(sharedLists) : texts());
  const templates = Array.from({ length: 3 }, () =>
    API_NAMES.slice(0, 2 + Math.floor(next() * 4)).map((api) => ({
      name: api,
      status: pick(STATUSES),
      coveredBy: list(),
      gaps: list(),
    })),
  );
  const buckets = names.map((name, i) => {
    const t = pick(templates);
    // Mostly a template's verdicts again (fresh objects with the same texts), sometimes the bucket's own name.
    const events = t.map((e) => ({
      ...e,
      gaps: next() < 0.1 ? [...e.gaps, `gap of ${name} alone: arn:aws:s3:::${name}/`] : e.gaps,
    }));
    return {
      name,
      status: pick(STATUSES),
      region: pick(['us-east-1', null, 'eu-west-1']),
      prefixes: pick([[''], ['', 'logs/'], [`${name}/`]]),
      events,
      location: { file: 'policy.yml', line: i + 3, column: 5 },
      ref: pick([null, `aws_s3_bucket.b["${name}"]`, 'module.data.aws_s3_bucket.this[0]']),
      ...(next() < 0.5
        ? {
            serverAccessLogs: pick([
              { status: 'off' as const, usable: false },
              { status: 'on' as const, target: `${name}-logs/`, usable: true, limits: long },
              { status: 'unknown' as const, usable: 'unknown' as const, detail: 'known after apply' },
            ]),
          }
        : {}),
    };
  });
  const changes = (name: string) => [
    {
      apis: API_NAMES.slice(0, 2),
      before: 'uncovered' as const,
      after: 'covered' as const,
      regression: false,
      because: [pick(['aws_cloudtrail.t is added by this plan', `${name} gets a trail`, long])],
    },
  ];
  return withVerdict({
    schemaVersion: 1,
    tool: { name: 's3-trail-guard', version: '0.1.0' },
    mode: 'plan',
    policy: 'policy.yml',
    summary: { buckets: n, covered: 0, partial: n, uncovered: 0, unknown: 0, findings: n },
    buckets,
    diff: {
      regressions: 0,
      improvements: n,
      buckets: names.map((name) => ({
        name,
        before: 'uncovered' as const,
        after: 'covered' as const,
        regression: false,
        changes: changes(name),
      })),
    },
    fixes: names.slice(0, 5).map((name) => ({
      bucket: name,
      recorder: 'aws_cloudtrail.t',
      summary: `aws_cloudtrail.t: add advanced_event_selector "${name} data events"`,
      terraform: `advanced_event_selector {\n  name = "${name} data events"\n}`,
      closes: true,
    })),
    findings: names.map((name, i) => ({
      ruleId: 'data-event-coverage',
      severity: 'error' as const,
      status: 'fail' as const,
      message: `S3 data-event activity on ${name} is only partly recorded for PutObject: ${pick(vocabulary)}`,
      bucket: name,
      location: { file: 'policy.yml', line: i + 3, column: 5 },
    })),
    warnings: [],
  });
}

describe('the fast JSON writer writes what the general writer writes', () => {
  it('for an eventName estate (every bucket partial, one gap sentence per recorder and lost API)', () => {
    const sets = [['GetObject', 'PutObject'], ['DeleteObject'], ['HeadObject', 'ListObjectsV2']];
    const names = Array.from({ length: 120 }, (_, i) => `acme-data-${String(i).padStart(4, '0')}`);
    const facts = factsOf(
      sets.map((e, i) =>
        trail({
          id: `aws_cloudtrail.e${i}`,
          selectors: advancedSet(
            s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::'] }), fs('eventName', { Equals: e })),
          ),
        }),
      ),
      // One bucket is named like a piece of the others' texts: its lists are written with the name swapped.
      [...names, 'aws'].map((x) => bucket(x)),
    );
    const { report } = evaluate(facts, policyOf(...[...names, 'aws'].map((x) => requirement(x))));
    expect(report.buckets.every((b) => b.status === 'partial')).toBe(true);
    const text = expectSame(report);
    expect(JSON.stringify(readReportJson(JSON.parse(text)))).toBe(JSON.stringify(report));
  });

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('for generated report %i', (seed) => {
    expectSame(generated(seed, 5 + (seed % 7) * 12));
  });

  it('for a long list met often enough to be looked up by its pieces, and names found in it', () => {
    // 80 buckets share one list of more than 1,024 characters; every 9th is named like a piece of it.
    const long = 'not recorded: aws_cloudtrail.t: selector "s" leaves out GetObject; '.repeat(20);
    const r = generated(7, 1);
    const one = r.buckets[0]!;
    const names = Array.from({ length: 80 }, (_, i) =>
      i % 9 === 8 ? 'leaves out GetObject' : `bucket-${String(i).padStart(5, '0')}`,
    );
    const buckets = names.map((name) => ({
      ...one,
      name,
      events: [
        { name: 'GetObject', status: 'uncovered' as const, coveredBy: [], gaps: [long] },
        { name: 'PutObject', status: 'covered' as const, coveredBy: ['aws_cloudtrail.t'], gaps: [] },
      ],
    }));
    const text = expectSame({ ...r, buckets, diff: undefined, findings: [], fixes: [] } as Report);
    expect(text).toContain('{{bucket}}');
  });

  it.each<[string, (b: Record<string, unknown>) => Record<string, unknown>]>([
    ['a bucket with its own apis member', (b) => ({ ...b, apis: ['x'] })],
    ['events that are not a list', (b) => ({ ...b, events: { GetObject: 'covered' } })],
    [
      'an API listed twice',
      (b) => ({ ...b, events: [...(b['events'] as unknown[]), (b['events'] as unknown[])[0]] }),
    ],
    [
      'an event with a member the grouping does not know',
      (b) => ({ ...b, events: [{ ...(b['events'] as object[])[0], note: 1 }] }),
    ],
    [
      'a status that is not a text',
      (b) => ({ ...b, events: [{ ...(b['events'] as object[])[0], status: { s: 'covered' } }] }),
    ],
    [
      'coveredBy that is not a list',
      (b) => ({ ...b, events: [{ ...(b['events'] as object[])[0], coveredBy: 'aws_cloudtrail.t' }] }),
    ],
    [
      'numbers that are not finite, undefined members, lists with holes',
      // eslint-disable-next-line no-sparse-arrays -- a hole is the case
      (b) => ({ ...b, extra: [NaN, Infinity, undefined, -0, , 1.5], gone: undefined }),
    ],
    [
      'a member named __proto__',
      (b) => ({
        ...b,
        location: JSON.parse('{"__proto__": {"x": "acme text that is long enough"}, "line": 1}'),
      }),
    ],
    ['a member named like one of Object.prototype', (b) => ({ ...b, constructor: 'x', toString: 'y' })],
    ['a Date among the members', (b) => ({ ...b, when: new Date(0) })],
  ])('for %s', (_n, change) => {
    const r = generated(3, 6);
    const buckets = r.buckets.map((b) => change(b as unknown as Record<string, unknown>));
    expectSame({ ...r, buckets } as unknown as Report);
  });

  it.each<[string, (e: Record<string, unknown>) => Record<string, unknown>]>([
    ['a member the grouping does not know', (e) => ({ ...e, note: 1 })],
    ['its members in another order', ({ status, ...e }) => ({ status, ...e })],
    ['a member missing', ({ gaps: _gaps, ...e }) => e],
  ])('for an events list like the one before but for an event (a copy) with %s', (_n, change) => {
    // Lists met again are compared with the kept one: its own event objects need no second look, a copy
    // that reads the same does.
    const r = generated(3, 12);
    const first = r.buckets[0]!.events;
    const buckets = r.buckets.map((b, i) => ({
      ...b,
      events: i % 3 === 2 ? first.map((e, j) => (j === 0 ? change({ ...e }) : e)) : [...first],
    }));
    expectSame({ ...r, buckets } as unknown as Report);
  });

  it('for texts that name their bucket where the name overlaps itself or the words around it', () => {
    // Texts met again up to the name are looked up by their pieces: split must find the name where they say.
    const r = generated(9, 1);
    const owners = ['aa', 'aaa', 'a', 'aa', 'ab', 'aa', 'b', 'aaa', 'xa', 'ax', 'aa', ''];
    const findings = owners.flatMap((name, i) =>
      [`on ${name} and ${name}a: ${'a'.repeat(i % 4)}x`, `on ${name}${name} gap`, `${name}`, `x${name}`].map(
        (message) => ({ ...r.findings[0]!, bucket: name, message }),
      ),
    );
    expectSame({ ...r, findings } as Report);
  });

  it.each<[string, readonly (readonly [string, string])[]]>([
    // The second text is the first one's pieces around its own name, and yet written otherwise:
    [
      // it holds the placeholder, made of the pieces around the name (written as it is, no reference),
      'the placeholder across the name',
      [
        ['on x: {{x}} is a name long enough to be shared', 'x'],
        ['on bucket: {{bucket}} is a name long enough to be shared', 'bucket'],
      ],
    ],
    [
      'the placeholder across a part of the name',
      [
        ['on {{bucx}}: a name long enough to be shared', 'x'],
        ['on {{bucket}}: a name long enough to be shared', 'ket'],
      ],
    ],
    // or it differs from it elsewhere, at the same length,
    [
      'another word of the same length',
      [
        ['on acme-1: a text long enough to be shared, here', 'acme-1'],
        ['on acme-2: a text long enough to be shared, HERE', 'acme-2'],
      ],
    ],
    // or its name is in one of the pieces too (split finds it there).
    [
      'the name in a piece',
      [
        ['on acme-1: acme-2 and acme-1 are named in this text', 'acme-1'],
        ['on acme-2: acme-2 and acme-2 are named in this text', 'acme-2'],
      ],
    ],
    [
      'the name in the last piece',
      [
        ['acme-1 is named in this text, and so is acme-2', 'acme-1'],
        ['acme-2 is named in this text, and so is acme-2', 'acme-2'],
      ],
    ],
  ])('for texts that are another one up to the name, with %s', (_n, texts) => {
    const r = generated(9, 1);
    const findings = texts.map(([message, bucket]) => ({ ...r.findings[0]!, bucket, message }));
    expectSame({ ...r, findings } as Report);
  });

  it('for findings and fixes without a bucket or with one that is not a text', () => {
    const r = generated(5, 6);
    const findings = r.findings.map((f, i) => (i % 2 ? { ...f, bucket: undefined } : { ...f, bucket: 7 }));
    const fixes = (r.fixes ?? []).map((f) => ({ ...f, bucket: undefined }));
    expectSame({ ...r, findings, fixes } as unknown as Report);
  });

  it('throws where the general writer throws (an event that is null)', () => {
    const r = generated(4, 3);
    const buckets = r.buckets.map((b) => ({ ...b, events: [null] }));
    const bad = { ...r, buckets } as unknown as Report;
    expect(() => general(bad)).toThrow(TypeError);
    expect(() => fast(bad)).toThrow(TypeError);
  });
});
