/**
 * Control characters from input values never reach a terminal, a log or a rendered page: ANSI escape
 * sequences (colours, cursor moves, OSC 8 links, window titles), the other C0 and C1 controls, DEL, and the
 * Unicode bidirectional overrides that make text read differently from what it is
 * (https://trojansource.codes). `keep` lists the controls the output itself uses (newline, tab).
 */
// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(text: string, keep: 'newlines' | 'none' = 'newlines'): string {
  const out = text.replace(ESCAPES, '').replace(CONTROLS, '');
  return keep === 'newlines' ? out : out.replace(/[\n\t]/g, ' ');
}
