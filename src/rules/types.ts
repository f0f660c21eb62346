import type { RuleId } from './ids.js';
import type { Policy } from '../config/policy.js';
import type { CoverageResult } from '../engine/coverage.js';
import type { Facts } from '../model/facts.js';

export type Severity = 'error' | 'warning' | 'note';

export interface FindingLocation {
  /** The file the finding points at: the plan (plan mode) or the policy file. */
  readonly file?: string;
  /** Terraform address (plan mode) or ARN (live mode). */
  readonly address?: string;
  readonly pointer?: string;
  /** Line/column in `file` when known (policy entries). */
  readonly line?: number;
  readonly column?: number;
}

/** One result of one rule; every renderer (text, JSON, markdown, SARIF) formats these. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** `fail`: a problem was proven; `unknown`: it could not be decided (never a pass). */
  readonly status: 'fail' | 'unknown';
  readonly message: string;
  readonly bucket?: string;
  readonly trail?: string;
  readonly location: FindingLocation;
  /** The fix, filled in with the real names, ARNs and paths where they are known. */
  readonly remediation?: { readonly text: string; readonly terraform?: string; readonly json?: string };
  /** Set when a waiver of the policy file accepts this finding: it is reported but does not fail the check. */
  readonly waived?: { readonly reason: string; readonly expires?: string };
  /** With several plans: the plan the finding's bucket or trail came from. */
  readonly plan?: string;
}

export interface RuleContext {
  readonly facts: Facts;
  readonly policy: Policy;
  readonly coverage: CoverageResult;
  /** Today (YYYY-MM-DD), for waiver expiry. */
  readonly today: string;
}

export interface RuleMeta {
  /** Stable id, never reused; also the docs file name (docs/rules/<id>.md). */
  readonly id: RuleId;
  readonly title: string;
  readonly defaultSeverity: Severity;
  readonly description: string;
  /** Off unless the policy's `require.rules` turns it on. */
  readonly offByDefault?: boolean;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}
