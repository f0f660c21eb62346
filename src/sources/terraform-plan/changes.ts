/**
 * Whether a plan can change a verdict between its before and its planned state: the coverage diff needs
 * the state before the plan only then (issue 12). Coverage depends on the recorders and on each bucket's
 * Region, account and partition (app/run.ts, planTouchesCoverage); those come from the resource types
 * below. Decided from `resource_changes` actions alone, before anything is adapted.
 */
const COVERAGE_TYPES =
  /^aws_(cloudtrail|s3_|caller_identity$|partition$|region$|organizations_organization$)/;

export function planMayChangeCoverage(plan: Record<string, unknown>): boolean {
  const changes = plan['resource_changes'];
  // No list to decide from (a stripped or odd plan): build the before state, as always.
  if (!Array.isArray(changes)) return true;
  for (const rc of changes as unknown[]) {
    if (typeof rc !== 'object' || rc === null) return true;
    const { type, change } = rc as { type?: unknown; change?: unknown };
    if (typeof type !== 'string') return true;
    if (!COVERAGE_TYPES.test(type)) continue;
    const actions = (change as { actions?: unknown } | null | undefined)?.actions;
    // Only an explicit no-op leaves the resource as it was; a deferred read ("read") may change a value.
    if (!Array.isArray(actions) || actions.length !== 1 || actions[0] !== 'no-op') return true;
  }
  return false;
}
