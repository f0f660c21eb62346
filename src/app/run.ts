import { loadPolicy } from '../config/load-policy.js';
import type { Policy } from '../config/policy.js';
import { bucketFacts, evaluateCoverage, type CoverageResult } from '../engine/coverage.js';
import { diffCoverage, type CoverageDiff } from '../engine/diff.js';
import { remediate } from '../engine/remediation.js';
import type { Fact, UnknownConstruct } from '../model/fact.js';
import { isOrganizationMode, type Facts } from '../model/facts.js';
import type { Str } from '../model/selectors.js';
import { fixDiff, type Target } from '../outputs/fix-diff.js';
import { redact } from '../outputs/redact.js';
import { terraformLocator } from '../outputs/terraform-lines.js';
import { summarize, type Report } from '../outputs/report.js';
import { runRules } from '../rules/index.js';
import { combineSources } from '../sources/combine.js';
import { collectAll, SOURCES } from '../sources/index.js';
import type { SourceSpec } from '../sources/index.js';
import type { FactSource } from '../sources/source.js';
import { VERSION } from '../version.js';
import { DEFAULTS, type FailOn, type Settings } from './settings.js';
import { canonicalFindings } from './merge.js';
import { organizationCoverage } from './organization.js';
import { decideVerdict, type Verdict } from './verdict.js';

/** What a run produced: the report (the verdict inside it) and the verdict itself. */
export interface Outcome {
  readonly report: Report;
  readonly verdict: Verdict;
}

/** Seams: the sources (tests put in fakes) and where stage timings go (S3TG_TIMINGS in the CLI). */
export interface RunDeps {
  readonly sources?: readonly FactSource<SourceSpec>[];
  readonly timing?: (stage: string, ms: number) => void;
  /** Progress lines of the sources (the CLI shows them on stderr when a run is slow). */
  readonly progress?: (line: string) => void;
}

/** One run: the policy, every source, one state, the engine and the rules, one verdict. */
export async function run(settings: Settings, deps: RunDeps = {}): Promise<Outcome> {
  const clock = timer(deps.timing);
  const policy = clock('policy', () => loadPolicy(settings.policy));
  // `performance` is read only when timed: the global loads node:perf_hooks (~2.5 ms of CPU at start-up).
  const started = deps.timing ? performance.now() : 0;
  const collected = await collectAll(
    settings.sources,
    { policy, ...(deps.progress ? { progress: deps.progress } : {}) },
    deps.sources ?? SOURCES,
  );
  const combined = combineSources(collected);
  deps.timing?.('facts', performance.now() - started);
  return evaluate(combined.after, policy, {
    ...(combined.before ? { before: combined.before } : {}),
    ...(combined.perPlan ? { perPlan: combined.perPlan } : {}),
    plans: combined.plans,
    failOn: settings.failOn,
    failOnUnknown: settings.failOnUnknown,
    ...(settings.now ? { now: settings.now } : {}),
    ...(deps.timing ? { timing: deps.timing } : {}),
    ...terraformDirs(settings.sources),
  });
}

/** Fixes shown as a diff of the user's lines per run (each reads the trail's block). */
const MAX_FIX_DIFFS = 100;

/** The Terraform directories given with the plans (`terraform-dir`), by plan file. */
function terraformDirs(specs: readonly SourceSpec[]): Pick<EvaluateOptions, 'terraformDirs'> {
  const dirs = specs.flatMap((s) =>
    s.kind === 'terraform-plan' && s.terraformDir ? [[s.file, s.terraformDir] as const] : [],
  );
  return dirs.length ? { terraformDirs: new Map(dirs) } : {};
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
  // Organization mode: every bucket of the scanned accounts (not the log buckets of other accounts).
  const scanned = isOrganizationMode(facts.mode) ? new Set(facts.scope?.accounts ?? []) : undefined;
  const more = [...facts.buckets]
    .filter(([n, b]) => !listed.has(n) && (!scanned || (b.accountId.known && scanned.has(b.accountId.value))))
    .map(([n]) => n)
    .sort();
  return { ...policy, buckets: [...policy.buckets, ...more.map((name) => ({ ...every, name }))] };
}

export interface EvaluateOptions {
  /** Plan files the facts came from (one: `report.plan`; several: `report.plans`). */
  readonly plans?: readonly string[];
  /** The state before the plans, for the coverage diff. */
  readonly before?: Facts;
  /** With several plans, each plan's own before state (see sources/combine.ts). */
  readonly perPlan?: readonly { readonly plan: string; readonly before: Facts }[];
  readonly failOn?: FailOn;
  readonly failOnUnknown?: boolean;
  readonly now?: Date;
  readonly timing?: (stage: string, ms: number) => void;
  /**
   * terraform-dir of each plan file: fixes are then also shown as a diff of the user's own lines
   * (`fixes[].diff`), or say why not (`fixes[].diffUnavailable`).
   */
  readonly terraformDirs?: ReadonlyMap<string, string>;
}

function diffOf(
  before: Facts,
  after: Facts,
  coverage: CoverageResult,
  policy: Policy,
  clock: Clock,
): CoverageDiff {
  if (!planTouchesCoverage(before, after, policy)) return { regressions: 0, improvements: 0, buckets: [] };
  // Organization mode judges the state before the plan account by account too, like the state after it.
  const beforeCoverage = clock('coverage before the plan', () =>
    isOrganizationMode(before.mode)
      ? organizationCoverage(before, policy).coverage
      : evaluateCoverage(before, policy),
  );
  return clock('diff', () => diffCoverage(beforeCoverage, coverage, before, after));
}

/** The engine, the rules and the verdict over facts already collected (also the seam for tests). */
export function evaluate(facts: Facts, input: Policy, opts: EvaluateOptions = {}): Outcome {
  const clock = timer(opts.timing);
  const policy = expandEveryBucket(input, facts);
  const org = isOrganizationMode(facts.mode)
    ? clock('coverage', () => organizationCoverage(facts, policy))
    : undefined;
  const coverage = org ? org.coverage : clock('coverage', () => evaluateCoverage(facts, policy));
  let diff: (CoverageDiff & { plans?: readonly ({ plan: string } & CoverageDiff)[] }) | undefined;
  if (opts.before) {
    diff = diffOf(opts.before, facts, coverage, policy, clock);
    if (opts.perPlan)
      diff = {
        ...diff,
        plans: opts.perPlan.map((p) => ({
          plan: p.plan,
          ...diffOf(p.before, facts, coverage, policy, clock),
        })),
      };
  }
  const proposed = clock('remediation', () => (org ? org.fixes : remediate(facts, policy, coverage)));
  const dirs = opts.terraformDirs;
  const locators = new Map<string, ReturnType<typeof terraformLocator>>();
  const files = new Map<string, string>();
  const targets = new Map<string, Target | string>();
  let diffs = 0;
  const fixes = proposed.map((fix) => {
    const { patches: _p, ...rest } = fix;
    const rec = fix.recorder ? facts.recorders.find((r) => r.id === fix.recorder) : undefined;
    const dir = dirs && (dirs.get(rec?.origin.file ?? '') ?? [...dirs.values()][0]);
    if (!dir || !rec) return rest;
    let locate = locators.get(dir);
    if (!locate) locators.set(dir, (locate = terraformLocator(dir)));
    const bucketRef = (name: string) => {
      const o = facts.buckets.get(name)?.origin;
      return o?.source === 'terraform-plan' ? o.ref : undefined;
    };
    // A comment shows a few; past that the JSON report keeps the HCL block (bounded work for huge policies).
    if (++diffs > MAX_FIX_DIFFS)
      return { ...rest, diffUnavailable: `diffs are given for the first ${MAX_FIX_DIFFS} fixes` };
    return {
      ...rest,
      ...clock('fix diff', () => fixDiff(fix, { dir, locate, recorder: rec, bucketRef, files, targets })),
    };
  });
  const today = (opts.now ?? new Date()).toISOString().slice(0, 10);
  const ruled = clock('rules', () => runRules({ facts, policy, coverage, today }));
  const ruleWarnings = ruled.warnings;
  // Organization mode: in one order that does not depend on which accounts were read together (merge).
  const findings = isOrganizationMode(facts.mode)
    ? canonicalFindings(ruled.findings, coverage.buckets)
    : ruled.findings;
  const warnings = [
    ...policy.warnings.map((w) => `${w.location.file}:${w.location.line}:${w.location.column}: ${w.message}`),
    ...facts.notes,
    ...ruleWarnings,
  ];
  const verdict = decideVerdict(
    { buckets: coverage.buckets, findings },
    opts.failOn ?? DEFAULTS.failOn,
    opts.failOnUnknown ?? DEFAULTS.failOnUnknown,
  );
  const plans = opts.plans ?? [];
  const several = plans.length > 1;
  const planOf = (ref: string | null, name: string) => {
    if (!several) return {};
    const file = facts.buckets.get(name)?.origin.file;
    return ref && file && plans.includes(file) ? { plan: file } : {};
  };
  const constructs = unknownConstructs(facts, coverage);
  const withConstructs = <B extends { name: string }>(b: B) => {
    const c = constructs.get(b.name);
    return c ? { ...b, unknownConstructs: c } : b;
  };
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 's3-trail-guard', version: VERSION },
    mode: facts.mode,
    passed: verdict.result === 'pass',
    verdict,
    policy: policy.file,
    ...(plans.length === 1 ? { plan: plans[0] as string } : {}),
    ...(several ? { plans } : {}),
    ...(facts.scope ? { organization: facts.scope } : {}),
    summary: summarize(coverage.buckets, findings),
    buckets: (several
      ? coverage.buckets.map((b) => ({ ...b, ...planOf(b.ref, b.name) }))
      : isOrganizationMode(facts.mode)
        ? coverage.buckets.map((b) => {
            const a = facts.buckets.get(b.name)?.accountId;
            return { ...b, account: a?.known ? a.value : null };
          })
        : coverage.buckets
    ).map(withConstructs),
    ...(diff ? { diff } : {}),
    fixes,
    findings: several
      ? findings.map((f) => {
          const file = f.bucket ? facts.buckets.get(f.bucket)?.origin.file : undefined;
          return f.ruleId === 'data-event-coverage' && file && plans.includes(file)
            ? { ...f, plan: file }
            : f;
        })
      : findings,
    warnings,
  };
  const out = facts.secrets?.length ? redact(report, facts.secrets) : report;
  return { report: out, verdict: out.verdict };
}

/**
 * For each bucket a value known only after apply leaves undecided: the constructs the source named for
 * those values (a for expression, a dynamic block, a data source …), found by the reason each gap quotes.
 */
function unknownConstructs(facts: Facts, coverage: CoverageResult): Map<string, UnknownConstruct[]> {
  const byDetail = new Map<string, UnknownConstruct>();
  const note = (x: { known: boolean; detail?: string; construct?: UnknownConstruct }) => {
    if (!x.known && x.construct && x.detail) byDetail.set(x.detail, x.construct);
  };
  const strs = (l: Fact<readonly Str[]> | undefined) => {
    if (!l) return;
    note(l);
    if (l.known) l.value.forEach(note);
  };
  for (const rec of facts.recorders) {
    note(rec.selectors);
    if (!rec.selectors.known) continue;
    const set = rec.selectors.value;
    const adv = set.kind === 'advanced' ? set.selectors : set.kind === 'conflict' ? set.advanced : [];
    const basic = set.kind === 'basic' ? set.selectors : set.kind === 'conflict' ? set.basic : [];
    for (const sel of adv) {
      note(sel.fieldSelectors);
      if (sel.fieldSelectors.known)
        for (const fs of sel.fieldSelectors.value) Object.values(fs.operators).forEach(strs);
    }
    for (const sel of basic) {
      note(sel.dataResources);
      if (sel.dataResources.known) for (const dr of sel.dataResources.value) strs(dr.values);
    }
  }
  const out = new Map<string, UnknownConstruct[]>();
  if (!byDetail.size) return out;
  for (const b of coverage.buckets) {
    if (b.status === 'covered') continue;
    const gaps = [
      ...new Set(
        b.events.filter((e) => e.status === 'unknown' || e.status === 'partial').flatMap((e) => e.gaps),
      ),
    ];
    const found = new Map<string, UnknownConstruct>();
    for (const [detail, c] of byDetail)
      if (gaps.some((g) => g.includes(detail))) found.set(JSON.stringify(c), c);
    if (found.size) out.set(b.name, [...found.values()]);
  }
  return out;
}

type Clock = <T>(stage: string, fn: () => T) => T;

function timer(timing?: (stage: string, ms: number) => void): Clock {
  return (stage, fn) => {
    if (!timing) return fn();
    const started = performance.now();
    const r = fn();
    timing(stage, performance.now() - started);
    return r;
  };
}
