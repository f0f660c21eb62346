/**
 * The witness method against brute force: for random advanced selectors over a tiny alphabet, the
 * engine's covered/partial/uncovered verdict must equal the verdict of enumerating every key up to a
 * length where every class of keys already appears. The brute-force matcher is written here again,
 * independently of src/engine/match.ts, from the AWS rules (SELECT OR'd, DESELECT AND'd, fields AND'd,
 * selectors OR'd).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import type { AdvancedOperator } from '../../src/model/selectors.js';
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

const BASE = 'arn:aws:s3:::bk/';
const OPS: AdvancedOperator[] = [
  'Equals',
  'StartsWith',
  'EndsWith',
  'NotEquals',
  'NotStartsWith',
  'NotEndsWith',
];
const short = fc.string({ unit: fc.constantFrom('a', 'b', '/'), minLength: 0, maxLength: 2 });

const prefixConst = fc.oneof(
  { weight: 6, arbitrary: short.map((s) => BASE + s) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'arn:aws:s3:::bk',
      'arn:aws:s3:::b',
      'arn:aws:s3:::',
      'arn:aws:s3:::zz/',
      'arn:aws:s3:::bk/a/',
    ),
  },
);
const suffixConst = fc.oneof(
  { weight: 4, arbitrary: short.filter((s) => s.length > 0) },
  { weight: 1, arbitrary: fc.constantFrom('k/', 'k/a', 'bk/', '/') },
);

type Cond = { op: AdvancedOperator; values: string[] };
const cond: fc.Arbitrary<Cond> = fc.constantFrom(...OPS).chain((op) =>
  fc.record({
    op: fc.constant(op),
    values: fc.array(op.includes('EndsWith') ? suffixConst : prefixConst, { minLength: 1, maxLength: 2 }),
  }),
);
/** One selector = one resources.ARN field with 1–3 operators (each operator at most once). */
const selector = fc.uniqueArray(cond, { minLength: 1, maxLength: 3, selector: (c) => c.op });
const selectors = fc.array(selector, { minLength: 1, maxLength: 3 });

function bruteMatch(conds: Cond[], x: string): boolean {
  const t = (op: string, v: string) =>
    op.endsWith('Equals') ? x === v : op.endsWith('StartsWith') ? x.startsWith(v) : x.endsWith(v);
  const sel = conds.filter((c) => !c.op.startsWith('Not'));
  const desel = conds.filter((c) => c.op.startsWith('Not'));
  const selected = sel.length === 0 || sel.some((c) => c.values.some((v) => t(c.op, v)));
  const dropped = desel.some((c) => c.values.some((v) => t(c.op, v)));
  return selected && !dropped;
}

function allKeys(prefix: string, maxLen: number): string[] {
  const out: string[] = [];
  const alphabet = ['a', 'b', '/', 'k', 'c'];
  const walk = (s: string) => {
    if (prefix + s !== '') out.push(prefix + s);
    if (s.length >= maxLen) return;
    for (const ch of alphabet) walk(s + ch);
  };
  walk('');
  return out;
}

function bruteStatus(sels: Cond[][], prefix: string): string {
  let t = 0;
  let f = 0;
  for (const k of allKeys(prefix, 5)) {
    if (sels.some((s) => bruteMatch(s, BASE + k))) t++;
    else f++;
  }
  return f === 0 ? 'covered' : t === 0 ? 'uncovered' : 'partial';
}

function engineStatus(sels: Cond[][], prefix: string): string {
  const rec = trail({
    selectors: advancedSet(
      ...sels.map((conds) =>
        s3adv(fs('resources.ARN', Object.fromEntries(conds.map((c) => [c.op, c.values])))),
      ),
    ),
  });
  const r = evaluateCoverage(
    factsOf([rec], [bucket('bk')]),
    policyOf(requirement('bk', { prefixes: [prefix], events: ['GetObject'] })),
  );
  return r.buckets[0]!.events[0]!.status;
}

describe('witness method = brute force', () => {
  it('agrees on the whole bucket', () => {
    fc.assert(
      fc.property(selectors, (sels) => {
        expect(engineStatus(sels, '')).toBe(bruteStatus(sels, ''));
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 400) },
    );
  });

  it('agrees under a required key prefix', () => {
    fc.assert(
      fc.property(selectors, fc.constantFrom('a', 'a/', 'b'), (sels, prefix) => {
        expect(engineStatus(sels, prefix)).toBe(bruteStatus(sels, prefix));
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 300) },
    );
  });

  it('finds the classic cases', () => {
    expect(
      engineStatus(
        [
          [
            { op: 'StartsWith', values: [BASE] },
            { op: 'NotStartsWith', values: [BASE + 'a'] },
          ],
        ],
        '',
      ),
    ).toBe('partial');
    expect(engineStatus([[{ op: 'Equals', values: [BASE] }]], '')).toBe('uncovered');
  });
});
