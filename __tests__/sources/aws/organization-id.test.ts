// Plain live mode reads the organization's ID (organizations:DescribeOrganization, JSON 1.1 on the global
// endpoint organizations.us-east-1.amazonaws.com) when the account shows an organization trail, so a log
// bucket policy that grants AWSLogs/o-ID/ to one named organization is checked against it. Over nock with
// the real SDK clients, through the CLI.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { main } from '../../../src/cli/cli.js';
import type { Report } from '../../../src/outputs/report.js';
import { parseReport } from '../../helpers/report-schema.js';
import * as aws from './fake-aws.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-org-id-'));
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  rmSync(dir, { recursive: true, force: true });
});

const BUCKET = 'acme-pii-prod';
const LOGS = 'org-logs';
const ORG_ID = 'o-abc123defg';
const POLICY = join(dir, 'policy.yml');
writeFileSync(POLICY, `version: 1\nbuckets:\n  - name: ${BUCKET}\n    region: us-east-1\n`);

/** The organization trail, seen from the management account that owns it. */
const org = aws.sdkTrail({ name: 'org', account: aws.MGMT, multiRegion: true, org: true, logBucket: LOGS });

/** AWS's log bucket policy for an organization trail: the trail's own account path and the organization's. */
function orgLogPolicy(orgId: string): object {
  const cond = { StringEquals: { 'aws:SourceArn': org.TrailARN } };
  const write = (path: string) => ({
    Effect: 'Allow',
    Principal: { Service: 'cloudtrail.amazonaws.com' },
    Action: 's3:PutObject',
    Resource: `arn:aws:s3:::${LOGS}/${path}/*`,
    Condition: { StringEquals: { ...cond.StringEquals, 's3:x-amz-acl': 'bucket-owner-full-control' } },
  });
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:GetBucketAcl',
        Resource: `arn:aws:s3:::${LOGS}`,
        Condition: cond,
      },
      write(`AWSLogs/${aws.MGMT}`),
      write(`AWSLogs/${orgId}`),
    ],
  };
}

let described = 0;
function account(describe: { id: string } | { error: string; status: number } | 'none') {
  aws.describeTrails('us-east-1', [org]);
  aws.noEventDataStores('us-east-1');
  aws.trailDetails(org, { selectors: aws.wholeBucketAdvanced(BUCKET) });
  aws.bucketLocation(LOGS, '');
  aws.bucketPolicy(LOGS, 'us-east-1', orgLogPolicy(ORG_ID));
  described = 0;
  if (describe === 'none') return;
  nock('https://organizations.us-east-1.amazonaws.com')
    .matchHeader('x-amz-target', 'AWSOrganizationsV20161128.DescribeOrganization')
    .post('/')
    .reply(() => {
      described++;
      return 'id' in describe
        ? [200, JSON.stringify({ Organization: { Id: describe.id, MasterAccountId: aws.MGMT } })]
        : [describe.status, JSON.stringify({ __type: describe.error, message: 'no' })];
    });
}

async function live() {
  let stdout = '';
  let stderr = '';
  const code = await main(
    ['check', '--policy', POLICY, '--live', '--region', 'us-east-1', '--format', 'json'],
    {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    },
  );
  const report: Report = parseReport(stdout);
  const grant = report.findings.filter((f) => f.ruleId === 'log-bucket-delivery-grant');
  return { code, stderr, report, grant };
}

describe('live mode: the organization ID of organization trails (organizations:DescribeOrganization)', () => {
  it("the ID read: the grant to AWSLogs/o-ID/ is checked against the trail's organization and passes", async () => {
    account({ id: ORG_ID });
    const r = await live();
    expect(described).toBe(1);
    expect(r.grant).toEqual([]);
    expect(r.report.warnings.join('\n')).not.toContain("organization's ID");
    expect(r.code).toBe(0);
    expect(nock.isDone()).toBe(true);
  });

  it('another organization: the grant does not reach this trail, a proven failure', async () => {
    account({ id: 'o-zzzzzzzzzz' });
    const r = await live();
    expect(r.grant.map((f) => [f.status, f.severity])).toEqual([['fail', 'error']]);
    expect(r.code).toBe(1);
  });

  it.each([
    [
      'AccessDenied',
      { error: 'AccessDeniedException', status: 400 },
      /AccessDenied on organizations:DescribeOrganization/,
    ],
    [
      'not in an organization',
      { error: 'AWSOrganizationsNotInUseException', status: 400 },
      /AWSOrganizationsNotInUseException/,
    ],
  ])(
    '%s: the ID stays unknown, as without the call (the grant cannot be checked), with a warning',
    async (_, reply, why) => {
      account(reply);
      const r = await live();
      expect(described).toBe(1);
      expect(r.grant.map((f) => f.status)).toEqual(['unknown']);
      expect(r.grant[0]?.message).toContain(`the grant names ${ORG_ID}; is it the trail's organization?`);
      const w = r.report.warnings.find((x) => x.includes("organization's ID is unknown"));
      expect(w).toMatch(why);
    },
  );

  it('is asked while the rest of the account is read: before the log bucket policy is answered', async () => {
    // The same account, but GetBucketPolicy (the last call of collection) is held until DescribeOrganization
    // has arrived, for at most 3 s: asked only after collection, as before, it would come after the policy.
    aws.describeTrails('us-east-1', [org]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(org, { selectors: aws.wholeBucketAdvanced(BUCKET) });
    aws.bucketLocation(LOGS, '');
    const order: string[] = [];
    let arrived: () => void = () => {};
    const describeArrived = new Promise<void>((resolve) => (arrived = resolve));
    nock('https://organizations.us-east-1.amazonaws.com')
      .matchHeader('x-amz-target', 'AWSOrganizationsV20161128.DescribeOrganization')
      .post('/')
      .reply(() => {
        order.push('DescribeOrganization');
        arrived();
        return [200, JSON.stringify({ Organization: { Id: ORG_ID, MasterAccountId: aws.MGMT } })];
      });
    nock(`https://${LOGS}.s3.us-east-1.amazonaws.com`)
      .get('/')
      .query({ policy: '' })
      .reply((_uri, _body, cb) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        void Promise.race([describeArrived, new Promise((r) => (timer = setTimeout(r, 3000)))]).then(() => {
          clearTimeout(timer);
          order.push('GetBucketPolicy');
          cb(null, [200, JSON.stringify(orgLogPolicy(ORG_ID))]);
        });
      });
    const r = await live();
    expect(order).toEqual(['DescribeOrganization', 'GetBucketPolicy']);
    expect(r.grant).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });

  it('no organization trail: no call', async () => {
    const own = aws.sdkTrail({ name: 't', multiRegion: true });
    aws.describeTrails('us-east-1', [own]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(own, { selectors: aws.wholeBucketAdvanced(BUCKET) });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', aws.cloudTrailBucketPolicy('audit-logs', own.TrailARN));
    // An interceptor that must stay unused.
    const scope = nock('https://organizations.us-east-1.amazonaws.com').post('/').reply(200, '{}');
    const r = await live();
    expect(r.report.buckets[0]?.status).toBe('covered');
    expect(scope.isDone()).toBe(false);
  });
});
