import { readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** `*` and `?` within one path segment, `**` for any number of segments (as in actions/glob). */
function segmentRegex(seg: string): RegExp {
  const body = seg
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

const MAX_MATCHES = 1000;
const MAX_VISITS = 100_000;

/** The files one pattern matches below `base`, sorted; hidden directories and node_modules are skipped. */
function glob(pattern: string, base: string): string[] {
  const abs = resolve(base, pattern);
  const parts = abs.split(sep);
  const first = parts.findIndex((p) => /[*?]/.test(p));
  if (first < 0) return [abs];
  const root = parts.slice(0, first).join(sep) || sep;
  const segs = parts.slice(first);
  const out: string[] = [];
  let visits = 0;
  const walk = (dir: string, i: number): void => {
    if (out.length >= MAX_MATCHES || ++visits > MAX_VISITS) return;
    const seg = segs[i] as string;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const last = i === segs.length - 1;
    if (seg === '**') {
      if (!last) walk(dir, i + 1);
      for (const e of entries)
        if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
          walk(join(dir, e.name), i);
      return;
    }
    const re = segmentRegex(seg);
    for (const e of entries) {
      if (!re.test(e.name)) continue;
      const p = join(dir, e.name);
      if (last) {
        if (e.isFile()) out.push(p);
      } else if (e.isDirectory()) walk(p, i + 1);
    }
  };
  walk(root, 0);
  return out.sort();
}

/**
 * `plan-file` as a list: newline- or comma-separated entries, each a path or a glob (`*`, `?`, and `**` for
 * any depth), relative to the working directory. The order is the entries' order (a glob's matches sorted), each file
 * once; a literal path is kept even when it does not exist, so the run names it in its error.
 */
export function expandPlanFiles(raw: string, workingDirectory: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of raw.split(/[\n,]/).map((x) => x.trim())) {
    if (!entry) continue;
    for (const f of glob(entry, workingDirectory)) {
      const key = resolve(f);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(isAbsolute(entry) ? f : relative(workingDirectory, f) || f);
    }
  }
  return out.map((f) => resolve(workingDirectory, f));
}
