// Several plans in one run (a monorepo or Terragrunt: one plan per stack). The plans imitate
// `terraform show -json` of Terraform 1.9.5 (format 1.2, AWS provider 5.x): a `logging` stack that owns the
// organization's trail and its log bucket, and a `data` stack that adds the sensitive bucket.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';
import { buildPlan, fieldSelector, trailAfter, type ChangeSpec } from '../helpers/plan-builder.js';
import { expectValidReport, parseReport } from '../helpers/report-schema.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-plans-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BUCKET = 'acme-pii-prod';
const TRAIL_ARN = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/audit';
const POLICY = join(dir, 'policy.yml');
// The log bucket's policy belongs to the logging stack's own review; these tests are about coverage.
writeFileSync(
  POLICY,
  [
    'version: 1',
    'buckets:',
    `  - name: ${BUCKET}`,
    '    region: us-east-1',
    'require:',
    '  rules:',
    '    log-bucket-delivery-grant: "off"',
    '    log-bucket-source-arn: "off"',
    '    log-bucket-acl-condition: "off"',
    '',
  ].join('\n'),
);

const selector = (arnOp: 'starts_with' | 'equals') => ({
  name: 'sensitive',
  field_selector: [
    fieldSelector('eventCategory', { equals: ['Data'] }),
    fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
    fieldSelector('resources.ARN', { [arnOp]: [`arn:aws:s3:::${BUCKET}/`] }),
  ],
});

/** The logging stack: the trail (existing, updated to `after`'s selector) and its log bucket. */
function loggingStack(before: 'starts_with' | 'equals', after: 'starts_with' | 'equals'): ChangeSpec[] {
  const a = trailAfter({ name: 'audit', multiRegion: true, bucket: 'org-logs', advanced: [selector(after)] });
  const b = trailAfter({
    name: 'audit',
    multiRegion: true,
    bucket: 'org-logs',
    advanced: [selector(before)],
  });
  const known = { arn: TRAIL_ARN, home_region: 'us-east-1', id: TRAIL_ARN };
  return [
    {
      address: 'aws_cloudtrail.audit',
      type: 'aws_cloudtrail',
      name: 'audit',
      actions: before === after ? ['no-op'] : ['update'],
      before: { ...b.after, ...known },
      after: { ...a.after, ...known },
      afterUnknown: { tags_all: true },
    },
    {
      address: 'aws_s3_bucket.logs',
      type: 'aws_s3_bucket',
      name: 'logs',
      actions: ['no-op'],
      before: { bucket: 'org-logs', arn: 'arn:aws:s3:::org-logs', region: 'us-east-1' },
      after: { bucket: 'org-logs', arn: 'arn:aws:s3:::org-logs', region: 'us-east-1' },
    },
  ];
}

/** The data stack: a new sensitive bucket. */
const dataStack = (): ChangeSpec[] => [
  {
    address: 'aws_s3_bucket.pii',
    type: 'aws_s3_bucket',
    name: 'pii',
    actions: ['create'],
    after: { bucket: BUCKET, force_destroy: false, tags: null },
    afterUnknown: { arn: true, id: true, region: true, tags_all: true },
  },
];

/** Each stack reads `data.aws_caller_identity.current`: without it a plan cannot say whose bucket it is. */
function planFile(name: string, changes: ChangeSpec[]): string {
  const file = join(dir, `${name}.json`);
  const identity = {
    address: 'data.aws_caller_identity.current',
    type: 'aws_caller_identity',
    name: 'current',
    values: { account_id: '111122223333', arn: 'arn:aws:iam::111122223333:role/ci', id: '111122223333' },
  };
  const plan = buildPlan({ formatVersion: '1.2', terraformVersion: '1.9.5', changes, priorData: [identity] });
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

async function check(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['check', '--policy', POLICY, ...args, '--format', 'json'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  const report = stdout ? parseReport(stdout) : undefined;
  if (report) expectValidReport(report);
  return { code, report, stderr };
}

describe('several plans in one run', () => {
  it('the trail in one plan covers the bucket of the other', async () => {
    const logging = planFile('logging', loggingStack('starts_with', 'starts_with'));
    const data = planFile('data', dataStack());
    const alone = await check('--plan', data);
    expect(alone.report?.buckets[0]?.status).toBe('uncovered');
    const both = await check('--plan', logging, '--plan', data);
    expect(both.code).toBe(0);
    expect(both.report?.plans).toEqual([logging, data]);
    expect(both.report?.plan).toBeUndefined();
    const b = both.report?.buckets[0];
    expect(b).toMatchObject({ name: BUCKET, status: 'covered', plan: data, ref: 'aws_s3_bucket.pii' });
    expect(b?.events.every((e) => e.coveredBy.includes('aws_cloudtrail.audit'))).toBe(true);
  });

  it('the diff is given together and per plan: only the plan that changed the selector regresses', async () => {
    const logging = planFile('logging-eq', loggingStack('starts_with', 'equals'));
    const data = planFile('data-2', dataStack());
    const r = await check('--plan', logging, '--plan', data);
    expect(r.code).toBe(1);
    expect(r.report?.buckets[0]?.status).toBe('partial');
    const plans = r.report?.diff?.plans ?? [];
    expect(plans.map((p) => p.plan)).toEqual([logging, data]);
    expect(plans[0]?.regressions).toBe(1);
    expect(
      plans[0]?.buckets[0]?.changes.some((c) => c.because.join(' ').includes('starts_with to equals')),
    ).toBe(true);
    // The data stack alone adds a bucket the (changed) trail records in part: from uncovered, a gain.
    expect(plans[1]?.regressions).toBe(0);
    const finding = r.report?.findings.find((f) => f.ruleId === 'data-event-coverage');
    expect(finding?.plan).toBe(data);
  });

  it('one trail in two plans, described differently, is an error naming both files (exit 2)', async () => {
    const a = planFile('stack-a', loggingStack('starts_with', 'starts_with'));
    const b = planFile('stack-b', loggingStack('equals', 'equals'));
    const r = await check('--plan', a, '--plan', b);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(a);
    expect(r.stderr).toContain(b);
    expect(r.stderr).toContain('both manage the trail "audit"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('the same resource described identically in two plans is taken once', async () => {
    const a = planFile('same-a', [...loggingStack('starts_with', 'starts_with'), ...dataStack()]);
    const b = planFile('same-b', loggingStack('starts_with', 'starts_with'));
    const r = await check('--plan', a, '--plan', b);
    expect(r.code).toBe(0);
    expect(r.report?.buckets[0]?.status).toBe('covered');
  });

  it('the same plan twice, or a terraform-dir count that does not match, is a usage error', async () => {
    const a = planFile('twice', dataStack());
    expect((await check('--plan', a, '--plan', a)).stderr).toContain('the same plan is given twice');
    const r = await check('--plan', a, '--plan', planFile('other', []), '--terraform-dir', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give one per --plan');
  });
});
