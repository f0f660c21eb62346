// Live mode under faults, over the real SDK clients (nock): throttling storms, timeouts, truncated S3
// bodies, credentials that expire mid-run, a 5xx on one trail. A fault makes facts unknown (or, for
// credentials, stops the run with exit 2); it never makes a bucket `covered` that the facts do not prove.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
// The SDK's own standard retry strategy, with a 1 ms back-off (as in fake-aws.ts).
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { main } from '../../../src/cli/cli.js';
import { evaluateCoverage, type CoverageResult } from '../../../src/engine/coverage.js';
import { InputError } from '../../../src/errors.js';
import type { Fact } from '../../../src/model/fact.js';
import type { Facts } from '../../../src/model/facts.js';
import type { Policy } from '../../../src/config/policy.js';
import { evaluate } from '../../../src/app/run.js';
import { createAwsClients, type AwsClients } from '../../../src/sources/aws/clients.js';
import { collectLiveFacts } from '../../../src/sources/aws/collect.js';
import { policyOf, requirement } from '../../helpers/facts-builders.js';
import * as aws from './fake-aws.js';
import { expectValidReport } from '../../helpers/report-schema.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-faults-'));
beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.abortPendingRequests();
  nock.cleanAll();
});
afterAll(() => {
  nock.enableNetConnect();
  rmSync(dir, { recursive: true, force: true });
});

const noPolicy = { error: 'NoSuchBucketPolicy', status: 404 } as const;

async function collect(policy: Policy, clients: AwsClients = aws.testClients()): Promise<Facts> {
  return collectLiveFacts(policy, { region: 'us-east-1' }, { clients, env: {} });
}

/**
 * The verdict of every bucket, after checking the invariant of every test here: a bucket is `covered` only
 * when each of its events names a recorder whose logging and selectors were read (known).
 */
function verdicts(facts: Facts, policy: Policy): Record<string, string> {
  const result: CoverageResult = evaluateCoverage(facts, policy);
  for (const b of result.buckets) {
    if (b.status !== 'covered') continue;
    for (const e of b.events) {
      expect(e.coveredBy.length).toBeGreaterThan(0);
      for (const id of e.coveredBy) {
        const r = facts.recorders.find((x) => x.id === id);
        expect(r?.logging).toEqual({ known: true, value: true });
        expect(r?.selectors.known).toBe(true);
      }
    }
  }
  return Object.fromEntries(result.buckets.map((b) => [b.name, b.status]));
}

function detail<T>(f: Fact<T> | undefined): string {
  if (!f) throw new Error('no fact');
  if (f.known) throw new Error(`expected unknown, got ${JSON.stringify(f.value)}`);
  return f.detail;
}

/** Advanced selectors recording every S3 object data event of these buckets. */
function selecting(...buckets: string[]) {
  return {
    AdvancedEventSelectors: [
      {
        Name: 'sensitive',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          { Field: 'resources.ARN', StartsWith: buckets.map((b) => `arn:aws:s3:::${b}/`) },
        ],
      },
    ],
  };
}

/** Every CloudTrail call in these Regions answers ThrottlingException; counts the attempts per operation. */
function throttleEverything(regions: readonly string[]): Map<string, number> {
  const attempts = new Map<string, number>();
  for (const r of regions)
    nock(`https://cloudtrail.${r}.amazonaws.com`)
      .persist()
      .post('/')
      .reply(function () {
        const op = String(this.req.headers['x-amz-target']).replace('CloudTrail_20131101.', '');
        attempts.set(`${r} ${op}`, (attempts.get(`${r} ${op}`) ?? 0) + 1);
        return [400, { __type: 'ThrottlingException', message: 'Rate exceeded' }];
      });
  return attempts;
}

describe('throttling storm: every CloudTrail call throttled beyond the retry budget', () => {
  it('from the first call: every Region is unknown, so is every bucket; each call was retried to the budget', async () => {
    aws.bucketLocation('bucket-east', '');
    const attempts = throttleEverything(['us-east-1', 'eu-west-1']);
    const policy = policyOf(requirement('bucket-east'), requirement('bucket-west', { region: 'eu-west-1' }));
    const facts = await collect(policy);
    expect(verdicts(facts, policy)).toEqual({ 'bucket-east': 'unknown', 'bucket-west': 'unknown' });
    const notes = facts.notes.join('\n');
    for (const r of ['us-east-1', 'eu-west-1']) {
      expect(notes).toContain(`cloudtrail:DescribeTrails in ${r} failed: ThrottlingException (HTTP 400)`);
      expect(notes).toContain(`the trails and event data stores of ${r} are unknown`);
      // testClients(): 3 attempts per call, then the failure is a fact.
      expect(attempts.get(`${r} DescribeTrails`)).toBe(3);
      expect(attempts.get(`${r} ListEventDataStores`)).toBe(3);
    }
    const [east] = evaluateCoverage(facts, policy).buckets;
    expect(east?.events[0]?.gaps.join(' ')).toContain('ThrottlingException');
  });

  it('after the listings: the trail that selects the bucket cannot be read, so the bucket is unknown', async () => {
    const t = aws.sdkTrail({ name: 'main', multiRegion: true });
    aws.describeTrails('us-east-1', [t]);
    aws.noEventDataStores('us-east-1');
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', aws.cloudTrailBucketPolicy('audit-logs', t.TrailARN));
    const attempts = throttleEverything(['us-east-1']); // after the listings: they match first
    const policy = policyOf(requirement('acme-pii-prod', { region: 'us-east-1' }));
    const facts = await collect(policy);
    expect(verdicts(facts, policy)).toEqual({ 'acme-pii-prod': 'unknown' });
    const r = facts.recorders.find((x) => x.id === t.TrailARN);
    expect(detail(r?.logging)).toContain('cloudtrail:GetTrailStatus in us-east-1');
    expect(detail(r?.selectors)).toContain('ThrottlingException (HTTP 400)');
    expect(attempts.get('us-east-1 GetEventSelectors')).toBe(3);
    expect(attempts.get('us-east-1 DescribeTrails')).toBeUndefined();
  });
});

describe('timeouts', () => {
  // Two attempts of 100 ms each, against answers that come after 400 ms.
  const slowClients = () =>
    createAwsClients({
      env: {},
      retryStrategy: new ConfiguredRetryStrategy(2, 1),
      connectionTimeout: 100,
      requestTimeout: 100,
    });

  it('a timed-out bucket Region, selector read or policy read is unknown; what was read still proves coverage', async () => {
    const m = aws.sdkTrail({ name: 'main', multiRegion: true });
    const s = aws.sdkTrail({ name: 'local', home: 'us-east-1' });
    // bucket-a: GetBucketLocation times out. The multi-Region trail `main` selects it: covered whatever its Region.
    nock('https://bucket-a.s3.us-east-1.amazonaws.com')
      .get('/')
      .query({ location: '' })
      .times(2)
      .delay(400)
      .reply(200, '<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>');
    aws.describeTrails('us-east-1', [m, s]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(m, { selectors: selecting('bucket-a', 'bucket-b') });
    // `local` would be the only recorder of bucket-c, and its selectors time out.
    nock('https://cloudtrail.us-east-1.amazonaws.com')
      .matchHeader('x-amz-target', 'CloudTrail_20131101.GetTrailStatus')
      .post('/', (b: Record<string, unknown>) => b['Name'] === s.TrailARN)
      .reply(200, { IsLogging: true });
    nock('https://cloudtrail.us-east-1.amazonaws.com')
      .matchHeader('x-amz-target', 'CloudTrail_20131101.GetEventSelectors')
      .post('/', (b: Record<string, unknown>) => b['TrailName'] === s.TrailARN)
      .times(2)
      .delay(400)
      .reply(200, selecting('bucket-c'));
    // The shared log bucket: its Region is read, its policy times out.
    aws.bucketLocation('audit-logs', '');
    nock('https://audit-logs.s3.us-east-1.amazonaws.com')
      .get('/')
      .query({ policy: '' })
      .times(2)
      .delay(400)
      .reply(200, JSON.stringify(aws.cloudTrailBucketPolicy('audit-logs', m.TrailARN)));
    const policy = policyOf(
      requirement('bucket-a'),
      requirement('bucket-b', { region: 'us-east-1' }),
      requirement('bucket-c', { region: 'us-east-1' }),
    );
    const started = Date.now();
    const facts = await collect(policy, slowClients());
    expect(Date.now() - started).toBeLessThan(2000);
    expect(verdicts(facts, policy)).toEqual({
      'bucket-a': 'covered',
      'bucket-b': 'covered',
      'bucket-c': 'unknown',
    });
    expect(detail(facts.buckets.get('bucket-a')?.region)).toMatch(
      /^s3:GetBucketLocation in us-east-1 for arn:aws:s3:::bucket-a failed: TimeoutError/,
    );
    expect(detail(facts.recorders.find((r) => r.id === s.TrailARN)?.selectors)).toMatch(
      /cloudtrail:GetEventSelectors in us-east-1 for .*trail\/local failed: TimeoutError/,
    );
    expect(detail(facts.buckets.get('audit-logs')?.policy?.document)).toMatch(
      /s3:GetBucketPolicy in us-east-1 for arn:aws:s3:::audit-logs failed: TimeoutError/,
    );
    const c = evaluateCoverage(facts, policy).buckets.find((b) => b.name === 'bucket-c');
    expect(c?.events[0]?.gaps.join(' ')).toContain('TimeoutError');
  });
});

describe('a real endpoint that stops answering (not nock: its mock socket connects only with the reply)', () => {
  let server: Server;
  let url = '';
  const regionOf = (req: IncomingMessage) =>
    /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(req.headers['authorization'] ?? '')?.[1] ?? '';
  beforeAll(async () => {
    nock.enableNetConnect('127.0.0.1');
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const op = String(req.headers['x-amz-target']).replace('CloudTrail_20131101.', '');
        if (regionOf(req) !== 'eu-west-1') {
          res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
          res.end(op === 'DescribeTrails' ? '{"trailList":[]}' : '{}');
        } else if (op === 'ListEventDataStores') {
          // Headers and half a body, then nothing.
          res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
          res.write('{"EventDataSto');
        }
        // DescribeTrails in eu-west-1: the connection is accepted and never answered.
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    nock.disableNetConnect();
  });

  it('a silent answer and a stalled body end in TimeoutError: the Region is unknown, the run ends', async () => {
    const clients = createAwsClients({
      env: { AWS_ENDPOINT_URL: url },
      retryStrategy: new ConfiguredRetryStrategy(2, 1),
      connectionTimeout: 150,
      requestTimeout: 150,
    });
    const policy = policyOf(
      requirement('bucket-east', { region: 'us-east-1' }),
      requirement('bucket-west', { region: 'eu-west-1' }),
    );
    const started = Date.now();
    const facts = await collect(policy, clients);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(verdicts(facts, policy)).toEqual({ 'bucket-east': 'uncovered', 'bucket-west': 'unknown' });
    const notes = facts.notes.join('\n');
    expect(notes).toMatch(/cloudtrail:DescribeTrails in eu-west-1 failed: TimeoutError/);
    expect(notes).toMatch(/cloudtrail:ListEventDataStores in eu-west-1 failed: TimeoutError/);
  });
});

describe('truncated S3 XML bodies', () => {
  const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
  const errorXml = (code: string, message: string) =>
    `${XML}<Error><Code>${code}</Code><Message>${message}</Message><RequestId>R</RequestId><HostId>H</HostId></Error>`;
  const cut = (s: string) => s.slice(0, Math.floor(s.length / 2));

  it.each([
    ['an AccessDenied error body cut in half (403)', 403, cut(errorXml('AccessDenied', 'Access Denied'))],
    ['a 200 answer cut inside the Region', 200, `${XML}<LocationConstraint xmlns="x">eu-we`],
  ])('GetBucketLocation, %s: the Region is unknown, the run goes on', async (_name, status, body) => {
    const m = aws.sdkTrail({ name: 'main', multiRegion: true });
    const s = aws.sdkTrail({ name: 'local', home: 'us-east-1', logBucket: 'audit-logs' });
    for (const b of ['bucket-a', 'bucket-c'])
      nock(`https://${b}.s3.us-east-1.amazonaws.com`)
        .get('/')
        .query({ location: '' })
        .times(3)
        .reply(status, body, { 'content-type': 'application/xml' });
    aws.describeTrails('us-east-1', [m, s]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(m, { selectors: selecting('bucket-a') });
    aws.trailDetails(s, { selectors: selecting('bucket-c') });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const policy = policyOf(requirement('bucket-a'), requirement('bucket-c'));
    const facts = await collect(policy);
    for (const b of ['bucket-a', 'bucket-c']) {
      const d = detail(facts.buckets.get(b)?.region);
      expect(d).toContain(`s3:GetBucketLocation in us-east-1 for arn:aws:s3:::${b} failed`);
      expect(d).toContain(`(HTTP ${status}, the response could not be parsed)`);
    }
    // A multi-Region trail proves bucket-a whatever its Region; whether the single-Region trail in
    // us-east-1 sees bucket-c depends on the Region that could not be read.
    expect(verdicts(facts, policy)).toEqual({ 'bucket-a': 'covered', 'bucket-c': 'unknown' });
  });

  it.each([
    ['an AccessDenied error body cut in half (403)', 403, cut(errorXml('AccessDenied', 'Access Denied'))],
    [
      'a NoSuchBucketPolicy error body cut in half (404): not taken for "no policy"',
      404,
      cut(errorXml('NoSuchBucketPolicy', 'The bucket policy does not exist')),
    ],
    ['a policy document cut in half (200)', 200, cut(JSON.stringify(aws.cloudTrailBucketPolicy('x', 'y')))],
  ])(
    'GetBucketPolicy, %s: the policy is unknown and the delivery rule says unknown, not pass',
    async (_name, status, body) => {
      const t = aws.sdkTrail({ name: 'main', multiRegion: true });
      aws.describeTrails('us-east-1', [t]);
      aws.noEventDataStores('us-east-1');
      aws.trailDetails(t, { selectors: selecting('acme-pii-prod') });
      aws.bucketLocation('audit-logs', '');
      nock('https://audit-logs.s3.us-east-1.amazonaws.com')
        .get('/')
        .query({ policy: '' })
        .times(3)
        .reply(status, body, { 'content-type': status === 200 ? 'application/json' : 'application/xml' });
      const policy = policyOf(requirement('acme-pii-prod', { region: 'us-east-1' }));
      const facts = await collect(policy);
      const doc = facts.buckets.get('audit-logs')?.policy?.document;
      expect(doc?.known).toBe(false);
      expect(detail(doc)).toMatch(/GetBucketPolicy|not valid JSON/);
      // Coverage does not depend on the log bucket; delivery to it cannot be decided.
      expect(verdicts(facts, policy)).toEqual({ 'acme-pii-prod': 'covered' });
      const { report } = evaluate(facts, policy);
      expectValidReport(report);
      const grant = report.findings.filter((f) => f.ruleId === 'log-bucket-delivery-grant');
      expect(grant).toHaveLength(1);
      expect(grant[0]?.status).toBe('unknown');
      expect(report.passed).toBe(false);
    },
  );
});

describe('credentials that expire in the middle of the run', () => {
  const BUCKET = 'acme-pii-prod';
  const t = aws.sdkTrail({ name: 'main', multiRegion: true });

  /** The first calls succeed: the bucket's Region, the listings of both Regions. */
  function firstCallsSucceed(): void {
    aws.bucketLocation(BUCKET, 'eu-west-1');
    aws.describeTrails('us-east-1', [t]);
    aws.describeTrails('eu-west-1', [t]);
    aws.noEventDataStores('us-east-1', 'eu-west-1');
  }

  /**
   * The run stops at the first credential error; calls already in flight go on a moment. They are answered
   * here (persist) and waited for, so that none outlives the test.
   */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

  /** Answers every later CloudTrail call with ExpiredTokenException (the log bucket's calls may or may not come). */
  function expireCloudTrail(): void {
    nock('https://cloudtrail.us-east-1.amazonaws.com').persist().post('/').reply(400, {
      __type: 'ExpiredTokenException',
      message: 'The security token included in the request is expired',
    });
    nock('https://audit-logs.s3.us-east-1.amazonaws.com').persist().get('/').query(true).reply(200, '{}');
  }

  it('the CLI stops with exit 2, writes no report, and names the expired token and how to renew it', async () => {
    const policyFile = join(dir, 'policy.yml');
    const out = join(dir, 'report.json');
    writeFileSync(policyFile, `version: 1\nbuckets:\n  - ${BUCKET}\n`);
    firstCallsSucceed();
    expireCloudTrail();
    let stdout = '';
    let stderr = '';
    const code = await main(
      ['check', '--policy', policyFile, '--live', '--format', 'json', '--output', out],
      { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) },
    );
    await settle();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(stderr).toMatch(/^s3-trail-guard: --live: no usable AWS credentials \(ExpiredTokenException: /);
    // AWS's own message is not repeated (it may name the caller); the code and HTTP status are.
    expect(stderr).toContain('(ExpiredTokenException: HTTP 400)');
    expect(stderr).not.toContain('The security token included in the request is expired');
    expect(stderr).toContain('configure-aws-credentials');
    expect(stderr).not.toContain('    at ');
  });

  it.each([
    ['CloudTrail (ExpiredTokenException on GetTrailStatus)', 'ExpiredTokenException'],
    ['S3 (ExpiredToken on GetBucketPolicy)', 'ExpiredToken'],
  ])('%s: collection rejects with an InputError naming the code', async (_name, code) => {
    firstCallsSucceed();
    if (code === 'ExpiredTokenException') expireCloudTrail();
    else {
      aws.trailDetails(t, { selectors: selecting(BUCKET) });
      aws.bucketLocation('audit-logs', '');
      aws.bucketPolicy('audit-logs', 'us-east-1', {
        error: 'ExpiredToken',
        status: 400,
        message: 'The provided token has expired.',
      });
    }
    const err = await collect(policyOf(requirement(BUCKET))).catch((e: unknown) => e);
    await settle();
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(`no usable AWS credentials (${code}: `);
  });
});

describe('a 500 on GetEventSelectors of one trail', () => {
  const BUCKET = 'acme-pii-prod';
  const reader = aws.sdkTrail({ name: 'reader', multiRegion: true });
  const broken = aws.sdkTrail({ name: 'broken', multiRegion: true });
  const failure = { error: 'InternalFailure', status: 500, message: 'internal error', times: 3 } as const;

  it('another trail that covers the bucket still proves it: covered, by that trail only', async () => {
    aws.describeTrails('us-east-1', [reader, broken]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(reader, { selectors: selecting(BUCKET) });
    aws.trailDetails(broken, { selectors: failure });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const policy = policyOf(requirement(BUCKET, { region: 'us-east-1' }));
    const facts = await collect(policy);
    expect(verdicts(facts, policy)).toEqual({ [BUCKET]: 'covered' });
    const [b] = evaluateCoverage(facts, policy).buckets;
    expect(b?.events.every((e) => e.coveredBy.join() === reader.TrailARN)).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('the failing trail is the one that would cover it: unknown, not covered, the 500 named', async () => {
    aws.describeTrails('us-east-1', [reader, broken]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(reader, { selectors: selecting('some-other-bucket') });
    aws.trailDetails(broken, { selectors: failure });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', noPolicy);
    const policy = policyOf(requirement(BUCKET, { region: 'us-east-1' }));
    const facts = await collect(policy);
    expect(verdicts(facts, policy)).toEqual({ [BUCKET]: 'unknown' });
    const [b] = evaluateCoverage(facts, policy).buckets;
    expect(b?.events[0]?.gaps.join(' ')).toContain(
      `cloudtrail:GetEventSelectors in us-east-1 for ${broken.TrailARN} failed: InternalFailure`,
    );
    expect(nock.pendingMocks()).toEqual([]);
  });
});
