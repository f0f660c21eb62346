/**
 * Terraform source (`--terraform-dir`) support for the plan adapter.
 *
 * In `terraform show -json`, a value such as `starts_with = ["${aws_s3_bucket.b.arn}/"]` whose bucket is created
 * by the same plan is unknown, and the plan's `configuration` keeps only the references, never the template. This
 * module reads the `.tf` / `.tf.json` sources (root module plus child modules found through
 * `.terraform/modules/modules.json` or local `source` paths) with `@cdktf/hcl2json`, and evaluates the small
 * expression subset that is used to build ARNs, so the adapter can say "arn:aws:s3:::important-bucket/" instead
 * of "unknown".
 *
 * hcl2json output shapes (checked by experiment with @cdktf/hcl2json 0.21):
 *   resource: { TYPE: { NAME: [ body ] } }       data: { TYPE: { NAME: [ body ] } }
 *   module:   { NAME: [ body ] }                 variable: { NAME: [ { default?, type? } ] }
 *   locals:   [ { ... }, { ... } ]               (one entry per `locals` block)
 *   nested blocks (no label): body.KEY = [ blockBody, ... ] in source order, e.g.
 *     body.advanced_event_selector[i].field_selector[j], body.event_selector[i].data_resource[j]
 *   dynamic blocks: body.dynamic = { KEY: [ { for_each: "${...}", content: [ blockBody ] } ] }
 *   attribute expressions: literals stay JSON literals; everything else becomes a template string, e.g.
 *     aws_s3_bucket.b.arn -> "${aws_s3_bucket.b.arn}",  format("%s", x) -> "${format(\"%s\", x)}",
 *     an escaped "$${x}" stays "$${x}", heredocs become plain strings, constant sub-expressions may be folded.
 * `.tf.json` files follow Terraform's JSON syntax: a body or nested block may be an object instead of a one-element
 * array; use {@link blockList} to read nested blocks from either source.
 */
import { existsSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';

import { InputError, errorMessage } from '../../errors.js';
import { jsonErrorOf } from '../../io/json-error.js';
import { ReadLimitError, readBoundedSync } from '../../io/read-bounded.js';
import { maskSecrets } from '../../security/mask.js';
import { pushAll } from '../../util/push-all.js';
import { loadHcl2json, type Hcl2JsonParse } from './hcl2json.js';

/** One `.tf`/`.tf.json` file (or modules.json) larger than this is refused. */
export const MAX_TF_FILE_BYTES = 8 * 1024 * 1024;
/** All Terraform files of one run together. */
export const MAX_TF_TOTAL_BYTES = 64 * 1024 * 1024;

/**
 * Where `--terraform-dir` may read: the repository that holds the directory (the nearest ancestor with
 * `.git`, so that `source = "../../modules/x"` works), else the current directory when it holds the
 * directory, else the directory itself. Every file is resolved through its symbolic links and must land
 * inside that root, outside /proc, /sys and /dev, and be a regular file; at most {@link MAX_TF_FILE_BYTES}
 * each and {@link MAX_TF_TOTAL_BYTES} in all. A pull request controls the Terraform source and its
 * symbolic links: without this, `main.tf -> /proc/self/environ` or a FIFO would be read.
 */
class SourceTree {
  private total = 0;
  private constructor(
    readonly root: string,
    private readonly maxFile: number,
    private readonly maxTotal: number,
  ) {}

  static async of(dir: string, limits: TerraformDirLimits): Promise<SourceTree> {
    const real = await realpath(dir);
    let root = real;
    for (let d = real; ; d = path.dirname(d)) {
      if (existsSync(path.join(d, '.git'))) {
        root = d;
        break;
      }
      if (path.dirname(d) === d) {
        const cwd = await realpath(process.cwd()).catch(() => '');
        if (cwd && cwd !== path.parse(cwd).root && isInside(real, cwd)) root = cwd;
        break;
      }
    }
    return new SourceTree(
      root,
      limits.maxFileBytes ?? MAX_TF_FILE_BYTES,
      limits.maxTotalBytes ?? MAX_TF_TOTAL_BYTES,
    );
  }

  /** The real path of `p` when it is inside the tree; undefined when it does not exist. */
  async resolve(p: string): Promise<string | undefined> {
    let real: string;
    try {
      real = await realpath(p);
    } catch (e) {
      if ((e as { code?: unknown }).code === 'ENOENT') return undefined;
      throw new InputError(`${p}: cannot read: ${errorMessage(e)}`, p, { cause: e });
    }
    if (!isInside(real, this.root) || SYSTEM_DIRS.some((d) => isInside(real, d)))
      throw new InputError(
        `${p}: resolves to ${real}, outside ${this.root} (a symbolic link or an absolute module path?); not read`,
        p,
      );
    return real;
  }

  /** The text of a regular file inside the tree, within the byte caps. */
  async read(file: string): Promise<string> {
    const real = await this.resolve(file);
    if (real === undefined)
      throw new InputError(`${file}: cannot read: ENOENT: no such file or directory`, file);
    const st = await stat(real);
    if (!st.isFile()) throw new InputError(`${file}: not a regular file; not read`, file);
    const left = this.maxTotal - this.total;
    let buf: Buffer;
    try {
      buf = readBoundedSync(real, { maxBytes: Math.min(this.maxFile, left), timeoutMs: 0 });
    } catch (e) {
      if (e instanceof ReadLimitError && e.kind === 'too-large')
        throw new InputError(
          left < this.maxFile
            ? `${file}: the Terraform files are over ${this.maxTotal / 1048576} MiB in all; not read`
            : `${file}: over ${this.maxFile / 1048576} MiB; not read`,
          file,
        );
      throw new InputError(`${file}: cannot read: ${errorMessage(e)}`, file, { cause: e });
    }
    this.total += buf.length;
    return buf.toString('utf8');
  }
}

const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];

function isInside(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export interface TerraformDirLimits {
  readonly maxFileBytes?: number;
  readonly maxTotalBytes?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Loading a Terraform directory
// ---------------------------------------------------------------------------------------------------------------

export interface HclSource {
  /** File the construct came from, as a path joined onto the directory given by the user (for messages). */
  file: string;
}

export interface TerraformConfig {
  /** The body (as hcl2json JSON) of `resource "TYPE" "NAME"` (or data source when mode === 'data') in the module at callPath (module call names, instance keys dropped: ['outer','inner']; [] = root). undefined if not found. */
  resource(
    callPath: readonly string[],
    mode: 'managed' | 'data',
    type: string,
    name: string,
  ): { body: Record<string, unknown>; file: string } | undefined;
  /** Module call `module "NAME"` block body in module callPath (for resolving var.* of the child). */
  moduleCall(callPath: readonly string[], name: string): Record<string, unknown> | undefined;
  /** locals of a module (merged from all locals blocks) */
  locals(callPath: readonly string[]): Record<string, unknown>;
  /** variable defaults (undefined when the variable or its default is absent; a written `default = null` gives null) */
  variableDefault(callPath: readonly string[], name: string): unknown;
}

type Body = Record<string, unknown>;

interface ModuleSource {
  /** Directory as displayed in messages. */
  dir: string;
  /** Keyed by `managed.TYPE.NAME` / `data.TYPE.NAME`. */
  resources: Map<string, { body: Body; file: string }>;
  moduleCalls: Map<string, { body: Body }>;
  variables: Map<string, { body: Body }>;
  locals: Record<string, unknown>;
}

type ParseFn = Hcl2JsonParse;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Nested blocks named `key` of a body, as a list: hcl2json always gives an array, Terraform JSON syntax allows a
 * single object too. Non-object entries are skipped.
 */
export function blockList(body: Record<string, unknown> | undefined, key: string): Record<string, unknown>[] {
  if (!body) return [];
  const v = body[key];
  if (Array.isArray(v)) return v.filter(isRecord);
  if (isRecord(v)) return [v];
  return [];
}

/** Entries of a label level (`{TYPE: ...}` / `{NAME: ...}`), accepting JSON syntax's array-of-objects form. */
function labelEntries(v: unknown): [string, unknown][] {
  const out: [string, unknown][] = [];
  const add = (o: unknown): void => {
    if (!isRecord(o)) return;
    for (const [k, val] of Object.entries(o)) if (k !== '//') out.push([k, val]);
  };
  if (Array.isArray(v)) v.forEach(add);
  else add(v);
  return out;
}

function firstBody(v: unknown): Body | undefined {
  if (Array.isArray(v)) return v.find(isRecord);
  return isRecord(v) ? v : undefined;
}

const moduleKey = (callPath: readonly string[]): string => callPath.join('.');

function isOverrideFile(name: string): boolean {
  const base = name.replace(/\.tf(\.json)?$/, '');
  return base === 'override' || base.endsWith('_override');
}

function emptyModule(dir: string): ModuleSource {
  return { dir, resources: new Map(), moduleCalls: new Map(), locals: {}, variables: new Map() };
}

/** Adds one parsed file to a module. Override files merge arguments into existing blocks (Terraform's rule). */
function addFile(mod: ModuleSource, doc: Record<string, unknown>, file: string, override: boolean): void {
  const put = <T extends { body: Body }>(map: Map<string, T>, key: string, entry: T): void => {
    const existing = map.get(key);
    // Top-level arguments of an override block replace the original ones; a nested block type given in the
    // override replaces all blocks of that type, which is what a shallow merge of the hcl2json body does.
    if (override) {
      if (existing) existing.body = { ...existing.body, ...entry.body };
    } else if (!existing) map.set(key, entry);
  };
  for (const [mode, section] of [
    ['managed', doc['resource']],
    ['data', doc['data']],
  ] as const) {
    for (const [type, byName] of labelEntries(section)) {
      for (const [name, bodies] of labelEntries(byName)) {
        const body = firstBody(bodies);
        if (body) put(mod.resources, `${mode}.${type}.${name}`, { body, file });
      }
    }
  }
  for (const [section, map] of [
    ['module', mod.moduleCalls],
    ['variable', mod.variables],
  ] as const) {
    for (const [name, bodies] of labelEntries(doc[section])) {
      const body = firstBody(bodies);
      if (body) put(map, name, { body });
    }
  }
  const localsBlocks = Array.isArray(doc['locals']) ? doc['locals'] : [doc['locals']];
  for (const block of localsBlocks) {
    if (!isRecord(block)) continue;
    for (const [k, v] of Object.entries(block)) if (k !== '//') mod.locals[k] = v;
  }
}

/** `parse config: [main.tf:9,44-10,1: Summary; Detail. other.tf:...]` -> `file:9:44: invalid HCL: Summary`. */
function hclErrorMessage(file: string, raw: string): string {
  const at = raw.indexOf(`${file}:`);
  if (at >= 0) {
    const rest = raw.slice(at + file.length + 1);
    const m = /^(\d+),(\d+)(?:-(?:\d+,)?\d+)?: ([^;\]]*)/.exec(rest);
    // The summary is HCL's own wording ("Invalid expression"); the detail after `;` may quote the source.
    if (m) return `${file}:${m[1]}:${m[2]}: invalid HCL: ${maskSecrets(m[3]!.trim().slice(0, 200))}`;
  }
  // Anything else hcl2json says may quote the source: not repeated.
  void raw;
  return `${file}: invalid HCL`;
}

/** `file:line:column: invalid JSON: reason`, without quoting the text. */
function jsonError(file: string, text: string, e: unknown): InputError {
  const { position, reason } = jsonErrorOf(e);
  let where = '';
  if (position !== undefined) {
    const before = text.slice(0, position);
    const line = before.split('\n').length;
    where = `:${line}:${position - before.lastIndexOf('\n')}`;
  }
  return new InputError(`${file}${where}: invalid JSON: ${reason}`, file, { cause: e });
}

async function parseFile(
  parse: () => Promise<ParseFn>,
  tree: SourceTree,
  file: string,
): Promise<Record<string, unknown>> {
  const text = await tree.read(file);
  if (file.endsWith('.json')) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      throw jsonError(file, text, e);
    }
    if (!isRecord(doc))
      throw new InputError(`${file}: invalid Terraform JSON: top level is not an object`, file);
    return doc;
  }
  try {
    const doc = await (await parse())(file, text);
    return isRecord(doc) ? doc : {};
  } catch (e) {
    throw new InputError(hclErrorMessage(file, errorMessage(e)), file, { cause: e });
  }
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

async function loadModuleDir(
  parse: () => Promise<ParseFn>,
  tree: SourceTree,
  dir: string,
): Promise<ModuleSource> {
  await tree.resolve(dir);
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => !d.isDirectory() && /\.tf(\.json)?$/.test(d.name))
    .map((d) => d.name)
    .sort();
  const mod = emptyModule(dir);
  for (const override of [false, true]) {
    for (const name of names) {
      if (isOverrideFile(name) !== override) continue;
      const file = path.join(dir, name);
      addFile(mod, await parseFile(parse, tree, file), file, override);
    }
  }
  return mod;
}

interface ModulesJsonEntry {
  key: string;
  dir: string;
}

async function readModulesJson(tree: SourceTree, rootDir: string): Promise<ModulesJsonEntry[]> {
  const file = path.join(rootDir, '.terraform', 'modules', 'modules.json');
  // Not initialised: only local module sources can be found.
  if ((await tree.resolve(file)) === undefined) return [];
  const text = await tree.read(file);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw jsonError(file, text, e);
  }
  const modules = isRecord(doc) && Array.isArray(doc['Modules']) ? doc['Modules'] : [];
  const out: ModulesJsonEntry[] = [];
  for (const m of modules) {
    if (!isRecord(m) || typeof m['Key'] !== 'string' || typeof m['Dir'] !== 'string' || m['Key'] === '')
      continue;
    const dir = path.isAbsolute(m['Dir']) ? m['Dir'] : path.join(rootDir, m['Dir']);
    out.push({ key: m['Key'], dir });
  }
  return out;
}

/**
 * Parses the root module in `dir` and every child module that is installed (`.terraform/modules/modules.json`) or
 * has a local `source` ("./x", "../x"). Throws InputError when `dir` is missing, holds no Terraform files, or a
 * file does not parse. A missing child-module directory is not an error: lookups in it return undefined.
 */
export async function loadTerraformDir(
  dir: string,
  limits: TerraformDirLimits = {},
): Promise<TerraformConfig> {
  if (!(await isDirectory(dir))) {
    const exists = await stat(dir).then(
      () => true,
      () => false,
    );
    throw new InputError(`${dir}: ${exists ? 'not a directory' : 'Terraform directory does not exist'}`, dir);
  }
  // hcl2json starts loading its wasm when imported, so only load it once a .tf file is actually parsed.
  const parse = loadHcl2json;

  const tree = await SourceTree.of(dir, limits);
  const rootHasFiles = (await readdir(dir)).some((n) => /\.tf(\.json)?$/.test(n));
  if (!rootHasFiles) throw new InputError(`${dir}: no *.tf or *.tf.json files found`, dir);
  const modules = new Map<string, ModuleSource>([['', await loadModuleDir(parse, tree, dir)]]);

  const entries = await readModulesJson(tree, dir);
  // Parents before children, so keys are loaded in a stable order.
  entries.sort((a, b) => a.key.split('.').length - b.key.split('.').length || a.key.localeCompare(b.key));
  for (const entry of entries) {
    if (modules.has(entry.key) || !(await isDirectory(entry.dir))) continue;
    modules.set(entry.key, await loadModuleDir(parse, tree, entry.dir));
  }

  // Local module sources not listed in modules.json (e.g. `terraform init` not run).
  const queue = [...modules.keys()];
  const tried = new Set<string>();
  while (queue.length > 0) {
    const key = queue.shift()!;
    const mod = modules.get(key)!;
    for (const [name, { body: call }] of mod.moduleCalls) {
      const childKey = key === '' ? name : `${key}.${name}`;
      if (modules.has(childKey) || tried.has(childKey)) continue;
      tried.add(childKey);
      const source = call['source'];
      if (typeof source !== 'string' || !/^\.\.?[\\/]/.test(source)) continue;
      const childDir = path.join(mod.dir, source);
      if (!(await isDirectory(childDir))) continue;
      modules.set(childKey, await loadModuleDir(parse, tree, childDir));
      queue.push(childKey);
    }
  }

  const get = (callPath: readonly string[]): ModuleSource | undefined => modules.get(moduleKey(callPath));
  return {
    resource(callPath, mode, type, name) {
      const r = get(callPath)?.resources.get(`${mode}.${type}.${name}`);
      return r ? { body: r.body, file: r.file } : undefined;
    },
    moduleCall(callPath, name) {
      return get(callPath)?.moduleCalls.get(name)?.body;
    },
    locals(callPath) {
      return { ...(get(callPath)?.locals ?? {}) };
    },
    variableDefault(callPath, name) {
      return get(callPath)?.variables.get(name)?.body['default'];
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Expression evaluation
// ---------------------------------------------------------------------------------------------------------------

/** Result of evaluating an HCL expression string: known value, or unknown with the reason (e.g. "aws_s3_bucket.x.arn is not known"). */
export type EvalResult = { known: true; value: unknown } | { known: false; detail: string };

export interface EvalScope {
  /** Resolve a reference traversal such as ['aws_s3_bucket','important_bucket','arn'], ['data','aws_caller_identity','current','account_id'], ['var','x'], ['local','y'], ['module','m','out'] to a known value or unknown. The scope implementation is supplied by the caller (the plan adapter knows planned values). */
  lookup(traversal: readonly (string | number)[]): EvalResult;
}

type Step = { kind: 'attr'; name: string } | { kind: 'index'; key: Expr };
type TemplatePart = string | Expr;
type Expr =
  | { kind: 'literal'; value: unknown }
  | { kind: 'template'; parts: TemplatePart[] }
  | { kind: 'variable'; name: string }
  | { kind: 'traversal'; base: Expr; steps: Step[] }
  | { kind: 'call'; name: string; args: Expr[]; expandLast: boolean }
  | { kind: 'tuple'; items: Expr[] }
  | { kind: 'object'; items: { key: Expr; value: Expr }[] }
  | { kind: 'conditional'; cond: Expr; then: Expr; otherwise: Expr }
  | { kind: 'not'; operand: Expr }
  | { kind: 'negate'; operand: Expr }
  | { kind: 'binary'; op: '==' | '!=' | '&&' | '||'; left: Expr; right: Expr };

/** Thrown inside the parser/evaluator; turned into `{known: false}` at the top. */
class NotKnown {
  constructor(readonly detail: string) {}
}

const ID_START = /[\p{ID_Start}_]/uy;
const ID_REST = /[\p{ID_Continue}-]*/uy;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const DIGITS = /\d+/y;

function shorten(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/**
 * Recursive-descent parser for HCL templates and the supported expression subset. Kept rather than
 * hcl2json's getExpressionAst (measured with 0.21: 3.8-5.0 ms per expression through the wasm bridge, 20-30x
 * this parser plus the evaluator, and asynchronous; its input must be re-quoted HCL, which the decoded
 * string values hcl2json gives cannot be turned back into without this parser's knowledge of `${`).
 */
class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  private unsupported(what: string): never {
    throw new NotKnown(`${what} is not supported in ${JSON.stringify(shorten(this.src))}`);
  }

  private peek(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  private eat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.pos += s.length;
    return true;
  }

  private expect(s: string): void {
    if (!this.eat(s)) {
      const found =
        this.pos < this.src.length ? JSON.stringify(this.src.slice(this.pos, this.pos + 10)) : 'end';
      this.unsupported(`expression syntax (expected "${s}" at ${found})`);
    }
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  private skipWs(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') this.pos++;
      else if (c === '#' || this.peek('//')) {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      } else if (this.peek('/*')) {
        const end = this.src.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? this.src.length : end + 2;
      } else return;
    }
  }

  private ident(): string | undefined {
    const start = this.pos;
    if (this.match(ID_START) === undefined) return undefined;
    this.match(ID_REST);
    return this.src.slice(start, this.pos);
  }

  /**
   * A template: in 'raw' mode the whole remaining source (hcl2json string values: escapes already decoded),
   * in 'quoted' mode up to the closing quote of a string literal inside an expression (backslash escapes apply).
   */
  template(mode: 'raw' | 'quoted'): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let lit = '';
    let stripNext = false;
    const flush = (): void => {
      if (lit !== '') parts.push(lit);
      lit = '';
    };
    for (;;) {
      if (this.pos >= this.src.length) {
        if (mode === 'quoted') this.unsupported('unterminated string literal');
        break;
      }
      if (stripNext) {
        stripNext = false;
        while (/[ \t\r\n]/.test(this.src[this.pos] ?? '')) this.pos++;
        continue;
      }
      const c = this.src[this.pos]!;
      if (mode === 'quoted' && c === '"') {
        this.pos++;
        break;
      }
      if (mode === 'quoted' && c === '\n') this.unsupported('multi-line string literal');
      if (this.eat('$${')) lit += '${';
      else if (this.eat('%%{')) lit += '%{';
      else if (this.peek('%{')) this.unsupported('template directive %{...}');
      else if (this.eat('${')) {
        if (this.eat('~')) lit = lit.replace(/[ \t\r\n]+$/, '');
        flush();
        this.skipWs();
        parts.push(this.expression());
        this.skipWs();
        if (this.eat('~')) stripNext = true;
        this.expect('}');
      } else if (mode === 'quoted' && c === '\\') lit += this.escape();
      else {
        lit += c;
        this.pos++;
      }
    }
    flush();
    return parts;
  }

  private escape(): string {
    const c = this.src[this.pos + 1];
    this.pos += 2;
    switch (c) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        const len = c === 'u' ? 4 : 8;
        const hex = this.src.slice(this.pos, this.pos + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.unsupported('string escape');
        this.pos += len;
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) this.unsupported('string escape');
        return String.fromCodePoint(cp);
      }
      default:
        return this.unsupported(`string escape "\\${c ?? ''}"`);
    }
  }

  expression(): Expr {
    const cond = this.binary(0);
    this.skipWs();
    if (!this.eat('?')) return cond;
    this.skipWs();
    const then = this.expression();
    this.skipWs();
    this.expect(':');
    this.skipWs();
    const otherwise = this.expression();
    return { kind: 'conditional', cond, then, otherwise };
  }

  private static readonly LEVELS: readonly (readonly ('==' | '!=' | '&&' | '||')[])[] = [
    ['||'],
    ['&&'],
    ['==', '!='],
  ];

  private binary(level: number): Expr {
    if (level >= Parser.LEVELS.length) {
      const operand = this.unary();
      this.skipWs();
      const op = this.match(/<=|>=|[+\-*/%<>]/y);
      if (op !== undefined) this.unsupported(`operator "${op}"`);
      return operand;
    }
    let left = this.binary(level + 1);
    for (;;) {
      this.skipWs();
      const op = Parser.LEVELS[level]!.find((o) => this.peek(o));
      if (!op) return left;
      this.pos += op.length;
      this.skipWs();
      left = { kind: 'binary', op, left, right: this.binary(level + 1) };
    }
  }

  private unary(): Expr {
    this.skipWs();
    if (this.eat('!')) return { kind: 'not', operand: this.unary() };
    if (this.eat('-')) return { kind: 'negate', operand: this.unary() };
    return this.postfix(this.primary());
  }

  private postfix(base: Expr): Expr {
    const steps: Step[] = [];
    for (;;) {
      const save = this.pos;
      this.skipWs();
      if (this.peek('.*') || this.peek('[*]')) this.unsupported('splat expression');
      if (this.peek('...')) {
        this.pos = save;
        break;
      }
      if (this.eat('.')) {
        const legacyIndex = this.match(DIGITS);
        if (legacyIndex !== undefined) {
          steps.push({ kind: 'index', key: { kind: 'literal', value: Number(legacyIndex) } });
          continue;
        }
        const name = this.ident();
        if (name === undefined) this.unsupported('expression syntax after "."');
        steps.push({ kind: 'attr', name });
      } else if (this.eat('[')) {
        this.skipWs();
        const key = this.expression();
        this.skipWs();
        this.expect(']');
        steps.push({ kind: 'index', key });
      } else {
        this.pos = save;
        break;
      }
    }
    return steps.length === 0 ? base : { kind: 'traversal', base, steps };
  }

  private primary(): Expr {
    this.skipWs();
    const num = this.match(NUMBER);
    if (num !== undefined) return { kind: 'literal', value: Number(num) };
    if (this.eat('"')) {
      const parts = this.template('quoted');
      if (parts.length === 0) return { kind: 'literal', value: '' };
      if (parts.length === 1 && typeof parts[0] === 'string') return { kind: 'literal', value: parts[0] };
      return { kind: 'template', parts };
    }
    if (this.eat('(')) {
      this.skipWs();
      const inner = this.expression();
      this.skipWs();
      this.expect(')');
      return inner;
    }
    if (this.eat('[')) return this.tuple();
    if (this.eat('{')) return this.object();
    if (this.peek('<<')) this.unsupported('heredoc inside an expression');
    const start = this.pos;
    const name = this.ident();
    if (name === undefined) {
      const found = this.pos < this.src.length ? JSON.stringify(this.src[this.pos]) : 'end';
      return this.unsupported(`expression syntax (unexpected ${found})`);
    }
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true' };
    if (name === 'null') return { kind: 'literal', value: null };
    let fname = name;
    while (this.peek('::')) {
      this.pos += 2;
      if (this.ident() === undefined) this.unsupported('expression syntax after "::"');
      fname = this.src.slice(start, this.pos);
    }
    this.skipWs();
    if (this.eat('(')) return this.call(fname);
    if (fname !== name) this.unsupported(`expression syntax "${fname}"`);
    this.pos = start + name.length;
    return { kind: 'variable', name };
  }

  private forAhead(): boolean {
    this.skipWs();
    return /^for[\s]/.test(this.src.slice(this.pos, this.pos + 4));
  }

  private tuple(): Expr {
    if (this.forAhead()) this.unsupported('for expression');
    const items: Expr[] = [];
    for (;;) {
      this.skipWs();
      if (this.eat(']')) break;
      items.push(this.expression());
      this.skipWs();
      if (!this.eat(',')) {
        this.skipWs();
        this.expect(']');
        break;
      }
    }
    return { kind: 'tuple', items };
  }

  private object(): Expr {
    if (this.forAhead()) this.unsupported('for expression');
    const items: { key: Expr; value: Expr }[] = [];
    for (;;) {
      this.skipWs();
      if (this.eat('}')) break;
      const start = this.pos;
      const bare = this.ident();
      let key: Expr;
      if (bare !== undefined && /^\s*(?:=(?!=)|:)/.test(this.src.slice(this.pos)))
        key = { kind: 'literal', value: bare };
      else {
        this.pos = start;
        key = this.expression();
      }
      this.skipWs();
      if (!this.eat('=')) this.expect(':');
      this.skipWs();
      items.push({ key, value: this.expression() });
      this.skipWs();
      this.eat(',');
    }
    return { kind: 'object', items };
  }

  private call(name: string): Expr {
    const args: Expr[] = [];
    let expandLast = false;
    for (;;) {
      this.skipWs();
      if (this.eat(')')) break;
      args.push(this.expression());
      this.skipWs();
      if (this.eat('...')) {
        expandLast = true;
        this.skipWs();
        this.expect(')');
        break;
      }
      if (!this.eat(',')) {
        this.skipWs();
        this.expect(')');
        break;
      }
    }
    return { kind: 'call', name, args, expandLast };
  }
}

// ----- values -----

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'object';
  return typeof v;
}

/** Terraform's number-to-string conversion, where JS would print an exponent we refuse rather than guess. */
function numberToString(n: number): string {
  const s = String(n);
  if (!Number.isFinite(n) || /e/i.test(s))
    throw new NotKnown(`cannot convert number ${s} to a string exactly`);
  return s;
}

/** Automatic conversion to string (string, number and bool convert; anything else is an error). */
function toStr(v: unknown, what: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new NotKnown(`${what}: expected a string, got ${typeName(v)}`);
}

function toBool(v: unknown, what: string): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new NotKnown(`${what}: expected a bool, got ${typeName(v)}`);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]))
    );
  }
  return false;
}

/** Element type unification as done by tolist/toset: mixed string/number/bool primitives become strings. */
function unifyElements(items: unknown[], fn: string): unknown[] {
  const kinds = new Set(items.filter((x) => x !== null).map(typeName));
  if (kinds.size <= 1) return items;
  if ([...kinds].every((k) => k === 'string' || k === 'number' || k === 'boolean') && kinds.has('string')) {
    return items.map((x) => (x === null ? null : toStr(x, fn)));
  }
  throw new NotKnown(`${fn}: elements of types ${[...kinds].join(', ')} cannot be unified`);
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function jsonEncode(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') {
    return JSON.stringify(v).replace(
      /[<>&\u2028\u2029]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }
  if (typeof v === 'number') return numberToString(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(jsonEncode).join(',')}]`;
  if (isRecord(v)) {
    const keys = Object.keys(v).sort(compareBytes);
    return `{${keys.map((k) => `${jsonEncode(k)}:${jsonEncode(v[k])}`).join(',')}}`;
  }
  throw new NotKnown(`jsonencode: cannot encode ${typeName(v)}`);
}

function tfFormat(fmt: string, args: unknown[]): string {
  let out = '';
  let next = 0;
  const arg = (verb: string): unknown => {
    if (next >= args.length) throw new NotKnown(`format: not enough arguments for "%${verb}"`);
    const v = args[next++];
    if (v === null) throw new NotKnown(`format: null value for "%${verb}"`);
    return v;
  };
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    const verb = fmt[++i];
    switch (verb) {
      case '%':
        out += '%';
        break;
      case 's':
        out += toStr(arg(verb), 'format "%s"');
        break;
      case 'v': {
        const v = arg(verb);
        if (typeof v === 'object') throw new NotKnown('format: "%v" of a collection is not supported');
        out += toStr(v, 'format "%v"');
        break;
      }
      case 'd': {
        const v = arg(verb);
        const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
        if (typeof n !== 'number' || !Number.isInteger(n))
          throw new NotKnown(`format: "%d" needs an integer`);
        out += numberToString(n);
        break;
      }
      case 't':
        out += toBool(arg(verb), 'format "%t"') ? 'true' : 'false';
        break;
      case 'q':
        out += JSON.stringify(toStr(arg(verb), 'format "%q"'));
        break;
      default:
        throw new NotKnown(`format: verb "%${verb ?? ''}" is not supported`);
    }
  }
  if (next < args.length) throw new NotKnown('format: too many arguments');
  return out;
}

const SUPPORTED_FUNCTIONS = new Set([
  'format',
  'join',
  'lower',
  'upper',
  'trimsuffix',
  'trimprefix',
  'replace',
  'concat',
  'tolist',
  'toset',
  'jsonencode',
  'coalesce',
]);

function arity(name: string, args: unknown[], n: number): void {
  if (args.length !== n) throw new NotKnown(`${name}: expected ${n} argument(s), got ${args.length}`);
}

function callFunction(name: string, args: unknown[]): unknown {
  switch (name) {
    case 'format': {
      if (args.length < 1) throw new NotKnown('format: missing format string');
      return tfFormat(toStr(args[0], 'format'), args.slice(1));
    }
    case 'join': {
      if (args.length < 2) throw new NotKnown('join: expected a separator and at least one list');
      const sep = toStr(args[0], 'join');
      const items: string[] = [];
      for (const list of args.slice(1)) {
        if (!Array.isArray(list)) throw new NotKnown(`join: expected a list, got ${typeName(list)}`);
        for (const x of list) {
          if (x === null) throw new NotKnown('join: list contains null');
          items.push(toStr(x, 'join'));
        }
      }
      return items.join(sep);
    }
    case 'lower':
    case 'upper': {
      arity(name, args, 1);
      const s = toStr(args[0], name);
      return name === 'lower' ? s.toLowerCase() : s.toUpperCase();
    }
    case 'trimsuffix':
    case 'trimprefix': {
      arity(name, args, 2);
      const s = toStr(args[0], name);
      const affix = toStr(args[1], name);
      if (affix === '') return s;
      if (name === 'trimsuffix') return s.endsWith(affix) ? s.slice(0, s.length - affix.length) : s;
      return s.startsWith(affix) ? s.slice(affix.length) : s;
    }
    case 'replace': {
      arity(name, args, 3);
      const [s, sub, rep] = args.map((a) => toStr(a, name)) as [string, string, string];
      if (sub.length > 1 && sub.startsWith('/') && sub.endsWith('/')) {
        throw new NotKnown('replace: regular-expression form is not supported');
      }
      return s.split(sub).join(rep);
    }
    case 'concat': {
      const out: unknown[] = [];
      for (const a of args) {
        if (!Array.isArray(a)) throw new NotKnown(`concat: expected a list, got ${typeName(a)}`);
        pushAll(out, a);
      }
      return out;
    }
    case 'tolist': {
      arity(name, args, 1);
      if (!Array.isArray(args[0]))
        throw new NotKnown(`tolist: expected a list or set, got ${typeName(args[0])}`);
      return unifyElements([...args[0]], name);
    }
    case 'toset': {
      arity(name, args, 1);
      const list = args[0];
      if (!Array.isArray(list)) throw new NotKnown(`toset: expected a list or set, got ${typeName(list)}`);
      const items = unifyElements(list, name);
      if (items.some((x) => x === null || typeof x === 'object')) {
        throw new NotKnown('toset: only sets of strings, numbers or bools are supported');
      }
      const unique = items.filter((x, i) => items.indexOf(x) === i);
      return unique.sort((a, b) =>
        typeof a === 'string' && typeof b === 'string'
          ? compareBytes(a, b)
          : typeof a === 'number' && typeof b === 'number'
            ? a - b
            : Number(a) - Number(b),
      );
    }
    case 'jsonencode':
      arity(name, args, 1);
      return jsonEncode(args[0]);
    default:
      throw new NotKnown(`function "${name}" is not supported`);
  }
}

/**
 * Applies attribute/index steps to a known value (for scopes that resolve only a prefix of a traversal, e.g.
 * `var.obj` of `var.obj.field[0]`). A missing attribute or index gives an unknown result, never an exception.
 */
const TOO_DEEP = 'the value is nested too deeply or too large to evaluate';

export function traverseValue(value: unknown, steps: readonly (string | number)[]): EvalResult {
  try {
    return { known: true, value: applySteps(value, steps, '') };
  } catch (e) {
    if (e instanceof NotKnown) return { known: false, detail: e.detail };
    if (e instanceof RangeError) return { known: false, detail: TOO_DEEP };
    throw e;
  }
}

function applySteps(value: unknown, steps: readonly (string | number)[], label: string): unknown {
  let v = value;
  let where = label;
  for (const step of steps) {
    const shown = typeof step === 'number' ? `[${step}]` : `.${step}`;
    if (Array.isArray(v)) {
      const i = typeof step === 'number' ? step : /^\d+$/.test(step) ? Number(step) : NaN;
      if (!Number.isInteger(i) || i < 0 || i >= v.length) {
        throw new NotKnown(`${where || 'value'} has no element ${shown}`);
      }
      v = v[i];
    } else if (isRecord(v)) {
      const k = String(step);
      if (!Object.hasOwn(v, k)) throw new NotKnown(`${where || 'value'} has no attribute ${shown}`);
      v = v[k];
    } else {
      throw new NotKnown(`cannot index ${typeName(v)} value ${where} with ${shown}`);
    }
    where += shown;
  }
  return v;
}

function traversalText(steps: readonly (string | number)[]): string {
  return steps
    .map((s, i) =>
      typeof s === 'number'
        ? `[${s}]`
        : i === 0
          ? s
          : /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u.test(s)
            ? `.${s}`
            : `[${JSON.stringify(s)}]`,
    )
    .join('');
}

class Evaluator {
  constructor(private readonly scope: EvalScope) {}

  eval(e: Expr): unknown {
    switch (e.kind) {
      case 'literal':
        return e.value;
      case 'template':
        return this.template(e.parts);
      case 'variable':
        return this.lookup([e.name]);
      case 'traversal':
        return this.traversal(e.base, e.steps);
      case 'tuple':
        return e.items.map((x) => this.eval(x));
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const { key, value } of e.items) {
          const k = this.eval(key);
          if (k === null) throw new NotKnown('object key is null');
          out[toStr(k, 'object key')] = this.eval(value);
        }
        return out;
      }
      case 'conditional':
        return toBool(this.eval(e.cond), 'condition') ? this.eval(e.then) : this.eval(e.otherwise);
      case 'not':
        return !toBool(this.eval(e.operand), 'operator "!"');
      case 'negate': {
        const v = this.eval(e.operand);
        if (typeof v !== 'number') throw new NotKnown(`operator "-": expected a number, got ${typeName(v)}`);
        return -v;
      }
      case 'binary':
        return this.binary(e.op, e.left, e.right);
      case 'call':
        return this.call(e.name, e.args, e.expandLast);
    }
  }

  private tryEval(e: Expr): { ok: true; value: unknown } | { ok: false; err: NotKnown } {
    try {
      return { ok: true, value: this.eval(e) };
    } catch (err) {
      if (err instanceof NotKnown) return { ok: false, err };
      throw err;
    }
  }

  private binary(op: '==' | '!=' | '&&' | '||', left: Expr, right: Expr): unknown {
    if (op === '==' || op === '!=') {
      const eq = deepEqual(this.eval(left), this.eval(right));
      return op === '==' ? eq : !eq;
    }
    // A known deciding operand wins even when the other side is unknown.
    const decisive = op === '||';
    const l = this.tryEval(left);
    const lb = l.ok ? toBool(l.value, `operator "${op}"`) : undefined;
    if (lb === decisive) return decisive;
    const r = this.tryEval(right);
    const rb = r.ok ? toBool(r.value, `operator "${op}"`) : undefined;
    if (rb === decisive) return decisive;
    if (!l.ok) throw l.err;
    if (!r.ok) throw r.err;
    return !decisive;
  }

  template(parts: readonly TemplatePart[]): unknown {
    const only = parts[0];
    if (parts.length === 1 && typeof only !== 'string' && only !== undefined) return this.eval(only);
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      const v = this.eval(p);
      if (v === null) throw new NotKnown('template interpolates a null value');
      out += toStr(v, 'template interpolation');
    }
    return out;
  }

  private lookup(traversal: (string | number)[]): unknown {
    const r = this.scope.lookup(traversal);
    if (!r.known) throw new NotKnown(r.detail);
    if (r.value === undefined) throw new NotKnown(`${traversalText(traversal)} has no value`);
    return r.value;
  }

  private key(e: Expr): string | number {
    const k = this.eval(e);
    if (typeof k === 'string' || typeof k === 'number') return k;
    throw new NotKnown(`index must be a string or number, got ${typeName(k)}`);
  }

  private traversal(base: Expr, steps: readonly Step[]): unknown {
    const keys = steps.map((s) => (s.kind === 'attr' ? s.name : this.key(s.key)));
    if (base.kind === 'variable') return this.lookup([base.name, ...keys]);
    return applySteps(this.eval(base), keys, '');
  }

  private call(name: string, argExprs: readonly Expr[], expandLast: boolean): unknown {
    if (!SUPPORTED_FUNCTIONS.has(name)) throw new NotKnown(`function "${name}" is not supported`);
    if (name === 'coalesce' && !expandLast) return this.coalesce(argExprs);
    const args = argExprs.map((a) => this.eval(a));
    if (expandLast) {
      const last = args.pop();
      if (!Array.isArray(last)) throw new NotKnown(`${name}: "..." expects a list, got ${typeName(last)}`);
      pushAll(args, last);
    }
    if (name === 'coalesce') return coalesceValues(args);
    return callFunction(name, args);
  }

  /** coalesce: unknown only if an unknown argument comes before the first non-null, non-empty one. */
  private coalesce(argExprs: readonly Expr[]): unknown {
    const results = argExprs.map((a) => this.tryEval(a));
    for (const r of results) {
      if (!r.ok) throw r.err;
      if (r.value === null || r.value === '') continue;
      if (typeof r.value === 'string' || typeof r.value === 'object') return r.value;
      // A number/bool result is converted to string when another argument is a string; an unknown argument
      // leaves the result type open.
      if (results.some((o) => o.ok && typeof o.value === 'string')) return toStr(r.value, 'coalesce');
      const unknownArg = results.find((o) => !o.ok);
      if (unknownArg && !unknownArg.ok) throw unknownArg.err;
      return r.value;
    }
    throw new NotKnown('coalesce: no non-null, non-empty argument');
  }
}

function coalesceValues(args: unknown[]): unknown {
  const found = args.find((v) => v !== null && v !== '');
  if (found === undefined) throw new NotKnown('coalesce: no non-null, non-empty argument');
  if (typeof found !== 'string' && typeof found !== 'object' && args.some((v) => typeof v === 'string')) {
    return toStr(found, 'coalesce');
  }
  return found;
}

/**
 * Evaluates a value from hcl2json output: template strings (`${...}`) are parsed and evaluated against `scope`,
 * arrays and objects element-wise, other JSON values are literals. Unsupported syntax or functions and unknown
 * references give `{known: false, detail}`; this function does not throw for those.
 */
export function evaluateExpression(expr: unknown, scope: EvalScope): EvalResult {
  try {
    return { known: true, value: evaluateValue(expr, new Evaluator(scope)) };
  } catch (e) {
    if (e instanceof NotKnown) return { known: false, detail: e.detail };
    // A value nested deeper than the stack (a .tf.json of 100,000 nested lists), or a result longer than a
    // string can be: the value is not known, the run goes on.
    if (e instanceof RangeError) return { known: false, detail: TOO_DEEP };
    throw e;
  }
}

function evaluateValue(expr: unknown, ev: Evaluator): unknown {
  if (typeof expr === 'string') return ev.template(parseTemplate(expr));
  if (expr === null || typeof expr === 'number' || typeof expr === 'boolean') return expr;
  if (Array.isArray(expr)) return expr.map((x) => evaluateValue(x, ev));
  if (isRecord(expr)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(expr)) {
      const key = ev.template(parseTemplate(k));
      if (key === null) throw new NotKnown('object key is null');
      out[toStr(key, 'object key')] = evaluateValue(v, ev);
    }
    return out;
  }
  throw new NotKnown(expr === undefined ? 'no expression' : `unsupported value of type ${typeof expr}`);
}

function parseTemplate(src: string): TemplatePart[] {
  if (!src.includes('{')) return src === '' ? [] : [src];
  try {
    return new Parser(src).template('raw');
  } catch (e) {
    if (e instanceof RangeError)
      throw new NotKnown(`expression is nested too deeply: ${JSON.stringify(shorten(src))}`);
    throw e;
  }
}
