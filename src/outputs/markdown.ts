import { SERVER_ACCESS_LOGS_QUALIFIER } from '../engine/types.js';
import { RULE_DOCS } from './rule-docs.js';
import { describeApis } from '../model/s3-apis.js';
import { groupEvents } from './group.js';
import { stripControls } from './sanitize.js';
import type { UnknownConstruct } from '../model/fact.js';
import { bucketsByName, type Report } from './report.js';

/**
 * What GitHub would turn into a notification or a link even in escaped text: `@user` and `@org/team`
 * mentions, `#123` references are already escaped, and autolinks (`https://…`, `www.…`). A zero-width space
 * after the `@`, in `://` and after `www` keeps them text without changing what a reader sees.
 */
function defuse(text: string): string {
  return text
    .replace(/@/g, '@&#8203;')
    .replace(/:(\\?\/\\?\/)/g, ':&#8203;$1')
    .replace(/\b(www)(\\?\.)/gi, '$1&#8203;$2');
}

/**
 * Escapes text from the plan, the policy or the account for GitHub-flavoured markdown, so that a
 * selector named `<img src=x>` or `| ](` renders as text: control characters are dropped, HTML is
 * entity-encoded, every markdown punctuation character is backslash-escaped, mentions and autolinks are
 * defused; newlines become spaces (they would end a table row).
 */
export function escapeMarkdown(text: string): string {
  return defuse(
    stripControls(text, 'none')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/([\\`*_{}[\]()#+\-.!|~:])/g, '\\$1'),
  );
}

/**
 * Escapes text for a raw HTML context such as `<summary>`: GitHub renders a line that starts an HTML block
 * without markdown, so backslash escapes would show; entities are enough there (mentions and autolinks are
 * defused as above).
 */
export function escapeHtml(text: string): string {
  return defuse(
    stripControls(text, 'none')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;'),
  );
}

/** A fenced code block that no backtick run inside the text can close. */
export function fence(text: string, lang = ''): string {
  const clean = stripControls(text);
  const f = '`'.repeat(Math.max(2, longestRun(clean)) + 1);
  return `${f}${lang}\n${clean}\n${f}`;
}

/** The longest run of backticks (a loop: a spread of every run into Math.max overflows the stack). */
function longestRun(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) if (m[0].length > longest) longest = m[0].length;
  return longest;
}

/** Inline code cannot hold escapes; pick a fence longer than any backtick run inside. */
export function code(text: string): string {
  const clean = stripControls(text, 'none');
  const fence = '`'.repeat(longestRun(clean) + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

const ICON: Record<string, string> = {
  covered: '✅ covered',
  partial: '⚠️ partial',
  uncovered: '❌ uncovered',
  unknown: '❔ unknown',
};

/** Where the rule pages are published (docs/rules/<id>.md of the repository). */
export { RULE_DOCS };

export interface MarkdownOptions {
  /** Shown after the verdict (the Action's comment key), so several reports on one PR tell apart. */
  readonly label?: string;
  /** Who reads it: Action runs name Action inputs (`terraform-dir`), CLI runs name flags (`--terraform-dir`). */
  readonly audience?: 'cli' | 'action';
  /**
   * `comment`: the verdict in one sentence, the fix visible, details folded once. `summary` (the job summary):
   * the same verdict line, then everything unfolded — the table of every bucket, each API group and every
   * finding with its fix.
   */
  readonly variant?: 'comment' | 'summary';
  /**
   * The caller keeps only this many characters (fitMarkdown): lines that would start past it are not
   * rendered. The text cut to the limit is the same as the whole text cut to it; a report of 20,000
   * partial buckets renders 65 KB of comment, not 500 MB.
   */
  readonly limit?: number;
}

/** Lines with their joined length, that stop taking lines once they are past a limit. */
class Lines {
  readonly lines: string[] = [];
  private length = -1;

  constructor(
    private readonly limit: number,
    private readonly before: () => number = () => 0,
  ) {}

  /** Past the limit: nothing pushed now would be kept. */
  get full(): boolean {
    return this.before() + this.length > this.limit;
  }

  get size(): number {
    return this.length;
  }

  push(...lines: string[]): void {
    for (const l of lines) {
      this.lines.push(l);
      this.length += l.length + 1;
    }
  }
}

/** The CLI's flags in the messages of the engine and the sources, as an Action user sets them. */
const ACTION_WORDS: [RegExp, string][] = [
  [/--terraform-dir\b/g, 'the terraform-dir input'],
  [/--plan FILE --live\b/g, 'mode: plan+live'],
  [/--live\b/g, 'mode: plan+live'],
  [/--region\b/g, 'the aws-region input'],
  [/--plan\b/g, 'the plan-file input'],
];

function worded(text: string, opts: MarkdownOptions): string {
  if (opts.audience !== 'action') return text;
  return ACTION_WORDS.reduce((t, [re, to]) => t.replace(re, to), text);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Counters, leaving out the ones that are zero: " (1 regression)", or nothing. */
const counts = (...c: [number, string, string?][]) => {
  const shown = c.filter(([n]) => n > 0).map(([n, w, many]) => plural(n, w, many));
  return shown.length ? ` (${shown.join(', ')})` : '';
};
/**
 * The cause as the first line says it: its first clause (a gap's explanation, its parenthesis and its way
 * out follow in the fix and the details), cut at a word when still long.
 */
function headlineCause(t: string, n = 200): string {
  const cut = [', which ', ' — ', ' ('].map((m) => t.indexOf(m)).filter((i) => i >= 40);
  const first = cut.length ? t.slice(0, Math.min(...cut)) : t;
  if (first.length <= n) return first;
  const space = first.lastIndexOf(' ', n - 1);
  return first.slice(0, space > n / 2 ? space : n - 1) + '…';
}

/** A change to or from `unknown` is neither a gain nor a loss: it is a change of what can be proven. */
function changeWord(before: string, after: string, regression: boolean): string {
  if (regression) return '🔻 **lost**';
  if (before === 'unknown' || after === 'unknown') return '❔ changed';
  return '🔺 gained';
}

const FAILING = new WeakMap<Report, Set<string>>();

/** The names the verdict fails on, as a set: a look-up per bucket, not a scan of the list. */
function failingNames(r: Report): Set<string> {
  let names = FAILING.get(r);
  if (!names) {
    names = new Set(r.verdict.failingBuckets);
    FAILING.set(r, names);
  }
  return names;
}

function failingOf(r: Report): Report['buckets'][number][] {
  const names = failingNames(r);
  return r.buckets.filter((b) => names.has(b.name));
}

/**
 * The first line: one sentence with the verdict, the bucket (or "N buckets") and the cause. Every value in
 * it is escaped; the verdict itself comes from the report (`report.verdict`), never from here.
 */
export function verdictLine(r: Report, opts: MarkdownOptions = {}): string {
  const v = r.verdict;
  const e = (t: string) => escapeMarkdown(worded(t, opts));
  const label = opts.label ? ` (${escapeMarkdown(opts.label)})` : '';
  const warnings = r.findings.filter((f) => f.severity !== 'error' && !f.waived).length;
  // Warnings are never hidden; when they are what fails the check, the sentence names them already.
  const tail =
    warnings && !(v.result === 'drift' && !v.failingBuckets.length)
      ? ` · ${plural(warnings, 'warning')}`
      : '';
  const icon = v.result === 'pass' ? '✅' : v.exitCode ? '❌' : '⚠️';
  const never = v.result === 'drift' && !v.exitCode ? ' (fail-on: never, not failing)' : '';
  const failing = failingOf(r);
  if (failing.length === 1) {
    const b = failing[0] as (typeof failing)[number];
    const lost = b.events.filter((x) => x.status !== 'covered');
    const d = r.diff?.buckets.find((x) => x.name === b.name && x.regression);
    const verb = d
      ? 'would no longer be recorded'
      : b.status === 'unknown'
        ? 'cannot be proven recorded'
        : b.status === 'partial'
          ? 'are not fully recorded'
          : 'are not recorded';
    const cause =
      d?.changes.find((c) => c.regression && c.because.length)?.because[0] ?? lost.flatMap((x) => x.gaps)[0];
    const why = cause?.replace(/^(cannot be proven recorded|not recorded|lost|partly recorded): /, '');
    const apis =
      lost.length === b.events.length
        ? `all ${b.events.length} S3 APIs`
        : `${lost.length} of ${b.events.length} S3 APIs`;
    return `### ${icon}${label} ${e(b.name)}: ${apis} ${verb}${why ? ` — ${e(headlineCause(why))}` : ''}${never}${tail}`;
  }
  if (failing.length > 1) {
    const names = failing
      .slice(0, 3)
      .map((b) => e(b.name))
      .join(', ');
    const more = failing.length > 3 ? ` and ${failing.length - 3} more` : '';
    return `### ${icon}${label} ${failing.length} buckets are not proven recorded by CloudTrail: ${names}${more}${never}${tail}`;
  }
  if (v.result === 'drift') {
    const f = r.findings.find(
      (x) =>
        !x.waived && x.ruleId !== 'data-event-coverage' && (x.severity === 'error' || v.failOn === 'warning'),
    );
    return `### ${icon}${label} ${e(v.headline)}${f ? ` — ${e(headlineCause(f.message))}` : ''}${never}${tail}`;
  }
  const covered = r.buckets.filter((b) => b.status === 'covered').length;
  const byLogs = r.buckets.filter((b) => b.status === 'covered' && b.acceptedEvidence).length;
  if (covered === r.buckets.length && byLogs)
    return `### ${icon}${label} ${plural(covered, 'sensitive bucket')} covered: ${covered - byLogs} recorded by CloudTrail, ${byLogs} ${SERVER_ACCESS_LOGS_QUALIFIER} as the policy accepts${tail}`;
  if (covered === r.buckets.length)
    return `### ${icon}${label} ${plural(covered, 'sensitive bucket')} recorded by CloudTrail${tail}`;
  return `### ${icon}${label} ${e(v.headline)} · ${covered} of ${plural(r.buckets.length, 'bucket')} proven recorded${tail}`;
}

/** The cause the first line names (so the comment does not say it a second time). */
function firstCause(r: Report): string | undefined {
  const failing = failingOf(r);
  if (failing.length !== 1) return undefined;
  const d = r.diff?.buckets.find((x) => x.name === failing[0]?.name && x.regression);
  return d?.changes.find((c) => c.regression && c.because.length)?.because[0];
}

function diffLines(r: Report, opts: MarkdownOptions, room: (length: number) => boolean): string[] {
  const said = opts.variant === 'summary' ? undefined : firstCause(r);
  const out: string[] = [];
  if (!r.diff?.buckets.length) return out;
  const byName = bucketsByName(r);
  let length = 0;
  for (const b of r.diff.buckets) {
    if (!room(length)) break;
    const all = byName.get(b.name)?.events.map((x) => x.name) ?? [];
    out.push(
      `- ${changeWord(b.before, b.after, b.regression)} ${escapeMarkdown(b.name)}: ${b.before} → ${b.after}`,
    );
    for (const g of b.changes)
      out.push(
        `  - ${escapeMarkdown(describeApis(g.apis, all))}: ${g.before} → ${g.after}${g.because.length && g.because.join('; ') !== said ? `, because ${escapeMarkdown(worded(g.because.join('; '), opts))}` : ''}`,
      );
    for (let i = out.length - 1 - b.changes.length; i < out.length; i++)
      length += (out[i] as string).length + 1;
  }
  return out;
}

function bucketLines(b: Report['buckets'][number], opts: MarkdownOptions): string[] {
  const out: string[] = [];
  for (const g of groupEvents(b)) {
    out.push(
      `- **${g.status}**: ${escapeMarkdown(
        describeApis(
          g.names,
          b.events.map((x) => x.name),
        ),
      )}${g.coveredBy.length ? ` (recorded by ${escapeMarkdown(g.coveredBy.join(', '))})` : ''}`,
    );
    for (const gap of g.gaps) out.push(`  - ${escapeMarkdown(worded(gap, opts))}`);
  }
  return out;
}

function findingLine(f: Report['findings'][number], opts: MarkdownOptions): string {
  const waived = f.waived ? ` _(waived: ${escapeMarkdown(f.waived.reason)})_` : '';
  return `- **${f.severity}** [${code(f.ruleId)}](${RULE_DOCS}${f.ruleId}.md): ${escapeMarkdown(worded(f.message, opts))}${waived}`;
}

/** The fixes, visible: each bucket's smallest Terraform change, and where no recorder of the plan reaches it, the way to check a central trail first. */
function fixLines(r: Report, opts: MarkdownOptions, out: Lines): void {
  const byName = bucketsByName(r);
  for (const fix of r.fixes ?? []) {
    if (out.full) return;
    const b = byName.get(fix.bucket);
    const noRecorder =
      r.mode === 'plan' && b && b.events.every((x) => x.coveredBy.length === 0) && !fix.recorder;
    if (noRecorder)
      out.push(
        `No trail or event data store of this plan records ${escapeMarkdown(fix.bucket)}. If an organization or central trail managed elsewhere does, check the plan over the account (${opts.audience === 'action' ? '`mode: plan+live`' : '`--plan … --live`'}); otherwise add one:`,
        '',
      );
    const d = fix.diff;
    const where = d
      ? ` — ${d.module ? `the input of module ${code(d.module)} in ` : ''}${code(d.file)} line ${d.line}`
      : '';
    const why = !d && fix.diffUnavailable ? ` _(as HCL: ${escapeMarkdown(fix.diffUnavailable)})_` : '';
    out.push(
      `**Fix for ${(fix.buckets ?? [fix.bucket]).map(escapeMarkdown).join(', ')}**${fix.closes ? '' : ' (not verified to close every gap)'}: ${escapeMarkdown(worded(fix.summary, opts))}${where}${why}`,
      '',
      d ? fence(d.text, 'diff') : fence(fix.terraform, 'hcl'),
      '',
    );
  }
}

/** Server access logging per bucket (a separate fact; evidence only where the policy accepts it). */
function serverAccessLogLines(r: Report): { accepted: string[]; info: string[] } {
  const accepted: string[] = [];
  const info: string[] = [];
  for (const b of r.buckets) {
    const sal = b.serverAccessLogs;
    if (!sal || (sal.status === 'off' && !b.acceptedEvidence)) continue;
    const line = `- ${escapeMarkdown(b.name)}: server access logging${sal.target ? ` to ${code(sal.target)}` : ''}: ${sal.status}${sal.detail ? ` (${escapeMarkdown(sal.detail)})` : ''}; ${b.acceptedEvidence ? `**accepted as evidence**, ${escapeMarkdown(b.acceptedEvidence.qualifier)}` : 'information only'}${sal.limits ? `. ${escapeMarkdown(sal.limits)}` : ''}`;
    (b.acceptedEvidence ? accepted : info).push(line);
  }
  return { accepted, info };
}

/** A construct that kept a value unknown, with its names as code. */
function constructWords(c: UnknownConstruct): string {
  const n = c.name ? code(c.name) : '';
  switch (c.kind) {
    case 'for-expression':
      return `a for expression${c.over ? ` over ${code(c.over)}` : ''}`;
    case 'dynamic-block':
      return `a dynamic ${n || 'block'} block`;
    case 'data-source':
      return `data source ${n}, read only during apply`;
    case 'module-output':
      return `the module output ${n}`;
    case 'function-call':
      return n ? `a call of ${n}, which is not evaluated` : 'a function call';
    case 'count-for-each':
      return `count or for_each keys known only after apply${n ? ` (${n})` : ''}`;
    case 'resource-attribute':
      return `${n}, known only after apply`;
    case 'expression':
      return escapeMarkdown(c.name ?? 'an expression that is not evaluated');
  }
}

/** What removes each construct from the way, in the source itself. */
const CONSTRUCT_WAYS: Partial<Record<UnknownConstruct['kind'], string>> = {
  'for-expression':
    'list the bucket ARNs in the selector itself (s3-trail-guard does not evaluate for expressions, and over resources this plan creates Terraform knows their result only after apply)',
  'dynamic-block':
    'write the selectors as static blocks (the plan leaves dynamic blocks out of its configuration)',
  'data-source':
    'let Terraform read the data source while planning (it waits for apply when it depends on a change of this plan)',
  'count-for-each': 'apply what decides the count or for_each keys first',
  'function-call': 'write the value without the function (only a few functions are evaluated)',
};

/**
 * An `unknown` verdict says what would decide it: the construct that kept the value unknown when the source
 * names it, the Terraform source for values known only after apply, the missing permission for
 * AccessDenied, the applied account, or a waiver.
 */
function waysOut(r: Report, opts: MarkdownOptions): string[] {
  const action = opts.audience === 'action';
  const unknown = r.buckets.filter((b) => b.status === 'unknown' && failingNames(r).has(b.name));
  if (!unknown.length) return [];
  const gaps = unknown.flatMap((b) => b.events.flatMap((x) => x.gaps)).join('\n');
  const constructs = [
    ...new Map(unknown.flatMap((b) => b.unknownConstructs ?? []).map((c) => [JSON.stringify(c), c])).values(),
  ];
  const ways: string[] = [];
  for (const kind of new Set(constructs.map((c) => c.kind))) {
    const way = CONSTRUCT_WAYS[kind];
    if (way) ways.push(way);
  }
  if (
    /pass --terraform-dir/.test(gaps) &&
    !(constructs.length && constructs.every((c) => c.kind === 'dynamic-block'))
  )
    ways.push(
      `give ${action ? 'the `terraform-dir` input' : '`--terraform-dir DIR`'} so values known only after apply are evaluated from the Terraform source`,
    );
  if (/AccessDenied/.test(gaps))
    ways.push('grant the read-only action the reason names (README "Live mode")');
  if (r.mode === 'plan') ways.push(`check the account after apply (${action ? '`mode: live`' : '`--live`'})`);
  ways.push('or accept it with a waiver in the policy (`waivers:`)');
  const shown = constructs.slice(0, 3).map(constructWords);
  const more = constructs.length > 3 ? ` and ${constructs.length - 3} more` : '';
  const cause = shown.length ? `the values come from ${shown.join('; ')}${more} — ` : '';
  return [`**To decide it**: ${cause}${ways.join('; ')}.`, ''];
}

export function renderMarkdown(r: Report, opts: MarkdownOptions = {}): string {
  const summary = opts.variant === 'summary';
  const limit = opts.limit ?? Infinity;
  const out = new Lines(limit);
  out.push(verdictLine(r, opts), '');
  const several = r.buckets.length > 1;
  const notCovered = r.buckets.filter((b) => b.status !== 'covered');
  const errors = r.findings.filter(
    (f) => f.ruleId !== 'data-event-coverage' && f.severity === 'error' && !f.waived,
  );
  const quiet = r.findings.filter(
    (f) => f.ruleId !== 'data-event-coverage' && (f.severity !== 'error' || f.waived),
  );

  fixLines(r, opts, out);
  out.push(...waysOut(r, opts));
  if (errors.length) {
    for (const f of errors) if (!out.full) out.push(findingLine(f, opts));
    out.push('');
  }
  if (several && (summary || notCovered.length)) {
    out.push('| Bucket | Status | Not recorded |', '| --- | --- | --- |');
    for (const b of summary ? r.buckets : notCovered) {
      if (out.full) break;
      const lost = b.events.filter((x) => x.status !== 'covered').map((x) => x.name);
      const all = b.events.map((x) => x.name);
      const q = b.acceptedEvidence ? ` ${b.acceptedEvidence.qualifier}` : '';
      out.push(
        `| ${escapeMarkdown(b.name)} | ${ICON[b.status]}${q} | ${escapeMarkdown(describeApis(lost, all)) || '—'} |`,
      );
    }
    out.push('');
  }

  // Accepted evidence is part of the verdict, so it is visible; logging that is only information is a detail.
  const logs = serverAccessLogLines(r);
  if (logs.accepted.length || (summary && logs.info.length))
    out.push(...logs.accepted, ...(summary ? logs.info : []), '');

  const details = new Lines(limit, () => out.size);
  if (!summary && logs.info.length)
    details.push('**Server access logs** (information only)', '', ...logs.info, '');
  const diff = diffLines(r, opts, (n) => out.size + details.size + n <= limit);
  const changed = r.diff?.undecided ?? 0;
  if (diff.length)
    details.push(
      `**What this plan changes**${counts(
        [r.diff!.regressions, 'regression'],
        [r.diff!.improvements, 'improvement'],
        [changed, 'change to or from unknown', 'changes to or from unknown'],
      )}`,
      '',
    );
  // One push per line: a plan that changes 20,000 buckets has more lines than a call takes arguments.
  for (const l of diff) details.push(l);
  if (diff.length) details.push('');
  for (const b of notCovered) {
    if (details.full) break;
    details.push(`**${escapeMarkdown(b.name)}**: ${b.status}`, '');
    for (const l of bucketLines(b, opts)) details.push(l);
    details.push('');
  }
  if (quiet.length) {
    details.push('**Other findings**', '');
    for (const f of quiet) if (!details.full) details.push(findingLine(f, opts));
    details.push('');
  }
  if (r.warnings.length) {
    details.push('**Warnings**', '');
    for (const w of r.warnings) if (!details.full) details.push(`- ${escapeMarkdown(worded(w, opts))}`);
    details.push('');
  }
  if (summary) {
    for (const l of details.lines) out.push(l);
    for (const f of errors.filter((x) => x.remediation))
      if (!out.full)
        out.push(
          `**Fix for ${code(f.ruleId)}**: ${escapeMarkdown(f.remediation!.text)}`,
          '',
          fence(f.remediation!.terraform ?? f.remediation!.json ?? '', 'hcl'),
          '',
        );
  } else if (details.lines.length) {
    const what = [
      diff.length ? 'the change' : '',
      notCovered.length ? 'per-API results' : '',
      quiet.length ? plural(quiet.length, 'other finding') : '',
      r.warnings.length ? plural(r.warnings.length, 'warning') : '',
    ].filter(Boolean);
    out.push(`<details><summary>Details: ${escapeHtml(what.join(', '))}</summary>`, '');
    for (const l of details.lines) out.push(l);
    out.push('</details>', '');
  }
  return out.lines.join('\n');
}

/** The short body that replaces a drift report once every bucket is covered again. */
export function renderAllCovered(r: Report, opts: MarkdownOptions = {}): string {
  return [verdictLine(r, opts), '', `${r.mode} mode · no CloudTrail coverage drift.`, ''].join('\n');
}
