import { diffCounts, type CoverageDiff } from '../engine/diff.js';
import type { BucketCoverage } from '../engine/types.js';
import { InputError } from '../errors.js';
import { summarize, type Report } from '../outputs/report.js';
import type { Finding } from '../rules/types.js';
import { decideVerdict } from './verdict.js';

/**
 * Findings in one order that does not depend on how the accounts were split: by rule, then by the bucket's
 * place in the report (findings about no policy bucket first), then by their content. An unsharded
 * organization run and a merge of its shards list them alike.
 */
export function canonicalFindings<F extends Finding>(
  findings: readonly F[],
  buckets: readonly Pick<BucketCoverage, 'name'>[],
): F[] {
  const place = new Map(buckets.map((b, i) => [b.name, i]));
  const keyed = findings.map((f) => ({
    f,
    rule: f.ruleId,
    at: f.bucket !== undefined ? (place.get(f.bucket) ?? -1) : -1,
    text: JSON.stringify(f),
  }));
  keyed.sort((a, b) =>
    a.rule !== b.rule
      ? a.rule < b.rule
        ? -1
        : 1
      : a.at !== b.at
        ? a.at - b.at
        : a.text < b.text
          ? -1
          : a.text > b.text
            ? 1
            : 0,
  );
  return keyed.map((k) => k.f);
}

export interface ShardReport {
  readonly file: string;
  readonly report: Report;
}

const bad = (file: string, what: string) => new InputError(`${file}: ${what}`, file);

/** The checks that make shard reports mergeable: one policy, one tool version, shards 1..N once each. */
function checkShards(shards: readonly ShardReport[]): void {
  const first = shards[0] as ShardReport;
  for (const s of shards) {
    const r = s.report;
    // In memory every report has the schemaVersion 1 shape; the reader turns schemaVersion 2 into it.
    if (r.schemaVersion !== 1)
      throw bad(s.file, 'is not an s3-trail-guard JSON report of schemaVersion 1 or 2');
    if ((r.mode !== 'organization' && r.mode !== 'plan+organization') || !r.organization?.shard)
      throw bad(
        s.file,
        `is not the report of one shard of an organization run (mode ${JSON.stringify(r.mode)}); give the --format json reports of --organization --shard I/N`,
      );
    if (r.tool.version !== first.report.tool.version)
      throw bad(
        s.file,
        `was written by s3-trail-guard ${r.tool.version}, ${first.file} by ${first.report.tool.version}: merge shards of one version`,
      );
    if (r.mode !== first.report.mode)
      throw bad(s.file, `is a report of mode ${r.mode}, ${first.file} of ${first.report.mode}`);
    if (r.plan !== first.report.plan || JSON.stringify(r.plans) !== JSON.stringify(first.report.plans))
      throw bad(s.file, `is a report of other plans than ${first.file}`);
    if (r.policy !== first.report.policy)
      throw bad(s.file, `is a report of policy ${r.policy}, ${first.file} of ${first.report.policy}`);
    if (
      r.verdict.failOn !== first.report.verdict.failOn ||
      r.verdict.failOnUnknown !== first.report.verdict.failOnUnknown
    )
      throw bad(s.file, `was run with other --fail-on / --fail-on-unknown settings than ${first.file}`);
    if (r.organization.shard.count !== first.report.organization!.shard!.count)
      throw bad(
        s.file,
        `is shard ${r.organization.shard.index}/${r.organization.shard.count}, ${first.file} is of ${first.report.organization!.shard!.count} shards`,
      );
  }
  const count = first.report.organization!.shard!.count;
  const seen = new Map<number, string>();
  for (const s of shards) {
    const i = s.report.organization!.shard!.index;
    const twice = seen.get(i);
    if (twice) throw bad(s.file, `is shard ${i}/${count} again (also ${twice})`);
    seen.set(i, s.file);
  }
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((i) => !seen.has(i));
  if (missing.length)
    throw bad(
      first.file,
      `shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} missing from the merge`,
    );
}

/**
 * Shard reports → the report of one unsharded run. Every shard lists every bucket the policy names; a shard
 * that holds a bucket's account (`account` set) gives its entry, its findings and its fix; the others only
 * stand in for it. Findings about no policy bucket (trails, log buckets) are the same in every shard that
 * sees them and are kept once. Summary and verdict are computed again, by the same functions as a run.
 */
export function mergeReports(shards: readonly ShardReport[]): Report {
  if (!shards.length) throw new InputError('merge needs at least one shard report');
  checkShards(shards);
  const ordered = [...shards].sort(
    (a, b) => a.report.organization!.shard!.index - b.report.organization!.shard!.index,
  );
  const first = ordered[0]!.report;
  // Named policy buckets are in every shard, in policy order; the others come from "*", sorted by name.
  const everywhere = first.buckets
    .map((b) => b.name)
    .filter((n) => ordered.every((s) => s.report.buckets.some((b) => b.name === n)));
  const ownerOf = new Map<string, Report>();
  const entry = new Map<string, Report['buckets'][number]>();
  for (const { report } of ordered)
    for (const b of report.buckets) {
      const held = b.account !== null && b.account !== undefined;
      if (!entry.has(b.name) || (held && !ownerOf.has(b.name))) {
        entry.set(b.name, b);
        if (held) ownerOf.set(b.name, report);
      }
    }
  for (const n of entry.keys()) if (!ownerOf.has(n)) ownerOf.set(n, first);
  const named = new Set(everywhere);
  const others = [...entry.keys()].filter((n) => !named.has(n)).sort();
  const buckets = [...everywhere, ...others].map((n) => entry.get(n)!);
  const bucketNames = new Set(buckets.map((b) => b.name));
  const seenFindings = new Set<string>();
  const findings: Finding[] = [];
  for (const { report } of ordered)
    for (const f of report.findings) {
      if (f.bucket !== undefined && bucketNames.has(f.bucket)) {
        if (ownerOf.get(f.bucket) === report) findings.push(f);
        continue;
      }
      const key = JSON.stringify(f);
      if (!seenFindings.has(key)) {
        seenFindings.add(key);
        findings.push(f);
      }
    }
  const sorted = canonicalFindings(findings, buckets);
  const fixes = buckets.flatMap((b) => (ownerOf.get(b.name)?.fixes ?? []).filter((x) => x.bucket === b.name));
  const warnings = [...new Set(ordered.flatMap((s) => s.report.warnings))];
  const verdict = decideVerdict(
    { buckets, findings: sorted },
    first.verdict.failOn,
    first.verdict.failOnUnknown,
  );
  const accounts = [...new Set(ordered.flatMap((s) => s.report.organization!.accounts))].sort();
  // Plans over the organization: each bucket's diff from the shard that holds it, counted again.
  const diffOf = (pick: (r: Report) => CoverageDiff | undefined): CoverageDiff => {
    const changed = buckets.flatMap(
      (b) => pick(ownerOf.get(b.name)!)?.buckets.filter((d) => d.name === b.name) ?? [],
    );
    changed.sort((x, y) => Number(y.regression) - Number(x.regression));
    return { ...diffCounts(changed), buckets: changed };
  };
  const planDiffs = first.diff?.plans;
  const diff: Report['diff'] = first.diff
    ? {
        ...diffOf((r) => r.diff),
        ...(planDiffs
          ? {
              plans: planDiffs.map((p, i) => ({
                plan: p.plan,
                ...diffOf((r) => r.diff?.plans?.[i]),
              })),
            }
          : {}),
      }
    : undefined;
  return {
    schemaVersion: 1,
    tool: first.tool,
    mode: first.mode,
    passed: verdict.result === 'pass',
    verdict,
    policy: first.policy,
    ...(first.plan !== undefined ? { plan: first.plan } : {}),
    ...(first.plans !== undefined ? { plans: first.plans } : {}),
    organization: { accounts },
    summary: summarize(buckets, sorted),
    buckets,
    ...(diff ? { diff } : {}),
    fixes,
    findings: sorted,
    warnings,
  };
}
