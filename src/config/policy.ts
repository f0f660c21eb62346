/** Where in the policy file something was written (1-based line and column). */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type EventsSpec = 'all' | 'read' | 'write' | 'list';

/** One sensitive bucket from the policy file, with defaults applied. */
export interface BucketRequirement {
  readonly name: string;
  /** Key prefixes that must be covered; `['']` (the whole bucket) when omitted. */
  readonly prefixes: readonly string[];
  /** How `events` was written. */
  readonly eventsSpec: EventsSpec;
  /** Canonical CloudTrail eventName values that must be recorded (aliases resolved), in S3_DATA_APIS order. */
  readonly events: readonly string[];
  readonly region?: string;
  readonly account?: string;
  /** Where the entry starts in the policy file (for errors and annotations). */
  readonly location: SourceLocation;
}

export interface PolicyWarning {
  readonly message: string;
  readonly location: SourceLocation;
}

export interface Policy {
  readonly version: 1;
  readonly file: string;
  readonly buckets: readonly BucketRequirement[];
  readonly warnings: readonly PolicyWarning[];
}
