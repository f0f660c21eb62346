import { maskSecrets } from '../security/mask.js';

/**
 * A JSON.parse error without the input: V8 quotes the text around the error (`Unexpected token 's',
 * "{"key": secret..." is not valid JSON`), which may be a secret of a plan or a file. Returns the position
 * when V8 gives one, and the reason alone.
 */
export function jsonErrorOf(e: unknown): { readonly position?: number; readonly reason: string } {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(msg);
  const reason = msg
    .replace(/,\s*(?:\.\.\.)?".*is not valid JSON$/s, '')
    .replace(/\s+in JSON at position \d+.*$/s, '')
    .replace(/\s+\(line \d+ column \d+\)$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return { ...(m ? { position: Number(m[1]) } : {}), reason: maskSecrets(reason) || 'invalid JSON' };
}
