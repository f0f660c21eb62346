/**
 * Walks a planned value together with its `after_unknown` and `after_sensitive` trees. Unknown values
 * are omitted from `after` (object keys) or nulled in place (list elements); only `after_unknown`
 * tells unknown from unset (terraform-plan-json reference §2–§3).
 */
export type Json = unknown;
export type Path = readonly (string | number)[];

/**
 * A node keeps its parent and key, and builds its path only when a message asks for it: a path array
 * per step was most of what reading a resource's attributes allocated (issue 12). One class, so that
 * every node has the same shape.
 */
export class Node {
  constructor(
    readonly value: Json,
    readonly unknown: Json,
    readonly sensitive: Json,
    private readonly parent: Node | undefined,
    private readonly key: string | number,
  ) {}

  /** The keys from the resource's value down to this node. */
  get path(): Path {
    return this.parent === undefined ? [] : [...this.parent.path, this.key];
  }
}

export function root(value: Json, unknown: Json, sensitive: Json): Node {
  return new Node(value, unknown, sensitive, undefined, '');
}

function at(tree: Json, k: string | number): Json {
  if (tree === true) return true;
  if (tree === null || typeof tree !== 'object') return undefined;
  return (tree as Record<string | number, Json>)[k];
}

export function child(n: Node, k: string | number): Node {
  return new Node(at(n.value, k), at(n.unknown, k), at(n.sensitive, k), n, k);
}

export function isUnknown(n: Node): boolean {
  return n.unknown === true;
}

export function isSensitive(n: Node): boolean {
  return n.sensitive === true;
}

export function pathText(path: Path): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * The elements of a list/set, or 'unknown'. Before Terraform 1.3 unknown elements of sets were
 * dropped from `after` while `after_unknown` kept them, so the two arrays no longer line up; then no
 * element can be trusted to stand for its position and the whole collection is unknown.
 */
export function elements(n: Node): Node[] | 'unknown' | 'absent' {
  if (isUnknown(n)) return 'unknown';
  if (n.value === undefined || n.value === null) return 'absent';
  if (!Array.isArray(n.value)) return 'unknown';
  if (Array.isArray(n.unknown) && n.unknown.length !== n.value.length) return 'unknown';
  return n.value.map((_, i) => child(n, i));
}

export type Scalar<T> = { known: true; value: T | null; sensitive: boolean } | { known: false };

export function scalar<T>(n: Node, guard: (v: Json) => v is T): Scalar<T> {
  if (isUnknown(n)) return { known: false };
  if (n.value === undefined || n.value === null)
    return { known: true, value: null, sensitive: isSensitive(n) };
  if (!guard(n.value)) return { known: false };
  return { known: true, value: n.value, sensitive: isSensitive(n) };
}

export const isString = (v: Json): v is string => typeof v === 'string';
export const isBool = (v: Json): v is boolean => typeof v === 'boolean';
