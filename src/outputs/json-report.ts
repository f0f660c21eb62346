import type { EventCoverage } from '../engine/types.js';
import { batched, jsonChunks } from './json-stream.js';
import type { Report } from './report.js';

/**
 * The JSON report, schemaVersion 2: the in-memory report (the schemaVersion 1 shape, every API of every
 * bucket with its gaps) written without repeating itself (README "JSON report"):
 *
 * - a bucket's `events` become `apis` (the required APIs, in order) and `verdicts` (the APIs grouped by
 *   status, coveredBy and gaps: `{apis, status, coveredBy, gaps}`);
 * - within the entries about one bucket (`buckets`, `findings` and `fixes` naming it, `diff` buckets), a
 *   string that names the bucket, or is 32 characters or more, is written once in the top-level `shared`
 *   list and referred to as `{"shared": N}`, with the bucket's name written `{{bucket}}`; so are a bucket's
 *   `apis`, `verdicts`, `serverAccessLogs` and `acceptedEvidence`, and a diff bucket's `changes`. Buckets with the same verdicts (up to their name)
 *   then share one list, and a gap sentence quoted by thousands of buckets is written once.
 *
 * `readReportJson` reads it back (and still reads schemaVersion 1) to the very same in-memory report.
 */
export const JSON_SCHEMA_VERSION = 2;

/** Where an entry's own bucket name stands in a shared text. */
export const BUCKET_PLACEHOLDER = '{{bucket}}';

/** Shorter strings that do not name the bucket are written where they are (a reference is ~14 chars). */
const MIN_SHARED_LENGTH = 32;

/** Members with a few fixed values (or a Region): written as they are, even where a name like "covered" is. */
const PLAIN_KEYS = new Set([
  'status',
  'before',
  'after',
  'severity',
  'ruleId',
  'region',
  'usable',
  'evidence',
]);

class SharedValues {
  readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Strings by themselves: the same string object met again is found without writing its JSON. */
  private readonly stringIds = new Map<string, number>();

  /** The reference to a value, given as its JSON text (the key: equal texts are one entry). */
  ref(json: string): { shared: number } {
    let id = this.ids.get(json);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(json);
      this.ids.set(json, id);
    }
    return { shared: id };
  }

  refText(t: string): { shared: number } {
    const id = this.stringIds.get(t);
    if (id !== undefined) return { shared: id };
    const r = this.ref(JSON.stringify(t));
    this.stringIds.set(t, r.shared);
    return r;
  }
}

/** The writer's view of one entry: strings naming `owner` (or long ones) become references. */
class EntryWriter {
  constructor(
    private readonly table: SharedValues,
    private readonly owner: string | undefined,
  ) {}

  text(s: string): unknown {
    // A text that holds the placeholder itself stays where it is: read back, nothing is replaced in it.
    if (s.includes(BUCKET_PLACEHOLDER)) return s;
    const o = this.owner;
    const t = o !== undefined && o.length > 0 && s.includes(o) ? s.split(o).join(BUCKET_PLACEHOLDER) : s;
    if (t === s && s.length < MIN_SHARED_LENGTH) return s;
    return this.table.refText(t);
  }

  value(v: unknown): unknown {
    if (typeof v === 'string') return this.text(v);
    if (Array.isArray(v)) return v.map((x: unknown) => this.value(x));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>))
        out[k] = PLAIN_KEYS.has(k) && typeof x === 'string' ? x : this.value(x);
      return out;
    }
    return v;
  }

  /** A whole value written once in `shared` (its strings as above). */
  shared(v: unknown): { shared: number } {
    return this.table.ref(JSON.stringify(this.value(v)));
  }

  /** The same, for a value whose strings are written already. */
  sharedWritten(v: unknown): { shared: number } {
    return this.table.ref(JSON.stringify(v));
  }

  /** An entry: `ownerKey` holds the owner's name and is written as it is. */
  entry(
    e: object,
    ownerKey: string,
    special: Record<string, (v: unknown, out: Record<string, unknown>) => void> = {},
  ) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e as Record<string, unknown>)) {
      if (k === ownerKey || (PLAIN_KEYS.has(k) && typeof v === 'string')) out[k] = v;
      else if (special[k]) special[k](v, out);
      else out[k] = this.value(v);
    }
    return out;
  }
}

function plainEvent(e: unknown): e is EventCoverage {
  if (e === null || typeof e !== 'object') return false;
  const k = Object.keys(e);
  return (
    k.length === 4 &&
    k[0] === 'name' &&
    k[1] === 'status' &&
    k[2] === 'coveredBy' &&
    k[3] === 'gaps' &&
    typeof (e as EventCoverage).name === 'string'
  );
}

/** `events` as `apis` + `verdicts`, when that reads back to the same list (unique names, known members). */
function writeEvents(w: EntryWriter, events: unknown, out: Record<string, unknown>): void {
  const list = events as readonly EventCoverage[];
  const names = Array.isArray(list) ? list.map((e) => e.name) : [];
  if (!Array.isArray(list) || new Set(names).size !== names.length || !list.every(plainEvent)) {
    out['events'] = w.value(events);
    return;
  }
  // APIs of one verdict class share their coveredBy and gaps lists: each list is written once (by
  // identity), and the APIs are grouped by what is written (equal for equal lists, and short).
  const written = new Map<unknown, { v: unknown; k: string }>();
  const write = (x: unknown) => {
    let r = written.get(x);
    if (!r) {
      const v = w.value(x);
      r = { v, k: JSON.stringify(v) };
      written.set(x, r);
    }
    return r;
  };
  const groups = new Map<string, { apis: string[]; status: unknown; coveredBy: unknown; gaps: unknown }>();
  for (const e of list) {
    const status = typeof e.status === 'string' ? e.status : w.value(e.status);
    const coveredBy = write(e.coveredBy);
    const gaps = write(e.gaps);
    const k = `${JSON.stringify(status)}\u0000${coveredBy.k}\u0000${gaps.k}`;
    const g = groups.get(k);
    if (g) g.apis.push(e.name);
    else groups.set(k, { apis: [e.name], status, coveredBy: coveredBy.v, gaps: gaps.v });
  }
  out['apis'] = w.shared(names);
  // Each group as written (its API names through the writer as well).
  out['verdicts'] = w.sharedWritten([...groups.values()].map((g) => ({ ...g, apis: w.value(g.apis) })));
}

function* arrayChunks<T>(items: readonly T[], write: (x: T) => unknown): Generator<string> {
  yield '[';
  for (let i = 0; i < items.length; i++) {
    const x = JSON.stringify(write(items[i] as T));
    yield i > 0 ? ',' + (x ?? 'null') : (x ?? 'null');
  }
  yield ']';
}

function* diffChunks(diff: NonNullable<Report['diff']>, table: SharedValues): Generator<string> {
  yield '{';
  let first = true;
  for (const [k, v] of Object.entries(diff)) {
    if (v === undefined) continue;
    yield (first ? '' : ',') + JSON.stringify(k) + ':';
    first = false;
    if (k === 'buckets') yield* diffBucketsChunks(v as NonNullable<Report['diff']>['buckets'], table);
    else if (k === 'plans') yield* planDiffs(v as NonNullable<NonNullable<Report['diff']>['plans']>, table);
    else yield* jsonChunks(v);
  }
  yield '}';
}

function* planDiffs(
  plans: NonNullable<NonNullable<Report['diff']>['plans']>,
  table: SharedValues,
): Generator<string> {
  yield '[';
  for (let i = 0; i < plans.length; i++) {
    if (i > 0) yield ',';
    yield* diffChunks(plans[i] as NonNullable<Report['diff']>, table);
  }
  yield ']';
}

function diffBucketsChunks(
  buckets: NonNullable<Report['diff']>['buckets'],
  table: SharedValues,
): Generator<string> {
  return arrayChunks(buckets, (b) =>
    new EntryWriter(table, b.name).entry(b, 'name', {
      changes: (v, out) => {
        out['changes'] = new EntryWriter(table, b.name).shared(v);
      },
    }),
  );
}

/** The schemaVersion 2 JSON of a report and a newline, in pieces (none of them the whole report). */
export function* reportJsonPieces(r: Report): Generator<string> {
  const table = new SharedValues();
  yield '{';
  let first = true;
  for (const [k, v] of Object.entries(r)) {
    if (v === undefined) continue;
    yield (first ? '' : ',') + JSON.stringify(k) + ':';
    first = false;
    if (k === 'schemaVersion') yield String(JSON_SCHEMA_VERSION);
    else if (k === 'buckets')
      yield* arrayChunks(r.buckets, (b) => {
        const w = new EntryWriter(table, b.name);
        return w.entry(b, 'name', {
          events: (ev, out) => writeEvents(w, ev, out),
          // The same few facts for thousands of buckets (logging off, the limits of the logs).
          serverAccessLogs: (v, out) => {
            out['serverAccessLogs'] = w.shared(v);
          },
          acceptedEvidence: (v, out) => {
            out['acceptedEvidence'] = w.shared(v);
          },
        });
      });
    else if (k === 'findings')
      yield* arrayChunks(r.findings, (f) =>
        new EntryWriter(table, typeof f.bucket === 'string' ? f.bucket : undefined).entry(f, 'bucket'),
      );
    else if (k === 'fixes')
      yield* arrayChunks(r.fixes ?? [], (f) => new EntryWriter(table, f.bucket).entry(f, 'bucket'));
    else if (k === 'diff') yield* diffChunks(r.diff as NonNullable<Report['diff']>, table);
    else yield* jsonChunks(v);
  }
  // Last: the list is complete only once every entry is written.
  yield (first ? '' : ',') + '"shared":[';
  for (let i = 0; i < table.texts.length; i++)
    yield i > 0 ? ',' + table.texts[i] : (table.texts[i] as string);
  yield ']}\n';
}

/** The report's JSON in writes of about 1 MiB. */
export function reportJsonChunks(r: Report): Generator<string> {
  return batched(reportJsonPieces(r));
}

/** The report's JSON as one string (small reports; large ones go through reportJsonChunks). */
export function reportJson(r: Report): string {
  return [...reportJsonPieces(r)].join('');
}

// -------------------------------------------------------------------------------------------- reading

/** A schemaVersion 2 document that does not read back: a reference to nothing, a group missing an API. */
export class ReportShapeError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

class EntryReader {
  constructor(
    private readonly shared: readonly unknown[],
    private readonly owner: string | undefined,
    private readonly where: string,
  ) {}

  value(v: unknown): unknown {
    if (Array.isArray(v)) return v.map((x: unknown) => this.value(x));
    if (!isObject(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === 'shared') {
      const id = v['shared'];
      if (!Number.isInteger(id) || (id as number) < 0 || (id as number) >= this.shared.length)
        throw new ReportShapeError(`${this.where}: {"shared": ${JSON.stringify(id)}} refers to nothing`);
      const target = this.shared[id as number];
      if (typeof target === 'string')
        return this.owner !== undefined ? target.split(BUCKET_PLACEHOLDER).join(this.owner) : target;
      return this.value(target);
    }
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = this.value(v[k]);
    return out;
  }

  entry(e: unknown, ownerKey: string, bucket = false): unknown {
    if (!isObject(e)) return e;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) {
      if (k === ownerKey) out[k] = v;
      else if (bucket && k === 'apis' && 'verdicts' in e) out['events'] = this.events(v, e['verdicts']);
      else if (bucket && k === 'verdicts' && 'apis' in e) continue;
      else out[k] = this.value(v);
    }
    return out;
  }

  private events(apis: unknown, verdicts: unknown): EventCoverage[] {
    const names = this.value(apis);
    const groups = this.value(verdicts);
    if (!Array.isArray(names) || !Array.isArray(groups))
      throw new ReportShapeError(`${this.where}: apis and verdicts must be lists`);
    const of = new Map<string, Record<string, unknown>>();
    groups.forEach((g: unknown, i) => {
      if (!isObject(g) || !Array.isArray(g['apis']))
        throw new ReportShapeError(`${this.where}: verdicts[${i}] has no apis list`);
      for (const n of g['apis'] as unknown[]) if (typeof n === 'string') of.set(n, g);
    });
    return names.map((n: unknown) => {
      const g = typeof n === 'string' ? of.get(n) : undefined;
      if (!g) throw new ReportShapeError(`${this.where}: API ${JSON.stringify(n)} is in no verdict group`);
      return {
        name: n as string,
        status: g['status'],
        coveredBy: g['coveredBy'],
        gaps: g['gaps'],
      } as EventCoverage;
    });
  }
}

/**
 * A parsed JSON report (schemaVersion 1 or 2) as the in-memory report (schemaVersion 1 shape): what `merge`
 * reads back. Other documents are returned as they are, for the caller's own shape checks.
 */
export function readReportJson(doc: unknown): unknown {
  if (!isObject(doc) || doc['schemaVersion'] !== JSON_SCHEMA_VERSION) return doc;
  const shared = Array.isArray(doc['shared']) ? (doc['shared'] as unknown[]) : [];
  const list = (v: unknown, fn: (x: unknown, i: number) => unknown) => (Array.isArray(v) ? v.map(fn) : v);
  const reader = (owner: unknown, where: string) =>
    new EntryReader(shared, typeof owner === 'string' ? owner : undefined, where);
  const owned = (e: unknown, key: string) => (isObject(e) ? e[key] : undefined);
  const diffOf = (d: unknown, where: string): unknown => {
    if (!isObject(d)) return d;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(d)) {
      if (k === 'buckets')
        out[k] = list(v, (b, i) => reader(owned(b, 'name'), `${where}.buckets[${i}]`).entry(b, 'name'));
      else if (k === 'plans') out[k] = list(v, (p, i) => diffOf(p, `${where}.plans[${i}]`));
      else out[k] = v;
    }
    return out;
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === 'shared') continue;
    if (k === 'schemaVersion') out[k] = 1;
    else if (k === 'buckets')
      out[k] = list(v, (b, i) => reader(owned(b, 'name'), `buckets[${i}]`).entry(b, 'name', true));
    else if (k === 'findings')
      out[k] = list(v, (f, i) => reader(owned(f, 'bucket'), `findings[${i}]`).entry(f, 'bucket'));
    else if (k === 'fixes')
      out[k] = list(v, (f, i) => reader(owned(f, 'bucket'), `fixes[${i}]`).entry(f, 'bucket'));
    else if (k === 'diff') out[k] = diffOf(v, 'diff');
    else out[k] = v;
  }
  return out;
}
