// Live mode against an endpoint that misbehaves on purpose, over a real 127.0.0.1 server and the real SDK
// clients (nock's mock sockets do not trickle): bodies that trickle one byte at a time, headers then
// silence, a NextToken that is always new, error messages that carry credentials, and well-formed JSON of
// the wrong shape. Each makes the one fact it touches unknown, with the reason; the run ends, leaks
// nothing, and the other buckets keep their verdicts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { evaluateCoverage } from '../../../src/engine/coverage.js';
import type { Fact } from '../../../src/model/fact.js';
import type { Facts } from '../../../src/model/facts.js';
import { createAwsClients, credentialsError, summarizeAwsError } from '../../../src/sources/aws/clients.js';
import { collectLiveFacts, type LiveDeps } from '../../../src/sources/aws/collect.js';
import { policyOf, requirement } from '../../helpers/facts-builders.js';
import * as aws from './fake-aws.js';

type Answer =
  | { status?: number; json?: unknown; xml?: string; headers?: Record<string, string> }
  | 'silence'
  | 'headers-then-silence'
  | 'trickle';

interface Req {
  readonly region: string;
  /** CloudTrail operation (X-Amz-Target), or `s3 location` / `s3 policy`. */
  readonly op: string;
  readonly body: Record<string, unknown>;
  readonly bucket?: string;
}

type Handler = (r: Req) => Answer | undefined;

let server: Server;
let url = '';
let override: Handler = () => undefined;
const seen: Req[] = [];
const timers = new Set<ReturnType<typeof setInterval>>();

const east = aws.sdkTrail({ name: 'east', home: 'us-east-1' });
const west = aws.sdkTrail({ name: 'west', home: 'eu-west-1' });
const selecting = (bucket: string) => aws.wholeBucketAdvanced(bucket);

/** A well-behaved account: `east` records bucket-east, `west` records bucket-west, one log bucket. */
function normal(r: Req): Answer {
  switch (r.op) {
    case 'DescribeTrails':
      return { json: { trailList: r.region === 'eu-west-1' ? [west] : [east] } };
    case 'ListEventDataStores':
      return { json: { EventDataStores: [] } };
    case 'GetTrailStatus':
      return { json: { IsLogging: true } };
    case 'GetEventSelectors':
      return { json: selecting(r.body['TrailName'] === west.TrailARN ? 'bucket-west' : 'bucket-east') };
    case 's3 location':
      return { xml: '<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>' };
    case 's3 policy':
      return {
        status: 404,
        xml: '<Error><Code>NoSuchBucketPolicy</Code><Message>none</Message><RequestId>R</RequestId></Error>',
      };
    default:
      return { status: 400, json: { __type: 'UnknownOperationException' } };
  }
}

function answer(res: ServerResponse, a: Answer, isS3: boolean): void {
  if (a === 'silence') return;
  if (a === 'headers-then-silence' || a === 'trickle') {
    res.writeHead(200, { 'content-type': isS3 ? 'application/xml' : 'application/x-amz-json-1.1' });
    res.flushHeaders();
    if (a === 'trickle') {
      const t = setInterval(() => {
        if (res.destroyed) clearInterval(t);
        else res.write(' ');
      }, 10);
      timers.add(t);
    }
    return;
  }
  const headers = { 'x-amzn-requestid': 'REQ-1234', 'x-amz-request-id': 'REQ-1234', ...a.headers };
  if (a.xml !== undefined) {
    res.writeHead(a.status ?? 200, { 'content-type': 'application/xml', ...headers });
    res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${a.xml}`);
  } else {
    res.writeHead(a.status ?? 200, { 'content-type': 'application/x-amz-json-1.1', ...headers });
    res.end(JSON.stringify(a.json ?? {}));
  }
}

const regionOf = (req: IncomingMessage) =>
  /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(req.headers['authorization'] ?? '')?.[1] ?? '';

beforeAll(async () => {
  nock.enableNetConnect('127.0.0.1');
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const region = regionOf(req);
      const target = req.headers['x-amz-target'];
      let r: Req;
      if (typeof target === 'string') {
        const text = Buffer.concat(chunks).toString('utf8');
        r = {
          region,
          op: target.replace('CloudTrail_20131101.', ''),
          body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
        };
      } else {
        const u = new URL(req.url ?? '/', 'http://x');
        const bucket = u.pathname.split('/')[1] ?? '';
        r = { region, op: u.searchParams.has('policy') ? 's3 policy' : 's3 location', body: {}, bucket };
      }
      seen.push(r);
      answer(res, override(r) ?? normal(r), typeof target !== 'string');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const t of timers) clearInterval(t);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  // As the other files here leave it: a later file in this worker sets up its own nock rules.
  nock.enableNetConnect();
});
beforeEach(() => {
  override = () => undefined;
  seen.length = 0;
});

const policy = policyOf(
  requirement('bucket-east', { region: 'us-east-1' }),
  requirement('bucket-west', { region: 'eu-west-1' }),
);

function collect(o: { attemptMs?: number; attempts?: number; limits?: LiveDeps['limits'] } = {}) {
  const clients = createAwsClients({
    env: { AWS_ENDPOINT_URL: url },
    retryStrategy: new ConfiguredRetryStrategy(o.attempts ?? 2, 1),
    connectionTimeout: 1000,
    requestTimeout: o.attemptMs ?? 5000,
  });
  return collectLiveFacts(
    policy,
    { region: 'us-east-1' },
    {
      clients,
      env: {},
      limits: { callMs: 400, ...o.limits },
    },
  );
}

function verdicts(facts: Facts): Record<string, string> {
  return Object.fromEntries(evaluateCoverage(facts, policy).buckets.map((b) => [b.name, b.status]));
}

function detail(f: Fact<unknown> | undefined): string {
  if (!f) throw new Error('no fact');
  if (f.known) throw new Error(`expected unknown, got ${JSON.stringify(f.value)}`);
  return f.detail;
}

const westSelectors = (facts: Facts) => facts.recorders.find((r) => r.id === west.TrailARN)?.selectors;

describe('a total deadline per call, retries included', () => {
  it('the scenario without faults: both buckets covered (the baseline of the cases below)', async () => {
    expect(verdicts(await collect())).toEqual({ 'bucket-east': 'covered', 'bucket-west': 'covered' });
  });

  const stalls: [string, Answer][] = [
    ['a body that trickles one byte every 10 ms (the socket never idles)', 'trickle'],
    ['headers, then silence', 'headers-then-silence'],
    ['no answer at all', 'silence'],
  ];
  it.each(stalls)(
    'GetEventSelectors of one trail: %s: that trail is unknown at the deadline, the other bucket covered',
    async (_name, stall) => {
      override = (r) =>
        r.op === 'GetEventSelectors' && r.body['TrailName'] === west.TrailARN ? stall : undefined;
      // Per attempt 5 s: only the call's deadline (400 ms) can end it.
      const facts = await collect({ attemptMs: 5000 });
      expect(verdicts(facts)).toEqual({ 'bucket-east': 'covered', 'bucket-west': 'unknown' });
      expect(detail(westSelectors(facts))).toBe(
        `cloudtrail:GetEventSelectors in eu-west-1 for ${west.TrailARN} failed: TimeoutError (no complete answer within 0.4 s (all attempts))`,
      );
    },
  );

  it('a silent endpoint gets its retries inside the deadline, never after it', async () => {
    override = (r) =>
      r.op === 'GetEventSelectors' && r.body['TrailName'] === west.TrailARN ? 'silence' : undefined;
    // 3 attempts of 150 ms would take 450 ms; the deadline of 400 ms cuts the third one.
    const facts = await collect({ attemptMs: 150, attempts: 3 });
    expect(detail(westSelectors(facts))).toContain('TimeoutError (no complete answer within 0.4 s');
    const attempts = seen.filter(
      (r) => r.op === 'GetEventSelectors' && r.body['TrailName'] === west.TrailARN,
    );
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts.length).toBeLessThanOrEqual(3);
  });
});

describe('a page cap and a deadline per listing', () => {
  /**
   * ListEventDataStores in eu-west-1 pages for ever; the trail `west` records another bucket, so only an
   * event data store of eu-west-1 could record bucket-west: it is unknown, not uncovered.
   */
  const endlessPages = (): Handler => {
    let n = 0;
    return (r) => {
      if (r.op === 'ListEventDataStores' && r.region === 'eu-west-1')
        return { json: { EventDataStores: [], NextToken: `token-${n++}` } };
      if (r.op === 'GetEventSelectors' && r.body['TrailName'] === west.TrailARN)
        return { json: selecting('some-other-bucket') };
      return undefined;
    };
  };

  it('a NextToken that is always new: the Region is unknown after the page cap, the other Region reports', async () => {
    override = endlessPages();
    const facts = await collect({ limits: { maxPages: 25 } });
    expect(seen.filter((r) => r.op === 'ListEventDataStores' && r.region === 'eu-west-1')).toHaveLength(25);
    expect(facts.notes.join('\n')).toContain(
      'cloudtrail:ListEventDataStores in eu-west-1 failed: PageLimitExceeded (more than 25 pages, each with a new NextToken): the event data stores of eu-west-1 are unknown',
    );
    expect(verdicts(facts)).toEqual({ 'bucket-east': 'covered', 'bucket-west': 'unknown' });
  });

  it('pages that each come in time but never end: the listing deadline', async () => {
    override = endlessPages();
    const facts = await collect({ limits: { maxPages: 1_000_000, listingMs: 150 } });
    expect(facts.notes.join('\n')).toMatch(
      /cloudtrail:ListEventDataStores in eu-west-1 failed: TimeoutError \(the listing took more than 0\.15 s \(\d+ pages\)\)/,
    );
    expect(verdicts(facts)).toEqual({ 'bucket-east': 'covered', 'bucket-west': 'unknown' });
  });
});

describe('AWS error messages are reduced to code, HTTP status and request ID', () => {
  const hostileMessage =
    'User: arn:aws:sts::111122223333:assumed-role/Deploy/ci-session is not authorized; ' +
    'Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/cloudtrail/aws4_request ' +
    'token ghp_abcdefghijklmnopqrstuvwxyz0123456789 ::error::injected';

  it.each([
    [
      'AccessDenied (JSON, CloudTrail)',
      403,
      'AccessDeniedException',
      'access-denied',
      `AccessDenied on cloudtrail:GetEventSelectors for ${west.TrailARN}: grant it`,
    ],
    [
      'a 500 with a hostile message',
      500,
      'InternalFailure',
      'not-collected',
      'failed: InternalFailure (HTTP 500, request ID REQ-1234)',
    ],
  ])(
    '%s: the detail names the code (status, request ID), nothing of the message',
    async (_n, status, code, reason, says) => {
      override = (r) =>
        r.op === 'GetEventSelectors' && r.body['TrailName'] === west.TrailARN
          ? { status, json: { __type: code, message: hostileMessage } }
          : undefined;
      const facts = await collect({ attempts: 1 });
      const sel = westSelectors(facts);
      expect(sel?.known === false && sel.reason).toBe(reason);
      const d = detail(sel);
      expect(d).toContain(says);
      for (const leak of ['assumed-role', 'AKIA', 'ghp_', '::error::', 'Authorization', 'not authorized'])
        expect(d).not.toContain(leak);
      expect(verdicts(facts)['bucket-east']).toBe('covered');
    },
  );

  it('an S3 XML error with a credential in its message and in its code', async () => {
    override = (r) =>
      r.op === 's3 policy'
        ? {
            status: 403,
            xml: `<Error><Code>AKIAIOSFODNN7EXAMPLE</Code><Message>${hostileMessage}</Message><RequestId>REQ-9</RequestId></Error>`,
          }
        : undefined;
    const facts = await collect({ attempts: 1 });
    const d = detail(facts.buckets.get('audit-logs')?.policy?.document);
    expect(d).toContain('s3:GetBucketPolicy');
    expect(d).toContain('HTTP 403');
    expect(d).toContain('AKIA***');
    expect(d).not.toContain('IOSFODNN7EXAMPLE');
    expect(d).not.toContain('assumed-role');
  });

  it('summarizeAwsError keeps only code, status and request ID of an SDK-like error', () => {
    const e = Object.assign(new Error(hostileMessage), {
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403, requestId: 'ABC-123' },
    });
    expect(summarizeAwsError(e)).toEqual({ code: 'AccessDenied', status: 403, requestId: 'ABC-123' });
  });

  it('a credential provider error keeps its (local) message, masked', () => {
    const e = Object.assign(
      new Error(
        'Could not load credentials: profile ci has aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY and aws_session_token=IQoJb3JpZ2luX2VjEXAMPLETOKEN',
      ),
      { name: 'CredentialsProviderError' },
    );
    const m = credentialsError(e).message;
    expect(m).toContain('Could not load credentials');
    expect(m).not.toContain('wJalrXUtnFEMI');
    expect(m).not.toContain('IQoJb3JpZ2luX2VjEXAMPLETOKEN');
  });
});

describe('well-formed JSON of the wrong shape: that fact unknown, the other bucket covered', () => {
  const westSelectorAnswers: [string, unknown][] = [
    ['AdvancedEventSelectors an object', { AdvancedEventSelectors: { Name: 'x' } }],
    [
      'Equals a string',
      {
        AdvancedEventSelectors: [
          {
            FieldSelectors: [
              { Field: 'eventCategory', Equals: 'Data' },
              { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
            ],
          },
        ],
      },
    ],
    ['FieldSelectors a number', { AdvancedEventSelectors: [{ Name: 'n', FieldSelectors: 7 }] }],
    ['a field selector null', { AdvancedEventSelectors: [{ FieldSelectors: [null] }] }],
    ['EventSelectors a string', { EventSelectors: 'all' }],
    [
      'DataResources not an array',
      { EventSelectors: [{ ReadWriteType: 'All', DataResources: { Type: 'AWS::S3::Object' } }] },
    ],
    [
      'Values a string',
      { EventSelectors: [{ DataResources: [{ Type: 'AWS::S3::Object', Values: 'arn:aws:s3' }] }] },
    ],
  ];
  it.each(westSelectorAnswers)('GetEventSelectors: %s', async (_n, json) => {
    override = (r) =>
      r.op === 'GetEventSelectors' && r.body['TrailName'] === west.TrailARN ? { json } : undefined;
    const facts = await collect({ attempts: 1 });
    expect(verdicts(facts)).toEqual({ 'bucket-east': 'covered', 'bucket-west': 'unknown' });
    expect(detail(westSelectors(facts))).toMatch(
      /^cloudtrail:GetEventSelectors in eu-west-1 for .*trail\/west failed: (MalformedResponse \(the response (is|has) .*expected .*\)|.*could not be parsed.*)$/,
    );
  });

  // [case, handler, the detail, bucket-west's verdict: a malformed store listing loses nothing the trail proves]
  const others: [string, (r: Req) => Answer | undefined, RegExp, string][] = [
    [
      'DescribeTrails: trailList an object',
      (r) =>
        r.op === 'DescribeTrails' && r.region === 'eu-west-1' ? { json: { trailList: { a: 1 } } } : undefined,
      /DescribeTrails in eu-west-1 failed: MalformedResponse \(the response has trailList: an object, expected an array\)/,
      'unknown',
    ],
    [
      'DescribeTrails: a trail with IsMultiRegionTrail "yes"',
      (r) =>
        r.op === 'DescribeTrails' && r.region === 'eu-west-1'
          ? { json: { trailList: [{ ...west, IsMultiRegionTrail: 'yes' }] } }
          : undefined,
      /has trailList\[0\]\.IsMultiRegionTrail: a string, expected a boolean/,
      'unknown',
    ],
    [
      'ListEventDataStores: EventDataStores a string',
      (r) =>
        r.op === 'ListEventDataStores' && r.region === 'eu-west-1'
          ? { json: { EventDataStores: 'x' } }
          : undefined,
      /ListEventDataStores in eu-west-1 failed: MalformedResponse \(the response has EventDataStores: a string/,
      'covered',
    ],
    [
      'GetTrailStatus: IsLogging a string',
      (r) =>
        r.op === 'GetTrailStatus' && r.body['Name'] === west.TrailARN
          ? { json: { IsLogging: 'true' } }
          : undefined,
      /GetTrailStatus in eu-west-1 for .*trail\/west failed: MalformedResponse \(the response has IsLogging: a string, expected a boolean\)/,
      'unknown',
    ],
  ];
  it.each(others)('%s', async (_n, handler, text, westVerdict) => {
    override = handler;
    const facts = await collect({ attempts: 1 });
    expect(verdicts(facts)).toEqual({ 'bucket-east': 'covered', 'bucket-west': westVerdict });
    const all = [
      ...facts.notes,
      ...facts.recorders.flatMap((r) => [r.logging, r.selectors].flatMap((f) => (f.known ? [] : [f.detail]))),
    ].join('\n');
    expect(all).toMatch(text);
  });

  it('GetEventDataStore: AdvancedEventSelectors an object makes that store unknown', async () => {
    const eds = aws.edsArn('store-1', 'eu-west-1');
    override = (r) => {
      if (r.op === 'ListEventDataStores' && r.region === 'eu-west-1')
        return { json: { EventDataStores: [{ EventDataStoreArn: eds, Name: 'store-1' }] } };
      if (r.op === 'GetEventDataStore')
        return { json: { Name: 'store-1', Status: 'ENABLED', AdvancedEventSelectors: { x: 1 } } };
      return undefined;
    };
    const facts = await collect({ attempts: 1 });
    expect(verdicts(facts)).toEqual({ 'bucket-east': 'covered', 'bucket-west': 'covered' });
    expect(detail(facts.recorders.find((r) => r.id === eds)?.selectors)).toContain(
      'MalformedResponse (the response has AdvancedEventSelectors: an object, expected an array)',
    );
  });
});

describe('the README states the deadlines the code uses', () => {
  it('call, attempt and listing deadlines, and the page cap', async () => {
    const { readFileSync } = await import('node:fs');
    const { DEFAULT_TIMEOUTS } = await import('../../../src/sources/aws/clients.js');
    const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(
      `A call ends after ${DEFAULT_TIMEOUTS.callMs / 1000} seconds at most, every retry included`,
    );
    expect(readme).toContain(`each attempt gets ${DEFAULT_TIMEOUTS.attemptMs / 1000} seconds to answer`);
    expect(readme).toContain(
      `ends after ${DEFAULT_TIMEOUTS.maxPages.toLocaleString('en-US')} pages or ${DEFAULT_TIMEOUTS.listingMs / 1000} seconds`,
    );
  });
});
