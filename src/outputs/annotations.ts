import type { Finding } from '../rules/types.js';
import { remediationText, waiverOf } from './finding-extras.js';
import { fixTrailLine, terraformLineOf } from './place.js';
import type { Report } from './report.js';
import type { TerraformLocator } from './terraform-lines.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly message: string;
  /** Repository-relative, forward slashes. */
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

export interface AnnotationOptions {
  /** A report path as a repository-relative path, or undefined when the file is outside the repository. */
  readonly toRepoPath: (file: string) => string | undefined;
  /** Terraform address to source line (from `terraform-dir`). */
  readonly locate?: TerraformLocator;
  /** When false, findings that could not be decided are shown as warnings (they do not fail the check). */
  readonly failOnUnknown?: boolean;
  /** GitHub shows at most 10 annotations of each level per step. */
  readonly maxPerLevel?: number;
}

const LEVEL: Record<Finding['severity'], AnnotationLevel> = {
  error: 'error',
  warning: 'warning',
  note: 'notice',
};

function levelOf(f: Finding, failOnUnknown: boolean): AnnotationLevel {
  const level = LEVEL[f.severity];
  return level === 'error' && f.status === 'unknown' && !failOnUnknown ? 'warning' : level;
}

/**
 * One annotation per finding, on the policy line of the bucket or, for trail findings, on the Terraform block
 * of the recorder; a bucket finding whose bucket resource is found in the Terraform source gets a second one
 * there. Waived findings are left out. Most severe first, capped per level, with a notice counting the rest.
 */
export function buildAnnotations(report: Report, opts: AnnotationOptions): Annotation[] {
  const failOnUnknown = opts.failOnUnknown ?? true;
  const primary: Annotation[] = [];
  const secondary: Annotation[] = [];
  for (const f of report.findings) {
    if (waiverOf(f)) continue;
    const level = levelOf(f, failOnUnknown);
    const subject = f.bucket ?? f.trail;
    const title = `s3-trail-guard ${f.ruleId}${subject ? `: ${subject}` : ''}`;
    const remediation = remediationText(f);
    const message = remediation ? `${f.message}\n${remediation}` : f.message;
    const loc = f.location;
    const file = loc.file ? opts.toRepoPath(loc.file) : undefined;
    const tf = terraformLineOf(f, opts.locate);
    const tfFile = tf ? opts.toRepoPath(tf.file) : undefined;
    // A coverage gap an existing trail can close: also on that trail's selector, where the change goes.
    const fixAt = fixTrailLine(f, report, opts.locate);
    const fixFile = fixAt ? opts.toRepoPath(fixAt.file) : undefined;
    if (fixAt && fixFile && !(fixFile === tfFile && fixAt.line === tf?.line))
      secondary.push({
        level,
        title,
        message: `${message}\n(the selector of the trail that can record ${f.bucket ?? 'the bucket'})`,
        file: fixFile,
        startLine: fixAt.line,
      });
    if (file && loc.line) {
      primary.push({
        level,
        title,
        message,
        file,
        startLine: loc.line,
        ...(loc.column ? { startColumn: loc.column } : {}),
      });
      if (tf && tfFile)
        secondary.push({
          level,
          title,
          message: `${message}\n(bucket ${loc.address})`,
          file: tfFile,
          startLine: tf.line,
        });
    } else if (tf && tfFile) {
      primary.push({ level, title, message, file: tfFile, startLine: tf.line });
    } else {
      primary.push({ level, title, message, ...(file ? { file } : {}) });
    }
  }
  const rank: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };
  const all = [...primary, ...secondary].sort((a, b) => rank[a.level] - rank[b.level]);
  const max = opts.maxPerLevel ?? 10;
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const out: Annotation[] = [];
  let left = 0;
  for (const a of all) {
    if (used[a.level] >= max) {
      left++;
      continue;
    }
    used[a.level]++;
    out.push(a);
  }
  if (left) {
    if (used.notice >= max) {
      out.splice(out.map((a) => a.level).lastIndexOf('notice'), 1);
      left++;
    }
    out.push({
      level: 'notice',
      title: 's3-trail-guard',
      message: `${left} more annotation(s) not shown (GitHub shows ${max} of each level per step); the job summary and the JSON report have every finding.`,
    });
  }
  return out;
}
