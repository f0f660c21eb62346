import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, loadAll, YAMLException, type Type } from 'js-yaml';

/** 1-based line and column (UTF-16 code units, as editors count them). */
export interface YamlPosition {
  readonly line: number;
  readonly column: number;
}

/** A YAML document could not be read; `reason` has no position prefix. */
export class YamlSourceError extends Error {
  constructor(
    readonly reason: string,
    readonly position: YamlPosition,
    readonly syntax: boolean,
  ) {
    super(`${position.line}:${position.column}: ${reason}`);
    this.name = 'YamlSourceError';
  }
}

export interface YamlLimits {
  /** Nodes in the document once every alias is expanded. */
  readonly maxNodes: number;
  /** Nesting once every alias is expanded. */
  readonly maxDepth: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxNodes: 100_000, maxDepth: 100 };

export interface ParsedYaml {
  /** The document's value; `undefined` when the document has no content. */
  readonly value: unknown;
  /** Position of the node at a JSON pointer, or of its nearest ancestor that has one (nodes reached through an alias or a merge key have none of their own). */
  at(pointer: string): YamlPosition;
  /** Position of the key of the mapping member at `pointer` (falls back to `at`). */
  keyAt(pointer: string): YamlPosition;
}

// YAML 1.2 core schema plus merge keys: the default schema's timestamp type would turn an unquoted
// `2024-01-31` (a valid bucket name, prefix or waiver date) into a Date.
const SCHEMA = CORE_SCHEMA.extend({
  implicit: [(jsYaml as unknown as { types: { merge: Type } }).types.merge],
});

interface RawNode {
  readonly open: number;
  close: number;
  kind: string | null;
  result: unknown;
  readonly children: RawNode[];
}

interface Entry {
  readonly value: number;
  readonly key?: number;
}

export function parseYaml(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedYaml {
  // js-yaml strips a BOM and appends '\n' and '\0' to its input; offsets refer to that copy.
  let input = text;
  const roots: RawNode[] = [];
  const stack: RawNode[] = [];
  let docs: unknown[];
  try {
    docs = loadAll(text, null, {
      schema: SCHEMA,
      listener(event, state) {
        input = state.input;
        if (event === 'open') {
          stack.push({ open: state.position, close: -1, kind: null, result: undefined, children: [] });
          return;
        }
        const node = stack.pop();
        if (!node) return;
        node.close = state.position;
        node.kind = (state.kind as string | null) ?? null;
        node.result = state.result;
        (stack.at(-1)?.children ?? roots).push(node);
      },
    });
  } catch (e) {
    if (e instanceof YAMLException) {
      const mark = e.mark as YAMLException['mark'] | undefined;
      const position = mark ? { line: mark.line + 1, column: mark.column + 1 } : { line: 1, column: 1 };
      throw new YamlSourceError(e.reason, position, true);
    }
    throw e;
  }

  const src = new Source(input);

  if (docs.length > 1) {
    const second = roots[1];
    const at = second ? src.documentMarkerBefore(second.open) : 0;
    throw new YamlSourceError(
      'expected a single YAML document, found a second one (remove the "---" separator)',
      src.position(at),
      true,
    );
  }

  const root = roots[0];
  if (docs.length === 0 || !root || src.isEmpty(root)) {
    return { value: undefined, at: () => ({ line: 1, column: 1 }), keyAt: () => ({ line: 1, column: 1 }) };
  }

  const value = docs[0];
  checkExpansion(value, root, src, limits);

  const table = new Map<string, Entry>();
  const rootStart = src.start(root);
  table.set('', { value: rootStart });
  src.walk(root, '', table);

  const lookup = (pointer: string): Entry => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const entry = table.get(p);
      if (entry) return entry;
      if (p === '') return { value: rootStart };
    }
  };
  return {
    value,
    at: (pointer) => src.position(lookup(pointer).value),
    keyAt: (pointer) => {
      const entry = table.get(pointer);
      return src.position(entry?.key ?? lookup(pointer).value);
    },
  };
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Reconstructs node positions from js-yaml's open/close events, which carry no key/value structure. */
class Source {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly input: string) {
    for (let i = 0; i < input.length; i++) {
      const ch = input.charCodeAt(i);
      if (ch === 0x0a || (ch === 0x0d && input.charCodeAt(i + 1) !== 0x0a)) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): YamlPosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  /** Mirrors js-yaml's skipSeparationSpace: blanks, line breaks and comments. */
  skipSeparation(offset: number): number {
    const s = this.input;
    let p = offset;
    for (;;) {
      while (s[p] === ' ' || s[p] === '\t') p++;
      if (s[p] === '#') while (p < s.length && s[p] !== '\n' && s[p] !== '\r' && s[p] !== '\0') p++;
      if (s[p] === '\n' || s[p] === '\r') p++;
      else return p;
    }
  }

  /** Skips anchors and tags in front of a node's content. */
  skipProperties(offset: number): number {
    const s = this.input;
    let p = offset;
    while (s[p] === '&' || s[p] === '!') {
      while (p < s.length && !/[\s\0]/.test(s[p] ?? '\0')) p++;
      p = this.skipSeparation(p);
    }
    return p;
  }

  start(node: RawNode): number {
    return this.skipSeparation(node.open);
  }

  isEmpty(node: RawNode): boolean {
    return this.start(node) >= node.close;
  }

  isAlias(node: RawNode): boolean {
    return node.kind === null && !this.isEmpty(node) && this.input[this.start(node)] === '*';
  }

  aliasName(node: RawNode): string {
    const from = this.start(node);
    let to = from + 1;
    while (to < this.input.length && !/[\s\0,[\]{}]/.test(this.input[to] ?? '\0')) to++;
    return this.input.slice(from, to);
  }

  /** Offset of the ':' that makes `node` an implicit mapping key, or -1. */
  private colonAfter(node: RawNode): number {
    let p = node.close;
    while (this.input[p] === ' ' || this.input[p] === '\t') p++;
    return this.input[p] === ':' ? p : -1;
  }

  documentMarkerBefore(offset: number): number {
    for (let p = this.input.lastIndexOf('---', offset); p >= 0; p = this.input.lastIndexOf('---', p - 1)) {
      if (p === 0 || this.input[p - 1] === '\n' || this.input[p - 1] === '\r') return p;
    }
    return offset;
  }

  walk(outer: RawNode, pointer: string, table: Map<string, Entry>): void {
    if (this.isEmpty(outer)) return;
    // When js-yaml tries a block mapping, reads a lone node and keeps it ("- {a: 1}", "[1, 2]" at the
    // root), the collection's events are nested one level deeper under a wrapper with the same result.
    let node = outer;
    for (;;) {
      const inner = node.children.find((c) => c.result === node.result && c.kind === node.kind);
      if (!inner || typeof node.result !== 'object' || node.result === null) break;
      node = inner;
    }
    if (node.kind === 'mapping') this.walkMapping(node, pointer, table);
    else if (node.kind === 'sequence' && Array.isArray(node.result)) this.walkSequence(node, pointer, table);
  }

  private walkMapping(node: RawNode, pointer: string, table: Map<string, Entry>): void {
    const children = node.children;
    for (let i = 0; i < children.length;) {
      const key = children[i] as RawNode;
      const colon = this.colonAfter(key);
      if (colon < 0) {
        i += 1;
        continue;
      }
      const keyStart = this.start(key);
      const member = `${pointer}/${escapePointerToken(keyText(key.result))}`;
      const value = children[i + 1];
      if (value && value.open > colon) {
        table.set(member, { key: keyStart, value: this.isEmpty(value) ? keyStart : this.start(value) });
        this.walk(value, member, table);
        i += 2;
      } else {
        table.set(member, { key: keyStart, value: keyStart });
        i += 1;
      }
    }
  }

  private walkSequence(node: RawNode, pointer: string, table: Map<string, Entry>): void {
    const length = (node.result as unknown[]).length;
    const children = node.children;
    const content = this.skipProperties(this.start(node));
    if (this.input[content] === '[') {
      for (let index = 0, i = 0; index < length && i < children.length; index++) {
        const child = children[i] as RawNode;
        const item = `${pointer}/${index}`;
        table.set(item, { value: this.start(child) });
        const colon = this.colonAfter(child);
        const next = children[i + 1];
        if (colon >= 0 && next && next.open > colon) {
          // `[key: value]` is a single-pair mapping item made of two nodes.
          i += 2;
        } else {
          this.walk(child, item, table);
          i += 1;
        }
      }
      return;
    }
    // Block sequence: an empty item (`-` followed by nothing) produces no node, so follow the dashes.
    let dash = content;
    for (let index = 0, i = 0; index < length && this.input[dash] === '-'; index++) {
      const itemStart = this.skipSeparation(dash + 1);
      const child = children[i];
      const item = `${pointer}/${index}`;
      if (child && child.open === itemStart) {
        table.set(item, { value: this.isEmpty(child) ? dash : itemStart });
        this.walk(child, item, table);
        dash = this.skipSeparation(child.close);
        i += 1;
      } else {
        table.set(item, { value: dash });
        dash = itemStart;
      }
    }
  }

  *nodes(node: RawNode): Generator<RawNode> {
    yield node;
    for (const child of node.children) yield* this.nodes(child);
  }
}

function keyText(key: unknown): string {
  return typeof key === 'string' ? key : String(key);
}

class ExpansionError extends Error {
  constructor(
    readonly kind: 'size' | 'depth' | 'cycle',
    readonly culprit?: object,
  ) {
    super(kind);
  }
}

/**
 * js-yaml shares one object for every alias of an anchor, so loading a "billion laughs" document is
 * cheap but anything that walks the result (the schema validator included) is not. Measure the expanded
 * size with memoisation before anything walks it.
 */
function checkExpansion(value: unknown, root: RawNode, src: Source, limits: YamlLimits): void {
  const memo = new Map<object, number>();
  const active = new Set<object>();
  const size = (v: unknown, depth: number): number => {
    if (v === null || typeof v !== 'object') return 1;
    const known = memo.get(v);
    if (known !== undefined) return known;
    if (active.has(v)) throw new ExpansionError('cycle', v);
    if (depth > limits.maxDepth) throw new ExpansionError('depth');
    active.add(v);
    let n = 1;
    for (const child of Object.values(v)) {
      n += size(child, depth + 1);
      if (n > limits.maxNodes) break;
    }
    active.delete(v);
    memo.set(v, n);
    return n;
  };

  let problem: ExpansionError | undefined;
  try {
    if (size(value, 0) > limits.maxNodes) problem = new ExpansionError('size');
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    problem = e;
  }
  if (!problem) return;

  const aliases = [...src.nodes(root)].filter((n) => src.isAlias(n));
  if (problem.kind === 'cycle') {
    const target = problem.culprit;
    const anchor = [...src.nodes(root)].find((n) => n.kind !== null && n.result === target);
    const alias =
      aliases.find(
        (a) => a.result === target && anchor && a.open >= anchor.open && a.close <= anchor.close,
      ) ?? aliases.find((a) => a.result === target);
    if (!alias)
      throw new YamlSourceError(
        'the document refers to itself through an alias',
        src.position(src.start(root)),
        false,
      );
    throw new YamlSourceError(
      `alias ${src.aliasName(alias)} refers to a node that contains it; recursive YAML structures are not allowed`,
      src.position(src.start(alias)),
      false,
    );
  }

  // Point at the alias that expands the most: in a "billion laughs" document that is the outermost one.
  let worst: RawNode | undefined;
  let worstSize = -1;
  for (const alias of aliases) {
    let s: number;
    try {
      s = size(alias.result, 0);
    } catch {
      s = Number.POSITIVE_INFINITY;
    }
    if (s > worstSize) {
      worst = alias;
      worstSize = s;
    }
  }
  const what =
    problem.kind === 'size'
      ? `expands to more than ${limits.maxNodes} nodes`
      : `nests deeper than ${limits.maxDepth} levels`;
  if (!worst) {
    throw new YamlSourceError(`the document ${what}`, src.position(src.start(root)), false);
  }
  throw new YamlSourceError(
    `the document ${what} once YAML aliases are expanded (alias ${src.aliasName(worst)} here); a policy never needs that, so aliases this large are refused`,
    src.position(src.start(worst)),
    false,
  );
}
