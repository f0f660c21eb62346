import { renameSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, errorMessage } from './errors.js';
import { renderMarkdown } from './report/markdown.js';
import type { Report } from './report/report.js';
import { renderText, summaryLine } from './report/text.js';
import { runCheck, timing } from './run.js';
import { VERSION } from './version.js';

const USAGE = `Usage: s3-trail-guard check --policy FILE (--plan FILE | --live | --plan FILE --live) [options]

Proves that S3 data events of the buckets in the policy are recorded by CloudTrail.

Options:
  --policy FILE          policy file (YAML, see policies/schema.json)            (required)
  --plan FILE            output of \`terraform show -json PLANFILE\`
  --live                 read the live AWS account (read-only calls; credentials from
                         the SDK's default chain); with --plan, the plan's resources
                         replace their live counterparts
  --region REGION        default AWS Region for --live (else AWS_REGION, then
                         AWS_DEFAULT_REGION)
  --terraform-dir DIR    the root module's source, to evaluate values the plan
                         knows only after apply (e.g. "\${aws_s3_bucket.b.arn}/")
  --format FORMAT        text (default) | json | markdown
  --output FILE          write the report to FILE instead of standard output
  -h, --help             show this help
  -V, --version          show the version

Exit codes: 0 all covered, 1 drift (a bucket not covered, or a failing finding), 2 usage or input error.
`;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const FORMATS = ['text', 'json', 'markdown'] as const;

function render(report: Report, format: (typeof FORMATS)[number]): string {
  // Compact: a report of thousands of buckets stays close to the size of its content.
  if (format === 'json') return JSON.stringify(report) + '\n';
  if (format === 'markdown') return renderMarkdown(report) + '\n';
  return renderText(report);
}

/** Writes next to the target and renames, so a failed run never leaves half a report behind. */
function writeAtomically(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    throw new InputError(`${file}: cannot write the report: ${errorMessage(e)}`, file);
  }
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: 'string' },
        plan: { type: 'string' },
        live: { type: 'boolean' },
        region: { type: 'string' },
        'terraform-dir': { type: 'string' },
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (e) {
    io.stderr(`s3-trail-guard: ${errorMessage(e)}\n\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (v.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = parsed.positionals;
  const usage = (msg: string) => {
    io.stderr(`s3-trail-guard: ${msg}\n\n${USAGE}`);
    return 2;
  };
  if (command !== 'check') return usage(command ? `unknown command "${command}"` : 'missing command "check"');
  if (rest.length) return usage(`unexpected argument "${rest[0]}"`);
  if (!v.policy) return usage('--policy FILE is required');
  if (!v.plan && !v.live)
    return usage('--live or --plan FILE is required: give --plan FILE, --live, or both');
  if (v.region !== undefined && !v.live) return usage('--region is used only with --live');
  if (v['terraform-dir'] !== undefined && !v.plan) return usage('--terraform-dir is used only with --plan');
  const format = v.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    return usage(`--format must be one of ${FORMATS.join(', ')}, not "${v.format}"`);
  try {
    const { report, exitCode } = await runCheck({
      policy: v.policy,
      ...(v.plan ? { plan: v.plan } : {}),
      ...(v.live ? { live: true } : {}),
      ...(v.region ? { region: v.region } : {}),
      ...(v['terraform-dir'] ? { terraformDir: v['terraform-dir'] } : {}),
    });
    const started = performance.now();
    const text = render(report, format);
    if (v.output) writeAtomically(v.output, text);
    else io.stdout(text);
    timing('report', started);
    // With --output, the terminal still gets the one-line verdict.
    if (v.output) io.stderr(summaryLine(report) + '\n');
    return exitCode;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`s3-trail-guard: ${e.message}\n`);
      return 2;
    }
    io.stderr(`s3-trail-guard: internal error (please report it): ${errorMessage(e)}\n`);
    if (process.env['S3TG_DEBUG'] && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
    return 2;
  }
}
