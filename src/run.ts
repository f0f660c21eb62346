import { loadPolicy } from './config/load-policy.js';
import { InputError } from './errors.js';
import type { Policy } from './config/policy.js';
import { bucketFacts, evaluateCoverage } from './engine/coverage.js';
import { diffCoverage, type CoverageDiff } from './engine/diff.js';
import { remediate } from './engine/remediation.js';
import type { Facts } from './model/facts.js';
import { redact } from './report/redact.js';
import { decideExitCode, summarize, type Report } from './report/report.js';
import { runRules } from './rules/index.js';
import { VERSION } from './version.js';

export interface CheckOptions {
  readonly policy: string;
  readonly plan?: string;
  readonly terraformDir?: string;
  /** Read the live AWS account (alone, or under the plan when `plan` is set too). */
  readonly live?: boolean;
  /** Region for AWS calls (else AWS_REGION, then AWS_DEFAULT_REGION). */
  readonly region?: string;
}

export interface CheckResult {
  readonly report: Report;
  readonly exitCode: 0 | 1;
}

/** Facts of the state before the plan, for the coverage diff (set by planFacts). */
const BEFORE = new WeakMap<Facts, Facts>();

/** Loads the facts of plan mode. The plan adapter (and the HCL parser) load only when asked for. */
async function planFacts(opts: CheckOptions & { plan: string }): Promise<Facts> {
  const { readPlanFile } = await import('./sources/terraform-plan/read-plan.js');
  const { adaptPlan } = await import('./sources/terraform-plan/adapt.js');
  const plan = readPlanFile(opts.plan);
  let config;
  if (opts.terraformDir) {
    const { loadTerraformDir } = await import('./sources/terraform-plan/hcl.js');
    config = await loadTerraformDir(opts.terraformDir);
  }
  const facts = adaptPlan(plan, { file: opts.plan, ...(config ? { config } : {}) });
  BEFORE.set(facts, adaptPlan(plan, { file: opts.plan, side: 'before' }));
  return facts;
}

/**
 * Coverage depends only on the recorders and on each policy bucket's Region, account and partition: when
 * the plan changes none of them, the before state has the same verdicts and the diff is empty.
 */
function planTouchesCoverage(before: Facts, after: Facts, policy: Policy): boolean {
  if (before.recorders.length !== after.recorders.length) return true;
  if (after.recorders.some((r) => r.change !== undefined && r.change !== 'no-op')) return true;
  const same = (a: { known: boolean; value?: unknown }, b: { known: boolean; value?: unknown }) =>
    a.known === b.known && a.value === b.value;
  return policy.buckets.some((req) => {
    const a = bucketFacts(req, before);
    const b = bucketFacts(req, after);
    return !same(a.region, b.region) || !same(a.accountId, b.accountId) || !same(a.partition, b.partition);
  });
}

/** The policy's `"*"` entry stands for every bucket the source knows that is not listed by name. */
export function expandEveryBucket(policy: Policy, facts: Facts): Policy {
  const every = policy.everyBucket;
  if (!every) return policy;
  const listed = new Set(policy.buckets.map((b) => b.name));
  const more = [...facts.buckets.keys()].filter((n) => !listed.has(n)).sort();
  return { ...policy, buckets: [...policy.buckets, ...more.map((name) => ({ ...every, name }))] };
}

export function evaluate(
  facts: Facts,
  input: Policy,
  extra: { plan?: string; now?: Date; before?: Facts } = {},
): CheckResult {
  const policy = expandEveryBucket(input, facts);
  const coverage = phase('coverage', () => evaluateCoverage(facts, policy));
  const beforeFacts = extra.before ?? BEFORE.get(facts);
  let diff: CoverageDiff | undefined;
  if (beforeFacts && planTouchesCoverage(beforeFacts, facts, policy)) {
    const beforeCoverage = phase('coverage before the plan', () => evaluateCoverage(beforeFacts, policy));
    diff = phase('diff', () => diffCoverage(beforeCoverage, coverage, beforeFacts, facts));
  } else if (beforeFacts) diff = { regressions: 0, improvements: 0, buckets: [] };
  const fixes = phase('remediation', () =>
    remediate(facts, policy, coverage).map(({ patches: _p, ...fix }) => fix),
  );
  const today = (extra.now ?? new Date()).toISOString().slice(0, 10);
  const { findings, warnings: ruleWarnings } = phase('rules', () =>
    runRules({ facts, policy, coverage, today }),
  );
  const warnings = [
    ...policy.warnings.map((w) => `${w.location.file}:${w.location.line}:${w.location.column}: ${w.message}`),
    ...facts.notes,
    ...ruleWarnings,
  ];
  const partial = { buckets: coverage.buckets, findings };
  const exitCode = decideExitCode(partial);
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 's3-trail-guard', version: VERSION },
    mode: facts.mode,
    passed: exitCode === 0,
    policy: policy.file,
    ...(extra.plan ? { plan: extra.plan } : {}),
    summary: summarize(coverage.buckets, findings),
    buckets: coverage.buckets,
    ...(diff ? { diff } : {}),
    fixes,
    findings,
    warnings,
  };
  return { report: facts.secrets?.length ? redact(report, facts.secrets) : report, exitCode };
}

/**
 * Live facts; the AWS SDK is imported only here, so plan mode never loads it. With a plan, the Regions the
 * plan gives its buckets are used (a bucket the plan creates does not exist yet for GetBucketLocation).
 */
async function liveFacts(policy: Policy, opts: CheckOptions, plan?: Facts): Promise<Facts> {
  const { collectLiveFacts } = await import('./sources/aws/collect.js');
  const knownRegions = new Map(
    [...(plan?.buckets.values() ?? [])].flatMap((b) =>
      b.region.known ? [[b.name, b.region.value] as const] : [],
    ),
  );
  return collectLiveFacts(policy, {
    ...(opts.region ? { region: opts.region } : {}),
    ...(knownRegions.size > 0 ? { knownRegions } : {}),
  });
}

export async function collectFacts(policy: Policy, opts: CheckOptions): Promise<Facts> {
  if (opts.plan && opts.live) {
    const plan = await planFacts({ ...opts, plan: opts.plan });
    const live = await liveFacts(policy, opts, plan);
    const { mergeFacts } = await import('./sources/merge.js');
    const merged = mergeFacts(plan, live);
    // The diff of a plan+live run: the plan's before state over the same account.
    const before = BEFORE.get(plan);
    if (before) BEFORE.set(merged, mergeFacts(before, live));
    return merged;
  }
  if (opts.plan) return planFacts({ ...opts, plan: opts.plan });
  if (opts.live) return liveFacts(policy, opts);
  throw new InputError('give --plan FILE, --live, or both');
}

export async function runCheck(opts: CheckOptions): Promise<CheckResult> {
  const policy = phase('policy', () => loadPolicy(opts.policy));
  const started = performance.now();
  const facts = await collectFacts(policy, opts);
  timing('facts', started);
  return evaluate(facts, policy, opts.plan ? { plan: opts.plan } : {});
}

/** S3TG_TIMINGS=1 prints how long each stage takes (to stderr), for profiling large plans and accounts. */
export function timing(name: string, started: number): void {
  if (process.env['S3TG_TIMINGS'])
    process.stderr.write(`timing ${name}: ${(performance.now() - started).toFixed(1)} ms\n`);
}

function phase<T>(name: string, fn: () => T): T {
  const started = performance.now();
  const r = fn();
  timing(name, started);
  return r;
}
