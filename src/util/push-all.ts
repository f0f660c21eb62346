/**
 * `out.push(...items)` without the spread: spreading passes every element as an argument, and an array
 * of a few hundred thousand elements (a plan's list, the witnesses of a large policy) overflows the call
 * stack ("Maximum call stack size exceeded").
 */
export function pushAll<T>(out: T[], items: Iterable<T>): T[] {
  for (const x of items) out.push(x);
  return out;
}
