import { InputError, errorMessage } from '../../errors.js';
import { jsonErrorOf } from '../../io/json-error.js';
import { ReadLimitError, readBoundedSync } from '../../io/read-bounded.js';

/**
 * Plans larger than this are refused with a message instead of risking an out-of-memory crash: V8
 * cannot hold a string of more than ~512 MiB (UTF-16 plans double in memory), and JSON.parse plus the
 * report need about 15–25 times the file size (docs/benchmarks.md), which must stay inside the
 * default heap of a 7 GiB GitHub runner. 128 MiB is some 130,000 resources.
 */
export const MAX_PLAN_BYTES = 128 * 1024 * 1024;

/**
 * `terraform show -json` redirected by Windows PowerShell is UTF-16LE or UTF-8 with a BOM; sniff and
 * decode (terraform-plan-json reference §7 item 10).
 */
export function decodePlanBytes(buf: Buffer): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return buf.subarray(3).toString('utf8');
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  // UTF-16LE without a BOM: JSON starts with an ASCII character followed by a zero byte.
  if (buf.length >= 4 && buf[1] === 0 && buf[3] === 0 && buf[0] !== 0) return buf.toString('utf16le');
  return buf.toString('utf8');
}

function lineCol(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: pos - last };
}

const SHOW_JSON = '`terraform show -json tfplan > plan.json` (or `tofu show -json tfplan > plan.json`)';

/**
 * A saved plan (`terraform plan -out=tfplan`) is a zip archive; its first bytes are the local file header
 * signature `PK\x03\x04` (an empty archive starts `PK\x05\x06`).
 */
function isZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 3 || buf[2] === 5);
}

/**
 * hashicorp/setup-terraform's wrapper (on unless `terraform_wrapper: false`) runs terraform through
 * @actions/exec, which prints `[command]/…/terraform-bin show -json tfplan` before the output, and then
 * logs `::debug::…` workflow commands on stdout: a redirected `show -json` is no longer one JSON value.
 */
function wrapperLine(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  if (first.startsWith('[command]') || first.startsWith('::debug::')) return true;
  return /^::debug::(?:Terraform exited|stdout:|exitcode:)/m.test(text);
}

export function parsePlanText(text: string, file: string): Record<string, unknown> {
  if (text.trim() === '')
    throw new InputError(
      `${file}: the plan file is empty (expected the output of \`terraform show -json PLANFILE\`)`,
      file,
    );
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // The wording names neither a CLI flag nor an Action input: the same text reaches both.
    if (wrapperLine(text))
      throw new InputError(
        `${file}:1:1: this is the output of hashicorp/setup-terraform's wrapper (\`[command]\` and \`::debug::\` lines around the JSON); set \`terraform_wrapper: false\` on the setup-terraform step, then ${SHOW_JSON}`,
        file,
      );
    const msg = errorMessage(e);
    const m = /position (\d+)/.exec(msg);
    const pos = m ? Number(m[1]) : /end of JSON|Unterminated/i.test(msg) ? text.length : 0;
    const { line, column } = lineCol(text, pos);
    const truncated = /end of JSON|Unterminated/i.test(msg) || pos >= text.trimEnd().length;
    const hint = truncated ? ' (the file looks truncated)' : '';
    throw new InputError(
      // The reason only: V8's message quotes the plan text around the error, which may be a secret.
      `${file}:${line}:${column}: not valid JSON${hint}: ${jsonErrorOf(e).reason}`,
      file,
    );
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw new InputError(`${file}: /: expected a JSON object from \`terraform show -json PLANFILE\``, file);
  const plan = doc as Record<string, unknown>;
  const fv = plan['format_version'];
  if (typeof fv !== 'string')
    throw new InputError(
      `${file}: /format_version: missing; this is not \`terraform show -json\` output`,
      file,
    );
  // Consumers must reject an unknown major version and accept any minor one
  // (Terraform docs, JSON output format, "Introduction").
  const major = Number(fv.split('.')[0]);
  if (!Number.isInteger(major) || major < 0 || major > 1)
    throw new InputError(
      `${file}: /format_version: unsupported plan format "${fv}" (this version of s3-trail-guard reads formats 0.x and 1.x)`,
      file,
    );
  // `terraform plan` failed: the saved plan holds only part of the changes (Terraform 1.6+ writes errored).
  if (plan['errored'] === true)
    throw new InputError(
      `${file}: /errored: the plan errored (terraform plan failed); fix the plan and check it again`,
      file,
    );
  if (!('planned_values' in plan) && !('resource_changes' in plan) && !('configuration' in plan)) {
    const hint =
      'values' in plan
        ? ' (it looks like a state file: run `terraform show -json PLANFILE` on a saved plan)'
        : '';
    throw new InputError(
      `${file}: /: not a Terraform plan: no planned_values, resource_changes or configuration${hint}`,
      file,
    );
  }
  return plan;
}

export interface ReadPlanOptions {
  /** Total time for a plan that is not a regular file (a FIFO, `<(terraform show -json ...)`). */
  readonly timeoutMs?: number;
  /** Default {@link MAX_PLAN_BYTES}. */
  readonly maxBytes?: number;
}

/**
 * Reads at most {@link MAX_PLAN_BYTES} (more is refused, whatever `stat` says: a FIFO or a device has no
 * size) and, for a FIFO or device, waits at most 120 s in total (DEFAULT_READ_TIMEOUT_MS).
 */
export function readPlanFile(file: string, opts: ReadPlanOptions = {}): Record<string, unknown> {
  let bytes: Buffer | undefined = readPlanBytes(file, opts);
  const text = decodePlanBytes(bytes);
  // The bytes are dropped once decoded, so that JSON.parse builds the objects without the file, its text
  // and its objects all coexisting (issue 12): the variable would otherwise hold them to the end of the
  // function (peak RSS of reading and adapting the 10k bench plan 171 -> 158 MiB).
  // eslint-disable-next-line no-useless-assignment
  bytes = undefined;
  return parsePlanText(text, file);
}

function readPlanBytes(file: string, opts: ReadPlanOptions): Buffer {
  const maxBytes = opts.maxBytes ?? MAX_PLAN_BYTES;
  let buf: Buffer;
  try {
    buf = readBoundedSync(file, {
      maxBytes,
      ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    });
  } catch (e) {
    if (!(e instanceof ReadLimitError))
      throw new InputError(`${file}: cannot read plan file: ${errorMessage(e)}`, file);
    if (e.kind === 'directory')
      throw new InputError(`${file}: is a directory, expected a plan JSON file`, file);
    if (e.kind === 'too-large')
      throw new InputError(
        `${file}: the plan is ${e.size === undefined ? `more than ${maxBytes / 1048576}` : (e.size / 1048576).toFixed(0)} MiB, over the ${maxBytes / 1048576} MiB this tool reads; plan smaller parts (-target, or per workspace/stack), or strip the plan with jq to the aws_cloudtrail*, aws_s3_bucket* and aws_iam_policy_document resources`,
        file,
      );
    throw new InputError(`${file}: cannot read plan file: ${e.message}`, file);
  }
  if (isZip(buf))
    throw new InputError(
      `${file}: this is a binary plan (a saved \`terraform plan -out\` file, not JSON); run ${SHOW_JSON} and check plan.json`,
      file,
    );
  return buf;
}
