// Organization-mode benchmark: the bundled CLI (`check --organization`) against a local stub of STS (query
// protocol, XML), Organizations (JSON 1.1), S3 (REST-XML, path-style) and CloudTrail (JSON 1.1) on
// 127.0.0.1 that answers every call after a fixed latency, for a simulated organization: 500 accounts, each
// with a bucket in every one of the 17 Regions of bench/live.mjs (so each account is listed in 17 Regions),
// an organization trail in the management account, and a local trail in every 5th member account.
//
// It reports the calls made against the fewest organization mode needs, the wall time against the critical
// path of one account, the most calls in flight per account and Region (CloudTrail's quota unit) and the
// most accounts in flight (--concurrency), and checks every bucket's verdict.
//
//   node bench/organization.mjs [--accounts 500] [--concurrency 500] [--json]   (needs the bundle: npm run bundle)
//   import { runOrganizationBench } from './bench/organization.mjs';
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { URLSearchParams, fileURLToPath } from 'node:url';
import { REGIONS } from './live.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ORG_ID = 'o-benchorg123';
const HOME = 'us-east-1';
/** Organizations' ListAccounts answers at most 20 accounts a page (its MaxResults range is 1-20). */
export const LIST_ACCOUNTS_PAGE = 20;
const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const STS_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';

const accountId = (k) => String(100000000000 + k);
const trailArn = (account, name) => `arn:aws:cloudtrail:${HOME}:${account}:trail/${name}`;

/**
 * The simulated organization. Account 0 is the management account (the caller). Every account has a data
 * bucket `d-ACCOUNT-REGION` in each Region; every 5th member a local multi-Region trail `local` (home
 * us-east-1) that records its bucket `x-ACCOUNT` and logs to `l-ACCOUNT`. The organization trail (home
 * us-east-1, logging to `org-logs-MGMT`) records every `d-` bucket. Expected: `d-` and `x-` buckets covered,
 * the log buckets (`l-`, `org-logs-`) uncovered.
 */
export function syntheticOrganization({ accounts: n = 500, regions = REGIONS } = {}) {
  const mgmt = accountId(0);
  const accounts = [];
  for (let k = 0; k < n; k++) {
    const id = accountId(k);
    const buckets = regions.map((r) => ({ name: `d-${id}-${r}`, region: r, expected: 'covered' }));
    const local = k > 0 && k % 5 === 0;
    if (local)
      buckets.push(
        { name: `x-${id}`, region: HOME, expected: 'covered' },
        { name: `l-${id}`, region: HOME, expected: 'uncovered', log: true },
      );
    if (k === 0) buckets.push({ name: `org-logs-${id}`, region: HOME, expected: 'uncovered', log: true });
    const trails = [];
    if (k === 0)
      trails.push({
        name: 'org',
        arn: trailArn(id, 'org'),
        org: true,
        logBucket: `org-logs-${id}`,
        startsWith: ['arn:aws:s3:::d-'],
      });
    if (local)
      trails.push({
        name: 'local',
        arn: trailArn(id, 'local'),
        org: false,
        logBucket: `l-${id}`,
        startsWith: [`arn:aws:s3:::x-${id}/`],
      });
    accounts.push({ id, buckets, trails });
  }
  return { mgmt, regions, accounts, orgTrail: accounts[0].trails[0] };
}

/**
 * The fewest calls organization mode can make here: GetCallerIdentity, ⌈n/20⌉ ListAccounts pages,
 * DescribeOrganization; per member AssumeRole; per account ListBuckets (one page: under 1,000 buckets, each
 * with its Region, so no GetBucketLocation), per account and Region DescribeTrails and ListEventDataStores;
 * per trail GetTrailStatus and GetEventSelectors (the organization trail once, from the management account:
 * members see it as a shadow trail and skip it); per log bucket GetBucketPolicy (its Region is known from
 * ListBuckets).
 */
export function minimumCalls(org) {
  const n = org.accounts.length;
  const trails = org.accounts.reduce((a, x) => a + x.trails.length, 0);
  const logs = org.accounts.reduce((a, x) => a + x.buckets.filter((b) => b.log).length, 0);
  return {
    'sts:GetCallerIdentity': 1,
    'organizations:ListAccounts': Math.ceil(n / LIST_ACCOUNTS_PAGE),
    'organizations:DescribeOrganization': 1,
    'sts:AssumeRole': n - 1,
    's3:ListBuckets': n,
    'cloudtrail:DescribeTrails': n * org.regions.length,
    'cloudtrail:ListEventDataStores': n * org.regions.length,
    'cloudtrail:GetTrailStatus': trails,
    'cloudtrail:GetEventSelectors': trails,
    's3:GetBucketPolicy': logs,
  };
}

/**
 * Critical paths, in calls. One account (what the run would take for a single member):
 *   AssumeRole → ListBuckets → DescribeTrails | ListEventDataStores → GetTrailStatus | GetEventSelectors |
 *   GetBucketPolicy                                                                         4 calls deep
 * The whole run adds the caller's own chain in front: GetCallerIdentity → ListAccounts page after page
 * (each needs the previous NextToken) → DescribeOrganization.
 */
export function criticalPaths(org) {
  const account = 4;
  const caller = 1 + Math.ceil(org.accounts.length / LIST_ACCOUNTS_PAGE) + 1;
  return {
    account,
    run: caller + account,
    chain:
      'GetCallerIdentity → ListAccounts × pages → DescribeOrganization → AssumeRole → ListBuckets → ' +
      'DescribeTrails | ListEventDataStores → GetTrailStatus | GetEventSelectors | GetBucketPolicy',
  };
}

// ---------------------------------------------------------------------------------------------- the stub

/** The access key, Region and service of a SigV4 request. */
function scopeOf(req) {
  const m = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(
    req.headers['authorization'] ?? '',
  );
  return m ? { key: m[1], region: m[2], service: m[3] } : {};
}

const CALLER_KEY = 'AKIDBENCHEXAMPLE';

function xmlError(code, message) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>BENCH</RequestId></Error>`;
}

function logPolicy(bucket, trail, orgPath) {
  const cond = { 'aws:SourceArn': trail.arn };
  const account = trail.arn.split(':')[4];
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AWSCloudTrailAclCheck20150319',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:GetBucketAcl',
        Resource: `arn:aws:s3:::${bucket}`,
        Condition: { StringEquals: cond },
      },
      {
        Sid: 'AWSCloudTrailWrite20150319',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: [
          `arn:aws:s3:::${bucket}/AWSLogs/${account}/*`,
          ...(orgPath ? [`arn:aws:s3:::${bucket}/AWSLogs/${ORG_ID}/*`] : []),
        ],
        Condition: { StringEquals: { ...cond, 's3:x-amz-acl': 'bucket-owner-full-control' } },
      },
    ],
  };
}

/**
 * Starts the stub (127.0.0.1, port 0). Every request is answered after `latencyMs`. The account of a request
 * is told by its access key: the caller's, or `ASIA` + the account an AssumeRole answer gave. `stats` counts
 * calls per operation and the most in flight: overall, per account and Region for CloudTrail, accounts with
 * a call in flight.
 */
export async function startOrganizationStub(org, { latencyMs = 100 } = {}) {
  const byId = new Map(org.accounts.map((a) => [a.id, a]));
  const bucketOwner = new Map();
  for (const a of org.accounts) for (const b of a.buckets) bucketOwner.set(b.name, { account: a, bucket: b });
  const trailByArn = new Map(
    org.accounts.flatMap((a) => a.trails.map((t) => [t.arn, { account: a, trail: t }])),
  );
  const stats = {
    calls: new Map(),
    notes: [],
    inFlight: { all: 0, perAccountRegion: new Map(), perAccount: new Map() },
    maxInFlight: { all: 0, cloudtrailPerAccountRegion: 0, accounts: 0 },
    first: undefined,
    last: undefined,
  };
  const note = (n) => {
    if (stats.notes.length < 50) stats.notes.push(n);
  };

  const json = (body) => ({ status: 200, type: 'application/x-amz-json-1.1', body: JSON.stringify(body) });
  const jsonError = (status, type, message) => ({
    status,
    type: 'application/x-amz-json-1.1',
    body: JSON.stringify({ __type: type, message }),
  });
  const xml = (status, body) => ({ status, type: 'text/xml', body });

  function sts(account, params) {
    const action = params.get('Action');
    if (action === 'GetCallerIdentity')
      return xml(
        200,
        `<GetCallerIdentityResponse xmlns="${STS_XMLNS}"><GetCallerIdentityResult><Arn>arn:aws:sts::${org.mgmt}:assumed-role/ci/bench</Arn><UserId>AROABENCH:bench</UserId><Account>${account.id}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>b</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      );
    if (action === 'AssumeRole') {
      const target = /^arn:aws:iam::(\d{12}):role\//.exec(params.get('RoleArn') ?? '')?.[1];
      if (!target || !byId.has(target)) return xml(403, xmlError('AccessDenied', 'no such role'));
      const expires = new Date(Date.now() + 3600_000).toISOString();
      return xml(
        200,
        `<AssumeRoleResponse xmlns="${STS_XMLNS}"><AssumeRoleResult><Credentials><AccessKeyId>ASIA${target}</AccessKeyId><SecretAccessKey>bench-secret-${target}</SecretAccessKey><SessionToken>bench-token-${target}</SessionToken><Expiration>${expires}</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${target}:assumed-role/S3TrailGuardReadOnly/s3-trail-guard</Arn><AssumedRoleId>AROABENCH:s3-trail-guard</AssumedRoleId></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>b</RequestId></ResponseMetadata></AssumeRoleResponse>`,
      );
    }
    return xml(400, xmlError('InvalidAction', `the stub does not answer ${action}`));
  }

  function organizations(op, input) {
    if (op === 'DescribeOrganization')
      return json({ Organization: { Id: ORG_ID, MasterAccountId: org.mgmt, FeatureSet: 'ALL' } });
    if (op === 'ListAccounts') {
      const from = input.NextToken ? Number(input.NextToken) : 0;
      const page = org.accounts.slice(from, from + LIST_ACCOUNTS_PAGE);
      const next =
        from + LIST_ACCOUNTS_PAGE < org.accounts.length ? String(from + LIST_ACCOUNTS_PAGE) : undefined;
      return json({
        Accounts: page.map((a) => ({
          Id: a.id,
          Arn: `arn:aws:organizations::${org.mgmt}:account/${ORG_ID}/${a.id}`,
          State: 'ACTIVE',
          Status: 'ACTIVE',
        })),
        ...(next ? { NextToken: next } : {}),
      });
    }
    return jsonError(400, 'UnknownOperationException', op);
  }

  function cloudtrail(account, op, region, input) {
    const entry = (x, t) => ({
      Name: t.name,
      S3BucketName: t.logBucket,
      IncludeGlobalServiceEvents: true,
      IsMultiRegionTrail: true,
      HomeRegion: HOME,
      TrailARN: t.arn,
      LogFileValidationEnabled: true,
      HasCustomEventSelectors: true,
      HasInsightSelectors: false,
      IsOrganizationTrail: t.org,
    });
    switch (op) {
      case 'DescribeTrails': {
        const own = account.trails.filter((t) => !t.org);
        return json({ trailList: [entry(account, org.orgTrail), ...own.map((t) => entry(account, t))] });
      }
      case 'ListEventDataStores':
        return json({ EventDataStores: [] });
      case 'GetTrailStatus':
      case 'GetEventSelectors': {
        const arn = op === 'GetTrailStatus' ? input.Name : input.TrailName;
        const found = trailByArn.get(arn);
        if (!found || found.account !== account)
          return jsonError(
            400,
            'TrailNotFoundException',
            `Unknown trail: ${arn} for the user: ${account.id}`,
          );
        if (region !== HOME) note(`${op} for ${arn} asked in ${region}`);
        const t = found.trail;
        return op === 'GetTrailStatus'
          ? json({ IsLogging: true, LatestDeliveryAttemptSucceeded: '2026-11-26T00:00:00Z' })
          : json({
              TrailARN: t.arn,
              AdvancedEventSelectors: [
                {
                  Name: 'data',
                  FieldSelectors: [
                    { Field: 'eventCategory', Equals: ['Data'] },
                    { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
                    { Field: 'resources.ARN', StartsWith: t.startsWith },
                  ],
                },
              ],
            });
      }
      default:
        return jsonError(400, 'UnknownOperationException', op);
    }
  }

  function s3(account, method, url) {
    const [bucket = ''] = url.pathname.split('/').filter(Boolean);
    if (!bucket && url.searchParams.get('x-id') === 'ListBuckets') {
      const body = account.buckets
        .map(
          (b) =>
            `<Bucket><Name>${b.name}</Name><CreationDate>2026-01-01T00:00:00.000Z</CreationDate><BucketRegion>${b.region}</BucketRegion></Bucket>`,
        )
        .join('');
      return {
        op: 'ListBuckets',
        ...xml(
          200,
          `<?xml version="1.0" encoding="UTF-8"?>\n<ListAllMyBucketsResult xmlns="${S3_XMLNS}"><Owner><ID>o</ID></Owner><Buckets>${body}</Buckets></ListAllMyBucketsResult>`,
        ),
      };
    }
    const owned = bucketOwner.get(bucket);
    if (method === 'GET' && url.searchParams.has('location')) {
      if (!owned) return { op: 'GetBucketLocation', ...xml(404, xmlError('NoSuchBucket', 'none')) };
      const r = owned.bucket.region;
      const body =
        r === 'us-east-1'
          ? `<LocationConstraint xmlns="${S3_XMLNS}"/>`
          : `<LocationConstraint xmlns="${S3_XMLNS}">${r}</LocationConstraint>`;
      return { op: 'GetBucketLocation', ...xml(200, `<?xml version="1.0" encoding="UTF-8"?>\n${body}`) };
    }
    if (method === 'GET' && url.searchParams.has('policy')) {
      const op = 'GetBucketPolicy';
      if (!owned) return { op, ...xml(404, xmlError('NoSuchBucket', 'none')) };
      if (owned.account !== account) return { op, ...xml(403, xmlError('AccessDenied', 'Access Denied')) };
      const writer = owned.account.trails.find((t) => t.logBucket === bucket);
      if (!writer) return { op, ...xml(404, xmlError('NoSuchBucketPolicy', 'none')) };
      return {
        op,
        status: 200,
        type: 'application/json',
        body: JSON.stringify(logPolicy(bucket, writer, writer.org)),
      };
    }
    return { op: `S3 ${method} ${url.search}`, ...xml(400, xmlError('NotImplemented', 'not in the stub')) };
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    stats.first ??= started;
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const { key, region = '?', service } = scopeOf(req);
      const account =
        key === CALLER_KEY
          ? byId.get(org.mgmt)
          : key?.startsWith('ASIA')
            ? byId.get(key.slice(4))
            : undefined;
      const body = Buffer.concat(chunks).toString('utf8');
      const target = req.headers['x-amz-target'];
      let op;
      let answer;
      if (!account) {
        op = 'unsigned';
        answer = xml(403, xmlError('InvalidClientTokenId', 'unknown key'));
      } else if (service === 'sts') {
        const params = new URLSearchParams(body);
        op = `sts:${params.get('Action')}`;
        answer = sts(account, params);
      } else if (typeof target === 'string' && target.startsWith('AWSOrganizationsV20161128.')) {
        op = target.slice('AWSOrganizationsV20161128.'.length);
        answer = organizations(op, JSON.parse(body || '{}'));
        op = `organizations:${op}`;
      } else if (typeof target === 'string' && target.startsWith('CloudTrail_20131101.')) {
        op = target.slice('CloudTrail_20131101.'.length);
        answer = cloudtrail(account, op, region, JSON.parse(body || '{}'));
        op = `cloudtrail:${op}`;
      } else {
        const r = s3(account, req.method ?? 'GET', new URL(req.url ?? '/', 'http://stub'));
        op = r.op.startsWith('S3 ') ? r.op : `s3:${r.op}`;
        answer = r;
      }
      stats.calls.set(op, (stats.calls.get(op) ?? 0) + 1);
      if (answer.status >= 400) note(`${op} for ${account?.id ?? key}: ${answer.status}`);
      const acct = account?.id ?? '?';
      const ar = `${acct} ${region}`;
      const isCt = op.startsWith('cloudtrail:');
      const f = stats.inFlight;
      f.all++;
      if (isCt) f.perAccountRegion.set(ar, (f.perAccountRegion.get(ar) ?? 0) + 1);
      f.perAccount.set(acct, (f.perAccount.get(acct) ?? 0) + 1);
      const m = stats.maxInFlight;
      m.all = Math.max(m.all, f.all);
      if (isCt)
        m.cloudtrailPerAccountRegion = Math.max(m.cloudtrailPerAccountRegion, f.perAccountRegion.get(ar));
      m.accounts = Math.max(m.accounts, f.perAccount.size);
      await sleep(Math.max(0, latencyMs - (performance.now() - started)));
      f.all--;
      if (isCt) {
        const left = f.perAccountRegion.get(ar) - 1;
        if (left) f.perAccountRegion.set(ar, left);
        else f.perAccountRegion.delete(ar);
      }
      const leftA = f.perAccount.get(acct) - 1;
      if (leftA) f.perAccount.set(acct, leftA);
      else f.perAccount.delete(acct);
      res.writeHead(answer.status, { 'content-type': answer.type, 'x-amzn-requestid': 'bench' });
      res.end(answer.body, () => {
        stats.last = performance.now();
      });
    });
  });
  server.maxConnections = 100000;
  await new Promise((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve));
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

function runCli(args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cli = join(process.env.S3TG_DIST_DIR ? process.env.S3TG_DIST_DIR : join(ROOT, 'dist'), 'cli.js');
    const child = spawn(process.execPath, ['--require', join(ROOT, 'bench', 'maxrss.cjs'), cli, ...args], {
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

/**
 * One run of `check --organization --concurrency K` against a fresh stub. `wallMs.aws` is the first request
 * the stub receives to the last answer it sends; `process` is spawn to exit.
 */
export async function runOrganizationBench({ accounts = 500, latencyMs = 100, concurrency = 500 } = {}) {
  const org = syntheticOrganization({ accounts });
  const dir = mkdtempSync(join(tmpdir(), 's3tg-org-bench-'));
  const stub = await startOrganizationStub(org, { latencyMs });
  try {
    const policy = join(dir, 'policy.yml');
    const out = join(dir, 'report.json');
    const rss = join(dir, 'maxrss');
    writeFileSync(policy, 'version: 1\nbuckets:\n  - name: "*"\n');
    const env = {
      PATH: process.env['PATH'] ?? '',
      AWS_ENDPOINT_URL: stub.url,
      AWS_ACCESS_KEY_ID: CALLER_KEY,
      AWS_SECRET_ACCESS_KEY: 'bench-secret-key',
      AWS_REGION: HOME,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(dir, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
      S3TG_MAXRSS_FILE: rss,
    };
    const run = await runCli(
      [
        'check',
        '--policy',
        policy,
        '--organization',
        '--concurrency',
        String(concurrency),
        '--format',
        'json',
        '--output',
        out,
      ],
      env,
    );
    let report;
    try {
      report = JSON.parse(readFileSync(out, 'utf8'));
    } catch (e) {
      report = undefined;
      run.stderr += `\n(the report ${out}: ${e.message})`;
    }
    if (!report || (run.code !== 0 && run.code !== 1))
      throw new Error(`the CLI exited ${run.code} without a report: ${run.stderr.trim().slice(-3000)}`);
    let maxRssMiB = NaN;
    try {
      maxRssMiB = Math.round(Number(readFileSync(rss, 'utf8')) / 1024);
    } catch {
      // no figure
    }

    const minimum = minimumCalls(org);
    const ops = [...new Set([...Object.keys(minimum), ...stub.stats.calls.keys()])].sort();
    const byOperation = Object.fromEntries(
      ops.map((op) => [op, { actual: stub.stats.calls.get(op) ?? 0, minimum: minimum[op] ?? 0 }]),
    );
    const total = [...stub.stats.calls.values()].reduce((a, b) => a + b, 0);
    const minTotal = Object.values(minimum).reduce((a, b) => a + b, 0);
    const cp = criticalPaths(org);
    const awsMs = (stub.stats.last ?? run.ended) - (stub.stats.first ?? run.started);

    const mismatches = [];
    const seen = new Map(report.buckets.map((b) => [b.name, b]));
    for (const a of org.accounts)
      for (const b of a.buckets) {
        const got = seen.get(b.name);
        if (!got || got.status !== b.expected || got.account !== a.id)
          mismatches.push({
            bucket: b.name,
            expected: `${b.expected} in ${a.id}`,
            got: got ? `${got.status} in ${got.account}` : '(missing)',
          });
      }
    return {
      organization: { accounts, regions: org.regions.length, buckets: seen.size, latencyMs, concurrency },
      calls: { total, minimum: minTotal, atMinimum: total === minTotal, byOperation },
      criticalPath: {
        accountMs: cp.account * latencyMs,
        runMs: cp.run * latencyMs,
        accountCalls: cp.account,
        runCalls: cp.run,
        chain: cp.chain,
      },
      wallMs: {
        aws: Math.round(awsMs),
        process: Math.round(run.ended - run.started),
        startup: Math.round((stub.stats.first ?? run.ended) - run.started),
        tail: Math.round(run.ended - (stub.stats.last ?? run.ended)),
      },
      overAccountCriticalPath: Number((awsMs / (cp.account * latencyMs)).toFixed(2)),
      overRunCriticalPath: Number((awsMs / (cp.run * latencyMs)).toFixed(2)),
      maxInFlight: stub.stats.maxInFlight,
      maxRssMiB,
      summary: report.summary,
      mismatches,
      exitCode: run.code,
      stubNotes: stub.stats.notes,
    };
  } finally {
    await stub.close();
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    else console.error(`kept ${dir}`);
  }
}

export function printOrganizationFigures(f) {
  const o = f.organization;
  const lines = [
    `organization bench: ${o.accounts} accounts × ${o.regions} Regions, ${o.buckets} buckets, ${o.latencyMs} ms per call, --concurrency ${o.concurrency}`,
    `calls: ${f.calls.total} (minimum ${f.calls.minimum})${f.calls.atMinimum ? '' : '  ** not the minimum **'}`,
    ...Object.entries(f.calls.byOperation).map(
      ([op, c]) => `  ${op.padEnd(36)} ${String(c.actual).padStart(6)}  (minimum ${c.minimum})`,
    ),
    `wall: AWS phase ${f.wallMs.aws} ms = ${f.overAccountCriticalPath}x the critical path of one account (${f.criticalPath.accountMs} ms), ${f.overRunCriticalPath}x the run's (${f.criticalPath.runMs} ms: ${f.criticalPath.chain})`,
    `      process ${f.wallMs.process} ms = startup ${f.wallMs.startup} + AWS phase ${f.wallMs.aws} + evaluation and report ${f.wallMs.tail}; peak RSS ${f.maxRssMiB} MiB`,
    `in flight at most: ${f.maxInFlight.all} calls, ${f.maxInFlight.accounts} accounts, ${f.maxInFlight.cloudtrailPerAccountRegion} CloudTrail calls in one account and Region`,
    `verdicts ${JSON.stringify(f.summary)} (exit ${f.exitCode}); mismatches: ${f.mismatches.length}`,
    ...f.mismatches.slice(0, 5).map((m) => `  ${m.bucket}: expected ${m.expected}, got ${m.got}`),
    ...f.stubNotes.slice(0, 10).map((n) => `stub: ${n}`),
  ];
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const figures = await runOrganizationBench({
    accounts: arg('accounts', 500),
    concurrency: arg('concurrency', 500),
    latencyMs: arg('latency', 100),
  });
  console.log(printOrganizationFigures(figures));
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
  if (figures.mismatches.length || !figures.calls.atMinimum) process.exitCode = 1;
}
