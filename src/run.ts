import { loadPolicy } from './config/load-policy.js';
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

export async function runCheck(opts: CheckOptions): Promise<CheckResult> {
  const policy = loadPolicy(opts.policy);
  if (!opts.plan) throw new Error('internal: runCheck needs a plan');
  const facts = await planFacts({ ...opts, plan: opts.plan });
  return evaluate(facts, policy, { plan: opts.plan });
}
