/**
 * Inputs at AWS's own limits and at the policy's size must give a verdict: no `Maximum call stack size
 * exceeded`, `Map maximum size exceeded`, `Invalid string length` or out-of-memory abort. The witness
 * sets grow with the sum of values and prefixes, not their product; gap texts do not copy a huge value.
 */
import { describe, expect, it } from '@jest/globals';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { remediate } from '../../src/engine/remediation.js';
import type { Recorder } from '../../src/model/facts.js';
import { advancedSet, factsOf, fs, policyOf, requirement, s3adv, trail } from '../helpers/facts-builders.js';

const B = 'acme-pii-prod';
const ARN = `arn:aws:s3:::${B}`;

/** A trail at the advanced-selector limit: 500 values (2 for eventCategory and resources.type, 450 StartsWith, 24 NotStartsWith, 24 NotEndsWith). */
function trailAtLimits(): Recorder {
  const starts = Array.from({ length: 450 }, (_, i) => `${ARN}/p${i}/`);
  const notStarts = Array.from({ length: 24 }, (_, i) => `${ARN}/p${i}/tmp/`);
  const notEnds = Array.from({ length: 24 }, (_, i) => `.tmp${i}`);
  return trail({
    selectors: advancedSet(
      s3adv(fs('resources.ARN', { StartsWith: starts, NotStartsWith: notStarts, NotEndsWith: notEnds })),
    ),
  });
}

describe('at the limits', () => {
  it('a trail with 500 values (48 Not*) and a policy bucket with 1,600 prefixes: a verdict', () => {
    const prefixes = Array.from({ length: 1600 }, (_, i) => `p${i}/`);
    const policy = policyOf(requirement(B, { prefixes }));
    const facts = factsOf([trailAtLimits()]);
    const result = evaluateCoverage(facts, policy);
    const [b] = result.buckets;
    expect(result.invalidSelectors).toEqual([]);
    // p0..p449 are selected but lose the NotStartsWith/NotEndsWith keys; p450.. are not selected at all.
    expect(b?.status).toBe('partial');
    const get = b?.events.find((e) => e.name === 'GetObject');
    expect(get?.status).toBe('partial');
    expect(get?.gaps.length).toBeGreaterThan(0);
    expect(get?.gaps.length).toBeLessThanOrEqual(4);
    const fixes = remediate(facts, policy, result);
    expect(fixes).toHaveLength(1);
  });
});

describe('gap texts do not grow with a value', () => {
  it.each([
    ['a StartsWith value of 2 MB', (big: string) => fs('resources.ARN', { StartsWith: [`${ARN}/${big}`] })],
    [
      'a NotStartsWith value of 2 MB',
      (big: string) => fs('resources.ARN', { StartsWith: [`${ARN}/`], NotStartsWith: [`${ARN}/${big}`] }),
    ],
    ['an EndsWith value of 2 MB', (big: string) => fs('resources.ARN', { EndsWith: [big] })],
    [
      'a selector name of 2 MB',
      (big: string) => ({ ...fs('resources.ARN', { StartsWith: [`${ARN}/logs/`] }), big }),
    ],
  ])('%s: a verdict, gaps of bounded size', (_n, make) => {
    const big = 'k'.repeat(2 * 1024 * 1024);
    const f = make(big) as ReturnType<typeof fs> & { big?: string };
    const sel = { ...s3adv(f), ...(f.big ? { name: f.big } : {}) };
    const facts = factsOf([trail({ selectors: advancedSet(sel) })]);
    const policy = policyOf(requirement(B));
    const result = evaluateCoverage(facts, policy);
    // A value over 2,048 characters (or a name over 1,000) is one the API rejects: the selector records
    // nothing (issue 10), and what the report says about it stays small all the same.
    expect(result.buckets[0]?.status).toBe('uncovered');
    expect(result.invalidSelectors.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.invalidSelectors.map((i) => i.problems)).length).toBeLessThan(8000);
    for (const e of result.buckets[0]?.events ?? [])
      for (const g of e.gaps) expect(g.length).toBeLessThan(4000);
    expect(JSON.stringify(result.buckets).length).toBeLessThan(1024 * 1024);
    const fixes = remediate(facts, policy, result);
    expect(fixes[0]?.summary.length).toBeLessThan(4000);
  });
});
