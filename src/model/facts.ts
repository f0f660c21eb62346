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
  /** Live mode: GetTrailStatus LatestDeliveryError, the last failure to deliver logs to S3. */
  readonly deliveryError?: string;
}

/** A CloudTrail Lake event data store keeps its events itself (no log bucket). */
export interface EventDataStore extends RecorderBase {
  readonly kind: 'event-data-store';
}

export type Recorder = Trail | EventDataStore;

/** A parsed IAM policy document (kept as parsed JSON; rules normalise it). */
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
  readonly change?: ChangeAction;
}

/** Everything the sources learned; the only input of the engine and the rules. */
export interface Facts {
  readonly mode: 'plan' | 'live' | 'plan+live';
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
