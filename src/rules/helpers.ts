import type { Recorder, Trail } from '../model/facts.js';
import type { Finding, FindingLocation, RuleContext, RuleMeta } from './types.js';

/**
 * Trails the trail and log-bucket rules look at. Plan mode: every trail in the plan that stays (the
 * change under review). Live mode: the trails that record at least one sensitive bucket, or every trail
 * with `require.trails: all`.
 */
const COVERING = new WeakMap<object, Set<string>>();

export function trailsToCheck(ctx: RuleContext): Trail[] {
  let covering = COVERING.get(ctx.coverage);
  if (!covering) {
    covering = new Set<string>();
    for (const b of ctx.coverage.buckets)
      for (const e of b.events) for (const id of e.coveredBy) covering.add(id);
    COVERING.set(ctx.coverage, covering);
  }
  const reached = covering;
  const all = ctx.policy.require?.trails === 'all';
  return ctx.facts.recorders.filter(
    (r): r is Trail =>
      r.kind === 'trail' &&
      r.change !== 'delete' &&
      (r.origin.source === 'terraform-plan' || all || reached.has(r.id)),
  );
}

export function trailLocation(r: Recorder): FindingLocation {
  return {
    ...(r.origin.file ? { file: r.origin.file } : {}),
    address: r.origin.ref,
    ...(r.origin.pointer ? { pointer: r.origin.pointer } : {}),
  };
}

export function trailFinding(
  meta: RuleMeta,
  r: Recorder,
  status: Finding['status'],
  message: string,
  remediation?: Finding['remediation'],
): Finding {
  return {
    ruleId: meta.id,
    severity: meta.defaultSeverity,
    status,
    message: `${r.id}: ${message}`,
    trail: r.id,
    location: trailLocation(r),
    ...(remediation ? { remediation } : {}),
  };
}
