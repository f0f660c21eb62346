import type { Facts } from '../model/facts.js';

/** Placeholder until live mode lands: plan + live merges the plan's resources over the account's. */
export function mergeFacts(plan: Facts, _live: Facts): Facts {
  return plan;
}
