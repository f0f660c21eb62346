/**
 * Removes values the source marked sensitive from everything a report says. Coverage is computed with
 * them, but they reach no output: not as themselves, and not as the object keys built from them (an
 * `arn:aws:s3:::bucket/secret/` constant leaves `secret/` in witness keys and explanations).
 */
export function secretVariants(secrets: readonly string[]): string[] {
  const out = new Set<string>();
  for (const s of secrets) {
    if (s.length < 3) continue;
    out.add(s);
    const m = /^arn:[^:]+:s3:::(([^/]+)\/(.*))$/.exec(s);
    if (m) {
      if ((m[1] as string).length >= 3) out.add(m[1] as string);
      if ((m[3] as string).length >= 3) out.add(m[3] as string);
    }
  }
  // Longest first, so that a value is replaced whole before its parts.
  return [...out].sort((a, b) => b.length - a.length);
}

export function redact<T>(value: T, secrets: readonly string[]): T {
  const variants = secretVariants(secrets);
  if (!variants.length) return value;
  const scrub = (s: string) => variants.reduce((acc, v) => acc.split(v).join('(sensitive value)'), s);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
