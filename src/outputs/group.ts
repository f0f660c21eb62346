import type { BucketCoverage, CoverageStatus, EventCoverage } from '../engine/types.js';

export interface EventGroup {
  readonly status: CoverageStatus;
  readonly names: readonly string[];
  readonly coveredBy: readonly string[];
  readonly gaps: readonly string[];
}

const IDS = new Map<string, number>();

function idOf(s: string): number {
  let id = IDS.get(s);
  if (id === undefined) {
    id = IDS.size;
    IDS.set(s, id);
  }
  return id;
}

/** APIs with the same verdict and the same reasons are shown once, so 29 identical lines become one. */
export function groupEvents(b: BucketCoverage): EventGroup[] {
  // Between buckets (ids stay the same within one): a long-running process keeps no text forever.
  if (IDS.size > 1 << 20) IDS.clear();
  const groups = new Map<
    string,
    { status: CoverageStatus; names: string[]; coveredBy: readonly string[]; gaps: readonly string[] }
  >();
  // The key names each string by a number: a bucket with 25 lost APIs quotes kilobytes of gaps per API,
  // and the same string objects recur across APIs and buckets (their hashes are kept), so no JSON of them
  // is written. Equal keys for equal (status, coveredBy, gaps), as JSON.stringify gave.
  for (const e of b.events as EventCoverage[]) {
    const k = `${idOf(e.status)}|${e.coveredBy.map(idOf).join(',')}|${e.gaps.map(idOf).join(',')}`;
    const g = groups.get(k);
    if (g) g.names.push(e.name);
    else groups.set(k, { status: e.status, names: [e.name], coveredBy: e.coveredBy, gaps: e.gaps });
  }
  const order: CoverageStatus[] = ['uncovered', 'partial', 'unknown', 'covered'];
  return [...groups.values()].sort((a, b2) => order.indexOf(a.status) - order.indexOf(b2.status));
}
