import { expect, it } from '@jest/globals';
import type { Policy } from '../../src/config/policy.js';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import type { Facts } from '../../src/model/facts.js';
import { runRules } from '../../src/rules/index.js';
import type { Finding, Rule } from '../../src/rules/types.js';
import { policyOf, requirement } from './facts-builders.js';

export interface RuleCase {
  readonly name: string;
  readonly facts: Facts;
  readonly policy?: Policy;
  /** Expected findings of this rule: none for a valid case. */
  readonly findings?: readonly { status: Finding['status']; message?: string | RegExp }[];
}

export function findingsOf(
  rule: Rule,
  facts: Facts,
  policy: Policy = policyOf(requirement('sensitive-bucket')),
): Finding[] {
  const coverage = evaluateCoverage(facts, policy);
  const settings = {
    ...(policy.require?.rules ?? {}),
    ...(rule.meta.offByDefault ? { [rule.meta.id]: rule.meta.defaultSeverity } : {}),
  };
  const p: Policy = { ...policy, require: { trails: policy.require?.trails ?? 'covering', rules: settings } };
  return runRules({ facts, policy: p, coverage, today: '2026-11-26' }, [rule]).findings;
}

/** valid: no finding of this rule; invalid: exactly the listed findings (status, and message text). */
export function ruleTable(rule: Rule, valid: readonly RuleCase[], invalid: readonly RuleCase[]): void {
  const names = [...valid, ...invalid].map((c) => c.name);
  it('has no duplicate case names', () => expect(new Set(names).size).toBe(names.length));
  it.each(valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
    expect(findingsOf(rule, c.facts, c.policy).map((f) => f.message)).toEqual([]);
  });
  it.each(invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
    const got = findingsOf(rule, c.facts, c.policy);
    expect(got.map((f) => f.status)).toEqual((c.findings ?? []).map((f) => f.status));
    (c.findings ?? []).forEach((want, i) => {
      if (want.message instanceof RegExp) expect(got[i]!.message).toMatch(want.message);
      else if (want.message) expect(got[i]!.message).toContain(want.message);
      expect(got[i]!.ruleId).toBe(rule.meta.id);
    });
  });
}
