/**
 * Buckets that no recorder of the source can be corrected to cover each get the proposal of a new trail;
 * every such proposal names the same resource address (aws_cloudtrail.s3_data_events), so they are one fix:
 * one trail whose selectors record every one of those buckets.
 */
import { describe, expect, it } from '@jest/globals';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { applyPatches, remediate } from '../../src/engine/remediation.js';
import type { Recorder } from '../../src/model/facts.js';
import { bucket, factsOf, policyOf, requirement, trail } from '../helpers/facts-builders.js';

const newTrailOf = (patches: Parameters<typeof applyPatches>[1]): Recorder =>
  applyPatches(trail({ id: 'aws_cloudtrail.s3_data_events' }), patches);

describe('new-trail fixes are one trail', () => {
  it.each([
    ['one bucket: its own fix, no buckets list', [['a-one']], 1, 1],
    [
      'two buckets with the same requirements: one trail, one selector listing both ARNs',
      [['a-one'], ['b-two']],
      1,
      1,
    ],
    [
      'two buckets, one asking only for reads: one trail, a selector for each',
      [['a-one'], ['b-two', ['GetObject', 'HeadObject']]],
      1,
      2,
    ],
  ] as [string, [string, string[]?][], number, number][])('%s', (_name, specs, fixCount, selectorCount) => {
    const facts = factsOf(
      [],
      specs.map(([n]) => bucket(n)),
    );
    const policy = policyOf(...specs.map(([n, events]) => requirement(n, events ? { events } : {})));
    const coverage = evaluateCoverage(facts, policy);
    const fixes = remediate(facts, policy, coverage);
    expect(remediate(facts, policy, coverage, { memoize: false })).toEqual(fixes);
    expect(fixes).toHaveLength(fixCount);
    const fix = fixes[0]!;
    expect(fix.recorder).toBeUndefined();
    expect(fix.terraform.match(/resource "aws_cloudtrail"/g)).toHaveLength(1);
    expect(fix.terraform.match(/advanced_event_selector \{/g)).toHaveLength(selectorCount);
    if (specs.length > 1) expect(fix.buckets).toEqual(specs.map(([n]) => n));
    else expect(fix.buckets).toBeUndefined();
    for (const [n] of specs) expect(fix.terraform).toContain(`arn:aws:s3:::${n}/`);
    // The one trail covers every bucket it is for.
    expect(fix.closes).toBe(true);
    const after = evaluateCoverage({ ...facts, recorders: [newTrailOf(fix.patches)] }, policy);
    expect(after.buckets.map((b) => [b.name, b.status])).toEqual(specs.map(([n]) => [n, 'covered']));
  });
});
