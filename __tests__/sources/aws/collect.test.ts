import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { evaluateCoverage } from '../../../src/engine/coverage.js';
import { InputError } from '../../../src/errors.js';
import type { Fact } from '../../../src/model/fact.js';
import type { Facts, Recorder } from '../../../src/model/facts.js';
import { collectLiveFacts, type LiveDeps } from '../../../src/sources/aws/collect.js';
import { runRules } from '../../../src/rules/index.js';
import { policyOf, requirement } from '../../helpers/facts-builders.js';
import * as aws from './fake-aws.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const BUCKET = 'acme-pii-prod';

async function collect(
  policy = policyOf(requirement(BUCKET)),
  o: { region?: string; deps?: Partial<LiveDeps> } = {},
): Promise<{ facts: Facts; calls: Map<string, number> }> {
  const calls = new Map<string, number>();
  const facts = await collectLiveFacts(
    policy,
    { region: o.region ?? 'us-east-1' },
    {
      clients: aws.testClients(),
      env: {},
      onCalls: (c) => c.forEach((n, k) => calls.set(k, n)),
      ...o.deps,
    },
  );
  expect(nock.pendingMocks()).toEqual([]);
  return { facts, calls };
}

function recorder(facts: Facts, id: string): Recorder {
  const r = facts.recorders.find((x) => x.id === id);
  if (!r) throw new Error(`no recorder ${id} in ${facts.recorders.map((x) => x.id).join(', ')}`);
  return r;
}

function detail<T>(f: Fact<T>): string {
  if (f.known) throw new Error(`expected unknown, got ${JSON.stringify(f.value)}`);
  return f.detail;
}

function statusOf(facts: Facts, ...reqs: Parameters<typeof requirement>[]) {
  const policy = policyOf(...reqs.map((r) => requirement(...r)));
  return evaluateCoverage(facts, policy).buckets;
}

const noPolicy = { error: 'NoSuchBucketPolicy', status: 404 } as const;

describe('live source over the real SDK clients (nock)', () => {
  it('a multi-Region trail homed elsewhere, seen as a shadow trail in the bucket Region, is read once and covers', async () => {
    const t = aws.sdkTrail({ name: 'main', home: 'us-east-1', multiRegion: true });
    aws.bucketLocation(BUCKET, 'eu-west-1');
    aws.describeTrails('us-east-1', [t]);
    aws.describeTrails('eu-west-1', [t]); // the shadow copy: same ARN
    aws.noEventDataStores('us-east-1', 'eu-west-1');
    aws.trailDetails(t, { selectors: aws.wholeBucketAdvanced(BUCKET) });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', aws.cloudTrailBucketPolicy('audit-logs', t.TrailARN));
    const { facts, calls } = await collect();
    expect(facts.mode).toBe('live');
    expect(facts.recorders).toHaveLength(1);
    const r = recorder(facts, t.TrailARN);
    expect(r).toMatchObject({
      kind: 'trail',
      origin: { source: 'aws', ref: t.TrailARN },
      homeRegion: { known: true, value: 'us-east-1' },
      multiRegion: { known: true, value: true },
      accountId: { known: true, value: aws.ACCOUNT },
      logging: { known: true, value: true },
      logBucket: { known: true, value: 'audit-logs' },
      logFileValidation: { known: true, value: true },
    });
    expect(facts.buckets.get(BUCKET)).toMatchObject({
      origin: { source: 'aws', ref: `arn:aws:s3:::${BUCKET}` },
      region: { known: true, value: 'eu-west-1' },
      accountId: { known: true, value: aws.ACCOUNT },
    });
    expect(facts.buckets.get('audit-logs')).toMatchObject({
      region: { known: true, value: 'us-east-1' },
      policy: { document: { known: true } },
    });
    expect(facts.defaults).toEqual({
      accountId: { known: true, value: aws.ACCOUNT },
      partition: 'aws',
      region: { known: true, value: 'us-east-1' },
    });
    const [b] = statusOf(facts, [BUCKET]);
    expect(b?.status).toBe('covered');
    expect(b?.ref).toBe(`arn:aws:s3:::${BUCKET}`);
    expect(b?.events.every((e) => e.coveredBy.includes(t.TrailARN))).toBe(true);
    expect(Object.fromEntries(calls)).toEqual({
      's3:GetBucketLocation': 2,
      'cloudtrail:DescribeTrails': 2,
      'cloudtrail:ListEventDataStores': 2,
      'cloudtrail:GetTrailStatus': 1,
      'cloudtrail:GetEventSelectors': 1,
      's3:GetBucketPolicy': 1,
    });
  });

  it('a single-Region trail in another Region does not cover the bucket (uncovered, with the fix)', async () => {
    const t = aws.sdkTrail({ name: 'local', home: 'us-east-1' });
    aws.describeTrails('us-east-1', [t]);
    aws.describeTrails('eu-west-1', []);
    aws.noEventDataStores('us-east-1', 'eu-west-1');
    aws.trailDetails(t, { selectors: aws.wholeBucketAdvanced(BUCKET) });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts } = await collect(policyOf(requirement(BUCKET, { region: 'eu-west-1' })));
    const [b] = statusOf(facts, [BUCKET, { region: 'eu-west-1' }]);
    expect(b?.status).toBe('uncovered');
    expect(b?.events[0]?.gaps[0]).toContain('single-Region trail in us-east-1 does not see eu-west-1');
  });

  it('an organization trail read from the management account covers a member account bucket', async () => {
    const t = aws.sdkTrail({ name: 'org', account: aws.MGMT, multiRegion: true, org: true });
    aws.describeTrails('us-east-1', [t]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(t, {
      selectors: {
        EventSelectors: [{ DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }],
      },
    });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const policy = policyOf(requirement(BUCKET, { region: 'us-east-1', account: aws.ACCOUNT }));
    const { facts } = await collect(policy);
    const r = recorder(facts, t.TrailARN);
    expect(r.organization).toEqual({ known: true, value: true });
    expect(r.accountId).toEqual({ known: true, value: aws.MGMT });
    // Only an organization trail: the account of the credentials cannot be told from it.
    expect(facts.defaults.accountId.known).toBe(false);
    expect(evaluateCoverage(facts, policy).buckets[0]?.status).toBe('covered');
  });

  it.each([
    [
      'TrailNotFoundException',
      'Unknown trail: arn:aws:cloudtrail:us-east-1:999988887777:trail/org for the user',
    ],
    ['CloudTrailARNInvalidException', 'AccountID in ARN is wrong'],
    ['AccessDeniedException', 'User is not authorized to perform: cloudtrail:GetEventSelectors'],
  ])(
    'an organization trail seen from a member account whose selectors fail with %s is unknown with advice, not uncovered',
    async (code, message) => {
      const org = aws.sdkTrail({ name: 'org', account: aws.MGMT, multiRegion: true, org: true });
      const own = aws.sdkTrail({ name: 'mgmt-events', multiRegion: true, logBucket: 'own-logs' });
      aws.describeTrails('us-east-1', [org, own]);
      aws.noEventDataStores('us-east-1');
      aws.trailDetails(org, { selectors: { error: code, message } });
      aws.trailDetails(own, {});
      aws.bucketLocation('audit-logs', { error: 'AccessDenied' });
      aws.bucketPolicy('audit-logs', 'us-east-1', { error: 'AccessDenied' });
      aws.bucketLocation('own-logs', '');
      aws.bucketPolicy('own-logs', 'us-east-1', noPolicy);
      const policy = policyOf(requirement(BUCKET, { region: 'us-east-1' }));
      const { facts } = await collect(policy);
      expect(facts.defaults.accountId).toEqual({ known: true, value: aws.ACCOUNT });
      const sel = detail(recorder(facts, org.TrailARN).selectors);
      expect(sel).toContain(code);
      expect(sel).toContain(
        `belongs to account ${aws.MGMT} and account ${aws.ACCOUNT} is probably a member account`,
      );
      expect(sel).toContain(
        "organization's management account or its CloudTrail delegated administrator account",
      );
      const [b] = evaluateCoverage(facts, policy).buckets;
      expect(b?.status).toBe('unknown');
      expect(b?.events[0]?.gaps.join(' ')).toContain('delegated administrator');
      // The org trail's log bucket is in another account: its policy is unknown, named by the action.
      expect(facts.buckets.get('audit-logs')?.policy?.document).toEqual({
        known: false,
        reason: 'access-denied',
        detail:
          'AccessDenied on s3:GetBucketPolicy for arn:aws:s3:::audit-logs: grant it (see README "Live mode")',
      });
    },
  );

  it('paginates ListEventDataStores and reads each store in its Region; only ENABLED records', async () => {
    const a = aws.edsArn('aaaa');
    const b = aws.edsArn('bbbb');
    const c = aws.edsArn('cccc');
    aws.describeTrails('us-east-1', []);
    aws.listEventDataStores('us-east-1', [
      [{ EventDataStoreArn: a, Name: 'lake-a' }],
      [{ EventDataStoreArn: b, Name: 'lake-b' }],
      [{ EventDataStoreArn: c, Name: 'lake-c' }],
    ]);
    const sel = aws.wholeBucketAdvanced(BUCKET).AdvancedEventSelectors;
    aws.getEventDataStore(a, {
      EventDataStoreArn: a,
      Name: 'lake-a',
      Status: 'STOPPED_INGESTION',
      MultiRegionEnabled: true,
      AdvancedEventSelectors: sel,
    });
    aws.getEventDataStore(b, {
      EventDataStoreArn: b,
      Name: 'lake-b',
      Status: 'ENABLED',
      MultiRegionEnabled: false,
      AdvancedEventSelectors: sel,
    });
    aws.getEventDataStore(c, { EventDataStoreArn: c, Name: 'lake-c', Status: 'ENABLED' });
    const policy = policyOf(requirement(BUCKET, { region: 'us-east-1' }));
    const { facts, calls } = await collect(policy);
    expect(calls.get('cloudtrail:ListEventDataStores')).toBe(3);
    expect(calls.get('cloudtrail:GetEventDataStore')).toBe(3);
    expect(recorder(facts, a)).toMatchObject({
      kind: 'event-data-store',
      logging: { known: true, value: false },
      loggingDetail: 'Status STOPPED_INGESTION (the event data store is not ingesting events)',
    });
    expect(recorder(facts, b).multiRegion).toEqual({ known: true, value: false });
    // No selectors: AWS's default selector records management events only.
    expect(recorder(facts, c).selectors).toEqual({ known: true, value: { kind: 'none' } });
    const [bk] = evaluateCoverage(facts, policy).buckets;
    expect(bk?.status).toBe('covered');
    expect(bk?.events[0]?.coveredBy).toEqual([b]);
  });

  it('a STOPPED_INGESTION event data store alone leaves the bucket uncovered', async () => {
    const a = aws.edsArn('aaaa');
    aws.describeTrails('us-east-1', []);
    aws.listEventDataStores('us-east-1', [[{ EventDataStoreArn: a }]]);
    aws.getEventDataStore(a, {
      EventDataStoreArn: a,
      Name: 'lake',
      Status: 'STOPPED_INGESTION',
      MultiRegionEnabled: true,
      AdvancedEventSelectors: aws.wholeBucketAdvanced(BUCKET).AdvancedEventSelectors,
    });
    const policy = policyOf(requirement(BUCKET, { region: 'us-east-1' }));
    const { facts } = await collect(policy);
    const [b] = evaluateCoverage(facts, policy).buckets;
    expect(b?.status).toBe('uncovered');
    expect(b?.events[0]?.gaps[0]).toContain('Status STOPPED_INGESTION');
  });

  it('a stopped trail (IsLogging=false) is uncovered, and LatestDeliveryError is kept', async () => {
    const t = aws.sdkTrail({ name: 'main', multiRegion: true });
    aws.describeTrails('us-east-1', [t]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(t, {
      status: { IsLogging: false, LatestDeliveryError: 'AccessDenied' },
      selectors: aws.wholeBucketAdvanced(BUCKET),
    });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const policy = policyOf(requirement(BUCKET, { region: 'us-east-1' }));
    const { facts } = await collect(policy);
    const r = recorder(facts, t.TrailARN);
    expect(r.logging).toEqual({ known: true, value: false });
    expect(r.loggingDetail).toContain('IsLogging=false');
    expect(r.kind === 'trail' && r.deliveryError).toBe('AccessDenied');
    const [b] = evaluateCoverage(facts, policy).buckets;
    expect(b?.status).toBe('uncovered');
    expect(b?.events[0]?.gaps[0]).toContain('IsLogging=false');
  });

  it('the three delivery errors of GetTrailStatus are named in words (gap and findings)', async () => {
    const group = `arn:aws:logs:us-east-1:${aws.ACCOUNT}:log-group:CloudTrail/audit:*`;
    const t = {
      ...aws.sdkTrail({ name: 'main', multiRegion: true }),
      CloudWatchLogsLogGroupArn: group,
      CloudWatchLogsRoleArn: `arn:aws:iam::${aws.ACCOUNT}:role/cw`,
    };
    aws.describeTrails('us-east-1', [t]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(t, {
      status: {
        IsLogging: true,
        LatestDeliveryError: 'AccessDenied',
        LatestDigestDeliveryError: 'NoSuchBucket',
        LatestCloudWatchLogsDeliveryError: 'AccessDeniedException',
      },
      selectors: aws.wholeBucketAdvanced(BUCKET),
    });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', aws.cloudTrailBucketPolicy('audit-logs', t.TrailARN));
    const policy = policyOf(requirement(BUCKET, { region: 'us-east-1' }));
    const { facts } = await collect(policy);
    const r = recorder(facts, t.TrailARN);
    expect(r).toMatchObject({ cloudWatchLogsGroupArn: { known: true, value: group } });
    const coverage = evaluateCoverage(facts, policy);
    expect(coverage.buckets[0]?.events[0]?.gaps[0]).toContain(
      'last delivery of log files to the S3 bucket failed (GetTrailStatus LatestDeliveryError: AccessDenied)',
    );
    // The trail covers nothing while its delivery fails, so the trail rules look at it with trails: all.
    const all = { ...policy, require: { trails: 'all' as const, rules: {} } };
    const { findings } = runRules({ facts, policy: all, coverage, today: '2026-11-30' });
    const messages = findings.map((f) => `${f.ruleId}: ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('trail-log-file-validation: '),
        expect.stringContaining('trail-cloudwatch-logs: '),
      ]),
    );
    expect(messages.join('\n')).toContain('LatestDigestDeliveryError: NoSuchBucket');
    expect(messages.join('\n')).toContain('LatestCloudWatchLogsDeliveryError: AccessDeniedException');
  });

  describe('server access logs (accept: [server-access-logs])', () => {
    const setup = (target: { exists: boolean } | null) => {
      const t = aws.sdkTrail({ name: 'main', multiRegion: true });
      aws.describeTrails('us-east-1', [t]);
      aws.noEventDataStores('us-east-1');
      aws.trailDetails(t, {}); // management events only: CloudTrail does not record the bucket
      aws.bucketLocation('audit-logs', '');
      aws.bucketPolicy('audit-logs', 'us-east-1', aws.cloudTrailBucketPolicy('audit-logs', t.TrailARN));
      aws.bucketLogging(BUCKET, 'us-east-1', target ? { target: 'access-logs', prefix: 'pii/' } : null);
      if (target)
        aws.bucketLocation('access-logs', target.exists ? '' : { error: 'NoSuchBucket', status: 404 });
      return policyOf({ ...requirement(BUCKET, { region: 'us-east-1' }), accept: ['server-access-logs'] });
    };

    it('reads GetBucketLogging and the target, and the bucket is covered with the qualifier', async () => {
      const policy = setup({ exists: true });
      const { facts, calls } = await collect(policy);
      expect(calls.get('s3:GetBucketLogging')).toBe(1);
      const [b] = evaluateCoverage(facts, policy).buckets;
      expect(b).toMatchObject({
        status: 'covered',
        serverAccessLogs: { status: 'on', target: 'access-logs/pii/', usable: true },
        acceptedEvidence: {
          evidence: 'server-access-logs',
          qualifier: 'by server access logs (best effort)',
          cloudTrailStatus: 'uncovered',
        },
      });
    });

    it('a target bucket that does not exist is not accepted', async () => {
      const policy = setup({ exists: false });
      const { facts } = await collect(policy);
      const [b] = evaluateCoverage(facts, policy).buckets;
      expect(b?.status).toBe('uncovered');
      expect(b?.acceptedEvidence).toBeUndefined();
      expect(b?.serverAccessLogs?.detail).toBe('target bucket access-logs does not exist');
    });

    it('logging off: uncovered, and the fact says so', async () => {
      const policy = setup(null);
      const { facts } = await collect(policy);
      const [b] = evaluateCoverage(facts, policy).buckets;
      expect(b?.status).toBe('uncovered');
      expect(b?.serverAccessLogs?.status).toBe('off');
    });
  });

  it('retries throttling with the SDK retry strategy, then succeeds', async () => {
    const t = aws.sdkTrail({ name: 'main', multiRegion: true });
    aws.describeTrails('us-east-1', { error: 'ThrottlingException', message: 'Rate exceeded', times: 2 });
    aws.describeTrails('us-east-1', [t]);
    aws.listEventDataStores('us-east-1', { error: 'ThrottlingException', message: 'Rate exceeded' });
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(t, { selectors: aws.wholeBucketAdvanced(BUCKET) });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const policy = policyOf(requirement(BUCKET, { region: 'us-east-1' }));
    const { facts, calls } = await collect(policy);
    // Retries are the SDK's: one logical call each.
    expect(calls.get('cloudtrail:DescribeTrails')).toBe(1);
    expect(facts.notes).toEqual([]);
    expect(evaluateCoverage(facts, policy).buckets[0]?.status).toBe('covered');
  });

  it('throttling that outlasts the retries is an unknown fact naming the call', async () => {
    const t = aws.sdkTrail({ name: 'main', multiRegion: true });
    aws.describeTrails('us-east-1', [t]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(t, { selectors: { error: 'ThrottlingException', message: 'Rate exceeded', times: 3 } });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const policy = policyOf(requirement(BUCKET, { region: 'us-east-1' }));
    const { facts } = await collect(policy);
    expect(recorder(facts, t.TrailARN).selectors).toEqual({
      known: false,
      reason: 'not-collected',
      detail: `cloudtrail:GetEventSelectors in us-east-1 for ${t.TrailARN} failed: ThrottlingException (HTTP 400)`,
    });
    expect(evaluateCoverage(facts, policy).buckets[0]?.status).toBe('unknown');
  });

  it('AccessDenied is an unknown fact naming the IAM action; the verdict is unknown, never covered', async () => {
    const t = aws.sdkTrail({ name: 'main', multiRegion: true });
    aws.bucketLocation(BUCKET, { error: 'AccessDenied', message: 'Access Denied' });
    aws.describeTrails('us-east-1', [t]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(t, {
      selectors: {
        error: 'AccessDeniedException',
        message: 'not authorized to perform: cloudtrail:GetEventSelectors',
      },
    });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts } = await collect();
    expect(facts.buckets.get(BUCKET)?.region).toEqual({
      known: false,
      reason: 'access-denied',
      detail: `AccessDenied on s3:GetBucketLocation for arn:aws:s3:::${BUCKET}: grant it (see README "Live mode"), or give the bucket's region in the policy`,
    });
    expect(recorder(facts, t.TrailARN).selectors).toEqual({
      known: false,
      reason: 'access-denied',
      detail: `AccessDenied on cloudtrail:GetEventSelectors for ${t.TrailARN}: grant it (see README "Live mode")`,
    });
    const [b] = statusOf(facts, [BUCKET]);
    expect(b?.status).toBe('unknown');
    expect(b?.events[0]?.gaps[0]).toContain('AccessDenied on cloudtrail:GetEventSelectors');
  });

  it('NoSuchBucketPolicy is a fact (no policy); a policy is parsed; MethodNotAllowed asks for the owner account', async () => {
    const a = aws.sdkTrail({ name: 'a', multiRegion: true, logBucket: 'logs-a' });
    const b = aws.sdkTrail({ name: 'b', multiRegion: true, logBucket: 'logs-b' });
    const c = aws.sdkTrail({ name: 'c', multiRegion: true, logBucket: 'logs-c' });
    const d = aws.sdkTrail({ name: 'd', multiRegion: true, logBucket: 'logs-a' }); // shares logs-a
    aws.describeTrails('us-east-1', [a, b, c, d]);
    aws.noEventDataStores('us-east-1');
    for (const t of [a, b, c, d]) aws.trailDetails(t, {});
    aws.bucketLocation('logs-a', '');
    aws.bucketLocation('logs-b', 'EU');
    aws.bucketLocation('logs-c', '');
    aws.bucketPolicy('logs-a', 'us-east-1', noPolicy);
    aws.bucketPolicy('logs-b', 'eu-west-1', aws.cloudTrailBucketPolicy('logs-b', b.TrailARN));
    aws.bucketPolicy('logs-c', 'us-east-1', { error: 'MethodNotAllowed', status: 405 });
    const { facts, calls } = await collect(policyOf(requirement(BUCKET, { region: 'us-east-1' })));
    expect(calls.get('s3:GetBucketPolicy')).toBe(3);
    expect(facts.buckets.get('logs-a')?.policy?.document).toEqual({ known: true, value: null });
    expect(facts.buckets.get('logs-b')).toMatchObject({
      region: { known: true, value: 'eu-west-1' },
      policy: { origin: { source: 'aws', ref: 'arn:aws:s3:::logs-b' }, document: { known: true } },
    });
    const doc = facts.buckets.get('logs-b')?.policy?.document;
    expect(doc?.known && (doc.value as { Statement: unknown[] }).Statement).toHaveLength(2);
    expect(detail(facts.buckets.get('logs-c')!.policy!.document)).toContain(
      "only the bucket owner's account",
    );
  });

  it('follows the 301 of a bucket in another Region (followRegionRedirects)', async () => {
    const t = aws.sdkTrail({ name: 'main', multiRegion: true, logBucket: 'far-logs' });
    aws.describeTrails('us-east-1', [t]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(t, {});
    aws.bucketLocation('far-logs', { error: 'AccessDenied' });
    nock('https://far-logs.s3.us-east-1.amazonaws.com')
      .get('/')
      .query({ policy: '' })
      .reply(
        301,
        '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PermanentRedirect</Code><Message>use the right endpoint</Message></Error>',
        { 'x-amz-bucket-region': 'ap-southeast-2' },
      );
    aws.bucketPolicy('far-logs', 'ap-southeast-2', noPolicy);
    const { facts } = await collect(policyOf(requirement(BUCKET, { region: 'us-east-1' })));
    expect(facts.buckets.get('far-logs')?.policy?.document).toEqual({ known: true, value: null });
  });

  it('a Region that fails leaves its buckets unknown; other Regions still report', async () => {
    const east = aws.sdkTrail({ name: 'east', home: 'us-east-1' });
    aws.describeTrails('us-east-1', [east]);
    // An opt-in Region that is not enabled rejects the credentials.
    aws.describeTrails('ap-east-1', {
      error: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    });
    aws.listEventDataStores('ap-east-1', { error: 'InternalFailure', status: 500, times: 3 });
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(east, { selectors: aws.wholeBucketAdvanced('east-bucket') });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const policy = policyOf(
      requirement('east-bucket', { region: 'us-east-1' }),
      requirement('hk-bucket', { region: 'ap-east-1' }),
    );
    const { facts } = await collect(policy);
    const placeholder = recorder(facts, `arn:aws:cloudtrail:ap-east-1:${aws.ACCOUNT}:trail/*`);
    expect(placeholder.homeRegion).toEqual({ known: true, value: 'ap-east-1' });
    expect(detail(placeholder.logging)).toContain(
      'cloudtrail:DescribeTrails in ap-east-1 failed: UnrecognizedClientException',
    );
    expect(detail(placeholder.logging)).toContain(
      'cloudtrail:ListEventDataStores in ap-east-1 failed: InternalFailure',
    );
    expect(facts.notes.join('\n')).toContain('the trails and event data stores of ap-east-1 are unknown');
    const byName = Object.fromEntries(evaluateCoverage(facts, policy).buckets.map((b) => [b.name, b.status]));
    expect(byName).toEqual({ 'east-bucket': 'covered', 'hk-bucket': 'unknown' });
  });

  it('a timeout is a failed Region, not a hang', async () => {
    aws.describeTrails('us-east-1', []);
    aws.noEventDataStores('us-east-1');
    nock('https://cloudtrail.eu-west-1.amazonaws.com').post('/').times(6).delay(300).reply(200, '{}');
    const policy = policyOf(requirement(BUCKET, { region: 'eu-west-1' }));
    const { createAwsClients } = await import('../../../src/sources/aws/clients.js');
    const clients = createAwsClients({ env: {}, maxAttempts: 1, requestTimeout: 50, connectionTimeout: 50 });
    const facts = await collectLiveFacts(policy, { region: 'us-east-1' }, { clients, env: {} });
    const [b] = evaluateCoverage(facts, policy).buckets;
    expect(b?.status).toBe('unknown');
    expect(facts.notes.join('\n')).toMatch(/DescribeTrails in eu-west-1 failed: TimeoutError/);
    nock.abortPendingRequests();
  });

  it('a bucket that does not exist is unknown, with NoSuchBucket said', async () => {
    aws.bucketLocation(BUCKET, {
      error: 'NoSuchBucket',
      status: 404,
      message: 'The specified bucket does not exist',
    });
    aws.describeTrails('us-east-1', []);
    aws.noEventDataStores('us-east-1');
    const { facts } = await collect();
    expect(detail(facts.buckets.get(BUCKET)!.region)).toBe(
      `bucket ${BUCKET} does not exist (NoSuchBucket from s3:GetBucketLocation)`,
    );
  });

  it('the number of calls grows with buckets + trails + Regions, never buckets x trails', async () => {
    const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
    const buckets = Array.from({ length: 6 }, (_, i) => `bucket-${i}`);
    const trails = [
      aws.sdkTrail({ name: 'org', multiRegion: true }),
      ...regions.map((r) => aws.sdkTrail({ name: `local-${r}`, home: r })),
    ];
    buckets.forEach((b, i) => aws.bucketLocation(b, regions[i % 3] === 'us-east-1' ? '' : regions[i % 3]!));
    for (const r of regions) {
      aws.describeTrails(
        r,
        trails.filter((t) => t.IsMultiRegionTrail || t.HomeRegion === r),
      );
      aws.noEventDataStores(r);
    }
    for (const t of trails) aws.trailDetails(t, {});
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { calls } = await collect(policyOf(...buckets.map((b) => requirement(b))), {
      deps: { concurrency: 3 },
    });
    const B = buckets.length;
    const R = regions.length;
    const T = trails.length;
    const L = 1;
    expect(Object.fromEntries(calls)).toEqual({
      's3:GetBucketLocation': B + L,
      'cloudtrail:DescribeTrails': R,
      'cloudtrail:ListEventDataStores': R,
      'cloudtrail:GetTrailStatus': T,
      'cloudtrail:GetEventSelectors': T,
      's3:GetBucketPolicy': L,
    });
  });

  it("a trail's details are asked as soon as one Region's listing names it, not after every Region", async () => {
    // eu-west-1's DescribeTrails answers only once GetTrailStatus of the trail has been asked: reading the
    // details after the last listing (as before) would never get that answer and the Region would time out.
    const t = aws.sdkTrail({ name: 'main', multiRegion: true });
    let opened!: () => void;
    const gate = new Promise<void>((resolve) => (opened = resolve));
    const ct = (region: string, op: string) =>
      nock(`https://cloudtrail.${region}.amazonaws.com`)
        .matchHeader('x-amz-target', `CloudTrail_20131101.${op}`)
        .post('/');
    const json = (body: object) =>
      [200, JSON.stringify(body), { 'content-type': 'application/x-amz-json-1.1' }] as const;
    aws.describeTrails('us-east-1', [t]);
    ct('eu-west-1', 'DescribeTrails').reply((_uri, _body, cb) => {
      void gate.then(() => cb(null, json({ trailList: [t] })));
    });
    ct('us-east-1', 'GetTrailStatus').reply(() => {
      opened();
      return json({ IsLogging: true });
    });
    ct('us-east-1', 'GetEventSelectors').reply(() =>
      json({ TrailARN: t.TrailARN, ...aws.wholeBucketAdvanced('bucket-west') }),
    );
    aws.noEventDataStores('us-east-1', 'eu-west-1');
    aws.bucketLocation('bucket-west', 'eu-west-1');
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts } = await collect(policyOf(requirement('bucket-west')), {
      deps: { limits: { callMs: 1500 } },
    });
    expect(facts.notes).toEqual([]);
    const [b] = statusOf(facts, ['bucket-west']);
    expect(b?.status).toBe('covered');
  });

  it("the default Region's listing does not wait for the buckets' Regions", async () => {
    // GetBucketLocation answers only once DescribeTrails of the default Region has been asked: listing that
    // Region after every bucket is placed (as before) would never get the answer, and the bucket's Region
    // would time out.
    const t = aws.sdkTrail({ name: 'main', multiRegion: true });
    let opened!: () => void;
    const gate = new Promise<void>((resolve) => (opened = resolve));
    nock('https://cloudtrail.us-east-1.amazonaws.com')
      .matchHeader('x-amz-target', 'CloudTrail_20131101.DescribeTrails')
      .post('/')
      .reply(() => {
        opened();
        return [200, JSON.stringify({ trailList: [t] }), { 'content-type': 'application/x-amz-json-1.1' }];
      });
    nock('https://bucket-west.s3.us-east-1.amazonaws.com')
      .get('/')
      .query({ location: '' })
      .reply((_uri, _body, cb) => {
        void gate.then(() =>
          cb(null, [
            200,
            '<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>',
            { 'content-type': 'application/xml' },
          ]),
        );
      });
    aws.describeTrails('eu-west-1', [t]);
    aws.noEventDataStores('us-east-1', 'eu-west-1');
    aws.trailDetails(t, { selectors: aws.wholeBucketAdvanced('bucket-west') });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts } = await collect(policyOf(requirement('bucket-west')), {
      deps: { limits: { callMs: 1500 } },
    });
    expect(facts.buckets.get('bucket-west')?.region).toEqual({ known: true, value: 'eu-west-1' });
    const [b] = statusOf(facts, ['bucket-west']);
    expect(b?.status).toBe('covered');
  });

  it("a Region GetBucketLocation reveals is listed at once, not after the other buckets' GetBucketLocation", async () => {
    // bucket-slow's GetBucketLocation answers only once eu-west-1 (bucket-west's Region) has been listed:
    // listing the Regions after every bucket is placed (as before) would never get that answer.
    const t = aws.sdkTrail({ name: 'main', multiRegion: true });
    let opened!: () => void;
    const gate = new Promise<void>((resolve) => (opened = resolve));
    nock('https://cloudtrail.eu-west-1.amazonaws.com')
      .matchHeader('x-amz-target', 'CloudTrail_20131101.DescribeTrails')
      .post('/')
      .reply(() => {
        opened();
        return [200, JSON.stringify({ trailList: [t] }), { 'content-type': 'application/x-amz-json-1.1' }];
      });
    nock('https://bucket-slow.s3.us-east-1.amazonaws.com')
      .get('/')
      .query({ location: '' })
      .reply((_uri, _body, cb) => {
        void gate.then(() =>
          cb(null, [
            200,
            '<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>',
            { 'content-type': 'application/xml' },
          ]),
        );
      });
    aws.bucketLocation('bucket-west', 'eu-west-1');
    aws.describeTrails('us-east-1', [t]);
    aws.noEventDataStores('us-east-1', 'eu-west-1');
    aws.trailDetails(t, { selectors: aws.wholeBucketAdvanced('bucket-west') });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts } = await collect(policyOf(requirement('bucket-west'), requirement('bucket-slow')), {
      deps: { limits: { callMs: 1500 } },
    });
    expect(facts.notes).toEqual([]);
    expect(facts.buckets.get('bucket-slow')?.region).toEqual({ known: true, value: 'us-east-1' });
    expect(statusOf(facts, ['bucket-west']).map((b) => b.status)).toEqual(['covered']);
  });

  it("a log bucket's policy is read once a listing names it and its Region is known, not after every listing", async () => {
    // eu-west-1's DescribeTrails answers only once GetBucketPolicy of the trail's log bucket (a policy
    // bucket, Region given) has been asked: reading log buckets after the last listing (as before) would
    // never get that answer and eu-west-1 would time out.
    const t = aws.sdkTrail({ name: 'main', multiRegion: true, logBucket: 'trail-logs' });
    let opened!: () => void;
    const gate = new Promise<void>((resolve) => (opened = resolve));
    nock('https://cloudtrail.eu-west-1.amazonaws.com')
      .matchHeader('x-amz-target', 'CloudTrail_20131101.DescribeTrails')
      .post('/')
      .reply((_uri, _body, cb) => {
        void gate.then(() =>
          cb(null, [
            200,
            JSON.stringify({ trailList: [t] }),
            { 'content-type': 'application/x-amz-json-1.1' },
          ]),
        );
      });
    nock('https://trail-logs.s3.us-east-1.amazonaws.com')
      .get('/')
      .query({ policy: '' })
      .reply(() => {
        opened();
        return [404, '<Error><Code>NoSuchBucketPolicy</Code><Message>none</Message></Error>'];
      });
    aws.describeTrails('us-east-1', [t]);
    aws.noEventDataStores('us-east-1', 'eu-west-1');
    aws.trailDetails(t, { selectors: aws.wholeBucketAdvanced('bucket-west') });
    const { facts } = await collect(
      policyOf(
        requirement('bucket-west', { region: 'eu-west-1' }),
        requirement('trail-logs', { region: 'us-east-1' }),
      ),
      { deps: { limits: { callMs: 1500 } } },
    );
    expect(facts.notes).toEqual([]);
    expect(facts.buckets.get('trail-logs')?.policy?.document).toEqual({ known: true, value: null });
    expect(statusOf(facts, ['bucket-west']).map((b) => b.status)).toEqual(['covered']);
  });

  it("a shadow trail's details wait for the buckets' Regions: its home Region's listing takes the slots first", async () => {
    // `mr` is homed in eu-west-1 (bucket-west's Region) and shows in us-east-1's listing as a shadow copy.
    // With 2 CloudTrail calls per Region, its details, started from that copy at once (as before), held both
    // of eu-west-1's slots and its listing waited behind them. bucket-west's Region is answered once mr's
    // GetTrailStatus has been asked (as before) or after 200 ms (details that wait never ask it first).
    const mr = aws.sdkTrail({ name: 'mr', home: 'eu-west-1', multiRegion: true });
    const order: string[] = [];
    let opened!: () => void;
    const gate = new Promise<void>((resolve) => (opened = resolve));
    const timer = setTimeout(opened, 200);
    const json = (body: object) =>
      [200, JSON.stringify(body), { 'content-type': 'application/x-amz-json-1.1' }] as const;
    nock('https://bucket-west.s3.us-east-1.amazonaws.com')
      .get('/')
      .query({ location: '' })
      .reply((_uri, _body, cb) => {
        void gate.then(() =>
          cb(null, [
            200,
            '<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>',
            { 'content-type': 'application/xml' },
          ]),
        );
      });
    aws.describeTrails('us-east-1', [mr]);
    aws.noEventDataStores('us-east-1');
    nock('https://cloudtrail.eu-west-1.amazonaws.com')
      .post('/')
      .times(4)
      .reply(function () {
        const op = String(this.req.headers['x-amz-target']).split('.')[1] ?? '?';
        order.push(op);
        if (op === 'GetTrailStatus') opened();
        if (op === 'DescribeTrails') return json({ trailList: [mr] });
        if (op === 'ListEventDataStores') return json({ EventDataStores: [] });
        if (op === 'GetTrailStatus') return json({ IsLogging: true });
        return json({ TrailARN: mr.TrailARN, ...aws.wholeBucketAdvanced('bucket-west') });
      });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts } = await collect(policyOf(requirement('bucket-west')), {
      deps: { bounds: { cloudtrailPerRegion: 2 } },
    }).finally(() => clearTimeout(timer));
    expect(order.slice(0, 2).sort()).toEqual(['DescribeTrails', 'ListEventDataStores']);
    expect(order.slice(2).sort()).toEqual(['GetEventSelectors', 'GetTrailStatus']);
    expect(statusOf(facts, ['bucket-west']).map((b) => b.status)).toEqual(['covered']);
  });

  it.each([
    ['an organization trail', { trail: true, store: false }, 1],
    ['an organization event data store', { trail: false, store: true }, 1],
    ['both', { trail: true, store: true }, 1],
    ['neither', { trail: false, store: false }, 0],
  ])(
    'onOrganizationRecorder is told once as soon as %s is listed, exactly when the recorders hold one',
    async (_, o, told) => {
      const t = aws.sdkTrail({ name: 't', multiRegion: true, org: o.trail });
      const lake = aws.edsArn('lake');
      aws.describeTrails('us-east-1', [t]);
      aws.listEventDataStores('us-east-1', [[{ EventDataStoreArn: lake, Name: 'lake' }]]);
      aws.trailDetails(t, { selectors: aws.wholeBucketAdvanced(BUCKET) });
      aws.getEventDataStore(lake, {
        EventDataStoreArn: lake,
        Name: 'lake',
        Status: 'ENABLED',
        MultiRegionEnabled: true,
        OrganizationEnabled: o.store,
        AdvancedEventSelectors: [],
      });
      aws.bucketLocation('audit-logs', '');
      aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
      let calls = 0;
      const { facts } = await collect(policyOf(requirement(BUCKET, { region: 'us-east-1' })), {
        deps: { onOrganizationRecorder: () => calls++ },
      });
      expect(calls).toBe(told);
      expect(facts.recorders.filter((r) => r.organization.known && r.organization.value).length > 0).toBe(
        told > 0,
      );
    },
  );

  it('uses the Regions another source knows instead of GetBucketLocation (plan + live)', async () => {
    aws.describeTrails('eu-central-1', []);
    aws.describeTrails('us-east-1', []);
    aws.noEventDataStores('eu-central-1', 'us-east-1');
    const calls = new Map<string, number>();
    const facts = await collectLiveFacts(
      policyOf(requirement(BUCKET)),
      { region: 'us-east-1', knownRegions: new Map([[BUCKET, 'eu-central-1']]) },
      { clients: aws.testClients(), env: {}, onCalls: (c) => c.forEach((n, k) => calls.set(k, n)) },
    );
    expect(calls.get('s3:GetBucketLocation')).toBeUndefined();
    expect(facts.buckets.get(BUCKET)?.region).toEqual({ known: true, value: 'eu-central-1' });
    expect(nock.isDone()).toBe(true);
  });
});

describe('credentials, Region and endpoints', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it('no credentials: an InputError (exit 2) that says how to provide them', async () => {
    delete process.env['AWS_ACCESS_KEY_ID'];
    delete process.env['AWS_SECRET_ACCESS_KEY'];
    process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
    process.env['AWS_CONFIG_FILE'] = '/nonexistent/config';
    process.env['AWS_SHARED_CREDENTIALS_FILE'] = '/nonexistent/credentials';
    const err = await collectLiveFacts(
      policyOf(requirement(BUCKET)),
      { region: 'us-east-1' },
      { env: {} },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const m = (err as Error).message;
    expect(m).toContain('no usable AWS credentials');
    expect(m).toContain('CredentialsProviderError');
    expect(m).toContain('AWS_PROFILE');
    expect(m).toContain('aws-actions/configure-aws-credentials with OIDC');
    expect(m).toContain('id-token: write');
  });

  it('expired credentials on a call abort the run the same way', async () => {
    aws.bucketLocation(BUCKET, {
      error: 'ExpiredToken',
      status: 400,
      message: 'The provided token has expired.',
    });
    aws.describeTrails('us-east-1', []);
    aws.noEventDataStores('us-east-1');
    const err = await collectLiveFacts(
      policyOf(requirement(BUCKET)),
      { region: 'us-east-1' },
      { clients: aws.testClients(), env: {}, concurrency: 1 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain('ExpiredToken');
  });

  it('no Region: an InputError naming --region and AWS_REGION', async () => {
    const err = await collectLiveFacts(policyOf(requirement(BUCKET)), {}, { env: {} }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/--region REGION or set AWS_REGION/);
  });

  it('AWS_DEFAULT_REGION is used when AWS_REGION is not set; --region wins over both', async () => {
    aws.describeTrails('eu-north-1', []);
    aws.noEventDataStores('eu-north-1');
    const policy = policyOf(requirement(BUCKET, { region: 'eu-north-1' }));
    const a = await collectLiveFacts(
      policy,
      {},
      { clients: aws.testClients(), env: { AWS_DEFAULT_REGION: 'eu-north-1' } },
    );
    expect(a.defaults.region).toEqual({ known: true, value: 'eu-north-1' });
    aws.describeTrails('eu-north-1', []);
    aws.noEventDataStores('eu-north-1');
    const b = await collectLiveFacts(
      policy,
      { region: 'eu-north-1' },
      { clients: aws.testClients(), env: { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'us-west-1' } },
    );
    expect(b.defaults.region).toEqual({ known: true, value: 'eu-north-1' });
    expect(nock.isDone()).toBe(true);
  });

  it('AWS_ENDPOINT_URL_CLOUDTRAIL and AWS_ENDPOINT_URL_S3 point at an emulator (S3 path-style)', async () => {
    const env = {
      AWS_ENDPOINT_URL_CLOUDTRAIL: 'http://127.0.0.1:4599',
      AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:4598',
    };
    const emu = (op: string) =>
      nock('http://127.0.0.1:4599').matchHeader('x-amz-target', `CloudTrail_20131101.${op}`).post('/');
    emu('DescribeTrails').reply(200, { trailList: [] });
    emu('ListEventDataStores').reply(200, {});
    nock('http://127.0.0.1:4598')
      .get(`/${BUCKET}/`)
      .query({ location: '' })
      .reply(200, '<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>');
    const facts = await collectLiveFacts(policyOf(requirement(BUCKET)), { region: 'us-east-1' }, { env });
    expect(facts.buckets.get(BUCKET)?.region).toEqual({ known: true, value: 'us-east-1' });
    expect(facts.notes).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });

  it('AWS_ENDPOINT_URL serves both services; AWS_IGNORE_CONFIGURED_ENDPOINT_URLS turns it off', async () => {
    const { endpointsFromEnv } = await import('../../../src/sources/aws/clients.js');
    expect(endpointsFromEnv({ AWS_ENDPOINT_URL: 'http://localhost:4566' })).toEqual({
      cloudtrail: 'http://localhost:4566',
      s3: 'http://localhost:4566',
      sts: 'http://localhost:4566',
      organizations: 'http://localhost:4566',
    });
    expect(endpointsFromEnv({ AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_S3: 'http://b' })).toEqual({
      cloudtrail: 'http://a',
      s3: 'http://b',
      sts: 'http://a',
      organizations: 'http://a',
    });
    expect(
      endpointsFromEnv({ AWS_ENDPOINT_URL: 'http://a', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }),
    ).toEqual({});
    expect(endpointsFromEnv({})).toEqual({});
  });
});

describe('many buckets: ListBuckets places the buckets of the account (LIST_BUCKETS_ABOVE)', () => {
  // The threshold is lowered to 1 so that 2-3 buckets take the path a policy of hundreds takes.
  const many = { listBucketsAbove: 1 };
  const trail = aws.sdkTrail({ name: 'main', multiRegion: true, logBucket: 'audit-logs' });
  const accountSetUp = (...regions: string[]) => {
    for (const r of regions) {
      aws.describeTrails(r, [trail]);
      aws.noEventDataStores(r);
    }
    aws.trailDetails(trail, { selectors: aws.wholeBucketAdvanced('own-eu') });
  };

  it('one ListBuckets instead of a GetBucketLocation per listed bucket; the rest (another account) by GetBucketLocation', async () => {
    aws.listBuckets([
      [
        ['audit-logs', 'us-east-1'],
        ['own-eu', 'eu-west-1'],
        ['own-us', 'us-east-1'],
      ],
    ]);
    aws.bucketLocation('partner-bucket', 'ap-southeast-2');
    accountSetUp('us-east-1', 'eu-west-1', 'ap-southeast-2');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts, calls } = await collect(
      policyOf(requirement('own-eu'), requirement('own-us'), requirement('partner-bucket')),
      { deps: many },
    );
    expect(Object.fromEntries(calls)).toEqual({
      's3:ListBuckets': 1,
      // partner-bucket only: the log bucket is listed too
      's3:GetBucketLocation': 1,
      'cloudtrail:DescribeTrails': 3,
      'cloudtrail:ListEventDataStores': 3,
      'cloudtrail:GetTrailStatus': 1,
      'cloudtrail:GetEventSelectors': 1,
      's3:GetBucketPolicy': 1,
    });
    expect(facts.buckets.get('own-eu')?.region).toEqual({ known: true, value: 'eu-west-1' });
    expect(facts.buckets.get('own-us')?.region).toEqual({ known: true, value: 'us-east-1' });
    expect(facts.buckets.get('partner-bucket')?.region).toEqual({ known: true, value: 'ap-southeast-2' });
    expect(facts.buckets.get('audit-logs')?.region).toEqual({ known: true, value: 'us-east-1' });
    const [eu, us] = statusOf(facts, ['own-eu'], ['own-us']);
    expect(eu?.status).toBe('covered');
    expect(us?.status).toBe('uncovered');
  });

  it("the Regions ListBuckets names are listed before the unlisted buckets' GetBucketLocation goes out", async () => {
    // 12 buckets of another account need GetBucketLocation; started in the same turn as eu-west-1's listing
    // (as before), their requests went out first, though the listing is what the next calls wait for.
    const others = Array.from({ length: 12 }, (_, i) => `partner-${String(i).padStart(2, '0')}`);
    const order: string[] = [];
    aws.listBuckets([
      [
        ['audit-logs', 'us-east-1'],
        ['own-eu', 'eu-west-1'],
      ],
    ]);
    for (const b of others)
      nock(`https://${b}.s3.us-east-1.amazonaws.com`)
        .get('/')
        .query({ location: '' })
        .reply(() => {
          order.push('GetBucketLocation');
          return [403, '<Error><Code>AccessDenied</Code><Message>no</Message></Error>'];
        });
    aws.describeTrails('us-east-1', [trail]);
    aws.noEventDataStores('us-east-1');
    nock('https://cloudtrail.eu-west-1.amazonaws.com')
      .matchHeader('x-amz-target', /CloudTrail_20131101\.(DescribeTrails|ListEventDataStores)/)
      .post('/')
      .times(2)
      .reply(function () {
        const op = String(this.req.headers['x-amz-target']).split('.')[1] ?? '?';
        order.push(op);
        return [
          200,
          JSON.stringify(op === 'DescribeTrails' ? { trailList: [trail] } : { EventDataStores: [] }),
          { 'content-type': 'application/x-amz-json-1.1' },
        ];
      });
    aws.trailDetails(trail, { selectors: aws.wholeBucketAdvanced('own-eu') });
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts } = await collect(policyOf(requirement('own-eu'), ...others.map((b) => requirement(b))), {
      deps: many,
    });
    expect(order.slice(0, 2).sort()).toEqual(['DescribeTrails', 'ListEventDataStores']);
    expect(order.filter((o) => o === 'GetBucketLocation')).toHaveLength(12);
    expect(statusOf(facts, ['own-eu']).map((b) => b.status)).toEqual(['covered']);
  });

  it('at or below the threshold no ListBuckets is sent (GetBucketLocation per bucket, as before)', async () => {
    aws.bucketLocation('own-eu', 'eu-west-1');
    aws.bucketLocation('audit-logs', '');
    accountSetUp('us-east-1', 'eu-west-1');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { calls } = await collect(policyOf(requirement('own-eu')), { deps: many });
    expect(calls.get('s3:ListBuckets')).toBeUndefined();
    expect(calls.get('s3:GetBucketLocation')).toBe(2);
  });

  it('ListBuckets AccessDenied: every Region read with GetBucketLocation, a warning names the grant, never a pass', async () => {
    aws.listBuckets({ error: 'AccessDenied', message: 'Access Denied' });
    aws.bucketLocation('own-eu', 'eu-west-1');
    aws.bucketLocation('own-us', '');
    aws.bucketLocation('audit-logs', '');
    accountSetUp('us-east-1', 'eu-west-1');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts, calls } = await collect(policyOf(requirement('own-eu'), requirement('own-us')), {
      deps: many,
    });
    expect(calls.get('s3:ListBuckets')).toBe(1);
    expect(calls.get('s3:GetBucketLocation')).toBe(3);
    expect(facts.notes).toContain(
      'live: AccessDenied on s3:ListBuckets in us-east-1: grant it (see README "Live mode"); the Regions of the 2 policy buckets were read with s3:GetBucketLocation instead',
    );
    expect(facts.buckets.get('own-eu')?.region).toEqual({ known: true, value: 'eu-west-1' });
  });

  it('pages are followed by ContinuationToken; a bucket without a valid BucketRegion is asked with GetBucketLocation', async () => {
    aws.listBuckets([
      [
        ['audit-logs', 'us-east-1'],
        ['no-region', undefined],
      ],
      [
        ['own-eu', 'eu-west-1'],
        ['odd-region', 'evil.example.com/x'],
      ],
    ]);
    aws.bucketLocation('no-region', '');
    aws.bucketLocation('odd-region', 'EU');
    accountSetUp('us-east-1', 'eu-west-1');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts, calls } = await collect(
      policyOf(requirement('own-eu'), requirement('no-region'), requirement('odd-region')),
      { deps: many },
    );
    expect(calls.get('s3:ListBuckets')).toBe(2);
    expect(calls.get('s3:GetBucketLocation')).toBe(2);
    expect(facts.buckets.get('own-eu')?.region).toEqual({ known: true, value: 'eu-west-1' });
    expect(facts.buckets.get('no-region')?.region).toEqual({ known: true, value: 'us-east-1' });
    expect(facts.buckets.get('odd-region')?.region).toEqual({ known: true, value: 'eu-west-1' });
  });

  it('a listing that repeats its ContinuationToken fails (never a shorter list): GetBucketLocation for all', async () => {
    aws.listBuckets([[['own-eu', 'eu-west-1']], [['own-us', 'us-east-1']]], { repeatToken: true });
    aws.bucketLocation('own-eu', 'eu-west-1');
    aws.bucketLocation('own-us', '');
    aws.bucketLocation('audit-logs', '');
    accountSetUp('us-east-1', 'eu-west-1');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts, calls } = await collect(policyOf(requirement('own-eu'), requirement('own-us')), {
      deps: many,
    });
    expect(calls.get('s3:ListBuckets')).toBe(2);
    expect(calls.get('s3:GetBucketLocation')).toBe(3);
    expect(facts.notes.some((n) => n.includes('s3:ListBuckets') && n.includes('repeated'))).toBe(true);
  });

  it('a bucket neither listed nor locatable stays unknown (AccessDenied), as without ListBuckets', async () => {
    aws.listBuckets([[['audit-logs', 'us-east-1']]]);
    aws.bucketLocation('own-eu', 'eu-west-1');
    aws.bucketLocation('theirs', { error: 'AccessDenied', message: 'Access Denied' });
    accountSetUp('us-east-1', 'eu-west-1');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const { facts } = await collect(policyOf(requirement('own-eu'), requirement('theirs')), { deps: many });
    expect(facts.buckets.get('theirs')?.region).toMatchObject({ known: false, reason: 'access-denied' });
  });
});
