import type { SourceLocation } from '../config/policy.js';

export type CoverageStatus = 'covered' | 'partial' | 'uncovered' | 'unknown';

export interface EventCoverage {
  /** CloudTrail eventName. */
  readonly name: string;
  readonly status: CoverageStatus;
  /** Recorders (Terraform address or ARN) that record at least some of these events. */
  readonly coveredBy: readonly string[];
  /** Why events are lost or cannot be proven recorded, in words a user can act on. */
  readonly gaps: readonly string[];
}

export interface BucketCoverage {
  readonly name: string;
  readonly status: CoverageStatus;
  readonly region: string | null;
  readonly prefixes: readonly string[];
  readonly events: readonly EventCoverage[];
  /** The policy entry this bucket came from. */
  readonly location: SourceLocation;
  /** Terraform address or ARN of the bucket when the source saw it. */
  readonly ref: string | null;
  /** With several plans: the plan this bucket came from. */
  readonly plan?: string;
}
