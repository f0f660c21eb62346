import { describeApis } from '../model/s3-apis.js';
import { groupEvents } from './group.js';
import { stripControls } from './sanitize.js';
import { bucketsByName, type Report } from './report.js';

const MARK: Record<string, string> = {
  covered: 'PASS',
  partial: 'FAIL',
  uncovered: 'FAIL',
  unknown: 'UNKNOWN',
};

/**
 * Plain text for terminals and CI logs. Blocks the same but for the bucket name are printed once with every
 * name; `groupBuckets: false` prints a block per bucket (the reference the grouped text is tested against).
 */
export function renderText(r: Report, o: { readonly groupBuckets?: boolean } = {}): string {
  const group = o.groupBuckets !== false;
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
    const byName = bucketsByName(r);
    // Entries whose lines are the same but for the bucket name are printed once, with every name.
    const ids = new Ids();
    const entries = new Map<string, { head: string; rest: string[]; names: string[] }>();
    for (const b of r.diff.buckets) {
      const all = byName.get(b.name)?.events.map((e) => e.name) ?? [];
      const word = b.regression ? 'LOST   ' : undecided(b) ? 'CHANGED' : 'GAINED ';
      const changes = b.changes.map((g) => ({ g, names: describeApis(g.apis, all) }));
      const key = !group
        ? String(entries.size)
        : `${ids.of(word)},${ids.of(b.before)},${ids.of(b.after)}|${changes
            .map(
              ({ g, names }) =>
                `${ids.of(names)},${ids.of(g.before)},${ids.of(g.after)},${ids.list(g.because)}`,
            )
            .join('|')}`;
      const e = entries.get(key);
      if (e) {
        e.names.push(b.name);
        continue;
      }
      entries.set(key, {
        head: `  ${word} `,
        rest: [`: ${b.before} → ${b.after}`].concat(
          changes.map(
            ({ g, names }) =>
              `          ${names}: ${g.before} → ${g.after}${g.because.length ? ` (${g.because.join('; ')})` : ''}`,
          ),
        ),
        names: [b.name],
      });
    }
    for (const { head, rest, names } of entries.values()) {
      pushBlock(lines, head, rest[0]!, names, ' '.repeat(10));
      for (let i = 1; i < rest.length; i++) lines.push(rest[i]!);
    }
    lines.push('');
  }
  // Buckets whose blocks are the same but for the bucket name are printed once, with every name.
  const ids = new Ids();
  const blocks = new Map<string, { mark: string; head: string; rest: string[]; names: string[] }>();
  for (const b of r.buckets) {
    const covered = b.events.filter((e) => e.status === 'covered').length;
    const head = `: ${b.status}${b.acceptedEvidence ? ` ${b.acceptedEvidence.qualifier}` : ''} (${covered}/${b.events.length} APIs covered${b.prefixes.some((p) => p !== '') ? `, prefixes ${b.prefixes.map((p) => JSON.stringify(p)).join(', ')}` : ''}${b.region ? `, ${b.region}` : ''})`;
    const sal = b.serverAccessLogs;
    const salLine =
      sal && (sal.status !== 'off' || b.acceptedEvidence)
        ? `  server access logging${sal.target ? ` to ${sal.target}` : ''}: ${sal.status}${sal.detail ? ` (${sal.detail})` : ''}; ${b.acceptedEvidence ? 'accepted as evidence' : 'information only'}${sal.limits ? `, ${sal.limits}` : ''}`
        : undefined;
    const all = b.events.map((e) => e.name);
    const groups = groupEvents(b).map((g) => ({ g, names: describeApis(g.names, all) }));
    // The gaps are named by number, not copied into the key: one bucket's gaps can be kilobytes.
    const key = !group
      ? String(blocks.size)
      : `${ids.of(MARK[b.status]!)},${ids.of(head)},${salLine === undefined ? '' : ids.of(salLine)}|${groups
          .map(
            ({ g, names }) =>
              `${ids.of(g.status)},${ids.of(names)},${ids.list(g.coveredBy)},${ids.list(g.gaps)}`,
          )
          .join('|')}`;
    const k = blocks.get(key);
    if (k) {
      k.names.push(b.name);
      continue;
    }
    const rest: string[] = [];
    if (salLine !== undefined) rest.push(salLine);
    for (const { g, names } of groups) {
      rest.push(
        `  ${g.status.padEnd(9)} ${names}${g.coveredBy.length ? ` — by ${g.coveredBy.join(', ')}` : ''}`,
      );
      for (const gap of g.gaps) rest.push(`            - ${gap}`);
    }
    blocks.set(key, { mark: MARK[b.status]!, head, rest, names: [b.name] });
  }
  for (const { mark, head, rest, names } of blocks.values()) {
    pushBlock(lines, `${mark} `, head, names, '  ');
    for (const l of rest) lines.push(l);
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

/** Strings (and lists of them) named by number within one report: equal numbers for equal strings. */
class Ids {
  private readonly ids = new Map<string, number>();
  of(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(s, id);
    }
    return id;
  }
  list(l: readonly string[]): string {
    return l.map((s) => this.of(s)).join('.');
  }
}

/** Where the bucket names of a grouped block wrap. */
export const NAMES_WIDTH = 100;

/**
 * A block's first line: `${lead}${name}${head}` for one bucket, as it always was; for several,
 * `${lead}N buckets${head}` and then every name, comma-separated, wrapped at NAMES_WIDTH columns under
 * `${indent}buckets: ` (a name longer than the width has a line of its own).
 */
export function pushBlock(
  lines: string[],
  lead: string,
  head: string,
  names: readonly string[],
  indent: string,
): void {
  if (names.length === 1) {
    lines.push(`${lead}${names[0]!}${head}`);
    return;
  }
  lines.push(`${lead}${names.length} buckets${head}`);
  const first = `${indent}buckets: `;
  const cont = ' '.repeat(first.length);
  let line = first;
  let empty = true;
  for (let i = 0; i < names.length; i++) {
    const word = i < names.length - 1 ? `${names[i]!},` : names[i]!;
    if (!empty && line.length + 1 + word.length > NAMES_WIDTH) {
      lines.push(line);
      line = cont + word;
    } else {
      line += empty ? word : ` ${word}`;
    }
    empty = false;
  }
  lines.push(line);
}
