import type { BucketCoverage } from '../engine/types.js';
import type { Finding, Severity } from '../rules/types.js';
import type { FailOn } from './settings.js';

/**
 * The one pass/fail decision of a run. `report.passed`, every heading, the summary line, the CLI's exit code
 * and the Action's `result` and step status are read from it; nothing else decides.
 */
export interface Verdict {
  /** `drift`: a finding that counts under fail-on and fail-on-unknown (not waived). */
  readonly result: 'pass' | 'drift';
  /** 1 exactly when the run fails: drift, and fail-on is not `never`. */
  readonly exitCode: 0 | 1;
  readonly failOn: FailOn;
  readonly failOnUnknown: boolean;
  /** Buckets whose coverage finding counts, in report order. */
  readonly failingBuckets: readonly string[];
  /** Findings that count (coverage findings included). */
  readonly failingFindings: number;
  /** Buckets and findings left out because they are unknown and fail-on-unknown is false. */
  readonly ignoredUnknown: number;
  /** One phrase for headings: what the verdict is and, when it is not plain, why. */
  readonly headline: string;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

function counts(f: Finding, failOn: FailOn, failOnUnknown: boolean): boolean {
  if (f.waived) return false;
  if (!failOnUnknown && f.status === 'unknown') return false;
  // `never` still tells drift from a pass (the `result` output), judged as `error` would.
  const threshold: Severity = failOn === 'warning' ? 'warning' : 'error';
  return RANK[f.severity] >= RANK[threshold];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function decideVerdict(
  report: { readonly buckets: readonly BucketCoverage[]; readonly findings: readonly Finding[] },
  failOn: FailOn,
  failOnUnknown: boolean,
): Verdict {
  const failing = report.findings.filter((f) => counts(f, failOn, failOnUnknown));
  const named = new Set(failing.filter((f) => f.ruleId === 'data-event-coverage').map((f) => f.bucket));
  const failingBuckets = report.buckets
    .filter((b) => b.status !== 'covered' && named.has(b.name))
    .map((b) => b.name);
  const ignoredUnknown = failOnUnknown
    ? 0
    : report.buckets.filter((b) => b.status === 'unknown').length +
      report.findings.filter((f) => f.status === 'unknown' && f.ruleId !== 'data-event-coverage').length;
  const drift = failing.length > 0;
  let headline: string;
  if (failingBuckets.length) headline = 'CloudTrail coverage drift';
  else if (drift) {
    const errors = failing.filter((f) => f.severity === 'error').length;
    headline = errors
      ? `${plural(errors, 'finding')} of severity error`
      : `${plural(failing.length, 'warning')} ${failing.length === 1 ? 'fails' : 'fail'} the check (fail-on: warning)`;
  } else if (report.buckets.every((b) => b.status === 'covered'))
    headline = 'all sensitive buckets are recorded';
  else if (ignoredUnknown)
    headline = `no proven drift (${plural(ignoredUnknown, 'undecided result')} ignored: fail-on-unknown is false)`;
  else headline = 'no drift that fails the check (the rest is waived or lowered by the policy)';
  if (drift && failOn === 'never') headline += ' (fail-on: never, not failing)';
  return {
    result: drift ? 'drift' : 'pass',
    exitCode: drift && failOn !== 'never' ? 1 : 0,
    failOn,
    failOnUnknown,
    failingBuckets,
    failingFindings: failing.length,
    ignoredUnknown,
    headline,
  };
}

/** The one-line reason a failing run gives (the Action's setFailed; the CLI's last line with --output). */
export function failureMessage(v: Verdict, buckets: readonly BucketCoverage[]): string {
  const status = new Map(buckets.map((b) => [b.name, b.status]));
  const parts: string[] = [];
  if (v.failingBuckets.length) {
    const names = v.failingBuckets.slice(0, 5).map((n) => `${n} (${status.get(n)})`);
    const more = v.failingBuckets.length > 5 ? ` and ${v.failingBuckets.length - 5} more` : '';
    parts.push(
      `${v.failingBuckets.length} bucket(s) not proven recorded by CloudTrail: ${names.join(', ')}${more}`,
    );
  }
  const other = v.failingFindings - v.failingBuckets.length;
  if (other > 0) parts.push(`${other} ${v.failingBuckets.length ? 'other ' : ''}finding(s)`);
  return `s3-trail-guard: ${v.headline}: ${parts.join('; ')}. See the job summary for details.`;
}
