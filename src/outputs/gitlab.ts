import type { Finding } from '../rules/types.js';
import type { RenderContext } from './format.js';
import { placeOf } from './place.js';
import type { Report } from './report.js';
import { fingerprint } from './sarif.js';

/**
 * GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of issues with a description, a check
 * name, a stable fingerprint, a severity and a location GitLab can show in the merge request
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format). Waived findings are left out:
 * they are accepted, and GitLab has no way to show them as such.
 */
const SEVERITY: Record<Finding['severity'], string> = { error: 'major', warning: 'minor', note: 'info' };

export function renderGitLab(r: Report, ctx: RenderContext = {}): string {
  const toUri = ctx.toUri ?? ((f: string) => f.split('\\').join('/'));
  const issues = r.findings
    .filter((f) => !f.waived)
    .map((f) => {
      const place = placeOf(f, r, toUri, ctx.locate);
      return {
        description: f.message,
        check_name: f.ruleId,
        fingerprint: fingerprint(f),
        severity: f.status === 'unknown' && f.severity === 'error' ? 'major' : SEVERITY[f.severity],
        location: { path: place?.uri ?? r.policy, lines: { begin: place?.line ?? 1 } },
      };
    });
  return JSON.stringify(issues, null, 2) + '\n';
}
