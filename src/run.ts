import { loadPolicy } from './config/load-policy.js';
import { InputError } from './errors.js';
import type { Policy } from './config/policy.js';
import { evaluateCoverage } from './engine/coverage.js';
import type { Facts } from './model/facts.js';
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
  return adaptPlan(plan, { file: opts.plan, ...(config ? { config } : {}) });
}

export function evaluate(facts: Facts, policy: Policy, extra: { plan?: string } = {}): CheckResult {
  const coverage = evaluateCoverage(facts, policy);
  const findings = runRules({ facts, policy, coverage });
  const warnings = [
    ...policy.warnings.map((w) => `${w.location.file}:${w.location.line}:${w.location.column}: ${w.message}`),
    ...facts.notes,
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
    findings,
    warnings,
  };
  return { report, exitCode };
}

/** Live facts; the AWS SDK is imported only here, so plan mode never loads it. */
async function liveFacts(policy: Policy, opts: CheckOptions): Promise<Facts> {
  const { collectLiveFacts } = await import('./sources/aws/collect.js');
  return collectLiveFacts(policy, { ...(opts.region ? { region: opts.region } : {}) });
}

export async function collectFacts(policy: Policy, opts: CheckOptions): Promise<Facts> {
  if (opts.plan && opts.live) {
    const plan = await planFacts({ ...opts, plan: opts.plan });
    const live = await liveFacts(policy, opts);
    const { mergeFacts } = await import('./sources/merge.js');
    return mergeFacts(plan, live);
  }
  if (opts.plan) return planFacts({ ...opts, plan: opts.plan });
  if (opts.live) return liveFacts(policy, opts);
  throw new InputError('give --plan FILE, --live, or both');
}

export async function runCheck(opts: CheckOptions): Promise<CheckResult> {
  const policy = loadPolicy(opts.policy);
  const facts = await collectFacts(policy, opts);
  return evaluate(facts, policy, opts.plan ? { plan: opts.plan } : {});
}
