import type { CoverageDiff } from '../engine/diff.js';
import type { Fix } from '../engine/remediation.js';
import type { BucketCoverage } from '../engine/types.js';
import type { Finding } from '../rules/types.js';

/** The JSON report: a public, versioned contract (README "JSON report"). Bump schemaVersion on breaking change. */
export interface Report {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 's3-trail-guard'; readonly version: string };
  readonly mode: 'plan' | 'live' | 'plan+live';
  readonly passed: boolean;
  readonly policy: string;
  readonly plan?: string;
  readonly summary: {
    readonly buckets: number;
    readonly covered: number;
    readonly partial: number;
    readonly uncovered: number;
    readonly unknown: number;
    readonly findings: number;
  };
  readonly buckets: readonly BucketCoverage[];
  /** Plan mode: what the plan changes, per bucket and API, regressions first. */
  readonly diff?: CoverageDiff;
  /** The smallest Terraform change found for each bucket that is not covered. */
  readonly fixes?: readonly Omit<Fix, 'patches'>[];
  readonly findings: readonly Finding[];
  readonly warnings: readonly string[];
}

/**
 * Exit code: 1 (drift) when a finding of severity `error` is not waived, else 0 (README "Exit codes").
 * Every bucket that is not covered has a data-event-coverage finding, so drift cannot pass unless the
 * policy lowered that rule's severity or waived the bucket.
 */
export function decideExitCode(report: Pick<Report, 'findings'> & Partial<Pick<Report, 'buckets'>>): 0 | 1 {
  return report.findings.some((f) => f.severity === 'error' && !f.waived) ? 1 : 0;
}

export function summarize(
  buckets: readonly BucketCoverage[],
  findings: readonly Finding[],
): Report['summary'] {
  const count = (s: string) => buckets.filter((b) => b.status === s).length;
  return {
    buckets: buckets.length,
    covered: count('covered'),
    partial: count('partial'),
    uncovered: count('uncovered'),
    unknown: count('unknown'),
    findings: findings.length,
  };
}
