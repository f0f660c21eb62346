import type { ErrorObject, ValidateFunction } from 'ajv';
import generatedValidate from './policy-validator.generated.js';
// Imported (not read at run time) so the bundle carries the schema; policies/schema.json stays the one source.
import policySchema from '../../policies/schema.json' with { type: 'json' };
import { InputError } from '../errors.js';
import { ReadLimitError, readBoundedSync } from '../io/read-bounded.js';
import {
  DIRECTORY_BUCKET_API_BY_NAME,
  DIRECTORY_BUCKET_APIS,
  isDirectoryBucketName,
  isTableBucketName,
  NOT_S3_DATA_EVENTS,
  S3_API_ALIASES,
  S3_DATA_API_BY_NAME,
  S3_DATA_APIS,
} from '../model/s3-apis.js';
import type {
  AcceptedEvidence,
  BucketRequirement,
  EventsSpec,
  Policy,
  PolicyWarning,
  RuleSeverity,
  SourceLocation,
  Waiver,
} from './policy.js';
import {
  escapePointerToken,
  parseYaml,
  YamlSourceError,
  type ParsedYaml,
  type YamlPosition,
} from './yaml-source.js';
import { describeJson } from '../model/quote.js';

export const MAX_POLICY_BYTES = 1024 * 1024;

export interface LoadPolicyOptions {
  /** Total time for a policy that is not a regular file (a FIFO, a device); default 120 s. */
  readonly timeoutMs?: number;
}

/** Reads at most {@link MAX_POLICY_BYTES}, whatever `stat` says (a FIFO or a device has no size). */
export function loadPolicy(file: string, opts: LoadPolicyOptions = {}): Policy {
  let text: string;
  try {
    text = readBoundedSync(file, {
      maxBytes: MAX_POLICY_BYTES,
      ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    }).toString('utf8');
  } catch (e) {
    if (e instanceof ReadLimitError) {
      if (e.kind === 'too-large') throw tooLarge(file);
      if (e.kind === 'directory')
        throw new InputError(`${file}: cannot read policy file: EISDIR: it is a directory, not a file`, file);
      throw new InputError(`${file}: cannot read policy file: ${e.message}`, file);
    }
    throw new InputError(`${file}: cannot read policy file: ${systemErrorMessage(e)}`, file, { cause: e });
  }
  return parsePolicy(text, file);
}

// Not `instanceof Error`: errors from node:fs come from another realm under some test runners.
function systemErrorMessage(e: unknown): string {
  const message = e !== null && typeof e === 'object' ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(e);
}

export function parsePolicy(text: string, file: string): Policy {
  if (text.length > MAX_POLICY_BYTES) throw tooLarge(file);

  let doc: ParsedYaml;
  try {
    doc = parseYaml(text);
  } catch (e) {
    if (!(e instanceof YamlSourceError)) throw e;
    const { line, column } = e.position;
    const reason = e.syntax ? `invalid YAML: ${e.reason}` : e.reason;
    throw new InputError(`${file}:${line}:${column}: ${reason}`, file, { cause: e });
  }

  if (doc.value === undefined) {
    throw new InputError(
      `${file}:1:1: policy file is empty; expected a mapping with "version: 1" and "buckets"`,
      file,
    );
  }
  if (!isPlainObject(doc.value)) {
    const { line, column } = doc.at('');
    throw new InputError(
      `${file}:${line}:${column}: expected a mapping with "version: 1" and "buckets" at the top level, found ${describe(doc.value)}`,
      file,
    );
  }

  const validate = validator();
  if (!validate(doc.value)) {
    throw new InputError(render(file, schemaProblems(validate.errors ?? [], doc)), file);
  }
  return build(doc.value as unknown as RawPolicy, doc, file);
}

interface Problem {
  readonly position: YamlPosition;
  readonly pointer: string;
  readonly message: string;
}

function render(file: string, problems: readonly Problem[]): string {
  const lines = problems
    .slice()
    .sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column)
    .map(
      (p) =>
        `${file}:${p.position.line}:${p.position.column}: ${p.pointer === '' ? '' : `${p.pointer}: `}${p.message}`,
    );
  return [...new Set(lines)].join('\n');
}

function tooLarge(file: string): InputError {
  return new InputError(`${file}: policy file is larger than ${MAX_POLICY_BYTES / 1024 / 1024} MiB`, file);
}

// ---------------------------------------------------------------------------------------------------
// Schema validation

/**
 * The schema compiled by Ajv at build time (scripts/gen-validator.mjs, standalone code), so that no
 * start pays for compiling it; a test keeps it in step with policies/schema.json.
 */
function validator(): ValidateFunction {
  return generatedValidate as unknown as ValidateFunction;
}

const BUCKET = '#/properties/buckets/items/anyOf/1/properties';
const VERSION_MESSAGE = 'must be 1 (the only policy format version this release understands)';
const BUCKET_NAME_MESSAGE =
  'must be an S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit';
const EVENTS_MESSAGE = 'must be one of all, read, write, or a list of S3 data-event API names';
const ACCOUNT_MESSAGE = 'must be a 12-digit AWS account ID, e.g. "111122223333"';
const DATE_MESSAGE = 'must be a date written YYYY-MM-DD';

/** Messages that say more than ajv's, keyed by the failing schema location. */
export const SCHEMA_MESSAGES: Readonly<Record<string, string>> = {
  '#/properties/version/type': VERSION_MESSAGE,
  '#/properties/version/const': VERSION_MESSAGE,
  '#/properties/buckets/minItems': 'must list at least one bucket',
  '#/properties/buckets/items/anyOf': 'must be a bucket name or a mapping with a "name" key',
  '#/properties/buckets/items/anyOf/0/pattern': BUCKET_NAME_MESSAGE,
  [`${BUCKET}/name/pattern`]: BUCKET_NAME_MESSAGE,
  [`${BUCKET}/prefixes/minItems`]:
    'must list at least one prefix (omit "prefixes" to cover the whole bucket)',
  [`${BUCKET}/prefixes/items/pattern`]:
    'must be a literal key prefix: "*" wildcards are not supported (write "logs/" to cover every key under logs/)',
  [`${BUCKET}/prefixes/items/not`]: 'must not start with "/": S3 object keys have no leading slash',
  [`${BUCKET}/events/anyOf`]: EVENTS_MESSAGE,
  [`${BUCKET}/events/anyOf/0/enum`]: EVENTS_MESSAGE,
  [`${BUCKET}/events/anyOf/1/minItems`]: 'must list at least one S3 data-event API name',
  [`${BUCKET}/region/pattern`]: 'must be an AWS region name such as eu-west-1',
  [`${BUCKET}/account/type`]:
    'must be a 12-digit AWS account ID written as a quoted string, e.g. "111122223333" (unquoted, YAML reads it as a number)',
  [`${BUCKET}/account/pattern`]: ACCOUNT_MESSAGE,
  [`${BUCKET}/accept/items/enum`]:
    'must be server-access-logs (the only evidence besides CloudTrail that can be accepted)',
  '#/properties/waivers/items/properties/expires/format': DATE_MESSAGE,
  '#/properties/waivers/items/properties/expires/pattern': DATE_MESSAGE,
  '#/properties/waivers/items/properties/reason/minLength': 'must say why the waiver is accepted',
  '#/properties/waivers/items/anyOf': 'must name the "bucket" or the "trail" it applies to',
};

function schemaProblems(errors: readonly ErrorObject[], doc: ParsedYaml): Problem[] {
  const dropped = new Set<ErrorObject>();

  // allErrors reports every failed anyOf branch; keep only the branch the value was meant for (the one
  // whose type it has), or just the anyOf itself when it has none of the branches' types.
  for (const e of errors) {
    if (e.keyword !== 'anyOf') continue;
    const branches = schemaAt(e.schemaPath);
    if (!Array.isArray(branches)) continue;
    const type = jsonType(valueAt(doc.value, e.instancePath));
    const chosen = branches.findIndex((b) => typeMatches(type, (b as { type?: unknown }).type));
    const prefix = `${e.schemaPath}/`;
    for (const f of errors) {
      const within = f.instancePath === e.instancePath || f.instancePath.startsWith(`${e.instancePath}/`);
      if (!within || !f.schemaPath.startsWith(prefix)) continue;
      const branch = Number(f.schemaPath.slice(prefix.length).split('/')[0]);
      if (chosen < 0 || branch !== chosen) dropped.add(f);
    }
    if (chosen >= 0) dropped.add(e);
  }
  // A wrong type makes the other keywords of the same schema noise (version: "1" is not also "not 1").
  for (const e of errors) {
    if (e.keyword !== 'type' || dropped.has(e)) continue;
    const parent = parentPath(e.schemaPath);
    for (const f of errors) {
      if (f !== e && f.instancePath === e.instancePath && parentPath(f.schemaPath) === parent) dropped.add(f);
    }
  }

  // A bad key under propertyNames comes with a second, vaguer error about the same key.
  for (const e of errors) if (e.keyword === 'propertyNames') dropped.add(e);
  const kept = errors.filter((e) => !dropped.has(e));
  return (kept.length > 0 ? kept : errors).map((e) => describeError(e, doc));
}

function describeError(e: ErrorObject, doc: ParsedYaml): Problem {
  const pointer = e.instancePath;
  const at = (p: string, message: string): Problem => ({ pointer: p, position: doc.at(p), message });
  const custom = SCHEMA_MESSAGES[e.schemaPath];
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const member = `${pointer}/${escapePointerToken(key)}`;
      const properties = schemaAt(`${parentPath(e.schemaPath)}/properties`);
      const allowed = isPlainObject(properties) ? Object.keys(properties) : [];
      const guess = closest(key, allowed);
      const hint = guess === undefined ? '' : `; did you mean "${guess}"?`;
      return {
        pointer: member,
        position: doc.keyAt(member),
        message: `unknown key "${key}"${hint} (allowed keys: ${allowed.join(', ')})`,
      };
    }
    case 'uniqueItems': {
      const [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b) as [number, number];
      const item = `${pointer}/${second}`;
      const here = doc.at(item);
      const there = doc.at(`${pointer}/${first}`);
      const where =
        there.line === here.line ? `line ${there.line}, column ${there.column}` : `line ${there.line}`;
      return at(item, `${describeJson(valueAt(doc.value, item))} is listed twice (also at ${where})`);
    }
    case 'required':
      return at(pointer, custom ?? `missing required key "${String(params.missingProperty)}"`);
    case 'type':
      return at(
        pointer,
        custom ?? `must be ${typeWord(String(params.type))}, found ${describe(valueAt(doc.value, pointer))}`,
      );
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const name = (e as { propertyName?: string }).propertyName;
      if (name !== undefined) {
        const member = `${pointer}/${escapePointerToken(name)}`;
        const guess = closest(name, allowed);
        return {
          pointer: member,
          position: doc.keyAt(member),
          message: `unknown rule "${name}"${guess === undefined ? '' : `; did you mean "${guess}"?`} (rules: ${allowed.join(', ')})`,
        };
      }
      return at(pointer, custom ?? `must be one of ${allowed.join(', ')}`);
    }
    case 'const':
      return at(pointer, custom ?? `must be ${JSON.stringify(params.allowedValue)}`);
    case 'minItems':
      return at(
        pointer,
        custom ??
          (params.limit === 1 ? 'must not be empty' : `must list at least ${String(params.limit)} items`),
      );
    case 'minLength':
      return at(pointer, custom ?? 'must not be empty');
    case 'pattern':
      return at(pointer, custom ?? `must match ${String(params.pattern)}`);
    case 'format':
      return at(pointer, custom ?? `must be a valid ${String(params.format)}`);
    case 'anyOf':
      return at(pointer, custom ?? 'does not have any of the allowed forms');
    default:
      return at(pointer, custom ?? e.message ?? `fails the "${e.keyword}" rule of the policy schema`);
  }
}

function schemaAt(schemaPath: string): unknown {
  let node: unknown = policySchema;
  for (const token of schemaPath.replace(/^#\/?/, '').split('/')) {
    if (token === '') continue;
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function parentPath(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(actual: string, expected: unknown): boolean {
  const list = Array.isArray(expected) ? expected : [expected];
  return list.includes(actual) || (actual === 'integer' && list.includes('number'));
}

function typeWord(type: string): string {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'empty',
  };
  return type
    .split(',')
    .map((t) => words[t] ?? t)
    .join(' or ');
}

function describe(v: unknown): string {
  if (v === undefined || v === null) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `${typeof v === 'number' ? 'the number' : 'the value'} ${String(v)}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// ---------------------------------------------------------------------------------------------------
// From the validated document to the Policy

interface RawBucket {
  readonly name: string;
  readonly prefixes?: readonly string[];
  readonly events?: 'all' | 'read' | 'write' | readonly string[];
  readonly region?: string;
  readonly account?: string;
  readonly accept?: readonly AcceptedEvidence[];
}

interface RawPolicy {
  readonly version: 1;
  readonly buckets: readonly (string | RawBucket)[];
  readonly require?: { readonly trails?: 'covering' | 'all'; readonly rules?: Record<string, RuleSeverity> };
  readonly waivers?: readonly {
    rule: string;
    bucket?: string;
    trail?: string;
    reason: string;
    expires?: string;
  }[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const WHOLE_BUCKET: readonly string[] = [''];
const ALL_EVENTS: readonly string[] = S3_DATA_APIS.map((a) => a.name);
const READ_EVENTS: readonly string[] = S3_DATA_APIS.filter((a) => a.readOnly).map((a) => a.name);
const WRITE_EVENTS: readonly string[] = S3_DATA_APIS.filter((a) => !a.readOnly).map((a) => a.name);

function build(raw: RawPolicy, doc: ParsedYaml, file: string): Policy {
  const problems: Problem[] = [];
  const warnings: { pointer: string; position: YamlPosition; message: string }[] = [];
  const locate = (position: YamlPosition): SourceLocation => ({
    file,
    line: position.line,
    column: position.column,
  });

  const firstSeen = new Map<string, YamlPosition>();
  const buckets: BucketRequirement[] = [];
  let everyBucket: Policy['everyBucket'];
  // One pass over the sequence's offsets rather than a pointer lookup per bucket.
  const positions = doc.itemsAt('/buckets', raw.buckets.length);
  raw.buckets.forEach((entry, index) => {
    const pointer = `/buckets/${index}`;
    const position = positions[index] as YamlPosition;
    const spec: RawBucket = typeof entry === 'string' ? { name: entry } : entry;

    const earlier = firstSeen.get(spec.name);
    if (earlier) {
      problems.push({
        pointer,
        position,
        message: `bucket "${spec.name}" is listed twice (also at line ${earlier.line}); list each bucket once`,
      });
    } else {
      firstSeen.set(spec.name, position);
    }

    if (isTableBucketName(spec.name)) {
      // Table buckets (S3 Tables, names ending --table-s3) hold tables, not objects: their activity is
      // AWS::S3Tables::* data events, which this checker does not model
      // (https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-logging.html).
      problems.push({
        pointer: typeof entry === 'string' ? pointer : `${pointer}/name`,
        position: typeof entry === 'string' ? position : doc.at(`${pointer}/name`),
        message: `"${spec.name}" is a table bucket (S3 Tables, a name ending --table-s3): its activity is recorded as AWS::S3Tables::Table / TableBucket data events, which s3-trail-guard does not check; remove it from the policy`,
      });
      return;
    }
    const events = resolveEvents(
      spec.events ?? 'all',
      `${pointer}/events`,
      doc,
      problems,
      warnings,
      isDirectoryBucketName(spec.name),
    );
    if (!events) return;
    if (spec.name === '*') {
      everyBucket = {
        prefixes: normalisePrefixes(spec.prefixes ?? ['']),
        eventsSpec: events.spec,
        events: events.names,
        ...(spec.region === undefined ? {} : { region: spec.region }),
        ...(spec.account === undefined ? {} : { account: spec.account }),
        ...(spec.accept?.length ? { accept: spec.accept } : {}),
        location: locate(position),
      };
      return;
    }
    // Assigned in the order the keys had as spreads (no empty object per absent key, for each bucket).
    const bucket: Partial<Mutable<BucketRequirement>> = {
      name: spec.name,
      // Shared like `events`: no consumer changes a requirement's lists.
      prefixes: spec.prefixes === undefined ? WHOLE_BUCKET : normalisePrefixes(spec.prefixes),
      eventsSpec: events.spec,
      events: events.names,
    };
    if (spec.region !== undefined) bucket.region = spec.region;
    if (spec.account !== undefined) bucket.account = spec.account;
    if (spec.accept?.length) bucket.accept = spec.accept;
    bucket.location = locate(position);
    buckets.push(bucket as BucketRequirement);
  });

  if (problems.length > 0) throw new InputError(render(file, problems), file);

  const policyWarnings: PolicyWarning[] = warnings
    .sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column)
    .map((w) => ({ message: `${w.pointer}: ${w.message}`, location: locate(w.position) }));
  const waivers: Waiver[] = (raw.waivers ?? []).map((w, i) => ({
    rule: w.rule,
    ...(w.bucket === undefined ? {} : { bucket: w.bucket }),
    ...(w.trail === undefined ? {} : { trail: w.trail }),
    reason: w.reason,
    ...(w.expires === undefined ? {} : { expires: w.expires }),
    location: locate(doc.at(`/waivers/${i}`)),
  }));
  return {
    version: 1,
    file,
    buckets,
    warnings: policyWarnings,
    ...(raw.require
      ? { require: { trails: raw.require.trails ?? 'covering', rules: { ...(raw.require.rules ?? {}) } } }
      : {}),
    ...(waivers.length ? { waivers } : {}),
    ...(everyBucket ? { everyBucket } : {}),
  };
}

/**
 * A directory bucket (name ending --x-s3) has its own data-event APIs (DIRECTORY_BUCKET_APIS): a name
 * that only general purpose buckets have can never be recorded for it, and is an error.
 */
function resolveDirectoryEvents(
  events: NonNullable<RawBucket['events']>,
  pointer: string,
  doc: ParsedYaml,
  problems: Problem[],
): { spec: EventsSpec; names: readonly string[] } | undefined {
  const apis = DIRECTORY_BUCKET_APIS;
  if (events === 'all') return { spec: 'all', names: apis.map((a) => a.name) };
  if (events === 'read') return { spec: 'read', names: apis.filter((a) => a.readOnly).map((a) => a.name) };
  if (events === 'write') return { spec: 'write', names: apis.filter((a) => !a.readOnly).map((a) => a.name) };
  let bad = false;
  events.forEach((name, index) => {
    if (DIRECTORY_BUCKET_API_BY_NAME.has(name)) return;
    bad = true;
    problems.push({
      pointer: `${pointer}/${index}`,
      position: doc.at(`${pointer}/${index}`),
      message: `"${name}" is not a data event of directory buckets (names ending --x-s3); they record ${apis.map((a) => a.name).join(', ')}`,
    });
  });
  if (bad) return undefined;
  return { spec: 'list', names: apis.map((a) => a.name).filter((n) => events.includes(n)) };
}

function resolveEvents(
  events: NonNullable<RawBucket['events']>,
  pointer: string,
  doc: ParsedYaml,
  problems: Problem[],
  warnings: { pointer: string; position: YamlPosition; message: string }[],
  directory = false,
): { spec: EventsSpec; names: readonly string[] } | undefined {
  if (directory) return resolveDirectoryEvents(events, pointer, doc, problems);
  if (events === 'all') return { spec: 'all', names: ALL_EVENTS };
  if (events === 'read') return { spec: 'read', names: READ_EVENTS };
  if (events === 'write') return { spec: 'write', names: WRITE_EVENTS };

  const wanted = new Set<string>();
  const ignored: string[] = [];
  let unknown = false;
  events.forEach((name, index) => {
    const item = `${pointer}/${index}`;
    const position = doc.at(item);
    const alias = S3_API_ALIASES.get(name);
    const notDataEvent = NOT_S3_DATA_EVENTS.get(name);
    if (S3_DATA_API_BY_NAME.has(name)) {
      wanted.add(name);
    } else if (alias !== undefined) {
      wanted.add(alias);
      warnings.push({
        pointer: item,
        position,
        message: `"${name}" is an older spelling: CloudTrail records this API as "${alias}", which is required instead`,
      });
    } else if (notDataEvent !== undefined) {
      ignored.push(name);
      warnings.push({ pointer: item, position, message: `"${name}" is ignored: ${notDataEvent}` });
    } else {
      unknown = true;
      problems.push({ pointer: item, position, message: unknownApiMessage(name) });
    }
  });
  if (unknown) return undefined;
  if (wanted.size === 0) {
    problems.push({
      pointer,
      position: doc.at(pointer),
      message: `no S3 data-event API is left once ${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} dropped (see the warnings); list APIs that CloudTrail records, or use all, read or write`,
    });
    return undefined;
  }
  return { spec: 'list', names: ALL_EVENTS.filter((n) => wanted.has(n)) };
}

function unknownApiMessage(name: string): string {
  if (name === 'all' || name === 'read' || name === 'write') {
    return `"${name}" is not an API name; write "events: ${name}" (not in a list) to require every ${name === 'all' ? '' : `${name} `}API`;
  }
  // Old spellings are candidates too, standing for the API they resolve to.
  const candidates = new Map<string, string>(ALL_EVENTS.map((n) => [n, n]));
  for (const [old, canonical] of S3_API_ALIASES) candidates.set(old, canonical);
  const guess = closest(name, [...candidates.keys()]);
  const hint =
    guess === undefined
      ? '; expected a CloudTrail eventName of an S3 data event, such as GetObject or PutObject'
      : `; did you mean "${candidates.get(guess) ?? guess}"?`;
  return `unknown S3 data-event API "${name}"${hint}`;
}

/** The candidate nearest to `word` (case-insensitive edit distance), if it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}

/** Sorted, without duplicates, and without prefixes that a shorter listed prefix already covers. */
export function normalisePrefixes(prefixes: readonly string[]): string[] {
  // One prefix (the default [''] of every bucket that lists none) is already normal.
  if (prefixes.length === 1) return [prefixes[0] as string];
  const out: string[] = [];
  // Sorting puts every prefix before the keys it covers.
  for (const p of [...new Set(prefixes)].sort()) {
    if (!out.some((q) => p.startsWith(q))) out.push(p);
  }
  return out;
}
