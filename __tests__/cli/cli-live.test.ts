import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { main } from '../../src/cli/cli.js';
import { cloudTrailPolicy, TRAIL_ARN } from '../helpers/facts-builders.js';
import * as aws from '../sources/aws/fake-aws.js';
import { expectValidReport, parseReport } from '../helpers/report-schema.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-cli-live-'));
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  return runWith({}, ...args);
}

async function runWith(deps: Parameters<typeof main>[2], ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, deps);
  return { code, stdout, stderr };
}

const BUCKET = 'acme-pii-prod';
const POLICY = join(dir, 'policy.yml');
writeFileSync(POLICY, `version: 1\nbuckets:\n  - ${BUCKET}\n`);

/** The trail of facts-builders' TRAIL_ARN (`t` in us-east-1), multi-Region, logging to audit-logs. */
const t = aws.sdkTrail({ name: 't', multiRegion: true });

function account(o: { logging?: boolean; selectors?: Parameters<typeof aws.trailDetails>[1]['selectors'] }) {
  aws.bucketLocation(BUCKET, 'eu-west-1');
  aws.describeTrails('us-east-1', [t]);
  aws.describeTrails('eu-west-1', [t]);
  aws.noEventDataStores('us-east-1', 'eu-west-1');
  aws.trailDetails(t, {
    status: { IsLogging: o.logging ?? true },
    selectors: o.selectors ?? aws.wholeBucketAdvanced(BUCKET),
  });
  aws.bucketLocation('audit-logs', '');
  aws.bucketPolicy('audit-logs', 'us-east-1', cloudTrailPolicy());
}

describe('s3-trail-guard check --live', () => {
  it('a slow run (threshold 0 here) prints one progress line per phase and Region on stderr, never on stdout', async () => {
    account({});
    const r = await runWith(
      { progressAfterMs: 0 },
      'check',
      '--policy',
      POLICY,
      '--live',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    parseReport(r.stdout);
    const lines = r.stderr.trimEnd().split('\n');
    // The Regions are listed concurrently: their lines come in the order they finish.
    expect([lines[0], ...lines.slice(1, 3).sort(), lines[3]]).toEqual([
      's3-trail-guard: live: Regions of 1 bucket read (1 AWS call)',
      's3-trail-guard: live: eu-west-1: 1 trail or event data store listed (2 AWS calls)',
      's3-trail-guard: live: us-east-1: 1 trail or event data store listed (2 AWS calls)',
      expect.stringMatching(
        /^s3-trail-guard: live: selectors, status and log bucket policies of 1 recorder read \(\d+ AWS calls\)$/,
      ),
    ]);
    expect(lines).toHaveLength(4);
    expect(r.stdout).not.toContain('live:');
  });

  it('reads the account: covered, exit 0, "mode": "live", buckets and recorders named by ARN', async () => {
    expect(t.TrailARN).toBe(TRAIL_ARN);
    account({});
    const r = await run('check', '--policy', POLICY, '--live', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = parseReport(r.stdout);
    expectValidReport(report);
    expect(report.mode).toBe('live');
    expect(report.passed).toBe(true);
    expect(report.plan).toBeUndefined();
    const b = report.buckets[0]!;
    expect(b).toMatchObject({
      name: BUCKET,
      status: 'covered',
      region: 'eu-west-1',
      ref: `arn:aws:s3:::${BUCKET}`,
    });
    expect(b.events.every((e) => e.coveredBy.includes(TRAIL_ARN))).toBe(true);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });

  it('a stopped trail: uncovered, exit 1, the finding names the bucket ARN and says why', async () => {
    account({ logging: false });
    const r = await run('check', '--policy', POLICY, '--live', '--region', 'us-east-1', '--format', 'json');
    expect(r.code).toBe(1);
    const report = parseReport(r.stdout);
    expectValidReport(report);
    expect(report.buckets[0]?.status).toBe('uncovered');
    const f = report.findings.find((x) => x.ruleId === 'data-event-coverage');
    expect(f).toMatchObject({
      status: 'fail',
      bucket: BUCKET,
      location: { address: `arn:aws:s3:::${BUCKET}` },
    });
    expect(f?.message).toContain(`${TRAIL_ARN}: IsLogging=false`);
  });

  it('AccessDenied: unknown, exit 1, the missing action named', async () => {
    account({ selectors: { error: 'AccessDeniedException', message: 'not authorized' } });
    const r = await run('check', '--policy', POLICY, '--live', '--format', 'json');
    expect(r.code).toBe(1);
    const report = parseReport(r.stdout);
    expectValidReport(report);
    expect(report.buckets[0]?.status).toBe('unknown');
    const f = report.findings.find((x) => x.ruleId === 'data-event-coverage');
    expect(f?.status).toBe('unknown');
    expect(f?.message).toContain(`AccessDenied on cloudtrail:GetEventSelectors for ${TRAIL_ARN}`);
  });

  it('--plan with --live: a bucket the plan creates is credited to the organization trail of the account', async () => {
    // The seed plan (ap-northeast-1, account 123456789012) creates the bucket and a trail whose selector
    // value is known only after apply; the organization trail homed in us-east-1 logs every S3 object.
    const org = aws.sdkTrail({
      name: 'org',
      account: aws.MGMT,
      multiRegion: true,
      org: true,
      logBucket: 'org-logs',
    });
    aws.describeTrails('ap-northeast-1', [org]);
    aws.noEventDataStores('ap-northeast-1');
    aws.trailDetails(org, {
      selectors: {
        EventSelectors: [
          { ReadWriteType: 'All', DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] },
        ],
      },
    });
    aws.bucketLocation('org-logs', { error: 'AccessDenied' }, 'ap-northeast-1');
    aws.bucketPolicy('org-logs', 'us-east-1', { error: 'AccessDenied' });
    aws.describeOrganization({ Organization: { Id: 'o-abc123defg' } });
    const r = await run(
      'check',
      '--policy',
      'policies/examples/seed.yml',
      '--plan',
      'examples/seed-advanced/plan.json',
      '--live',
      '--region',
      'ap-northeast-1',
      '--format',
      'json',
    );
    const report = parseReport(r.stdout);
    expectValidReport(report);
    expect(report.mode).toBe('plan+live');
    expect(report.plan).toBe('examples/seed-advanced/plan.json');
    const b = report.buckets[0]!;
    expect(b.status).toBe('covered');
    expect(b.ref).toBe('aws_s3_bucket.important_bucket');
    expect(b.events.every((e) => e.coveredBy.includes(org.TrailARN))).toBe(true);
    expect(report.findings.some((f) => f.ruleId === 'data-event-coverage')).toBe(false);
    // No GetBucketLocation for the bucket: the plan gives its Region.
    expect(nock.isDone()).toBe(true);
  });

  it('no credentials: exit 2 with how to provide them', async () => {
    const saved = { ...process.env };
    try {
      delete process.env['AWS_ACCESS_KEY_ID'];
      delete process.env['AWS_SECRET_ACCESS_KEY'];
      process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
      process.env['AWS_CONFIG_FILE'] = join(dir, 'no-config');
      process.env['AWS_SHARED_CREDENTIALS_FILE'] = join(dir, 'no-credentials');
      const r = await run('check', '--policy', POLICY, '--live');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^s3-trail-guard: --live: no usable AWS credentials/);
      expect(r.stderr).toContain('configure-aws-credentials with OIDC');
      expect(r.stderr).not.toContain('    at ');
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });

  it('no Region: exit 2', async () => {
    const saved = { ...process.env };
    try {
      delete process.env['AWS_REGION'];
      delete process.env['AWS_DEFAULT_REGION'];
      const r = await run('check', '--policy', POLICY, '--live');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--live needs an AWS Region');
    } finally {
      Object.assign(process.env, saved);
    }
  });

  const usage: [string, string[], RegExp][] = [
    ['neither --plan nor --live', ['check', '--policy', POLICY], /give --plan FILE, --live, or both/],
    [
      '--region without --live',
      ['check', '--policy', POLICY, '--plan', 'x.json', '--region', 'us-east-1'],
      /--region is used only with --live/,
    ],
  ];
  it.each(usage)('usage: %s → exit 2', async (_n, args, msg) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
  });

  it('--help documents --live and --region', async () => {
    const r = await run('--help');
    expect(r.stdout).toContain('--live');
    expect(r.stdout).toContain('--region REGION');
  });
});
