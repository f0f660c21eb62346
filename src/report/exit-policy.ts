import type { BucketCoverage } from '../engine/types.js';
import type { Finding } from '../rules/types.js';
import { waiverOf } from './finding-extras.js';
import { decideExitCode, type Report } from './report.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface Verdict {
  /** `drift` when the check found what `fail-on` (read as `error` when it is `never`) counts. */
  readonly result: 'pass' | 'drift';
  /** Whether the step must fail (never with `fail-on: never`). */
  readonly fail: boolean;
  /** Buckets not covered whose finding counts (not waived; not `unknown` when those do not count). */
  readonly failingBuckets: readonly BucketCoverage[];
  /** Findings that make the result drift. */
  readonly failingFindings: readonly Finding[];
  /** Findings and buckets left out because `fail-on-unknown` is false. */
  readonly ignoredUnknown: number;
}

/**
 * The Action's verdict. With the defaults (`fail-on: error`, `fail-on-unknown: true`) it is exactly the
 * CLI's exit code, because it is computed by the same `decideExitCode` over the counted findings;
 * `fail-on: warning` adds warning findings, `fail-on-unknown: false` drops what could not be decided.
 */
export function decideFailure(report: Report, failOn: FailOn, failOnUnknown: boolean): Verdict {
  const buckets = report.buckets.filter((b) => failOnUnknown || b.status !== 'unknown');
  const findings = report.findings.filter((f) => failOnUnknown || f.status !== 'unknown');
  const ignoredUnknown = report.buckets.length - buckets.length + (report.findings.length - findings.length);
  const threshold = failOn === 'never' ? 'error' : failOn;
  const failing = findings.filter(
    (f) => !waiverOf(f) && (f.severity === 'error' || (threshold === 'warning' && f.severity === 'warning')),
  );
  const drift = decideExitCode({ findings }) === 1 || failing.length > 0;
  const named = new Set(failing.map((f) => f.bucket));
  return {
    result: drift ? 'drift' : 'pass',
    fail: drift && failOn !== 'never',
    failingBuckets: buckets.filter((b) => b.status !== 'covered' && named.has(b.name)),
    failingFindings: failing,
    ignoredUnknown,
  };
}

/** The one-line reason given to core.setFailed. */
export function failureMessage(v: Verdict): string {
  const parts: string[] = [];
  if (v.failingBuckets.length) {
    const names = v.failingBuckets.slice(0, 5).map((b) => `${b.name} (${b.status})`);
    const more = v.failingBuckets.length > 5 ? ` and ${v.failingBuckets.length - 5} more` : '';
    parts.push(
      `${v.failingBuckets.length} bucket(s) not proven recorded by CloudTrail: ${names.join(', ')}${more}`,
    );
  }
  const other = v.failingFindings.filter((f) => f.ruleId !== 'data-event-coverage');
  if (other.length) parts.push(`${other.length} other finding(s)`);
  if (!parts.length) parts.push(`${v.failingFindings.length} finding(s)`);
  return `s3-trail-guard: CloudTrail coverage drift: ${parts.join('; ')}. See the job summary for details.`;
}
