import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  type Document,
  type Node,
  type ParsedNode,
  type CST,
  type YAMLError,
} from 'yaml';
import { parseFastYaml, type FastEntry } from './yaml-fast.js';

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
  /** `at(`${pointer}/${i}`)` for every `i` below `count`, at a fraction of the cost for a long sequence. */
  itemsAt(pointer: string, count: number): YamlPosition[];
}

// YAML 1.2 core schema plus merge keys, whatever a `%YAML 1.1` directive says: the 1.1 schema would turn
// an unquoted `2024-01-31` (a valid bucket name, prefix or waiver date) into a Date and `no` into false.
const OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
  // No process warnings on stderr: every warning is turned into an error below.
  logLevel: 'silent',
} as const;

// c-printable (YAML 1.2 §5.1) minus what the parser reads as text anyway; the `yaml` package accepts any
// character, so a stray control character would otherwise end up inside a bucket name.
// eslint-disable-next-line no-control-regex
const NOT_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;

type Entry = FastEntry;

export interface ParseYamlOptions {
  /** Read with the `yaml` package only, never the fast reader (the reference the tests compare with). */
  readonly referenceOnly?: boolean;
}

export function parseYaml(
  text: string,
  limits: YamlLimits = DEFAULT_YAML_LIMITS,
  options: ParseYamlOptions = {},
): ParsedYaml {
  // Offsets then count what editors show: a byte order mark is not a column.
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineCounter();
  const position = (offset: number): YamlPosition => {
    const { line, col } = lines.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };

  const bad = NOT_PRINTABLE.exec(input);
  if (bad) {
    const before = input.slice(0, bad.index);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    const line = before.split(/\r\n|\r|\n/).length;
    const reason =
      bad[0] === '\0'
        ? 'null byte is not allowed in input'
        : `the file contains a non-printable character (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
    throw new YamlSourceError(reason, { line, column: bad.index - lineStart + 1 }, true);
  }

  // Plain block YAML (what policies are written in) has a fast reader; the `yaml` package reads the rest
  // and is the reference for both (yaml-fast.ts).
  if (!options.referenceOnly) {
    const fast = parseFastYaml(input, limits);
    if (fast) {
      lines.addNewLine(0);
      for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
      return located(fast.value, fast.table, position, fast.items);
    }
  }

  const tokens = tokenize(input, lines, limits, position);
  const docs = [...new Composer(OPTIONS).compose(tokens, false, input.length)];

  const first = docs[0];
  const problems = docs.flatMap((d) => [...d.errors, ...d.warnings]);
  if (problems.length > 0) {
    const earliest = problems.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
    throw new YamlSourceError(reasonOf(earliest), position(earliest.pos[0]), true);
  }
  if (docs.length > 1) {
    const second = docs[1] as Document.Parsed;
    throw new YamlSourceError(
      'expected a single YAML document, found a second one (remove the "---" separator)',
      position(documentStart(second, input)),
      true,
    );
  }

  const root = first?.contents;
  if (!first || !root || (isScalar(root) && root.value === null && root.source === '')) {
    const start = (): YamlPosition => ({ line: 1, column: 1 });
    return {
      value: undefined,
      at: start,
      keyAt: start,
      itemsAt: (_, count) => Array.from({ length: count }, start),
    };
  }

  checkExpansion(root, limits, position);

  const table = new Map<string, Entry>();
  const rootStart = root.range[0];
  table.set('', { value: rootStart });
  walk(root, '', table, position, input);

  // The expansion check bounds the work; the package's own alias limit (100) would refuse fair use.
  const value: unknown = first.toJS({ maxAliasCount: -1 });
  return located(value, table, position);
}

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/**
 * The value with its positions: `table` has the root ('') and every node of the document's own, but
 * the items of the sequences in `items` (sequence pointer → its items' offsets), which it leaves out.
 */
function located(
  value: unknown,
  table: ReadonlyMap<string, Entry>,
  position: (offset: number) => YamlPosition,
  items: ReadonlyMap<string, readonly number[]> = new Map(),
): ParsedYaml {
  const rootStart = table.get('')?.value ?? 0;
  // The offset of the node at `p` when it is an item of a sequence in `items`.
  const itemOffset = (p: string): number | undefined => {
    const slash = p.lastIndexOf('/');
    if (slash < 0) return undefined;
    const list = items.get(p.slice(0, slash));
    const token = p.slice(slash + 1);
    return list && INDEX.test(token) ? list[Number(token)] : undefined;
  };
  const lookup = (pointer: string): number => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const entry = table.get(p);
      if (entry) return entry.value;
      const item = itemOffset(p);
      if (item !== undefined) return item;
      if (p === '') return rootStart;
    }
  };
  const at = (pointer: string): YamlPosition => position(lookup(pointer));
  return {
    value,
    at,
    keyAt: (pointer) => {
      const entry = table.get(pointer);
      return position(entry?.key ?? lookup(pointer));
    },
    itemsAt: (pointer, count) => {
      const list = items.get(pointer);
      const out: YamlPosition[] = [];
      for (let i = 0; i < count; i++) {
        const offset = list?.[i];
        out.push(offset === undefined ? at(`${pointer}/${i}`) : position(offset));
      }
      return out;
    },
  };
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Lexes and parses to CST tokens one lexeme at a time, refusing nesting far beyond the limit before the
 * composer (recursive) or the parser (slower per token the deeper its stack) pay for it: `[[[…` a
 * megabyte deep would otherwise take seconds. The exact depth, aliases included, is checked later.
 */
function tokenize(
  input: string,
  lines: LineCounter,
  limits: YamlLimits,
  position: (offset: number) => YamlPosition,
): CST.Token[] {
  const parser = new Parser(lines.addNewLine);
  lines.addNewLine(0);
  const guard = 2 * limits.maxDepth + 10;
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(input, false)) {
    const offset = parser.offset;
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > guard) {
      throw new YamlSourceError(
        `the document nests deeper than ${limits.maxDepth} levels`,
        position(offset),
        false,
      );
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}

function reasonOf(e: YAMLError): string {
  switch (e.code) {
    case 'DUPLICATE_KEY':
      return 'duplicated mapping key (each key may appear once in a mapping)';
    case 'TAB_AS_INDENT':
      return 'tab characters must not be used in indentation';
    default: {
      const message = e.message.replace(/\s+/g, ' ').trim();
      return message.charAt(0).toLowerCase() + message.slice(1);
    }
  }
}

/** Where the `---` that starts a later document is (its range starts at its content). */
function documentStart(doc: Document.Parsed, input: string): number {
  const start = doc.range[0];
  for (let p = input.lastIndexOf('---', start); p >= 0; p = input.lastIndexOf('---', p - 1)) {
    if (p === 0 || input[p - 1] === '\n' || input[p - 1] === '\r') return p;
  }
  return start;
}

function isEmptyScalar(node: Node | null | undefined): boolean {
  return (
    !node || (isScalar(node) && node.value === null && (node.source === '' || node.source === undefined))
  );
}

function rangeStart(node: Node): number {
  return (node.range ?? [0])[0];
}
const startOf = rangeStart;

/**
 * Where a node's properties (`&anchor`, `!tag`) start: a node's range starts at its content, an editor's
 * idea of it at the first property. Walks back over the words just before the content.
 */
function withProperties(input: string, offset: number): number {
  let start = offset;
  for (;;) {
    let p = start;
    while (p > 0 && /[ \t\r\n]/.test(input[p - 1] ?? '')) p--;
    let word = p;
    while (word > 0 && !/[ \t\r\n]/.test(input[word - 1] ?? '')) word--;
    const first = input[word];
    if (word === p || (first !== '&' && first !== '!')) return start;
    start = word;
  }
}

function keyText(key: unknown): string {
  if (isScalar(key)) return typeof key.value === 'string' ? key.value : String(key.value);
  return String(key);
}

/** Pointer → source offsets of the document's own nodes; aliases and merged members have none. */
function walk(
  node: ParsedNode,
  pointer: string,
  table: Map<string, Entry>,
  position: (offset: number) => YamlPosition,
  input: string,
): void {
  const startOf = (n: Node): number =>
    n.anchor !== undefined || n.tag !== undefined ? withProperties(input, rangeStart(n)) : rangeStart(n);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as ParsedNode | null;
      if (key && !isScalar(key)) {
        throw new YamlSourceError(
          isAlias(key)
            ? 'a mapping key must be written out, not an alias'
            : 'a mapping key must be a plain value, not a list or a mapping',
          position(startOf(key)),
          true,
        );
      }
      // A merge key (its value a symbol): the members it brings have no position of their own.
      if (isScalar(key) && typeof key.value === 'symbol') continue;
      const keyStart = key ? startOf(key) : startOf(node);
      const member = `${pointer}/${escapePointerToken(keyText(key))}`;
      const value = pair.value as ParsedNode | null;
      if (value && !isEmptyScalar(value)) {
        table.set(member, { key: keyStart, value: startOf(value) });
        walk(value, member, table, position, input);
      } else {
        table.set(member, { key: keyStart, value: keyStart });
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const member = `${pointer}/${index}`;
      if (isPair(item)) {
        // `[key: value]` is a single-pair mapping item.
        const key = item.key as ParsedNode | null;
        table.set(member, { value: key ? startOf(key) : startOf(node) });
        return;
      }
      const child = item as ParsedNode | null;
      if (!child) return;
      table.set(member, { value: startOf(child) });
      walk(child, member, table, position, input);
    });
  }
}

class ExpansionError extends Error {
  constructor(
    readonly kind: 'size' | 'depth' | 'cycle',
    /** The alias that closes the cycle, or the first node too deep. */
    readonly culprit?: ParsedNode,
    /** The first alias on the path to `culprit`. */
    readonly through?: ParsedNode,
  ) {
    super(kind);
  }
}

/**
 * An alias shares its anchor's value, so a "billion laughs" document is cheap to load but anything that
 * walks the result (the schema validator included) is not. Measure the expanded size on the syntax tree,
 * memoised per node, before anything walks it.
 */
function checkExpansion(
  root: ParsedNode,
  limits: YamlLimits,
  position: (offset: number) => YamlPosition,
): void {
  const targets = resolveAliases(root);
  const memo = new Map<ParsedNode, number>();
  /** Levels of collections from a node down, itself included (0 for a scalar). */
  const heights = new Map<ParsedNode, number>();
  const heightOf = (node: ParsedNode | null): number => {
    if (!node) return 0;
    const target = isAlias(node) ? targets.get(node) : node;
    return target ? (heights.get(target) ?? 0) : 0;
  };
  const active = new Set<ParsedNode>();
  const size = (node: ParsedNode | null, depth: number, through: ParsedNode | undefined): number => {
    if (!node) return 1;
    if (isAlias(node)) {
      const target = targets.get(node);
      if (target && active.has(target)) throw new ExpansionError('cycle', node);
      return size(target ?? null, depth, through ?? node);
    }
    if (isScalar(node)) return 1;
    const known = memo.get(node);
    if (known !== undefined) {
      // Reached again through an alias, deeper than where it was measured.
      if (depth + (heights.get(node) ?? 1) - 1 > limits.maxDepth)
        throw new ExpansionError('depth', node, through);
      return known;
    }
    if (depth > limits.maxDepth) throw new ExpansionError('depth', node, through);
    active.add(node);
    let n = 1;
    let height = 1;
    const children: (ParsedNode | null)[] = isMap(node)
      ? node.items.map((p) => p.value as ParsedNode | null)
      : isSeq(node)
        ? node.items.map((item) =>
            isPair(item) ? (item.value as ParsedNode | null) : (item as ParsedNode | null),
          )
        : [];
    for (const child of children) {
      n += size(child, depth + 1, through);
      height = Math.max(height, 1 + heightOf(child));
      if (n > limits.maxNodes) break;
    }
    active.delete(node);
    memo.set(node, n);
    heights.set(node, height);
    return n;
  };

  let problem: ExpansionError | undefined;
  try {
    if (size(root, 0, undefined) > limits.maxNodes) problem = new ExpansionError('size');
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    problem = e;
  }
  if (!problem) return;

  const name = (alias: ParsedNode): string => (isAlias(alias) ? `*${alias.source}` : '');
  if (problem.kind === 'cycle' && problem.culprit) {
    throw new YamlSourceError(
      `alias ${name(problem.culprit)} refers to a node that contains it; recursive YAML structures are not allowed`,
      position(startOf(problem.culprit)),
      false,
    );
  }
  if (problem.kind === 'depth' && problem.culprit && !problem.through) {
    throw new YamlSourceError(
      `the document nests deeper than ${limits.maxDepth} levels`,
      position(startOf(problem.culprit)),
      false,
    );
  }

  // Point at the alias that expands the most: in a "billion laughs" document that is the outermost one.
  let worst = problem.through;
  if (problem.kind === 'size') {
    let worstSize = -1;
    for (const alias of targets.keys()) {
      let s: number;
      try {
        active.clear();
        s = size(alias, 0, undefined);
      } catch {
        s = Number.POSITIVE_INFINITY;
      }
      if (s > worstSize) {
        worst = alias;
        worstSize = s;
      }
    }
  }
  const what =
    problem.kind === 'size'
      ? `expands to more than ${limits.maxNodes} nodes`
      : `nests deeper than ${limits.maxDepth} levels`;
  if (!worst) throw new YamlSourceError(`the document ${what}`, position(startOf(root)), false);
  throw new YamlSourceError(
    `the document ${what} once YAML aliases are expanded (alias ${name(worst)} here); a policy never needs that, so aliases this large are refused`,
    position(startOf(worst)),
    false,
  );
}

/**
 * Each alias's node: the last node before it in source order with that anchor (YAML 1.2 §3.2.2.2), in
 * one walk. `Alias.resolve` would walk the whole document once per alias.
 */
function resolveAliases(root: ParsedNode): Map<ParsedNode, ParsedNode | undefined> {
  const anchors = new Map<string, ParsedNode>();
  const targets = new Map<ParsedNode, ParsedNode | undefined>();
  const visit = (node: ParsedNode | null): void => {
    if (!node) return;
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source));
      return;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      for (const pair of node.items) {
        visit(pair.key as ParsedNode | null);
        visit(pair.value as ParsedNode | null);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) {
          visit(item.key as ParsedNode | null);
          visit(item.value as ParsedNode | null);
        } else visit(item as ParsedNode | null);
      }
    }
  };
  visit(root);
  return targets;
}
