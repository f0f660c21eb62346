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

/** A bucket of the report as the general writer writes it (the fast writer's fallback for odd entries too). */
function bucketEntry(w: EntryWriter, b: Report['buckets'][number]): Record<string, unknown> {
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

/**
 * The general writer, value by value through `EntryWriter`: the reference the fast writer below is checked
 * against (`__tests__/outputs/json-report-fast.test.ts`). Same text, in pieces (none of them the whole report).
 */
export function* reportJsonPiecesReference(r: Report): Generator<string> {
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
        return bucketEntry(new EntryWriter(table, b.name), b);
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

// ------------------------------------------------------------------------------------------- fast writer

/**
 * The writer used: the same text as `reportJsonPiecesReference`, written as text straight away (no copy of
 * each entry as objects to stringify), each string's JSON and reference worked out once, and the `apis` and
 * `verdicts` of a bucket worked out once per distinct events list: buckets of one verdict signature have
 * the same lists (the same string objects, often the same arrays), and where their own name is in none of
 * the list's texts, what the general writer would write for them is what it wrote for the first one
 * (every reference it would ask for is in `shared` already, under the same number).
 */
class FastWriter {
  readonly table = new SharedValues();
  private readonly strings = new Map<string, StringInfo>();
  private readonly quotedOf = new Map<string, string>();
  private readonly stringIds = new Map<string, number>();
  private readonly listContent = new Map<string, number>();
  private readonly eventLists = new Map<string, EventsEntry>();
  private readonly recentEvents: EventsEntry[] = [];
  private readonly recentValues = new Map<string, ValueEntry[]>();
  private readonly recentNamed: { pieces: string[]; fixed: number; ref: string }[] = [];

  /** JSON.stringify of a string met often (keys, statuses, Regions). */
  quoted(s: string): string {
    let q = this.quotedOf.get(s);
    if (q === undefined) {
      q = JSON.stringify(s);
      if (this.quotedOf.size < 1 << 16) this.quotedOf.set(s, q);
    }
    return q;
  }

  /** `JSON.stringify(new EntryWriter(table, o).text(s))`. */
  text(s: string, o: string | undefined): string {
    // First the texts met again up to their name: one per bucket, never looked up (hashing a text of
    // kilobytes costs more than comparing it with a few kept ones).
    if (o !== undefined && o.length > 0)
      for (const t of this.recentNamed)
        if (t.fixed + (t.pieces.length - 1) * o.length === s.length && namedAs(s, o, t.pieces)) return t.ref;
    let i = this.strings.get(s);
    if (i === undefined) {
      const placeholder = s.includes(BUCKET_PLACEHOLDER);
      // A text naming its own bucket is that bucket's alone: not kept.
      if (!placeholder && o !== undefined && o.length > 0 && s.includes(o)) return this.named(s, o);
      i = { json: JSON.stringify(s), placeholder, long: s.length >= MIN_SHARED_LENGTH };
      this.strings.set(s, i);
    }
    if (i.placeholder) return i.json;
    if (o !== undefined && o.length > 0 && s.includes(o)) return this.named(s, o);
    if (!i.long) return i.json;
    return (i.ref ??= refJson(this.table.refText(s).shared));
  }

  /**
   * The reference to a text that names its owner, with the name as the placeholder. Thousands of buckets
   * have the same text up to their name (a finding's message, a fix): the last few texts are kept as their
   * pieces around the name, and a text that is those pieces around its own name (found exactly where
   * `split` would find it, see namedAs) has their reference, without being split, joined and looked up
   * again: `text` looks there first.
   */
  private named(s: string, o: string): string {
    const pieces = s.split(o);
    const ref = refJson(this.table.refText(pieces.join(BUCKET_PLACEHOLDER)).shared);
    let fixed = 0;
    for (const p of pieces) fixed += p.length;
    this.recentNamed.unshift({ pieces, fixed, ref });
    if (this.recentNamed.length > RECENT) this.recentNamed.pop();
    return ref;
  }

  /** `JSON.stringify(new EntryWriter(table, o).value(v))`. */
  value(v: unknown, o: string | undefined): string | undefined {
    if (typeof v === 'string') return this.text(v, o);
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (v === null) return 'null';
    if (typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) {
      let out = '[';
      for (let i = 0; i < v.length; i++) out += (i > 0 ? ',' : '') + (this.value(v[i], o) ?? 'null');
      return out + ']';
    }
    let out = '{';
    for (const k of Object.keys(v)) {
      const x: unknown = (v as Record<string, unknown>)[k];
      const j = PLAIN_KEYS.has(k) && typeof x === 'string' ? this.quoted(x) : this.value(x, o);
      // Set on the general writer's copy, `__proto__` is its prototype, not a member.
      if (j === undefined || k === '__proto__') continue;
      out += (out.length > 1 ? ',' : '') + this.quoted(k) + ':' + j;
    }
    return out + '}';
  }

  /**
   * `JSON.stringify(new EntryWriter(table, o).entry(e, ownerKey, special))` for the specials the report
   * uses: `events` (a bucket's), and members written whole in `shared`. Undefined where the general writer
   * must write it (shapes the report never has: the caller then asks it, which asks for the same
   * references in the same order).
   */
  entry(
    e: object,
    ownerKey: string,
    o: string | undefined,
    events: boolean,
    shared: ReadonlySet<string>,
  ): string | undefined {
    const keys = Object.keys(e);
    // The general writer's `apis` and `verdicts` would then take the place of the first of the two.
    if (events && (keys.includes('apis') || keys.includes('verdicts'))) return undefined;
    // Its specials are looked up in a plain object: a member named like one of Object.prototype's is not
    // what it seems there.
    if (keys.some((k) => k in Object.prototype)) return undefined;
    let out = '{';
    for (const k of keys) {
      const v: unknown = (e as Record<string, unknown>)[k];
      let j: string | undefined;
      if (k === ownerKey) j = JSON.stringify(v);
      else if (PLAIN_KEYS.has(k) && typeof v === 'string') j = this.quoted(v);
      else if (events && k === 'events') {
        const w = this.events(v, o);
        if (w === undefined) return undefined;
        out += (out.length > 1 ? ',' : '') + w;
        continue;
      } else if (shared.has(k)) {
        j = this.sharedRef(k, v, o);
        if (j === undefined) return undefined;
      } else j = this.value(v, o);
      if (j === undefined) continue;
      out += (out.length > 1 ? ',' : '') + this.quoted(k) + ':' + j;
    }
    return out + '}';
  }

  private stringId(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) this.stringIds.set(s, (id = this.stringIds.size));
    return id;
  }

  /** A number for a list of strings (equal lists, equal numbers), -1 for anything else. */
  private listId(a: unknown): number {
    if (!Array.isArray(a)) return -1;
    let key = '';
    for (let i = 0; i < a.length; i++) {
      const x: unknown = a[i];
      if (typeof x !== 'string') return -1;
      key += (i > 0 ? ',' : '') + this.stringId(x);
    }
    let id = this.listContent.get(key);
    if (id === undefined) this.listContent.set(key, (id = this.listContent.size));
    return id;
  }

  /**
   * `JSON.stringify(new EntryWriter(table, o).shared(v))`: a member written whole in `shared` (a bucket's
   * server access logs, a diff bucket's changes). Equal values (the last few of each member are kept) that
   * do not name the owner are the same reference.
   */
  sharedRef(member: string, v: unknown, o: string | undefined): string | undefined {
    let recent = this.recentValues.get(member);
    if (!recent) this.recentValues.set(member, (recent = []));
    const hit = recent.find((x) => sameValue(v, x.value));
    if (hit && !ownerIn(hit, o)) return hit.ref;
    const x = this.value(v, o);
    if (x === undefined) return undefined;
    const ref = refJson(this.table.ref(x).shared);
    if (!hit) {
      const texts: string[] = [];
      if (jsonData(v, texts)) {
        const entry: ValueEntry = { value: v, ref, joined: [...new Set(texts)].join('\u0000'), hits: 0 };
        if (!ownerIn(entry, o)) {
          recent.unshift(entry);
          if (recent.length > RECENT) recent.pop();
        }
      }
    }
    return ref;
  }

  /**
   * A key for a list of plain events: each API's name and status (with their lengths: one way to read it
   * back) and the numbers of its coveredBy and gaps lists; null when one is not a list of strings.
   */
  private eventsKey(list: readonly EventCoverage[]): string | null {
    // The APIs of a bucket share a few lists: each is numbered once.
    const lists: unknown[] = [];
    const ids: number[] = [];
    const idOf = (a: unknown) => {
      const i = lists.indexOf(a);
      if (i >= 0) return ids[i] as number;
      const id = this.listId(a);
      lists.push(a);
      ids.push(id);
      return id;
    };
    const parts: string[] = [];
    for (const e of list) {
      const cb = idOf(e.coveredBy);
      const gaps = idOf(e.gaps);
      if (typeof e.status !== 'string' || cb < 0 || gaps < 0) return null;
      parts.push(`${e.name.length}:${e.name}${e.status.length}:${e.status}${cb},${gaps};`);
    }
    return parts.join('');
  }

  /** The members that stand for a bucket's `events` (see writeEvents); undefined: the general writer's. */
  private events(events: unknown, o: string | undefined): string | undefined {
    if (!Array.isArray(events)) {
      const j = this.value(events, o);
      return j === undefined ? '' : `"events":${j}`;
    }
    const list = events as unknown[];
    const plain = list as EventCoverage[];
    // Buckets of one signature mostly come one after the other: the last few lists are compared first
    // (their events are mostly the kept list's own objects, checked when it was kept: see sameEvents).
    let cached = this.recentEvents.find((x) => sameEvents(list, x.list));
    let key: string | null = null;
    if (!cached) {
      for (let i = 0; i < list.length; i++) if (!plainEvent(list[i])) return undefined;
      key = this.eventsKey(plain);
      cached = key === null ? undefined : this.eventLists.get(key);
    }
    if (cached) {
      const at = this.recentEvents.indexOf(cached);
      if (at !== 0) {
        if (at > 0) this.recentEvents.splice(at, 1);
        this.recentEvents.unshift(cached);
        if (this.recentEvents.length > RECENT) this.recentEvents.pop();
      }
      if (!ownerIn(cached, o)) return cached.json;
    } else if (new Set(plain.map((e) => e.name)).size !== plain.length) return undefined;
    // (A list found again has the names it had when it was kept: unique.)
    const json = this.writeEvents(plain, o);
    if (key !== null && !cached) {
      const entry: EventsEntry = { list: plain, json, joined: joinedTexts(plain), hits: 0 };
      // Kept only when it names no bucket: then it is what any other owner not in its texts gets.
      if (!ownerIn(entry, o)) {
        this.eventLists.set(key, entry);
        this.recentEvents.unshift(entry);
        if (this.recentEvents.length > RECENT) this.recentEvents.pop();
      }
    }
    return json;
  }

  /** writeEvents, for a list of plain events with unique names. */
  private writeEvents(list: readonly EventCoverage[], o: string | undefined): string {
    const written = new Map<unknown, string | undefined>();
    const write = (x: unknown) => {
      if (written.has(x)) return written.get(x);
      const j = this.value(x, o);
      written.set(x, j);
      return j;
    };
    const groups = new Map<
      string,
      { apis: string[]; status: string | undefined; coveredBy: string | undefined; gaps: string | undefined }
    >();
    for (const e of list) {
      const status = typeof e.status === 'string' ? this.quoted(e.status) : this.value(e.status, o);
      const coveredBy = write(e.coveredBy);
      const gaps = write(e.gaps);
      const k = `${status}\u0000${coveredBy}\u0000${gaps}`;
      const g = groups.get(k);
      if (g) g.apis.push(e.name);
      else groups.set(k, { apis: [e.name], status, coveredBy, gaps });
    }
    const names = (xs: readonly string[]) => '[' + xs.map((n) => this.text(n, o)).join(',') + ']';
    const apis = this.table.ref(names(list.map((e) => e.name))).shared;
    let verdicts = '[';
    for (const g of groups.values()) {
      verdicts +=
        (verdicts.length > 1 ? ',' : '') +
        `{"apis":${names(g.apis)}` +
        (g.status === undefined ? '' : `,"status":${g.status}`) +
        (g.coveredBy === undefined ? '' : `,"coveredBy":${g.coveredBy}`) +
        (g.gaps === undefined ? '' : `,"gaps":${g.gaps}`) +
        '}';
    }
    return `"apis":${refJson(apis)},"verdicts":${refJson(this.table.ref(verdicts + ']').shared)}`;
  }
}

const refJson = (id: number) => `{"shared":${id}}`;

interface StringInfo {
  readonly json: string;
  /** Holds the placeholder itself: written where it is. */
  readonly placeholder: boolean;
  readonly long: boolean;
  /** Its reference, once asked for (written without a name in it). */
  ref?: string;
}

/** Texts a name is looked for in. */
interface Texts {
  /** Every text the general writer looks for the owner's name in, joined by NUL. */
  readonly joined: string;
  hits: number;
  /** Every GRAM characters long piece of `joined`, once met often. */
  grams?: Set<string>;
}

/** A bucket's `apis` and `verdicts` as written for an events list that names no bucket. */
interface EventsEntry extends Texts {
  /** The first list of its key (lists of strings only). */
  readonly list: readonly EventCoverage[];
  readonly json: string;
}

/** A value written in `shared` that names no bucket, and its reference. */
interface ValueEntry extends Texts {
  readonly value: unknown;
  readonly ref: string;
}

/** Whether `v` is JSON data (strings, finite numbers, booleans, null, lists, plain members), its texts. */
function jsonData(v: unknown, texts: string[]): boolean {
  if (typeof v === 'string') {
    texts.push(v);
    return true;
  }
  if (v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) return true;
  if (typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonData(v[i], texts)) return false;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k of Object.keys(v)) if (!jsonData((v as Record<string, unknown>)[k], texts)) return false;
  return true;
}

/** Whether `a` equals `t` (JSON data, see jsonData): the general writer writes the same for both. */
function sameValue(a: unknown, t: unknown): boolean {
  if (a === t) return true;
  if (typeof t !== 'object' || t === null || typeof a !== 'object' || a === null) return false;
  if (Array.isArray(t)) {
    if (!Array.isArray(a) || a.length !== t.length) return false;
    for (let i = 0; i < t.length; i++) if (!sameValue(a[i], t[i])) return false;
    return true;
  }
  if (Array.isArray(a)) return false;
  const ka = Object.keys(a);
  const kt = Object.keys(t);
  if (ka.length !== kt.length) return false;
  for (let i = 0; i < kt.length; i++) {
    const k = kt[i] as string;
    if (ka[i] !== k || !sameValue((a as Record<string, unknown>)[k], (t as Record<string, unknown>)[k]))
      return false;
  }
  return true;
}

const GRAM = 8;
const RECENT = 8;

/**
 * Whether `s` is what `named` would give the reference of `pieces` for: `s.split(o)` gives `pieces`, and
 * `s` does not hold the placeholder (the pieces come from a text that does not: one in `s` would cross an
 * occurrence of `o`, and is looked for around each). Pieces are compared as slices (`startsWith` at a
 * position compares character by character: several times slower on texts of kilobytes).
 */
function namedAs(s: string, o: string, pieces: readonly string[]): boolean {
  let pos = 0;
  const last = pieces.length - 1;
  const ph = BUCKET_PLACEHOLDER.length - 1;
  for (let i = 0; i <= last; i++) {
    const p = pieces[i] as string;
    const end = pos + p.length;
    if (s.slice(pos, end) !== p) return false;
    // split's own search: from where the piece starts, the next occurrence is where it ends.
    const at = s.indexOf(o, pos);
    if (i === last) return at === -1 && end === s.length;
    if (at !== end) return false;
    if (s.slice(Math.max(0, at - ph), at + o.length + ph).includes(BUCKET_PLACEHOLDER)) return false;
    pos = end + o.length;
  }
  return false;
}

/**
 * Whether a list is a kept list of plain events (of strings only): the same events (plain ones: an event
 * that is not the kept one's own object is checked here), same texts, same order.
 */
function sameEvents(a: readonly unknown[], t: readonly EventCoverage[]): boolean {
  if (a.length !== t.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = t[i] as EventCoverage;
    if (x === y) continue;
    if (!plainEvent(x)) return false;
    if (x.name !== y.name || x.status !== y.status) return false;
    if (!sameStrings(x.coveredBy, y.coveredBy) || !sameStrings(x.gaps, y.gaps)) return false;
  }
  return true;
}

function sameStrings(a: unknown, t: readonly string[]): boolean {
  if (a === t) return true;
  if (!Array.isArray(a) || a.length !== t.length) return false;
  for (let i = 0; i < t.length; i++) if (a[i] !== t[i]) return false;
  return true;
}

/** The texts of a list of plain events, where a name would be replaced. */
function joinedTexts(list: readonly EventCoverage[]): string {
  const texts = new Set<string>();
  for (const e of list) {
    texts.add(e.name);
    for (const s of e.coveredBy) texts.add(s);
    for (const s of e.gaps) texts.add(s);
  }
  return [...texts].join('\u0000');
}

/**
 * Whether the owner's name is in one of the entry's texts: false only when it is in none (a name with a
 * NUL in it may be found across two texts: it is then written by the general path, which is never wrong).
 * Long lists met often answer most names from their pieces: a name is in a text only if its first and last
 * GRAM characters are pieces of it.
 */
function ownerIn(entry: Texts, o: string | undefined): boolean {
  if (o === undefined || o.length === 0) return false;
  const j = entry.joined;
  if (entry.grams === undefined && j.length >= 1024 && ++entry.hits >= 32) {
    const grams = new Set<string>();
    for (let i = 0; i + GRAM <= j.length; i++) grams.add(j.slice(i, i + GRAM));
    entry.grams = grams;
  }
  if (entry.grams !== undefined && o.length >= GRAM)
    if (!entry.grams.has(o.slice(0, GRAM)) || !entry.grams.has(o.slice(-GRAM))) return false;
  return j.includes(o);
}

const BUCKET_SHARED = new Set(['serverAccessLogs', 'acceptedEvidence']);
const DIFF_SHARED = new Set(['changes']);
const NONE = new Set<string>();

/** The schemaVersion 2 JSON of a report and a newline, in pieces (none of them the whole report). */
export function* reportJsonPieces(r: Report): Generator<string> {
  const w = new FastWriter();
  const table = w.table;
  // An entry as the fast writer writes it, or the general writer where it declines.
  const entryOf = (
    e: unknown,
    ownerKey: string,
    owner: unknown,
    events: boolean,
    shared: ReadonlySet<string>,
    general: () => unknown,
  ): string => {
    const fast =
      e !== null && typeof e === 'object' && (owner === undefined || typeof owner === 'string')
        ? w.entry(e, ownerKey, owner, events, shared)
        : undefined;
    return fast ?? JSON.stringify(general()) ?? 'null';
  };
  function* list<T>(items: readonly T[], one: (x: T) => string): Generator<string> {
    yield '[';
    for (let i = 0; i < items.length; i++) yield (i > 0 ? ',' : '') + one(items[i] as T);
    yield ']';
  }
  const bucket = (b: Report['buckets'][number]) =>
    entryOf(b, 'name', b.name, true, BUCKET_SHARED, () => {
      return bucketEntry(new EntryWriter(table, b.name), b);
    });
  const diffBucket = (b: NonNullable<Report['diff']>['buckets'][number]) =>
    entryOf(b, 'name', b.name, false, DIFF_SHARED, () =>
      new EntryWriter(table, b.name).entry(b, 'name', {
        changes: (v, o) => {
          o['changes'] = new EntryWriter(table, b.name).shared(v);
        },
      }),
    );
  function* diffOf(diff: NonNullable<Report['diff']>): Generator<string> {
    yield '{';
    let first = true;
    for (const [k, v] of Object.entries(diff)) {
      if (v === undefined) continue;
      yield (first ? '' : ',') + JSON.stringify(k) + ':';
      first = false;
      if (k === 'buckets') yield* list(v as NonNullable<Report['diff']>['buckets'], diffBucket);
      else if (k === 'plans') {
        const plans = v as NonNullable<NonNullable<Report['diff']>['plans']>;
        yield '[';
        for (let i = 0; i < plans.length; i++) {
          if (i > 0) yield ',';
          yield* diffOf(plans[i] as NonNullable<Report['diff']>);
        }
        yield ']';
      } else yield* jsonChunks(v);
    }
    yield '}';
  }
  yield '{';
  let first = true;
  for (const [k, v] of Object.entries(r)) {
    if (v === undefined) continue;
    yield (first ? '' : ',') + JSON.stringify(k) + ':';
    first = false;
    if (k === 'schemaVersion') yield String(JSON_SCHEMA_VERSION);
    else if (k === 'buckets') yield* list(r.buckets, bucket);
    else if (k === 'findings')
      yield* list(r.findings, (f) => {
        const owner = typeof f.bucket === 'string' ? f.bucket : undefined;
        return entryOf(f, 'bucket', owner, false, NONE, () =>
          new EntryWriter(table, owner).entry(f, 'bucket'),
        );
      });
    else if (k === 'fixes')
      yield* list(r.fixes ?? [], (f) =>
        entryOf(f, 'bucket', f.bucket, false, NONE, () =>
          new EntryWriter(table, f.bucket).entry(f, 'bucket'),
        ),
      );
    else if (k === 'diff') yield* diffOf(r.diff as NonNullable<Report['diff']>);
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
