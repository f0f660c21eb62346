import { mergeReports, type ShardReport } from '../app/merge.js';
import { InputError, errorMessage } from '../errors.js';
import { jsonErrorOf } from '../io/json-error.js';
import { ReadLimitError, readBoundedSync } from '../io/read-bounded.js';
import { readReportJson, ReportShapeError } from '../outputs/json-report.js';
import type { Report } from '../outputs/report.js';

/** A shard report is the tool's own JSON: 256 MiB is far above thousands of buckets. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** What merge reads of a report; a file that lacks it is not a shard report (exit 2, naming the member). */
function shapeProblem(r: Record<string, unknown>): string | undefined {
  if (!isObject(r['tool']) || typeof r['tool']['version'] !== 'string') return 'tool.version';
  if (typeof r['policy'] !== 'string') return 'policy';
  if (!isObject(r['verdict'])) return 'verdict';
  for (const k of ['buckets', 'findings', 'warnings'] as const) if (!Array.isArray(r[k])) return k;
  if (r['fixes'] !== undefined && !Array.isArray(r['fixes'])) return 'fixes';
  const buckets = r['buckets'] as unknown[];
  const b = buckets.findIndex(
    (x) => !isObject(x) || typeof x['name'] !== 'string' || typeof x['status'] !== 'string',
  );
  if (b >= 0) return `buckets[${b}]`;
  const f = (r['findings'] as unknown[]).findIndex((x) => !isObject(x) || typeof x['ruleId'] !== 'string');
  if (f >= 0) return `findings[${f}]`;
  const o = r['organization'];
  if (o !== undefined && (!isObject(o) || !Array.isArray(o['accounts']))) return 'organization';
  const s = isObject(o) ? o['shard'] : undefined;
  if (s !== undefined && (!isObject(s) || !Number.isInteger(s['index']) || !Number.isInteger(s['count'])))
    return 'organization.shard';
  return undefined;
}

export function readShardReport(file: string): ShardReport {
  let text: string;
  try {
    text = readBoundedSync(file, { maxBytes: MAX_REPORT_BYTES }).toString('utf8');
  } catch (e) {
    if (e instanceof ReadLimitError) throw new InputError(`${file}: ${e.message}`, file);
    throw new InputError(`${file}: cannot read the report (${errorMessage(e)})`, file);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const { position, reason } = jsonErrorOf(e);
    throw new InputError(
      `${file}: not JSON${position !== undefined ? ` at position ${position}` : ''} (${reason}); merge reads --format json reports`,
      file,
    );
  }
  if (!isObject(parsed)) throw new InputError(`${file}: not a JSON report (an object expected)`, file);
  // schemaVersion 2 (shared texts, grouped APIs) reads back to the report it was written from.
  try {
    parsed = readReportJson(parsed);
  } catch (e) {
    if (e instanceof ReportShapeError)
      throw new InputError(`${file}: not an s3-trail-guard JSON report (${e.message})`, file);
    throw e;
  }
  if (!isObject(parsed)) throw new InputError(`${file}: not a JSON report (an object expected)`, file);
  const problem = shapeProblem(parsed);
  if (problem)
    throw new InputError(
      `${file}: not an s3-trail-guard JSON report (${problem} missing or malformed)`,
      file,
    );
  return { file, report: parsed as unknown as Report };
}

/** `s3-trail-guard merge SHARD.json...`: the shards' reports as one (app/merge.ts). */
export function mergeFiles(files: readonly string[]): Report {
  if (!files.length) throw new InputError('merge needs the JSON reports of the shards: merge SHARD.json...');
  return mergeReports(files.map(readShardReport));
}
