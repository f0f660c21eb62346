/** Where in the policy file something was written (1-based line and column). */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Secondary evidence a bucket may accept in place of CloudTrail data events. */
export type AcceptedEvidence = 'server-access-logs';

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
  /** Evidence besides CloudTrail the entry accepts (`accept:`); absent: CloudTrail only. */
  readonly accept?: readonly AcceptedEvidence[];
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
  /** Rule settings; every rule keeps its default severity when absent. */
  readonly require?: RuleSettings;
  readonly waivers?: readonly Waiver[];
  /**
   * The `"*"` entry: every bucket the source knows that is not listed by name gets these requirements
   * (expanded once the facts are collected).
   */
  readonly everyBucket?: Omit<BucketRequirement, 'name'>;
}

export type RuleSeverity = 'error' | 'warning' | 'note' | 'off';

/** `require:` of the policy file, with defaults applied. */
export interface RuleSettings {
  /** Live mode: which trails the trail and log-bucket rules check. */
  readonly trails: 'covering' | 'all';
  /** Severity per rule id, as written; rules not listed keep their default. */
  readonly rules: Readonly<Record<string, RuleSeverity>>;
}

export interface Waiver {
  readonly rule: string;
  readonly bucket?: string;
  readonly trail?: string;
  readonly reason: string;
  /** Last day the waiver applies (YYYY-MM-DD), inclusive. */
  readonly expires?: string;
  readonly location: SourceLocation;
}
