import type { Verdict } from '../app/verdict.js';
import type { CoverageDiff } from '../engine/diff.js';
import type { Fix } from '../engine/remediation.js';
import type { FixSource } from './fix-diff.js';
import type { BucketCoverage } from '../engine/types.js';
import type { UnknownConstruct } from '../model/fact.js';
import type { Finding } from '../rules/types.js';

/**
 * The report in memory, in the shape of the JSON report's schemaVersion 1 (every API of every bucket with
 * its gaps). The JSON written is schemaVersion 2, the same content without repetition
 * (outputs/json-report.ts), and reads back to this. A public, versioned contract (README "JSON report").
 */
export interface Report {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 's3-trail-guard'; readonly version: string };
  readonly mode: 'plan' | 'live' | 'plan+live' | 'organization' | 'plan+organization';
  /** `verdict.result === 'pass'`: nothing counts under fail-on and fail-on-unknown. */
  readonly passed: boolean;
  /** The run's one pass/fail decision (app/verdict.ts); every heading and exit code is read from it. */
  readonly verdict: Verdict;
  readonly policy: string;
  /** The plan, when one plan was read. */
  readonly plan?: string;
  /** The plans, when several were read (each bucket and coverage finding then names its own). */
  readonly plans?: readonly string[];
  /** Organization mode: the accounts scanned (sorted) and, in one shard's report, the shard. */
  readonly organization?: {
    readonly accounts: readonly string[];
    readonly shard?: { readonly index: number; readonly count: number };
  };
  readonly summary: {
    readonly buckets: number;
    readonly covered: number;
    readonly partial: number;
    readonly uncovered: number;
    readonly unknown: number;
    readonly findings: number;
  };
  /** In organization mode each bucket carries `account` (null: not known). */
  readonly buckets: readonly (BucketCoverage & {
    readonly account?: string | null;
    /** What kept values this bucket's verdict needs unknown (a for expression, a dynamic block, a data source …). */
    readonly unknownConstructs?: readonly UnknownConstruct[];
  })[];
  /** Plan mode: what the plan changes, per bucket and API, regressions first; with several plans, per plan too. */
  readonly diff?: CoverageDiff & { readonly plans?: readonly ({ readonly plan: string } & CoverageDiff)[] };
  /** The smallest Terraform change found for each bucket that is not covered. */
  /** With terraform-dir, each also as a diff of the user's own lines (`diff`), or why not (`diffUnavailable`). */
  readonly fixes?: readonly (Omit<Fix, 'patches'> & FixSource)[];
  readonly findings: readonly Finding[];
  readonly warnings: readonly string[];
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

const BY_NAME = new WeakMap<Report, ReadonlyMap<string, Report['buckets'][number]>>();

/**
 * The report's buckets by name (the first of a name, as a scan would find it), built once per report: the
 * formats look a bucket up per diff entry and per fix, and a scan each time is quadratic at 20,000 buckets.
 */
export function bucketsByName(r: Report): ReadonlyMap<string, Report['buckets'][number]> {
  let m = BY_NAME.get(r);
  if (!m) {
    const byName = new Map<string, Report['buckets'][number]>();
    for (const x of r.buckets) if (!byName.has(x.name)) byName.set(x.name, x);
    BY_NAME.set(r, (m = byName));
  }
  return m;
}
