import type { Recorder } from './facts.js';

const REFUSED = new WeakMap<readonly Recorder[], ReadonlyMap<Recorder, string>>();

/**
 * Trails of one plan with the same name in one account and Region: CloudTrail names are unique per
 * account and Region, so CreateTrail refuses all but one (TrailAlreadyExistsException) and the refused one
 * records nothing. The one that exists already is kept (else the first in the plan). Why, per refused trail.
 */
export function refusedDuplicates(recorders: readonly Recorder[]): ReadonlyMap<Recorder, string> {
  let out = REFUSED.get(recorders);
  if (out) return out;
  const m = new Map<Recorder, string>();
  const groups = new Map<string, Recorder[]>();
  for (const r of recorders) {
    // Only recorders of a plan's resource changes (the plan adapter always sets `change`).
    if (r.kind !== 'trail' || r.origin.source !== 'terraform-plan') continue;
    if (r.change === undefined || r.change === 'delete') continue;
    if (!r.name.known || !r.accountId.known || !r.homeRegion.known) continue;
    const k = `${r.accountId.value}|${r.homeRegion.value}|${r.name.value}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const exists = (r: Recorder) => r.change !== 'create' && r.change !== 'replace';
    const kept = g.find(exists) ?? (g[0] as Recorder);
    for (const r of g)
      if (r !== kept)
        m.set(
          r,
          `${kept.id} has the same name (${r.name.known ? r.name.value : ''}) in account ${r.accountId.known ? r.accountId.value : ''} and ${r.homeRegion.known ? r.homeRegion.value : ''}: CloudTrail refuses a second trail of that name (TrailAlreadyExistsException), so this one records nothing; fix: give it another name`,
        );
  }
  out = m;
  REFUSED.set(recorders, out);
  return out;
}
