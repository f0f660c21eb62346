import { dataEventCoverage } from './data-event-coverage.js';
import { invalidSelector } from './invalid-selector.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** The registry, sorted by id. */
export const RULES: readonly Rule[] = [dataEventCoverage, invalidSelector];

/** Runs every rule; a rule that crashes becomes an error finding naming it, and never hides the others. */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    try {
      out.push(...rule.check(ctx));
    } catch (e) {
      out.push({
        ruleId: rule.meta.id,
        severity: 'error',
        status: 'unknown',
        message: `rule ${rule.meta.id} failed: ${e instanceof Error ? e.message : String(e)}`,
        location: { file: ctx.policy.file },
      });
    }
  }
  return out;
}
