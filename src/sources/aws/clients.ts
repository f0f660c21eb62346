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
  /** Milliseconds; defaults 5000 (connect) and 30000 (socket idle). */
  readonly connectionTimeout?: number;
  readonly requestTimeout?: number;
}

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
  const common = {
    customUserAgent: `s3-trail-guard/${VERSION}`,
    requestHandler: {
      connectionTimeout: settings.connectionTimeout ?? 5000,
      requestTimeout: settings.requestTimeout ?? 30000,
    },
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

/** Sends every AWS call through one concurrency bound and turns failures into {@link AwsFailure}s. */
export class AwsCaller {
  private readonly limit: Limiter;
  /** How many calls were sent, per action (retries by the SDK not counted); see LiveDeps.onCalls. */
  readonly counts = new Map<AwsAction, number>();

  constructor(
    readonly clients: AwsClients,
    concurrency: number,
  ) {
    this.limit = createLimiter(concurrency);
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
    return this.limit(async () => {
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
    });
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
