/** GitHub rejects an issue or PR comment body longer than this (422 "Body is too long"). */
export const COMMENT_LIMIT = 65_536;
/**
 * A step summary over 1 MiB is not shown. Length counts UTF-16 units, and one unit is at most 3 bytes of
 * UTF-8, so this many units always fit.
 */
export const SUMMARY_LIMIT = 340_000;

export interface Fitted {
  readonly text: string;
  readonly truncated: boolean;
}

/**
 * Fits markdown into `limit` characters. The cut falls on a line boundary (so no table row, escape or
 * surrogate pair is split), `<details>` blocks left open are closed, and `notice` (e.g. "see the job summary")
 * ends the text. `limit` counts UTF-16 code units, which is never less than GitHub's count of characters.
 */
export function fitMarkdown(text: string, limit: number, notice: string): Fitted {
  if (text.length <= limit) return { text, truncated: false };
  const ending = `\n\n${notice}\n`;
  if (ending.length >= limit) return { text: notice.slice(0, limit), truncated: true };
  let cut = text.lastIndexOf('\n', limit - ending.length);
  if (cut <= 0) cut = codePointCut(text, limit - ending.length);
  for (;;) {
    const kept = text.slice(0, cut).replace(/\s+$/, '');
    const result = kept + closeFence(kept) + closeDetails(kept) + ending;
    if (result.length <= limit || cut <= 0) return { text: result.slice(0, limit), truncated: true };
    // The closing tags did not fit: give up one more line.
    cut = Math.max(0, text.lastIndexOf('\n', cut - 1));
  }
}

/** The closing fence of a code block the cut left open (else the rest would render as code). */
function closeFence(kept: string): string {
  let open: string | undefined;
  for (const line of kept.split('\n')) {
    const m = /^(`{3,})/.exec(line);
    if (!m) continue;
    if (open === undefined) open = m[1];
    else if (line.trim().replace(/`/g, '') === '' && (m[1] as string).length >= open.length) open = undefined;
  }
  return open === undefined ? '' : `\n${open}`;
}

/** `</details>` for every block the kept text leaves open (renderMarkdown never nests them). */
function closeDetails(kept: string): string {
  const count = (re: RegExp) => (kept.match(re) ?? []).length;
  return '\n\n</details>'.repeat(Math.max(0, count(/<details\b/g) - count(/<\/details>/g)));
}

/** An index at or below `at` that does not fall inside a surrogate pair. */
function codePointCut(text: string, at: number): number {
  const i = Math.max(0, at);
  const c = text.charCodeAt(i - 1);
  return c >= 0xd800 && c <= 0xdbff ? i - 1 : i;
}
