/**
 * A reader for the plain block YAML that policies are written in — block mappings and sequences, one-line
 * scalars (plain, 'single' or "double" quoted without escapes), one-line flow sequences of such scalars,
 * comments — that gives the same value and the same source offsets as the `yaml` package reading it with
 * the options of yaml-source.ts, at a small fraction of the cost (the `yaml` lexer, parser and composer
 * make a token, a CST node and a document node per scalar: ~250 ms for a 10,000-bucket policy).
 *
 * It refuses (returns `undefined`) anything outside that subset, and anything in it that it is not sure
 * of: tabs, carriage returns, directives, document markers, anchors, aliases, tags, block scalars, flow
 * mappings, multi-line scalars, escapes, complex or quoted keys, merge keys, duplicate keys, empty
 * sequence items, scalars the core schema reads as anything but a string, a decimal integer, a boolean or
 * null, and documents near the node and depth limits. yaml-source.ts then reads the document with the
 * `yaml` package, which stays the reference: every error message comes from it, and a property test
 * (__tests__/config/yaml-fast.test.ts) checks that the two agree on value and positions wherever this one
 * answers, and that this one never answers where the reference refuses the document.
 */

/** Source offsets of one member: its value's start and, for a mapping member, its key's. */
export interface FastEntry {
  readonly value: number;
  readonly key?: number;
}

export interface FastYaml {
  readonly value: unknown;
  /** JSON pointer → offsets, for every node of the document (the root is '') but sequence items. */
  readonly table: Map<string, FastEntry>;
  /**
   * Sequence pointer → the value offset of each of its items (item `i` of the sequence at `p` is the node
   * at `${p}/${i}`): one array per sequence instead of a pointer string and a table entry per item.
   */
  readonly items: Map<string, number[]>;
}

/** Thrown inside the reader to give up; never leaves this module. */
class Refused extends Error {}
const REFUSED = new Refused();

// Core-schema scalars (yaml's schema/core: null, bool, int, float tests) other than strings.
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const NUMBERISH_RE =
  /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
const DECIMAL_RE = /^[0-9]{1,15}$/;
// A key written as a plain word. Words the core schema reads as null or a boolean, `<<` (a merge key)
// and `__proto__` (an own property in yaml's toJS, a prototype on a plain assignment) are refused.
const KEY_RE = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/;
const SPECIAL_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
// Characters that may not start a plain scalar here (YAML indicators, quotes handled apart, and `~`).
const PLAIN_FIRST_REFUSED = new Set([...'-?:,[]{}#&*!|>%@`\'" ~']);
// Anywhere in the document: what this reader does not handle (tabs, CR, NEL, LS, PS, BOM).
const REFUSED_CHARS = /[\t\r\u0085\u2028\u2029\ufeff]/;

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;

/** The document's value and offsets, or `undefined` when the `yaml` package must read it. */
export function parseFastYaml(
  input: string,
  limits: { readonly maxNodes: number; readonly maxDepth: number },
): FastYaml | undefined {
  if (REFUSED_CHARS.test(input)) return undefined;
  try {
    return new Reader(input, limits).document();
  } catch (e) {
    if (e === REFUSED) return undefined;
    throw e;
  }
}

class Reader {
  /** Start of the current line, its end (the '\n' or the input's end), its indentation. */
  private start = 0;
  private end = 0;
  private indent = 0;
  private atEnd = false;
  private nodes = 0;
  readonly table = new Map<string, FastEntry>();
  readonly items = new Map<string, number[]>();

  constructor(
    private readonly s: string,
    private readonly limits: { readonly maxNodes: number; readonly maxDepth: number },
  ) {
    this.load(0);
  }

  document(): FastYaml {
    this.skipBlank();
    if (this.atEnd || this.indent !== 0) throw REFUSED;
    const first = this.start;
    const value = this.blockNode(0, '', 0);
    this.skipBlank();
    if (!this.atEnd) throw REFUSED;
    this.table.set('', { value: first });
    return { value, table: this.table, items: this.items };
  }

  /** Sets the current line to the one that starts at `start`. */
  private load(start: number): void {
    const s = this.s;
    if (start >= s.length) {
      this.atEnd = true;
      this.start = this.end = s.length;
      this.indent = 0;
      return;
    }
    this.start = start;
    const nl = s.indexOf('\n', start);
    this.end = nl < 0 ? s.length : nl;
    let i = start;
    while (i < this.end && s.charCodeAt(i) === SPACE) i++;
    this.indent = i - start;
  }

  private nextLine(): void {
    this.load(this.end + 1);
  }

  /** Skips empty lines, blank lines and comment lines; refuses directives and document markers. */
  private skipBlank(): void {
    const s = this.s;
    while (!this.atEnd) {
      const c = this.start + this.indent;
      if (c === this.end || s.charCodeAt(c) === HASH) {
        this.nextLine();
        continue;
      }
      if (this.indent === 0) {
        const head = s.slice(c, c + 3);
        if (s.charCodeAt(c) === 0x25 /* % */ || head === '---' || head === '...') throw REFUSED;
      }
      return;
    }
  }

  private count(depth: number): void {
    // Well inside the limits, or the reference reports them (with its own wording and positions).
    if (++this.nodes > this.limits.maxNodes / 2 || depth > this.limits.maxDepth / 2) throw REFUSED;
  }

  /** A block node whose first line is the current one, starting at column `col` of it. */
  private blockNode(col: number, pointer: string, depth: number): unknown {
    const at = this.start + col;
    if (this.isSeqItem(at)) return this.sequence(col, pointer, depth);
    if (this.keyEnd(at) >= 0) return this.mapping(col, pointer, depth);
    throw REFUSED;
  }

  /** `-` followed by a space or the line's end. */
  private isSeqItem(at: number): boolean {
    if (this.s.charCodeAt(at) !== DASH) return false;
    return at + 1 === this.end || this.s.charCodeAt(at + 1) === SPACE;
  }

  /** The offset of the `:` when a plain-word key followed by `: ` or `:` at the line's end starts here. */
  private keyEnd(at: number): number {
    const s = this.s;
    let i = at;
    while (i < this.end) {
      const c = s.charCodeAt(i);
      if (c === COLON) break;
      if (c === SPACE) return -1;
      i++;
    }
    if (i >= this.end || i === at) return -1;
    if (i + 1 < this.end && s.charCodeAt(i + 1) !== SPACE) return -1;
    const key = s.slice(at, i);
    if (!KEY_RE.test(key) || SPECIAL_KEYS.has(key) || key === '__proto__') return -1;
    return i;
  }

  private sequence(col: number, pointer: string, depth: number): unknown[] {
    this.count(depth);
    const items: unknown[] = [];
    const offsets: number[] = [];
    this.items.set(pointer, offsets);
    for (;;) {
      this.skipBlank();
      if (this.atEnd || this.indent < col) break;
      if (this.indent > col) throw REFUSED;
      const dash = this.start + col;
      if (!this.isSeqItem(dash)) break;
      let v = dash + 1;
      while (v < this.end && this.s.charCodeAt(v) === SPACE) v++;
      if (v === this.end || this.s.charCodeAt(v) === HASH) {
        // The item's node starts on a later line, indented further.
        this.nextLine();
        this.skipBlank();
        if (this.atEnd || this.indent <= col) throw REFUSED;
        offsets.push(this.start + this.indent);
        items.push(this.blockNode(this.indent, `${pointer}/${items.length}`, depth + 1));
        continue;
      }
      if (this.isSeqItem(v)) throw REFUSED;
      offsets.push(v);
      if (this.keyEnd(v) >= 0) {
        items.push(this.mapping(v - this.start, `${pointer}/${items.length}`, depth + 1));
        continue;
      }
      // A scalar or a flow sequence (whose own items need the pointer).
      items.push(
        this.inlineValue(v, this.s.charCodeAt(v) === 0x5b ? `${pointer}/${items.length}` : '', depth + 1),
      );
      this.nextLine();
      this.refuseContinuation(col);
    }
    return items;
  }

  private mapping(col: number, pointer: string, depth: number): Record<string, unknown> {
    this.count(depth);
    const s = this.s;
    const map: Record<string, unknown> = {};
    // The first entry may share its line with a `- ` (then the line's indentation is smaller than col).
    let first = true;
    for (;;) {
      if (!first) {
        this.skipBlank();
        if (this.atEnd || this.indent < col) break;
        if (this.indent > col) throw REFUSED;
      }
      first = false;
      const keyStart = this.start + col;
      const colon = this.keyEnd(keyStart);
      if (colon < 0) throw REFUSED;
      const key = s.slice(keyStart, colon);
      if (Object.prototype.hasOwnProperty.call(map, key)) throw REFUSED;
      const member = `${pointer}/${key}`;
      let v = colon + 1;
      while (v < this.end && s.charCodeAt(v) === SPACE) v++;
      if (v === this.end || s.charCodeAt(v) === HASH) {
        if (v !== this.end && s.charCodeAt(v - 1) !== SPACE) throw REFUSED;
        this.nextLine();
        this.skipBlank();
        if (!this.atEnd && this.indent > col) {
          this.table.set(member, { key: keyStart, value: this.start + this.indent });
          map[key] = this.blockNode(this.indent, member, depth + 1);
        } else if (!this.atEnd && this.indent === col && this.isSeqItem(this.start + col)) {
          // A sequence may sit at its key's indentation.
          this.table.set(member, { key: keyStart, value: this.start + col });
          map[key] = this.sequence(col, member, depth + 1);
        } else {
          // `key:` and nothing: null, positioned at the key.
          this.count(depth + 1);
          this.table.set(member, { key: keyStart, value: keyStart });
          map[key] = null;
        }
        continue;
      }
      if (this.isSeqItem(v)) throw REFUSED;
      this.table.set(member, { key: keyStart, value: v });
      map[key] = this.inlineValue(v, member, depth + 1);
      this.nextLine();
      this.refuseContinuation(col);
    }
    return map;
  }

  /** After a one-line value: a following line indented past `col` would continue it (or be an error). */
  private refuseContinuation(col: number): void {
    this.skipBlank();
    if (!this.atEnd && this.indent > col) throw REFUSED;
  }

  /** A scalar or a one-line flow sequence from `at` to the line's end (a comment may follow). */
  private inlineValue(at: number, pointer: string, depth: number): unknown {
    if (this.s.charCodeAt(at) === 0x5b /* [ */) return this.flowSequence(at, pointer, depth);
    this.count(depth);
    const { value, next } = this.scalar(at, this.end, false);
    this.trailer(next);
    return value;
  }

  /** Only spaces, then optionally a comment after a space, up to the line's end. */
  private trailer(from: number): void {
    const s = this.s;
    let i = from;
    while (i < this.end && s.charCodeAt(i) === SPACE) i++;
    if (i === this.end) return;
    if (s.charCodeAt(i) === HASH && i > from) return;
    throw REFUSED;
  }

  private flowSequence(open: number, pointer: string, depth: number): unknown[] {
    this.count(depth);
    const s = this.s;
    const items: unknown[] = [];
    const offsets: number[] = [];
    this.items.set(pointer, offsets);
    let i = open + 1;
    const skipSpaces = () => {
      while (i < this.end && s.charCodeAt(i) === SPACE) i++;
    };
    skipSpaces();
    if (i < this.end && s[i] === ']') {
      this.trailer(i + 1);
      return items;
    }
    for (;;) {
      skipSpaces();
      if (i >= this.end) throw REFUSED;
      const start = i;
      this.count(depth + 1);
      const { value, next } = this.scalar(i, this.end, true);
      offsets.push(start);
      items.push(value);
      i = next;
      skipSpaces();
      const c = s[i];
      if (c === ',') {
        i++;
        skipSpaces();
        if (s[i] === ']' || s[i] === ',') throw REFUSED;
        continue;
      }
      if (c === ']') {
        this.trailer(i + 1);
        return items;
      }
      throw REFUSED;
    }
  }

  /**
   * A one-line scalar starting at `at`: its value and the offset after it. In a flow sequence a plain
   * scalar ends at `,` or `]`; in a block it runs to a comment or the line's end.
   */
  private scalar(at: number, end: number, flow: boolean): { value: unknown; next: number } {
    const s = this.s;
    const q = s[at];
    if (q === '"') {
      const close = indexBefore(s, '"', at + 1, end);
      if (close < 0) throw REFUSED;
      const text = s.slice(at + 1, close);
      if (text.includes('\\')) throw REFUSED;
      return { value: text, next: close + 1 };
    }
    if (q === "'") {
      let text = '';
      let i = at + 1;
      for (;;) {
        const close = indexBefore(s, "'", i, end);
        if (close < 0) throw REFUSED;
        text += s.slice(i, close);
        if (s[close + 1] === "'") {
          text += "'";
          i = close + 2;
          continue;
        }
        return { value: text, next: close + 1 };
      }
    }
    if (q === undefined || PLAIN_FIRST_REFUSED.has(q)) throw REFUSED;
    let stop = end;
    if (flow) {
      for (let i = at; i < end; i++) {
        const c = s[i];
        if (c === ',' || c === ']') {
          stop = i;
          break;
        }
        if (c === '[' || c === '{' || c === '}') throw REFUSED;
      }
    }
    let last = stop;
    for (let i = at + 1; i < stop; i++) {
      if (s.charCodeAt(i) === HASH && s.charCodeAt(i - 1) === SPACE) {
        if (flow) throw REFUSED;
        last = i - 1;
        break;
      }
    }
    while (last > at && s.charCodeAt(last - 1) === SPACE) last--;
    const text = s.slice(at, last);
    if (text.includes(': ') || text.endsWith(':') || (flow && text.includes(':'))) throw REFUSED;
    return { value: resolvePlain(text), next: flow ? stop : end };
  }
}

/** The first `c` in s[from, end), or -1. */
function indexBefore(s: string, c: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (s[i] === c) return i;
  return -1;
}

/** A plain scalar's value under the core schema, or a refusal for what this reader leaves to `yaml`. */
function resolvePlain(text: string): unknown {
  // A string unless it starts like a null (~, n, N), a boolean (t, T, f, F) or a number (digit, sign,
  // dot); most bucket names and prefixes do not, and skip the three tests.
  const c = text.charCodeAt(0) | 0x20;
  if (c >= 0x61 && c <= 0x7a && c !== 0x6e && c !== 0x74 && c !== 0x66) return text;
  if (NULL_RE.test(text)) return null;
  if (BOOL_RE.test(text)) return text.charCodeAt(0) === 0x74 || text.charCodeAt(0) === 0x54;
  if (NUMBERISH_RE.test(text)) {
    if (DECIMAL_RE.test(text)) return parseInt(text, 10);
    throw REFUSED;
  }
  return text;
}
