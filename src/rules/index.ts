import type { Waiver } from '../config/policy.js';
import { dataEventCoverage } from './data-event-coverage.js';
import { invalidSelector } from './invalid-selector.js';
import { logBucketAclCondition } from './log-bucket-acl-condition.js';
import { logBucketDeliveryGrant } from './log-bucket-delivery-grant.js';
import { logBucketSourceArn } from './log-bucket-source-arn.js';
import { logLoop } from './log-loop.js';
import { trailCloudwatchLogs } from './trail-cloudwatch-logs.js';
import { trailKms } from './trail-kms.js';
import { trailKmsDelivery } from './trail-kms-delivery.js';
import { trailLogFileValidation } from './trail-log-file-validation.js';
import { trailMultiRegion } from './trail-multi-region.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** The registry, sorted by id (a meta-test keeps it equal to RULE_IDS, the docs and the tests). */
export const RULES: readonly Rule[] = [
  dataEventCoverage,
  invalidSelector,
  logBucketAclCondition,
  logBucketDeliveryGrant,
  logBucketSourceArn,
  logLoop,
  trailCloudwatchLogs,
  trailKms,
  trailKmsDelivery,
  trailLogFileValidation,
  trailMultiRegion,
];

export interface RuleRun {
  readonly findings: Finding[];
  /** Waiver problems: expired, or matching nothing. */
  readonly warnings: string[];
}

function waiverMatches(w: Waiver, f: Finding, ctx: RuleContext): boolean {
  if (w.rule !== f.ruleId) return false;
  if (w.bucket !== undefined && w.bucket !== f.bucket) return false;
  if (w.trail !== undefined) {
    const rec = ctx.facts.recorders.find((r) => r.id === f.trail);
    const names = [
      f.trail,
      rec?.name.known ? rec.name.value : undefined,
      rec?.arn.known ? rec.arn.value : undefined,
    ];
    if (!names.includes(w.trail)) return false;
  }
  return true;
}

function where(w: Waiver): string {
  return `${w.location.file}:${w.location.line}:${w.location.column}`;
}

/**
 * Plan + live: a finding about a trail this plan does not manage and that belongs to another account
 * (the central organization trail of the management account) is reported, but as a warning unless the
 * policy asks for every trail (`require.trails: all`): a workload pull request cannot fix it.
 */
function foreignTrailSeverity(f: Finding, ctx: RuleContext): Finding {
  if (
    (ctx.facts.mode !== 'plan+live' && ctx.facts.mode !== 'plan+organization') ||
    f.trail === undefined ||
    f.severity !== 'error'
  )
    return f;
  if (ctx.policy.require?.trails === 'all') return f;
  const rec = ctx.facts.recorders.find((r) => r.id === f.trail);
  if (!rec || rec.origin.source !== 'aws') return f;
  const own = ctx.facts.defaults.accountId;
  const foreign =
    rec.accountId.known && own.known
      ? rec.accountId.value !== own.value
      : rec.organization.known && rec.organization.value;
  if (!foreign) return f;
  const owner = rec.accountId.known ? `account ${rec.accountId.value}` : 'another account';
  return {
    ...f,
    severity: 'warning',
    message: `${f.message} (a trail of ${owner}, not managed by this plan: a warning here; require.trails: all makes it an error)`,
  };
}

/**
 * Runs the rules with the policy's settings: severities and `off` from `require.rules`, then waivers.
 * A rule that crashes becomes an `unknown` error finding naming it, and never hides the others.
 */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): RuleRun {
  const settings = ctx.policy.require?.rules ?? {};
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    if (setting === 'off' || (setting === undefined && rule.meta.offByDefault)) continue;
    let found: Finding[];
    try {
      found = rule.check(ctx);
    } catch (e) {
      found = [
        {
          ruleId: rule.meta.id,
          severity: 'error',
          status: 'unknown',
          message: `rule ${rule.meta.id} failed: ${e instanceof Error ? e.message : String(e)}`,
          location: { file: ctx.policy.file },
        },
      ];
    }
    for (const f of found)
      findings.push(foreignTrailSeverity(setting ? { ...f, severity: setting } : f, ctx));
  }
  const warnings: string[] = [];
  const used = new Set<Waiver>();
  const waived = findings.map((f) => {
    for (const w of ctx.policy.waivers ?? []) {
      if (!waiverMatches(w, f, ctx)) continue;
      used.add(w);
      if (w.expires !== undefined && w.expires < ctx.today) continue;
      return { ...f, waived: { reason: w.reason, ...(w.expires ? { expires: w.expires } : {}) } };
    }
    return f;
  });
  for (const w of ctx.policy.waivers ?? []) {
    const target = w.bucket !== undefined ? `bucket ${w.bucket}` : `trail ${w.trail ?? ''}`;
    if (w.expires !== undefined && w.expires < ctx.today)
      warnings.push(
        `${where(w)}: the waiver of ${w.rule} for ${target} expired on ${w.expires} and no longer applies`,
      );
    else if (!used.has(w))
      warnings.push(`${where(w)}: the waiver of ${w.rule} for ${target} matches no finding; remove it`);
  }
  return { findings: waived, warnings };
}
