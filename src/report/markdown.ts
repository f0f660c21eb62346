import { describeApis } from '../model/s3-apis.js';
import { groupEvents } from './group.js';
import type { Report } from './report.js';

/**
 * Escapes text from the plan, the policy or the account for GitHub-flavoured markdown, so that a
 * selector named `<img src=x>` or `| ](` renders as text: HTML is entity-encoded and every markdown
 * punctuation character is backslash-escaped; newlines become spaces (they would end a table row).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_{}[\]()#+\-.!|~@:])/g, '\\$1');
}

/**
 * Escapes text for a raw HTML context such as `<summary>`: GitHub renders a line that starts an HTML block
 * without markdown, so backslash escapes would show; entities are enough there.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A fenced code block that no backtick run inside the text can close. */
export function fence(text: string, lang = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${text}\n${f}`;
}

/** Inline code cannot hold escapes; pick a fence longer than any backtick run inside. */
export function code(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

const ICON: Record<string, string> = {
  covered: '✅ covered',
  partial: '⚠️ partial',
  uncovered: '❌ uncovered',
  unknown: '❔ unknown',
};

export interface MarkdownOptions {
  /** Shown after the tool's name in the heading (the Action's comment key), so several reports tell apart. */
  readonly label?: string;
}

function heading(r: Report, opts: MarkdownOptions, passed: boolean): string {
  const label = opts.label ? ` (${escapeMarkdown(opts.label)})` : '';
  return `### s3-trail-guard${label}: ${passed ? 'all sensitive buckets are recorded' : 'CloudTrail coverage drift'}`;
}

export function renderMarkdown(r: Report, opts: MarkdownOptions = {}): string {
  const out: string[] = [];
  const s = r.summary;
  out.push(heading(r, opts, r.passed));
  out.push('');
  out.push(
    `${s.buckets} bucket(s): ${s.covered} covered, ${s.partial} partial, ${s.uncovered} uncovered, ${s.unknown} unknown · ${s.findings} finding(s) · ${r.mode} mode`,
  );
  out.push('');
  if (r.diff && r.diff.buckets.length) {
    // What the pull request changes comes first: a regression is the most important thing to tell a reviewer.
    out.push(
      `#### What this plan changes: ${r.diff.regressions} regression(s), ${r.diff.improvements} improvement(s)`,
    );
    out.push('');
    for (const b of r.diff.buckets) {
      const all = r.buckets.find((x) => x.name === b.name)?.events.map((e) => e.name) ?? [];
      out.push(
        `- ${b.regression ? '🔻 **lost**' : '🔺 gained'} ${escapeMarkdown(b.name)}: ${b.before} → ${b.after}`,
      );
      for (const g of b.changes) {
        const names = describeApis(g.apis, all);
        out.push(
          `  - ${escapeMarkdown(names)}: ${g.before} → ${g.after}${g.because.length ? `, because ${escapeMarkdown(g.because.join('; '))}` : ''}`,
        );
      }
    }
    out.push('');
  }
  out.push('| Bucket | Status | APIs not covered | Why |');
  out.push('| --- | --- | --- | --- |');
  for (const b of r.buckets) {
    const lost = b.events.filter((e) => e.status !== 'covered').map((e) => e.name);
    const why = b.events.flatMap((e) => e.gaps)[0] ?? '';
    out.push(
      `| ${escapeMarkdown(b.name)} | ${ICON[b.status]}${b.acceptedEvidence ? ` ${b.acceptedEvidence.qualifier}` : ''} | ${
        escapeMarkdown(
          describeApis(
            lost,
            b.events.map((e) => e.name),
          ),
        ) || '—'
      } | ${escapeMarkdown(why.length > 300 ? why.slice(0, 300) + '…' : why)} |`,
    );
  }
  out.push('');
  const logged = r.buckets.filter(
    (b) => b.serverAccessLogs && (b.serverAccessLogs.status !== 'off' || b.acceptedEvidence),
  );
  for (const b of logged) {
    const sal = b.serverAccessLogs!;
    out.push(
      `- ${escapeMarkdown(b.name)}: server access logging${sal.target ? ` to ${code(sal.target)}` : ''}: ${sal.status}${sal.detail ? ` (${escapeMarkdown(sal.detail)})` : ''}; ${b.acceptedEvidence ? '**accepted as evidence**' : 'information only'}${sal.limits ? `, ${escapeMarkdown(sal.limits)}` : ''}`,
    );
  }
  if (logged.length) out.push('');
  for (const b of r.buckets) {
    if (b.status === 'covered') continue;
    out.push(`<details><summary>${escapeHtml(b.name)}: ${b.status}</summary>`);
    out.push('');
    for (const g of groupEvents(b)) {
      out.push(
        `- **${g.status}**: ${escapeMarkdown(
          describeApis(
            g.names,
            b.events.map((e) => e.name),
          ),
        )}${g.coveredBy.length ? ` (recorded by ${escapeMarkdown(g.coveredBy.join(', '))})` : ''}`,
      );
      for (const gap of g.gaps) out.push(`  - ${escapeMarkdown(gap)}`);
    }
    const fix = r.fixes?.find((f) => f.bucket === b.name);
    if (fix) {
      out.push('');
      out.push(
        `**Fix**${fix.closes ? '' : ' (not verified to close every gap)'}: ${escapeMarkdown(fix.summary)}`,
      );
      out.push('');
      out.push(fence(fix.terraform, 'hcl'));
    }
    out.push('');
    out.push('</details>');
    out.push('');
  }
  const other = r.findings.filter((f) => f.ruleId !== 'data-event-coverage');
  if (other.length) {
    out.push('#### Findings');
    out.push('');
    for (const f of other) out.push(`- **${f.severity}** ${code(f.ruleId)}: ${escapeMarkdown(f.message)}`);
    out.push('');
  }
  if (r.warnings.length) {
    out.push('#### Warnings');
    out.push('');
    for (const w of r.warnings) out.push(`- ${escapeMarkdown(w)}`);
    out.push('');
  }
  return out.join('\n');
}

/** The short body that replaces a drift report once every bucket is covered again. */
export function renderAllCovered(r: Report, opts: MarkdownOptions = {}): string {
  const s = r.summary;
  return [
    heading(r, opts, true),
    '',
    `✅ ${s.covered} of ${s.buckets} bucket(s) covered · ${r.mode} mode · no CloudTrail coverage drift.`,
    '',
  ].join('\n');
}
