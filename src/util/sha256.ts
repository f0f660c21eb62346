import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

/**
 * SHA-256 of a text, in hex. node:crypto is loaded on first use: most runs (plan mode without SARIF)
 * hash nothing, and loading it costs every start a few ms (issue 12, the cold-start row).
 */
export function sha256Hex(text: string): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(text).digest('hex');
}
