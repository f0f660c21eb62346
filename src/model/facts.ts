import type { Fact, Origin } from './fact.js';
import type { BucketKind } from './s3-apis.js';
import type { SelectorSet } from './selectors.js';

export type ChangeAction = 'create' | 'update' | 'no-op' | 'replace' | 'delete' | 'read' | 'unknown';

/** What trails and CloudTrail Lake event data stores share: anything that records events through selectors. */
interface RecorderBase {
  /** Stable identity: the Terraform address in plan mode, the ARN in live mode. */
  readonly id: string;
  readonly origin: Origin;
  readonly name: Fact<string>;
  readonly arn: Fact<string>;
  readonly partition: Fact<string>;
  readonly accountId: Fact<string>;
  /** The Region the trail/EDS was created in (its ARN's Region). */
  readonly homeRegion: Fact<string>;
  readonly multiRegion: Fact<boolean>;
  /**
   * Organization trails (and organization event data stores): the organization's ID (`o-…`), for the AWSLogs/o-ORGID/ delivery path (plan:
   * data.aws_organizations_organization; live: organizations:DescribeOrganization). Absent: not read.
   */
  readonly organizationId?: Fact<string>;
  readonly organization: Fact<boolean>;
  /** Trail: IsLogging / enable_logging. Event data store: Status = ENABLED. */
  readonly logging: Fact<boolean>;
  /** Why `logging` is false, in words (e.g. "status STOPPED_INGESTION"). */
  readonly loggingDetail?: string;
  readonly selectors: Fact<SelectorSet>;
  /** Plan mode: the ARN of the object the plan changes (before a replace renames it), to find it live. */
  readonly priorArn?: string;
  /** The plan action that produced this recorder (plan mode only). A deleted recorder covers nothing. */
  readonly change?: ChangeAction;
}

/** A trail delivers log files to an S3 bucket: its delivery side is required, so no source can forget it. */
export interface Trail extends RecorderBase {
  readonly kind: 'trail';
  readonly logBucket: Fact<string>;
  readonly logPrefix: Fact<string | null>;
  readonly kmsKeyId: Fact<string | null>;
  readonly logFileValidation: Fact<boolean>;
  /** CloudWatchLogsLogGroupArn / cloud_watch_logs_group_arn; null: no CloudWatch Logs delivery. */
  readonly cloudWatchLogsGroupArn: Fact<string | null>;
  /** CloudWatchLogsRoleArn / cloud_watch_logs_role_arn: the role CloudTrail assumes to write to the group. */
  readonly cloudWatchLogsRoleArn: Fact<string | null>;
  /** That role, when the source holds it (plan: the aws_iam_role the trail references, with its policies). */
  readonly cloudWatchLogsRole?: IamRole;
  /** The key of kmsKeyId, when the source holds it (plan: the aws_kms_key the trail references). */
  readonly kmsKey?: KmsKey;
  /** Live mode: GetTrailStatus LatestDeliveryError, the last failure to deliver logs to S3. */
  readonly deliveryError?: string;
  /** Live mode: GetTrailStatus LatestDigestDeliveryError, the last failure to deliver a digest file. */
  readonly digestDeliveryError?: string;
  /** Live mode: GetTrailStatus LatestCloudWatchLogsDeliveryError. */
  readonly cloudWatchLogsDeliveryError?: string;
  /** Live mode: GetTrailStatus has a LatestCloudWatchLogsDeliveryTime (CloudTrail has delivered there). */
  readonly cloudWatchLogsDelivered?: boolean;
}

/** A KMS key as the source knows it: its key policy and whether it is enabled. */
export interface KmsKey {
  readonly origin: Origin;
  /**
   * The key policy. A document of null: none is written, so AWS gives the key its default key policy,
   * which lets only the account's IAM principals use it.
   */
  readonly policy: BucketPolicy;
  readonly enabled: Fact<boolean>;
  /** The key's Region (it must be the log bucket's). */
  readonly region: Fact<string>;
}

/** An IAM role as the source knows it: its trust policy and the identity policies that apply to it. */
export interface IamRole {
  readonly origin: Origin;
  readonly trustPolicy: BucketPolicy;
  /** Inline policies and attached managed policies that the source holds. */
  readonly policies: readonly BucketPolicy[];
  /** Policies attached to the role that the source does not hold (ARNs or addresses), in words. */
  readonly unread: readonly string[];
}

/** A CloudTrail Lake event data store keeps its events itself (no log bucket). */
export interface EventDataStore extends RecorderBase {
  readonly kind: 'event-data-store';
}

export type Recorder = Trail | EventDataStore;

/** A parsed IAM policy document (kept as parsed JSON; rules normalise it): bucket, key, role policies. */
export interface BucketPolicy {
  readonly origin: Origin;
  readonly document: Fact<unknown | null>;
  /**
   * Plan mode: the plan decides this policy (an aws_s3_bucket_policy it keeps or deletes, or a bucket it
   * creates). Otherwise the policy is the account's, and a live reading of it wins (plan + live).
   */
  readonly managed?: boolean;
  /** Why the document is what it is, when that is news (e.g. "this plan deletes aws_s3_bucket_policy.logs"). */
  readonly why?: string;
}

export interface Bucket {
  readonly name: string;
  /**
   * A directory bucket (S3 Express One Zone, `aws_s3_directory_bucket`, name ending `--x-s3`) has its own
   * resource type, ARN and data-event APIs. Absent: told by the name.
   */
  readonly kind?: BucketKind;
  readonly origin: Origin;
  readonly region: Fact<string>;
  readonly accountId: Fact<string>;
  readonly partition: Fact<string>;
  readonly policy?: BucketPolicy;
  /**
   * S3 server access logging (aws_s3_bucket_logging / GetBucketLogging): null = off; undefined = the source
   * did not read it. Secondary evidence only: never a CloudTrail record.
   */
  readonly serverAccessLogging?: Fact<ServerAccessLogging | null>;
  /** Requester Pays (aws_s3_bucket_request_payment_configuration payer = Requester); undefined: not read. */
  readonly requesterPays?: Fact<boolean>;
  readonly change?: ChangeAction;
}

/** Where S3 writes a bucket's server access logs. */
export interface ServerAccessLogging {
  readonly targetBucket: string;
  readonly targetPrefix: string;
  /** Whether the target bucket exists (plan: it is a bucket of the plan that stays; live: GetBucketLocation). */
  readonly targetExists: Fact<boolean>;
  /** Terraform address or ARN the setting was read from. */
  readonly ref: string;
}

/** Everything the sources learned; the only input of the engine and the rules. */
export interface Facts {
  readonly mode: 'plan' | 'live' | 'plan+live' | 'organization' | 'plan+organization';
  /** Organization mode: the accounts this run scanned (sorted) and, with --shard, which share they are. */
  readonly scope?: {
    readonly accounts: readonly string[];
    readonly shard?: { readonly index: number; readonly count: number };
  };
  /**
   * Organization mode: policy buckets that are in no account the run could read, with why. They are
   * unknown whatever the recorders say.
   */
  readonly unplaced?: ReadonlyMap<string, string>;
  readonly recorders: readonly Recorder[];
  /** Buckets the source saw (by name). Policy buckets not seen here get defaults from the policy. */
  readonly buckets: ReadonlyMap<string, Bucket>;
  /** Problems the source met that are not fatal (shown as warnings). */
  readonly notes: readonly string[];
  /** Values the source marks sensitive (plan `after_sensitive`): reports never print them. */
  readonly secrets?: readonly string[];
  /** Default account / partition / region of the run (plan: provider + caller identity; live: credentials). */
  readonly defaults: {
    readonly accountId: Fact<string>;
    readonly partition: string;
    readonly region: Fact<string>;
  };
}

/** Organization mode, alone or with plans laid over the accounts (`plan+organization`). */
export const isOrganizationMode = (mode: Facts['mode']): boolean =>
  mode === 'organization' || mode === 'plan+organization';
