import type { Finding } from '../rules/types.js';
import type { Report } from './report.js';
import type { TerraformLocator } from './terraform-lines.js';

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
