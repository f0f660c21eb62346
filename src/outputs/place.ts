import type { Finding } from '../rules/types.js';
import type { Report } from './report.js';
import { selectorLine, type SourceLine, type TerraformLocator } from './terraform-lines.js';

export interface Place {
  /** Repository-relative, forward slashes. */
  readonly uri: string;
  readonly line: number;
  readonly column?: number;
}

/**
 * Where a finding points in the repository: its file and line when it has them (a policy entry), else the
 * Terraform block of its address (with terraform-dir), else its file, else the policy that asked for the
 * check — the plan is usually written outside the repository, and a viewer needs a file it can show.
 */
export function placeOf(
  f: Finding,
  report: Report,
  toUri: (file: string) => string | undefined,
  locate?: TerraformLocator,
): Place | undefined {
  const loc = f.location;
  const file = loc.file ? toUri(loc.file) : undefined;
  if (file && loc.line) return { uri: file, line: loc.line, ...(loc.column ? { column: loc.column } : {}) };
  const tf = loc.address ? locate?.(loc.address) : undefined;
  const tfUri = tf ? toUri(tf.file) : undefined;
  if (tf && tfUri) return { uri: tfUri, line: tf.line };
  if (file) return { uri: file, line: 1 };
  const policy = toUri(report.policy);
  return policy ? { uri: policy, line: 1 } : undefined;
}

/** Rules whose findings are about a trail's event selectors (not the trail's other attributes). */
const SELECTOR_RULES: ReadonlySet<string> = new Set(['invalid-selector', 'log-loop', 'data-event-coverage']);

/**
 * The Terraform line of a finding with terraform-dir: for a finding about a trail's selectors, the
 * `field_selector` of `resources.ARN` (else the selector block) of that trail; else its block. A bucket
 * coverage finding is placed on its bucket's block here; see {@link fixTrailLine} for the trail to change.
 */
export function terraformLineOf(f: Finding, locate?: TerraformLocator): SourceLine | undefined {
  const at = f.location.address ? locate?.(f.location.address) : undefined;
  if (!at) return undefined;
  if (f.trail && SELECTOR_RULES.has(f.ruleId)) return { file: at.file, line: selectorLine(at) };
  return { file: at.file, line: at.line };
}

/**
 * For a bucket the report has a fix for in an existing trail: that trail's selector line (where the change
 * goes), when terraform-dir locates it.
 */
export function fixTrailLine(f: Finding, report: Report, locate?: TerraformLocator): SourceLine | undefined {
  if (f.ruleId !== 'data-event-coverage' || !f.bucket || !locate) return undefined;
  const fix = report.fixes?.find(
    (x) => (x.bucket === f.bucket || x.buckets?.includes(f.bucket as string)) && x.recorder,
  );
  const at = fix?.recorder ? locate(fix.recorder) : undefined;
  return at ? { file: at.file, line: selectorLine(at) } : undefined;
}
