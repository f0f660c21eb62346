import type {
  EventDataStore as SdkEventDataStoreSummary,
  GetEventDataStoreResponse,
  GetEventSelectorsResponse,
  GetTrailStatusResponse,
  Trail as SdkTrail,
} from '@aws-sdk/client-cloudtrail';
import { known, unknown, type Fact, type UnknownReason } from '../../model/fact.js';
import type { Recorder } from '../../model/facts.js';
import type { SelectorSet } from '../../model/selectors.js';
import { selectorSetOf } from './adapt-selectors.js';
import { parseArn, partitionOfRegion } from '../../model/arn.js';
import { failureText, type AwsFailure, type CallResult } from './clients.js';

/** What live mode read about one trail. */
export interface TrailReading {
  /** From DescribeTrails; TrailARN is set. */
  readonly trail: SdkTrail & { readonly TrailARN: string };
  readonly status: CallResult<GetTrailStatusResponse>;
  readonly selectors: CallResult<GetEventSelectorsResponse>;
}

export interface AdaptContext {
  /** The account of the credentials, when live mode could tell it. */
  readonly callerAccount?: string;
}

function reasonOf(f: AwsFailure): UnknownReason {
  return f.kind === 'access-denied' ? 'access-denied' : 'not-collected';
}

/**
 * An organization trail appears in every member account, but its settings can be read only from the
 * management account or a delegated administrator; from a member, GetEventSelectors fails with
 * TrailNotFoundException or CloudTrailARNInvalidException. That says nothing about what the trail logs
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/creating-trail-organization.html).
 */
function memberAccountAdvice(f: AwsFailure, owner: string, ctx: AdaptContext): string {
  const from = ctx.callerAccount ? `account ${ctx.callerAccount}` : 'this account';
  return (
    `${f.action} for organization trail ${f.resource} failed (${f.code}, ${f.message}): the trail belongs to ` +
    `account ${owner} and ${from} is probably a member account, which cannot read it. Run s3-trail-guard ` +
    `from the organization's management account or its CloudTrail delegated administrator account, or ` +
    `check the trail's own Terraform with --plan together with --live` +
    (f.kind === 'access-denied' ? `; if this is the management account, grant ${f.action}` : '')
  );
}

function failedFact<T>(f: AwsFailure, org: boolean, owner: string, ctx: AdaptContext): Fact<T> {
  const member = org && (ctx.callerAccount === undefined || ctx.callerAccount !== owner);
  return unknown(reasonOf(f), member ? memberAccountAdvice(f, owner, ctx) : failureText(f));
}

export function trailRecorder(r: TrailReading, ctx: AdaptContext = {}): Recorder {
  const t = r.trail;
  const arn = t.TrailARN;
  const parts = parseArn(arn);
  const home = t.HomeRegion || parts?.region || '';
  const owner = parts?.account ?? '';
  const org = t.IsOrganizationTrail === true;
  let logging: Fact<boolean>;
  let loggingDetail: string | undefined;
  let deliveryError: string | undefined;
  let digestDeliveryError: string | undefined;
  let cloudWatchLogsDeliveryError: string | undefined;
  let cloudWatchLogsDelivered = false;
  if (r.status.ok) {
    const s = r.status.value;
    logging =
      typeof s.IsLogging === 'boolean'
        ? known(s.IsLogging)
        : unknown('not-collected', `GetTrailStatus for ${arn} returned no IsLogging`);
    if (s.IsLogging === false)
      loggingDetail = 'IsLogging=false (the trail is stopped: StopLogging, it records nothing)';
    if (s.LatestDeliveryError) deliveryError = s.LatestDeliveryError;
    if (s.LatestDigestDeliveryError) digestDeliveryError = s.LatestDigestDeliveryError;
    if (s.LatestCloudWatchLogsDeliveryError)
      cloudWatchLogsDeliveryError = s.LatestCloudWatchLogsDeliveryError;
    cloudWatchLogsDelivered = s.LatestCloudWatchLogsDeliveryTime !== undefined;
  } else {
    logging = failedFact(r.status.failure, org, owner, ctx);
  }
  const selectors: Fact<SelectorSet> = r.selectors.ok
    ? known(selectorSetOf(r.selectors.value))
    : failedFact(r.selectors.failure, org, owner, ctx);
  return {
    kind: 'trail',
    id: arn,
    origin: { source: 'aws', ref: arn },
    name: t.Name ? known(t.Name) : known(parts?.resource.replace(/^trail\//, '') ?? arn),
    arn: known(arn),
    partition: known(parts?.partition || partitionOfRegion(home)),
    accountId: owner ? known(owner) : unknown('unparseable', `cannot read the account of ${arn}`),
    homeRegion: home ? known(home) : unknown('unparseable', `cannot read the home Region of ${arn}`),
    // DescribeTrails leaves out false booleans; CreateTrail's defaults are single-Region, not organization.
    multiRegion: known(t.IsMultiRegionTrail === true, t.IsMultiRegionTrail === undefined),
    organization: known(org, t.IsOrganizationTrail === undefined),
    logging,
    ...(loggingDetail ? { loggingDetail } : {}),
    ...(deliveryError ? { deliveryError } : {}),
    ...(digestDeliveryError ? { digestDeliveryError } : {}),
    ...(cloudWatchLogsDeliveryError ? { cloudWatchLogsDeliveryError } : {}),
    ...(cloudWatchLogsDelivered ? { cloudWatchLogsDelivered } : {}),
    selectors,
    logBucket: t.S3BucketName
      ? known(t.S3BucketName)
      : unknown('not-collected', `DescribeTrails returned no S3BucketName for ${arn}`),
    logPrefix: known(t.S3KeyPrefix || null),
    kmsKeyId: known(t.KmsKeyId || null),
    logFileValidation: known(t.LogFileValidationEnabled === true, t.LogFileValidationEnabled === undefined),
    // DescribeTrails leaves both out when the trail does not send events to CloudWatch Logs.
    cloudWatchLogsGroupArn: known(t.CloudWatchLogsLogGroupArn || null),
    cloudWatchLogsRoleArn: known(t.CloudWatchLogsRoleArn || null),
  };
}

/** Only ENABLED ingests events; the other statuses record nothing new (CREATED briefly, then ENABLED). */
function edsLogging(status: string | undefined, arn: string): { logging: Fact<boolean>; detail?: string } {
  if (status === undefined)
    return { logging: unknown('not-collected', `GetEventDataStore for ${arn} returned no Status`) };
  if (status === 'ENABLED') return { logging: known(true) };
  return {
    logging: known(false),
    detail: `Status ${status} (the event data store is not ingesting events)`,
  };
}

/**
 * An event data store from ListEventDataStores and its GetEventDataStore answer (the list no longer
 * carries Status, selectors or MultiRegionEnabled:
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_EventDataStore.html).
 */
export function eventDataStoreRecorder(
  listed: SdkEventDataStoreSummary & { readonly EventDataStoreArn: string },
  got: CallResult<GetEventDataStoreResponse>,
): Recorder {
  const arn = listed.EventDataStoreArn;
  const parts = parseArn(arn);
  const home = parts?.region ?? '';
  const base = {
    kind: 'event-data-store' as const,
    id: arn,
    origin: { source: 'aws' as const, ref: arn },
    arn: known(arn),
    partition: known(parts?.partition || partitionOfRegion(home)),
    accountId: parts?.account
      ? known(parts.account)
      : unknown<string>('unparseable', `cannot read the account of ${arn}`),
    homeRegion: home ? known(home) : unknown<string>('unparseable', `cannot read the Region of ${arn}`),
  };
  if (!got.ok) {
    const f = got.failure;
    const u = <T>(): Fact<T> => unknown(reasonOf(f), failureText(f));
    return {
      ...base,
      name: listed.Name ? known(listed.Name) : u(),
      multiRegion: u(),
      organization: u(),
      logging: u(),
      selectors: u(),
    };
  }
  const d = got.value;
  const { logging, detail } = edsLogging(d.Status, arn);
  return {
    ...base,
    name: known(d.Name ?? listed.Name ?? arn),
    // The API's defaults: multi-Region true, organization false (CreateEventDataStore).
    multiRegion: known(d.MultiRegionEnabled ?? true, d.MultiRegionEnabled === undefined),
    organization: known(d.OrganizationEnabled ?? false, d.OrganizationEnabled === undefined),
    logging,
    ...(detail ? { loggingDetail: detail } : {}),
    selectors: known(selectorSetOf({ AdvancedEventSelectors: d.AdvancedEventSelectors })),
  };
}

/** What a failed Region listing leaves unknown, in words. */
export function regionFailureText(region: string, failures: readonly AwsFailure[]): string {
  const trails = failures.some((f) => f.action === 'cloudtrail:DescribeTrails');
  const stores = failures.some((f) => f.action === 'cloudtrail:ListEventDataStores');
  const what =
    trails && stores ? 'the trails and event data stores' : trails ? 'the trails' : 'the event data stores';
  return `${failures.map(failureText).join('; ')}: ${what} of ${region} are unknown`;
}

/**
 * Stands for the trails and event data stores homed in a Region that could not be listed: a single-Region
 * recorder there whose logging and selectors are unknown. Buckets of that Region become unknown unless
 * another recorder covers them; buckets elsewhere are unaffected. It is not of kind 'trail', so the trail
 * and log-bucket rules, which judge real trails, leave it alone.
 */
export function regionPlaceholder(
  region: string,
  failures: readonly AwsFailure[],
  callerAccount: string | undefined,
): Recorder {
  const partition = partitionOfRegion(region);
  const trailsFailed = failures.some((f) => f.action === 'cloudtrail:DescribeTrails');
  const id = `arn:${partition}:cloudtrail:${region}:${callerAccount ?? '*'}:${trailsFailed ? 'trail' : 'eventdatastore'}/*`;
  const detail = regionFailureText(region, failures);
  const reason: UnknownReason = failures.every((f) => f.kind === 'access-denied')
    ? 'access-denied'
    : 'not-collected';
  const u = <T>(): Fact<T> => unknown(reason, detail);
  return {
    kind: 'event-data-store',
    id,
    origin: { source: 'aws', ref: id },
    name: u(),
    arn: u(),
    partition: known(partition),
    accountId: callerAccount ? known(callerAccount) : u(),
    homeRegion: known(region),
    multiRegion: known(false),
    organization: known(false),
    logging: u(),
    selectors: u(),
  };
}
