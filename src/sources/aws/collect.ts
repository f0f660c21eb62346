import {
  DescribeTrailsCommand,
  GetEventDataStoreCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListEventDataStoresCommand,
  type EventDataStore as SdkEventDataStoreSummary,
  type GetEventDataStoreResponse,
  type Trail as SdkTrail,
} from '@aws-sdk/client-cloudtrail';
import {
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  ListBucketsCommand,
} from '@aws-sdk/client-s3';
import { isDirectoryBucketName } from '../../model/s3-apis.js';
import type { Policy } from '../../config/policy.js';
import { InputError } from '../../errors.js';
import { known, unknown, type Fact } from '../../model/fact.js';
import type { Bucket, BucketPolicy, Facts, Recorder, ServerAccessLogging } from '../../model/facts.js';
import {
  bucketPolicyOf,
  bucketRegionFact,
  listedRegion,
  liveBucket,
  serverAccessLoggingOf,
} from './adapt-buckets.js';
import {
  eventDataStoreRecorder,
  regionFailureText,
  regionPlaceholder,
  trailRecorder,
  type TrailReading,
} from './adapt-trails.js';
import { parseArn, partitionOfRegion, s3BucketArn } from '../../model/arn.js';
import {
  AwsCaller,
  createAwsClients,
  credentialsError,
  DEFAULT_BOUNDS,
  failureText,
  DEFAULT_TIMEOUTS,
  resolveRegion,
  type AwsClients,
  type ConcurrencyBounds,
  type AwsFailure,
  type CallResult,
  type Env,
  type Timeouts,
} from './clients.js';
import { paginate } from './paginate.js';
import { fits, SHAPES } from './shapes.js';

export interface LiveOptions {
  /** Default Region (--region); else AWS_REGION, then AWS_DEFAULT_REGION. */
  readonly region?: string;
  /** Buckets whose Region another source already knows (plan + live): no GetBucketLocation for them. */
  readonly knownRegions?: ReadonlyMap<string, string>;
  /** The account of the credentials when the caller knows it (organization mode: the scanned account). */
  readonly account?: string;
  /**
   * Organization mode, every account but the caller's: organization trails (seen as shadow trails) are
   * skipped here, because they are read once from the caller's account.
   */
  readonly skipOrganizationTrails?: boolean;
  /** More Regions to list trails and event data stores in (organization mode: the other accounts' buckets'). */
  readonly extraRegions?: readonly string[];
  /**
   * The caller has listed this account's buckets already (organization mode): `knownRegions` holds what
   * ListBuckets said, so live mode does not list them again.
   */
  readonly bucketsListed?: boolean;
}

/** Seams for tests and embedding: injected clients, environment, concurrency. */
export interface LiveDeps {
  readonly clients?: AwsClients;
  readonly env?: Env;
  /** At most this many AWS calls in flight altogether (default: no total, only {@link DEFAULT_BOUNDS}). */
  readonly concurrency?: number;
  /** The S3 and per-Region CloudTrail bounds (default {@link DEFAULT_BOUNDS}). */
  readonly bounds?: Partial<Omit<ConcurrencyBounds, 'total'>>;
  /** Deadlines and the page cap (default {@link DEFAULT_TIMEOUTS}); tests make them short. */
  readonly limits?: Partial<Pick<Timeouts, 'callMs' | 'listingMs' | 'maxPages'>>;
  /** ListBuckets when more policy buckets than this need a Region (default {@link LIST_BUCKETS_ABOVE}). */
  readonly listBucketsAbove?: number;
  /** Receives the AWS call counts per action once collection is done. */
  readonly onCalls?: (counts: ReadonlyMap<string, number>) => void;
  /** Told when a phase (or one Region's listing) is done, with the calls it sent. */
  readonly onProgress?: (p: LiveProgress) => void;
  /**
   * Told (once) as soon as a listing or GetEventDataStore shows an organization trail or event data store
   * that will be one of the recorders: the caller may start reading the organization's ID meanwhile.
   */
  readonly onOrganizationRecorder?: () => void;
}

/** One finished step of live collection. */
export interface LiveProgress {
  readonly phase: 'bucket-regions' | 'region-listing' | 'details';
  /** The Region of a `region-listing`. */
  readonly region?: string;
  /** AWS calls the step sent (SDK retries not counted). */
  readonly calls: number;
  /** Buckets (bucket-regions), trails and event data stores (region-listing, details). */
  readonly items: number;
}

type ListedTrail = SdkTrail & { readonly TrailARN: string };
type ListedStore = SdkEventDataStoreSummary & { readonly EventDataStoreArn: string };

interface RegionListing {
  readonly region: string;
  readonly trails: CallResult<readonly SdkTrail[]>;
  readonly stores: CallResult<readonly SdkEventDataStoreSummary[]>;
}

async function checkCredentials(clients: AwsClients, region: string): Promise<void> {
  try {
    await clients.cloudtrail(region).config.credentials();
  } catch (e) {
    throw credentialsError(e);
  }
}

/**
 * DescribeTrails with shadow trails: the Region's own trails, multi-Region trails homed elsewhere, and
 * organization trails of the management account (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DescribeTrails.html).
 * It is not paginated.
 */
async function describeTrails(aws: AwsCaller, region: string): Promise<CallResult<readonly SdkTrail[]>> {
  const r = await aws.call(
    'cloudtrail:DescribeTrails',
    region,
    '',
    (abortSignal) =>
      aws.clients
        .cloudtrail(region)
        .send(new DescribeTrailsCommand({ includeShadowTrails: true }), { abortSignal }),
    fits(SHAPES.DescribeTrails),
  );
  return r.ok ? { ok: true, value: r.value.trailList ?? [] } : r;
}

/**
 * ListEventDataStores lists the stores of the Region it is called in, a page at a time: at most
 * `limits.maxPages` pages within `limits.listingMs` in all (a NextToken that is always new, or pages that
 * come slowly, end there as a failed listing, never as a shorter list).
 */
async function listEventDataStores(
  aws: AwsCaller,
  region: string,
  limits: ListingLimits,
): Promise<CallResult<readonly SdkEventDataStoreSummary[]>> {
  return paginate(
    'cloudtrail:ListEventDataStores',
    region,
    limits,
    (next) =>
      aws.call(
        'cloudtrail:ListEventDataStores',
        region,
        '',
        (abortSignal) =>
          aws.clients
            .cloudtrail(region)
            .send(new ListEventDataStoresCommand(next === undefined ? {} : { NextToken: next }), {
              abortSignal,
            }),
        fits(SHAPES.ListEventDataStores),
      ),
    (p) => p.EventDataStores,
    (p) => p.NextToken,
    { tokenName: 'NextToken' },
  );
}

export interface ListingLimits {
  readonly maxPages: number;
  readonly listingMs: number;
}

/**
 * Above this many policy buckets without a known Region, live mode asks ListBuckets first and
 * GetBucketLocation only for the buckets it does not place. GetBucketLocation costs a call per bucket, and
 * the client's CPU is what limits a run of thousands of them (signing, endpoint rules and XML parsing come to
 * 1.5-3 ms per call: 2,000 buckets took 13.7 times the critical path in bench/live.mjs). ListBuckets pages
 * hold up to 10,000 buckets with their Regions, but they list the whole account, whatever the policy names,
 * and need s3:ListAllMyBuckets: up to the S3 bound (one round trip of GetBucketLocation) a policy is read
 * as before.
 */
export const LIST_BUCKETS_ABOVE = DEFAULT_BOUNDS.s3;

/**
 * ListBuckets' largest page. BucketRegion is only returned to requests that ask for pages, and a request
 * without MaxBuckets is refused in accounts whose bucket quota is above 10,000
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html): ask with MaxBuckets always.
 */
const LIST_BUCKETS_PAGE = 10_000;

/**
 * Calls cost the client CPU before their request is written (a new client per Region, middleware, endpoint
 * rules, signing, a socket), and calls started in one turn of the event loop run all of that before any
 * I/O is served: the GetBucketLocation calls of many buckets, started with the Region listings, would hold
 * back the listings' requests, which are on the critical path (a Region's trail and event data store
 * details wait for them). Two turns of the event loop (pending I/O served: connections, writes) let the
 * listings' requests be written first.
 */
const nextTurn = (): Promise<void> =>
  new Promise((resolve) => setImmediate(resolve)).then(() => new Promise((resolve) => setImmediate(resolve)));

/**
 * The general purpose buckets of the account of the credentials (ListBuckets lists the buckets the
 * requester owns, in every Region) and the Region ListBuckets gives for each, when it gives a valid one.
 * Paged within `limits` like ListEventDataStores; a token seen before fails the listing rather than
 * shortening it.
 */
async function listOwnBuckets(
  aws: AwsCaller,
  region: string,
  limits: ListingLimits,
): Promise<CallResult<ReadonlyMap<string, string | undefined>>> {
  const listed = await paginate(
    's3:ListBuckets',
    region,
    limits,
    (next) =>
      aws.call(
        's3:ListBuckets',
        region,
        '',
        (abortSignal) =>
          aws.clients.s3(region).send(
            new ListBucketsCommand({
              MaxBuckets: LIST_BUCKETS_PAGE,
              ...(next === undefined ? {} : { ContinuationToken: next }),
            }),
            { abortSignal },
          ),
        fits(SHAPES.ListBuckets),
      ),
    (p) => p.Buckets,
    (p) => p.ContinuationToken,
    { tokenName: 'ContinuationToken', repeated: 'fail' },
  );
  if (!listed.ok) return listed;
  const out = new Map<string, string | undefined>();
  for (const b of listed.value) if (b.Name) out.set(b.Name, listedRegion(b.BucketRegion));
  return { ok: true, value: out };
}

async function readTrail(aws: AwsCaller, t: ListedTrail, fallbackRegion: string): Promise<TrailReading> {
  const arn = t.TrailARN;
  // Trail settings are answered in the trail's home Region; the ARN names the trail from any account.
  const home = t.HomeRegion || parseArn(arn)?.region || fallbackRegion;
  const client = aws.clients.cloudtrail(home);
  const [status, selectors] = await Promise.all([
    aws.call(
      'cloudtrail:GetTrailStatus',
      home,
      arn,
      (abortSignal) => client.send(new GetTrailStatusCommand({ Name: arn }), { abortSignal }),
      fits(SHAPES.GetTrailStatus),
    ),
    aws.call(
      'cloudtrail:GetEventSelectors',
      home,
      arn,
      (abortSignal) => client.send(new GetEventSelectorsCommand({ TrailName: arn }), { abortSignal }),
      fits(SHAPES.GetEventSelectors),
    ),
  ]);
  return { trail: t, status, selectors };
}

async function readStore(
  aws: AwsCaller,
  s: ListedStore,
  fallbackRegion: string,
): Promise<{ listed: ListedStore; got: CallResult<GetEventDataStoreResponse> }> {
  const arn = s.EventDataStoreArn;
  const home = parseArn(arn)?.region || fallbackRegion;
  const got = await aws.call(
    'cloudtrail:GetEventDataStore',
    home,
    arn,
    (abortSignal) =>
      aws.clients
        .cloudtrail(home)
        .send(new GetEventDataStoreCommand({ EventDataStore: arn }), { abortSignal }),
    fits(SHAPES.GetEventDataStore),
  );
  return { listed: s, got };
}

interface LogBucketReading {
  readonly name: string;
  readonly region: Fact<string>;
  readonly policy: BucketPolicy;
}

/** A trail's log bucket: its Region (unless a policy bucket) and its policy, for the delivery rules. */
async function readLogBucket(
  aws: AwsCaller,
  [name, trailHome]: readonly [string, string],
  knownRegion: Fact<string> | undefined,
  defaultRegion: string,
): Promise<LogBucketReading> {
  let region = knownRegion;
  if (!region) {
    const r = await aws.call(
      's3:GetBucketLocation',
      defaultRegion,
      s3BucketArn(partitionOfRegion(defaultRegion), name),
      (abortSignal) =>
        aws.clients.s3(defaultRegion).send(new GetBucketLocationCommand({ Bucket: name }), { abortSignal }),
      fits(SHAPES.GetBucketLocation),
    );
    region = bucketRegionFact(name, r);
  }
  // Asked in the bucket's Region when known, else in the trail's (the SDK follows a Region redirect).
  const at = region.known ? region.value : trailHome;
  const partition = partitionOfRegion(at);
  const r = await aws.call(
    's3:GetBucketPolicy',
    at,
    s3BucketArn(partition, name),
    (abortSignal) => aws.clients.s3(at).send(new GetBucketPolicyCommand({ Bucket: name }), { abortSignal }),
    fits(SHAPES.GetBucketPolicy),
  );
  return { name, region, policy: bucketPolicyOf(partition, name, r) };
}

/**
 * Server access logging of a bucket whose policy entry accepts it as evidence (only those: the call and
 * its permission are opt-in), and whether its target bucket exists (GetBucketLocation on the target).
 */
async function readAccessLogging(
  aws: AwsCaller,
  name: string,
  region: Fact<string>,
  defaultRegion: string,
): Promise<Fact<ServerAccessLogging | null>> {
  const at = region.known ? region.value : defaultRegion;
  const partition = partitionOfRegion(at);
  const r = await aws.call('s3:GetBucketLogging', at, s3BucketArn(partition, name), (abortSignal) =>
    aws.clients.s3(at).send(new GetBucketLoggingCommand({ Bucket: name }), { abortSignal }),
  );
  const target = r.ok ? r.value.LoggingEnabled?.TargetBucket : undefined;
  if (!target || target === name) return serverAccessLoggingOf(partition, name, r);
  const t = await aws.call(
    's3:GetBucketLocation',
    at,
    s3BucketArn(partition, target),
    (abortSignal) =>
      aws.clients.s3(at).send(new GetBucketLocationCommand({ Bucket: target }), { abortSignal }),
    fits(SHAPES.GetBucketLocation),
  );
  return serverAccessLoggingOf(partition, name, r, t);
}

/** The account of the credentials: non-organization trails and event data stores listed are its own. */
function callerAccountOf(trails: readonly TrailReading[], stores: readonly Recorder[]): string | undefined {
  const accounts = new Set<string>();
  for (const { trail } of trails)
    if (trail.IsOrganizationTrail !== true) {
      const a = parseArn(trail.TrailARN)?.account;
      if (a) accounts.add(a);
    }
  for (const s of stores)
    if (s.organization.known && !s.organization.value && s.accountId.known) accounts.add(s.accountId.value);
  return accounts.size === 1 ? [...accounts][0] : undefined;
}

/**
 * Reads the live account into the model: the policy's buckets (Region), the trails and event data stores
 * that can see them (status, selectors) and the trails' log buckets (policy). Read-only calls only; every
 * failure becomes an unknown fact naming the call, except missing credentials (InputError, exit 2).
 *
 * Calls: one GetBucketLocation per policy bucket without a known Region (above {@link LIST_BUCKETS_ABOVE}
 * such buckets: ListBuckets pages first, then GetBucketLocation for the buckets they do not place; the log
 * buckets they place need no GetBucketLocation either); per Region (the buckets' and the
 * default one) one DescribeTrails and one ListEventDataStores per page; per trail GetTrailStatus and
 * GetEventSelectors; per event data store GetEventDataStore; per log bucket GetBucketPolicy (and
 * GetBucketLocation unless it is a policy bucket); per policy bucket that accepts server access logs,
 * GetBucketLogging and GetBucketLocation of its target.
 */
export async function collectLiveFacts(
  policy: Policy,
  opts: LiveOptions,
  deps: LiveDeps = {},
): Promise<Facts> {
  const env = deps.env ?? process.env;
  const region = resolveRegion(opts.region, env);
  if (!region)
    throw new InputError(
      '--live needs an AWS Region: pass --region REGION or set AWS_REGION (aws-actions/configure-aws-credentials sets it with aws-region)',
    );
  const clients = deps.clients ?? createAwsClients({ env });
  await checkCredentials(clients, region);
  const aws = new AwsCaller(
    clients,
    {
      ...DEFAULT_BOUNDS,
      ...deps.bounds,
      ...(deps.concurrency !== undefined ? { total: deps.concurrency } : {}),
    },
    { callMs: deps.limits?.callMs ?? DEFAULT_TIMEOUTS.callMs },
  );
  const listing: ListingLimits = {
    maxPages: deps.limits?.maxPages ?? DEFAULT_TIMEOUTS.maxPages,
    listingMs: deps.limits?.listingMs ?? DEFAULT_TIMEOUTS.listingMs,
  };
  const partition = partitionOfRegion(region);
  const notes: string[] = [];
  const sent = () => [...aws.counts.values()].reduce((a, b) => a + b, 0);

  // 2. and 3. (declared first: a Region's listing starts as soon as the Region is known, and a trail's or
  // event data store's details as soon as a listing names it) Trails and event data stores per Region.
  const before = new Map(aws.regionCounts);
  const started = new Map<string, Promise<RegionListing>>();
  const foreignOrg = (t: SdkTrail) =>
    opts.skipOrganizationTrails === true &&
    t.IsOrganizationTrail === true &&
    parseArn(t.TrailARN ?? '')?.account !== opts.account;
  const trailReads = new Map<string, Promise<TrailReading>>();
  const storeReads = new Map<string, ReturnType<typeof readStore>>();
  // 1. (filled below) The Region of every policy bucket, and of the other buckets ListBuckets placed.
  const bucketRegions = new Map<string, Fact<string>>();
  const logKnown = new Map<string, string>();
  // A log bucket's policy is read as soon as a listing names the bucket and its Region is known, not
  // after every Region's listing; one whose Region needs GetBucketLocation waits for phase 3.
  const logReads = new Map<string, Promise<LogBucketReading>>();
  const logRegionOf = (name: string): Fact<string> | undefined => {
    const given = opts.knownRegions?.get(name) ?? logKnown.get(name);
    return given ? known(given) : bucketRegions.get(name);
  };
  const pendingLogs = new Map<string, string>();
  const startLogReads = () => {
    for (const [name, home] of pendingLogs) {
      const at = logRegionOf(name);
      if (!at?.known) continue;
      pendingLogs.delete(name);
      logReads.set(name, held(readLogBucket(aws, [name, home], at, region)));
    }
  };
  // The details of a trail listed in a Region other than its home (a shadow copy) wait until the buckets'
  // Regions are known and their listings started: those listings then take the home Region's CloudTrail
  // slots first (DEFAULT_BOUNDS), and the details fill the rest. Started at once, the details of a Region's
  // multi-Region trails, seen in the default Region's listing, could hold every slot of their home Region
  // when its own listing comes, which then waits a round trip, and its single-Region trails' details one more.
  let bucketsPlaced!: () => void;
  const placed = new Promise<void>((resolve) => (bucketsPlaced = resolve));
  let organizationSeen = false;
  const organizationRecorder = () => {
    if (organizationSeen) return;
    organizationSeen = true;
    deps.onOrganizationRecorder?.();
  };
  // Awaited later; a credential error (the only rejection) must not go unhandled meanwhile.
  const held = <T>(p: Promise<T>): Promise<T> => {
    p.catch(() => {});
    return p;
  };
  const listRegion = (r: string): Promise<RegionListing> => {
    let p = started.get(r);
    if (!p) {
      p = held(
        (async () => {
          const [trails, stores] = await Promise.all([
            describeTrails(aws, r),
            listEventDataStores(aws, r, listing),
          ]);
          deps.onProgress?.({
            phase: 'region-listing',
            region: r,
            calls: (aws.regionCounts.get(r) ?? 0) - (before.get(r) ?? 0),
            items: (trails.ok ? trails.value.length : 0) + (stores.ok ? stores.value.length : 0),
          });
          if (trails.ok)
            for (const t of trails.value)
              if (t.TrailARN && !foreignOrg(t)) {
                // Every listed trail with an ARN becomes a recorder (an organization one: trailRecorder).
                if (t.IsOrganizationTrail === true) organizationRecorder();
                if (!trailReads.has(t.TrailARN)) {
                  const home = t.HomeRegion || parseArn(t.TrailARN)?.region || region;
                  const read = () => readTrail(aws, t as ListedTrail, region);
                  trailReads.set(t.TrailARN, held(home === r ? read() : placed.then(read)));
                }
              }
          if (stores.ok)
            for (const s of stores.value)
              if (s.EventDataStoreArn && !storeReads.has(s.EventDataStoreArn))
                storeReads.set(
                  s.EventDataStoreArn,
                  held(
                    readStore(aws, s as ListedStore, region).then((read) => {
                      // An organization event data store: eventDataStoreRecorder's `organization`.
                      if (read.got.ok && read.got.value.OrganizationEnabled === true) organizationRecorder();
                      return read;
                    }),
                  ),
                );
          if (trails.ok)
            for (const t of trails.value)
              if (t.TrailARN && !foreignOrg(t) && t.S3BucketName && !logReads.has(t.S3BucketName))
                pendingLogs.set(t.S3BucketName, t.HomeRegion || parseArn(t.TrailARN)?.region || region);
          startLogReads();
          return { region: r, trails, stores };
        })(),
      );
      started.set(r, p);
    }
    return p;
  };

  // 1. The Region of every policy bucket.
  const unplaced = new Set<string>();
  for (const b of policy.buckets) {
    const given = b.region ?? opts.knownRegions?.get(b.name);
    if (given) bucketRegions.set(b.name, known(given));
    // GetBucketLocation is not supported for directory buckets, nor are they in ListBuckets' answer
    // (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html).
    else if (isDirectoryBucketName(b.name))
      bucketRegions.set(
        b.name,
        unknown(
          'not-collected',
          `${b.name} is a directory bucket, whose Region GetBucketLocation does not give; give its region in the policy`,
        ),
      );
    else unplaced.add(b.name);
  }
  // The Regions known before any call (the default one is always listed) are listed at once: their
  // listings, and the details of the multi-Region trails they show, run while the buckets are placed.
  for (const r of new Set([region, ...(opts.extraRegions ?? [])])) void listRegion(r);
  for (const f of bucketRegions.values()) if (f.known) void listRegion(f.value);
  // Many buckets: ListBuckets places the account's own, GetBucketLocation the rest (buckets of other
  // accounts, or a listing without BucketRegion). A ListBuckets that fails changes nothing but the cost.
  let listedBuckets: ReadonlyMap<string, string | undefined> | undefined;
  if (unplaced.size > (deps.listBucketsAbove ?? LIST_BUCKETS_ABOVE) && opts.bucketsListed !== true) {
    const r = await listOwnBuckets(aws, region, listing);
    if (r.ok) listedBuckets = r.value;
    else
      notes.push(
        `live: ${failureText(r.failure)}; the Regions of the ${unplaced.size} policy buckets were read with s3:GetBucketLocation instead`,
      );
  }
  if (listedBuckets) {
    for (const name of unplaced) {
      const at = listedBuckets.get(name);
      if (at) {
        bucketRegions.set(name, known(at));
        unplaced.delete(name);
      }
    }
    // The Regions known now are listed while GetBucketLocation places the rest.
    const listingsBefore = started.size;
    for (const f of bucketRegions.values()) if (f.known) void listRegion(f.value);
    // Those listings go out first (see nextTurn).
    bucketsPlaced();
    if (unplaced.size > 0 && started.size > listingsBefore) await nextTurn();
  }
  if (listedBuckets) {
    for (const [name, at] of listedBuckets) if (at && !bucketRegions.has(name)) logKnown.set(name, at);
    startLogReads();
  }
  const locating: Promise<void>[] = [];
  for (const name of unplaced)
    locating.push(
      (async () => {
        const r = await aws.call(
          's3:GetBucketLocation',
          region,
          s3BucketArn(partition, name),
          (abortSignal) =>
            clients.s3(region).send(new GetBucketLocationCommand({ Bucket: name }), { abortSignal }),
          fits(SHAPES.GetBucketLocation),
        );
        const at = bucketRegionFact(name, r);
        bucketRegions.set(name, at);
        // A Region only this bucket reveals is listed now, not after the slowest GetBucketLocation.
        if (at.known) void listRegion(at.value);
      })(),
    );
  await Promise.all(locating);
  bucketsPlaced();
  const regionCalls = (aws.counts.get('s3:ListBuckets') ?? 0) + (aws.counts.get('s3:GetBucketLocation') ?? 0);
  deps.onProgress?.({ phase: 'bucket-regions', calls: regionCalls, items: policy.buckets.length });

  const regions = [
    ...new Set([
      region,
      ...(opts.extraRegions ?? []),
      ...[...bucketRegions.values()].flatMap((f) => (f.known ? [f.value] : [])),
    ]),
  ].sort();
  const listings: RegionListing[] = await Promise.all(regions.map(listRegion));
  const trails = new Map<string, ListedTrail>();
  const stores = new Map<string, ListedStore>();
  const regionFailures = new Map<string, AwsFailure[]>();
  for (const l of listings) {
    const failed: AwsFailure[] = [];
    if (l.trails.ok) {
      for (const t of l.trails.value) {
        if (t.TrailARN) {
          if (!foreignOrg(t) && !trails.has(t.TrailARN)) trails.set(t.TrailARN, t as ListedTrail);
        } else
          notes.push(
            `live: DescribeTrails in ${l.region} returned a trail without TrailARN (${t.Name ?? '?'}); skipped`,
          );
      }
    } else failed.push(l.trails.failure);
    if (l.stores.ok) {
      for (const s of l.stores.value)
        if (s.EventDataStoreArn && !stores.has(s.EventDataStoreArn))
          stores.set(s.EventDataStoreArn, s as ListedStore);
    } else failed.push(l.stores.failure);
    if (failed.length > 0) {
      regionFailures.set(l.region, failed);
      notes.push(`live: ${regionFailureText(l.region, failed)}`);
    }
  }

  // 3. Per trail, per event data store (started above), per log bucket.
  const listed =
    regionCalls +
    (aws.counts.get('cloudtrail:DescribeTrails') ?? 0) +
    (aws.counts.get('cloudtrail:ListEventDataStores') ?? 0);
  const logBuckets = new Map<string, string>();
  for (const t of trails.values())
    if (t.S3BucketName && !logBuckets.has(t.S3BucketName))
      logBuckets.set(t.S3BucketName, t.HomeRegion || parseArn(t.TrailARN)?.region || region);
  const accepting = policy.buckets.filter((b) => b.accept?.includes('server-access-logs'));
  const [trailReadings, storeReadings, logPolicies, accessLogs] = await Promise.all([
    // In the order of the sorted Regions' listings, each with the copy listed first there.
    Promise.all(
      [...trails.values()].map(async (t) => ({
        ...(await (trailReads.get(t.TrailARN) ?? readTrail(aws, t, region))),
        trail: t,
      })),
    ),
    Promise.all(
      [...stores.values()].map(async (s) => ({
        ...(await (storeReads.get(s.EventDataStoreArn) ?? readStore(aws, s, region))),
        listed: s,
      })),
    ),
    Promise.all(
      [...logBuckets].map(
        ([name, home]) => logReads.get(name) ?? readLogBucket(aws, [name, home], logRegionOf(name), region),
      ),
    ),
    Promise.all(
      accepting.map(
        async (b) =>
          [
            b.name,
            await readAccessLogging(aws, b.name, bucketRegions.get(b.name) ?? known(region), region),
          ] as const,
      ),
    ),
  ]);
  const accessLogging = new Map(accessLogs);
  deps.onProgress?.({ phase: 'details', calls: sent() - listed, items: trails.size + stores.size });

  // 4. The model.
  const storeRecorders = storeReadings.map((s) => eventDataStoreRecorder(s.listed, s.got));
  const callerAccount = opts.account ?? callerAccountOf(trailReadings, storeRecorders);
  const recorders: Recorder[] = [
    ...trailReadings.map((r) => trailRecorder(r, callerAccount ? { callerAccount } : {})),
    ...storeRecorders,
    ...[...regionFailures].map(([r, f]) => regionPlaceholder(r, f, callerAccount)),
  ];
  const accountId: Fact<string> = callerAccount
    ? known(callerAccount)
    : unknown(
        'not-collected',
        'the account of the credentials is not known (no trail or event data store of its own was found); give `account` for the bucket in the policy',
      );
  const policies = new Map(logPolicies.map((l) => [l.name, l.policy]));
  const logRegions = new Map(logPolicies.map((l) => [l.name, l.region]));
  const buckets = new Map<string, Bucket>();
  for (const b of policy.buckets) {
    const p = policies.get(b.name);
    buckets.set(
      b.name,
      liveBucket(b.name, {
        region: bucketRegions.get(b.name) ?? unknown('not-collected', `Region of ${b.name} not read`),
        accountId: b.account ? known(b.account) : accountId,
        defaultPartition: partition,
        ...(p ? { policy: p } : {}),
        ...(accessLogging.has(b.name) ? { serverAccessLogging: accessLogging.get(b.name)! } : {}),
      }),
    );
  }
  for (const [name, p] of policies) {
    if (buckets.has(name)) continue;
    buckets.set(
      name,
      liveBucket(name, {
        region: logRegions.get(name) ?? unknown('not-collected', `Region of ${name} not read`),
        accountId: unknown(
          'not-collected',
          `live mode does not read the owner of log bucket ${name} (often a central log-archive account)`,
        ),
        defaultPartition: partition,
        policy: p,
      }),
    );
  }
  deps.onCalls?.(aws.counts);
  return {
    mode: 'live',
    recorders,
    buckets,
    notes,
    defaults: { accountId, partition, region: known(region) },
  };
}
