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
