/**
 * Values from a plan or an account quoted in messages (gaps, problems, notes): cut to a bounded length,
 * so that a 100 MB selector value is not copied into every gap of every API of every bucket (the report
 * would outgrow what V8 can hold: "Invalid string length").
 */
export const MAX_QUOTED_CHARS = 200;
/** Values listed from one operator list before "… and N more". */
export const MAX_LISTED_VALUES = 10;

/** The value itself, cut in the middle when it is longer than `max` ("abc…xyz (1048576 characters)"). */
export function shorten(s: string, max = MAX_QUOTED_CHARS): string {
  if (s.length <= max) return s;
  const head = Math.ceil((max * 2) / 3);
  const tail = max - head;
  return `${s.slice(0, head)}…${s.slice(s.length - tail)} (${s.length} characters)`;
}

/** JSON-quoted and cut like {@link shorten}. */
export function quote(s: string, max = MAX_QUOTED_CHARS): string {
  if (s.length <= max) return JSON.stringify(s);
  const head = Math.ceil((max * 2) / 3);
  const tail = max - head;
  return `${JSON.stringify(`${s.slice(0, head)}…${s.slice(s.length - tail)}`)} (${s.length} characters)`;
}

/**
 * A value of the input (a plan, a policy document) as JSON for a message, cut like {@link quote}. A value
 * nested a hundred thousand levels deep (JSON.parse takes it, JSON.stringify overflows the stack) is
 * described instead of shown.
 */
export function describeJson(v: unknown, max = MAX_QUOTED_CHARS): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(v);
  } catch {
    return '(a value nested too deeply to show)';
  }
  if (text === undefined) return String(v);
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
