import type { Fact, UnknownConstruct } from './fact.js';

/** A string that may be known only after apply (an unknown element of a Terraform list). */
export type Str =
  | {
      readonly known: true;
      readonly value: string;
      /** marked sensitive in the plan: never printed */ readonly sensitive?: boolean;
    }
  | { readonly known: false; readonly detail: string; readonly construct?: UnknownConstruct };

export const ADVANCED_OPERATORS = [
  'Equals',
  'StartsWith',
  'EndsWith',
  'NotEquals',
  'NotStartsWith',
  'NotEndsWith',
] as const;
export type AdvancedOperator = (typeof ADVANCED_OPERATORS)[number];

/** The terraform-provider-aws argument of each operator (`field_selector { starts_with = [...] }`). */
export const OPERATOR_ATTRIBUTES: Readonly<Record<AdvancedOperator, string>> = {
  Equals: 'equals',
  StartsWith: 'starts_with',
  EndsWith: 'ends_with',
  NotEquals: 'not_equals',
  NotStartsWith: 'not_starts_with',
  NotEndsWith: 'not_ends_with',
};

/** One `field_selector` / `AdvancedFieldSelector`. An operator absent from `operators` was not set. */
export interface FieldSelector {
  readonly field: Fact<string>;
  /** A whole list may be unknown (e.g. `starts_with = local.x` known only after apply). */
  readonly operators: Partial<Record<AdvancedOperator, Fact<readonly Str[]>>>;
}

export interface AdvancedEventSelector {
  readonly name?: string;
  readonly fieldSelectors: Fact<readonly FieldSelector[]>;
}

export interface DataResource {
  readonly type: Fact<string>;
  readonly values: Fact<readonly Str[]>;
}

export interface BasicEventSelector {
  /** `All` when omitted (API and Terraform default). */
  readonly readWriteType: Fact<'ReadOnly' | 'WriteOnly' | 'All'>;
  readonly dataResources: Fact<readonly DataResource[]>;
}

/** A trail has basic or advanced selectors, never both (PutEventSelectors takes one kind). */
export type SelectorSet =
  | { readonly kind: 'none' }
  | { readonly kind: 'basic'; readonly selectors: readonly BasicEventSelector[] }
  | { readonly kind: 'advanced'; readonly selectors: readonly AdvancedEventSelector[] }
  /** Both were configured: the API rejects this, so the recorder covers nothing. */
  | {
      readonly kind: 'conflict';
      readonly basic: readonly BasicEventSelector[];
      readonly advanced: readonly AdvancedEventSelector[];
    };
