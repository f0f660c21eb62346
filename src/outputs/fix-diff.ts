import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hclString } from '../engine/hcl-text.js';
import type { Fix, Patch } from '../engine/remediation.js';
import type { Recorder } from '../model/facts.js';
import {
  ADVANCED_OPERATORS,
  OPERATOR_ATTRIBUTES,
  type AdvancedEventSelector,
  type AdvancedOperator,
  type BasicEventSelector,
  type FieldSelector,
  type Str,
} from '../model/selectors.js';
import {
  blockAt,
  LayoutError,
  literal,
  topBlocks,
  type Block,
  type Body,
  type Entry,
  type Expr,
} from './hcl-layout.js';
import type { TerraformLocator } from './terraform-lines.js';

/**
 * A fix as a change of the user's own Terraform text (terraform-dir): the lines of the trail's block (or,
 * for a trail inside a registry module, of the `module "…"` call that feeds it) before and after, as a
 * unified diff. References (`"${aws_s3_bucket.x.arn}/"`, `aws_s3_bucket.x.arn`), formatting and source
 * order stay as written; only what the fix changes is rewritten.
 */
export interface FixDiff {
  /** The file changed, joined onto terraform-dir as given. */
  readonly file: string;
  /** The first line the diff changes, in the file as it is now. */
  readonly line: number;
  /** Unified diff hunks (`@@ … @@` and ` `/`-`/`+` lines), without file headers. */
  readonly text: string;
  /** For a trail inside a registry module: the module call whose input is changed. */
  readonly module?: string;
}

/** What the report adds to a fix when terraform-dir is given (additive members of `fixes[]`). */
export interface FixSource {
  readonly diff?: FixDiff;
  /** Why the fix is shown as an HCL block although terraform-dir was given. */
  readonly diffUnavailable?: string;
}

export interface FixDiffContext {
  readonly dir: string;
  /** The locator of `dir` (built once per run). */
  readonly locate: TerraformLocator;
  /** The recorder before the fix (the plan's view of it). */
  readonly recorder?: Recorder;
  /** The Terraform address of a bucket's `aws_s3_bucket` (`module.a.aws_s3_bucket.x`), when the plan has it. */
  readonly bucketRef: (bucket: string) => string | undefined;
  /** File texts already read in this run (many fixes change the same trail). */
  readonly files?: Map<string, string>;
  /** The trails' blocks already read in this run, by address (read once, edited per fix). */
  readonly targets?: Map<string, Target | string>;
}

class Unmatched extends Error {}
const no = (why: string): never => {
  throw new Unmatched(why);
};

/** The diff of a fix, or why there is none; nothing for a fix that proposes a new trail. */
export function fixDiff(fix: Fix, ctx: FixDiffContext): FixSource {
  const rec = ctx.recorder;
  if (!fix.recorder || !rec || rec.origin.source !== 'terraform-plan') return {};
  cache = ctx.files;
  try {
    return { diff: diffOf(fix.patches, rec, ctx) };
  } catch (e) {
    if (e instanceof Unmatched) return { diffUnavailable: e.message };
    if (e instanceof LayoutError) return { diffUnavailable: `the block could not be read (${e.message})` };
    throw e;
  } finally {
    cache = undefined;
  }
}

// ------------------------------------------------------------------------------------ locating

export interface Target {
  readonly file: string;
  readonly text: string;
  /** The block whose text changes (the trail's resource, or the module call). */
  readonly block: Block;
  /** The selectors' container: the trail's body, or the module call seen through the module's inputs. */
  readonly root: Node;
  /** Where references to buckets are written from (`module.a.`, or '' for the root module). */
  readonly scope: string;
  readonly module?: string;
}

let cache: Map<string, string> | undefined;

function readText(file: string): string {
  const hit = cache?.get(file);
  if (hit !== undefined) return hit;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return no(`${file} could not be read`);
  }
  cache?.set(file, text);
  return text;
}

function lineOffset(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return no('the line of the block is past the end of its file');
    at = nl + 1;
  }
  return at;
}

const MODULE_PATH =
  /^((?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*)(?:(data)\.)?([^.[\]]+)\.([^.[\]]+)(\[[^\]]*\])?$/;

function locateTarget(rec: Recorder, ctx: FixDiffContext): Target {
  const address = rec.origin.ref || rec.id;
  const m = MODULE_PATH.exec(address);
  if (!m) return no(`the address ${address} is not one of a resource`);
  if (m[5] && /^\["/.test(m[5]))
    return no(
      `${address} is one of several for_each instances of one block, which a change there would all get`,
    );
  // The same for a module called with for_each: its files (or its call's inputs) are shared by every instance.
  const keyed = /module\.([^.[\]]+)\["/.exec(m[1] ?? '');
  if (keyed)
    return no(
      `${address} is in one of several for_each instances of module "${keyed[1]}", which a change there would all get`,
    );
  const scope = (m[1] ?? '').replace(/\[[^\]]*\]/g, '');
  const at = ctx.locate(address);
  if (at) {
    if (at.file.endsWith('.json')) return no('the trail is written in JSON syntax (.tf.json)');
    if (scope) sharedLocalModule(ctx.dir, scope);
    const text = readText(at.file);
    const block = blockAt(
      text,
      lineOffset(text, at.line) + (/^\s*/.exec(text.slice(lineOffset(text, at.line)))?.[0].length ?? 0),
    );
    return { file: at.file, text, block, root: blockNode(block), scope };
  }
  if (!scope && readdirSafe(ctx.dir).some((f) => f.endsWith('.tf.json')))
    return no('the trail is written in JSON syntax (.tf.json)');
  if (!scope) return no(`the block of ${address} was not found in terraform-dir`);
  return viaModuleInput(ctx.dir, scope, m[3] as string, m[4] as string, address);
}

/**
 * A local module's files are the same for every `module` call with its source: a change there for one
 * call's trail changes the trail of every other call too. Followed for calls in terraform-dir itself.
 */
function sharedLocalModule(dir: string, scope: string): void {
  const path = scope.split('.').filter((_, i) => i % 2 === 1);
  if (path.length !== 1) return;
  const calls = new Map<string, string[]>();
  let mine: string | undefined;
  for (const file of tfFiles(dir)) {
    const text = readText(file);
    let blocks: Block[];
    try {
      blocks = topBlocks(text);
    } catch {
      continue;
    }
    for (const b of blocks) {
      const src = b.type === 'module' ? b.body.attributes.find((a) => a.name === 'source') : undefined;
      const value = src ? literal(text.slice(src.value.start, src.value.end).trim()) : undefined;
      if (value === undefined) continue;
      const key = join(dir, value).replace(/\/+$/, '');
      calls.set(key, [...(calls.get(key) ?? []), b.labels[0] as string]);
      if (b.labels[0] === path[0]) mine = key;
    }
  }
  const others = (mine ? (calls.get(mine) ?? []) : []).filter((c) => c !== path[0]);
  if (others.length)
    no(
      `module "${path[0]}" shares its source with module ${others.map((c) => `"${c}"`).join(', ')}: a change in its files would change their trails too`,
    );
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The `.tf` files of a directory, sorted (no `.tf.json`: they are left to the HCL block). */
function tfFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.tf'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

interface ModuleRecord {
  readonly Key: string;
  readonly Source?: string;
  readonly Dir: string;
}

function modulesJson(dir: string): ModuleRecord[] {
  try {
    const j = JSON.parse(readFileSync(join(dir, '.terraform', 'modules', 'modules.json'), 'utf8')) as {
      Modules?: ModuleRecord[];
    };
    return Array.isArray(j.Modules) ? j.Modules.filter((x) => typeof x?.Key === 'string') : [];
  } catch {
    return [];
  }
}

function findBlock(
  files: readonly string[],
  pick: (b: Block) => boolean,
): { file: string; text: string; block: Block } | undefined {
  for (const file of files) {
    const text = readText(file);
    let blocks: Block[];
    try {
      blocks = topBlocks(text);
    } catch {
      continue;
    }
    const block = blocks.find(pick);
    if (block) return { file, text, block };
  }
  return undefined;
}

/**
 * A trail inside a registry module: its files are not the user's, so the change goes to the input of the
 * `module "…"` call that feeds the selectors, when the module passes that input straight through
 * (`dynamic "advanced_event_selector" { for_each = var.x … }`).
 */
function viaModuleInput(dir: string, scope: string, type: string, name: string, address: string): Target {
  const path = scope
    .split('.')
    .filter((_, i) => i % 2 === 1)
    .filter(Boolean);
  const key = path.join('.');
  const call = path.at(-1) as string;
  const mods = modulesJson(dir);
  const record = mods.find((x) => x.Key === key);
  if (!record)
    return no(
      `module "${call}" is not installed in terraform-dir (.terraform/modules/modules.json; run terraform init)`,
    );
  const parentKey = path.slice(0, -1).join('.');
  const parentDir = parentKey ? mods.find((x) => x.Key === parentKey)?.Dir : '.';
  if (parentDir === undefined) return no(`the caller of module "${call}" is not installed in terraform-dir`);
  const inside = findBlock(
    tfFiles(join(dir, record.Dir)),
    (b) => b.type === 'resource' && b.labels[0] === type && b.labels[1] === name,
  );
  if (!inside) return no(`the block of ${address} was not found in module "${call}"`);
  const caller = findBlock(tfFiles(join(dir, parentDir)), (b) => b.type === 'module' && b.labels[0] === call);
  if (!caller) return no(`the module "${call}" call was not found`);
  return {
    file: caller.file,
    text: caller.text,
    block: caller.block,
    root: moduleNode(caller.block, inside.text, inside.block.body),
    scope: path
      .slice(0, -1)
      .map((p) => `module.${p}.`)
      .join(''),
    module: call,
  };
}

// ------------------------------------------------------------------------------------- nodes

/**
 * A thing that holds arguments and nested selectors: a block body, an object of a module input (whose keys
 * are the module's, read from its `content` blocks), or the module call itself.
 */
interface Node {
  /** Where its text starts (the block's type, or the object's `{`). */
  readonly start: number;
  readonly open: number;
  readonly close: number;
  readonly entries: readonly Entry[];
  /** `block`: nested blocks; `list`: nested selectors are objects of a list (module inputs). */
  readonly nesting: 'block' | 'list';
  /** Whether it is itself an object literal (entries may be separated by commas). */
  readonly object: boolean;
  /** The entry that holds the Terraform argument `arg`, or undefined; throws when it cannot be told. */
  attr(arg: string): Entry | undefined;
  /** The key written for `arg` (the argument itself in a block). */
  key(arg: string): string;
  /** The nested selectors of `kind`, in order; throws when they are not written one by one. */
  children(kind: string): readonly Node[];
  /** `list` nesting: the list literal that holds the children of `kind`, and the shape of its objects. */
  childList(kind: string): Expr & { kind: 'list' };
  childShape(kind: string): Shape;
}

interface Shape {
  readonly keys: ReadonlyMap<string, string>;
  readonly nested: ReadonlyMap<string, { readonly key: string; readonly shape: Shape }>;
}

function blockNode(block: Block): Node {
  const body = block.body;
  return {
    start: block.start,
    open: body.open,
    close: body.close,
    entries: body.attributes,
    nesting: 'block',
    object: false,
    attr: (arg) => body.attributes.find((a) => a.name === arg),
    key: (arg) => arg,
    children(kind) {
      if (body.blocks.some((b) => b.type === 'dynamic' && b.labels[0] === kind))
        return no(`the ${kind} blocks are written as a dynamic block`);
      return body.blocks.filter((b) => b.type === kind).map(blockNode);
    },
    childList: () => no('not a module input'),
    childShape: () => no('not a module input'),
  };
}

function objectNode(obj: Expr & { kind: 'object' }, shape: Shape): Node {
  const keyOf = (arg: string) =>
    shape.keys.get(arg) ??
    shape.nested.get(arg)?.key ??
    no(`the module input does not say which key sets ${arg}`);
  const nestedOf = (kind: string) =>
    shape.nested.get(kind) ?? no(`the module input does not say which key holds ${kind}`);
  const listOf = (kind: string) => {
    const key = nestedOf(kind).key;
    const e = obj.entries.find((x) => x.name === key);
    if (!e) return undefined;
    if (e.value.kind !== 'list') return no(`${key} is not written as a list of objects`);
    return e.value;
  };
  return {
    start: obj.start,
    open: obj.start,
    close: obj.end - 1,
    entries: obj.entries,
    nesting: 'list',
    object: true,
    attr: (arg) => {
      // An argument the module does not read from the object is not set through it.
      const k = shape.keys.get(arg) ?? shape.nested.get(arg)?.key;
      return k === undefined ? undefined : obj.entries.find((x) => x.name === k);
    },
    key: keyOf,
    childList: (kind) => listOf(kind) ?? no(`the module input sets no ${nestedOf(kind).key} to add to`),
    childShape: (kind) => nestedOf(kind).shape,
    children(kind) {
      const sub = nestedOf(kind).shape;
      return (listOf(kind)?.items ?? []).map((x) =>
        x.kind === 'object' ? objectNode(x, sub) : no(`a ${kind} of the module input is not an object`),
      );
    },
  };
}

/** The key of `iter.value` an expression reads: `x.value.k`, `lookup(x.value, "k", …)`, `try(x.value.k, …)`. */
function readKey(text: string, iter: string): string | undefined {
  const e = iter.replace(/[-]/g, '\\-');
  const m =
    new RegExp(`^(?:try\\(\\s*)?${e}\\.value\\.([A-Za-z_][\\w-]*)`).exec(text) ??
    new RegExp(`^lookup\\(\\s*${e}\\.value\\s*,\\s*"([^"]+)"`).exec(text) ??
    new RegExp(`^${e}\\.value\\[\\s*"([^"]+)"\\s*\\]`).exec(text);
  return m?.[1];
}

/** The iterator of a `dynamic` block and its `content` body, when it iterates over `for_each`. */
function dynamicParts(text: string, d: Block): { forEach: string; iter: string; content: Body } | undefined {
  const forEach = d.body.attributes.find((a) => a.name === 'for_each');
  const iterator = d.body.attributes.find((a) => a.name === 'iterator');
  const content = d.body.blocks.find((b) => b.type === 'content');
  if (!forEach || !content) return undefined;
  return {
    forEach: text.slice(forEach.value.start, forEach.value.end).trim(),
    iter: iterator ? text.slice(iterator.value.start, iterator.value.end).trim() : (d.labels[0] as string),
    content: content.body,
  };
}

/** The shape of the objects a `dynamic` block's content reads (its keys, and its nested dynamic blocks). */
function shapeOf(text: string, content: Body, iter: string): Shape {
  const keys = new Map<string, string>();
  for (const a of content.attributes) {
    const k = readKey(text.slice(a.value.start, a.value.end), iter);
    if (k) keys.set(a.name, k);
  }
  const nested = new Map<string, { key: string; shape: Shape }>();
  for (const d of content.blocks.filter((b) => b.type === 'dynamic')) {
    const parts = dynamicParts(text, d);
    const key = parts ? readKey(parts.forEach, iter) : undefined;
    if (parts && key)
      nested.set(d.labels[0] as string, { key, shape: shapeOf(text, parts.content, parts.iter) });
  }
  return { keys, nested };
}

/**
 * The module call, seen as the trail: each argument and selector kind of the module's resource block is
 * the input it passes straight on (`x = var.y`, `dynamic "k" { for_each = var.y … }`).
 */
function moduleNode(call: Block, moduleText: string, resource: Body): Node {
  const name = call.labels[0] as string;
  const inputs = new Map<string, { input: string; shape?: Shape }>();
  const direct = (t: string) => /^var\.([A-Za-z_][\w-]*)$/.exec(t.trim())?.[1];
  for (const a of resource.attributes) {
    const v = direct(moduleText.slice(a.value.start, a.value.end));
    if (v) inputs.set(a.name, { input: v });
  }
  for (const d of resource.blocks.filter((b) => b.type === 'dynamic')) {
    const parts = dynamicParts(moduleText, d);
    const v = parts ? direct(parts.forEach) : undefined;
    if (parts && v)
      inputs.set(d.labels[0] as string, { input: v, shape: shapeOf(moduleText, parts.content, parts.iter) });
  }
  const inputOf = (arg: string) =>
    inputs.get(arg)?.input ?? no(`module "${name}" does not pass ${arg} straight from one of its inputs`);
  const listOf = (kind: string) => {
    const input = inputOf(kind);
    const e = call.body.attributes.find((a) => a.name === input);
    if (!e) return no(`the call of module "${name}" does not set ${input} (the module's default is used)`);
    if (e.value.kind !== 'list') return no(`the input ${input} of module "${name}" is not written as a list`);
    return e.value;
  };
  const shapeFor = (kind: string) =>
    inputs.get(kind)?.shape ?? no(`module "${name}" does not pass ${kind} blocks from one of its inputs`);
  return {
    start: call.start,
    open: call.body.open,
    close: call.body.close,
    entries: call.body.attributes,
    nesting: 'list',
    object: false,
    attr: (arg) => {
      const input = inputs.get(arg)?.input;
      return input === undefined ? undefined : call.body.attributes.find((a) => a.name === input);
    },
    key: inputOf,
    childList: listOf,
    childShape: shapeFor,
    children(kind) {
      const shape = shapeFor(kind);
      return listOf(kind).items.map((x) =>
        x.kind === 'object'
          ? objectNode(x, shape)
          : no(`an element of the input ${inputOf(kind)} is not an object`),
      );
    },
  };
}

// ------------------------------------------------------------------------------------- editing

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

class Editor {
  readonly edits: Edit[] = [];
  /**
   * Lines whose run of `=` must be re-aligned once edited: an offset in the text as it is now, and which
   * lines from the one there on (-1: the line before it) were changed.
   */
  readonly realign: { readonly at: number; readonly lines: readonly number[] }[] = [];
  readonly pool = new Map<string, string>();
  constructor(
    readonly text: string,
    readonly scope: string,
    readonly bucketRef: (bucket: string) => string | undefined,
  ) {}

  src(e: { start: number; end: number }): string {
    return this.text.slice(e.start, e.end);
  }

  lineStart(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  indentAt(at: number): string {
    const re = /[ \t]*/y;
    re.lastIndex = this.lineStart(at);
    return re.exec(this.text)?.[0] ?? '';
  }

  /** Whether only blanks are before `at` on its line. */
  startsLine(at: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(at), at));
  }

  lineEnd(at: number): number {
    const nl = this.text.indexOf('\n', at);
    return nl < 0 ? this.text.length : nl + 1;
  }

  eol(): string {
    return this.text.includes('\r\n') ? '\r\n' : '\n';
  }

  push(e: Edit): void {
    this.edits.push(e);
  }

  /** A value as the user would write it: reused text, a reference to the bucket, or a literal. */
  textFor(v: string): string {
    const same = this.pool.get(v);
    if (same !== undefined) return same;
    for (const [w, t] of this.pool) {
      if (!v.startsWith(w) || v === w || !(w.endsWith('/') || v[w.length] === '/')) continue;
      const suffix = hclString(v.slice(w.length)).slice(1, -1);
      if (/^"[^"\n]*"$/.test(t)) return t.slice(0, -1) + suffix + '"';
      if (/^[A-Za-z_][\w-]*(?:\.[\w-]+|\[[^\]\n]*\])+$/.test(t)) return `"\${${t}}${suffix}"`;
    }
    const m = /^arn:[^:]+:s3:::([^/]+)(.*)$/s.exec(v);
    const ref = m ? this.bucketRef(m[1] as string) : undefined;
    if (m && ref?.startsWith(this.scope)) {
      const local = ref.slice(this.scope.length);
      if (/^aws_s3_bucket\.[\w-]+(?:\[[^\]]*\])?$/.test(local)) {
        const rest = m[2] as string;
        return rest ? `"\${${local}.arn}${hclString(rest).slice(1, -1)}"` : `${local}.arn`;
      }
    }
    return hclString(v);
  }

  listText(items: readonly string[], like?: Expr & { kind: 'list' }, multiline = false): string {
    const multi =
      like && (this.src(like).includes('\n') || (multiline && items.some((t) => t.includes('\n'))));
    if (!like || !multi || !items.length) return `[${items.join(', ')}]`;
    const first = like.items[0];
    const indent = first ? this.indentAt(first.start) : this.indentAt(like.end - 1) + '  ';
    const last = like.items.at(-1);
    const trailing = last ? /^\s*,/.test(this.text.slice(last.end, like.end)) : true;
    const eol = this.eol();
    return `[${eol}${items.map((t, i) => indent + t + (i < items.length - 1 || trailing ? ',' : '')).join(eol)}${eol}${this.indentAt(like.end - 1)}]`;
  }

  /** Sets the value of `arg` (inserting the argument if it is not written). */
  setAttr(node: Node, arg: string, value: string): void {
    const e = node.attr(arg);
    if (e) {
      if (this.src(e.value) !== value) this.push({ start: e.value.start, end: e.value.end, text: value });
      return;
    }
    this.insertEntry(node, node.key(arg), value);
  }

  removeEntry(node: Node, e: Entry): void {
    if (!node.object || this.src({ start: node.open, end: node.close }).includes('\n')) {
      if (!this.startsLine(e.start) || !this.lineRest(e.end))
        return no(`${e.name} shares its line with other text`);
      this.push({ start: this.lineStart(e.start), end: this.lineEnd(e.end), text: '' });
      // The lines before and after the removed one were in its run: the run may now be narrower.
      this.realign.push({ at: this.lineEnd(e.end), lines: [-1, 0] });
      return;
    }
    // One line: `{ a = 1, b = 2 }`
    const after = /^\s*,\s*/.exec(this.text.slice(e.end))?.[0] ?? '';
    this.push({ start: e.start, end: e.end + after.length, text: '' });
  }

  renameEntry(e: Entry, to: string): void {
    const gap = /^[ \t]*/.exec(this.text.slice(e.nameSpan.end))?.[0] ?? ' ';
    const width = e.name.length + gap.length;
    const pad = to.length < width ? ' '.repeat(width - to.length) : ' ';
    this.push({ start: e.nameSpan.start, end: e.nameSpan.end + gap.length, text: to + pad });
    this.realign.push({ at: e.nameSpan.start, lines: [0] });
  }

  /** A new argument after the last one (aligned with the one before it), else at the top of the body. */
  insertEntry(node: Node, key: string, value: string): void {
    const eol = this.eol();
    const multi = this.src({ start: node.open, end: node.close + 1 }).includes('\n');
    const last = node.entries.at(-1);
    if (!multi) {
      if (!node.object) return no('the block is written on one line');
      if (last) this.push({ start: last.end, end: last.end, text: `, ${key} = ${value}` });
      else this.push({ start: node.open, end: node.close + 1, text: `{ ${key} = ${value} }` });
      return;
    }
    const comma = node.object && node.entries.some((x) => /^[ \t]*,/.test(this.text.slice(x.end)));
    if (last) {
      if (!this.lineRest(last.end)) return no(`${last.name} shares its line with other text`);
      const eq = /^[ \t]*/.exec(this.text.slice(last.nameSpan.end))?.[0] ?? ' ';
      const width = last.name.length + eq.length;
      const name = key.length < width ? key + ' '.repeat(width - key.length - 1) : key;
      if (comma && !/^[ \t]*,/.test(this.text.slice(last.end)))
        this.push({ start: last.end, end: last.end, text: ',' });
      const at = this.lineEnd(last.end);
      this.push({
        start: at,
        end: at,
        text: `${this.indentAt(last.start)}${name} = ${value}${comma ? ',' : ''}${eol}`,
      });
      this.realign.push({ at, lines: [-1] });
      return;
    }
    if (!this.startsLine(node.close)) return no('the closing brace shares its line with other text');
    const closeLine = this.lineStart(node.close);
    this.push({
      start: closeLine,
      end: closeLine,
      text: `${this.indentAt(node.close)}  ${key} = ${value}${eol}`,
    });
  }

  /** Whether nothing but a comma or a comment follows `at` on its line. */
  lineRest(at: number): boolean {
    return /^[ \t]*,?[ \t]*(?:(?:#|\/\/)[^\n]*)?(?:\r?\n|$)/.test(this.text.slice(at));
  }

  /**
   * A new nested selector: in a block, after the last of its kind (a blank line between, as terraform fmt
   * leaves them), else before the closing brace; in a module input, as a new object of its list.
   */
  insertChild(
    node: Node,
    kind: string,
    siblings: readonly Node[],
    render: (indent: string) => string[],
  ): void {
    const eol = this.eol();
    if (node.nesting === 'list') {
      const list = node.childList(kind);
      if (list.comments) return no(`the list of ${kind} has comments inside`);
      const items = list.items.map((x) => this.src(x));
      const multi = this.src(list).includes('\n');
      const indent =
        list.items[0] && multi ? this.indentAt(list.items[0].start) : this.indentAt(list.end - 1) + '  ';
      const added = render(indent)
        .join(eol)
        .replace(/^[ \t]*/, '');
      this.push({ start: list.start, end: list.end, text: this.listText([...items, added], list, true) });
      return;
    }
    const last = siblings.at(-1);
    if (last) {
      if (!this.lineRest(last.close + 1)) return no(`the last ${kind} block shares its line with other text`);
      const at = this.lineEnd(last.close);
      this.push({ start: at, end: at, text: `${eol}${render(this.indentAt(last.start)).join(eol)}${eol}` });
      return;
    }
    if (!this.startsLine(node.close)) return no('the closing brace shares its line with other text');
    const closeLine = this.lineStart(node.close);
    const indent = this.indentAt(node.close) + '  ';
    const before = node.entries.length ? eol : '';
    this.push({ start: closeLine, end: closeLine, text: `${before}${render(indent).join(eol)}${eol}` });
  }

  removeChild(node: Node): void {
    if (node.object) return no('an object of a module input would have to be removed');
    if (!this.startsLine(node.start) || !this.lineRest(node.close + 1))
      return no('the block shares its line with other text');
    const start = this.lineStart(node.start);
    // With the blank line before it, when there is one.
    const prev = /\n([ \t]*\r?\n)$/.exec(this.text.slice(0, start));
    const from = prev ? start - (prev[1] as string).length : start;
    this.push({ start: from, end: this.lineEnd(node.close), text: '' });
  }
}

// --------------------------------------------------------------------------------- the selectors

const strValues = (l: FieldSelector['operators'][AdvancedOperator]): readonly Str[] | undefined =>
  l?.known ? l.value : undefined;
const known = (s: readonly Str[]) =>
  s.every((x) => x.known)
    ? s.map((x) => (x as { value: string }).value)
    : no('a value is known only after apply');

/** The values of a list written in the source, checked against the plan's: element by element. */
function matchList(ed: Editor, e: Entry, values: readonly Str[], what: string): Expr & { kind: 'list' } {
  const v = e.value;
  if (v.kind !== 'list') return no(`${what} is not written as a list literal`);
  if (v.comments) return no(`${what} has comments inside its list`);
  if (v.items.length !== values.length)
    return no(`${what} lists ${v.items.length} values in the source and ${values.length} in the plan`);
  v.items.forEach((item, i) => {
    const s = values[i] as Str;
    const text = ed.src(item);
    const lit = literal(text);
    if (s.known && lit !== undefined && lit !== s.value) no(`${what} in the source differs from the plan`);
    if (s.known && !ed.pool.has(s.value)) ed.pool.set(s.value, text);
  });
  return v;
}

/** The list of `values` keeping what is already written, in its order. */
function editList(
  ed: Editor,
  list: Expr & { kind: 'list' },
  old: readonly Str[],
  values: readonly string[],
): void {
  const before = old.map((s) => (s.known ? s.value : undefined));
  if (before.length === values.length && before.every((x, i) => x === values[i])) return;
  const texts = values.map((v) => {
    const i = before.indexOf(v);
    return i >= 0 ? ed.src(list.items[i] as Expr) : ed.textFor(v);
  });
  ed.push({ start: list.start, end: list.end, text: ed.listText(texts, list) });
}

function fieldOf(ed: Editor, fs: Node): string {
  const f = fs.attr('field');
  const v = f ? literal(ed.src(f.value)) : undefined;
  return v ?? no('a field_selector names its field with an expression');
}

/** A list of the source matched to the plan's values, or why it could not be (only a problem if it changes). */
type Matched = (Expr & { kind: 'list' }) | string;

function editAdvanced(ed: Editor, node: Node, old: AdvancedEventSelector, sel: AdvancedEventSelector): void {
  if ((old.name ?? '') !== (sel.name ?? '') && sel.name) ed.setAttr(node, 'name', hclString(sel.name));
  if (!old.fieldSelectors.known || !sel.fieldSelectors.known)
    return no('the field selectors are known only after apply');
  const src = node.children('field_selector');
  const byField = new Map<string, Node>();
  for (const fs of src) {
    const f = fieldOf(ed, fs);
    if (byField.has(f)) return no(`two field selectors name ${f}`);
    byField.set(f, fs);
  }
  const oldBy = new Map(old.fieldSelectors.value.map((fs) => [fs.field.known ? fs.field.value : '', fs]));
  if (oldBy.size !== byField.size || [...byField.keys()].some((f) => !oldBy.has(f)))
    return no('the field selectors in the source differ from the plan');
  const matched = new Map<string, Map<AdvancedOperator, Matched>>();
  for (const [f, fs] of byField) {
    const o = oldBy.get(f) as FieldSelector;
    const lists = new Map<AdvancedOperator, Matched>();
    for (const op of ADVANCED_OPERATORS) {
      const e = fs.attr(OPERATOR_ATTRIBUTES[op]);
      const vals = strValues(o.operators[op]);
      if (!e && !vals) continue;
      if (!e || !vals) return no(`${f} ${OPERATOR_ATTRIBUTES[op]} in the source differs from the plan`);
      try {
        lists.set(op, matchList(ed, e, vals, `${f} ${OPERATOR_ATTRIBUTES[op]}`));
      } catch (err) {
        // A list written otherwise (a variable, a function) is fine as long as the fix leaves it alone.
        if (!(err instanceof Unmatched)) throw err;
        lists.set(op, err.message);
      }
    }
    matched.set(f, lists);
  }
  const news = new Map(sel.fieldSelectors.value.map((fs) => [fs.field.known ? fs.field.value : '', fs]));
  for (const [f, fs] of byField) {
    const n = news.get(f);
    if (n)
      editOperators(
        ed,
        fs,
        oldBy.get(f) as FieldSelector,
        n,
        matched.get(f) as Map<AdvancedOperator, Matched>,
      );
    else ed.removeChild(fs);
  }
  const shape = node.nesting === 'list' ? node.childShape('field_selector') : undefined;
  for (const [f, n] of news)
    if (!byField.has(f))
      ed.insertChild(node, 'field_selector', src, (indent) =>
        nested('field_selector', fieldRows(ed, n), indent, shape),
      );
}

const usable = (m: Matched | undefined): Expr & { kind: 'list' } =>
  typeof m === 'string' || !m ? no(m ?? 'a list could not be matched') : m;

function editOperators(
  ed: Editor,
  fs: Node,
  old: FieldSelector,
  sel: FieldSelector,
  lists: Map<AdvancedOperator, Matched>,
): void {
  const same = (op: AdvancedOperator) =>
    JSON.stringify(strValues(old.operators[op])) === JSON.stringify(strValues(sel.operators[op]));
  const removed = ADVANCED_OPERATORS.filter((op) => old.operators[op] && !sel.operators[op]);
  const added = ADVANCED_OPERATORS.filter((op) => !old.operators[op] && sel.operators[op]);
  const changed = ADVANCED_OPERATORS.filter((op) => old.operators[op] && sel.operators[op] && !same(op));
  const entry = (op: AdvancedOperator) => fs.attr(OPERATOR_ATTRIBUTES[op]) as Entry;
  const values = (op: AdvancedOperator) => known(strValues(sel.operators[op]) ?? []);
  // equals → starts_with: the same argument renamed, its list kept as written where the values are the same.
  if (removed.length === 1 && added.length === 1) {
    const from = removed[0] as AdvancedOperator;
    const to = added[0] as AdvancedOperator;
    const list = usable(lists.get(from));
    ed.renameEntry(entry(from), fs.key(OPERATOR_ATTRIBUTES[to]));
    editList(ed, list, strValues(old.operators[from]) ?? [], values(to));
  } else {
    for (const op of removed) ed.removeEntry(fs, entry(op));
    for (const op of added)
      ed.insertEntry(fs, fs.key(OPERATOR_ATTRIBUTES[op]), ed.listText(values(op).map((v) => ed.textFor(v))));
  }
  for (const op of changed)
    editList(ed, usable(lists.get(op)), strValues(old.operators[op]) ?? [], values(op));
}

/** `name = value` lines with the `=` aligned, as terraform fmt writes them. */
function aligned(rows: readonly [string, string][], indent: string): string[] {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${indent}${k.padEnd(w)} = ${v}`);
}

const listOf = (ed: Editor, vals: readonly Str[]) => ed.listText(known(vals).map((v) => ed.textFor(v)));

/** A nested selector's rows, keyed as the parent writes them (`shape`: a module input's keys). */
function keyed(rows: [string, string][], shape?: Shape): [string, string][] {
  if (!shape) return rows;
  return rows.map(([k, v]) => [
    shape.keys.get(k) ?? no(`the module input does not say which key sets ${k}`),
    v,
  ]);
}

/** A nested block, or (`shape`) an object of a module input. */
function nested(
  type: string,
  rows: [string, string][],
  indent: string,
  shape?: Shape,
  inner: string[] = [],
): string[] {
  const head = shape ? `${indent}{` : `${indent}${type} {`;
  return [head, ...aligned(keyed(rows, shape), indent + '  '), ...inner, `${indent}}`];
}

function fieldRows(ed: Editor, fs: FieldSelector): [string, string][] {
  const rows: [string, string][] = [['field', hclString(fs.field.known ? fs.field.value : '')]];
  for (const op of ADVANCED_OPERATORS) {
    const vals = strValues(fs.operators[op]);
    if (vals) rows.push([OPERATOR_ATTRIBUTES[op], listOf(ed, vals)]);
  }
  return rows;
}

function renderAdvanced(ed: Editor, parent: Node, sel: AdvancedEventSelector, indent: string): string[] {
  const fss = sel.fieldSelectors.known ? sel.fieldSelectors.value : [];
  if (parent.nesting === 'block') {
    const inner = fss.flatMap((fs) => ['', ...nested('field_selector', fieldRows(ed, fs), indent + '  ')]);
    const name = sel.name ? [`${indent}  name = ${hclString(sel.name)}`] : [];
    return [`${indent}advanced_event_selector {`, ...name, ...inner, `${indent}}`];
  }
  const shape = parent.childShape('advanced_event_selector');
  const fsShape =
    shape.nested.get('field_selector') ?? no('the module input does not say how field selectors are written');
  const lines = fss.map((fs, i) => {
    const l = nested('field_selector', fieldRows(ed, fs), indent + '    ', fsShape.shape);
    if (i < fss.length - 1) l[l.length - 1] += ',';
    return l;
  });
  const name = sel.name ? [[`name`, hclString(sel.name)] as [string, string]] : [];
  return nested('', name, indent, shape, [
    `${indent}  ${fsShape.key} = [`,
    ...lines.flat(),
    `${indent}  ]`,
  ]).filter((l, i) => i !== 1 || name.length > 0 || l.trim() !== '');
}

function renderBasic(ed: Editor, parent: Node, sel: BasicEventSelector, indent: string): string[] {
  if (parent.nesting !== 'block')
    return no('a new event_selector in a module input is left to the HCL block');
  const rw = hclString(sel.readWriteType.known ? sel.readWriteType.value : 'All');
  const inner = (sel.dataResources.known ? sel.dataResources.value : []).flatMap((dr) => [
    '',
    ...nested(
      'data_resource',
      [
        ['type', hclString(dr.type.known ? dr.type.value : 'AWS::S3::Object')],
        ['values', dr.values.known ? listOf(ed, dr.values.value) : '[]'],
      ],
      indent + '  ',
    ),
  ]);
  return nested(
    'event_selector',
    [
      ['read_write_type', rw],
      ['include_management_events', 'true'],
    ],
    indent,
    undefined,
    inner,
  );
}

function editBasic(ed: Editor, node: Node, old: BasicEventSelector, sel: BasicEventSelector): void {
  const rw = old.readWriteType.known ? old.readWriteType.value : undefined;
  const want = sel.readWriteType.known ? sel.readWriteType.value : 'All';
  if (rw !== want) ed.setAttr(node, 'read_write_type', hclString(want));
  if (!old.dataResources.known || !sel.dataResources.known)
    return no('the data resources are known only after apply');
  const src = node.children('data_resource');
  if (src.length !== old.dataResources.value.length)
    return no('the data_resource blocks in the source differ from the plan');
  const olds = old.dataResources.value;
  sel.dataResources.value.forEach((dr, i) => {
    const o = olds[i];
    const s = src[i];
    if (!o || !s) {
      const rows: [string, string][] = [
        ['type', hclString(dr.type.known ? dr.type.value : 'AWS::S3::Object')],
        ['values', dr.values.known ? listOf(ed, dr.values.value) : '[]'],
      ];
      const shape = node.nesting === 'list' ? node.childShape('data_resource') : undefined;
      ed.insertChild(node, 'data_resource', src, (indent) => nested('data_resource', rows, indent, shape));
      return;
    }
    if (!o.values.known || !dr.values.known) return no('the data resource values are known only after apply');
    const e = s.attr('values') ?? no('a data_resource has no values');
    const list = matchList(ed, e, o.values.value, 'data_resource values');
    editList(ed, list, o.values.value, known(dr.values.value));
  });
}

function applyPatch(ed: Editor, root: Node, rec: Recorder, p: Patch): void {
  const set = rec.selectors.known ? rec.selectors.value : no('the selectors are known only after apply');
  switch (p.kind) {
    case 'set':
      ed.setAttr(root, p.attribute, typeof p.value === 'string' ? hclString(p.value) : String(p.value));
      return;
    case 'replace-advanced':
    case 'add-advanced': {
      const src = root.children('advanced_event_selector');
      const old = set.kind === 'advanced' ? set.selectors : [];
      if (src.length !== old.length)
        return no('the advanced_event_selector blocks in the source differ from the plan');
      if (p.kind === 'add-advanced') {
        ed.insertChild(root, 'advanced_event_selector', src, (indent) =>
          renderAdvanced(ed, root, p.selector, indent),
        );
        return;
      }
      const node = src[p.index] ?? no('the selector to correct is not in the source');
      editAdvanced(ed, node, old[p.index] as AdvancedEventSelector, p.selector);
      return;
    }
    case 'replace-basic':
    case 'add-basic': {
      const src = root.children('event_selector');
      const old = set.kind === 'basic' ? set.selectors : [];
      if (src.length !== old.length)
        return no('the event_selector blocks in the source differ from the plan');
      if (p.kind === 'add-basic') {
        ed.insertChild(root, 'event_selector', src, (indent) => renderBasic(ed, root, p.selector, indent));
        return;
      }
      const node = src[p.index] ?? no('the selector to correct is not in the source');
      editBasic(ed, node, old[p.index] as BasicEventSelector, p.selector);
      return;
    }
  }
}

/** The values already written in the trail's selectors, for reuse in new text (best effort). */
function collectPool(ed: Editor, root: Node, rec: Recorder): void {
  const set = rec.selectors.known ? rec.selectors.value : undefined;
  try {
    if (set?.kind === 'advanced') {
      root.children('advanced_event_selector').forEach((node, i) => {
        const old = set.selectors[i];
        if (!old?.fieldSelectors.known) return;
        for (const fs of node.children('field_selector')) {
          let f: string;
          try {
            f = fieldOf(ed, fs);
          } catch {
            continue;
          }
          const o = old.fieldSelectors.value.find((x) => x.field.known && x.field.value === f);
          for (const op of ADVANCED_OPERATORS) {
            const e = fs.attr(OPERATOR_ATTRIBUTES[op]);
            const vals = strValues(o?.operators[op]);
            if (e && vals)
              try {
                matchList(ed, e, vals, f);
              } catch {
                /* not reusable */
              }
          }
        }
      });
    } else if (set?.kind === 'basic') {
      root.children('event_selector').forEach((node, i) => {
        const old = set.selectors[i];
        if (!old?.dataResources.known) return;
        node.children('data_resource').forEach((dr, j) => {
          const o = old.dataResources.known ? old.dataResources.value[j] : undefined;
          const e = dr.attr('values');
          if (e && o?.values.known)
            try {
              matchList(ed, e, o.values.value, 'values');
            } catch {
              /* not reusable */
            }
        });
      });
    }
  } catch (e) {
    if (!(e instanceof Unmatched)) throw e;
  }
}

function targetOf(rec: Recorder, ctx: FixDiffContext): Target {
  const hit = ctx.targets?.get(rec.id);
  if (typeof hit === 'string') return no(hit);
  if (hit) return hit;
  try {
    const t = locateTarget(rec, ctx);
    ctx.targets?.set(rec.id, t);
    return t;
  } catch (e) {
    if (e instanceof Unmatched) ctx.targets?.set(rec.id, e.message);
    throw e;
  }
}

function diffOf(patches: readonly Patch[], rec: Recorder, ctx: FixDiffContext): FixDiff {
  const t = targetOf(rec, ctx);
  if (t.block.body.heredoc) return no('the block holds a heredoc');
  const ed = new Editor(t.text, t.scope, ctx.bucketRef);
  collectPool(ed, t.root, rec);
  for (const p of patches) applyPatch(ed, t.root, rec, p);
  if (!ed.edits.length) return no('the change could not be placed in the source');
  const edits = [...ed.edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = t.text;
  let floor = Infinity;
  for (const e of edits) {
    if (e.end > floor) return no('two changes overlap in the source');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    floor = e.start;
  }
  // Where each marked line is in the edited text: shifted by the edits that end before it.
  const marks = ed.realign.map(({ at, lines }) => ({
    at: at + edits.reduce((d, e) => (e.end <= at ? d + e.text.length - (e.end - e.start) : d), 0),
    lines,
  }));
  out = realignRuns(out, marks);
  const header = (t.text.slice(t.block.start).split(/\r?\n/)[0] ?? '').trim();
  const lines = (x: string) => x.replace(/\r?\n$/, '').split(/\r?\n/);
  const { text, line } = unifiedDiff(lines(t.text), lines(out), header);
  return { file: t.file, line, text, ...(t.module ? { module: t.module } : {}) };
}

// ---------------------------------------------------------------------------------- alignment

/**
 * A line terraform fmt aligns the `=` of: a single-line argument (`name = value`, the value closing every
 * bracket it opens). Such lines form a run until a line that is not one (a blank line, a comment line, a
 * block's `{` or `}`, a multi-line value's lines): hclwrite's formatCells (hclwrite/format.go) pads the
 * `=` of each run to its widest name. The value's strings are blanked first, so that brackets inside them
 * do not count; `${` … `}` in a template are balanced either way.
 */
function assignLine(line: string): { name: string; gap: number } | undefined {
  const m = /^([ \t]*(?:[A-Za-z_][\w-]*|"[^"\n]*"))([ \t]*)=(?![=>])(.*)$/.exec(line);
  if (!m) return undefined;
  const rest = (m[3] as string).replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(?:#|\/\/).*$/, '');
  let net = 0;
  for (const c of rest) net += '([{'.includes(c) ? 1 : ')]}'.includes(c) ? -1 : 0;
  if (net !== 0) return undefined;
  return { name: m[1] as string, gap: (m[2] as string).length };
}

/**
 * The text with the run of arguments each marked line belongs to aligned as terraform fmt aligns it;
 * other lines are left as written.
 */
function realignRuns(
  text: string,
  marks: readonly { readonly at: number; readonly lines: readonly number[] }[],
): string {
  if (!marks.length) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const lineAt = (at: number) => text.slice(0, at).split(eol).length - 1;
  const done = new Set<number>();
  for (const { at, lines: offsets } of marks) {
    const here = lineAt(at);
    for (const l of offsets.map((d) => here + d)) {
      if (l < 0 || l >= lines.length || done.has(l) || !assignLine(lines[l] as string)) continue;
      let from = l;
      while (from > 0 && assignLine(lines[from - 1] as string)) from--;
      let to = l;
      while (to + 1 < lines.length && assignLine(lines[to + 1] as string)) to++;
      const run = lines.slice(from, to + 1).map((x) => assignLine(x) as { name: string; gap: number });
      const width = Math.max(...run.map((r) => r.name.length));
      run.forEach((r, k) => {
        const i = from + k;
        done.add(i);
        const line = lines[i] as string;
        lines[i] = r.name.padEnd(width + 1) + line.slice(r.name.length + r.gap);
      });
    }
  }
  return lines.join(eol);
}

// -------------------------------------------------------------------------------------- the diff

/** Edits beyond which the middle is shown as removed and added whole (bounds time and memory). */
const MAX_EDITS = 400;

/**
 * The shortest edit script from `x` to `y` (Myers' O((N+M)·D) algorithm): a fix changes a few lines of
 * a block, so D is small even when the block is long. Deletions come before insertions at a change.
 */
function editScript(x: readonly string[], y: readonly string[]): (' ' | '-' | '+')[] {
  const n = x.length;
  const m = y.length;
  const max = Math.min(n + m, MAX_EDITS);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let px =
        k === -d || (k !== d && (v[off + k - 1] as number) < (v[off + k + 1] as number))
          ? (v[off + k + 1] as number)
          : (v[off + k - 1] as number) + 1;
      let py = px - k;
      while (px < n && py < m && x[px] === y[py]) {
        px++;
        py++;
      }
      v[off + k] = px;
      if (px >= n && py >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return [...x.map(() => '-' as const), ...y.map(() => '+' as const)];
  const out: (' ' | '-' | '+')[] = [];
  let px = n;
  let py = m;
  for (let d = found; d > 0; d--) {
    const t = trace[d] as Int32Array;
    const k = px - py;
    const prevK =
      k === -d || (k !== d && (t[off + k - 1] as number) < (t[off + k + 1] as number)) ? k + 1 : k - 1;
    const prevX = t[off + prevK] as number;
    const prevY = prevX - prevK;
    while (px > prevX && py > prevY) {
      out.push(' ');
      px--;
      py--;
    }
    out.push(px === prevX ? '+' : '-');
    px = prevX;
    py = prevY;
  }
  while (px > 0 && py > 0) {
    out.push(' ');
    px--;
    py--;
  }
  return out.reverse();
}

/** Unified diff hunks with three lines of context (the common start and end are skipped first). */
export function unifiedDiff(
  a: readonly string[],
  b: readonly string[],
  header = '',
): { text: string; line: number } {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let post = 0;
  while (post < a.length - pre && post < b.length - pre && a[a.length - 1 - post] === b[b.length - 1 - post])
    post++;
  const x = a.slice(pre, a.length - post);
  const y = b.slice(pre, b.length - post);
  const ops: { op: ' ' | '-' | '+'; text: string; ai: number; bi: number }[] = [];
  for (let k = 0; k < pre; k++) ops.push({ op: ' ', text: a[k] as string, ai: k, bi: k });
  let i = 0;
  let j = 0;
  for (const op of editScript(x, y)) {
    if (op === ' ') ops.push({ op, text: x[i] as string, ai: pre + i++, bi: pre + j++ });
    else if (op === '-') ops.push({ op, text: x[i] as string, ai: pre + i++, bi: pre + j });
    else ops.push({ op, text: y[j] as string, ai: pre + i, bi: pre + j++ });
  }
  for (let k = 0; k < post; k++)
    ops.push({
      op: ' ',
      text: a[a.length - post + k] as string,
      ai: a.length - post + k,
      bi: b.length - post + k,
    });
  const C = 3;
  const changed = ops.map((o, k) => (o.op === ' ' ? -1 : k)).filter((k) => k >= 0);
  const hunks: string[] = [];
  let first = 0;
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, (changed[k] as number) - C);
    let to = Math.min(ops.length, (changed[k] as number) + C + 1);
    while (k + 1 < changed.length && (changed[k + 1] as number) - C <= to) {
      k++;
      to = Math.min(ops.length, (changed[k] as number) + C + 1);
    }
    k++;
    const part = ops.slice(from, to);
    const start = part[0] as (typeof ops)[number];
    const aCount = part.filter((o) => o.op !== '+').length;
    const bCount = part.filter((o) => o.op !== '-').length;
    if (!hunks.length) first = (part.find((o) => o.op !== ' ')?.ai ?? start.ai) + 1;
    hunks.push(
      `@@ -${start.ai + 1},${aCount} +${start.bi + 1},${bCount} @@${header ? ' ' + header : ''}`,
      ...part.map((o) => `${o.op}${o.text}`),
    );
  }
  return { text: hunks.join('\n'), line: first };
}
