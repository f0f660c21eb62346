import type { BucketRequirement, Policy } from '../../src/config/policy.js';
import { known, unknown, type Fact } from '../../src/model/fact.js';
import type { Bucket, Facts, EventDataStore, Recorder, Trail } from '../../src/model/facts.js';
import { S3_DATA_APIS } from '../../src/model/s3-apis.js';
import type {
  AdvancedEventSelector,
  AdvancedOperator,
  BasicEventSelector,
  FieldSelector,
  SelectorSet,
  Str,
} from '../../src/model/selectors.js';

export const U = (detail = 'known after apply'): Str => ({ known: false, detail });
const str = (v: string | Str): Str => (typeof v === 'string' ? { known: true, value: v } : v);

/** A field selector; a list given as null is unknown as a whole. */
export function fs(
  field: string,
  ops: Partial<Record<AdvancedOperator, (string | Str)[] | null>>,
): FieldSelector {
  const operators: Partial<Record<AdvancedOperator, Fact<readonly Str[]>>> = {};
  for (const [op, list] of Object.entries(ops) as [AdvancedOperator, (string | Str)[] | null][])
    operators[op] = list === null ? unknown('after-apply', `${field} ${op} unknown`) : known(list.map(str));
  return { field: known(field), operators };
}

export function adv(...fieldSelectors: FieldSelector[]): AdvancedEventSelector {
  return { fieldSelectors: known(fieldSelectors) };
}

/** The usual data selector: eventCategory = Data, resources.type = AWS::S3::Object, plus extra fields. */
export function s3adv(...extra: FieldSelector[]): AdvancedEventSelector {
  return adv(
    fs('eventCategory', { Equals: ['Data'] }),
    fs('resources.type', { Equals: ['AWS::S3::Object'] }),
    ...extra,
  );
}

export function basic(
  values: (string | Str)[],
  rw: 'All' | 'ReadOnly' | 'WriteOnly' | null = 'All',
): BasicEventSelector {
  return {
    readWriteType: rw === null ? unknown('after-apply', 'rw unknown') : known(rw),
    dataResources: known([{ type: known('AWS::S3::Object'), values: known(values.map(str)) }]),
  };
}

export interface TrailOptions {
  id?: string;
  kind?: Recorder['kind'];
  selectors?: SelectorSet | null;
  multiRegion?: boolean | null;
  homeRegion?: string | null;
  logging?: boolean | null;
  accountId?: string;
  organization?: boolean;
  change?: Recorder['change'];
}

export function advancedSet(...selectors: AdvancedEventSelector[]): SelectorSet {
  return { kind: 'advanced', selectors };
}
export function basicSet(...selectors: BasicEventSelector[]): SelectorSet {
  return { kind: 'basic', selectors };
}

const f = <T>(v: T | null | undefined, def: T, what: string): Fact<T> =>
  v === null ? unknown('after-apply', `${what} unknown`) : known(v === undefined ? def : v);

export function trail(o: TrailOptions = {}): Recorder {
  const id = o.id ?? 'aws_cloudtrail.t';
  const base: Omit<EventDataStore, 'kind'> = {
    id,
    origin: { source: 'terraform-plan', ref: id, file: 'plan.json' },
    name: known('t'),
    arn: known(`arn:aws:cloudtrail:us-east-1:${o.accountId ?? '111122223333'}:trail/t`),
    partition: known('aws'),
    accountId: known(o.accountId ?? '111122223333'),
    homeRegion: f(o.homeRegion, 'us-east-1', 'home region'),
    multiRegion: f(o.multiRegion, true, 'multi-region'),
    organization: known(o.organization ?? false),
    logging: f(o.logging, true, 'logging'),
    selectors:
      o.selectors === null
        ? unknown('after-apply', 'selectors unknown')
        : known(o.selectors ?? { kind: 'none' }),
    ...(o.change ? { change: o.change } : {}),
  };
  if (o.kind === 'event-data-store') return { kind: 'event-data-store', ...base };
  // A trail whose delivery side the test does not describe: see deliveringTrail for one that has it.
  return {
    kind: 'trail',
    ...base,
    logBucket: unknown('not-collected', 'log bucket not described by the test'),
    logPrefix: known(null, true),
    kmsKeyId: known(null, true),
    logFileValidation: known(true, true),
    cloudWatchLogsGroupArn: known(null, true),
    cloudWatchLogsRoleArn: known(null, true),
  };
}

/** The trail-only fields of a recorder the test knows is a trail. */
export function asTrail(r: Recorder | undefined): Trail {
  if (r?.kind !== 'trail') throw new Error(`expected a trail, got ${r?.kind}`);
  return r;
}

export function requirement(
  name: string,
  o: {
    prefixes?: string[];
    events?: string[] | 'all' | 'read' | 'write';
    region?: string;
    account?: string;
  } = {},
): BucketRequirement {
  const spec = o.events ?? 'all';
  const events =
    spec === 'all'
      ? S3_DATA_APIS.map((a) => a.name)
      : spec === 'read'
        ? S3_DATA_APIS.filter((a) => a.readOnly).map((a) => a.name)
        : spec === 'write'
          ? S3_DATA_APIS.filter((a) => !a.readOnly).map((a) => a.name)
          : spec;
  return {
    name,
    prefixes: o.prefixes ?? [''],
    eventsSpec: Array.isArray(spec) ? 'list' : spec,
    events,
    ...(o.region ? { region: o.region } : {}),
    ...(o.account ? { account: o.account } : {}),
    location: { file: 'policy.yml', line: 3, column: 5 },
  };
}

export function policyOf(...buckets: BucketRequirement[]): Policy {
  return { version: 1, file: 'policy.yml', buckets, warnings: [] };
}

export function factsOf(recorders: Recorder[], buckets: Bucket[] = []): Facts {
  return {
    mode: 'plan',
    recorders,
    buckets: new Map(buckets.map((b) => [b.name, b])),
    notes: [],
    defaults: { accountId: known('111122223333'), partition: 'aws', region: known('us-east-1') },
  };
}

export function bucket(
  name: string,
  region: string | null = 'us-east-1',
  accountId = '111122223333',
): Bucket {
  return {
    name,
    origin: { source: 'terraform-plan', ref: `aws_s3_bucket.${name.replace(/\W/g, '_')}` },
    region: region === null ? unknown('after-apply', 'region unknown') : known(region),
    accountId: known(accountId),
    partition: known('aws'),
  };
}

export const LOG_BUCKET = 'audit-logs';
export const TRAIL_ARN = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/t';

/** A trail with its delivery side: log bucket, prefix, KMS key, log file validation. */
export function deliveringTrail(
  o: TrailOptions & {
    logBucket?: string | null;
    logPrefix?: string | null;
    kmsKeyId?: string | null | undefined;
    logFileValidation?: boolean | null;
    defaulted?: boolean;
  } = {},
): Recorder {
  const t = asTrail(trail(o));
  return {
    ...t,
    logBucket:
      o.logBucket === null ? unknown('after-apply', 'log bucket unknown') : known(o.logBucket ?? LOG_BUCKET),
    logPrefix: o.logPrefix === undefined ? known(null, true) : known(o.logPrefix),
    kmsKeyId:
      o.kmsKeyId === undefined
        ? known(null, true)
        : o.kmsKeyId === null
          ? unknown('after-apply', 'key created in this plan')
          : known(o.kmsKeyId),
    logFileValidation:
      o.logFileValidation === null
        ? unknown('after-apply', 'unknown')
        : known(o.logFileValidation ?? false, o.logFileValidation === undefined),
  };
}

/** A log bucket whose policy document is given (null: no policy; 'unknown': known only after apply). */
export function logBucket(document: unknown | null | 'unknown', name = LOG_BUCKET): Bucket {
  return {
    ...bucket(name),
    policy: {
      origin: { source: 'terraform-plan', ref: 'aws_s3_bucket_policy.logs' },
      document:
        document === 'unknown' ? unknown('after-apply', 'policy known only after apply') : known(document),
    },
  };
}

/** The policy AWS documents for CloudTrail (and the seed article uses), with switches to break it. */
export function cloudTrailPolicy(
  o: {
    sourceArn?: string | false;
    sourceAccount?: string;
    acl?: boolean;
    writeResource?: string;
    aclResource?: string;
    principal?: unknown;
    extra?: Record<string, unknown>[];
    arnOperator?: string;
  } = {},
): Record<string, unknown> {
  const src = o.sourceArn === undefined ? TRAIL_ARN : o.sourceArn;
  const sourceCond: Record<string, Record<string, string>> = {};
  if (src !== false) sourceCond[o.arnOperator ?? 'StringEquals'] = { 'aws:SourceArn': src };
  if (o.sourceAccount)
    sourceCond['StringEquals'] = {
      ...(sourceCond['StringEquals'] ?? {}),
      'aws:SourceAccount': o.sourceAccount,
    };
  const writeCond: Record<string, Record<string, string>> = JSON.parse(JSON.stringify(sourceCond));
  if (o.acl !== false)
    writeCond['StringEquals'] = {
      ...(writeCond['StringEquals'] ?? {}),
      's3:x-amz-acl': 'bucket-owner-full-control',
    };
  const principal = o.principal ?? { Service: 'cloudtrail.amazonaws.com' };
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AWSCloudTrailAclCheck',
        Effect: 'Allow',
        Principal: principal,
        Action: 's3:GetBucketAcl',
        Resource: o.aclResource ?? `arn:aws:s3:::${LOG_BUCKET}`,
        ...(Object.keys(sourceCond).length ? { Condition: sourceCond } : {}),
      },
      {
        Sid: 'AWSCloudTrailWrite',
        Effect: 'Allow',
        Principal: principal,
        Action: ['s3:PutObject'],
        Resource: o.writeResource ?? `arn:aws:s3:::${LOG_BUCKET}/AWSLogs/111122223333/*`,
        ...(Object.keys(writeCond).length ? { Condition: writeCond } : {}),
      },
      ...(o.extra ?? []),
    ],
  };
}
