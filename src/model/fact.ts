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

/** A value read from a source; `unknown` is a first-class outcome, never coerced to true/false. */
export type Fact<T> =
  | { readonly known: true; readonly value: T; readonly defaulted?: boolean }
  | { readonly known: false; readonly reason: UnknownReason; readonly detail: string };

export function known<T>(value: T, defaulted = false): Fact<T> {
  return defaulted ? { known: true, value, defaulted: true } : { known: true, value };
}

export function unknown<T>(reason: UnknownReason, detail: string): Fact<T> {
  return { known: false, reason, detail };
}
