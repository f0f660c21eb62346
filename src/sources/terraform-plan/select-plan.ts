import { key as resourceKey, moduleAddressOf } from './plan-index.js';

/**
 * A selective reader of `terraform show -json` output (issue 12). One pass over the bytes checks the
 * whole file against the JSON grammar and marks what the plan index (plan-index.ts) and the adapter never
 * read; only the rest, a reduced document, is decoded and given to JSON.parse. Cut down to their
 * identity (every member but the values):
 *
 * - a planned_values resource that has a resource_changes entry (the index takes the entry), and a
 *   managed prior_state resource whose entry has a `before` (the same, for both sides);
 * - any other resource of a type outside {@link ADAPTED_TYPES}: of a resource_changes entry every member
 *   but `change` is kept, and of `change` its `actions` and whether `before` is null; of a module's
 *   resource every member but `values` and `sensitive_values`. Such a resource keeps all its bytes when
 *   it holds an `arn` string anywhere (without data.aws_caller_identity the adapter reads the account from
 *   the ARNs of resources of any type) or a \u escape that could spell a member name.
 *
 * Only for a run without --terraform-dir: evaluating the Terraform source resolves references to
 * resources of any type. Whatever the scanner does not follow (not UTF-8, invalid JSON) gives `undefined`,
 * and the caller parses the whole text as before, with its error messages.
 */

/**
 * Types the plan adapter (adapt.ts, plan-index.ts, scope.ts, changes.ts) reads by name; a test keeps it
 * in step with the type names in those files.
 */
export const ADAPTED_TYPES =
  /^aws_(cloudtrail|s3_|iam_|kms_|cloudwatch_|organizations_|caller_identity$|partition$|region$)/;

declare module 'node:buffer' {
  interface Buffer {
    /** Node's own latin1 decoder of a range (what toString('latin1', s, e) calls, without its checks). */
    latin1Slice(start: number, end: number): string;
  }
}

class NotSelectable extends Error {}
const fail = (): never => {
  throw new NotSelectable();
};

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
const ESCAPE = new Uint8Array(256);
for (const c of '"\\/bfnrt') ESCAPE[c.charCodeAt(0)] = 1;
/** JSON whitespace: space, tab, line feed, carriage return. */
const WS = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) WS[c] = 1;

/** Member names the walk looks at, by id. */
const NAMES = [
  'type',
  'change',
  'actions',
  'before',
  'values',
  'sensitive_values',
  'resources',
  'child_modules',
  'root_module',
  'resource_changes',
  'planned_values',
  'prior_state',
  'address',
  'module_address',
  'mode',
  'name',
  'index',
  'deposed',
] as const;
type Name = (typeof NAMES)[number];
const NAME_ID = new Map<string, number>(NAMES.map((n, i) => [n, i + 1]));
const id = (n: Name): number => NAME_ID.get(n) as number;
const K = {
  type: id('type'),
  change: id('change'),
  actions: id('actions'),
  before: id('before'),
  values: id('values'),
  sensitive: id('sensitive_values'),
  resources: id('resources'),
  children: id('child_modules'),
  root: id('root_module'),
  changes: id('resource_changes'),
  planned: id('planned_values'),
  prior: id('prior_state'),
  address: id('address'),
  moduleAddress: id('module_address'),
  mode: id('mode'),
  name: id('name'),
  index: id('index'),
  deposed: id('deposed'),
};
/** Quoted names by byte length, for comparing member names without decoding them. */
const BY_LENGTH = new Map<number, [Buffer, number][]>();
for (const [n, i] of NAME_ID) {
  const q = Buffer.from(JSON.stringify(n), 'latin1');
  BY_LENGTH.set(q.length, [...(BY_LENGTH.get(q.length) ?? []), [q, i]]);
}

const ARN = Buffer.from('"arn"', 'latin1');
const ESC_U = Buffer.from('\\u00', 'latin1');
const LITS = ['{', '}', ',', '"change":{', '"actions":', '"before":null', '"before":{}', '0'].map((t) =>
  Buffer.from(t, 'latin1'),
);
const L = { open: 0, close: 1, comma: 2, change: 3, actions: 4, beforeNull: 5, beforeValue: 6, zero: 7 };

/** A resource of a module, decided once the whole file is read (its module's address comes after it). */
interface Deferred {
  readonly s: number;
  readonly e: number;
  /** Member ranges (start, end) kept by a cut. */
  readonly members: number[];
  readonly whole: boolean;
  readonly prior: boolean;
  readonly data: boolean;
  /** Mode, type, name and index part of the key; undefined when not worked out (never cut by key). */
  readonly rest: [string, string, string, unknown] | undefined;
  moduleAddress?: string | undefined;
}

/** The next occurrence of a needle at or after a position, for positions that only grow (linear in all). */
class Finder {
  private pos = -2;
  constructor(
    private readonly b: Buffer,
    private readonly needle: Buffer,
  ) {}
  at(from: number): number {
    if (this.pos !== -1 && this.pos < from) this.pos = this.b.indexOf(this.needle, from);
    return this.pos;
  }
}

class Scanner {
  private readonly arnInChanges: Finder;
  private readonly latin1: string;
  private readonly escInChanges: Finder;
  /** Pairs: (start, end) of source bytes; (-1, literal); (-2, deferred resource). */
  readonly out: number[] = [];
  private cursor: number;
  readonly deferred: Deferred[] = [];
  /** Keys of the resource_changes entries the index takes (after side), and of those with a `before`. */
  readonly afterKeys = new Set<string>();
  readonly beforeKeys = new Set<string>();
  private stack = new Uint8Array(64);
  /** Set by string(): whether the last string held an escape. */
  private escaped = false;

  /** resource_changes members met: with more than one, JSON.parse keeps the last, so no cut by key. */
  changeLists = 0;

  constructor(
    readonly b: Buffer,
    start: number,
  ) {
    this.cursor = start;
    // Short ASCII texts (names, types, addresses) are cut from one latin1 copy of the file: a string
    // slice costs far less than a call into Node's decoder per value.
    this.latin1 = b.latin1Slice(0, b.length);
    this.arnInChanges = new Finder(b, ARN);
    this.escInChanges = new Finder(b, ESC_U);
  }

  ws(p: number): number {
    const b = this.b;
    while (WS[b[p] as number] === 1) p++;
    return p;
  }

  /** p at the opening quote; the index after the closing one. */
  string(p: number): number {
    const b = this.b;
    this.escaped = false;
    p++;
    for (;;) {
      const c = b[p] as number;
      if (c === QUOTE) return p + 1;
      if (c === BACKSLASH) {
        this.escaped = true;
        const e = b[p + 1] as number;
        if (e === 0x75) {
          if (
            HEX[b[p + 2] as number] !== 1 ||
            HEX[b[p + 3] as number] !== 1 ||
            HEX[b[p + 4] as number] !== 1 ||
            HEX[b[p + 5] as number] !== 1
          )
            fail();
          p += 6;
        } else if (ESCAPE[e] === 1) p += 2;
        else fail();
      } else if (c < 0x20 || p >= b.length) fail();
      else p++;
    }
  }

  digits(p: number): number {
    const b = this.b;
    const s = p;
    for (let c = b[p] as number; c >= 0x30 && c <= 0x39; c = b[++p] as number);
    if (p === s) fail();
    return p;
  }

  scalar(p: number): number {
    const b = this.b;
    const c = b[p] as number;
    if (c === QUOTE) return this.string(p);
    if (c === 0x74) {
      if (b[p + 1] !== 0x72 || b[p + 2] !== 0x75 || b[p + 3] !== 0x65) fail();
      return p + 4;
    }
    if (c === 0x66) {
      if (b[p + 1] !== 0x61 || b[p + 2] !== 0x6c || b[p + 3] !== 0x73 || b[p + 4] !== 0x65) fail();
      return p + 5;
    }
    if (c === 0x6e) {
      if (b[p + 1] !== 0x75 || b[p + 2] !== 0x6c || b[p + 3] !== 0x6c) fail();
      return p + 4;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      if (c === 0x2d) p++;
      if (b[p] === 0x30) p++;
      else p = this.digits(p);
      if (b[p] === 0x2e) p = this.digits(p + 1);
      if (b[p] === 0x65 || b[p] === 0x45) {
        p++;
        if (b[p] === 0x2b || b[p] === 0x2d) p++;
        p = this.digits(p);
      }
      return p;
    }
    return fail();
  }

  /** Checks one value (p at its first byte), without recursion; the index after it. */
  value(p: number): number {
    const b = this.b;
    let depth = 0;
    for (;;) {
      const c = b[p];
      if (c === LBRACE || c === LBRACKET) {
        p = this.ws(p + 1);
        if (b[p] === (c === LBRACE ? RBRACE : RBRACKET)) p++;
        else {
          if (depth === this.stack.length) {
            const bigger = new Uint8Array(depth * 2);
            bigger.set(this.stack);
            this.stack = bigger;
          }
          this.stack[depth++] = c;
          if (c === LBRACE) p = this.memberName(p);
          continue;
        }
      } else p = this.scalar(p);
      // After a value: close containers, or go on after a comma.
      for (;;) {
        if (depth === 0) return p;
        p = this.ws(p);
        const d = b[p];
        const top = this.stack[depth - 1];
        if (d === COMMA) {
          p = this.ws(p + 1);
          if (top === LBRACE) p = this.memberName(p);
          break;
        }
        if (d !== (top === LBRACE ? RBRACE : RBRACKET)) fail();
        depth--;
        p++;
      }
    }
  }

  /** p at a member's name; the index of its value. */
  memberName(p: number): number {
    if (this.b[p] !== QUOTE) fail();
    p = this.ws(this.string(p));
    if (this.b[p] !== COLON) fail();
    return this.ws(p + 1);
  }

  /** The id of a member name (0 for one the walk does not look at); `escaped` from string() for it. */
  nameId(ks: number, ke: number, escaped: boolean): number {
    const b = this.b;
    if (escaped) return NAME_ID.get(JSON.parse(b.toString('utf8', ks, ke)) as string) ?? 0;
    const cands = BY_LENGTH.get(ke - ks);
    if (!cands) return 0;
    outer: for (const [q, i] of cands) {
      for (let j = 1; j < q.length - 1; j++) if (b[ks + j] !== q[j]) continue outer;
      return i;
    }
    return 0;
  }

  str(vs: number, ve: number): string | undefined {
    if (vs < 0 || this.b[vs] !== QUOTE) return undefined;
    const v = this.decoded(vs, ve);
    return typeof v === 'string' ? v : undefined;
  }

  /** A scalar member value as JSON.parse gives it. */
  decoded(s: number, e: number): unknown {
    const b = this.b;
    if (b[s] === QUOTE) {
      let plain = true;
      for (let i = s + 1; i < e - 1; i++) {
        const c = b[i] as number;
        if (c === BACKSLASH || c >= 0x80) {
          plain = false;
          break;
        }
      }
      if (plain) return this.latin1.slice(s + 1, e - 1);
    } else if (b[s] !== LBRACE && b[s] !== LBRACKET) return JSON.parse(this.latin1.slice(s, e));
    return JSON.parse(b.toString('utf8', s, e));
  }

  /** Replaces source bytes s..e with pieces already pushed after a flush. */
  flush(s: number): void {
    if (s > this.cursor) this.out.push(this.cursor, s);
  }

  lit(i: number): void {
    this.out.push(-1, i);
  }

  /**
   * Whether a resource of a type the adapter does not read must keep all its bytes: an `arn` member
   * holding a string anywhere in it, or a \u escape that could spell one (a is \u0061, r \u0072, n
   * \u006e; Terraform writes <, > and & as \u003c, \u003e, \u0026).
   */
  needsWhole(s: number, e: number, arn: Finder, esc: Finder): boolean {
    const r = this.b;
    for (let i = arn.at(s); i >= 0 && i < e; i = arn.at(i + 1)) {
      let j = i + ARN.length;
      while (WS[r[j] as number] === 1) j++;
      if (r[j] !== COLON) continue;
      j++;
      while (WS[r[j] as number] === 1) j++;
      if (r[j] === QUOTE) return true;
    }
    for (let i = esc.at(s); i >= 0 && i < e; i = esc.at(i + 1)) {
      const d = r[i + 4];
      if (d === 0x36 || d === 0x37) return true;
    }
    return false;
  }

  /**
   * One element of resource_changes (`change`) or of a module's `resources`; `mod` collects the latter
   * for deciding later.
   */
  resource(s: number, change: boolean, mod: Deferred[] | undefined, prior: boolean): number {
    const b = this.b;
    if (b[s] !== LBRACE) return this.value(s);
    const members: number[] = [];
    let typeCount = 0;
    let changeCount = 0;
    let actions = -1;
    let actionsEnd = -1;
    let actionsCount = 0;
    let before = 0; // 0 absent, 1 null, 2 a value
    let beforeCount = 0;
    let oddChange = false;
    let deposed = false;
    // Identity members: value ranges, the last of each (JSON.parse keeps the last).
    let typeS = -1;
    let typeE = -1;
    let addrS = -1;
    let addrE = -1;
    let modS = -1;
    let modE = -1;
    let modeS = -1;
    let modeE = -1;
    let nameS = -1;
    let nameE = -1;
    let indexS = -1;
    let indexE = -1;
    let p = this.ws(s + 1);
    let e: number;
    let lastEnd = -1;
    if (b[p] === RBRACE) e = p + 1;
    else
      for (;;) {
        if (b[p] !== QUOTE) fail();
        const ks = p;
        const ke = this.string(p);
        const k = this.nameId(ks, ke, this.escaped);
        p = this.ws(ke);
        if (b[p] !== COLON) fail();
        const vs = this.ws(p + 1);
        let ve: number;
        if (change && k === K.change && b[vs] === LBRACE) {
          changeCount++;
          let q = this.ws(vs + 1);
          if (b[q] === RBRACE) ve = q + 1;
          else
            for (;;) {
              if (b[q] !== QUOTE) fail();
              const cks = q;
              const cke = this.string(q);
              const ck = this.nameId(cks, cke, this.escaped);
              q = this.ws(cke);
              if (b[q] !== COLON) fail();
              const cvs = this.ws(q + 1);
              const cve = this.value(cvs);
              if (ck === K.actions) {
                actions = cvs;
                actionsEnd = cve;
                actionsCount++;
              } else if (ck === K.before) {
                before = b[cvs] === 0x6e ? 1 : 2;
                beforeCount++;
              }
              q = this.ws(cve);
              if (b[q] === RBRACE) {
                ve = q + 1;
                break;
              }
              if (b[q] !== COMMA) fail();
              q = this.ws(q + 1);
            }
        } else {
          ve = this.value(vs);
          if (change && k === K.change) oddChange = true;
          else if (change || (k !== K.values && k !== K.sensitive)) {
            // Members next to each other in the file are kept as one range, with their commas.
            if (members.length > 0 && members[members.length - 1] === lastEnd)
              members[members.length - 1] = ve;
            else members.push(ks, ve);
          }
          if (k === K.type) {
            typeCount++;
            typeS = vs;
            typeE = ve;
          } else if (k === K.address) {
            addrS = vs;
            addrE = ve;
          } else if (k === K.moduleAddress) {
            modS = vs;
            modE = ve;
          } else if (k === K.mode) {
            modeS = vs;
            modeE = ve;
          } else if (k === K.name) {
            nameS = vs;
            nameE = ve;
          } else if (k === K.index) {
            indexS = vs;
            indexE = ve;
          } else if (k === K.deposed) deposed = true;
        }
        lastEnd = ve;
        p = this.ws(ve);
        if (b[p] === RBRACE) {
          e = p + 1;
          break;
        }
        if (b[p] !== COMMA) fail();
        p = this.ws(p + 1);
      }
    const type = typeCount === 1 && b[typeS] === QUOTE ? this.str(typeS, typeE) : undefined;
    // A module's resource is checked for ARNs later, once it is known not to be taken by a change.
    const whole =
      type === undefined ||
      oddChange ||
      changeCount > 1 ||
      actionsCount > 1 ||
      beforeCount > 1 ||
      ADAPTED_TYPES.test(type) ||
      (change && this.needsWhole(s, e, this.arnInChanges, this.escInChanges));
    // Mode, type, name and index as PlanIndex keys them; undefined (no cut by key) when any is not a
    // plain string (or the index not JSON), as String() of them is not worth copying here.
    const mode = modeS < 0 ? 'managed' : this.str(modeS, modeE) === 'data' ? 'data' : 'managed';
    const name = this.str(nameS, nameE);
    const index = indexS < 0 ? undefined : this.decoded(indexS, indexE);
    const rest: [string, string, string, unknown] | undefined =
      type !== undefined && name !== undefined ? [mode, type, name, index] : undefined;
    if (change) {
      if (rest && changeCount === 1 && !deposed && addrS >= 0) {
        const address = this.str(addrS, addrE);
        const m =
          modS >= 0
            ? this.str(modS, modE)
            : address !== undefined
              ? moduleAddressOf(address, mode, rest[1])
              : undefined;
        if (address !== undefined && m !== undefined) {
          const k = resourceKey(m, mode, rest[1], rest[2], index);
          this.afterKeys.add(k);
          if (before === 2) this.beforeKeys.add(k);
        }
      }
      if (whole) return e;
      this.flush(s);
      this.lit(L.open);
      for (let i = 0; i < members.length; i += 2) {
        if (i > 0) this.lit(L.comma);
        this.out.push(members[i] as number, members[i + 1] as number);
      }
      if (changeCount === 1) {
        if (members.length > 0) this.lit(L.comma);
        this.lit(L.change);
        if (actions >= 0) {
          this.lit(L.actions);
          this.out.push(actions, actionsEnd);
        }
        if (before) {
          if (actions >= 0) this.lit(L.comma);
          this.lit(before === 1 ? L.beforeNull : L.beforeValue);
        }
        this.lit(L.close);
      }
      this.lit(L.close);
      this.cursor = e;
      return e;
    }
    const d: Deferred = { s, e, members, whole, prior, data: mode === 'data', rest };
    this.flush(s);
    this.out.push(-2, this.deferred.length);
    this.deferred.push(d);
    mod?.push(d);
    this.cursor = e;
    return e;
  }

  /** Generic walk of an object's members: `special` takes a member's value and returns its end. */
  walk(s: number, special: (k: number, vs: number) => number | undefined): number {
    const b = this.b;
    if (b[s] !== LBRACE) fail();
    let p = this.ws(s + 1);
    if (b[p] === RBRACE) return p + 1;
    for (;;) {
      if (b[p] !== QUOTE) fail();
      const ks = p;
      const ke = this.string(p);
      const k = this.nameId(ks, ke, this.escaped);
      p = this.ws(ke);
      if (b[p] !== COLON) fail();
      const vs = this.ws(p + 1);
      p = this.ws(special(k, vs) ?? this.value(vs));
      if (b[p] === RBRACE) return p + 1;
      if (b[p] !== COMMA) fail();
      p = this.ws(p + 1);
    }
  }

  elements(s: number, element: (x: number) => number): number {
    const b = this.b;
    let p = this.ws(s + 1);
    if (b[p] === RBRACKET) return p + 1;
    for (;;) {
      p = this.ws(element(p));
      if (b[p] === RBRACKET) return p + 1;
      if (b[p] !== COMMA) fail();
      p = this.ws(p + 1);
    }
  }

  /** A module of planned_values or prior_state.values; `root`: its own address is not used. */
  module(s: number, prior: boolean, root: boolean): number {
    const mine: Deferred[] = [];
    let address: string | undefined = '';
    let addressCount = 0;
    const e = this.walk(s, (k, vs) => {
      const c = this.b[vs];
      if (k === K.resources && c === LBRACKET)
        return this.elements(vs, (x) => this.resource(x, false, mine, prior));
      if (k === K.children && c === LBRACKET)
        return this.elements(vs, (x) =>
          this.b[x] === LBRACE ? this.module(x, prior, false) : this.value(x),
        );
      if (k === K.address && !root) {
        const ve = this.value(vs);
        const v = this.decoded(vs, ve);
        address = typeof v === 'string' ? v : undefined;
        addressCount++;
        return ve;
      }
      return undefined;
    });
    // String(x ?? '') of an address that is not a string is not worked out here: no cut by key.
    const m = addressCount > 1 ? undefined : address;
    for (const d of mine) d.moduleAddress = m;
    return e;
  }

  plan(s: number): number {
    return this.walk(s, (k, vs) => {
      const c = this.b[vs];
      if (k === K.changes) this.changeLists++;
      if (k === K.changes && c === LBRACKET)
        return this.elements(vs, (x) => this.resource(x, true, undefined, false));
      if (k === K.planned && c === LBRACE)
        return this.walk(vs, (k2, v2) =>
          k2 === K.root && this.b[v2] === LBRACE ? this.module(v2, false, true) : undefined,
        );
      if (k === K.prior && c === LBRACE)
        return this.walk(vs, (k2, v2) =>
          k2 === K.values && this.b[v2] === LBRACE
            ? this.walk(v2, (k3, v3) =>
                k3 === K.root && this.b[v3] === LBRACE ? this.module(v3, true, true) : undefined,
              )
            : undefined,
        );
      return undefined;
    });
  }

  /** The reduced document's bytes. */
  private resolved: { pieces: number[]; total: number } | undefined;

  /** Bytes of the reduced document. */
  reducedLength(): number {
    return this.resolve().total;
  }

  /** Decides the module resources and lists the pieces of the reduced document. */
  private resolve(): { pieces: number[]; total: number } {
    if (this.resolved) return this.resolved;
    this.flush(this.b.length);
    this.cursor = this.b.length;
    const pieces: number[] = [];
    const out = this.out;
    const arn = new Finder(this.b, ARN);
    const esc = new Finder(this.b, ESC_U);
    for (let i = 0; i < out.length; i += 2) {
      const a = out[i] as number;
      const z = out[i + 1] as number;
      if (a !== -2) {
        pieces.push(a, z);
        continue;
      }
      const d = this.deferred[z] as Deferred;
      const k =
        d.rest && d.moduleAddress !== undefined
          ? resourceKey(d.moduleAddress, d.rest[0], d.rest[1], d.rest[2], d.rest[3])
          : undefined;
      // The index ignores a module resource whose key a resource_changes entry already gave it (a prior
      // data source is kept apart, always read).
      const taken =
        k !== undefined &&
        this.changeLists === 1 &&
        (d.prior ? !d.data && this.beforeKeys.has(k) : this.afterKeys.has(k));
      if (taken) {
        // Not an object: the index passes over it, and the resources after it keep their positions.
        pieces.push(-1, L.zero);
        continue;
      }
      if (d.whole || this.needsWhole(d.s, d.e, arn, esc)) {
        pieces.push(d.s, d.e);
        continue;
      }
      pieces.push(-1, L.open);
      for (let j = 0; j < d.members.length; j += 2) {
        if (j > 0) pieces.push(-1, L.comma);
        pieces.push(d.members[j] as number, d.members[j + 1] as number);
      }
      pieces.push(-1, L.close);
    }
    let total = 0;
    for (let i = 0; i < pieces.length; i += 2) {
      const a = pieces[i] as number;
      total += a >= 0 ? (pieces[i + 1] as number) - a : (LITS[pieces[i + 1] as number] as Buffer).length;
    }
    this.resolved = { pieces, total };
    return this.resolved;
  }

  /** The reduced document's bytes. */
  assemble(): Buffer {
    const { pieces, total } = this.resolve();
    const buf = Buffer.allocUnsafe(total);
    const src = this.b;
    let at = 0;
    for (let i = 0; i < pieces.length; i += 2) {
      const a = pieces[i] as number;
      const z = pieces[i + 1] as number;
      if (a >= 0 && z - a > 64) at += src.copy(buf, at, a, z);
      else if (a >= 0) for (let j = a; j < z; j++) buf[at++] = src[j] as number;
      else {
        const l = LITS[z] as Buffer;
        for (let j = 0; j < l.length; j++) buf[at++] = l[j] as number;
      }
    }
    return buf;
  }
}

export interface SelectedPlan {
  /** The reduced document, parsed. */
  readonly doc: unknown;
  /** Bytes of the reduced document (what was decoded and parsed). */
  readonly bytes: number;
}

/**
 * The reduced plan of a UTF-8 file (with or without a BOM), or undefined when the scanner does not
 * follow the bytes (invalid JSON, another encoding): the caller then parses in full.
 */
export function selectPlan(buf: Buffer, maxReduced = Infinity): SelectedPlan | 'too-large' | undefined {
  let start = 0;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  // UTF-16 (with or without a BOM) has zero bytes near the start; the full path decodes it.
  if (buf.length >= 2 && (buf[0] === 0 || buf[1] === 0 || buf[0] === 0xff || buf[0] === 0xfe))
    return undefined;
  const sc = new Scanner(buf, start);
  let reduced: Buffer;
  try {
    const s = sc.ws(start);
    if (buf[s] !== LBRACE) return undefined;
    if (sc.ws(sc.plan(s)) !== buf.length) return undefined;
    if (sc.reducedLength() > maxReduced) return 'too-large';
    reduced = sc.assemble();
  } catch (e) {
    if (e instanceof NotSelectable || e instanceof RangeError || e instanceof SyntaxError) return undefined;
    throw e;
  }
  try {
    return { doc: JSON.parse(reduced.toString('utf8')), bytes: reduced.length };
  } catch {
    return undefined;
  }
}
