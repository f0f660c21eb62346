import { CloudTrailClient, type CloudTrailClientConfig } from '@aws-sdk/client-cloudtrail';
import { S3Client } from '@aws-sdk/client-s3';
import { InputError } from '../../errors.js';
import { VERSION } from '../../version.js';
import { createLimiter, type Limiter } from './limit.js';

/**
 * Every AWS action live mode may call. All calls go through {@link AwsCaller.call}, which takes one of
 * these; the README's IAM policy lists exactly these (a test compares both with the commands in the code).
 */
export const AWS_ACTIONS = [
  'cloudtrail:DescribeTrails',
  'cloudtrail:GetEventDataStore',
  'cloudtrail:GetEventSelectors',
  'cloudtrail:GetTrailStatus',
  'cloudtrail:ListEventDataStores',
  's3:GetBucketLocation',
  's3:GetBucketLogging',
  's3:GetBucketPolicy',
] as const;
export type AwsAction = (typeof AWS_ACTIONS)[number];

/** SDK clients per Region (created once per Region and reused). */
export interface AwsClients {
  cloudtrail(region: string): CloudTrailClient;
  s3(region: string): S3Client;
}

export type Env = Readonly<Record<string, string | undefined>>;

export interface ClientSettings {
  /** Where AWS_ENDPOINT_URL* are read from (default: process.env). */
  readonly env?: Env;
  /** Default: AWS_MAX_ATTEMPTS, else the SDK's default (3). */
  readonly maxAttempts?: number;
  /** Default: the SDK's standard retry strategy (backs off on throttling). */
  readonly retryStrategy?: CloudTrailClientConfig['retryStrategy'];
  /** Milliseconds; defaults 5000 (connect) and 30000 (socket idle, and the whole request). */
  readonly connectionTimeout?: number;
  readonly requestTimeout?: number;
  /** Sockets per host of each S3 client (default {@link DEFAULT_BOUNDS}.s3, so the bound, not the pool, limits). */
  readonly s3MaxSockets?: number;
}

/**
 * How many calls live mode keeps in flight. These bound calls in flight, not a rate: at a latency of L
 * seconds a bound of n sends at most n / L calls per second. Before, one bound of 8 covered everything, so
 * a policy of 200 buckets spent about 25 round trips on GetBucketLocation alone (bench/live.mjs: 4.0 s of
 * AWS calls at 100 ms each, against a critical path of 0.4 s).
 *
 * - S3: 256 in flight, all Regions together. Each call is about a different bucket (its own host and S3
 *   partition), and S3 documents its request rates per partitioned prefix, at least 5,500 GET/HEAD per second
 *   (https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html), far above one call
 *   per bucket; a SlowDown (503) is retried by the SDK. What the bound saves is the client's: sockets and
 *   TLS handshakes (Node raises the open-file limit to the hard limit at start-up). 256 reads a policy of up
 *   to 256 buckets in one round trip; GetBucketLocation of every policy bucket is most of a run's calls.
 * - CloudTrail: 4 in flight per Region. Its Get, Describe and List APIs are throttled at 10 transactions per
 *   second per account and Region, a quota that cannot be raised and that the account's other tools share
 *   (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html, now kept in
 *   https://docs.aws.amazon.com/general/latest/gr/ct.html). A Region gets few calls: DescribeTrails, the
 *   ListEventDataStores pages, 2 per trail homed there (at most 5 trails per Region), 1 per event data store
 *   homed there. 4 in flight finishes a typical Region in two round trips; at CloudTrail's ~100 ms that is a
 *   burst of up to ~40 calls per second for a few hundred milliseconds, which the service's throttling may
 *   answer with ThrottlingException: the SDK retries it with back-off, and a call still throttled after the
 *   retries is an unknown fact, never a pass. The old global 8 could put all 8 in one Region.
 *
 * The trade-off: a higher CloudTrail bound would shorten Regions with many trails but spend more of a shared
 * quota; 1-2 would stay near 10 per second at ~100 ms but makes a Region with 5 trails take 6 to 12 round
 * trips. A rate limiter (10 calls started per Region per second) would follow the quota exactly; a bound is
 * what the SDK's own retries already complement.
 */
export interface ConcurrencyBounds {
  /** S3 calls in flight, all Regions together. */
  readonly s3: number;
  /** CloudTrail calls in flight in one Region. */
  readonly cloudtrailPerRegion: number;
  /** Optional cap over all calls together (tests, embedding); none by default. */
  readonly total?: number;
}

export const DEFAULT_BOUNDS: ConcurrencyBounds = { s3: 256, cloudtrailPerRegion: 4 };

export interface Endpoints {
  readonly cloudtrail?: string;
  readonly s3?: string;
}

/**
 * The endpoint overrides of the AWS SDKs' shared configuration: a service-specific variable wins over
 * AWS_ENDPOINT_URL, and AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true turns both off
 * (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html).
 */
export function endpointsFromEnv(env: Env): Endpoints {
  if ((env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'] ?? '').toLowerCase() === 'true') return {};
  const all = env['AWS_ENDPOINT_URL'] || undefined;
  const cloudtrail = env['AWS_ENDPOINT_URL_CLOUDTRAIL'] || all;
  const s3 = env['AWS_ENDPOINT_URL_S3'] || all;
  return { ...(cloudtrail ? { cloudtrail } : {}), ...(s3 ? { s3 } : {}) };
}

/**
 * The default Region: --region, then AWS_REGION, then AWS_DEFAULT_REGION (the JS SDK reads only
 * AWS_REGION; the AWS CLI and configure-aws-credentials also set AWS_DEFAULT_REGION).
 */
export function resolveRegion(flag: string | undefined, env: Env): string | undefined {
  return flag || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || undefined;
}

export function createAwsClients(settings: ClientSettings = {}): AwsClients {
  const endpoints = endpointsFromEnv(settings.env ?? process.env);
  // The SDK's requestTimeout only logs a warning unless throwOnRequestTimeout is set, and without
  // socketTimeout nothing ends a request whose server stops answering: a stalled endpoint would hang the
  // run. Both end it with a TimeoutError (retried by the SDK, then an unknown fact).
  const requestTimeout = settings.requestTimeout ?? 30000;
  const timeouts = {
    connectionTimeout: settings.connectionTimeout ?? 5000,
    socketTimeout: requestTimeout,
    requestTimeout,
    throwOnRequestTimeout: true,
  };
  // The SDK's agents keep 50 sockets per host. Against AWS every bucket is its own host (virtual-hosted
  // style), but behind an endpoint (path-style) all S3 calls share one: give the S3 bound that many sockets.
  const s3Sockets = settings.s3MaxSockets ?? DEFAULT_BOUNDS.s3;
  const common = {
    customUserAgent: `s3-trail-guard/${VERSION}`,
    requestHandler: timeouts,
    ...(settings.maxAttempts !== undefined ? { maxAttempts: settings.maxAttempts } : {}),
    ...(settings.retryStrategy !== undefined ? { retryStrategy: settings.retryStrategy } : {}),
  };
  const trails = new Map<string, CloudTrailClient>();
  const s3s = new Map<string, S3Client>();
  return {
    cloudtrail(region) {
      let c = trails.get(region);
      if (!c) {
        c = new CloudTrailClient({
          ...common,
          region,
          ...(endpoints.cloudtrail ? { endpoint: endpoints.cloudtrail } : {}),
        });
        trails.set(region, c);
      }
      return c;
    },
    s3(region) {
      let c = s3s.get(region);
      if (!c) {
        c = new S3Client({
          ...common,
          requestHandler: {
            ...timeouts,
            httpAgent: { maxSockets: s3Sockets },
            httpsAgent: { maxSockets: s3Sockets },
          },
          region,
          // A bucket in another Region answers 301 PermanentRedirect; the SDK then retries in that Region.
          followRegionRedirects: true,
          // Emulators behind one host name do not serve <bucket>.<host>: address buckets by path there.
          ...(endpoints.s3 ? { endpoint: endpoints.s3, forcePathStyle: true } : {}),
        });
        s3s.set(region, c);
      }
      return c;
    },
  };
}

export type FailureKind = 'access-denied' | 'not-found' | 'failed';

/** A call that did not succeed (after the SDK's retries): it becomes an unknown fact, never a pass. */
export interface AwsFailure {
  readonly action: AwsAction;
  readonly region: string;
  /** ARN of what was asked about; '' for a Region-wide listing. */
  readonly resource: string;
  readonly code: string;
  readonly message: string;
  readonly kind: FailureKind;
}

export type CallResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: AwsFailure };

const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException']);
const NOT_FOUND = new Set([
  'NoSuchBucket',
  'NoSuchBucketPolicy',
  'TrailNotFoundException',
  'EventDataStoreNotFoundException',
]);
/** Errors that mean the credentials themselves are missing or unusable, whatever is called. */
const CREDENTIAL_ERRORS = new Set([
  'CredentialsProviderError',
  'TokenProviderError',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidAccessKeyId',
]);

export const CREDENTIALS_HELP =
  'live mode reads the account with the AWS SDK default credential chain: set AWS_PROFILE (a profile in ' +
  '~/.aws/config, e.g. after `aws sso login`), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and ' +
  'AWS_SESSION_TOKEN); in GitHub Actions use aws-actions/configure-aws-credentials with OIDC ' +
  '(permissions: id-token: write, and role-to-assume: a role with the read-only policy of README "Live mode")';

function errorCode(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { name?: unknown; Code?: unknown; code?: unknown };
    if (typeof o.Code === 'string' && o.Code) return o.Code;
    if (typeof o.name === 'string' && o.name && o.name !== 'Error') return o.name;
    if (typeof o.code === 'string' && o.code) return o.code;
  }
  return 'Error';
}

function errorText(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/\s+/g, ' ').trim() || '(no message)';
}

export function isCredentialError(e: unknown): boolean {
  return CREDENTIAL_ERRORS.has(errorCode(e));
}

export function credentialsError(e: unknown): InputError {
  return new InputError(
    `--live: no usable AWS credentials (${errorCode(e)}: ${errorText(e)}); ${CREDENTIALS_HELP}`,
    undefined,
    {
      cause: e,
    },
  );
}

/**
 * Sends every AWS call through its concurrency bounds ({@link ConcurrencyBounds}: S3 overall, CloudTrail per
 * Region, optionally a total) and turns failures into {@link AwsFailure}s.
 */
export class AwsCaller {
  private readonly s3Limit: Limiter;
  private readonly cloudtrailLimits = new Map<string, Limiter>();
  private readonly totalLimit: Limiter | undefined;
  private readonly cloudtrailPerRegion: number;
  /** How many calls were sent, per action (retries by the SDK not counted); see LiveDeps.onCalls. */
  readonly counts = new Map<AwsAction, number>();

  constructor(
    readonly clients: AwsClients,
    bounds: ConcurrencyBounds = DEFAULT_BOUNDS,
  ) {
    this.s3Limit = createLimiter(bounds.s3);
    this.cloudtrailPerRegion = bounds.cloudtrailPerRegion;
    createLimiter(bounds.cloudtrailPerRegion); // validates it now rather than at the first call
    this.totalLimit = bounds.total === undefined ? undefined : createLimiter(bounds.total);
  }

  private limiterFor(action: AwsAction, region: string): Limiter {
    if (action.startsWith('s3:')) return this.s3Limit;
    let l = this.cloudtrailLimits.get(region);
    if (!l) {
      l = createLimiter(this.cloudtrailPerRegion);
      this.cloudtrailLimits.set(region, l);
    }
    return l;
  }

  /**
   * Sends one call. Missing or expired credentials abort the run (InputError, exit 2): every other
   * call would fail the same way. Anything else is returned as a failure for the caller to record.
   */
  async call<T>(
    action: AwsAction,
    region: string,
    resource: string,
    send: () => Promise<T>,
  ): Promise<CallResult<T>> {
    const total = this.totalLimit;
    // The own bound first, then the total: a call waiting for the total holds no slot another could use.
    return this.limiterFor(
      action,
      region,
    )(() =>
      total
        ? total(() => this.send(action, region, resource, send))
        : this.send(action, region, resource, send),
    );
  }

  private async send<T>(
    action: AwsAction,
    region: string,
    resource: string,
    send: () => Promise<T>,
  ): Promise<CallResult<T>> {
    this.counts.set(action, (this.counts.get(action) ?? 0) + 1);
    try {
      return { ok: true as const, value: await send() };
    } catch (e) {
      if (isCredentialError(e)) throw credentialsError(e);
      const code = errorCode(e);
      const kind: FailureKind = ACCESS_DENIED.has(code)
        ? 'access-denied'
        : NOT_FOUND.has(code)
          ? 'not-found'
          : 'failed';
      return {
        ok: false as const,
        failure: { action, region, resource, code, message: errorText(e), kind },
      };
    }
  }
}

/** The README's wording for a call the credentials may not make. */
export function accessDeniedText(f: AwsFailure): string {
  const on = f.resource ? `for ${f.resource}` : `in ${f.region}`;
  return `AccessDenied on ${f.action} ${on}: grant it (see README "Live mode")`;
}

/** One line saying what failed, for an unknown fact's detail. */
export function failureText(f: AwsFailure): string {
  if (f.kind === 'access-denied') return accessDeniedText(f);
  const on = f.resource ? ` for ${f.resource}` : '';
  return `${f.action} in ${f.region}${on} failed: ${f.code}: ${f.message}`;
}
