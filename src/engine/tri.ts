/**
 * Three-valued (Kleene) logic. `undefined` means "cannot be decided from the facts" (a value known only
 * after apply, an unreadable setting). It is never rounded to true: an unknown is not a pass.
 */
export type Tri = boolean | undefined;

export function or(a: Tri, b: Tri): Tri {
  if (a === true || b === true) return true;
  if (a === undefined || b === undefined) return undefined;
  return false;
}

export function and(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  if (a === undefined || b === undefined) return undefined;
  return true;
}

export function not(a: Tri): Tri {
  return a === undefined ? undefined : !a;
}
