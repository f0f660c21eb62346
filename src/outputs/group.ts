import type { BucketCoverage, CoverageStatus, EventCoverage } from '../engine/types.js';

export interface EventGroup {
  readonly status: CoverageStatus;
  readonly names: readonly string[];
  readonly coveredBy: readonly string[];
  readonly gaps: readonly string[];
}

/** APIs with the same verdict and the same reasons are shown once, so 29 identical lines become one. */
export function groupEvents(b: BucketCoverage): EventGroup[] {
  const groups = new Map<
    string,
    { status: CoverageStatus; names: string[]; coveredBy: readonly string[]; gaps: readonly string[] }
  >();
  for (const e of b.events as EventCoverage[]) {
    const k = JSON.stringify([e.status, e.coveredBy, e.gaps]);
    const g = groups.get(k);
    if (g) g.names.push(e.name);
    else groups.set(k, { status: e.status, names: [e.name], coveredBy: e.coveredBy, gaps: e.gaps });
  }
  const order: CoverageStatus[] = ['uncovered', 'partial', 'unknown', 'covered'];
  return [...groups.values()].sort((a, b2) => order.indexOf(a.status) - order.indexOf(b2.status));
}
