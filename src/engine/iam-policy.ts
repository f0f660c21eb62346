import type { Str } from '../model/selectors.js';
import { and, not, or, type Tri } from './tri.js';
import { describeJson } from '../model/quote.js';

/**
 * Bucket policies, normalised: Action/Resource/Principal as lists, condition operators and keys
 * lower-cased (condition keys are case-insensitive; https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
 * A value known only after apply is kept as an unknown `Str`, written in documents as
 * `{"$unknown": "why"}` by the plan adapter.
 */
export interface Principals {
  readonly any: Tri;
  /** `Service` / `AWS` / `Federated` / `CanonicalUser` → identifiers. */
  readonly entries: readonly { readonly type: string; readonly id: Str }[];
}

export interface Condition {
  /** e.g. `stringequals`, `forallvalues:stringlike`, `arnlikeifexists` (lower-cased). */
  readonly operator: string;
  readonly key: string;
  readonly values: readonly Str[];
}

export interface Statement {
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
  readonly principal?: Principals;
  readonly notPrincipal?: Principals;
  readonly action?: readonly Str[];
  readonly notAction?: readonly Str[];
  readonly resource?: readonly Str[];
  readonly notResource?: readonly Str[];
  readonly conditions: readonly Condition[] | 'unknown';
}

export interface NormalizedPolicy {
  readonly statements: readonly Statement[];
}

import { UNKNOWN_MARK } from '../model/policy-document.js';
export { UNKNOWN_MARK };

function toStr(v: unknown): Str {
  if (typeof v === 'string') return { known: true, value: v };
  if (v !== null && typeof v === 'object' && UNKNOWN_MARK in v)
    return { known: false, detail: String((v as Record<string, unknown>)[UNKNOWN_MARK]) };
  if (typeof v === 'boolean' || typeof v === 'number') return { known: true, value: String(v) };
  return { known: false, detail: `unexpected value ${describeJson(v)}` };
}

function list(v: unknown): Str[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map(toStr);
  return [toStr(v)];
}

function isUnknownMark(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && UNKNOWN_MARK in v;
}

function principals(v: unknown): Principals | undefined {
  if (v === undefined || v === null) return undefined;
  if (v === '*') return { any: true, entries: [] };
  if (isUnknownMark(v)) return { any: undefined, entries: [] };
  if (typeof v !== 'object' || Array.isArray(v)) return { any: false, entries: [] };
  const entries: { type: string; id: Str }[] = [];
  let any: Tri = false;
  for (const [type, ids] of Object.entries(v as Record<string, unknown>)) {
    for (const id of list(ids) ?? []) {
      // {"AWS": "*"} in a resource policy is everyone, like "*".
      if (id.known && id.value === '*') any = true;
      entries.push({ type, id });
    }
  }
  return { any, entries };
}

/** Parses a policy document (JSON already parsed); throws on a shape that is not an IAM policy. */
export function normalizePolicy(doc: unknown): NormalizedPolicy {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw new Error('a policy must be a JSON object');
  const raw = (doc as Record<string, unknown>)['Statement'];
  const statements = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return {
    statements: statements.map((s): Statement => {
      if (s === null || typeof s !== 'object') throw new Error('a Statement must be an object');
      const st = s as Record<string, unknown>;
      const effect = st['Effect'] === 'Deny' ? 'Deny' : st['Effect'] === 'Allow' ? 'Allow' : undefined;
      if (!effect) throw new Error(`Effect must be Allow or Deny, not ${describeJson(st['Effect'])}`);
      let conditions: Condition[] | 'unknown' = [];
      const cond = st['Condition'];
      if (isUnknownMark(cond)) conditions = 'unknown';
      else if (cond && typeof cond === 'object') {
        for (const [op, block] of Object.entries(cond as Record<string, unknown>)) {
          if (isUnknownMark(block) || !block || typeof block !== 'object') {
            conditions = 'unknown';
            break;
          }
          for (const [key, values] of Object.entries(block as Record<string, unknown>))
            conditions.push({
              operator: op.toLowerCase(),
              key: key.toLowerCase(),
              values: list(values) ?? [],
            });
        }
      }
      const sid = typeof st['Sid'] === 'string' && st['Sid'] ? st['Sid'] : undefined;
      const p = principals(st['Principal']);
      const np = principals(st['NotPrincipal']);
      const a = list(st['Action']);
      const na = list(st['NotAction']);
      const r = list(st['Resource']);
      const nr = list(st['NotResource']);
      return {
        ...(sid ? { sid } : {}),
        effect,
        ...(p ? { principal: p } : {}),
        ...(np ? { notPrincipal: np } : {}),
        ...(a ? { action: a } : {}),
        ...(na ? { notAction: na } : {}),
        ...(r ? { resource: r } : {}),
        ...(nr ? { notResource: nr } : {}),
        conditions,
      };
    }),
  };
}

/**
 * IAM wildcard match: `*` any run of characters, `?` one character. Linear in the pattern and the value
 * when the pattern has no `?`; a value is matched against a hostile pattern of the plan or the account
 * (a 20 KB bucket policy of `*a*a*a...`), so the backtracking algorithm (O(n·m)) is not used.
 *
 * The pattern is split at `*` into segments: the first must match at the start, the last at the end, and
 * each middle one is taken at its leftmost occurrence after the previous (leftmost is never worse, since
 * a `*` follows). A segment without `?` is found with Knuth-Morris-Pratt (O(n + s)); one with `?` with a
 * bit-parallel shift-and (O(n · s / 32)).
 */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  const segments = p.split('*');
  if (segments.length === 1) return v.length === p.length && matchesAt(p, v, 0);
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  if (first.length + last.length > v.length) return false;
  if (!matchesAt(first, v, 0) || !matchesAt(last, v, v.length - last.length)) return false;
  let from = first.length;
  const to = v.length - last.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const seg = segments[i]!;
    if (seg === '') continue;
    const at = findSegment(seg, v, from, to);
    if (at < 0) return false;
    from = at + seg.length;
  }
  return true;
}

/** Whether `seg` (with `?`) matches `v` at `at`. */
function matchesAt(seg: string, v: string, at: number): boolean {
  for (let j = 0; j < seg.length; j++) {
    const c = seg.charCodeAt(j);
    if (c !== QUESTION && c !== v.charCodeAt(at + j)) return false;
  }
  return true;
}

const QUESTION = 63; // '?'

/** The leftmost i in [from, to - seg.length] where seg matches v, or -1. */
function findSegment(seg: string, v: string, from: number, to: number): number {
  if (to - from < seg.length) return -1;
  return seg.includes('?') ? shiftAnd(seg, v, from, to) : kmp(seg, v, from, to);
}

function kmp(seg: string, v: string, from: number, to: number): number {
  const m = seg.length;
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && seg.charCodeAt(i) !== seg.charCodeAt(k)) k = fail[k - 1]!;
    if (seg.charCodeAt(i) === seg.charCodeAt(k)) k++;
    fail[i] = k;
  }
  for (let i = from, k = 0; i < to; i++) {
    const c = v.charCodeAt(i);
    while (k > 0 && c !== seg.charCodeAt(k)) k = fail[k - 1]!;
    if (c === seg.charCodeAt(k)) k++;
    if (k === m) return i - m + 1;
  }
  return -1;
}

const MAX_MASKS = 256;

function naiveFind(seg: string, v: string, from: number, to: number): number {
  for (let i = from; i + seg.length <= to; i++) if (matchesAt(seg, v, i)) return i;
  return -1;
}

function shiftAnd(seg: string, v: string, from: number, to: number): number {
  const m = seg.length;
  const words = (m + 31) >>> 5;
  const wild = new Uint32Array(words);
  for (let j = 0; j < m; j++) if (seg.charCodeAt(j) === QUESTION) wild[j >>> 5]! |= 1 << (j & 31);
  // Masks per character of the segment, built in one pass; any other character matches only at `?`.
  const masks = new Map<number, Uint32Array>();
  for (let j = 0; j < m; j++) {
    const c = seg.charCodeAt(j);
    if (c === QUESTION) continue;
    let mask = masks.get(c);
    if (!mask) {
      // Thousands of distinct characters would take words × characters of memory: search naively then.
      if (masks.size >= MAX_MASKS) return naiveFind(seg, v, from, to);
      mask = Uint32Array.from(wild);
      masks.set(c, mask);
    }
    mask[j >>> 5]! |= 1 << (j & 31);
  }
  const state = new Uint32Array(words);
  const top = m - 1;
  for (let i = from; i < to; i++) {
    const mask = masks.get(v.charCodeAt(i)) ?? wild;
    let carry = 1;
    for (let w = 0; w < words; w++) {
      const d = state[w]!;
      state[w] = (((d << 1) | carry) & mask[w]!) >>> 0;
      carry = d >>> 31;
    }
    if ((state[top >>> 5]! >>> (top & 31)) & 1) return i - top;
  }
  return -1;
}

function anyStr(values: readonly Str[] | undefined, test: (v: string) => Tri): Tri {
  let r: Tri = false;
  for (const s of values ?? []) {
    r = or(r, s.known ? test(s.value) : undefined);
    if (r === true) return true;
  }
  return r;
}

/** The request as CloudTrail makes it when it delivers logs. */
export interface DeliveryRequest {
  readonly servicePrincipal: string;
  readonly action: string;
  /** The ARN the request acts on; unknown when it depends on a value the facts do not give. */
  readonly resource: Str;
  /** Condition keys of the request context, lower-cased. */
  readonly keys: Readonly<Record<string, Str>>;
}

function principalMatches(p: Principals, req: DeliveryRequest): Tri {
  let r: Tri = p.any;
  for (const e of p.entries) {
    if (e.type !== 'Service') continue;
    r = or(r, e.id.known ? e.id.value.toLowerCase() === req.servicePrincipal : undefined);
  }
  return r;
}

/**
 * A Map, not an object: an operator read from a policy (`constructor`, `__proto__`, `hasOwnProperty`) must
 * never find a prototype method and be taken for a known operator.
 */
const CONDITION_MATCHERS: ReadonlyMap<string, (pattern: string, value: string) => boolean> = new Map(
  Object.entries<(pattern: string, value: string) => boolean>({
    stringequals: (p, v) => p === v,
    stringnotequals: (p, v) => p === v,
    stringequalsignorecase: (p, v) => p.toLowerCase() === v.toLowerCase(),
    stringnotequalsignorecase: (p, v) => p.toLowerCase() === v.toLowerCase(),
    stringlike: (p, v) => globMatch(p, v),
    stringnotlike: (p, v) => globMatch(p, v),
    arnequals: (p, v) => globMatch(p, v),
    arnlike: (p, v) => globMatch(p, v),
    arnnotequals: (p, v) => globMatch(p, v),
    arnnotlike: (p, v) => globMatch(p, v),
    bool: (p, v) => p.toLowerCase() === v.toLowerCase(),
  }),
);

/**
 * One condition against the request. A key absent from the request fails a positive operator and
 * satisfies a negated one; `...IfExists` is satisfied by an absent key
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html).
 * Operators a delivery request cannot be judged by (numeric, date, IP) give unknown.
 */
export function conditionHolds(c: Condition, req: DeliveryRequest): Tri {
  const forAll = c.operator.startsWith('forallvalues:');
  let op = c.operator.replace(/^(foranyvalue|forallvalues):/, '');
  const ifExists = op.endsWith('ifexists');
  if (ifExists) op = op.slice(0, -'ifexists'.length);
  const value = Object.hasOwn(req.keys, c.key) ? req.keys[c.key] : undefined;
  if (op === 'null') {
    const wantsAbsent = anyStr(c.values, (v) => v.toLowerCase() === 'true');
    return value === undefined ? wantsAbsent : not(wantsAbsent);
  }
  const matcher = CONDITION_MATCHERS.get(op);
  if (!matcher) return undefined;
  const negated = op.includes('not');
  // ForAllValues over a key the request does not have is true (an empty set satisfies "all");
  // ForAnyValue over it is false. The delivery request's keys are single-valued otherwise.
  if (value === undefined)
    return ifExists || forAll ? true : c.operator.startsWith('foranyvalue:') ? false : negated;
  if (!value.known) return undefined;
  const hit = anyStr(c.values, (p) => matcher(p, value.value));
  return negated ? not(hit) : hit;
}

/**
 * What kind of policy a document is: a resource policy (bucket or key policy) names its principals; an
 * identity policy (attached to a role) applies to the role and has no Principal; a role's trust policy
 * names principals but no Resource (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html).
 */
export type PolicyKind = 'resource' | 'identity' | 'trust';

export function statementApplies(st: Statement, req: DeliveryRequest, kind: PolicyKind = 'resource'): Tri {
  let r: Tri = true;
  if (kind !== 'identity') {
    if (st.principal) r = and(r, principalMatches(st.principal, req));
    if (st.notPrincipal) r = and(r, not(principalMatches(st.notPrincipal, req)));
    if (!st.principal && !st.notPrincipal) r = false; // a resource or trust policy statement names a principal
  }
  if (r === false) return false;
  const actionTest = (p: string) => globMatch(p, req.action, true);
  if (st.action) r = and(r, anyStr(st.action, actionTest));
  if (st.notAction) r = and(r, not(anyStr(st.notAction, actionTest)));
  if (!st.action && !st.notAction) r = false;
  if (r === false) return false;
  // An unknown resource still matches "*"; any other pattern cannot be decided.
  const resourceTest = (p: string): Tri =>
    req.resource.known ? globMatch(p, req.resource.value) : p === '*' ? true : undefined;
  if (st.resource) r = and(r, anyStr(st.resource, resourceTest));
  if (st.notResource) r = and(r, not(anyStr(st.notResource, resourceTest)));
  if (!st.resource && !st.notResource && kind !== 'trust') r = false;
  if (r === false) return false;
  if (st.conditions === 'unknown') return and(r, undefined);
  for (const c of st.conditions) {
    r = and(r, conditionHolds(c, req));
    if (r === false) return false;
  }
  return r;
}

export interface Decision {
  /** Allowed and not denied. */
  readonly allowed: Tri;
  readonly allowedBy: readonly Statement[];
  readonly deniedBy: readonly Statement[];
}

/** An explicit Deny wins over any Allow; without an Allow the request is denied. */
export function decide(
  policy: NormalizedPolicy,
  req: DeliveryRequest,
  kind: PolicyKind = 'resource',
): Decision {
  let allow: Tri = false;
  let deny: Tri = false;
  const allowedBy: Statement[] = [];
  const deniedBy: Statement[] = [];
  for (const st of policy.statements) {
    const a = statementApplies(st, req, kind);
    if (st.effect === 'Allow') {
      allow = or(allow, a);
      if (a === true) allowedBy.push(st);
    } else {
      deny = or(deny, a);
      if (a === true) deniedBy.push(st);
    }
  }
  return { allowed: and(allow, not(deny)), allowedBy, deniedBy };
}
