import type { Recorder } from '../model/facts.js';
import type { Finding, FindingLocation, RuleContext, RuleMeta } from './types.js';

/**
 * Trails the trail and log-bucket rules look at. Plan mode: every trail in the plan that stays (the
 * change under review). Live mode: the trails that record at least one sensitive bucket, or every trail
 * with `require.trails: all`.
 */
export function trailsToCheck(ctx: RuleContext): Recorder[] {
  const covering = new Set(ctx.coverage.buckets.flatMap((b) => b.events.flatMap((e) => e.coveredBy)));
  const all = ctx.policy.require?.trails === 'all';
  return ctx.facts.recorders.filter(
    (r) =>
      r.kind === 'trail' &&
      r.change !== 'delete' &&
      (r.origin.source === 'terraform-plan' || all || covering.has(r.id)),
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
