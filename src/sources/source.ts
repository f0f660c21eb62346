import type { SourceSpec } from '../app/settings.js';
import type { Policy } from '../config/policy.js';
import type { Facts } from '../model/facts.js';

/** What one source learned: the state it describes and, for a change (a plan), the state before it. */
export interface Collected {
  readonly spec: SourceSpec;
  readonly after: Facts;
  /** The state before the change, for the coverage diff (plans); absent for the live account. */
  readonly before?: Facts;
}

export interface SourceContext {
  readonly policy: Policy;
  /** What the sources that ran before this one found (every plan runs before the account). */
  readonly earlier: readonly Collected[];
}

/**
 * One kind of source of facts. A source only describes the world (defaults and unknowns included); it never
 * decides pass or fail. Heavy modules (the plan adapter, the AWS SDK) are imported inside `collect`, so a run
 * loads only what its sources need.
 */
export interface FactSource<K extends SourceSpec['kind'] = SourceSpec['kind']> {
  readonly kind: K;
  collect(spec: Extract<SourceSpec, { kind: K }>, ctx: SourceContext): Promise<Collected>;
}
