/** Where a fact came from: a Terraform address (plan) or an ARN (live AWS), plus the file it was read from. */
export interface Origin {
  source: 'terraform-plan' | 'aws' | 'policy' | 'default';
  /** Terraform resource address (`module.logs.aws_cloudtrail.main`) or ARN. */
  ref: string;
  /** File the fact was read from (the plan, the policy), when there is one. */
  file?: string;
  /** JSON pointer inside the plan document. */
  pointer?: string;
}

export type UnknownReason = 'after-apply' | 'access-denied' | 'not-collected' | 'unparseable';

/**
 * The Terraform construct that kept a value from being known before apply, when the source can tell:
 * `name` is the Terraform text that names it (`module.buckets.arns`, `data.aws_s3_bucket.logs`,
 * `advanced_event_selector`, `lookup`, `aws_s3_bucket.x.arn`).
 */
export interface UnknownConstruct {
  readonly kind:
    | 'for-expression'
    | 'dynamic-block'
    | 'data-source'
    | 'module-output'
    | 'function-call'
    | 'count-for-each'
    | 'resource-attribute'
    | 'expression';
  readonly name?: string;
  /** for-expression: the collection it iterates over (`module.buckets.arns`). */
  readonly over?: string;
}

/** The construct in words, as a reason and the comment name it. */
export function describeConstruct(c: UnknownConstruct): string {
  const n = c.name ?? '';
  switch (c.kind) {
    case 'for-expression':
      return `a for expression${c.over ? ` over ${c.over}` : ''}`;
    case 'dynamic-block':
      return `a dynamic "${n || 'block'}" block`;
    case 'data-source':
      return `a value read from data source ${n}`;
    case 'module-output':
      return `the module output ${n}`;
    case 'function-call':
      return n ? `a call of function ${n}` : 'a function call';
    case 'count-for-each':
      return `count or for_each keys known only after apply${n ? ` (${n})` : ''}`;
    case 'resource-attribute':
      return `${n}, which the plan knows only after apply`;
    case 'expression':
      return n || 'an expression that is not evaluated';
  }
}

/** A value read from a source; `unknown` is a first-class outcome, never coerced to true/false. */
export type Fact<T> =
  | { readonly known: true; readonly value: T; readonly defaulted?: boolean }
  | {
      readonly known: false;
      readonly reason: UnknownReason;
      readonly detail: string;
      /** What defeated evaluation, when the source can tell (`detail` names it in words too). */
      readonly construct?: UnknownConstruct;
    };

export function known<T>(value: T, defaulted = false): Fact<T> {
  return defaulted ? { known: true, value, defaulted: true } : { known: true, value };
}

export function unknown<T>(reason: UnknownReason, detail: string, construct?: UnknownConstruct): Fact<T> {
  return construct ? { known: false, reason, detail, construct } : { known: false, reason, detail };
}
