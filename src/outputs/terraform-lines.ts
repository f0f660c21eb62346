import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceLine {
  /** The .tf file, joined onto the directory as given. */
  readonly file: string;
  readonly line: number;
  /** The event selector blocks of a trail's block, in source order (only when it has some). */
  readonly selectors?: readonly SelectorLines[];
}

/** Where one `advanced_event_selector` or `event_selector` block (or its `dynamic` form) is written. */
export interface SelectorLines {
  readonly kind: 'advanced_event_selector' | 'event_selector';
  readonly line: number;
  /** Its `name = "..."`, when a constant. */
  readonly name?: string;
  /** Its `field_selector` blocks: the line of each, and its `field` when a constant. */
  readonly fields: readonly { readonly line: number; readonly field?: string }[];
}

/** Maps a Terraform address (`module.logs.aws_cloudtrail.main[0]`) to the line of its block, if known. */
export type TerraformLocator = (address: string) => SourceLine | undefined;

/**
 * The line a finding about a trail's selectors points at: the `field_selector` of `field` (default
 * `resources.ARN`, the attribute that names buckets) in the selector called `name` if given, else in the
 * first selector that has one; else that selector's block; else the trail's block.
 */
export function selectorLine(at: SourceLine, o: { name?: string; field?: string } = {}): number {
  const field = o.field ?? 'resources.ARN';
  const all = at.selectors ?? [];
  const named = o.name === undefined ? undefined : all.filter((x) => x.name === o.name);
  const pool = named?.length ? named : all;
  for (const sel of pool) {
    const f = sel.fields.find((x) => x.field === field);
    if (f) return f.line;
  }
  const dataSelector = pool.find((x) => x.kind === 'event_selector');
  return (pool.length === 1 ? pool[0]?.line : dataSelector?.line) ?? pool[0]?.line ?? at.line;
}

const SELECTOR =
  /^\s*(?:(advanced_event_selector|event_selector)|dynamic\s+"(advanced_event_selector|event_selector)")\s*\{/;
const FIELD_SELECTOR = /^\s*(?:field_selector|dynamic\s+"field_selector")\s*\{/;
const NAME = /^\s*name\s*=\s*"([^"$]*)"/;
const FIELD = /^\s*field\s*=\s*"([^"$]*)"/;

/** `{` minus `}` on a line, outside strings and comments (a light count; heredocs are not followed). */
function braceDelta(text: string): number {
  const code = text.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(#|\/\/).*$/, '');
  let d = 0;
  for (const ch of code) d += ch === '{' ? 1 : ch === '}' ? -1 : 0;
  return d;
}

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
    // The resource block being read: its selectors, and the depth of braces inside it.
    let open:
      | {
          key: string;
          depth: number;
          selectors: {
            kind: SelectorLines['kind'];
            line: number;
            name?: string;
            fields: { line: number; field?: string }[];
            depth: number;
          }[];
        }
      | undefined;
    const close = () => {
      if (open?.selectors.length) {
        const at = out.get(open.key);
        if (at && at.file === file && !at.selectors)
          out.set(open.key, {
            ...at,
            selectors: open.selectors.map(({ depth: _d, ...x }) => x),
          });
      }
      open = undefined;
    };
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i] ?? '';
      // terraform fmt writes top-level blocks at column 0: a new one, or a `}` there, ends the block being
      // read even when the brace count went astray (a heredoc with unbalanced braces).
      if (open && /^(?:resource|data|module|variable|output|locals|provider|terraform)\b/.test(text)) close();
      if (open && /^\}/.test(text)) {
        close();
        continue;
      }
      if (open) {
        const sel = SELECTOR.exec(text);
        const current = open.selectors.at(-1);
        if (sel && open.depth === 1) {
          open.selectors.push({
            kind: (sel[1] ?? sel[2]) as SelectorLines['kind'],
            line: i + 1,
            fields: [],
            depth: 1,
          });
        } else if (current && open.depth === 2 && FIELD_SELECTOR.test(text)) {
          current.fields.push({ line: i + 1 });
        } else if (current && open.depth === 2 && NAME.test(text)) {
          current.name = NAME.exec(text)?.[1] ?? '';
        } else if (current && open.depth === 3 && FIELD.test(text)) {
          const f = current.fields.at(-1);
          if (f) f.field = FIELD.exec(text)?.[1] ?? '';
        }
        open.depth += braceDelta(text);
        if (open.depth <= 0) close();
        continue;
      }
      const block = BLOCK.exec(text);
      if (block) {
        const [, kind, type, name] = block;
        const key = `${prefix}${kind === 'data' ? 'data.' : ''}${type}.${name}`;
        if (!out.has(key)) out.set(key, { file, line: i + 1 });
        module = undefined;
        open = { key, depth: braceDelta(text), selectors: [] };
        if (open.depth <= 0) close();
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
