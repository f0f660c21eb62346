/**
 * `JSON.stringify(value)` in pieces: the same text, given as a sequence of strings none of which holds
 * a whole large array. A report of tens of thousands of buckets is hundreds of megabytes of JSON, more than
 * V8 lets one string be ("Invalid string length"); written piece by piece, it never needs to be one.
 */
export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  // Below this depth, or for values JSON.stringify treats specially, one piece is the value's own text.
  if (depth >= MAX_SPLIT_DEPTH || value === null || typeof value !== 'object' || !isPlain(value)) {
    const t = JSON.stringify(value);
    // At the top (or as a property value, handled by the caller) undefined has no text.
    if (t !== undefined) yield t;
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      const v: unknown = value[i];
      // Array holes, undefined, functions and symbols are written as null, as JSON.stringify does.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* jsonChunks(v, depth + 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const k of Object.keys(value)) {
    const v: unknown = (value as Record<string, unknown>)[k];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield (first ? '' : ',') + JSON.stringify(k) + ':';
    first = false;
    yield* jsonChunks(v, depth + 1);
  }
  yield '}';
}

/** Splitting stops here: deeper values (one bucket, one finding) are small enough for one string. */
const MAX_SPLIT_DEPTH = 3;

/** A plain object or array without toJSON: one JSON.stringify would write its keys in order. */
function isPlain(v: object): boolean {
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

/** Pieces joined into strings of about `size` characters: fewer, larger writes. */
export function* batched(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let buf: string[] = [];
  let n = 0;
  for (const p of pieces) {
    buf.push(p);
    n += p.length;
    if (n >= size) {
      yield buf.join('');
      buf = [];
      n = 0;
    }
  }
  if (buf.length) yield buf.join('');
}

/** The compact JSON of a value and a newline, in pieces. */
export function* jsonLine(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield '\n';
}
