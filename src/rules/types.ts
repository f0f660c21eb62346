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
}

export interface RuleContext {
  readonly facts: Facts;
  readonly policy: Policy;
  readonly coverage: CoverageResult;
}

export interface RuleMeta {
  /** Stable id, never reused; also the docs file name (docs/rules/<id>.md). */
  readonly id: string;
  readonly title: string;
  readonly defaultSeverity: Severity;
  readonly description: string;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}
