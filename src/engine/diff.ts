import type { Facts, Recorder } from '../model/facts.js';
import {
  OPERATOR_ATTRIBUTES,
  type AdvancedEventSelector,
  type BasicEventSelector,
  type FieldSelector,
  type SelectorSet,
} from '../model/selectors.js';
import { verdictClassOf, type CoverageResult } from './coverage.js';
import { formatValues } from './explain.js';
import type { BucketCoverage, CoverageStatus } from './types.js';
import { pushAll } from '../util/push-all.js';

/** How good a verdict is: a move down the scale is a regression. Unknown sits between proven and lost. */
const RANK: Record<CoverageStatus, number> = { covered: 3, unknown: 2, partial: 1, uncovered: 0 };

export interface ApiChange {
  /** The APIs that change the same way for the same reasons. */
  readonly apis: readonly string[];
  readonly before: CoverageStatus;
  readonly after: CoverageStatus;
  readonly regression: boolean;
  /** What in the plan made the difference (recorder added/deleted/stopped, selector fields changed). */
  readonly because: readonly string[];
}

export interface BucketDiff {
  readonly name: string;
  readonly before: CoverageStatus;
  readonly after: CoverageStatus;
  readonly regression: boolean;
  readonly changes: readonly ApiChange[];
}

export interface CoverageDiff {
  readonly regressions: number;
  /** Buckets proven better recorded (a change to or from unknown is not one). */
  readonly improvements: number;
  /** Buckets that change to or from unknown without being a regression (only when there are any). */
  readonly undecided?: number;
  /** Buckets whose coverage changes, regressions first. */
  readonly buckets: readonly BucketDiff[];
}

const OP_ATTR = OPERATOR_ATTRIBUTES as Record<string, string>;

function fieldName(fs: FieldSelector): string {
  return fs.field.known ? fs.field.value : '?';
}

function fieldChanges(label: string, a: readonly FieldSelector[], b: readonly FieldSelector[]): string[] {
  const out: string[] = [];
  const names = new Set([...a.map(fieldName), ...b.map(fieldName)]);
  for (const f of names) {
    const x = a.find((fs) => fieldName(fs) === f);
    const y = b.find((fs) => fieldName(fs) === f);
    if (!x) {
      out.push(`${label} added field ${f}`);
      continue;
    }
    if (!y) {
      out.push(`${label} removed field ${f}`);
      continue;
    }
    const xo = Object.keys(x.operators).sort();
    const yo = Object.keys(y.operators).sort();
    if (xo.join() !== yo.join()) {
      const from = xo.map((o) => OP_ATTR[o]).join(' + ');
      const to = yo.map((o) => OP_ATTR[o]).join(' + ');
      out.push(`${label} changed ${f} from ${from || 'no condition'} to ${to || 'no condition'}`);
      continue;
    }
    for (const o of xo) {
      const before = formatValues(x.operators[o as keyof typeof x.operators]);
      const after = formatValues(y.operators[o as keyof typeof y.operators]);
      if (before !== after) out.push(`${label} changed ${f} ${OP_ATTR[o]} ${before} → ${after}`);
    }
  }
  return out;
}

function advLabel(s: AdvancedEventSelector, i: number): string {
  return s.name ? `selector "${s.name}"` : `advanced selector #${i + 1}`;
}

function advancedChanges(a: readonly AdvancedEventSelector[], b: readonly AdvancedEventSelector[]): string[] {
  const out: string[] = [];
  // Selectors are matched by name where they have one (reordering alone changes nothing), else by position.
  const key = (s: AdvancedEventSelector, i: number) => s.name ?? `#${i}`;
  const bk = new Map(b.map((s, i) => [key(s, i), { s, i }]));
  const ak = new Map(a.map((s, i) => [key(s, i), { s, i }]));
  for (const [k, { s, i }] of ak) {
    const other = bk.get(k);
    if (!other) {
      out.push(`${advLabel(s, i)} removed`);
      continue;
    }
    if (s.fieldSelectors.known && other.s.fieldSelectors.known)
      pushAll(out, fieldChanges(advLabel(s, i), s.fieldSelectors.value, other.s.fieldSelectors.value));
    else if (s.fieldSelectors.known !== other.s.fieldSelectors.known)
      out.push(`${advLabel(s, i)} is known only after apply`);
  }
  for (const [k, { s, i }] of bk) if (!ak.has(k)) out.push(`${advLabel(s, i)} added`);
  return out;
}

function basicText(s: BasicEventSelector): string {
  const rw = s.readWriteType.known ? s.readWriteType.value : '?';
  const vals = s.dataResources.known
    ? s.dataResources.value.map((d) => formatValues(d.values)).join(' ')
    : '?';
  return `${rw} ${vals}`;
}

function selectorChanges(a: SelectorSet, b: SelectorSet): string[] {
  if (a.kind !== b.kind) return [`selectors changed from ${a.kind} to ${b.kind}`];
  if (a.kind === 'advanced' && b.kind === 'advanced') return advancedChanges(a.selectors, b.selectors);
  if (a.kind === 'basic' && b.kind === 'basic') {
    const x = a.selectors.map(basicText);
    const y = b.selectors.map(basicText);
    const out: string[] = [];
    x.forEach((t, i) => {
      if (y[i] === undefined) out.push(`event_selector #${i + 1} removed`);
      else if (t !== y[i]) out.push(`event_selector #${i + 1} changed: ${t} → ${y[i]}`);
    });
    for (let i = x.length; i < y.length; i++) out.push(`event_selector #${i + 1} added`);
    return out;
  }
  return [];
}

function recorderChanges(a: Recorder | undefined, b: Recorder | undefined): string[] {
  if (!a && !b) return [];
  if (!a) return [`${b!.id} is added by this plan`];
  if (!b || b.change === 'delete') return [`${a.id} is deleted by this plan`];
  const out: string[] = [];
  const same = <T>(x: { known: boolean; value?: T }, y: { known: boolean; value?: T }) =>
    x.known === y.known && x.value === y.value;
  if (!same(a.logging, b.logging))
    out.push(
      `${b.id}: logging ${a.logging.known ? a.logging.value : '?'} → ${b.logging.known ? b.logging.value : 'known after apply'}`,
    );
  if (!same(a.multiRegion, b.multiRegion))
    out.push(
      `${b.id}: multi-Region ${a.multiRegion.known ? a.multiRegion.value : '?'} → ${b.multiRegion.known ? b.multiRegion.value : 'known after apply'}`,
    );
  if (!same(a.homeRegion, b.homeRegion))
    out.push(
      `${b.id}: home Region ${a.homeRegion.known ? a.homeRegion.value : '?'} → ${b.homeRegion.known ? b.homeRegion.value : 'known after apply'}`,
    );
  if (a.selectors.known && b.selectors.known)
    pushAll(
      out,
      selectorChanges(a.selectors.value, b.selectors.value).map((c) => `${b.id} ${c}`),
    );
  else if (a.selectors.known !== b.selectors.known) out.push(`${b.id}: selectors known only after apply`);
  return out;
}

/**
 * What a plan changes in coverage: the verdicts of the state before the plan against the planned ones,
 * per bucket and API, with the recorder and selector changes that explain each difference.
 */
export function diffCoverage(
  before: CoverageResult,
  after: CoverageResult,
  beforeFacts: Facts,
  afterFacts: Facts,
): CoverageDiff {
  const buckets: BucketDiff[] = [];
  const beforeByName = new Map(before.buckets.map((b) => [b.name, b]));
  const beforeRecorders = new Map(beforeFacts.recorders.map((r) => [r.id, r]));
  const afterRecorders = new Map(afterFacts.recorders.map((r) => [r.id, r]));
  // What changed in a recorder does not depend on the bucket: worked out once per recorder.
  const changeCache = new Map<string, string[]>();
  const explained = new Map<readonly string[], Map<readonly string[], { reasons: string[]; key: string }>>();
  const changesOf = (id: string): string[] => {
    let c = changeCache.get(id);
    if (!c) {
      c = recorderChanges(beforeRecorders.get(id), afterRecorders.get(id));
      changeCache.set(id, c);
    }
    return c;
  };
  const apiChanges = (bb: BucketCoverage, ab: BucketCoverage): ApiChange[] => {
    const groups = new Map<
      string,
      {
        apis: string[];
        before: CoverageStatus;
        after: CoverageStatus;
        regression: boolean;
        because: string[];
      }
    >();
    const beforeEvents = new Map(bb.events.map((e) => [e.name, e]));
    for (const ae of ab.events) {
      const be = beforeEvents.get(ae.name);
      if (!be || be.status === ae.status) continue;
      // APIs of one verdict class share their coveredBy arrays: explain each pair of them once.
      let inner = explained.get(be.coveredBy);
      if (!inner) explained.set(be.coveredBy, (inner = new Map()));
      let reasonsKey = inner.get(ae.coveredBy);
      if (!reasonsKey) {
        const ids = [...new Set([...be.coveredBy, ...ae.coveredBy])];
        const because = ids.flatMap((id) => changesOf(id));
        if (because.length === 0) {
          // Nothing that recorded it before or after changed visibly: name every recorder the plan touches.
          for (const r of afterFacts.recorders)
            if (r.change && r.change !== 'no-op')
              pushAll(because, recorderChanges(beforeRecorders.get(r.id), r));
        }
        const reasons = [...new Set(because)];
        reasonsKey = { reasons, key: `${ids.join('\n')}|${reasons.join('\n')}` };
        inner.set(ae.coveredBy, reasonsKey);
      }
      const reasons = reasonsKey.reasons;
      const key = `${be.status}|${ae.status}|${reasonsKey.key}`;
      const g = groups.get(key);
      if (g) g.apis.push(ae.name);
      else
        groups.set(key, {
          apis: [ae.name],
          before: be.status,
          after: ae.status,
          regression: RANK[ae.status] < RANK[be.status],
          because: reasons,
        });
    }
    return [...groups.values()].sort((x, y) => Number(y.regression) - Number(x.regression));
  };
  // The changes depend only on the APIs' statuses and coveredBy: buckets of one verdict class before and
  // one after the plan (coverage.ts) have the same ones, worked out once per pair of classes.
  const byClasses = new Map<object, Map<object, readonly ApiChange[]>>();
  for (const ab of after.buckets) {
    const bb = beforeByName.get(ab.name);
    if (!bb) continue;
    const ca = verdictClassOf(ab);
    const cb = verdictClassOf(bb);
    let changes: readonly ApiChange[] | undefined;
    if (ca && cb) {
      let inner = byClasses.get(cb);
      if (!inner) byClasses.set(cb, (inner = new Map()));
      changes = inner.get(ca);
      if (!changes) inner.set(ca, (changes = apiChanges(bb, ab)));
    } else changes = apiChanges(bb, ab);
    if (changes.length === 0) continue;
    buckets.push({
      name: ab.name,
      before: bb.status,
      after: ab.status,
      regression: changes.some((e) => e.regression),
      changes,
    });
  }
  buckets.sort((x, y) => Number(y.regression) - Number(x.regression));
  return { ...diffCounts(buckets), buckets };
}

/**
 * The counts of a diff's buckets. A change to or from unknown that is no regression (uncovered → unknown,
 * unknown → covered) proves nothing better: it is counted apart, never as an improvement.
 */
export function diffCounts(
  buckets: readonly Pick<BucketDiff, 'before' | 'after' | 'regression'>[],
): Pick<CoverageDiff, 'regressions' | 'improvements' | 'undecided'> {
  let regressions = 0;
  let improvements = 0;
  let undecided = 0;
  for (const b of buckets)
    if (b.regression) regressions++;
    else if (b.before === 'unknown' || b.after === 'unknown') undecided++;
    else improvements++;
  return { regressions, improvements, ...(undecided ? { undecided } : {}) };
}
