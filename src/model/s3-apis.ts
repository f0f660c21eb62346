/**
 * The S3 data-event APIs that CloudTrail records for `resources.type = AWS::S3::Object`
 * (general purpose buckets), with their `readOnly` value.
 *
 * List: https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-s3-info.html
 * readOnly: AWS publishes no per-API table; "read" returns information without changing state,
 * "write" modifies or might modify (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html).
 * GetObject/ListObjects (true), PutObject/DeleteObjects (false) are confirmed by published records; the
 * others follow the definition. RestoreObject and SelectObjectContent are the least certain (unverified).
 */
export interface S3DataApi {
  readonly name: string;
  readonly readOnly: boolean;
  /**
   * Bucket-level operations recorded against AWS::S3::Object carry an `ARNPrefix` of the bucket
   * (`arn:aws:s3:::bucket/`) rather than an object ARN, so they are matched on that single value.
   */
  readonly bucketLevel: boolean;
  /**
   * No published record shows this API's readOnly value; it is taken from AWS's definition of read and
   * write. Where a ReadWriteType or readOnly condition decides it, the engine tries both values.
   */
  readonly readOnlyUnverified?: boolean;
  /**
   * Listings (ListObjects, ListObjectVersions, ListObjectsV2) carry the request prefix in their ARN
   * (`arn:…:bucket/PREFIX`): they are evaluated for every request prefix, not only the empty one.
   */
  readonly requestPrefix?: boolean;
}

export const S3_DATA_APIS: readonly S3DataApi[] = [
  { name: 'AbortMultipartUpload', readOnly: false, bucketLevel: false },
  { name: 'CompleteMultipartUpload', readOnly: false, bucketLevel: false },
  { name: 'CopyObject', readOnly: false, bucketLevel: false },
  { name: 'CreateMultipartUpload', readOnly: false, bucketLevel: false },
  { name: 'DeleteObject', readOnly: false, bucketLevel: false },
  { name: 'DeleteObjectTagging', readOnly: false, bucketLevel: false },
  { name: 'DeleteObjects', readOnly: false, bucketLevel: true },
  { name: 'GetObject', readOnly: true, bucketLevel: false },
  { name: 'GetObjectAcl', readOnly: true, bucketLevel: false },
  { name: 'GetObjectAttributes', readOnly: true, bucketLevel: false },
  { name: 'GetObjectLegalHold', readOnly: true, bucketLevel: false },
  { name: 'GetObjectRetention', readOnly: true, bucketLevel: false },
  { name: 'GetObjectTagging', readOnly: true, bucketLevel: false },
  { name: 'GetObjectTorrent', readOnly: true, bucketLevel: false },
  { name: 'HeadBucket', readOnly: true, bucketLevel: true },
  { name: 'HeadObject', readOnly: true, bucketLevel: false },
  { name: 'ListObjectVersions', readOnly: true, bucketLevel: true, requestPrefix: true },
  { name: 'ListObjects', readOnly: true, bucketLevel: true, requestPrefix: true },
  { name: 'ListParts', readOnly: true, bucketLevel: false },
  { name: 'PutObject', readOnly: false, bucketLevel: false },
  { name: 'PutObjectAcl', readOnly: false, bucketLevel: false },
  { name: 'PutObjectLegalHold', readOnly: false, bucketLevel: false },
  { name: 'PutObjectRetention', readOnly: false, bucketLevel: false },
  { name: 'PutObjectTagging', readOnly: false, bucketLevel: false },
  { name: 'RestoreObject', readOnly: false, bucketLevel: false, readOnlyUnverified: true },
  { name: 'SelectObjectContent', readOnly: true, bucketLevel: false, readOnlyUnverified: true },
  { name: 'UpdateObjectEncryption', readOnly: false, bucketLevel: false },
  { name: 'UploadPart', readOnly: false, bucketLevel: false },
  { name: 'UploadPartCopy', readOnly: false, bucketLevel: false },
];

export const S3_DATA_API_BY_NAME: ReadonlyMap<string, S3DataApi> = new Map(
  S3_DATA_APIS.map((a) => [a.name, a]),
);

/**
 * The data events of directory buckets (S3 Express One Zone), recorded as resources.type
 * AWS::S3Express::Object with eventSource s3express.amazonaws.com, through advanced selectors only
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-log-files.html,
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_EventSelector.html). RenameObject
 * exists only for directory buckets; there are no ACL, torrent, legal-hold, retention or tagging APIs.
 * CreateSession (readOnly true) and DeleteObjects (false) are confirmed by published records; the
 * others follow AWS's definition of read and write. CreateSession, HeadBucket, ListObjectsV2 and
 * DeleteObjects act on the bucket and are matched on its ARN prefix (`…:bucket/NAME/`, unverified for
 * CreateSession).
 */
export const DIRECTORY_BUCKET_APIS: readonly S3DataApi[] = [
  { name: 'AbortMultipartUpload', readOnly: false, bucketLevel: false },
  { name: 'CompleteMultipartUpload', readOnly: false, bucketLevel: false },
  { name: 'CopyObject', readOnly: false, bucketLevel: false },
  { name: 'CreateMultipartUpload', readOnly: false, bucketLevel: false },
  { name: 'CreateSession', readOnly: true, bucketLevel: true },
  { name: 'DeleteObject', readOnly: false, bucketLevel: false },
  { name: 'DeleteObjects', readOnly: false, bucketLevel: true },
  { name: 'GetObject', readOnly: true, bucketLevel: false },
  { name: 'GetObjectAttributes', readOnly: true, bucketLevel: false },
  { name: 'HeadBucket', readOnly: true, bucketLevel: true },
  { name: 'HeadObject', readOnly: true, bucketLevel: false },
  { name: 'ListObjectsV2', readOnly: true, bucketLevel: true, requestPrefix: true },
  { name: 'ListParts', readOnly: true, bucketLevel: false },
  { name: 'PutObject', readOnly: false, bucketLevel: false },
  { name: 'RenameObject', readOnly: false, bucketLevel: false },
  { name: 'UploadPart', readOnly: false, bucketLevel: false },
  { name: 'UploadPartCopy', readOnly: false, bucketLevel: false },
];

export const DIRECTORY_BUCKET_API_BY_NAME: ReadonlyMap<string, S3DataApi> = new Map(
  DIRECTORY_BUCKET_APIS.map((a) => [a.name, a]),
);

export type BucketKind = 'general-purpose' | 'directory';

/**
 * General purpose bucket names may not end in `--x-s3` (directory buckets) or `--table-s3` (table
 * buckets) (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
 */
export function isDirectoryBucketName(name: string): boolean {
  return name.endsWith('--x-s3');
}

export function isTableBucketName(name: string): boolean {
  return name.endsWith('--table-s3');
}

export function bucketKindOf(name: string): BucketKind {
  return isDirectoryBucketName(name) ? 'directory' : 'general-purpose';
}

/** The data-event APIs of a kind of bucket. */
export function apisOf(kind: BucketKind): readonly S3DataApi[] {
  return kind === 'directory' ? DIRECTORY_BUCKET_APIS : S3_DATA_APIS;
}

/** resources.type and eventSource of a kind of bucket's data events. */
export function eventShapeOf(kind: BucketKind): { resourcesType: string; eventSource: string } {
  return kind === 'directory'
    ? { resourcesType: 'AWS::S3Express::Object', eventSource: 's3express.amazonaws.com' }
    : { resourcesType: 'AWS::S3::Object', eventSource: 's3.amazonaws.com' };
}

/**
 * Spellings from older articles (the seed article lists "GetObjectLockLegalHold" etc.) that CloudTrail
 * does not record as eventName; AWS records GetObjectLegalHold, GetObjectRetention, PutObjectLegalHold,
 * PutObjectRetention. Accepted in policies with a warning.
 */
export const S3_API_ALIASES: ReadonlyMap<string, string> = new Map([
  ['GetObjectLockLegalHold', 'GetObjectLegalHold'],
  ['GetObjectLockRetention', 'GetObjectRetention'],
  ['PutObjectLockLegalHold', 'PutObjectLegalHold'],
  ['PutObjectLockRetention', 'PutObjectRetention'],
]);

/**
 * Names that appear in older lists but are not S3 data events for general purpose buckets today.
 * A policy naming them gets a warning and the name is dropped (it can never be "covered").
 */
export const NOT_S3_DATA_EVENTS: ReadonlyMap<string, string> = new Map([
  [
    'ListMultipartUploads',
    "not in AWS's current list of S3 data events (for directory buckets AWS logs it as a management event)",
  ],
  [
    'PostObject',
    "no longer in AWS's list of S3 data events (whether CloudTrail records browser POST uploads, and under which eventName, is not documented)",
  ],
  [
    'ListObjectsV2',
    'recorded as ListObjects on general purpose buckets (a published record of a V2 listing shows eventName ListObjects); require ListObjects instead',
  ],
]);

/**
 * A set of API names as a reader takes it in: "all 29 APIs", "25 of 29 APIs (all but HeadBucket, …)",
 * or the names themselves when they are few.
 */
export function describeApis(names: readonly string[], all: readonly string[]): string {
  if (names.length === all.length && all.length > 1) return `all ${all.length} APIs`;
  if (names.length > all.length / 2 && all.length > 6) {
    const rest = all.filter((n) => !names.includes(n));
    return `${names.length} of ${all.length} APIs (all but ${rest.join(', ')})`;
  }
  return names.join(', ');
}
