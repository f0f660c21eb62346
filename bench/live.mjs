// Live-mode benchmark: the bundled CLI (`node dist/cli.js check --live`) against a local stub of CloudTrail
// (JSON 1.1) and S3 (REST-XML, path-style) that answers every call after a fixed latency, for a synthetic
// account: 17 Regions, 200 policy buckets without a Region, 20 trails (an organization trail, multi-Region
// trails homed in several Regions and seen as shadow trails everywhere, single-Region trails), 5 event data
// stores and 4 trail log buckets with CloudTrail bucket policies.
//
// It reports the calls made against the minimum live mode needs, the wall time against the critical path
// of collect.ts, and checks every bucket's verdict against what the synthetic account implies.
//
//   node bench/live.mjs [--json] [--cpu-prof DIR]   (needs dist/: node scripts/build.mjs; S3TG_DIST_DIR,
//                                                    BENCH_LIVE_BUCKETS, BENCH_RUNS as in bench/run.mjs)
//   import { runLiveBench } from './bench/live.mjs'; const figures = await runLiveBench();
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ACCOUNT = '111122223333'; // the caller: the organization's management account
const ORG_ID = 'o-exampleorgid';
const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
];

/** Single-Region trails exist in the first 14 Regions; the last 3 have none of their own. */
const SR_TRAILS = 14;

const trailArn = (name, home) => `arn:aws:cloudtrail:${home}:${ACCOUNT}:trail/${name}`;
const edsArn = (id, home) => `arn:aws:cloudtrail:${home}:${ACCOUNT}:eventdatastore/${id}`;
const bucketArn = (b) => `arn:aws:s3:::${b}`;

/** An advanced selector recording the S3 object data events of these buckets (whole buckets). */
function s3Selector(name, buckets, extra = []) {
  return {
    Name: name,
    FieldSelectors: [
      { Field: 'eventCategory', Equals: ['Data'] },
      { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
      { Field: 'resources.ARN', StartsWith: buckets.map((b) => `${bucketArn(b)}/`) },
      ...extra,
    ],
  };
}

/**
 * The synthetic account, with each policy bucket's expected verdict. Bucket i is in Region i mod 17 and in
 * group i mod 10, which decides the one recorder that selects it (17 and 10 are coprime, so every group
 * spreads over the Regions):
 *
 *   0 org       the organization trail (StartsWith arn:aws:s3:::bench-org-)             covered
 *   1 mr        one of three multi-Region trails homed in eu-west-1 / ap-southeast-2      covered
 *   2 sr        the single-Region trail of Region (i mod 17) mod 14: covered in its own Region; the buckets of
 *               the 3 Regions without a trail are listed by another Region's trail       uncovered
 *   3 wo        a multi-Region trail with readOnly = false (writes only)                  partial
 *   4 stopped   a multi-Region trail that is not logging (IsLogging false)                uncovered
 *   5 lake      an organization event data store, ENABLED                                 covered
 *   6 lakesr    a single-Region event data store in eu-west-2                             covered there, else uncovered
 *   7 lakestop  an event data store in STOPPED_INGESTION                                  uncovered
 *   8 lake2     an event data store selecting GetObject and PutObject only                partial
 *   9 none      nothing (i mod 20 = 9)                                                    uncovered
 *     deny      a bucket of another account (not in the caller's ListBuckets) whose GetBucketLocation is
 *               AccessDenied (i mod 20 = 19), selected only by the single-Region trail of us-east-1: whether
 *               that trail sees the bucket cannot be known                                unknown
 *
 * Every other bucket, and every log bucket, is the caller's own (`listed`: in its ListBuckets answer).
 */
export function syntheticAccount({ buckets: n = 200 } = {}) {
  const GROUPS = ['org', 'mr', 'sr', 'wo', 'stopped', 'lake', 'lakesr', 'lakestop', 'lake2', 'none'];
  const buckets = [];
  for (let i = 0; i < n; i++) {
    const ri = i % REGIONS.length;
    let group = GROUPS[i % 10];
    if (group === 'none' && i % 20 === 19) group = 'deny';
    const region = REGIONS[ri];
    const name = `bench-${group}-${String(i).padStart(3, '0')}`;
    let expected;
    let selectedBy;
    switch (group) {
      case 'org':
      case 'mr':
      case 'lake':
        expected = 'covered';
        break;
      case 'sr':
        selectedBy = `regional-${REGIONS[ri % SR_TRAILS]}`;
        expected = ri < SR_TRAILS ? 'covered' : 'uncovered';
        break;
      case 'wo':
      case 'lake2':
        expected = 'partial';
        break;
      case 'lakesr':
        expected = region === 'eu-west-2' ? 'covered' : 'uncovered';
        break;
      case 'deny':
        selectedBy = `regional-${REGIONS[0]}`;
        expected = 'unknown';
        break;
      default:
        expected = 'uncovered';
    }
    const deny = group === 'deny';
    buckets.push({ name, region, group, expected, selectedBy, locationDenied: deny, listed: !deny });
  }
  const of = (g) => buckets.filter((b) => b.group === g).map((b) => b.name);

  const trails = [];
  const addTrail = (t) => trails.push({ logging: true, org: false, ...t, arn: trailArn(t.name, t.home) });
  addTrail({
    name: 'org-trail',
    home: 'us-east-1',
    multiRegion: true,
    org: true,
    logBucket: 'org-cloudtrail-logs',
    selectors: [
      {
        Name: 'org-buckets',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::bench-org-'] },
        ],
      },
    ],
  });
  const mr = of('mr');
  ['eu-west-1', 'eu-west-1', 'ap-southeast-2'].forEach((home, k) =>
    addTrail({
      name: `data-events-${k + 1}`,
      home,
      multiRegion: true,
      logBucket: 'central-trail-logs',
      selectors: [
        s3Selector(
          'sensitive',
          mr.filter((_b, j) => j % 3 === k),
        ),
      ],
    }),
  );
  addTrail({
    name: 'stopped-trail',
    home: 'us-west-2',
    multiRegion: true,
    logging: false,
    logBucket: 'central-trail-logs',
    selectors: [s3Selector('stopped', of('stopped'))],
  });
  addTrail({
    name: 'writes-only',
    home: 'eu-central-1',
    multiRegion: true,
    logBucket: 'central-trail-logs',
    selectors: [s3Selector('writes', of('wo'), [{ Field: 'readOnly', Equals: ['false'] }])],
  });
  for (let k = 0; k < SR_TRAILS; k++) {
    const home = REGIONS[k];
    const name = `regional-${home}`;
    const listed = buckets.filter((b) => b.selectedBy === name).map((b) => b.name);
    addTrail({
      name,
      home,
      multiRegion: false,
      logBucket: k < 7 ? 'regional-trail-logs-a' : 'regional-trail-logs-b',
      selectors: listed.length
        ? [s3Selector('regional', listed)]
        : [{ Name: 'management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }],
    });
  }

  const stores = [
    { id: 'lake-org', home: 'us-east-1', status: 'ENABLED', multiRegion: true, org: true, group: 'lake' },
    { id: 'lake-eu-west-2', home: 'eu-west-2', status: 'ENABLED', multiRegion: false, group: 'lakesr' },
    {
      id: 'lake-stopped',
      home: 'ap-northeast-1',
      status: 'STOPPED_INGESTION',
      multiRegion: true,
      group: 'lakestop',
    },
    { id: 'lake-management', home: 'us-west-2', status: 'ENABLED', multiRegion: true },
    {
      id: 'lake-get-put',
      home: 'eu-central-1',
      status: 'ENABLED',
      multiRegion: true,
      group: 'lake2',
      extra: [{ Field: 'eventName', Equals: ['GetObject', 'PutObject'] }],
    },
  ].map((s) => ({
    ...s,
    org: s.org ?? false,
    arn: edsArn(s.id, s.home),
    selectors:
      s.group === 'lake'
        ? [
            {
              Name: 'lake',
              FieldSelectors: [
                { Field: 'eventCategory', Equals: ['Data'] },
                { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
                { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::bench-lake-'] },
              ],
            },
          ]
        : s.group
          ? [s3Selector(s.id, of(s.group), s.extra)]
          : [{ Name: 'management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }],
  }));
  if (trails.length !== 20 || stores.length !== 5) throw new Error('synthetic account: 20 trails, 5 stores');

  const logRegions = {
    'org-cloudtrail-logs': 'us-east-1',
    'central-trail-logs': 'eu-west-1',
    'regional-trail-logs-a': 'us-east-2',
    'regional-trail-logs-b': 'eu-central-1',
  };
  const logBuckets = Object.entries(logRegions).map(([name, region]) => {
    const writers = trails.filter((t) => t.logBucket === name);
    const prefixes = [`${bucketArn(name)}/AWSLogs/${ACCOUNT}/*`];
    if (writers.some((t) => t.org)) prefixes.push(`${bucketArn(name)}/AWSLogs/${ORG_ID}/*`);
    const sourceArns = writers.map((t) => t.arn);
    return {
      name,
      region,
      listed: true,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AWSCloudTrailAclCheck20150319',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:GetBucketAcl',
            Resource: bucketArn(name),
            Condition: { StringEquals: { 'aws:SourceArn': sourceArns } },
          },
          {
            Sid: 'AWSCloudTrailWrite20150319',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: prefixes,
            Condition: {
              StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': sourceArns },
            },
          },
        ],
      },
    };
  });
  return { regions: REGIONS, buckets, trails, stores, logBuckets };
}

/**
 * Above this many policy buckets without a Region, live mode lists the account's buckets (ListBuckets)
 * before it asks GetBucketLocation: LIST_BUCKETS_ABOVE of src/sources/aws/collect.ts (the bundle does not
 * export it), and ListBuckets' page size there.
 */
export const LIST_BUCKETS_ABOVE = 256;
export const LIST_BUCKETS_PAGE = 10_000;

/** Whether live mode lists the account's buckets for this policy (all its buckets lack a Region). */
export const usesListBuckets = (acct, { listBucketsAbove = LIST_BUCKETS_ABOVE } = {}) =>
  acct.buckets.length > listBucketsAbove;

/** The buckets (policy and log buckets) in the caller's ListBuckets answer, sorted by name. */
export function listedBuckets(acct) {
  return [...acct.buckets, ...acct.logBuckets]
    .filter((b) => b.listed !== false)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The fewest calls live mode can make for this account and policy (no Region in the policy): one
 * GetBucketLocation per policy bucket; per Region of a bucket (and the default Region) one DescribeTrails and
 * one ListEventDataStores page; per trail (deduplicated: a shadow trail is the same trail) GetTrailStatus and
 * GetEventSelectors; per event data store GetEventDataStore; per log bucket not in the policy
 * GetBucketLocation and GetBucketPolicy. Above LIST_BUCKETS_ABOVE policy buckets: the ListBuckets pages
 * instead, then GetBucketLocation only for the policy and log buckets ListBuckets does not name. And one
 * DescribeOrganization when the account shows an organization trail or event data store: an organization
 * trail delivers to AWSLogs/<organization ID>/ in its log bucket
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html),
 * and neither DescribeTrails nor the trail's ARN gives that ID, so the log bucket's grant to it can only be
 * checked with DescribeOrganization's answer (README "Live mode").
 */
export function minimumCalls(acct, defaultRegion, opts = {}) {
  const regions = new Set([
    defaultRegion,
    ...acct.buckets.filter((b) => !b.locationDenied).map((b) => b.region),
  ]);
  const policyNames = new Set(acct.buckets.map((b) => b.name));
  const logOutside = acct.logBuckets.filter((l) => !policyNames.has(l.name));
  const list = usesListBuckets(acct, opts);
  const located = list
    ? acct.buckets.filter((b) => b.listed === false).length +
      logOutside.filter((l) => l.listed === false).length
    : acct.buckets.length + logOutside.length;
  return {
    'cloudtrail:DescribeTrails': regions.size,
    'cloudtrail:ListEventDataStores': regions.size,
    'cloudtrail:GetTrailStatus': acct.trails.length,
    'cloudtrail:GetEventSelectors': acct.trails.length,
    'cloudtrail:GetEventDataStore': acct.stores.length,
    's3:GetBucketLocation': located,
    's3:GetBucketPolicy': acct.logBuckets.length,
    ...(acct.trails.some((t) => t.org) || acct.stores.some((s) => s.org)
      ? { 'organizations:DescribeOrganization': 1 }
      : {}),
    ...(list
      ? { 's3:ListBuckets': Math.max(1, Math.ceil(listedBuckets(acct).length / LIST_BUCKETS_PAGE)) }
      : {}),
  };
}

/**
 * The critical path of collectLiveFacts (src/sources/aws/collect.ts), in calls. collect.ts runs three phases,
 * each awaiting all of its calls (Promise.all) before the next starts:
 *   1. GetBucketLocation of every policy bucket without a Region                      1 call deep
 *   2. per Region, DescribeTrails beside ListEventDataStores (pages one after another) max(1, pages) deep
 *   3. side by side: per trail GetTrailStatus beside GetEventSelectors (1 deep), per event data store
 *      GetEventDataStore (1), per log bucket GetBucketLocation (unless its Region is known) then
 *      GetBucketPolicy (2)                                                              max of those
 * Above LIST_BUCKETS_ABOVE buckets, phase 1 is the ListBuckets pages (one after another); the Regions they
 * name are listed (2) beside GetBucketLocation of the buckets they do not name, and a Region only those
 * reveal is listed after it (2 deep); a log bucket ListBuckets places needs only GetBucketPolicy in 3.
 * With unbounded concurrency the run cannot be shorter than the sum of the three depths × the latency; the
 * stub answers ListEventDataStores in one page, and no log bucket is a policy bucket. DescribeOrganization
 * is off this path: it starts when the default Region's DescribeTrails shows the organization trail (2 deep).
 */
export function criticalPath(acct, opts = {}) {
  const policyNames = new Set(acct.buckets.map((b) => b.name));
  const list = usesListBuckets(acct, opts);
  const detail = (located) =>
    Math.max(
      acct.trails.length > 0 ? 1 : 0,
      acct.stores.length > 0 ? 1 : 0,
      ...acct.logBuckets.map((l) => (policyNames.has(l.name) || located(l) ? 1 : 2)),
    );
  if (!list)
    return {
      calls: (acct.buckets.length > 0 ? 1 : 0) + 1 + detail(() => false),
      chain:
        'GetBucketLocation (policy bucket) → DescribeTrails | ListEventDataStores → ' +
        'GetBucketLocation (log bucket) → GetBucketPolicy',
    };
  const listed = listedBuckets(acct);
  const listedRegions = new Set(listed.map((b) => b.region));
  const revealed = acct.buckets.some(
    (b) => b.listed === false && !b.locationDenied && !listedRegions.has(b.region),
  );
  const phase3 = detail((l) => l.listed !== false);
  return {
    calls: Math.max(1, Math.ceil(listed.length / LIST_BUCKETS_PAGE)) + (revealed ? 2 : 1) + phase3,
    chain:
      'ListBuckets → DescribeTrails | ListEventDataStores (| GetBucketLocation of buckets of other accounts) → ' +
      (phase3 > 1 ? 'GetBucketLocation (log bucket) → GetBucketPolicy' : 'GetBucketPolicy (log bucket)'),
  };
}

// ---------------------------------------------------------------------------------------------- the stub

/** The Region and service of a SigV4 request: Credential=AKID/DATE/REGION/SERVICE/aws4_request. */
function scopeOf(req) {
  const m = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(
    req.headers['authorization'] ?? '',
  );
  return m ? { region: m[1], service: m[2] } : { region: undefined, service: undefined };
}

function s3Error(code, message) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>BENCH</RequestId><HostId>BENCH</HostId></Error>`;
}

function trailEntry(t) {
  return {
    Name: t.name,
    S3BucketName: t.logBucket,
    IncludeGlobalServiceEvents: true,
    IsMultiRegionTrail: t.multiRegion,
    HomeRegion: t.home,
    TrailARN: t.arn,
    LogFileValidationEnabled: true,
    HasCustomEventSelectors: true,
    HasInsightSelectors: false,
    IsOrganizationTrail: t.org,
  };
}

/**
 * Starts the stub on 127.0.0.1 (port 0). Every request is answered after `latencyMs`; `stats` counts calls
 * per operation, the calls in flight (overall, S3, CloudTrail per Region) and the first and last moments.
 */
export async function startStub(acct, { latencyMs = 100 } = {}) {
  const bucketsByName = new Map(acct.buckets.map((b) => [b.name, b]));
  const logByName = new Map(acct.logBuckets.map((l) => [l.name, l]));
  const trailsByArn = new Map(acct.trails.map((t) => [t.arn, t]));
  const storesByArn = new Map(acct.stores.map((s) => [s.arn, s]));
  const stats = {
    calls: new Map(),
    notes: [],
    inFlight: { all: 0, s3: 0, cloudtrail: new Map() },
    maxInFlight: { all: 0, s3: 0, cloudtrail: 0, cloudtrailPerRegion: 0 },
    first: undefined,
    last: undefined,
    /** Per operation: when its first request arrived and its last answer was sent. */
    spans: new Map(),
  };
  const count = (op) => stats.calls.set(op, (stats.calls.get(op) ?? 0) + 1);

  function cloudtrail(op, region, input) {
    const json = (body) => ({ status: 200, type: 'application/x-amz-json-1.1', body: JSON.stringify(body) });
    const error = (status, type, message) => ({
      status,
      type: 'application/x-amz-json-1.1',
      body: JSON.stringify({ __type: type, message }),
    });
    const homed = (arn, home) => {
      if (home !== region) stats.notes.push(`${op} for ${arn} asked in ${region}, not its home ${home}`);
    };
    switch (op) {
      case 'DescribeTrails': {
        const shadows = input.includeShadowTrails !== false;
        return json({
          trailList: acct.trails
            .filter((t) => t.home === region || (shadows && t.multiRegion))
            .map(trailEntry),
        });
      }
      case 'GetTrailStatus':
      case 'GetEventSelectors': {
        const arn = op === 'GetTrailStatus' ? input.Name : input.TrailName;
        const t = trailsByArn.get(arn);
        if (!t) return error(400, 'TrailNotFoundException', `Unknown trail: ${arn} for the user: ${ACCOUNT}`);
        homed(arn, t.home);
        return op === 'GetTrailStatus'
          ? json({ IsLogging: t.logging, LatestDeliveryAttemptSucceeded: '2026-11-26T00:00:00Z' })
          : json({ TrailARN: t.arn, AdvancedEventSelectors: t.selectors });
      }
      case 'ListEventDataStores':
        return json({
          EventDataStores: acct.stores
            .filter((s) => s.home === region)
            .map((s) => ({ EventDataStoreArn: s.arn, Name: s.id })),
        });
      case 'GetEventDataStore': {
        const s = storesByArn.get(input.EventDataStore);
        if (!s) return error(400, 'EventDataStoreNotFoundException', `${input.EventDataStore} not found`);
        homed(s.arn, s.home);
        return json({
          EventDataStoreArn: s.arn,
          Name: s.id,
          Status: s.status,
          MultiRegionEnabled: s.multiRegion,
          OrganizationEnabled: s.org,
          AdvancedEventSelectors: s.selectors,
          RetentionPeriod: 2557,
          TerminationProtectionEnabled: true,
        });
      }
      default:
        return error(400, 'UnknownOperationException', `the stub does not answer ${op}`);
    }
  }

  const listed = listedBuckets(acct);
  function s3(method, url, region) {
    const xml = (status, body, headers = {}) => ({ status, type: 'application/xml', body, headers });
    const [bucket = ''] = url.pathname.split('/').filter(Boolean);
    if (method === 'GET' && bucket === '') {
      // ListBuckets (path-style GET /): pages of max-buckets, BucketRegion only when pages are asked for,
      // as S3 answers (https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html).
      const max = url.searchParams.get('max-buckets');
      const token = url.searchParams.get('continuation-token');
      const paged = max !== null || token !== null;
      const size = paged
        ? Math.min(Number(max ?? LIST_BUCKETS_PAGE) || LIST_BUCKETS_PAGE, LIST_BUCKETS_PAGE)
        : Infinity;
      const from = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) || 0 : 0;
      const page = listed.slice(from, from + size);
      const more = from + page.length < listed.length;
      const entries = page
        .map(
          (b) =>
            `<Bucket><Name>${b.name}</Name><CreationDate>2026-01-01T00:00:00.000Z</CreationDate>${paged ? `<BucketRegion>${b.region}</BucketRegion>` : ''}</Bucket>`,
        )
        .join('');
      const next = more
        ? `<ContinuationToken>${Buffer.from(String(from + page.length)).toString('base64url')}</ContinuationToken>`
        : '';
      return {
        op: 'ListBuckets',
        ...xml(
          200,
          `<?xml version="1.0" encoding="UTF-8"?>\n<ListAllMyBucketsResult xmlns="${S3_XMLNS}"><Owner><ID>bench-owner</ID></Owner><Buckets>${entries}</Buckets>${next}</ListAllMyBucketsResult>`,
        ),
      };
    }
    const policyBucket = bucketsByName.get(bucket);
    const log = logByName.get(bucket);
    const home = policyBucket?.region ?? log?.region;
    if (method === 'GET' && url.searchParams.has('location')) {
      const op = 'GetBucketLocation';
      if (policyBucket?.locationDenied) return { op, ...xml(403, s3Error('AccessDenied', 'Access Denied')) };
      if (!home) return { op, ...xml(404, s3Error('NoSuchBucket', 'The specified bucket does not exist')) };
      // GetBucketLocation is answered in any Region; no LocationConstraint means us-east-1.
      const body =
        home === 'us-east-1'
          ? `<LocationConstraint xmlns="${S3_XMLNS}"/>`
          : `<LocationConstraint xmlns="${S3_XMLNS}">${home}</LocationConstraint>`;
      return { op, ...xml(200, `<?xml version="1.0" encoding="UTF-8"?>\n${body}`) };
    }
    if (method === 'GET' && url.searchParams.has('policy')) {
      const op = 'GetBucketPolicy';
      if (!home) return { op, ...xml(404, s3Error('NoSuchBucket', 'The specified bucket does not exist')) };
      if (home !== region) {
        stats.notes.push(`GetBucketPolicy for ${bucket} asked in ${region}, redirected to ${home}`);
        return {
          op: 'GetBucketPolicy (301 redirect)',
          ...xml(301, s3Error('PermanentRedirect', 'use the bucket Region'), { 'x-amz-bucket-region': home }),
        };
      }
      if (!log) return { op, ...xml(404, s3Error('NoSuchBucketPolicy', 'The bucket policy does not exist')) };
      return { op, status: 200, type: 'application/json', body: JSON.stringify(log.policy) };
    }
    return { op: `S3 ${method} ${url.search}`, ...xml(400, s3Error('NotImplemented', 'not in the stub')) };
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    stats.first ??= started;
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const { region = '?', service } = scopeOf(req);
      const target = req.headers['x-amz-target'];
      let op;
      let answer;
      if (typeof target === 'string' && target.startsWith('AWSOrganizationsV20161128.')) {
        // Live mode's one Organizations call: the ID of the organization of the organization trail.
        op = `organizations:${target.slice('AWSOrganizationsV20161128.'.length)}`;
        answer =
          op === 'organizations:DescribeOrganization'
            ? {
                status: 200,
                type: 'application/x-amz-json-1.1',
                body: JSON.stringify({
                  Organization: {
                    Id: ORG_ID,
                    Arn: `arn:aws:organizations::${ACCOUNT}:organization/${ORG_ID}`,
                    MasterAccountId: ACCOUNT,
                    FeatureSet: 'ALL',
                  },
                }),
              }
            : {
                status: 400,
                type: 'application/x-amz-json-1.1',
                body: JSON.stringify({ __type: 'UnknownOperationException', message: 'not in the stub' }),
              };
      } else if (typeof target === 'string' && target.startsWith('CloudTrail_20131101.')) {
        op = target.slice('CloudTrail_20131101.'.length);
        let input = {};
        try {
          input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        } catch {
          // an empty or broken body is answered like AWS would: by the operation's validation
        }
        answer = cloudtrail(op, region, input);
        op = `cloudtrail:${op}`;
      } else {
        const r = s3(req.method ?? 'GET', new URL(req.url ?? '/', 'http://stub'), region);
        op = r.op.startsWith('S3 ') ? r.op : `s3:${r.op}`;
        answer = r;
      }
      if (service && !op.startsWith(`${service}:`) && !op.startsWith('S3 '))
        stats.notes.push(`${op} signed for service ${service}`);
      count(op);
      const span = stats.spans.get(op) ?? { start: started, end: started };
      stats.spans.set(op, span);
      const isS3 = op.startsWith('s3:') || op.startsWith('S3 ');
      const isCt = op.startsWith('cloudtrail:');
      const ctRegion = stats.inFlight.cloudtrail;
      stats.inFlight.all++;
      if (isS3) stats.inFlight.s3++;
      else if (isCt) ctRegion.set(region, (ctRegion.get(region) ?? 0) + 1);
      const m = stats.maxInFlight;
      m.all = Math.max(m.all, stats.inFlight.all);
      m.s3 = Math.max(m.s3, stats.inFlight.s3);
      if (isCt) {
        m.cloudtrail = Math.max(
          m.cloudtrail,
          [...ctRegion.values()].reduce((a, b) => a + b, 0),
        );
        m.cloudtrailPerRegion = Math.max(m.cloudtrailPerRegion, ctRegion.get(region) ?? 0);
      }
      await sleep(Math.max(0, latencyMs - (performance.now() - started)));
      stats.inFlight.all--;
      if (isS3) stats.inFlight.s3--;
      else if (isCt) ctRegion.set(region, (ctRegion.get(region) ?? 1) - 1);
      res.writeHead(answer.status, {
        'content-type': answer.type,
        'x-amzn-requestid': 'bench',
        ...(answer.headers ?? {}),
      });
      res.end(answer.body, () => {
        stats.last = performance.now();
        span.end = Math.max(span.end, stats.last);
      });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () => {
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

// --------------------------------------------------------------------------------------------- the run

/** The bundle to run: S3TG_DIST_DIR (as in scripts/build.mjs and bench/run.mjs), else dist/. */
const distDir = () => resolvePath(ROOT, process.env['S3TG_DIST_DIR'] ?? 'dist');

function runCli(args, env, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, join(distDir(), 'cli.js'), ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, started, ended: performance.now() }));
  });
}

const round = (x) => Math.round(x);

/**
 * Runs the CLI once against a fresh stub and returns the figures. Wall times: `process` is spawn to exit;
 * `aws` is the first request the stub receives to the last answer it sends (what the concurrency of live
 * mode governs, compared with the critical path); `startup` is spawn to the first request (Node, the
 * bundle, the policy, the SDK); `tail` is the last answer to exit (evaluation, report).
 */
async function runOnce({ latencyMs, buckets, defaultRegion, nodeArgs = [] }) {
  const acct = syntheticAccount({ buckets });
  const dir = mkdtempSync(join(tmpdir(), 's3tg-live-bench-'));
  const stub = await startStub(acct, { latencyMs });
  try {
    const policy = join(dir, 'policy.yml');
    const out = join(dir, 'report.json');
    writeFileSync(policy, 'version: 1\nbuckets:\n' + acct.buckets.map((b) => `  - ${b.name}\n`).join(''));
    const env = {
      PATH: process.env['PATH'] ?? '',
      AWS_ENDPOINT_URL: stub.url,
      AWS_ACCESS_KEY_ID: 'AKIDBENCHEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'bench-secret-key',
      AWS_REGION: defaultRegion,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(dir, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
    };
    const run = await runCli(
      ['check', '--policy', policy, '--live', '--format', 'json', '--output', out],
      env,
      nodeArgs,
    );
    let report;
    try {
      report = JSON.parse(readFileSync(out, 'utf8'));
    } catch {
      report = undefined;
    }
    if (!report || (run.code !== 0 && run.code !== 1))
      throw new Error(
        `the CLI exited ${run.code} without a report: ${run.stderr.trim() || run.stdout.trim()}`,
      );

    const minimum = minimumCalls(acct, defaultRegion);
    const ops = [...new Set([...Object.keys(minimum), ...stub.stats.calls.keys()])].sort();
    const byOperation = Object.fromEntries(
      ops.map((op) => [op, { actual: stub.stats.calls.get(op) ?? 0, minimum: minimum[op] ?? 0 }]),
    );
    const total = [...stub.stats.calls.values()].reduce((a, b) => a + b, 0);
    const minTotal = Object.values(minimum).reduce((a, b) => a + b, 0);
    const cp = criticalPath(acct);
    const cpMs = cp.calls * latencyMs;
    const awsMs = (stub.stats.last ?? run.ended) - (stub.stats.first ?? run.started);

    const expected = new Map(acct.buckets.map((b) => [b.name, b.expected]));
    const seen = new Map(report.buckets.map((b) => [b.name, b.status]));
    const mismatches = [];
    for (const [name, want] of expected) {
      const got = seen.get(name) ?? '(missing)';
      if (got !== want) mismatches.push({ bucket: name, expected: want, got });
    }
    const tally = (m) => {
      const t = { covered: 0, partial: 0, uncovered: 0, unknown: 0 };
      for (const s of m.values()) t[s] = (t[s] ?? 0) + 1;
      return t;
    };

    return {
      account: {
        regions: acct.regions.length,
        buckets: acct.buckets.length,
        trails: acct.trails.length,
        eventDataStores: acct.stores.length,
        logBuckets: acct.logBuckets.length,
        latencyMs,
      },
      calls: { total, minimum: minTotal, atMinimum: total === minTotal, byOperation },
      criticalPath: { calls: cp.calls, ms: cpMs, chain: cp.chain },
      wallMs: {
        aws: round(awsMs),
        process: round(run.ended - run.started),
        startup: round((stub.stats.first ?? run.ended) - run.started),
        tail: round(run.ended - (stub.stats.last ?? run.ended)),
      },
      awsOverCriticalPath: Number((awsMs / cpMs).toFixed(2)),
      withinTarget: awsMs <= 1.5 * cpMs,
      maxInFlight: stub.stats.maxInFlight,
      // When each operation ran, in ms from the first request: shows the phases of collect.ts.
      spans: Object.fromEntries(
        [...stub.stats.spans]
          .sort(([, a], [, b]) => a.start - b.start)
          .map(([op, sp]) => [op, [round(sp.start - stub.stats.first), round(sp.end - stub.stats.first)]]),
      ),
      verdicts: { expected: tally(expected), reported: tally(seen), mismatches },
      exitCode: run.code,
      stubNotes: [...new Set(stub.stats.notes)],
    };
  } finally {
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The live-mode benchmark: `runs` runs (default 3, one after another); the figures are those of the run with
 * the median AWS-phase wall time, with every run's in `wallMs.awsRuns`. Calls and verdicts must be the same
 * in every run: `calls.atMinimum` and `verdicts.mismatches` cover all of them.
 */
export async function runLiveBench({
  latencyMs = 100,
  buckets = 200,
  defaultRegion = 'us-east-1',
  runs = 3,
  nodeArgs = [],
} = {}) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce({ latencyMs, buckets, defaultRegion, nodeArgs }));
  const sorted = [...all].sort((a, b) => a.wallMs.aws - b.wallMs.aws);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const mismatches = all.flatMap((f, run) => f.verdicts.mismatches.map((m) => ({ run, ...m })));
  return {
    ...median,
    runs,
    calls: { ...median.calls, atMinimum: all.every((f) => f.calls.atMinimum) },
    wallMs: { ...median.wallMs, awsRuns: all.map((f) => f.wallMs.aws) },
    verdicts: { ...median.verdicts, mismatches },
  };
}

export function printFigures(f) {
  const lines = [];
  const a = f.account;
  lines.push(
    `live bench: ${a.buckets} buckets in ${a.regions} Regions, ${a.trails} trails, ${a.eventDataStores} event data stores, ${a.logBuckets} log buckets, ${a.latencyMs} ms per call`,
  );
  lines.push(
    `calls: ${f.calls.total} (minimum ${f.calls.minimum})${f.calls.atMinimum ? '' : '  ** above the minimum **'}`,
  );
  for (const [op, c] of Object.entries(f.calls.byOperation))
    lines.push(`  ${op.padEnd(32)} ${String(c.actual).padStart(4)}  (minimum ${c.minimum})`);
  lines.push(
    `wall: AWS phase ${f.wallMs.aws} ms vs critical path ${f.criticalPath.ms} ms (${f.criticalPath.calls} calls: ${f.criticalPath.chain}) = ${f.awsOverCriticalPath}x, target <= 1.5x: ${f.withinTarget ? 'met' : 'NOT MET'}`,
  );
  lines.push(
    `      AWS phase of each of the ${f.runs} runs: ${f.wallMs.awsRuns.join(', ')} ms (the median run is shown)`,
  );
  lines.push(
    `      process ${f.wallMs.process} ms = startup ${f.wallMs.startup} ms + AWS phase ${f.wallMs.aws} ms + evaluation and report ${f.wallMs.tail} ms`,
  );
  const m = f.maxInFlight;
  lines.push(
    `in flight at most: ${m.all} (S3 ${m.s3}, CloudTrail ${m.cloudtrail}, CloudTrail in one Region ${m.cloudtrailPerRegion})`,
  );
  lines.push(
    `phases (ms from the first request): ${Object.entries(f.spans)
      .map(([op, [a, b]]) => `${op} ${a}-${b}`)
      .join(', ')}`,
  );
  const v = f.verdicts;
  lines.push(`verdicts expected ${JSON.stringify(v.expected)}`);
  lines.push(`verdicts reported ${JSON.stringify(v.reported)}  (exit ${f.exitCode})`);
  lines.push(`verdict mismatches: ${v.mismatches.length}`);
  for (const x of v.mismatches)
    lines.push(`  run ${x.run + 1}: ${x.bucket}: expected ${x.expected}, got ${x.got}`);
  for (const n of f.stubNotes) lines.push(`stub: ${n}`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // BENCH_LIVE_BUCKETS and BENCH_RUNS as in bench/run.mjs; `--cpu-prof DIR` profiles the CLI (node --cpu-prof).
  const prof = process.argv.indexOf('--cpu-prof');
  const figures = await runLiveBench({
    buckets: Number(process.env['BENCH_LIVE_BUCKETS'] ?? 200),
    runs: Number(process.env['BENCH_RUNS'] ?? 3),
    nodeArgs: prof > 0 ? ['--cpu-prof', '--cpu-prof-dir', resolvePath(process.argv[prof + 1] ?? '.')] : [],
  });
  console.log(printFigures(figures));
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
  if (figures.verdicts.mismatches.length > 0 || !figures.calls.atMinimum || !figures.withinTarget)
    process.exitCode = 1;
}
