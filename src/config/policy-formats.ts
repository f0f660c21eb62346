/** Custom formats of the policy schema, shared by the generated validator and the tests. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const formats = { date: isCalendarDate };

/** String length in code points, as JSON Schema's minLength/maxLength count it (a surrogate pair is one). */
export function ucs2length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
