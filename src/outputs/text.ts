import { describeApis } from '../model/s3-apis.js';
import { groupEvents } from './group.js';
import { stripControls } from './sanitize.js';
import type { Report } from './report.js';

const MARK: Record<string, string> = {
  covered: 'PASS',
  partial: 'FAIL',
  uncovered: 'FAIL',
  unknown: 'UNKNOWN',
};

/** Plain text for terminals and CI logs. */
export function renderText(r: Report): string {
  const lines: string[] = [];
  lines.push(
    `s3-trail-guard ${r.tool.version} — ${r.mode} mode${r.plan ? `, plan ${r.plan}` : ''}, policy ${r.policy}`,
  );
  lines.push('');
  if (r.diff && r.diff.buckets.length) {
    // A change to or from unknown is neither a gain nor a loss: it changes what can be proven.
    const undecided = (b: { before: string; after: string; regression: boolean }) =>
      !b.regression && (b.before === 'unknown' || b.after === 'unknown');
    const changed = r.diff.undecided ?? 0;
    lines.push(
      `What this plan changes (${r.diff.regressions} regression(s), ${r.diff.improvements} improvement(s)${changed ? `, ${changed} change(s) to or from unknown` : ''}):`,
    );
    // By name (the first bucket of a name, as a scan would find it): not a scan of every bucket per entry.
    const byName = new Map<string, Report['buckets'][number]>();
    for (const x of r.buckets) if (!byName.has(x.name)) byName.set(x.name, x);
    for (const b of r.diff.buckets) {
      lines.push(
        `  ${b.regression ? 'LOST   ' : undecided(b) ? 'CHANGED' : 'GAINED '} ${b.name}: ${b.before} → ${b.after}`,
      );
      const all = byName.get(b.name)?.events.map((e) => e.name) ?? [];
      for (const g of b.changes) {
        const names = describeApis(g.apis, all);
        lines.push(
          `          ${names}: ${g.before} → ${g.after}${g.because.length ? ` (${g.because.join('; ')})` : ''}`,
        );
      }
    }
    lines.push('');
  }
  for (const b of r.buckets) {
    const covered = b.events.filter((e) => e.status === 'covered').length;
    lines.push(
      `${MARK[b.status]} ${b.name}: ${b.status}${b.acceptedEvidence ? ` ${b.acceptedEvidence.qualifier}` : ''} (${covered}/${b.events.length} APIs covered${b.prefixes.some((p) => p !== '') ? `, prefixes ${b.prefixes.map((p) => JSON.stringify(p)).join(', ')}` : ''}${b.region ? `, ${b.region}` : ''})`,
    );
    const sal = b.serverAccessLogs;
    if (sal && (sal.status !== 'off' || b.acceptedEvidence))
      lines.push(
        `  server access logging${sal.target ? ` to ${sal.target}` : ''}: ${sal.status}${sal.detail ? ` (${sal.detail})` : ''}; ${b.acceptedEvidence ? 'accepted as evidence' : 'information only'}${sal.limits ? `, ${sal.limits}` : ''}`,
      );
    for (const g of groupEvents(b)) {
      const names = describeApis(
        g.names,
        b.events.map((e) => e.name),
      );
      lines.push(
        `  ${g.status.padEnd(9)} ${names}${g.coveredBy.length ? ` — by ${g.coveredBy.join(', ')}` : ''}`,
      );
      for (const gap of g.gaps) lines.push(`            - ${gap}`);
    }
    lines.push('');
  }
  for (const f of r.fixes ?? []) {
    lines.push(
      `Fix for ${(f.buckets ?? [f.bucket]).join(', ')}: ${f.summary}${f.closes ? '' : ' (not verified to close every gap)'}`,
    );
    for (const l of f.terraform.split('\n')) lines.push(`    ${l}`);
    lines.push('');
  }
  const other = r.findings.filter((f) => f.ruleId !== 'data-event-coverage');
  if (other.length) {
    lines.push('Findings:');
    for (const f of other) lines.push(`  ${f.severity.toUpperCase()} [${f.ruleId}] ${f.message}`);
    lines.push('');
  }
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  if (r.warnings.length) lines.push('');
  lines.push(summaryLine(r));
  // Values from the plan, the policy or the account may carry escape sequences: the terminal gets none.
  return stripControls(lines.join('\n') + '\n');
}

/** The last line: the run's verdict as decided once (app/verdict.ts), then the counts. */
export function summaryLine(r: Report): string {
  const s = r.summary;
  const v = r.verdict;
  const word = v.result === 'pass' ? 'PASSED' : v.exitCode ? 'FAILED' : 'DRIFT';
  return `${word} (${v.headline}): ${s.buckets} bucket(s): ${s.covered} covered, ${s.partial} partial, ${s.uncovered} uncovered, ${s.unknown} unknown; ${s.findings} finding(s)`;
}
