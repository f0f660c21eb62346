// Organization mode over the real SDK clients (nock). Wire formats, as the SDK serialises them:
// STS is the AWS query protocol (POST / form-encoded Action=AssumeRole&Version=2011-06-15, XML answers),
// Organizations is JSON 1.1 (X-Amz-Target: AWSOrganizationsV20161128.<Op>, global endpoint
// organizations.us-east-1.amazonaws.com), S3 ListBuckets is REST-XML (GET /?x-id=ListBuckets&max-buckets=…).
// Which account a CloudTrail or S3 call is made in is told by its signature: the assumed role's access key
// (ASIA + account ID here) or the caller's own (AKIDTEST, from setup-env).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/cli.js';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import nock from 'nock';
import { evaluate } from '../../../src/app/run.js';
import { InputError } from '../../../src/errors.js';
import { mergeReports } from '../../../src/app/merge.js';
import type { Policy } from '../../../src/config/policy.js';
import type { Facts } from '../../../src/model/facts.js';
import { AwsCaller, DEFAULT_BOUNDS } from '../../../src/sources/aws/clients.js';
import { createLimiter } from '../../../src/sources/aws/limit.js';
import {
  CALLS_IN_FLIGHT,
  collectOrganizationFacts,
  shardAccounts,
  type OrganizationOptions,
} from '../../../src/sources/aws/organization.js';
import type { Report } from '../../../src/outputs/report.js';
import { organizationProgressLine, progressLines } from '../../../src/sources/organization/source.js';
import { bucket, factsOf, policyOf, requirement } from '../../helpers/facts-builders.js';
import { combineSources } from '../../../src/sources/combine.js';
import { expectValidReport, parseReport } from '../../helpers/report-schema.js';
import { sdkTrail, testClients, trailArn, wholeBucketAdvanced } from './fake-aws.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const MGMT = '999988887777';
const A = '111111111111';
const B = '222222222222';
const C = '333333333333';
const D = '444444444444';
const ORG_ID = 'o-abc123defg';
const SECRET = (id: string) => `secret-of-${id}-do-not-print`;
const TOKEN = (id: string) => `session-token-of-${id}-do-not-print`;

const keyOf = (id: string) => (id === MGMT ? 'AKIDTEST' : `ASIA${id}`);
const signedBy = (id: string) => new RegExp(`Credential=${keyOf(id)}/`);

const orgTrail = sdkTrail({
  name: 'org',
  account: MGMT,
  multiRegion: true,
  org: true,
  logBucket: 'org-logs',
});
const localTrail = sdkTrail({ name: 'local', account: C, multiRegion: true, logBucket: 'c-logs' });

/** The selectors of the organization trail: the data events of a-data and b-data only. */
const orgSelectors = {
  AdvancedEventSelectors: [
    {
      Name: 'sensitive',
      FieldSelectors: [
        { Field: 'eventCategory', Equals: ['Data'] },
        { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
        { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::a-data/', 'arn:aws:s3:::b-data/'] },
      ],
    },
  ],
};

const json = { 'content-type': 'application/x-amz-json-1.1' };
const xml = { 'content-type': 'text/xml' };

function orgApi(op: string, body?: (b: Record<string, unknown>) => boolean) {
  return nock('https://organizations.us-east-1.amazonaws.com')
    .matchHeader('x-amz-target', `AWSOrganizationsV20161128.${op}`)
    .post('/', body)
    .query(true);
}

function sts(action: string, body: (b: Record<string, string>) => boolean = () => true) {
  return nock('https://sts.us-east-1.amazonaws.com')
    .post('/', (b: Record<string, string>) => b['Action'] === action && body(b))
    .query(true);
}

function cloudtrail(id: string, op: string, body?: (b: Record<string, unknown>) => boolean) {
  return nock('https://cloudtrail.us-east-1.amazonaws.com')
    .matchHeader('x-amz-target', `CloudTrail_20131101.${op}`)
    .matchHeader('authorization', signedBy(id))
    .post('/', body);
}

interface World {
  /** Calls per account and operation, counted as nock answers them. */
  readonly calls: Map<string, number>;
}

/**
 * A five-account organization (management 9999…, members 1111…, 2222…, 3333…, 4444…): the organization
 * trail in the management account records a-data and b-data; 3333… has a local trail that records
 * c-data; 4444…'s role cannot be assumed (AccessDenied). ListAccounts answers in two pages. Every
 * interceptor persists, so several runs (shards) can read the same world.
 */
function organization(expiration = '2099-01-01T00:00:00Z'): World {
  const calls = new Map<string, number>();
  const count = (k: string) => calls.set(k, (calls.get(k) ?? 0) + 1);
  const accounts = [MGMT, A, B, C, D].map((Id) => ({ Id, State: 'ACTIVE', Status: 'ACTIVE' }));
  orgApi('ListAccounts', (b) => b['NextToken'] === undefined)
    .reply(() => {
      count('ListAccounts');
      return [200, JSON.stringify({ Accounts: accounts.slice(0, 3), NextToken: 'page-2' }), json];
    })
    .persist();
  orgApi('ListAccounts', (b) => b['NextToken'] === 'page-2')
    .reply(() => {
      count('ListAccounts');
      return [
        200,
        JSON.stringify({
          // A suspended account is not scanned.
          Accounts: [...accounts.slice(3), { Id: '555555555555', State: 'SUSPENDED', Status: 'SUSPENDED' }],
        }),
        json,
      ];
    })
    .persist();
  orgApi('DescribeOrganization')
    .reply(200, JSON.stringify({ Organization: { Id: ORG_ID, MasterAccountId: MGMT } }), json)
    .persist();
  sts('GetCallerIdentity')
    .reply(
      200,
      `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::${MGMT}:assumed-role/ci/run</Arn><UserId>AROA:run</UserId><Account>${MGMT}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      xml,
    )
    .persist();
  for (const id of [A, B, C])
    sts(
      'AssumeRole',
      (b) =>
        b['RoleArn'] === `arn:aws:iam::${id}:role/S3TrailGuardReadOnly` &&
        b['RoleSessionName'] === 's3-trail-guard',
    )
      .reply(() => {
        count(`AssumeRole ${id}`);
        return [
          200,
          `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>${keyOf(id)}</AccessKeyId><SecretAccessKey>${SECRET(id)}</SecretAccessKey><SessionToken>${TOKEN(id)}</SessionToken><Expiration>${expiration}</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${id}:assumed-role/S3TrailGuardReadOnly/s3-trail-guard</Arn><AssumedRoleId>AROA:s3-trail-guard</AssumedRoleId></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>r2</RequestId></ResponseMetadata></AssumeRoleResponse>`,
          xml,
        ];
      })
      .persist();
  sts('AssumeRole', (b) => b['RoleArn'] === `arn:aws:iam::${D}:role/S3TrailGuardReadOnly`)
    .reply(() => {
      count(`AssumeRole ${D}`);
      return [
        403,
        `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:sts::${MGMT}:assumed-role/ci/run is not authorized to perform: sts:AssumeRole</Message></Error><RequestId>r3</RequestId></ErrorResponse>`,
        xml,
      ];
    })
    .persist();
  const owned: Record<string, string[]> = {
    [MGMT]: ['m-data'],
    [A]: ['a-data'],
    [B]: ['b-data'],
    [C]: ['c-data', 'c-logs'],
  };
  for (const [id, names] of Object.entries(owned)) {
    nock('https://s3.us-east-1.amazonaws.com')
      .matchHeader('authorization', signedBy(id))
      .get('/')
      .query((q) => q['x-id'] === 'ListBuckets')
      .reply(() => {
        count(`ListBuckets ${id}`);
        return [
          200,
          `<?xml version="1.0" encoding="UTF-8"?>\n<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>o</ID></Owner><Buckets>${names.map((n) => `<Bucket><Name>${n}</Name><CreationDate>2026-01-01T00:00:00.000Z</CreationDate><BucketRegion>us-east-1</BucketRegion></Bucket>`).join('')}</Buckets></ListAllMyBucketsResult>`,
          { 'content-type': 'application/xml' },
        ];
      })
      .persist();
    // Members see the organization trail as a shadow trail; C also has its own.
    const listed = id === MGMT ? [orgTrail] : id === C ? [orgTrail, localTrail] : [orgTrail];
    cloudtrail(id, 'DescribeTrails')
      .reply(() => {
        count(`DescribeTrails ${id}`);
        return [200, JSON.stringify({ trailList: listed }), json];
      })
      .persist();
    cloudtrail(id, 'ListEventDataStores')
      .reply(200, JSON.stringify({ EventDataStores: [] }), json)
      .persist();
  }
  for (const [id, t, selectors] of [
    [MGMT, orgTrail, orgSelectors],
    [C, localTrail, wholeBucketAdvanced('c-data')],
  ] as const) {
    cloudtrail(id, 'GetTrailStatus', (b) => b['Name'] === t.TrailARN)
      .reply(() => {
        count(`GetTrailStatus ${id} ${t.Name}`);
        return [200, JSON.stringify({ IsLogging: true }), json];
      })
      .persist();
    cloudtrail(id, 'GetEventSelectors', (b) => b['TrailName'] === t.TrailARN)
      .reply(200, JSON.stringify({ TrailARN: t.TrailARN, ...selectors }), json)
      .persist();
  }
  // The log buckets: their Region and policy (none), read by the account whose trail writes there.
  for (const [id, bucket] of [
    [MGMT, 'org-logs'],
    [C, 'c-logs'],
  ] as const) {
    nock(`https://${bucket}.s3.us-east-1.amazonaws.com`)
      .matchHeader('authorization', signedBy(id))
      .get('/')
      .query({ location: '' })
      .reply(200, '<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>', {
        'content-type': 'application/xml',
      })
      .persist();
    nock(`https://${bucket}.s3.us-east-1.amazonaws.com`)
      .matchHeader('authorization', signedBy(id))
      .get('/')
      .query({ policy: '' })
      .reply(
        404,
        '<Error><Code>NoSuchBucketPolicy</Code><Message>none</Message><RequestId>R</RequestId></Error>',
        { 'content-type': 'application/xml' },
      )
      .persist();
  }
  return { calls };
}

const POLICY: Policy = policyOf(
  requirement('a-data'),
  requirement('b-data'),
  requirement('c-data'),
  requirement('m-data'),
  requirement('d-data', { account: D }),
  requirement('nowhere-data'),
);

async function collect(o: Partial<OrganizationOptions> = {}, policy = POLICY): Promise<Facts> {
  return collectOrganizationFacts(
    policy,
    { region: 'us-east-1', roleName: 'S3TrailGuardReadOnly', exclude: [], concurrency: 3, ...o },
    {
      env: {},
      clientSettings: {
        retryStrategy: new ConfiguredRetryStrategy(1, 1),
        connectionTimeout: 500,
        requestTimeout: 2000,
      },
    },
  );
}

const NOW = new Date('2026-12-01T00:00:00Z');
const reportOf = (facts: Facts, policy = POLICY): Report => evaluate(facts, policy, { now: NOW }).report;
const statusOf = (r: Report) => Object.fromEntries(r.buckets.map((b) => [b.name, [b.status, b.account]]));

describe('organization mode over the real SDK clients (nock)', () => {
  it('a five-account organization: the org trail credits members, a local trail its account, an unassumable role is unknown', async () => {
    const world = organization();
    const facts = await collect();
    const report = reportOf(facts);
    expectValidReport(report);
    expect(report.mode).toBe('organization');
    expect(report.organization).toEqual({ accounts: [A, B, C, D, MGMT] });
    expect(statusOf(report)).toEqual({
      'a-data': ['covered', A],
      'b-data': ['covered', B],
      'c-data': ['covered', C],
      'm-data': ['uncovered', MGMT],
      'd-data': ['unknown', D],
      'nowhere-data': ['unknown', null],
    });
    // The organization trail covers a member's bucket; it is read once, from the management account.
    expect(report.buckets.find((b) => b.name === 'a-data')?.events[0]?.coveredBy).toEqual([
      trailArn('org', 'us-east-1', MGMT),
    ]);
    expect(report.buckets.find((b) => b.name === 'c-data')?.events[0]?.coveredBy).toEqual([
      trailArn('local', 'us-east-1', C),
    ]);
    expect(world.calls.get(`GetTrailStatus ${MGMT} org`)).toBe(1);
    expect(facts.recorders.filter((r) => r.id === trailArn('org', 'us-east-1', MGMT))).toHaveLength(1);
    const org = facts.recorders.find((r) => r.id === trailArn('org', 'us-east-1', MGMT));
    expect(org?.organizationId).toEqual({ known: true, value: ORG_ID });
    // The account whose role cannot be assumed: its bucket unknown, naming the account and the reason.
    const d = report.buckets.find((b) => b.name === 'd-data');
    const gaps = d?.events.flatMap((e) => e.gaps).join('\n') ?? '';
    expect(gaps).toContain(D);
    expect(gaps).toContain('AccessDenied on sts:AssumeRole');
    expect(report.warnings.join('\n')).toMatch(
      new RegExp(`account ${D} was not read: the role could not be assumed`),
    );
    // The suspended account is named, not scanned.
    expect(report.warnings.join('\n')).toContain('not ACTIVE, not scanned: 555555555555');
    expect(world.calls.get('AssumeRole 555555555555')).toBeUndefined();
    // ListAccounts paginated: both pages read once.
    expect(world.calls.get('ListAccounts')).toBe(2);
    // The caller's own account is read with its own credentials (no AssumeRole into it).
    expect(world.calls.get(`AssumeRole ${MGMT}`)).toBeUndefined();
    expect(world.calls.get(`ListBuckets ${MGMT}`)).toBe(1);
    expect(report.passed).toBe(false);
  });

  it("never prints an assumed role's credentials (report, warnings)", async () => {
    organization();
    const report = reportOf(await collect());
    const text = JSON.stringify(report);
    for (const id of [A, B, C]) {
      expect(text).not.toContain(SECRET(id));
      expect(text).not.toContain(TOKEN(id));
    }
    // AWS's message of the AccessDenied (it names the caller's role) is not repeated either.
    expect(text).not.toContain('is not authorized to perform');
  });

  it('a session that expires within the run is renewed (AssumeRole again), not used expired', async () => {
    // Expires in 1 minute: inside the 5-minute renewal margin, so every use renews it.
    const world = organization(new Date(Date.now() + 60_000).toISOString());
    const report = reportOf(await collect({ accounts: [A] }));
    expect(statusOf(report)['a-data']).toEqual(['covered', A]);
    expect(world.calls.get(`AssumeRole ${A}`)).toBeGreaterThan(1);
  });

  it('ListAccounts denied: an input error naming the call and the way out, never a shorter list', async () => {
    sts('GetCallerIdentity').reply(
      200,
      `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::${A}:assumed-role/ci/run</Arn><UserId>AROA:run</UserId><Account>${A}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      xml,
    );
    orgApi('ListAccounts').reply(
      400,
      JSON.stringify({ __type: 'AccessDeniedException', message: 'You don’t have permissions' }),
      json,
    );
    const run = collect();
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(run).rejects.toThrow(
      /accounts could not be listed \(AccessDenied on organizations:ListAccounts .*management account.*--accounts/,
    );
  });

  it('--accounts replaces ListAccounts; --exclude-accounts leaves accounts out', async () => {
    const world = organization();
    const report = reportOf(await collect({ accounts: [A, C, MGMT], exclude: [C] }));
    expect(world.calls.get('ListAccounts')).toBeUndefined();
    expect(report.organization).toEqual({ accounts: [A, MGMT] });
    expect(statusOf(report)['a-data']).toEqual(['covered', A]);
    expect(statusOf(report)['c-data']).toEqual(['unknown', null]);
    expect(world.calls.get(`ListBuckets ${C}`)).toBeUndefined();
  });

  it('"*" lists every bucket of every scanned account (s3:ListBuckets)', async () => {
    organization();
    const every: Policy = { ...policyOf(requirement('a-data')), everyBucket: requirement('*') };
    const report = reportOf(await collect({}, every), every);
    expect(report.buckets.map((b) => [b.name, b.account])).toEqual([
      ['a-data', A],
      ['b-data', B],
      ['c-data', C],
      ['c-logs', C],
      ['m-data', MGMT],
    ]);
  });

  it('shards 1/3, 2/3 and 3/3 merged equal the unsharded run (buckets, findings, summary, verdict)', async () => {
    organization();
    const whole = reportOf(await collect());
    const shards: Report[] = [];
    for (const index of [3, 1, 2]) shards.push(reportOf(await collect({ shard: { index, count: 3 } })));
    for (const s of shards) expectValidReport(s);
    // Each shard reads a stable share: sorted IDs, round robin.
    expect(shards.map((s) => s.organization)).toEqual([
      { accounts: [C], shard: { index: 3, count: 3 } },
      { accounts: [A, D], shard: { index: 1, count: 3 } },
      { accounts: [B, MGMT], shard: { index: 2, count: 3 } },
    ]);
    const merged = mergeReports(shards.map((report, i) => ({ file: `shard-${i}.json`, report })));
    expectValidReport(merged);
    expect(merged.buckets).toEqual(whole.buckets);
    expect(merged.findings).toEqual(whole.findings);
    expect(merged.summary).toEqual(whole.summary);
    expect(merged.verdict).toEqual(whole.verdict);
    expect(merged.fixes).toEqual(whole.fixes);
    expect(merged.organization).toEqual(whole.organization);
    expect(new Set(merged.warnings)).toEqual(new Set(whole.warnings));
    // No shard alone has the whole verdict.
    expect(shards.map((s) => s.summary.covered)).not.toContain(whole.summary.covered);
  });
});

describe('a plan over the organization (--plan with --organization): mode plan+organization', () => {
  // The plan of a workload stack in account 1111… that creates a-new (a plan builder's bucket, as the
  // Terraform plan adapter gives it: account from the provider, Region known) and leaves a-data alone.
  const planFacts: Facts = {
    ...factsOf(
      [],
      [{ ...bucket('a-new', 'us-east-1', A), change: 'create' }, bucket('a-data', 'us-east-1', A)],
    ),
  };
  const planBefore: Facts = factsOf([], [bucket('a-data', 'us-east-1', A)]);
  const policy = policyOf(...POLICY.buckets, requirement('a-new'));
  const planSpec = { kind: 'terraform-plan' as const, file: 'plan.json' };
  const orgSpec = {
    kind: 'organization' as const,
    roleName: 'S3TrailGuardReadOnly',
    exclude: [],
    concurrency: 3,
  };
  async function planOver(o: Partial<OrganizationOptions> = {}): Promise<Report> {
    const org = await collect(o, policy);
    const c = combineSources([
      { spec: planSpec, after: planFacts, before: planBefore },
      { spec: orgSpec, after: org },
    ]);
    return evaluate(c.after, policy, { now: NOW, plans: c.plans, ...(c.before ? { before: c.before } : {}) })
      .report;
  }

  it('the report says plan+organization, keeps the accounts, places a bucket the plan creates in its account', async () => {
    organization();
    const r = await planOver();
    expectValidReport(r);
    expect(r.mode).toBe('plan+organization');
    expect(r.plan).toBe('plan.json');
    expect(r.organization).toEqual({ accounts: [A, B, C, D, MGMT] });
    expect(statusOf(r)).toEqual({
      'a-data': ['covered', A],
      'b-data': ['covered', B],
      'c-data': ['covered', C],
      'm-data': ['uncovered', MGMT],
      'd-data': ['unknown', D],
      'nowhere-data': ['unknown', null],
      // Judged with A's recorders and the organization's: the org trail's selectors do not name it.
      'a-new': ['uncovered', A],
    });
    // C's local trail does not cover a bucket of A, so it is not among its gaps either.
    expect(JSON.stringify(r.buckets.find((b) => b.name === 'a-new'))).not.toContain(':trail/local');
    expect(r.diff?.buckets.map((b) => [b.name, b.before, b.after])).toEqual([
      ['a-new', 'unknown', 'uncovered'],
    ]);
  });

  it('shards 1/3..3/3 of the plan over the organization merge into the unsharded report (diff included)', async () => {
    organization();
    const whole = await planOver();
    const shards: Report[] = [];
    for (const index of [2, 3, 1]) shards.push(await planOver({ shard: { index, count: 3 } }));
    const merged = mergeReports(shards.map((report, i) => ({ file: `s${i}.json`, report })));
    expectValidReport(merged);
    expect(merged.mode).toBe('plan+organization');
    expect(merged.plan).toBe('plan.json');
    expect([
      merged.buckets,
      merged.findings,
      merged.summary,
      merged.verdict,
      merged.fixes,
      merged.diff,
    ]).toEqual([whole.buckets, whole.findings, whole.summary, whole.verdict, whole.fixes, whole.diff]);
    // Shards of an organization run alone and of a plan over it are not merged together.
    const alone = reportOf(await collect({ shard: { index: 1, count: 3 } }));
    expect(() =>
      mergeReports([
        { file: 'alone.json', report: alone },
        { file: 's0.json', report: shards[0]! },
        { file: 's1.json', report: shards[1]! },
      ]),
    ).toThrow(/s0\.json: is a report of mode plan\+organization, alone\.json of organization/);
  });
});

describe('s3-trail-guard merge SHARD.json...', () => {
  const dir = mkdtempSync(join(tmpdir(), 's3tg-merge-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, r: unknown) => {
    const f = join(dir, name);
    writeFileSync(f, typeof r === 'string' ? r : JSON.stringify(r));
    return f;
  };
  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
    return { code, stdout: out.join(''), stderr: err.join('') };
  }

  it('merges the JSON reports of 3 shards into the unsharded report; exit code of the merged verdict', async () => {
    organization();
    const whole = reportOf(await collect());
    const files: string[] = [];
    for (const index of [1, 2, 3])
      files.push(write(`shard-${index}.json`, reportOf(await collect({ shard: { index, count: 3 } }))));
    const out = join(dir, 'merged.json');
    const r = await cli([
      'merge',
      ...files,
      '--format',
      'json',
      '--output',
      out,
      '--markdown-file',
      join(dir, 'm.md'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('drift');
    const merged = parseReport(readFileSync(out, 'utf8'));
    expectValidReport(merged);
    expect([merged.buckets, merged.findings, merged.summary, merged.verdict]).toEqual([
      whole.buckets,
      whole.findings,
      whole.summary,
      whole.verdict,
    ]);
    expect(readFileSync(join(dir, 'm.md'), 'utf8')).toContain('d\\-data');
  });

  it('refuses (exit 2, naming the file) a shard twice, a missing shard, another version or policy, a non-report', async () => {
    organization();
    const s1 = reportOf(await collect({ shard: { index: 1, count: 2 } }));
    const s2 = reportOf(await collect({ shard: { index: 2, count: 2 } }));
    const f1 = write('a1.json', s1);
    const f2 = write('a2.json', s2);
    const cases: [string[], RegExp][] = [
      [[f1, write('a1-again.json', s1)], /a1-again\.json: is shard 1\/2 again/],
      [[f1], /shard\(s\) 2\/2 missing/],
      [
        [f1, write('v.json', { ...s2, tool: { ...s2.tool, version: '9.9.9' } })],
        /v\.json: was written by s3-trail-guard 9\.9\.9/,
      ],
      [[f1, write('p.json', { ...s2, policy: 'other.yml' })], /p\.json: is a report of policy other\.yml/],
      [
        [f1, write('live.json', { ...s2, mode: 'live', organization: undefined })],
        /live\.json: is not the report of one shard/,
      ],
      [[f1, write('bad.json', '{"schemaVersion": 1,')], /bad\.json: not JSON/],
      [
        [f1, write('shape.json', { ...s2, buckets: [{ name: 1 }] })],
        /shape\.json: not an s3-trail-guard JSON report \(buckets\[0\]/,
      ],
      [[], /merge needs the JSON reports/],
    ];
    for (const [files, message] of cases) {
      const r = await cli(['merge', ...files, '--format', 'json']);
      expect([files, r.code]).toEqual([files, 2]);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const both = await cli(['merge', f1, f2, '--policy', 'p.yml']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('merge takes only the shard reports and output flags, not --policy');
  });
});

describe('progress on stderr (check --organization)', () => {
  const dir = mkdtempSync(join(tmpdir(), 's3tg-org-progress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const policyFile = join(dir, 'policy.yml');
  writeFileSync(
    policyFile,
    'version: 1\nbuckets:\n  - a-data\n  - name: d-data\n    account: "444444444444"\n',
  );

  async function check(progressAfterMs: number) {
    let stdout = '';
    let stderr = '';
    const code = await main(
      ['check', '--policy', policyFile, '--organization', '--region', 'us-east-1', '--format', 'json'],
      { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
      { progressAfterMs },
    );
    return { code, stdout, stderr };
  }

  it('a slow run (threshold 0 here): accounts done / total, calls and accounts not read; never on stdout', async () => {
    organization();
    const r = await check(0);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.mode).toBe('organization');
    const lines = r.stderr.trimEnd().split('\n');
    const parsed = lines.map((l) => {
      const m =
        /^s3-trail-guard: organization: (\d+)\/(\d+) accounts read \((\d+) AWS calls?, (\d+) accounts? not read\)$/.exec(
          l,
        );
      expect([l, m !== null]).toEqual([l, true]);
      return { done: Number(m![1]), total: Number(m![2]), calls: Number(m![3]), failures: Number(m![4]) };
    });
    // The accounts to scan first, then one line per account done (5 accounts: no thinning), the last 5/5.
    expect(parsed.map((p) => [p.done, p.total])).toEqual([0, 1, 2, 3, 4, 5].map((d) => [d, 5]));
    // 4444…'s role cannot be assumed: the one failure, counted from its line on.
    expect(parsed.at(-1)?.failures).toBe(1);
    expect(parsed[0]?.failures).toBe(0);
    // Calls only grow; the first line counts GetCallerIdentity and both ListAccounts pages.
    expect(parsed[0]?.calls).toBe(3);
    for (let i = 1; i < parsed.length; i++)
      expect(parsed[i]!.calls).toBeGreaterThanOrEqual(parsed[i - 1]!.calls);
    expect(r.stdout).not.toContain('accounts read');
  });

  it('a quick run prints no progress', async () => {
    organization();
    const r = await check(60_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });
});

describe('organization progress lines', () => {
  const p = (done: number, total: number, failures = 0) => ({ done, total, calls: 7, failures });
  it.each([
    // total ≤ 50: every account.
    [
      [p(0, 3), p(1, 3), p(2, 3), p(3, 3)],
      [0, 1, 2, 3],
    ],
    // 500 accounts: every 10th, the first, the last, and each failure.
    [
      [
        p(0, 500),
        p(1, 500),
        p(9, 500),
        p(10, 500),
        p(11, 500, 1),
        p(12, 500, 1),
        p(20, 500, 1),
        p(500, 500, 1),
      ],
      [0, 10, 11, 20, 500],
    ],
    // No account to scan: one line.
    [[p(0, 0)], [0]],
  ])('%#', (events, printed) => {
    const out: string[] = [];
    const tell = progressLines((l) => out.push(l));
    for (const e of events) tell(e);
    expect(out.map((l) => Number(/ (\d+)\//.exec(l)?.[1]))).toEqual(printed);
  });

  it('names the counts in words', () => {
    expect(organizationProgressLine({ done: 1, total: 1, calls: 1, failures: 1 })).toBe(
      'organization: 1/1 account read (1 AWS call, 1 account not read)',
    );
    expect(organizationProgressLine({ done: 3, total: 5, calls: 42, failures: 0 })).toBe(
      'organization: 3/5 accounts read (42 AWS calls, 0 accounts not read)',
    );
  });
});

describe('one bound of calls in flight across accounts (AwsCaller bounds.shared)', () => {
  it('callers of two accounts sharing a bound of 2 never have more than 2 calls in flight together', async () => {
    const shared = createLimiter(2);
    const callers = [0, 1].map(() => new AwsCaller(testClients(), { ...DEFAULT_BOUNDS, shared }));
    let inFlight = 0;
    let most = 0;
    const send = async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight--;
      return {};
    };
    // Each account alone may have 4 CloudTrail calls in flight in a Region: the shared bound is lower.
    const all = callers.flatMap((c) =>
      [1, 2, 3, 4].map(() => c.call('cloudtrail:DescribeTrails', 'us-east-1', '', send)),
    );
    const results = await Promise.all(all);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(most).toBe(2);
    expect(CALLS_IN_FLIGHT).toBeGreaterThanOrEqual(DEFAULT_BOUNDS.cloudtrailPerRegion);
  });
});

describe('shardAccounts', () => {
  const ids = ['5', '3', '1', '4', '2', '3'];
  it.each([
    [undefined, ['1', '2', '3', '4', '5']],
    [{ index: 1, count: 2 }, ['1', '3', '5']],
    [{ index: 2, count: 2 }, ['2', '4']],
    [{ index: 3, count: 3 }, ['3']],
    [{ index: 1, count: 7 }, ['1']],
    [{ index: 7, count: 7 }, []],
  ])('%j', (shard, want) => {
    expect(shardAccounts(ids, shard)).toEqual(want);
  });
});
