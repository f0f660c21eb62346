import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceLine {
  /** The .tf file, joined onto the directory as given. */
  readonly file: string;
  readonly line: number;
}

/** Maps a Terraform address (`module.logs.aws_cloudtrail.main[0]`) to the line of its block, if known. */
export type TerraformLocator = (address: string) => SourceLine | undefined;

const BLOCK = /^\s*(resource|data)\s+"([^"]+)"\s+"([^"]+)"\s*\{/;
const MODULE = /^\s*module\s+"([^"]+)"\s*\{/;
const LOCAL_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"]*)"/;

/** The address without instance keys, in the form the index uses: `module.a.data.t.n`. */
function normalize(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '');
}

/**
 * Indexes the `resource` and `data` blocks of a Terraform directory by address, line by line. hcl2json
 * (used for values) gives no positions, so a light scan is enough for annotations: root module `.tf` files
 * plus child modules called with a local `source` ("./x", "../x"). Registry modules are left out: their
 * files are not in the repository, so an annotation there could not be shown anyway.
 */
export function indexTerraformDir(dir: string, prefix = '', depth = 0): Map<string, SourceLine> {
  const out = new Map<string, SourceLine>();
  // Terraform forbids module cycles; the bound only keeps a malformed tree from recursing forever.
  if (depth > 16) return out;
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.tf'))
      .sort();
  } catch {
    return out;
  }
  for (const f of files) {
    const file = join(dir, f);
    let lines: string[];
    try {
      lines = readFileSync(file, 'utf8').split(/\r?\n/);
    } catch {
      continue;
    }
    let module: string | undefined;
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i] ?? '';
      const block = BLOCK.exec(text);
      if (block) {
        const [, kind, type, name] = block;
        const key = `${prefix}${kind === 'data' ? 'data.' : ''}${type}.${name}`;
        if (!out.has(key)) out.set(key, { file, line: i + 1 });
        module = undefined;
        continue;
      }
      const call = MODULE.exec(text);
      if (call) {
        module = call[1];
        continue;
      }
      const source = module ? LOCAL_SOURCE.exec(text) : null;
      if (module && source) {
        const child = indexTerraformDir(join(dir, source[1] ?? '.'), `${prefix}module.${module}.`, depth + 1);
        for (const [k, v] of child) if (!out.has(k)) out.set(k, v);
        module = undefined;
      } else if (/^\}/.test(text)) module = undefined;
    }
  }
  return out;
}

export function terraformLocator(dir: string): TerraformLocator {
  const index = indexTerraformDir(dir);
  return (address) => index.get(normalize(address));
}
