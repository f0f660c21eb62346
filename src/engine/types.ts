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
  /** S3 server access logging of the bucket, when the source read it: a separate fact, never CloudTrail's. */
  readonly serverAccessLogs?: ServerAccessLogs;
  /**
   * Set when the policy entry accepts evidence besides CloudTrail (`accept: [server-access-logs]`) and it
   * stands in: `status` is then `covered`, `events` keep CloudTrail's own verdicts.
   */
  readonly acceptedEvidence?: AcceptedEvidenceUse;
}

export const SERVER_ACCESS_LOGS_QUALIFIER = 'by server access logs (best effort)';

/** What S3 server access logs do not give, per AWS's comparison with CloudTrail logging. */
export const SERVER_ACCESS_LOGS_LIMITS =
  'best effort: delivered with a delay of hours, no guarantee that every request is logged, no userIdentity or session detail, no eventName (https://docs.aws.amazon.com/AmazonS3/latest/userguide/logging-with-S3.html)';

export interface ServerAccessLogs {
  readonly status: 'on' | 'off' | 'unknown';
  /** `target-bucket/prefix`, when on. */
  readonly target?: string;
  /** Whether it can stand as evidence: on, to a target bucket that exists and is not the bucket itself. */
  readonly usable: boolean | 'unknown';
  /** Why it is unknown or cannot stand as evidence. */
  readonly detail?: string;
  /** Where the setting was read (Terraform address or ARN). */
  readonly ref?: string;
  /** What server access logs do not give (absent when logging is off). */
  readonly limits?: string;
}

export interface AcceptedEvidenceUse {
  readonly evidence: 'server-access-logs';
  /** Shown next to the status in every format. */
  readonly qualifier: typeof SERVER_ACCESS_LOGS_QUALIFIER;
  /** The verdict from CloudTrail alone. */
  readonly cloudTrailStatus: CoverageStatus;
}
