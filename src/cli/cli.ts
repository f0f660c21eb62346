import { isAbsolute, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { heldProgress, PROGRESS_AFTER_MS, type HeldProgress } from '../app/progress.js';
import { run, type Outcome, type RunDeps } from '../app/run.js';
import {
  DEFAULTS,
  FAIL_ON,
  SETTING_OPTIONS,
  type FailOn,
  type OutputSpec,
  type Settings,
  type SourceSpec,
} from '../app/settings.js';
import { loadPolicy } from '../config/load-policy.js';
import { InputError, errorMessage } from '../errors.js';
import { specsFrom } from '../sources/index.js';
import { OptionError, type OptionValues } from '../sources/source.js';
import { writeReportFile } from '../io/write-file.js';
import { mergeFiles } from './merge.js';
import { FORMATS, FORMAT_NAMES, formatOf } from '../outputs/index.js';
import { stripControls } from '../outputs/sanitize.js';
import { terraformLocator, type TerraformLocator } from '../outputs/terraform-lines.js';
import { summaryLine } from '../outputs/text.js';
import { maskSecrets } from '../security/mask.js';
import { VERSION } from '../version.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Flags of the CLI beyond the settings table: output selection and the usual ones. */
const OUTPUT_FLAGS = [
  {
    cli: 'format',
    value: 'FORMAT',
    default: DEFAULTS.format,
    description: `${FORMAT_NAMES.join(' | ')}: the report on standard output (or in --output)`,
  },
  {
    cli: 'output',
    value: 'FILE',
    default: '',
    description: 'write that report to FILE instead of standard output',
  },
  ...FORMATS.map((f) => ({
    cli: f.fileOption,
    value: 'FILE',
    default: '',
    description: `also write the ${f.name} report to FILE: ${f.description}`,
  })),
] as const;

/** The CLI's flags: the settings table (app/settings.ts), then the outputs (from the format registry). */
export function cliFlags(): readonly {
  cli: string;
  value?: string;
  default: string;
  description: string;
  repeatable?: boolean;
}[] {
  return [...SETTING_OPTIONS, ...OUTPUT_FLAGS];
}

/** The README's table of CLI flags (a test keeps the README equal to it). */
export function renderCliTable(): string {
  const cell = (t: string) => t.replace(/\|/g, '\\|');
  const rows = cliFlags().map(
    (f) =>
      `| \`--${f.cli}${f.value ? ` ${f.value}` : ''}\` | ${f.default ? `\`${f.default}\`` : ''} | ${cell(f.description)}${f.repeatable ? ' (repeatable)' : ''} |`,
  );
  return ['| flag | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

function usageText(): string {
  const rows = [
    ...cliFlags().map((f) => [
      `--${f.cli}${f.value ? ` ${f.value}` : ''}`,
      f.description + (f.repeatable ? ' (repeatable)' : ''),
    ]),
    ['-h, --help', 'show this help'],
    ['-V, --version', 'show the version'],
  ] as [string, string][];
  const width = Math.max(...rows.map(([a]) => a.length)) + 2;
  return `Usage: s3-trail-guard check --policy FILE (--plan FILE... | --live | --plan FILE... --live) [options]
       s3-trail-guard check --policy FILE --organization [--role-name NAME] [--accounts ID,ID | --accounts-file FILE]
                            [--exclude-accounts ID,ID] [--shard I/N] [--concurrency K] [options]
       s3-trail-guard merge SHARD.json... [--format FORMAT] [--output FILE] [--FORMAT-file FILE]
                            (the JSON reports of --shard 1/N..N/N as one report; exit code of the whole)
       s3-trail-guard lint POLICY...   (validate policy files only)

Proves that S3 data events of the buckets in the policy are recorded by CloudTrail.

Options:
${rows.map(([a, b]) => `  ${a.padEnd(width)}${b}`).join('\n')}

Exit codes: 0 pass (nothing counts under --fail-on / --fail-on-unknown), 1 drift, 2 usage or input error.
`;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function parse(argv: readonly string[]): { values: Values; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {};
  for (const f of cliFlags())
    options[f.cli] = {
      type: 'value' in f && f.value ? 'string' : 'boolean',
      ...(f.repeatable ? { multiple: true } : {}),
    };
  options['help'] = { type: 'boolean', short: 'h' };
  options['version'] = { type: 'boolean', short: 'V' };
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options }) as {
    values: Values;
    positionals: string[];
  };
}

class UsageError extends Error {}

const str = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);
/** argv → Settings; every check of a flag's value is here, with the message the user sees. */
export function settingsFromArgs(v: Values): Settings {
  const policy = str(v['policy']);
  if (!policy) throw new UsageError('--policy FILE is required');
  let sources: SourceSpec[];
  try {
    sources = specsFrom(v as OptionValues, (o) => `--${o}`);
  } catch (e) {
    if (e instanceof OptionError) throw new UsageError(e.message);
    throw e;
  }
  if (!sources.length)
    throw new UsageError('--live or --plan FILE is required: give --plan FILE, --live, or both');
  const failOn = (str(v['fail-on']) ?? DEFAULTS.failOn) as FailOn;
  if (!FAIL_ON.includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${failOn}"`);
  const unknownRaw = str(v['fail-on-unknown']) ?? String(DEFAULTS.failOnUnknown);
  if (unknownRaw !== 'true' && unknownRaw !== 'false')
    throw new UsageError(`--fail-on-unknown must be true or false, not "${unknownRaw}"`);
  return { policy, sources, outputs: outputsFrom(v), failOn, failOnUnknown: unknownRaw === 'true' };
}

/** A path in SARIF: repository-relative (here: relative to the working directory), or none when outside. */
function toUri(file: string): string | undefined {
  const rel = isAbsolute(file) ? relative(process.cwd(), file) : file;
  return rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

/**
 * `s3-trail-guard lint POLICY...`: validates policy files only (schema, API names, waivers), as a pre-commit
 * hook does on every commit that touches one. Exit 0 when all are valid, 2 when one is not.
 */
function lint(files: readonly string[], io: CliIo): number {
  if (!files.length) {
    io.stderr('s3-trail-guard: lint needs at least one policy file\n');
    return 2;
  }
  let code = 0;
  for (const file of files) {
    try {
      const policy = loadPolicy(file);
      for (const w of policy.warnings)
        io.stderr(`${w.location.file}:${w.location.line}:${w.location.column}: warning: ${w.message}\n`);
      io.stdout(
        `${file}: valid (${policy.buckets.length} bucket entr${policy.buckets.length === 1 ? 'y' : 'ies'})\n`,
      );
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`s3-trail-guard: ${e.message}\n`);
      code = 2;
    }
  }
  return code;
}

const OUTPUT_ONLY = new Set(['format', 'output', ...FORMATS.map((f) => f.fileOption)]);

/** The outputs asked for by --format/--output and the --FORMAT-file flags. */
function outputsFrom(v: Values): OutputSpec[] {
  const format = str(v['format']) ?? DEFAULTS.format;
  if (!formatOf(format))
    throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')}, not "${format}"`);
  const output = str(v['output']);
  const outputs: OutputSpec[] = [{ format, ...(output ? { file: output } : {}) }];
  for (const f of FORMATS) {
    const file = str(v[f.fileOption]);
    if (file) outputs.push({ format: f.name, file });
  }
  const files = outputs.flatMap((o) => (o.file ? [o.file] : []));
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new UsageError(`${twice} is given as the file of two outputs`);
  return outputs;
}

function writeOutputs(
  report: Outcome['report'],
  outputs: readonly OutputSpec[],
  io: CliIo,
  locate?: TerraformLocator,
): void {
  const ctx = { toUri, ...(locate ? { locate } : {}) };
  for (const o of outputs) {
    const format = formatOf(o.format) ?? FORMATS[0]!;
    // In pieces where the format can (the JSON report): it need never be one string.
    const text = format.renderChunks ? format.renderChunks(report, ctx) : [format.render(report, ctx)];
    if (o.file) writeReportFile(o.file, text);
    else for (const piece of text) io.stdout(piece);
  }
  // When no report went to the terminal, it still gets the one-line verdict.
  if (outputs.every((o) => o.file)) io.stderr(summaryLine(report) + '\n');
}

/** Exit 2 for a failure: the user's input named with its location, anything else as an internal error. */
function reportFailure(e: unknown, io: CliIo): number {
  if (e instanceof InputError) {
    io.stderr(`s3-trail-guard: ${maskSecrets(stripControls(e.message))}\n`);
    return 2;
  }
  io.stderr(
    `s3-trail-guard: internal error (please report it): ${maskSecrets(stripControls(errorMessage(e)))}\n`,
  );
  if (process.env['S3TG_DEBUG'] && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
  return 2;
}

/**
 * `s3-trail-guard merge SHARD.json...`: the JSON reports of the shards of one organization run as one
 * report (same buckets, findings, summary and verdict as the unsharded run), in any format; the exit code
 * is the merged verdict's. Shards of other policies, tool versions or settings, a shard twice or missing:
 * exit 2.
 */
function merge(files: readonly string[], v: Values, io: CliIo, usage: (msg: string) => number): number {
  const other = Object.keys(v).find((k) => v[k] !== undefined && !OUTPUT_ONLY.has(k));
  if (other) return usage(`merge takes only the shard reports and output flags, not --${other}`);
  let outputs: OutputSpec[];
  try {
    outputs = outputsFrom(v);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  try {
    const report = mergeFiles(files);
    writeOutputs(report, outputs, io);
    return report.verdict.exitCode;
  } catch (e) {
    return reportFailure(e, io);
  }
}

export interface CliDeps extends RunDeps {
  readonly check?: (settings: Settings, deps: RunDeps) => Promise<Outcome>;
  /** Progress lines go to stderr once a run has taken this long (default {@link PROGRESS_AFTER_MS}). */
  readonly progressAfterMs?: number;
}

export { PROGRESS_AFTER_MS };

/** Progress of a slow run on stderr (never stdout, where a report may go). */
function progressOnStderr(io: CliIo, afterMs: number): HeldProgress {
  return heldProgress((l) => io.stderr(`s3-trail-guard: ${stripControls(l)}\n`), afterMs);
}

export async function main(argv: readonly string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const usage = (msg: string) => {
    io.stderr(`s3-trail-guard: ${msg}\n\n${usageText()}`);
    return 2;
  };
  let parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    return usage(errorMessage(e));
  }
  const v = parsed.values;
  if (v['help']) {
    io.stdout(usageText());
    return 0;
  }
  if (v['version']) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = parsed.positionals;
  if (command === 'lint') return lint(rest, io);
  if (command === 'merge') return merge(rest, v, io, usage);
  if (command !== 'check') return usage(command ? `unknown command "${command}"` : 'missing command "check"');
  if (rest.length) return usage(`unexpected argument "${rest[0]}"`);
  let settings: Settings;
  try {
    settings = settingsFromArgs(v);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  const timing = process.env['S3TG_TIMINGS']
    ? (stage: string, ms: number) => io.stderr(`timing ${stage}: ${ms.toFixed(1)} ms\n`)
    : undefined;
  const progress = progressOnStderr(io, deps.progressAfterMs ?? PROGRESS_AFTER_MS);
  try {
    let outcome: Outcome;
    try {
      outcome = await (deps.check ?? run)(settings, {
        ...deps,
        ...(timing && !deps.timing ? { timing } : {}),
        ...(deps.progress ? {} : { progress: progress.line }),
      });
    } finally {
      progress.stop();
    }
    const { report, verdict } = outcome;
    const started = timing ? performance.now() : 0;
    // With --terraform-dir, SARIF and GitLab results point at the Terraform lines, as in the Action.
    const dir = settings.sources.flatMap((s) =>
      s.kind === 'terraform-plan' && s.terraformDir ? [s.terraformDir] : [],
    )[0];
    const locate = dir ? terraformLocator(dir) : undefined;
    writeOutputs(report, settings.outputs, io, locate);
    timing?.('report', performance.now() - started);
    return verdict.exitCode;
  } catch (e) {
    return reportFailure(e, io);
  }
}
