import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { loadPolicy } from '../../src/config/load-policy.js';
import { evaluate } from '../../src/app/run.js';
import { bucket, factsOf, trail } from '../helpers/facts-builders.js';
import { expectValidReport } from '../helpers/report-schema.js';

describe('policies/profiles', () => {
  it.each(readdirSync('policies/profiles').map((f) => [f]))('%s loads without warnings', (f) => {
    expect(loadPolicy(`policies/profiles/${f}`).warnings).toEqual([]);
  });

  it('the CIS object-level logging profile: every bucket of the source, read and write, multi-Region trails', () => {
    const policy = loadPolicy('policies/profiles/cis-object-level-logging.yml');
    const facts = factsOf(
      [trail({ multiRegion: false, selectors: { kind: 'basic', selectors: [] } })],
      [bucket('one'), bucket('two')],
    );
    const { report } = evaluate(facts, policy, { now: new Date('2026-11-26T00:00:00Z') });
    expectValidReport(report);
    expect(report.buckets.map((b) => [b.name, b.events.length])).toEqual([
      ['one', 29],
      ['two', 29],
    ]);
    expect(report.findings.map((f) => f.ruleId)).toContain('trail-multi-region');
    expect(report.passed).toBe(false);
  });
});
