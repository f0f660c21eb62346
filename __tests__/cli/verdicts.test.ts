/**
 * Issue 10 end to end: each false pass, false fail and precision item through `main()` of the CLI, on a
 * plan written as Terraform writes it (each fixture names the run it imitates). The static tables are
 * in __tests__/engine/verdicts.test.ts and the rule tests.
 */
import { parseReport } from '../helpers/report-schema.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';
import {
  pairingPlan,
  pairingTf,
  ACCOUNT,
  MGMT,
  newOrgTrail,
  ORG_ID,
  organizationData,
  bucketPolicy,
  bucketSelector,
  callerIdentity,
  DATA,
  deliveryPolicy,
  existingBucket,
  existingTrail,
  LOG,
  newBucket,
  plan,
} from '../helpers/issue10-plans.js';
import * as aws from '../sources/aws/fake-aws.js';
import { buildPlan, fieldSelector, type ChangeSpec, type PlanSpec } from '../helpers/plan-builder.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-verdicts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(name: string, text: string): string {
  const p = join(dir, `${n++}-${name}`);
  writeFileSync(p, text);
  return p;
}

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Runs `check --format json` on a plan and a policy text; returns the exit code and the report. */
async function check(plan: PlanSpec | Record<string, unknown>, policy: string, ...extra: string[]) {
  const planJson = 'formatVersion' in plan ? buildPlan(plan as PlanSpec) : plan;
  const r = await run(
    'check',
    '--policy',
    file('policy.yml', policy),
    '--plan',
    file('plan.json', JSON.stringify(planJson)),
    '--format',
    'json',
    ...extra,
  );
  return { ...r, report: r.stdout ? parseReport(r.stdout) : undefined };
}

describe('seed examples stay covered', () => {
  it.each([['examples/seed-advanced'], ['examples/seed-basic']])(
    '%s with --terraform-dir: covered, exit 0, no error finding',
    async (d) => {
      const r = await run(
        'check',
        '--policy',
        'policies/examples/seed.yml',
        '--plan',
        `${d}/plan.json`,
        '--terraform-dir',
        d,
        '--format',
        'json',
      );
      const report = parseReport(r.stdout);
      expect(report.buckets.map((b) => b.status)).toEqual(['covered']);
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(r.code).toBe(0);
    },
  );
});

describe('item 1: directory buckets', () => {
  // terraform 1.9.5 `plan` with hashicorp/aws 5.64: a new aws_s3_directory_bucket next to an existing trail
  // whose basic selector logs "all S3 buckets" (arn:aws:s3).
  const plan = (trailSpec: ChangeSpec): PlanSpec => ({
    formatVersion: '1.2',
    terraformVersion: '1.9.5',
    priorData: [callerIdentity],
    changes: [
      {
        address: 'aws_s3_directory_bucket.fast',
        type: 'aws_s3_directory_bucket',
        name: 'fast',
        actions: ['create'],
        after: {
          bucket: 'fast--use1-az4--x-s3',
          data_redundancy: 'SingleAvailabilityZone',
          force_destroy: false,
          location: [{ name: 'use1-az4', type: 'AvailabilityZone' }],
          type: 'Directory',
        },
        afterUnknown: { arn: true, id: true, location: [{}] },
      },
      trailSpec,
    ],
  });
  const policy = 'version: 1\nbuckets:\n  - fast--use1-az4--x-s3\n';

  it('a basic "arn:aws:s3" trail does not cover it (was: covered)', async () => {
    const r = await check(
      plan(
        existingTrail({
          name: 'audit',
          bucket: 'audit-logs',
          multiRegion: true,
          basic: [
            {
              data_resource: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }],
              exclude_management_event_sources: [],
              include_management_events: true,
              read_write_type: 'All',
            },
          ],
        }),
      ),
      policy,
    );
    expect(r.code).toBe(1);
    expect(r.report!.buckets[0]!.status).toBe('uncovered');
    expect(r.report!.buckets[0]!.events.map((e) => e.name)).toContain('RenameObject');
  });

  it('an AWS::S3Express::Object advanced selector covers it', async () => {
    const r = await check(
      plan(
        existingTrail({
          name: 'audit',
          bucket: 'audit-logs',
          multiRegion: true,
          advanced: [
            {
              field_selector: [
                fieldSelector('resources.type', { equals: ['AWS::S3Express::Object'] }),
                fieldSelector('eventCategory', { equals: ['Data'] }),
              ],
              name: 'directory buckets',
            },
          ],
        }),
      ),
      policy,
    );
    expect(r.report!.buckets[0]!.status).toBe('covered');
  });

  it('a table bucket in the policy is a policy error naming file:line:col (exit 2)', async () => {
    const policyFile = file('table.yml', 'version: 1\nbuckets:\n  - name: ledger--table-s3\n');
    const r = await run('check', '--policy', policyFile, '--plan', 'examples/seed-advanced/plan.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${policyFile}:3:`);
    expect(r.stderr).toContain('table bucket');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('items 2 and 13: the log bucket policy', () => {
  const trail = existingTrail({ name: 'audit', bucket: LOG, advanced: [bucketSelector(DATA)] });
  const policy = `version: 1\nbuckets:\n  - ${DATA}\n`;
  const data = existingBucket(DATA, null);

  it('item 2: a PR that deletes the aws_s3_bucket_policy fails delivery (was: passed on the refreshed policy)', async () => {
    // terraform 1.9.5 plan after `aws_s3_bucket_policy.audit_logs` was removed from the configuration:
    // the policy resource is planned for delete, the bucket (no-op) still shows the refreshed document.
    const r = await check(
      plan([
        existingBucket(LOG, deliveryPolicy()),
        bucketPolicy(LOG, deliveryPolicy(), ['delete']),
        data,
        trail,
      ]),
      policy,
    );
    const f = r.report!.findings.filter((x) => x.ruleId === 'log-bucket-delivery-grant');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ status: 'fail', severity: 'error' });
    expect(f[0]!.message).toContain('this plan deletes aws_s3_bucket_policy.audit_logs');
    expect(r.code).toBe(1);
  });

  it('item 2 (valid): the same plan keeping the policy passes delivery', async () => {
    const r = await check(
      plan([existingBucket(LOG, deliveryPolicy()), bucketPolicy(LOG, deliveryPolicy()), data, trail]),
      policy,
    );
    expect(r.report!.findings.filter((x) => x.ruleId.startsWith('log-bucket'))).toEqual([]);
  });

  it('item 13: an existing log bucket whose policy the plan does not manage is unknown, not "has no bucket policy"', async () => {
    // terraform 1.9.5 plan of a workload root module that imports the central log bucket (no-op) but
    // not its policy; the provider shows no policy attribute.
    const r = await check(plan([existingBucket(LOG, null), data, trail]), policy);
    const f = r.report!.findings.filter((x) => x.ruleId === 'log-bucket-delivery-grant');
    expect(f).toHaveLength(1);
    expect(f[0]!.status).toBe('unknown');
    expect(f[0]!.message).toContain('managed outside this plan');
    expect(f[0]!.message).toContain('--live');
    expect(f[0]!.message).not.toContain('has no bucket policy');
  });

  it('item 13 (invalid): a log bucket this plan creates without a policy is a proven fail', async () => {
    const r = await check(plan([newBucket(LOG), data, trail]), policy);
    const f = r.report!.findings.filter((x) => x.ruleId === 'log-bucket-delivery-grant');
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0]!.message).toContain('has no bucket policy');
  });
});

describe('items 4, 14 and 15: rejected selectors, the log loop, "*"', () => {
  const policy = `version: 1\nbuckets:\n  - ${DATA}\n`;
  const base = [
    existingBucket(LOG, deliveryPolicy()),
    bucketPolicy(LOG, deliveryPolicy()),
    existingBucket(DATA, null),
  ];

  it('item 4: 200 S3 + 100 Lambda basic data resources are rejected, so nothing is recorded', async () => {
    // terraform 1.9.5 plan of a trail whose event_selector lists 200 bucket prefixes and 100 functions
    const s3Values = [
      `arn:aws:s3:::${DATA}/`,
      ...Array.from({ length: 199 }, (_x, i) => `arn:aws:s3:::b${i}/`),
    ];
    const lambda = Array.from(
      { length: 100 },
      (_x, i) => `arn:aws:lambda:us-east-1:111122223333:function:f${i}`,
    );
    const trail = existingTrail({
      name: 'audit',
      bucket: LOG,
      basic: [
        {
          data_resource: [
            { type: 'AWS::Lambda::Function', values: lambda },
            { type: 'AWS::S3::Object', values: s3Values },
          ],
          exclude_management_event_sources: [],
          include_management_events: true,
          read_write_type: 'All',
        },
      ],
    });
    const r = await check(plan([...base, trail]), policy);
    expect(r.report!.buckets[0]!.status).toBe('uncovered');
    const f = r.report!.findings.find((x) => x.ruleId === 'invalid-selector');
    expect(f?.message).toContain('300 data resource values');
    expect(r.code).toBe(1);
  });

  it('item 4: eventCategory starts_with ["Data"] is rejected (was: covered)', async () => {
    const trail = existingTrail({
      name: 'audit',
      bucket: LOG,
      advanced: [
        {
          field_selector: [
            fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
            fieldSelector('eventCategory', { starts_with: ['Data'] }),
          ],
          name: 'all data',
        },
      ],
    });
    const r = await check(plan([...base, trail]), policy);
    expect(r.report!.buckets[0]!.status).toBe('uncovered');
    expect(r.report!.findings.find((x) => x.ruleId === 'invalid-selector')?.message).toContain(
      'eventCategory accepts only Equals',
    );
  });

  const allS3 = (extra: unknown[] = []) =>
    existingTrail({
      name: 'audit',
      bucket: LOG,
      advanced: [
        {
          field_selector: [
            fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
            fieldSelector('eventCategory', { equals: ['Data'] }),
            ...extra,
          ],
          name: 'all S3',
        },
      ],
    });

  it('item 14: a trail logging all S3 data events into its own bucket is a log-loop warning, exit 0 (was: error)', async () => {
    // terraform 1.9.5 plan of the "log all S3 data events" trail, delivering to its own account's bucket
    const r = await check(plan([...base, allS3()]), policy);
    expect(r.report!.buckets[0]!.status).toBe('covered');
    const f = r.report!.findings.filter((x) => x.ruleId === 'log-loop');
    expect(f.map((x) => [x.status, x.severity])).toEqual([['fail', 'warning']]);
    expect(r.code).toBe(0);
  });

  it('item 14: ends_with [".csv"] records none of the files CloudTrail writes: no log-loop (was: error)', async () => {
    const r = await check(
      plan([...base, allS3([fieldSelector('resources.ARN', { ends_with: ['.csv'] })])]),
      policy,
    );
    expect(r.report!.findings.filter((x) => x.ruleId === 'log-loop')).toEqual([]);
  });

  it('item 15: AFT not_equals ["arn:aws:s3:::LOG/*"] is accepted (no invalid-selector) and still loops', async () => {
    // terraform 1.9.5 plan of an AFT-style org trail exclusion (aft_common feature options)
    const r = await check(
      plan([...base, allS3([fieldSelector('resources.ARN', { not_equals: [`arn:aws:s3:::${LOG}/*`] })])]),
      policy,
    );
    expect(r.report!.findings.filter((x) => x.ruleId === 'invalid-selector')).toEqual([]);
    expect(r.report!.findings.filter((x) => x.ruleId === 'log-loop').map((x) => x.status)).toEqual(['fail']);
    expect(r.report!.buckets[0]!.status).toBe('covered');
  });
});

describe('items 8 and 16: organization trails', () => {
  // terraform 1.9.5 plan run in the CloudTrail delegated administrator account (111122223333) creating an
  // organization trail; data.aws_organizations_organization names the management account 999988887777.
  const policy = `version: 1\nbuckets:\n  - ${DATA}\n`;
  const run16 = (doc: string) =>
    check(
      plan(
        [
          existingBucket(LOG, doc),
          bucketPolicy(LOG, doc),
          existingBucket(DATA, null),
          newOrgTrail('org', [bucketSelector(DATA)]),
        ],
        [organizationData],
      ),
      policy,
    );
  const mgmtArn = `arn:aws:cloudtrail:us-east-1:${MGMT}:trail/org`;

  it("item 16: AWS's org policy without the AWSLogs/ACCOUNT/ statement is a warning, exit 0 (was: error)", async () => {
    const r = await run16(deliveryPolicy({ trailArn: mgmtArn, org: ORG_ID }));
    const f = r.report!.findings.filter((x) => x.ruleId === 'log-bucket-delivery-grant');
    expect(f.map((x) => [x.status, x.severity])).toEqual([['fail', 'warning']]);
    expect(r.report!.findings.filter((x) => x.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("item 8: aws:SourceArn naming the delegated administrator's account is not the trail's ARN (was: passed)", async () => {
    const r = await run16(
      deliveryPolicy({ trailArn: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/org`, org: ORG_ID }),
    );
    const f = r.report!.findings.filter(
      (x) => x.ruleId === 'log-bucket-delivery-grant' && x.severity === 'error',
    );
    expect(f.map((x) => x.status)).toEqual(['fail']);
    expect(f[0]!.message).toContain('organization log file');
    expect(r.code).toBe(1);
  });
});

describe('item 17: plan + live, findings about the central organization trail', () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  // The seed plan (terraform 1.9.5, account 123456789012, ap-northeast-1) of a workload PR, over an account
  // whose organization trail belongs to the management account and whose log bucket policy this account
  // cannot read (AccessDenied).
  function account() {
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
    return org;
  }
  const args = (policy: string) => [
    'check',
    '--policy',
    policy,
    '--plan',
    'examples/seed-advanced/plan.json',
    '--terraform-dir',
    'examples/seed-advanced',
    '--live',
    '--region',
    'ap-northeast-1',
    '--format',
    'json',
  ];

  it('they are reported as warnings and do not fail the PR (was: exit 1)', async () => {
    const org = account();
    const r = await run(...args('policies/examples/seed.yml'));
    const report = parseReport(r.stdout);
    const about = report.findings.filter((f) => f.trail === org.TrailARN);
    expect(about.length).toBeGreaterThan(0);
    expect(about.every((f) => f.severity === 'warning')).toBe(true);
    expect(about[0]!.message).toContain(`a trail of account ${aws.MGMT}, not managed by this plan`);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('with require.trails: all they stay errors', async () => {
    const org = account();
    const policy = file(
      'all.yml',
      'version: 1\nbuckets:\n  - important-bucket-yamamoto012345678901\nrequire:\n  trails: all\n',
    );
    const r = await run(...args(policy));
    const report = parseReport(r.stdout);
    const about = report.findings.filter(
      (f) => f.trail === org.TrailARN && f.ruleId === 'log-bucket-delivery-grant',
    );
    expect(about.map((f) => f.severity)).toEqual(['error']);
    expect(r.code).toBe(1);
  });
});

describe('items 5, 6 and 7: console sessions, listing prefixes, unverified readOnly', () => {
  const base = [
    existingBucket(LOG, deliveryPolicy()),
    bucketPolicy(LOG, deliveryPolicy()),
    existingBucket(DATA, null),
  ];
  const trailWith = (...selectors: unknown[]) =>
    existingTrail({ name: 'audit', bucket: LOG, advanced: selectors });
  const sel = (name: string, extra: unknown[]) => ({
    field_selector: [
      fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
      fieldSelector('eventCategory', { equals: ['Data'] }),
      ...extra,
    ],
    name,
  });
  const arn = `arn:aws:s3:::${DATA}/`;
  const statusOf = async (events: string, ...selectors: unknown[]) => {
    const r = await check(
      plan([...base, trailWith(...selectors)]),
      `version: 1\nbuckets:\n  - name: ${DATA}\n    events: ${events}\n`,
    );
    return r;
  };

  it('item 5: console "false" + "true" selectors are not proven for non-console callers (was: covered)', async () => {
    // terraform 1.9.5 plan of a trail split into console / non-console selectors
    const r = await statusOf(
      '[GetObject]',
      sel('api', [
        fieldSelector('resources.ARN', { starts_with: [arn] }),
        fieldSelector('sessionCredentialFromConsole', { equals: ['false'] }),
      ]),
      sel('console', [
        fieldSelector('resources.ARN', { starts_with: [arn] }),
        fieldSelector('sessionCredentialFromConsole', { equals: ['true'] }),
      ]),
    );
    expect(r.report!.buckets[0]!.status).toBe('unknown');
    expect(r.report!.buckets[0]!.events[0]!.gaps.join('\n')).toContain('written only when true');
    expect(r.code).toBe(1);
  });

  it('item 6: equals ["bucket/"] records listings only without a request prefix (was: covered)', async () => {
    // terraform 1.9.5 plan of the seed article's `equals` selector next to a starts_with for objects
    const r = await statusOf(
      '[ListObjects, GetObject]',
      sel('objects', [
        fieldSelector('resources.ARN', { starts_with: [arn] }),
        fieldSelector('eventName', { equals: ['GetObject'] }),
      ]),
      sel('bucket', [fieldSelector('resources.ARN', { equals: [arn] })]),
    );
    const list = r.report!.buckets[0]!.events.find((e) => e.name === 'ListObjects')!;
    expect(list.status).toBe('partial');
    expect(list.gaps.join('\n')).toContain('a listing with request prefix');
  });

  it('item 7: a read-only selector decides SelectObjectContent, whose readOnly is unverified: unknown (was: covered)', async () => {
    const r = await statusOf(
      '[SelectObjectContent, GetObject]',
      sel('reads', [
        fieldSelector('resources.ARN', { starts_with: [arn] }),
        fieldSelector('readOnly', { equals: ['true'] }),
      ]),
    );
    const ev = r.report!.buckets[0]!.events;
    expect(ev.find((e) => e.name === 'GetObject')!.status).toBe('covered');
    expect(ev.find((e) => e.name === 'SelectObjectContent')!.status).toBe('unknown');
    expect(r.code).toBe(1);
  });
});

describe('item 12: condition operators named like prototype members', () => {
  it('a grant conditioned by a "constructor" operator is not taken as an allow (was: passed)', async () => {
    // terraform 1.9.5 plan whose aws_s3_bucket_policy was written by hand (jsonencode) with a typo'd operator
    const doc = JSON.parse(deliveryPolicy()) as { Statement: Record<string, unknown>[] };
    const write = doc.Statement[1]!;
    write['Condition'] = {
      StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' },
      constructor: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/audit' },
    };
    const text = JSON.stringify(doc);
    const r = await check(
      plan([
        existingBucket(LOG, text),
        bucketPolicy(LOG, text),
        existingBucket(DATA, null),
        existingTrail({ name: 'audit', bucket: LOG, advanced: [bucketSelector(DATA)] }),
      ]),
      `version: 1\nbuckets:\n  - ${DATA}\n`,
    );
    const f = r.report!.findings.filter((x) => x.ruleId === 'log-bucket-delivery-grant');
    expect(f.map((x) => x.status)).toEqual(['unknown']);
    expect(f[0]!.message).not.toContain('failed:');
    expect(r.code).toBe(1);
  });
});

describe('item 3: plan + live merges by attribute', () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  // terraform 1.9.5 plan that leaves the trail alone (no-op); the account reports that CloudTrail cannot
  // deliver to the log bucket (LatestDeliveryError), and the log bucket's policy is not in the plan.
  it('a live LatestDeliveryError is kept under a no-op planned trail (was: covered)', async () => {
    const t = aws.sdkTrail({ name: 'audit', multiRegion: false, logBucket: LOG });
    aws.describeTrails('us-east-1', [t]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(t, {
      status: { IsLogging: true, LatestDeliveryError: 'InsufficientS3BucketPolicyException' },
      selectors: aws.wholeBucketAdvanced(DATA),
    });
    aws.bucketPolicy(LOG, 'us-east-1', aws.cloudTrailBucketPolicy(LOG, t.TrailARN));
    const r = await check(
      plan([
        existingBucket(LOG, null),
        existingBucket(DATA, null),
        existingTrail({ name: 'audit', bucket: LOG, advanced: [bucketSelector(DATA)] }),
      ]),
      `version: 1\nbuckets:\n  - ${DATA}\n`,
      '--live',
      '--region',
      'us-east-1',
    );
    expect(r.report!.mode).toBe('plan+live');
    const b = r.report!.buckets[0]!;
    expect(b.status).toBe('unknown');
    expect(b.events[0]!.gaps.join('\n')).toContain('InsufficientS3BucketPolicyException');
    // The log bucket's policy is not in the plan: the account's policy stands (no "managed outside" unknown).
    expect(r.report!.findings.filter((f) => f.ruleId === 'log-bucket-delivery-grant')).toEqual([]);
    expect(r.code).toBe(1);
  });
});

describe('item 10: a plan stripped of resource_changes', () => {
  it('a trail whose enable_logging is left out of planned_values is not taken as logging (was: covered)', async () => {
    // terraform 1.9.5 `show -json | jq 'del(.resource_changes)'`; enable_logging = var.on is known only
    // after apply, so planned_values leaves it out.
    const t = existingTrail({
      name: 'audit',
      bucket: LOG,
      advanced: [bucketSelector(DATA)],
      actions: ['update'],
    });
    const { enable_logging: _gone, ...after } = t.after as Record<string, unknown>;
    const doc = buildPlan(
      plan([
        existingBucket(LOG, deliveryPolicy()),
        bucketPolicy(LOG, deliveryPolicy()),
        existingBucket(DATA, null),
        { ...t, after, afterUnknown: { enable_logging: true } },
      ]),
    );
    delete doc['resource_changes'];
    const r = await check(doc, `version: 1\nbuckets:\n  - ${DATA}\n`);
    expect(r.report!.buckets[0]!.status).toBe('unknown');
    expect(r.report!.buckets[0]!.events[0]!.gaps.join('\n')).toContain(
      'enable_logging is absent from planned_values',
    );
    expect(r.code).toBe(1);
  });
});

describe('item 11: a second trail with the same name', () => {
  it('the created twin of an existing trail records nothing, and the report says so (was: covered)', async () => {
    // terraform 1.9.5 plan of a PR that adds aws_cloudtrail.data_events named "audit", like the existing
    // aws_cloudtrail.audit (account 111122223333, us-east-1)
    const old = existingTrail({ name: 'audit', bucket: LOG, advanced: [bucketSelector('other-bucket')] });
    const twin = newOrgTrail('data_events', [bucketSelector(DATA)]);
    const after = {
      ...(twin.after as Record<string, unknown>),
      name: 'audit',
      is_organization_trail: false,
      is_multi_region_trail: false,
    };
    const r = await check(
      plan([
        existingBucket(LOG, deliveryPolicy()),
        bucketPolicy(LOG, deliveryPolicy()),
        existingBucket(DATA, null),
        old,
        { ...twin, after },
      ]),
      `version: 1\nbuckets:\n  - ${DATA}\n`,
    );
    expect(r.report!.buckets[0]!.status).toBe('uncovered');
    expect(r.report!.buckets[0]!.events[0]!.gaps.join('\n')).toContain('TrailAlreadyExistsException');
    expect(r.report!.warnings.join('\n')).toContain(
      'aws_cloudtrail.data_events: aws_cloudtrail.audit has the same name',
    );
    expect(r.code).toBe(1);
  });
});

describe('item 9: --terraform-dir pairing of unknown field selectors', () => {
  it.each([
    ['starts_with', 'unknown'],
    ['not_starts_with', 'partial'],
  ] as const)(
    'resources.ARN starts_with + %s over one ARN: %s (was: both read from the first block)',
    async (second, want) => {
      // terraform 1.9.5 plan (see pairingPlan) checked with the root module's source
      const d = mkdtempSync(join(dir, 'tf-'));
      writeFileSync(join(d, 'main.tf'), pairingTf(second));
      const r = await check(
        pairingPlan(second),
        `version: 1\nbuckets:\n  - name: ${DATA}\n    events: [GetObject]\n`,
        '--terraform-dir',
        d,
      );
      expect(r.report!.buckets[0]!.status).toBe(want);
      expect(r.code).toBe(1);
    },
  );
});

describe('item 18: a value known only after apply that loses events whatever it is', () => {
  it('userIdentity.arn not_starts_with [<role created in this plan>]: partial, naming the caller (was: unknown)', async () => {
    // terraform 1.9.5 plan creating aws_iam_role.scanner and excluding it from the trail: the ARN is
    // known only after apply (not_starts_with = [null], after_unknown [true]).
    const t = existingTrail({
      name: 'audit',
      bucket: LOG,
      actions: ['update'],
      advanced: [
        {
          field_selector: [
            fieldSelector('userIdentity.arn', { not_starts_with: [null] }),
            fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
            fieldSelector('resources.ARN', { starts_with: [`arn:aws:s3:::${DATA}/`] }),
            fieldSelector('eventCategory', { equals: ['Data'] }),
          ],
          name: 'all but the scanner',
        },
      ],
    });
    const r = await check(
      plan([
        existingBucket(LOG, deliveryPolicy()),
        bucketPolicy(LOG, deliveryPolicy()),
        existingBucket(DATA, null),
        {
          ...t,
          afterUnknown: {
            advanced_event_selector: [{ field_selector: [{ not_starts_with: [true] }, {}, {}, {}] }],
          },
        },
      ]),
      `version: 1\nbuckets:\n  - name: ${DATA}\n    events: [GetObject]\n`,
    );
    const b = r.report!.buckets[0]!;
    expect(b.status).toBe('partial');
    expect(b.events[0]!.gaps.join('\n')).toContain(
      'the caller named by aws_cloudtrail.audit.advanced_event_selector[0].field_selector[0].not_starts_with[0]',
    );
    expect(r.code).toBe(1);
  });
});

describe('item 1, live: a directory bucket', () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  function account() {
    const t = aws.sdkTrail({ name: 't', multiRegion: true });
    aws.describeTrails('us-east-1', [t]);
    aws.noEventDataStores('us-east-1');
    aws.trailDetails(t, {
      selectors: {
        AdvancedEventSelectors: [
          {
            Name: 'directory buckets',
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              { Field: 'resources.type', Equals: ['AWS::S3Express::Object'] },
              {
                Field: 'resources.ARN',
                StartsWith: [`arn:aws:s3express:us-east-1:${aws.ACCOUNT}:bucket/fast--use1-az4--x-s3/`],
              },
            ],
          },
        ],
      },
    });
    aws.bucketLocation('audit-logs', '');
    aws.bucketPolicy('audit-logs', 'us-east-1', aws.cloudTrailBucketPolicy('audit-logs', t.TrailARN));
  }
  const live = (policy: string) =>
    run('check', '--policy', file('dir.yml', policy), '--live', '--region', 'us-east-1', '--format', 'json');

  it('with its Region in the policy: evaluated on its s3express ARN, covered', async () => {
    account();
    const r = await live('version: 1\nbuckets:\n  - name: fast--use1-az4--x-s3\n    region: us-east-1\n');
    expect(parseReport(r.stdout).buckets[0]!.status).toBe('covered');
  });

  it('without: no GetBucketLocation (not for directory buckets), unknown with the advice', async () => {
    account();
    const r = await live('version: 1\nbuckets:\n  - fast--use1-az4--x-s3\n');
    const b = parseReport(r.stdout).buckets[0]!;
    expect(b.status).toBe('unknown');
    expect(b.events[0]!.gaps.join('\n')).toContain('give its region in the policy');
  });
});
