import type {
  GetBucketLocationOutput,
  GetBucketLoggingOutput,
  GetBucketPolicyOutput,
} from '@aws-sdk/client-s3';
import { known, unknown, type Fact } from '../../model/fact.js';
import type { Bucket, BucketPolicy, ServerAccessLogging } from '../../model/facts.js';
import { partitionOfRegion, s3BucketArn } from '../../model/arn.js';
import { failureText, type CallResult } from './clients.js';

/**
 * The Region of a GetBucketLocation answer: no LocationConstraint means us-east-1, and the legacy "EU"
 * means eu-west-1 (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html).
 */
export function regionOfLocation(constraint: string | undefined | null): string {
  if (!constraint) return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

/**
 * A Region code as AWS writes them (us-east-1, us-gov-west-1, eusc-de-east-1): the Region of a listed bucket
 * becomes a client's Region and so part of a host name; anything else is not taken.
 */
const REGION_CODE = /^[a-z]{2,5}(?:-[a-z]+)+-\d{1,2}$/;

/**
 * The Region ListBuckets gives a bucket (BucketRegion), or undefined when it gives none or not a Region
 * code: such a bucket is then placed by GetBucketLocation. That BucketRegion equals what GetBucketLocation
 * would say is not stated by AWS (README "Unverified semantics"); the legacy "EU" is read as eu-west-1 in
 * case it appears here too.
 */
export function listedRegion(bucketRegion: string | undefined): string | undefined {
  if (!bucketRegion) return undefined;
  const r = regionOfLocation(bucketRegion);
  return REGION_CODE.test(r) ? r : undefined;
}

export function bucketRegionFact(name: string, r: CallResult<GetBucketLocationOutput>): Fact<string> {
  if (r.ok) return known(regionOfLocation(r.value.LocationConstraint));
  const f = r.failure;
  if (f.code === 'NoSuchBucket')
    return unknown('not-collected', `bucket ${name} does not exist (NoSuchBucket from s3:GetBucketLocation)`);
  if (f.kind === 'access-denied')
    return unknown('access-denied', `${failureText(f)}, or give the bucket's region in the policy`);
  return unknown('not-collected', failureText(f));
}

/**
 * A bucket policy from GetBucketPolicy: NoSuchBucketPolicy is a fact (the bucket has no policy).
 * MethodNotAllowed means the caller is not in the bucket owner's account, which alone may read it
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicy.html).
 */
export function bucketPolicyOf(
  partition: string,
  bucket: string,
  r: CallResult<GetBucketPolicyOutput>,
): BucketPolicy {
  const origin = { source: 'aws' as const, ref: s3BucketArn(partition, bucket) };
  if (r.ok) {
    const text = r.value.Policy;
    if (!text) return { origin, document: known(null) };
    try {
      return { origin, document: known(JSON.parse(text) as unknown) };
    } catch {
      return {
        origin,
        document: unknown(
          'unparseable',
          `the policy of bucket ${bucket} (GetBucketPolicy) is not valid JSON`,
        ),
      };
    }
  }
  const f = r.failure;
  if (f.code === 'NoSuchBucketPolicy') return { origin, document: known(null) };
  if (f.kind === 'access-denied') return { origin, document: unknown('access-denied', failureText(f)) };
  if (f.code === 'MethodNotAllowed')
    return {
      origin,
      document: unknown(
        'access-denied',
        `${f.action} for ${f.resource}: MethodNotAllowed, only the bucket owner's account can read its policy; run from that account`,
      ),
    };
  return { origin, document: unknown('not-collected', failureText(f)) };
}

/**
 * Server access logging from GetBucketLogging: no LoggingEnabled means off
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLogging.html). `targetExists` is the
 * answer of GetBucketLocation on the target bucket (NoSuchBucket: it does not exist).
 */
export function serverAccessLoggingOf(
  partition: string,
  bucket: string,
  r: CallResult<GetBucketLoggingOutput>,
  target?: CallResult<GetBucketLocationOutput>,
): Fact<ServerAccessLogging | null> {
  if (!r.ok)
    return unknown(
      r.failure.kind === 'access-denied' ? 'access-denied' : 'not-collected',
      failureText(r.failure),
    );
  const on = r.value.LoggingEnabled;
  if (!on?.TargetBucket) return known(null);
  const targetExists: Fact<boolean> = !target
    ? unknown('not-collected', `the target bucket ${on.TargetBucket} was not looked up`)
    : target.ok
      ? known(true)
      : target.failure.code === 'NoSuchBucket'
        ? known(false)
        : unknown(
            target.failure.kind === 'access-denied' ? 'access-denied' : 'not-collected',
            failureText(target.failure),
          );
  return known({
    targetBucket: on.TargetBucket,
    targetPrefix: on.TargetPrefix ?? '',
    targetExists,
    ref: s3BucketArn(partition, bucket),
  });
}

/** A bucket as live mode sees it; `region` may come from the policy instead of GetBucketLocation. */
export function liveBucket(
  name: string,
  o: {
    readonly region: Fact<string>;
    readonly accountId: Fact<string>;
    readonly defaultPartition: string;
    readonly policy?: BucketPolicy;
    readonly serverAccessLogging?: Fact<ServerAccessLogging | null>;
  },
): Bucket {
  const partition = o.region.known ? partitionOfRegion(o.region.value) : o.defaultPartition;
  return {
    name,
    origin: { source: 'aws', ref: s3BucketArn(partition, name) },
    region: o.region,
    accountId: o.accountId,
    partition: known(partition),
    ...(o.policy ? { policy: o.policy } : {}),
    ...(o.serverAccessLogging ? { serverAccessLogging: o.serverAccessLogging } : {}),
  };
}
