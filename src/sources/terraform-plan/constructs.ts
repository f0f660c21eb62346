import type { UnknownConstruct } from '../../model/fact.js';

/**
 * Which Terraform construct kept a value unknown, from what the plan and the source say of it. The plan's
 * `configuration` keeps only the references of an expression (terraform-plan-json reference §4.2), so
 * without the source a for expression or a function call shows only as what it reads; with terraform-dir
 * the evaluator's reason names the construct itself.
 */

const SPECIAL = new Set(['var', 'local', 'each', 'count', 'path', 'terraform', 'self']);

/** `data.aws_s3_bucket.logs[0].arn` → `data.aws_s3_bucket.logs`; `module.m[0].out` → `module.m.out`. */
function subject(ref: string, parts: number): string {
  return ref
    .replace(/\[[^\]]*\]/g, '')
    .split('.')
    .slice(0, parts)
    .join('.');
}

/** From the plan's references of the unknown value (longest first, as Terraform lists them). */
export function constructOfReferences(refs: readonly string[]): UnknownConstruct | undefined {
  const data = refs.find((r) => /^data\.[^.]+\.[^.]+/.test(r));
  if (data) return { kind: 'data-source', name: subject(data, 3) };
  const out = refs.find((r) => /^module\.[^.]+(?:\[[^\]]*\])?\.[^.[]+/.test(r));
  if (out) return { kind: 'module-output', name: subject(out, 3) };
  const attr = refs.find(
    (r) => /^[A-Za-z][\w-]*\.[\w-]+(?:\[[^\]]*\])?\.[\w-]+/.test(r) && !SPECIAL.has(r.split('.')[0] ?? ''),
  );
  if (attr) return { kind: 'resource-attribute', name: attr };
  return undefined;
}

/**
 * From the source expression (hcl2json's text of it) and the evaluator's reason for not knowing it
 * (src/sources/terraform-plan/hcl.ts and scope.ts word them; they are matched here, not changed).
 */
export function constructOfEvaluation(source: unknown, detail: string): UnknownConstruct | undefined {
  const text = typeof source === 'string' ? source : JSON.stringify(source ?? '');
  if (/^for expression is not supported/.test(detail)) {
    const over = /\bfor\s+[\w-]+(?:\s*,\s*[\w-]+)?\s+in\s+([^:\]}]+?)\s*:/.exec(text)?.[1];
    return { kind: 'for-expression', ...(over ? { over } : {}) };
  }
  const fn = /function "([^"]+)" is not supported/.exec(detail)?.[1];
  if (fn) return { kind: 'function-call', name: fn };
  const syntax =
    /^(splat expression|template directive %\{\.\.\.\}|heredoc inside an expression) is not supported/.exec(
      detail,
    )?.[1];
  if (syntax) return { kind: 'expression', name: `a ${syntax}` };
  const data = /^(data\.[^.\s]+\.[^.\s]+)/.exec(detail)?.[1];
  if (data) return { kind: 'data-source', name: data };
  const mod = /^module\.[\w-]+ is not in the plan/.test(detail)
    ? /\bmodule\.[\w-]+(?:\[[^\]]*\])?\.[\w-]+/.exec(text)?.[0]
    : undefined;
  if (mod) return { kind: 'module-output', name: subject(mod, 3) };
  const attr = /^([A-Za-z][\w-]*\.[\w-]+(?:\[[^\]]*\])?\.[\w.-]+) is known only after apply/.exec(
    detail,
  )?.[1];
  if (attr) return { kind: 'resource-attribute', name: attr };
  return undefined;
}

/** The constructs the detail text does not already name by their references. */
export function namesItself(c: UnknownConstruct): boolean {
  return c.kind === 'resource-attribute' || c.kind === 'data-source' || c.kind === 'module-output';
}
