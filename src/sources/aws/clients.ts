import { CloudTrailClient, type CloudTrailClientConfig } from '@aws-sdk/client-cloudtrail';
import { S3Client } from '@aws-sdk/client-s3';
import { InputError } from '../../errors.js';
import { maskSecrets } from '../../security/mask.js';
import { VERSION } from '../../version.js';
import { createLimiter, type Limiter } from './limit.js';

/**
 * Every AWS action live mode may call. All calls go through {@link AwsCaller.call}, which takes one of
 * these; the README's IAM policy lists exactly these, ListBuckets as its IAM action s3:ListAllMyBuckets (a
 * test compares both with the commands in the code).
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
  's3:ListBuckets',
] as const;

/**
 * The calls organization mode makes besides live mode's: in the caller's (management or delegated
 * administrator) account ListAccounts, DescribeOrganization, GetCallerIdentity and AssumeRole; in every
 * scanned account ListBuckets (IAM action s3:ListAllMyBuckets), to tell which account owns which policy
 * bucket (live mode calls ListBuckets too, for large policies: see collect.ts).
 */
export const ORGANIZATION_ACTIONS = [
  'organizations:DescribeOrganization',
  'organizations:ListAccounts',
  's3:ListBuckets',
  'sts:AssumeRole',
  'sts:GetCallerIdentity',
] as const;
export type AwsAction = (typeof AWS_ACTIONS)[number] | (typeof ORGANIZATION_ACTIONS)[number];

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
  /**
   * Milliseconds, per attempt: defaults {@link DEFAULT_TIMEOUTS}.connectMs (connect) and
   * {@link DEFAULT_TIMEOUTS}.attemptMs (until the headers, and socket idle). They do not bound a body that
   * trickles; {@link AwsCaller}'s deadline per call does.
   */
  readonly connectionTimeout?: number;
  readonly requestTimeout?: number;
  /** Sockets per host of each S3 client (default {@link DEFAULT_BOUNDS}.s3, so the bound, not the pool, limits). */
  readonly s3MaxSockets?: number;
  /** Credentials (organization mode: an assumed role's, refreshed by the provider); default: the SDK's chain. */
  readonly credentials?: CloudTrailClientConfig['credentials'];
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
  /** Optional bound shared with other callers (organization mode: calls in flight across accounts). */
  readonly shared?: Limiter;
}

export const DEFAULT_BOUNDS: ConcurrencyBounds = { s3: 256, cloudtrailPerRegion: 4 };

/**
 * What a call that gets no (complete) answer costs, in milliseconds.
 *
 * - `callMs`: the whole call, every retry and back-off included, from the moment it is sent (time spent
 *   waiting for a concurrency slot does not count). It is a hard deadline: a body that trickles one byte at
 *   a time, or headers followed by silence, ends there too, which the SDK's own timeouts do not ensure (its
 *   socket timeout restarts with each byte, its request timeout stops at the headers).
 * - `attemptMs`: one attempt, until the response headers, and the socket's idle time; so a silent endpoint
 *   gets up to 3 attempts (the SDK's default) inside `callMs`, the last one cut short by it.
 * - `connectMs`: the TCP/TLS connection of one attempt.
 * - `listingMs`, `maxPages`: a paginated listing (ListEventDataStores) as a whole, and its page count; a
 *   NextToken that is always new would otherwise page for ever.
 *
 * So a stalled call costs 30 s, never more; a stalled listing 30 s per page and at most 120 s.
 */
export interface Timeouts {
  readonly callMs: number;
  readonly attemptMs: number;
  readonly connectMs: number;
  readonly listingMs: number;
  readonly maxPages: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = {
  callMs: 30_000,
  attemptMs: 10_000,
  connectMs: 5_000,
  listingMs: 120_000,
  maxPages: 1_000,
};

export interface CallLimits {
  /** {@link DEFAULT_TIMEOUTS}.callMs */
  readonly callMs?: number;
}

export interface Endpoints {
  readonly cloudtrail?: string;
  readonly s3?: string;
  readonly sts?: string;
  readonly organizations?: string;
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
  const sts = env['AWS_ENDPOINT_URL_STS'] || all;
  const organizations = env['AWS_ENDPOINT_URL_ORGANIZATIONS'] || all;
  return {
    ...(cloudtrail ? { cloudtrail } : {}),
    ...(s3 ? { s3 } : {}),
    ...(sts ? { sts } : {}),
    ...(organizations ? { organizations } : {}),
  };
}

/**
 * The default Region: --region, then AWS_REGION, then AWS_DEFAULT_REGION (the JS SDK reads only
 * AWS_REGION; the AWS CLI and configure-aws-credentials also set AWS_DEFAULT_REGION).
 */
export function resolveRegion(flag: string | undefined, env: Env): string | undefined {
  return flag || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || undefined;
}

/** What every SDK client of a run is built with: user agent, timeouts, retries. */
export function clientConfig(settings: ClientSettings = {}) {
  // The SDK's requestTimeout only logs a warning unless throwOnRequestTimeout is set, and without
  // socketTimeout nothing ends a request whose server stops answering: a stalled endpoint would hang the
  // run. Both end it with a TimeoutError (retried by the SDK, then an unknown fact).
  const requestTimeout = settings.requestTimeout ?? DEFAULT_TIMEOUTS.attemptMs;
  const timeouts = {
    connectionTimeout: settings.connectionTimeout ?? DEFAULT_TIMEOUTS.connectMs,
    socketTimeout: requestTimeout,
    requestTimeout,
    throwOnRequestTimeout: true,
  };
  return {
    customUserAgent: `s3-trail-guard/${VERSION}`,
    requestHandler: timeouts,
    ...(settings.maxAttempts !== undefined ? { maxAttempts: settings.maxAttempts } : {}),
    ...(settings.retryStrategy !== undefined ? { retryStrategy: settings.retryStrategy } : {}),
  };
}

export function createAwsClients(settings: ClientSettings = {}): AwsClients {
  const endpoints = endpointsFromEnv(settings.env ?? process.env);
  // The SDK's agents keep 50 sockets per host. Against AWS every bucket is its own host (virtual-hosted
  // style), but behind an endpoint (path-style) all S3 calls share one: give the S3 bound that many sockets.
  const s3Sockets = settings.s3MaxSockets ?? DEFAULT_BOUNDS.s3;
  const common = clientConfig(settings);
  const timeouts = common.requestHandler;
  // One credential provider for every client: the first client's, which resolves the SDK's default chain
  // (and renews what expires). Each client would otherwise run the chain on its own, once per Region and
  // service: a credential_process, SSO token or web-identity AssumeRoleWithWebIdentity call per client.
  let credentials = settings.credentials;
  const shareCredentials = (c: CloudTrailClient | S3Client) => {
    credentials ??= c.config.credentials;
  };
  const trails = new Map<string, CloudTrailClient>();
  const s3s = new Map<string, S3Client>();
  return {
    cloudtrail(region) {
      let c = trails.get(region);
      if (!c) {
        c = new CloudTrailClient({
          ...common,
          ...(credentials !== undefined ? { credentials } : {}),
          region,
          ...(endpoints.cloudtrail ? { endpoint: endpoints.cloudtrail } : {}),
        });
        shareCredentials(c);
        trails.set(region, c);
      }
      return c;
    },
    s3(region) {
      let c = s3s.get(region);
      if (!c) {
        c = new S3Client({
          ...common,
          ...(credentials !== undefined ? { credentials } : {}),
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
        shareCredentials(c);
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
  /** HTTP status and request ID, or what this program observed (a timeout); never AWS's own message. */
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

/** An error code as AWS spells them (letters, digits, `.`, `_`, `:`, `-`), at most 64 characters. */
function cleanToken(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/[^A-Za-z0-9._:/+=-]/g, '').slice(0, max);
  return t === '' ? undefined : t;
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { name?: unknown; Code?: unknown; code?: unknown };
    const code =
      (typeof o.Code === 'string' && o.Code ? o.Code : undefined) ??
      (typeof o.name === 'string' && o.name && o.name !== 'Error' ? o.name : undefined) ??
      (typeof o.code === 'string' && o.code ? o.code : undefined);
    const clean = cleanToken(code, 64);
    if (clean) return maskSecrets(clean);
  }
  return 'Error';
}

/** What may be said of a failed call: its code, the HTTP status and AWS's request ID, nothing AWS wrote. */
export interface AwsErrorSummary {
  readonly code: string;
  readonly status?: number;
  readonly requestId?: string;
  /** Said by this program, not by the endpoint (a timeout, a connection error, a response it could not parse). */
  readonly local?: string;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'timed out',
  EPIPE: 'connection closed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/**
 * Reduces an SDK error to its code, HTTP status and request ID. The message is dropped: an AWS message can
 * name the caller's role and account ("User: arn:aws:sts::...:assumed-role/... is not authorized"), and a
 * hostile endpoint can put anything in it (a token, a 100 MB string, workflow commands). Only errors this
 * program raises itself keep a fixed description.
 */
export function summarizeAwsError(e: unknown): AwsErrorSummary {
  const code = errorCode(e);
  const o = (e && typeof e === 'object' ? e : {}) as {
    $metadata?: { httpStatusCode?: unknown; requestId?: unknown; extendedRequestId?: unknown };
    $response?: { statusCode?: unknown };
    code?: unknown;
    message?: unknown;
    [LOCAL]?: unknown;
  };
  const statusRaw = o.$metadata?.httpStatusCode ?? o.$response?.statusCode;
  const status =
    typeof statusRaw === 'number' && Number.isInteger(statusRaw) && statusRaw >= 100 && statusRaw < 600
      ? statusRaw
      : undefined;
  const requestId = cleanToken(o.$metadata?.requestId, 128);
  let local: string | undefined;
  if (typeof o[LOCAL] === 'string') local = o[LOCAL];
  else if (typeof o.code === 'string' && NETWORK_CODES[o.code]) local = NETWORK_CODES[o.code];
  else if (code === 'TimeoutError') local = 'no answer in time';
  else if (
    typeof o.message === 'string' &&
    /deserializ|parse error|Unexpected token|not valid JSON/i.test(o.message)
  )
    local = 'the response could not be parsed';
  return {
    code,
    ...(status !== undefined ? { status } : {}),
    ...(requestId !== undefined ? { requestId: maskSecrets(requestId) } : {}),
    ...(local !== undefined ? { local } : {}),
  };
}

/** `HTTP 403, request ID ABC` / `no answer in time` / `HTTP 200, request ID X, the response could not be parsed`. */
function summaryText(s: AwsErrorSummary): string {
  const parts = [
    ...(s.status !== undefined ? [`HTTP ${s.status}`] : []),
    ...(s.requestId !== undefined ? [`request ID ${s.requestId}`] : []),
    ...(s.local !== undefined ? [s.local] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : 'no details';
}

/** Marks an error this program raised itself; its text is ours, so it may be shown. */
const LOCAL = Symbol('s3-trail-guard.local-error');

/** An error of our own making (a deadline, a page cap, a malformed answer), with a text that may be shown. */
export function localAwsError(code: string, text: string): Error {
  const e = new Error(text);
  e.name = code;
  (e as unknown as Record<symbol, string>)[LOCAL] = text;
  return e;
}

export function isCredentialError(e: unknown): boolean {
  return CREDENTIAL_ERRORS.has(errorCode(e));
}

/** Credential providers run on this machine: their message (masked) says which source failed. */
const LOCAL_CREDENTIAL_ERRORS = new Set(['CredentialsProviderError', 'TokenProviderError']);

export function credentialsError(e: unknown): InputError {
  const code = errorCode(e);
  const text = LOCAL_CREDENTIAL_ERRORS.has(code)
    ? maskSecrets(
        (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim().slice(0, 500) ||
          '(no message)',
      )
    : summaryText(summarizeAwsError(e));
  return new InputError(
    `--live: no usable AWS credentials (${code}: ${text}); ${CREDENTIALS_HELP}`,
    undefined,
    {
      cause: e,
    },
  );
}

/** A response of the wrong shape: what was expected, where (never the value itself). */
export type ShapeCheck<T> = (value: T) => string | undefined;

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
  /** How many CloudTrail calls were sent, per Region (for progress lines). */
  readonly regionCounts = new Map<string, number>();

  private readonly callMs: number;

  constructor(
    readonly clients: AwsClients,
    bounds: ConcurrencyBounds = DEFAULT_BOUNDS,
    limits: CallLimits = {},
  ) {
    this.callMs = limits.callMs ?? DEFAULT_TIMEOUTS.callMs;
    this.s3Limit = createLimiter(bounds.s3);
    this.cloudtrailPerRegion = bounds.cloudtrailPerRegion;
    createLimiter(bounds.cloudtrailPerRegion); // validates it now rather than at the first call
    const own = bounds.total === undefined ? undefined : createLimiter(bounds.total);
    const shared = bounds.shared;
    this.totalLimit = own && shared ? (task) => own(() => shared(task)) : (own ?? shared);
  }

  private limiterFor(action: AwsAction, region: string): Limiter {
    if (action.startsWith('s3:')) return this.s3Limit;
    // STS and Organizations have their own quotas: their own bound, apart from CloudTrail's Regions.
    const key = action.startsWith('cloudtrail:') ? region : action.slice(0, action.indexOf(':'));
    let l = this.cloudtrailLimits.get(key);
    if (!l) {
      l = createLimiter(this.cloudtrailPerRegion);
      this.cloudtrailLimits.set(key, l);
    }
    return l;
  }

  /**
   * Sends one call, within {@link DEFAULT_TIMEOUTS}.callMs all retries included (`send` gets the signal that
   * aborts it; pass it to the SDK's `send`). Missing or expired credentials abort the run (InputError, exit
   * 2): every other call would fail the same way. Anything else, an answer that fails `check` included, is
   * returned as a failure for the caller to record.
   */
  async call<T>(
    action: AwsAction,
    region: string,
    resource: string,
    send: (abortSignal: AbortSignal) => Promise<T>,
    check?: ShapeCheck<T>,
  ): Promise<CallResult<T>> {
    const total = this.totalLimit;
    // The own bound first, then the total: a call waiting for the total holds no slot another could use.
    return this.limiterFor(
      action,
      region,
    )(() =>
      total
        ? total(() => this.send(action, region, resource, send, check))
        : this.send(action, region, resource, send, check),
    );
  }

  private async send<T>(
    action: AwsAction,
    region: string,
    resource: string,
    send: (abortSignal: AbortSignal) => Promise<T>,
    check: ShapeCheck<T> | undefined,
  ): Promise<CallResult<T>> {
    this.counts.set(action, (this.counts.get(action) ?? 0) + 1);
    if (action.startsWith('cloudtrail:'))
      this.regionCounts.set(region, (this.regionCounts.get(region) ?? 0) + 1);
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        const e = localAwsError(
          'TimeoutError',
          `no complete answer within ${this.callMs / 1000} s (all attempts)`,
        );
        abort.abort(e);
        reject(e);
      }, this.callMs);
    });
    try {
      const sent = send(abort.signal);
      // Settles after the deadline when the SDK does not stop at once: nobody waits for it then.
      sent.catch(() => {});
      const value = await Promise.race([sent, deadline]);
      const problem = check?.(value);
      if (problem !== undefined) throw localAwsError('MalformedResponse', `the response ${problem}`);
      return { ok: true as const, value };
    } catch (e) {
      if (isCredentialError(e)) throw credentialsError(e);
      const summary = summarizeAwsError(e);
      const code = summary.code;
      const kind: FailureKind = ACCESS_DENIED.has(code)
        ? 'access-denied'
        : NOT_FOUND.has(code)
          ? 'not-found'
          : 'failed';
      return {
        ok: false as const,
        failure: { action, region, resource, code, message: summaryText(summary), kind },
      };
    } finally {
      clearTimeout(timer);
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
  return `${f.action} in ${f.region}${on} failed: ${f.code} (${f.message})`;
}
