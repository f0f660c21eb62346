/**
 * Witness keys: a finite set of strings that behaves, for every condition built from the given
 * constants, like the infinite set of all strings (see shared design note "coverage-engine").
 *
 * Every condition on a value `x = base + s` is `x == c`, `x startsWith c` or `x endsWith c` (or a
 * negation). The StartsWith/Equals constants that extend `base` leave remainders `r`; the set of them a
 * key satisfies is fixed by the longest remainder it starts with. The EndsWith constants a key
 * satisfies are fixed by the longest one it ends with. With a filler character `f` found in no constant,
 * `r + f + e` for every remainder r (or "") and suffix constant e (or "") reaches every class; the keys
 * equal to a remainder, and short keys whose suffix constant reaches back into `base`, are added too.
 * Extra witnesses are harmless (each is a real key), so the set is generous.
 */
export interface WitnessInput {
  readonly base: string;
  /** Equals/StartsWith/NotEquals/NotStartsWith constants (full values, not remainders). */
  readonly prefixConstants: Iterable<string>;
  /** EndsWith/NotEndsWith constants. */
  readonly suffixConstants: Iterable<string>;
  /** Whether the empty suffix is a real value (an S3 key must be non-empty). */
  readonly allowEmpty: boolean;
  /**
   * A character found in no constant, when the caller has picked one for many calls over the same
   * constants (one per key prefix of a bucket): picking it scans every character of every constant.
   */
  readonly filler?: string;
}

const FILLERS = 'xzqkjw0123456789-_.!~ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function pickFiller(constants: Iterable<string>): string {
  const used = new Set<string>();
  for (const c of constants) for (const ch of c) used.add(ch);
  return firstUnused((ch) => used.has(ch));
}

/** The filler pickFiller picks, given which characters the constants use (each one code unit). */
export function firstUnused(used: (ch: string) => boolean): string {
  for (const ch of FILLERS) if (!used(ch)) return ch;
  for (let code = 0x2460; ; code++) {
    const ch = String.fromCodePoint(code);
    if (!used(ch)) return ch;
  }
}

/** Suffix constants up to this long also give every tail of theirs as a witness. */
const SHORT_SUFFIX = 64;

export function witnessSuffixes(input: WitnessInput): string[] {
  const { base } = input;
  const remainders = new Set<string>(['']);
  const all: string[] = [];
  for (const c of input.prefixConstants) {
    all.push(c);
    if (c.startsWith(base)) remainders.add(c.slice(base.length));
  }
  const suffixes = new Set<string>(['']);
  for (const e of input.suffixConstants) {
    all.push(e);
    suffixes.add(e);
  }
  const f = input.filler ?? pickFiller(all);
  const out = new Set<string>();
  for (const r of remainders) {
    out.add(r);
    out.add(r + f);
    for (const e of suffixes) {
      out.add(r + f + e);
      out.add(r + e);
    }
  }
  for (const e of suffixes) {
    out.add(f + e);
    // A suffix constant longer than the key reaches back into `base`: keys that are a tail of e whose
    // head ends `base`. Those heads are at most as long as `base`, so a constant of megabytes costs as many
    // steps as `base` has characters, not its length squared (every tail of a 2 MB value is 2 TB).
    const reach = Math.min(e.length, base.length);
    for (let i = 1; i <= reach; i++) if (base.endsWith(e.slice(0, i))) out.add(e.slice(i));
    // Every tail of a short constant, generously (extra witnesses are harmless).
    if (e.length <= SHORT_SUFFIX) for (let i = 0; i < e.length; i++) out.add(e.slice(i));
  }
  if (!input.allowEmpty) out.delete('');
  return [...out];
}
