import {
  DescribeOrganizationCommand,
  ListAccountsCommand,
  OrganizationsClient,
  type Account,
} from '@aws-sdk/client-organizations';
import { ListBucketsCommand, type Bucket as SdkBucket } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { BucketRequirement, Policy } from '../../config/policy.js';
import { InputError } from '../../errors.js';
import { known, unknown, type Fact } from '../../model/fact.js';
import type { Bucket, Facts, Recorder } from '../../model/facts.js';
import { parseArn, partitionOfRegion } from '../../model/arn.js';
import { liveBucket } from './adapt-buckets.js';
import {
  AwsCaller,
  createAwsClients,
  credentialsError,
  DEFAULT_BOUNDS,
  clientConfig,
  DEFAULT_TIMEOUTS,
  endpointsFromEnv,
  failureText,
  resolveRegion,
  type AwsClients,
  type AwsFailure,
  type ClientSettings,
  type Env,
} from './clients.js';
import { paginate } from './paginate.js';
import { collectLiveFacts, type LiveDeps } from './collect.js';
import { createLimiter } from './limit.js';
import { fits, SHAPES } from './shapes.js';

/** Identifies the tool in the member accounts' CloudTrail (userIdentity.sessionContext). */
export const ROLE_SESSION_NAME = 's3-trail-guard';
/** One hour, AssumeRole's default and the longest every role allows without raising its MaxSessionDuration. */
const SESSION_SECONDS = 3600;
/**
 * AWS calls in flight at once across every account of a run. Each account has its own S3 and per-Region
 * CloudTrail bounds (the quotas are per account and Region), but all of them share one process: 500
 * accounts × 17 Regions at once are 17,000 requests whose answers wait so long for the event loop that the
 * SDK's attempt timeouts fire and everything turns unknown (measured, bench/organization.mjs).
 */
export const CALLS_IN_FLIGHT = 256;
/** AssumeRole (and the Organizations listing) in flight at once, in the caller's account. */
export const STS_IN_FLIGHT = 16;
/** A session is renewed this long before it expires, so no call is sent with credentials about to lapse. */
const RENEW_BEFORE_MS = 5 * 60_000;

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export interface OrganizationOptions {
  readonly region?: string;
  readonly roleName: string;
  /** Instead of organizations:ListAccounts. */
  readonly accounts?: readonly string[];
  readonly exclude: readonly string[];
  readonly shard?: Shard;
  readonly concurrency: number;
}

export interface OrganizationDeps {
  readonly env?: Env;
  /** Settings of every client created (tests: a fast retry strategy, short timeouts). */
  readonly clientSettings?: Omit<ClientSettings, 'env' | 'credentials'>;
  /** Deadlines and the page cap of the live collection and of the listings here. */
  readonly limits?: LiveDeps['limits'];
  readonly onCalls?: (counts: ReadonlyMap<string, number>) => void;
  /** Told when the accounts are known and as accounts are done (for progress lines on stderr). */
  readonly onProgress?: (p: OrganizationProgress) => void;
}

/** How far an organization run got. */
export interface OrganizationProgress {
  /** Accounts read or given up on, of `total` (the scanned accounts; the caller's counted when scanned). */
  readonly done: number;
  readonly total: number;
  /** AWS calls sent so far, in every account (SDK retries not counted). */
  readonly calls: number;
  /** Accounts that could not be read (role not assumed, buckets not listed). */
  readonly failures: number;
}

/**
 * A stable share of the accounts: sorted by ID, account k (0-based) goes to shard (k mod N) + 1. Each
 * shard gets ⌊n/N⌋ or ⌈n/N⌉ accounts, and the same organization always gives the same shares.
 */
export function shardAccounts(ids: readonly string[], shard: Shard | undefined): string[] {
  const sorted = [...new Set(ids)].sort();
  return shard ? sorted.filter((_, k) => k % shard.count === shard.index - 1) : sorted;
}

interface AccountReading {
  readonly id: string;
  /** Why the account could not be read (the role could not be assumed, its buckets not listed). */
  readonly failure?: string;
  readonly buckets?: ReadonlyMap<string, string | undefined>;
  readonly clients?: AwsClients;
}

/** ACTIVE accounts only: suspended (and closing) accounts cannot be assumed into. `State` replaces `Status`. */
const isActive = (a: Account) => (a.State ?? a.Status) === 'ACTIVE';

const stamp = (r: Recorder, orgId: string | undefined): Recorder =>
  orgId && r.organization.known && r.organization.value ? { ...r, organizationId: known(orgId) } : r;

/**
 * Reads every account of the organization (or the accounts given) into one state: per account the live
 * collection with the account's own clients (an assumed role's credentials), organization trails once from
 * the caller's account. Every policy bucket is placed in the account whose ListBuckets names it.
 */
export async function collectOrganizationFacts(
  policy: Policy,
  opts: OrganizationOptions,
  deps: OrganizationDeps = {},
): Promise<Facts> {
  const env = deps.env ?? process.env;
  const region = resolveRegion(opts.region, env);
  if (!region)
    throw new InputError(
      '--organization needs an AWS Region: pass --region REGION or set AWS_REGION (aws-actions/configure-aws-credentials sets it with aws-region)',
    );
  const listing = {
    maxPages: deps.limits?.maxPages ?? DEFAULT_TIMEOUTS.maxPages,
    listingMs: deps.limits?.listingMs ?? DEFAULT_TIMEOUTS.listingMs,
  };
  const callMs = deps.limits?.callMs ?? DEFAULT_TIMEOUTS.callMs;
  const settings = deps.clientSettings ?? {};
  const endpoints = endpointsFromEnv(env);
  const common = {
    region,
    ...clientConfig(settings),
  };
  const sts = new STSClient({ ...common, ...(endpoints.sts ? { endpoint: endpoints.sts } : {}) });
  const org = new OrganizationsClient({
    ...common,
    ...(endpoints.organizations ? { endpoint: endpoints.organizations } : {}),
  });
  const callerClients = createAwsClients({ ...settings, env });
  // STS and Organizations calls (AssumeRole into every account) have their own bound, apart from
  // CloudTrail's per-Region ones: AwsCaller gives each of the two services a bound of cloudtrailPerRegion
  // calls in flight, and this caller sends no CloudTrail call. 4 in flight made 500 AssumeRoles 125 round
  // trips in a row; 16 keeps them well inside STS's request rate quota at any latency.
  const shared = createLimiter(CALLS_IN_FLIGHT);
  const control = new AwsCaller(
    callerClients,
    { ...DEFAULT_BOUNDS, cloudtrailPerRegion: STS_IN_FLIGHT, shared },
    { callMs },
  );
  const counts = new Map<string, number>();
  const add = (c: ReadonlyMap<string, number>) => {
    for (const [k, v] of c) counts.set(k, (counts.get(k) ?? 0) + v);
  };
  const sum = (c: ReadonlyMap<string, number>) => [...c.values()].reduce((a, b) => a + b, 0);
  const progress = { done: 0, total: 0, failures: 0 };
  // control's calls are added to counts at the end; until then they are counted here.
  const tell = () => deps.onProgress?.({ ...progress, calls: sum(counts) + sum(control.counts) });

  // 1. Who calls: GetCallerIdentity needs no permission; failing, the credentials are unusable.
  try {
    await sts.config.credentials();
  } catch (e) {
    throw credentialsError(e);
  }
  const me = await control.call(
    'sts:GetCallerIdentity',
    region,
    '',
    (abortSignal) => sts.send(new GetCallerIdentityCommand({}), { abortSignal }),
    fits(SHAPES.GetCallerIdentity),
  );
  if (!me.ok || !me.value.Account)
    throw new InputError(
      `--organization: the caller's account could not be read (${me.ok ? 'no Account in the answer' : failureText(me.failure)})`,
    );
  const caller = me.value.Account;
  const partition = parseArn(me.value.Arn ?? '')?.partition ?? partitionOfRegion(region);

  // 2. The accounts.
  const notes: string[] = [];
  let ids: string[];
  if (opts.accounts?.length) ids = [...opts.accounts];
  else {
    const listed = await paginate(
      'organizations:ListAccounts',
      region,
      listing,
      (token) =>
        control.call(
          'organizations:ListAccounts',
          region,
          '',
          (abortSignal) =>
            org.send(new ListAccountsCommand(token === undefined ? {} : { NextToken: token }), {
              abortSignal,
            }),
          fits(SHAPES.ListAccounts),
        ),
      (p) => p.Accounts,
      (p) => p.NextToken,
    );
    if (!listed.ok)
      throw new InputError(
        `--organization: the organization's accounts could not be listed (${failureText(listed.failure)}); run with the management account's or the delegated administrator's credentials, or give --accounts`,
      );
    const inactive = listed.value.filter((a) => a.Id && !isActive(a)).map((a) => a.Id as string);
    if (inactive.length)
      notes.push(
        `organization: ${inactive.length} account(s) not ACTIVE, not scanned: ${inactive.sort().join(', ')}`,
      );
    ids = listed.value.filter((a) => a.Id && isActive(a)).map((a) => a.Id as string);
  }
  const excluded = new Set(opts.exclude);
  const scanned = shardAccounts(
    ids.filter((id) => !excluded.has(id)),
    opts.shard,
  );
  const isScanned = new Set(scanned);
  progress.total = scanned.length;
  tell();

  // 3. The organization's ID, for the AWSLogs/o-ID/ delivery path of organization trails.
  const described = await control.call(
    'organizations:DescribeOrganization',
    region,
    '',
    (abortSignal) => org.send(new DescribeOrganizationCommand({}), { abortSignal }),
    fits(SHAPES.DescribeOrganization),
  );
  const orgId = described.ok ? described.value.Organization?.Id : undefined;
  if (!described.ok) notes.push(`organization: ${failureText(described.failure)}`);

  // 4. Per account: its clients (the caller's own, or an assumed role's) and its buckets.
  const limit = createLimiter(opts.concurrency);
  const clientsOf = async (id: string): Promise<AwsClients | AwsFailure> => {
    if (id === caller) return callerClients;
    const roleArn = `arn:${partition}:iam::${id}:role/${opts.roleName}`;
    let session: AwsCredentialIdentity | undefined;
    const assume = async (): Promise<AwsCredentialIdentity | AwsFailure> => {
      const r = await control.call(
        'sts:AssumeRole',
        region,
        roleArn,
        (abortSignal) =>
          sts.send(
            new AssumeRoleCommand({
              RoleArn: roleArn,
              RoleSessionName: ROLE_SESSION_NAME,
              DurationSeconds: SESSION_SECONDS,
            }),
            { abortSignal },
          ),
        fits(SHAPES.AssumeRole),
      );
      if (!r.ok) return r.failure;
      const c = r.value.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey)
        return {
          action: 'sts:AssumeRole',
          region,
          resource: roleArn,
          code: 'MalformedResponse',
          message: 'the response has no credentials',
          kind: 'failed',
        };
      return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
        ...(c.Expiration ? { expiration: c.Expiration } : {}),
      };
    };
    const first = await assume();
    if ('action' in first) return first;
    session = first;
    // A run that outlives the session renews it (the same role, a new session).
    const provider = async (): Promise<AwsCredentialIdentity> => {
      const exp = session?.expiration?.getTime();
      if (session && (exp === undefined || exp - Date.now() > RENEW_BEFORE_MS)) return session;
      const next = await assume();
      if ('action' in next)
        throw Object.assign(new Error('the assumed role could not be renewed'), { name: 'ExpiredToken' });
      session = next;
      return next;
    };
    return createAwsClients({ ...settings, env, credentials: provider });
  };
  const failedAccount = (r: AccountReading): AccountReading => {
    progress.done++;
    progress.failures++;
    tell();
    return r;
  };
  const readAccount = async (id: string): Promise<AccountReading> => {
    const clients = await clientsOf(id);
    if ('action' in clients)
      return failedAccount({ id, failure: `the role could not be assumed: ${failureText(clients)}` });
    const aws = new AwsCaller(clients, { ...DEFAULT_BOUNDS, shared }, { callMs });
    const listed = await paginate(
      's3:ListBuckets',
      region,
      listing,
      (token) =>
        aws.call(
          's3:ListBuckets',
          region,
          '',
          (abortSignal) =>
            clients
              .s3(region)
              .send(
                new ListBucketsCommand({ MaxBuckets: 1000, ...(token ? { ContinuationToken: token } : {}) }),
                { abortSignal },
              ),
          fits(SHAPES.ListBuckets),
        ),
      (p) => p.Buckets,
      (p) => p.ContinuationToken,
    );
    add(aws.counts);
    if (!listed.ok)
      return failedAccount({
        id,
        clients,
        failure: `its buckets could not be listed: ${failureText(listed.failure)}`,
      });
    const buckets = new Map<string, string | undefined>();
    for (const b of listed.value as SdkBucket[]) if (b.Name) buckets.set(b.Name, b.BucketRegion || undefined);
    return { id, clients, buckets };
  };
  // 5. Which policy buckets an account holds: those its ListBuckets names (bucket names are global, so no
  // other account lists them); "*" adds every other bucket of the account.
  const named = new Set(policy.buckets.map((b) => b.name));
  const requirementsOf = (r: AccountReading): BucketRequirement[] => {
    const own = policy.buckets.filter((b) => r.buckets?.has(b.name) && (!b.account || b.account === r.id));
    if (policy.everyBucket)
      for (const name of [...(r.buckets?.keys() ?? [])].sort())
        if (!named.has(name)) own.push({ ...policy.everyBucket, name });
    return own;
  };
  // 6. The live collection of one account with its own clients.
  const collectAccount = async (r: AccountReading, extraRegions?: readonly string[]) => {
    const reqs = requirementsOf(r);
    const knownRegions = new Map<string, string>();
    for (const b of reqs) {
      const at = r.buckets?.get(b.name);
      if (at) knownRegions.set(b.name, at);
    }
    const f = await collectLiveFacts(
      { ...policy, buckets: reqs, everyBucket: undefined } as Policy,
      {
        region,
        knownRegions,
        account: r.id,
        skipOrganizationTrails: r.id !== caller,
        bucketsListed: true,
        ...(extraRegions ? { extraRegions } : {}),
      },
      {
        clients: r.clients as AwsClients,
        env,
        bounds: { shared },
        ...(deps.limits ? { limits: deps.limits } : {}),
        onCalls: add,
      },
    );
    if (isScanned.has(r.id)) {
      progress.done++;
      tell();
    }
    return { id: r.id, facts: f, own: new Set(reqs.map((b) => b.name)) };
  };
  // Each member account in one go within --concurrency: role, buckets, collection; then its clients (and
  // their sockets) are let go, so memory follows --concurrency, not the number of accounts. The caller's
  // account waits for every listing: it lists trails in the Regions of every account's buckets.
  const slim = (r: AccountReading): AccountReading => ({
    id: r.id,
    ...(r.failure !== undefined ? { failure: r.failure } : {}),
    ...(r.buckets ? { buckets: r.buckets } : {}),
  });
  const tasks = scanned.map((id) => {
    let listedNow: (r: AccountReading) => void = () => {};
    const listed = new Promise<AccountReading>((resolve) => (listedNow = resolve));
    const done = limit(async () => {
      const r = await readAccount(id);
      listedNow(slim(r));
      return id === caller || r.failure || !r.clients ? undefined : collectAccount(r);
    });
    // A listing that throws (credentials gone) ends the run through `done`.
    return { id, listed: Promise.race([listed, done.then(() => listed)]), done };
  });
  const readings = await Promise.all(tasks.map((t) => t.listed));
  const owner = new Map<string, string>();
  for (const r of readings) for (const name of r.buckets?.keys() ?? []) owner.set(name, r.id);
  const extraRegions = [
    ...new Set(readings.flatMap((r) => [...(r.buckets?.values() ?? [])].flatMap((x) => (x ? [x] : [])))),
  ].sort();
  // The caller's account is read in every run (its organization trails credit every account's buckets),
  // its buckets only when it is scanned.
  const callerListed = readings.find((r) => r.id === caller && !r.failure);
  const callerFacts = limit(() =>
    collectAccount(
      { id: caller, clients: callerClients, buckets: callerListed?.buckets ?? new Map() },
      extraRegions,
    ),
  );
  const facts = [
    await callerFacts,
    ...(await Promise.all(tasks.map((t) => t.done))).filter(
      (f): f is NonNullable<typeof f> => f !== undefined,
    ),
  ];

  // 7. One state: recorders deduplicated by ARN (the caller's reading first), each bucket from its account.
  const recorders: Recorder[] = [];
  const seenRecorders = new Set<string>();
  const buckets = new Map<string, Bucket>();
  const byId = [...facts].sort((a, b) => (a.id === caller ? -1 : b.id === caller ? 1 : a.id < b.id ? -1 : 1));
  for (const { id, facts: f, own } of byId) {
    for (const r of f.recorders)
      if (!seenRecorders.has(r.id)) {
        seenRecorders.add(r.id);
        recorders.push(id === caller ? stamp(r, orgId) : r);
      }
    for (const [name, b] of f.buckets)
      if (own.has(name)) buckets.set(name, { ...b, accountId: known(id) });
      else if (!buckets.has(name) && !named.has(name)) buckets.set(name, b);
    for (const n of f.notes) notes.push(`account ${id}: ${n}`);
  }
  const failed = readings.filter((r) => r.failure);
  for (const r of failed) notes.push(`organization: account ${r.id} was not read: ${r.failure}`);
  const failedById = new Map(failed.map((r) => [r.id, r.failure as string]));
  // Policy buckets in no account that was read: unknown, never credited to a trail (an organization
  // trail's selector may name a bucket outside the organization, or one that does not exist).
  const unplaced = new Map<string, string>();
  for (const b of policy.buckets) {
    if (buckets.has(b.name) && owner.has(b.name) && (!b.account || owner.get(b.name) === b.account)) continue;
    const why =
      b.account && failedById.has(b.account)
        ? `account ${b.account} was not read (${failedById.get(b.account)}), so ${b.name} cannot be checked`
        : `${b.name} is in none of the scanned accounts whose buckets could be listed${b.account ? ` (the policy pins it to account ${b.account})` : ''}; accounts that could not be read are named in the warnings`;
    unplaced.set(b.name, why);
    const accountId: Fact<string> =
      b.account && failedById.has(b.account) ? known(b.account) : unknown('not-collected', why);
    buckets.set(
      b.name,
      liveBucket(b.name, { region: unknown('not-collected', why), accountId, defaultPartition: partition }),
    );
  }
  add(control.counts);
  deps.onCalls?.(counts);
  return {
    mode: 'organization',
    recorders,
    buckets,
    notes,
    defaults: { accountId: known(caller), partition, region: known(region) },
    unplaced,
    scope: {
      accounts: scanned,
      ...(opts.shard ? { shard: opts.shard } : {}),
    },
  };
}
