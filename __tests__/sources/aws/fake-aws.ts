// nock stand-ins for the AWS endpoints live mode calls. The real SDK clients serialise and parse:
// CloudTrail is JSON 1.1 (POST / with X-Amz-Target: CloudTrail_20131101.<Op>), S3 is REST-XML
// (virtual-hosted: GET https://<bucket>.s3.<region>.amazonaws.com/?location).
import type {
  EventDataStore,
  GetEventDataStoreResponse,
  GetEventSelectorsResponse,
  GetTrailStatusResponse,
  Trail,
} from '@aws-sdk/client-cloudtrail';
// The SDK's own standard retry strategy, with a 1 ms back-off instead of up to a second.
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import nock from 'nock';
import { createAwsClients, type AwsClients } from '../../../src/sources/aws/clients.js';

export const ACCOUNT = '111122223333';
export const MGMT = '999988887777';

export interface ErrorReply {
  readonly error: string;
  readonly status?: number;
  readonly message?: string;
  /** Answer this many attempts with the error (the SDK retries throttling and 5xx). */
  readonly times?: number;
}

type Reply<T> = T | ErrorReply;

const isError = (r: unknown): r is ErrorReply =>
  r !== null && typeof r === 'object' && typeof (r as { error?: unknown }).error === 'string';

export function testClients(maxAttempts = 3): AwsClients {
  return createAwsClients({
    env: {},
    retryStrategy: new ConfiguredRetryStrategy(maxAttempts, 1),
    connectionTimeout: 500,
    requestTimeout: 2000,
  });
}

export function trailArn(name: string, home = 'us-east-1', account = ACCOUNT): string {
  return `arn:aws:cloudtrail:${home}:${account}:trail/${name}`;
}

export function edsArn(id: string, home = 'us-east-1', account = ACCOUNT): string {
  return `arn:aws:cloudtrail:${home}:${account}:eventdatastore/${id}`;
}

/** A DescribeTrails entry. */
export function sdkTrail(o: {
  name: string;
  home?: string;
  account?: string;
  multiRegion?: boolean;
  org?: boolean;
  logBucket?: string;
}): Trail & { TrailARN: string } {
  const home = o.home ?? 'us-east-1';
  return {
    Name: o.name,
    S3BucketName: o.logBucket ?? 'audit-logs',
    IncludeGlobalServiceEvents: true,
    IsMultiRegionTrail: o.multiRegion ?? false,
    HomeRegion: home,
    TrailARN: trailArn(o.name, home, o.account ?? ACCOUNT),
    LogFileValidationEnabled: true,
    HasCustomEventSelectors: true,
    HasInsightSelectors: false,
    IsOrganizationTrail: o.org ?? false,
  };
}

/** The advanced selector that records every S3 data event of the bucket. */
export function wholeBucketAdvanced(bucket: string): GetEventSelectorsResponse {
  return {
    AdvancedEventSelectors: [
      {
        Name: 'sensitive',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          { Field: 'resources.ARN', StartsWith: [`arn:aws:s3:::${bucket}/`] },
        ],
      },
    ],
  };
}

function cloudtrail(region: string, op: string, body?: (b: Record<string, unknown>) => boolean) {
  return nock(`https://cloudtrail.${region}.amazonaws.com`)
    .matchHeader('x-amz-target', `CloudTrail_20131101.${op}`)
    .matchHeader('content-type', 'application/x-amz-json-1.1')
    .post('/', body);
}

function replyJson<T>(make: () => ReturnType<typeof cloudtrail>, reply: Reply<T>): void {
  if (isError(reply)) {
    make()
      .times(reply.times ?? 1)
      .reply(reply.status ?? 400, { __type: reply.error, message: reply.message ?? reply.error });
    return;
  }
  make().reply(200, JSON.stringify(reply), { 'content-type': 'application/x-amz-json-1.1' });
}

/** DescribeTrails (with shadow trails) in one Region. */
export function describeTrails(region: string, reply: Reply<readonly Trail[]>): void {
  replyJson(
    () => cloudtrail(region, 'DescribeTrails', (b) => b['includeShadowTrails'] === true),
    isError(reply) ? reply : { trailList: reply },
  );
}

/** ListEventDataStores in one Region: each element of `pages` is one page (NextToken chains them). */
export function listEventDataStores(
  region: string,
  reply: Reply<readonly (readonly EventDataStore[])[]>,
): void {
  if (isError(reply)) {
    replyJson(() => cloudtrail(region, 'ListEventDataStores'), reply);
    return;
  }
  const pages = reply.length === 0 ? [[]] : reply;
  pages.forEach((page, i) => {
    const expected = i === 0 ? undefined : `page-${i}`;
    replyJson(() => cloudtrail(region, 'ListEventDataStores', (b) => b['NextToken'] === expected), {
      EventDataStores: page,
      ...(i + 1 < pages.length ? { NextToken: `page-${i + 1}` } : {}),
    });
  });
}

/** GetTrailStatus and GetEventSelectors of one trail, in its home Region, named by ARN. */
export function trailDetails(
  t: Trail & { TrailARN: string },
  o: { status?: Reply<GetTrailStatusResponse>; selectors?: Reply<GetEventSelectorsResponse> },
): void {
  const home = t.HomeRegion ?? 'us-east-1';
  replyJson(
    () => cloudtrail(home, 'GetTrailStatus', (b) => b['Name'] === t.TrailARN),
    o.status ?? { IsLogging: true },
  );
  replyJson(
    () => cloudtrail(home, 'GetEventSelectors', (b) => b['TrailName'] === t.TrailARN),
    o.selectors ?? {
      TrailARN: t.TrailARN,
      EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }],
    },
  );
}

export function getEventDataStore(arn: string, reply: Reply<GetEventDataStoreResponse>): void {
  const home = arn.split(':')[3] ?? 'us-east-1';
  replyJson(() => cloudtrail(home, 'GetEventDataStore', (b) => b['EventDataStore'] === arn), reply);
}

function s3Error(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>R</RequestId><HostId>H</HostId></Error>`;
}

function s3(bucket: string, region: string) {
  return nock(`https://${bucket}.s3.${region}.amazonaws.com`);
}

/** GetBucketLocation, asked in `callRegion` (the default Region). `''` is us-east-1's empty constraint. */
export function bucketLocation(bucket: string, reply: Reply<string>, callRegion = 'us-east-1'): void {
  const i = s3(bucket, callRegion).get('/').query({ location: '' });
  if (isError(reply)) {
    i.times(reply.times ?? 1).reply(reply.status ?? 403, s3Error(reply.error, reply.message ?? reply.error));
    return;
  }
  const body = reply
    ? `<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${reply}</LocationConstraint>`
    : '<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>';
  i.reply(200, `<?xml version="1.0" encoding="UTF-8"?>\n${body}`, { 'content-type': 'application/xml' });
}

/** GetBucketPolicy in `region`; the body of a 200 is the policy document itself. */
export function bucketPolicy(bucket: string, region: string, reply: Reply<object>): void {
  const i = s3(bucket, region).get('/').query({ policy: '' });
  if (isError(reply)) {
    i.times(reply.times ?? 1).reply(reply.status ?? 403, s3Error(reply.error, reply.message ?? reply.error));
    return;
  }
  i.reply(200, JSON.stringify(reply), { 'content-type': 'application/json' });
}

/** The CloudTrail log-bucket policy of the AWS user guide, scoped to one trail. */
export function cloudTrailBucketPolicy(bucket: string, trail: string): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AWSCloudTrailAclCheck20150319',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:GetBucketAcl',
        Resource: `arn:aws:s3:::${bucket}`,
        Condition: { StringEquals: { 'aws:SourceArn': trail } },
      },
      {
        Sid: 'AWSCloudTrailWrite20150319',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${bucket}/AWSLogs/${ACCOUNT}/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': trail } },
      },
    ],
  };
}

/** Empty event data store listings in these Regions (most scenarios have none). */
export function noEventDataStores(...regions: string[]): void {
  for (const r of regions) listEventDataStores(r, []);
}

/** GetBucketLogging in `region`: a target bucket and prefix, or null for logging off. */
export function bucketLogging(
  bucket: string,
  region: string,
  reply: Reply<{ target: string; prefix: string } | null>,
): void {
  const i = s3(bucket, region).get('/').query({ logging: '' });
  if (isError(reply)) {
    i.times(reply.times ?? 1).reply(reply.status ?? 403, s3Error(reply.error, reply.message ?? reply.error));
    return;
  }
  const enabled = reply
    ? `<LoggingEnabled><TargetBucket>${reply.target}</TargetBucket><TargetPrefix>${reply.prefix}</TargetPrefix></LoggingEnabled>`
    : '';
  i.reply(
    200,
    `<?xml version="1.0" encoding="UTF-8"?>\n<BucketLoggingStatus xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${enabled}</BucketLoggingStatus>`,
    { 'content-type': 'application/xml' },
  );
}

/**
 * organizations:DescribeOrganization (JSON 1.1, X-Amz-Target AWSOrganizationsV20161128.DescribeOrganization,
 * the partition's global endpoint in us-east-1 whatever the Region): live mode asks it once when it sees an
 * organization trail or event data store.
 */
export function describeOrganization(reply: Reply<{ Organization: { Id: string } }>): void {
  const i = nock('https://organizations.us-east-1.amazonaws.com')
    .matchHeader('x-amz-target', 'AWSOrganizationsV20161128.DescribeOrganization')
    .post('/');
  if (isError(reply))
    i.times(reply.times ?? 1).reply(reply.status ?? 400, {
      __type: reply.error,
      message: reply.message ?? reply.error,
    });
  else i.reply(200, JSON.stringify(reply), { 'content-type': 'application/x-amz-json-1.1' });
}

/**
 * ListBuckets of the caller's account, asked in `region` (S3 lists every Region's buckets from any): each
 * element of `pages` is one page of [name, BucketRegion] (undefined: no BucketRegion element), chained by
 * ContinuationToken `page-N`. The request must ask for pages of 10,000 (MaxBuckets): S3 gives BucketRegion
 * only then. `repeatToken`: every page answers the token `page-1` (a listing that never ends).
 */
export function listBuckets(
  reply: Reply<readonly (readonly (readonly [string, string | undefined])[])[]>,
  o: { region?: string; repeatToken?: boolean } = {},
): void {
  const at = () => nock(`https://s3.${o.region ?? 'us-east-1'}.amazonaws.com`).get('/');
  if (isError(reply)) {
    at()
      .query((q) => q['x-id'] === 'ListBuckets')
      .times(reply.times ?? 1)
      .reply(reply.status ?? 403, s3Error(reply.error, reply.message ?? reply.error));
    return;
  }
  const pages = reply.length === 0 ? [[]] : reply;
  pages.forEach((page, i) => {
    const expected = i === 0 ? undefined : o.repeatToken ? 'page-1' : `page-${i}`;
    const next = o.repeatToken ? 'page-1' : i + 1 < pages.length ? `page-${i + 1}` : undefined;
    const entries = page
      .map(
        ([name, region]) =>
          `<Bucket><Name>${name}</Name><CreationDate>2026-01-01T00:00:00.000Z</CreationDate>${region === undefined ? '' : `<BucketRegion>${region}</BucketRegion>`}</Bucket>`,
      )
      .join('');
    at()
      .query(
        (q) =>
          q['x-id'] === 'ListBuckets' && q['max-buckets'] === '10000' && q['continuation-token'] === expected,
      )
      .reply(
        200,
        `<?xml version="1.0" encoding="UTF-8"?>\n<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>owner</ID></Owner><Buckets>${entries}</Buckets>${next ? `<ContinuationToken>${next}</ContinuationToken>` : ''}</ListAllMyBucketsResult>`,
        { 'content-type': 'application/xml' },
      );
  });
}
