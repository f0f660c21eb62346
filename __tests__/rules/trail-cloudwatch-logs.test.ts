import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { known, unknown } from '../../src/model/fact.js';
import type { BucketPolicy, IamRole, Recorder } from '../../src/model/facts.js';
import { trailCloudwatchLogs } from '../../src/rules/trail-cloudwatch-logs.js';
import { adaptPlan } from '../../src/sources/terraform-plan/adapt.js';
import { loadTerraformDir } from '../../src/sources/terraform-plan/hcl.js';
import { advancedSet, asTrail, deliveringTrail, factsOf, s3adv } from '../helpers/facts-builders.js';
import { findingsOf, ruleTable } from '../helpers/rule-tester.js';

const GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:CloudTrail/audit';
const ROLE = 'arn:aws:iam::111122223333:role/cloudtrail-cloudwatch';

const doc = (document: unknown, ref = 'aws_iam_role_policy.cw'): BucketPolicy => ({
  origin: { source: 'terraform-plan', ref },
  document:
    document === 'unknown' ? unknown('after-apply', 'policy known only after apply') : known(document),
});

const TRUST = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
};

/** The role policy AWS documents (CloudTrail_CloudWatchLogs_Role), for the trail's own stream. */
const permissions = (
  resource: string | string[] = `${GROUP}:log-stream:111122223333_CloudTrail_us-east-1*`,
) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AWSCloudTrailCreateLogStream2014110',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream'],
      Resource: resource,
    },
    {
      Sid: 'AWSCloudTrailPutLogEvents20141101',
      Effect: 'Allow',
      Action: ['logs:PutLogEvents'],
      Resource: resource,
    },
  ],
});

function role(o: { trust?: unknown; policies?: unknown[]; unread?: string[] } = {}): IamRole {
  return {
    origin: { source: 'terraform-plan', ref: 'aws_iam_role.cw' },
    trustPolicy: doc(o.trust === undefined ? TRUST : o.trust, 'aws_iam_role.cw'),
    policies: (o.policies ?? [permissions()]).map((p) => doc(p)),
    unread: o.unread ?? [],
  };
}

function cwTrail(o: {
  group?: string | null | 'unknown';
  role?: string | null | 'unknown';
  roleFacts?: IamRole | null;
  multiRegion?: boolean;
  organization?: boolean;
  live?: { error?: string; delivered?: boolean };
}): Recorder {
  const t = asTrail(
    deliveringTrail({
      multiRegion: o.multiRegion ?? o.live !== undefined,
      organization: o.organization ?? false,
      // Live mode checks the trails that record a sensitive bucket: this one records every bucket.
      ...(o.live ? { selectors: advancedSet(s3adv()) } : {}),
    }),
  );
  const fact = (v: string | null | 'unknown' | undefined, def: string | null) =>
    v === 'unknown'
      ? unknown<string | null>('after-apply', 'known only after apply')
      : known(v === undefined ? def : v);
  const rf = o.roleFacts === undefined ? role() : o.roleFacts;
  return {
    ...t,
    ...(o.live ? { origin: { source: 'aws', ref: t.arn.known ? t.arn.value : t.id } } : {}),
    cloudWatchLogsGroupArn: fact(o.group, `${GROUP}:*`),
    cloudWatchLogsRoleArn: fact(o.role, ROLE),
    ...(rf ? { cloudWatchLogsRole: rf } : {}),
    ...(o.live?.error ? { cloudWatchLogsDeliveryError: o.live.error } : {}),
    ...(o.live?.delivered ? { cloudWatchLogsDelivered: true } : {}),
  };
}

describe('trail-cloudwatch-logs', () => {
  ruleTable(
    trailCloudwatchLogs,
    [
      { name: 'omitted (the default: no CloudWatch Logs delivery)', facts: factsOf([deliveringTrail()]) },
      {
        name: 'empty group ARN (as the API returns for none)',
        facts: factsOf([cwTrail({ group: '', role: null })]),
      },
      {
        name: 'group with :*, role that trusts CloudTrail and may write its stream',
        facts: factsOf([cwTrail({})]),
      },
      {
        name: 'a grant on every stream of the group (group ARN:*)',
        facts: factsOf([
          cwTrail({ multiRegion: true, roleFacts: role({ policies: [permissions(`${GROUP}:*`)] }) }),
        ]),
      },
      {
        name: "a multi-Region trail granted its home Region's stream (AWS's default role policy)",
        facts: factsOf([cwTrail({ multiRegion: true })]),
      },
      {
        name: 'organization trail: the o-ORGID_* streams granted by wildcard',
        facts: factsOf([
          cwTrail({
            organization: true,
            roleFacts: role({
              policies: [
                permissions([
                  `${GROUP}:log-stream:111122223333_CloudTrail_us-east-1*`,
                  `${GROUP}:log-stream:o-*`,
                ]),
              ],
            }),
          }),
        ]),
      },
      {
        name: 'live: the trail delivered to CloudWatch Logs and reports no error',
        facts: { ...factsOf([cwTrail({ roleFacts: null, live: { delivered: true } })]), mode: 'live' },
      },
    ],
    [
      {
        name: "no role (the seed article's first snippet)",
        facts: factsOf([cwTrail({ role: null, roleFacts: null })]),
        findings: [{ status: 'fail', message: 'cloud_watch_logs_role_arn is not set' }],
      },
      {
        name: 'group ARN without :*',
        facts: factsOf([cwTrail({ group: GROUP })]),
        findings: [{ status: 'fail', message: 'does not end in :*' }],
      },
      {
        name: 'trust policy for another service',
        facts: factsOf([
          cwTrail({
            roleFacts: role({
              trust: {
                ...TRUST,
                Statement: [{ ...TRUST.Statement[0], Principal: { Service: 'ec2.amazonaws.com' } }],
              },
            }),
          }),
        ]),
        findings: [{ status: 'fail', message: 'does not let cloudtrail.amazonaws.com assume it' }],
      },
      {
        name: 'no PutLogEvents',
        facts: factsOf([
          cwTrail({
            roleFacts: role({
              policies: [{ Version: '2012-10-17', Statement: [permissions().Statement[0]] }],
            }),
          }),
        ]),
        findings: [{ status: 'fail', message: 'do not allow logs:PutLogEvents' }],
      },
      {
        name: 'a grant on another log group',
        facts: factsOf([
          cwTrail({
            roleFacts: role({
              policies: [permissions('arn:aws:logs:us-east-1:111122223333:log-group:other:*')],
            }),
          }),
        ]),
        findings: [{ status: 'fail', message: /do not allow logs:CreateLogStream .*logs:PutLogEvents/ }],
      },
      {
        name: 'organization trail without the o-ORGID_* streams',
        facts: factsOf([cwTrail({ organization: true })]),
        findings: [{ status: 'fail', message: 'organization log stream' }],
      },
      {
        name: 'an explicit Deny on PutLogEvents',
        facts: factsOf([
          cwTrail({
            roleFacts: role({
              policies: [
                permissions(`${GROUP}:*`),
                { Statement: [{ Effect: 'Deny', Action: 'logs:PutLogEvents', Resource: '*' }] },
              ],
            }),
          }),
        ]),
        findings: [
          {
            status: 'fail',
            message: 'logs:PutLogEvents on log stream 111122223333_CloudTrail_us-east-1 (denied)',
          },
        ],
      },
      {
        name: 'live: LatestCloudWatchLogsDeliveryError',
        facts: {
          ...factsOf([cwTrail({ roleFacts: null, live: { error: 'AccessDeniedException' } })]),
          mode: 'live',
        },
        findings: [{ status: 'fail', message: 'LatestCloudWatchLogsDeliveryError: AccessDeniedException' }],
      },
      {
        name: 'unknown: group ARN known only after apply',
        facts: factsOf([cwTrail({ group: 'unknown' })]),
        findings: [{ status: 'unknown', message: 'whether cloud_watch_logs_group_arn ends in :*' }],
      },
      {
        name: 'unknown: the role is not in the plan',
        facts: factsOf([cwTrail({ roleFacts: null })]),
        findings: [{ status: 'unknown', message: 'the role is not in the plan' }],
      },
      {
        name: 'unknown: the role policy is known only after apply',
        facts: factsOf([cwTrail({ roleFacts: role({ policies: ['unknown'] }) })]),
        findings: [{ status: 'unknown', message: 'may call logs:CreateLogStream' }],
      },
      {
        name: 'unknown: an attached policy the plan does not hold (could deny)',
        facts: factsOf([
          cwTrail({ roleFacts: role({ unread: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }) }),
        ]),
        findings: [{ status: 'unknown', message: 'not read: arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      },
      {
        name: 'unknown: a trust condition on aws:SourceArn (not documented for this role)',
        facts: factsOf([
          cwTrail({
            roleFacts: role({
              trust: {
                Statement: [
                  {
                    ...TRUST.Statement[0],
                    Condition: {
                      StringEquals: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/t' },
                    },
                  },
                ],
              },
            }),
          }),
        ]),
        findings: [{ status: 'unknown', message: 'whether the trust policy of aws_iam_role.cw' }],
      },
      {
        name: 'live: no delivery yet and no error',
        facts: { ...factsOf([cwTrail({ roleFacts: null, live: {} })]), mode: 'live' },
        findings: [{ status: 'unknown', message: 'no delivery to CloudWatch Logs yet' }],
      },
    ],
  );
});

// ---------------------------------------------------------------------------------------------------------
// The seed article's two CloudWatch Logs snippets, through plans as Terraform 1.9.5 / AWS provider 5.x
// writes them for `terraform plan -out tfplan && terraform show -json tfplan` on examples/seed-advanced with
// the snippet added (the article's trail, one more resource or three).
// ---------------------------------------------------------------------------------------------------------

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Obj = Record<string, unknown> & {
  resource_changes: Record<string, unknown>[];
  planned_values: { root_module: { resources: Record<string, unknown>[] } };
  configuration: { root_module: { resources: Record<string, unknown>[] } };
};

interface Added {
  address: string;
  type: string;
  name: string;
  after: Record<string, unknown>;
  afterUnknown: Record<string, unknown>;
  expressions: Record<string, unknown>;
}

const ref = (...refs: string[]) => ({ references: refs });

/** The seed plan with resources added and the trail's CloudWatch Logs arguments set, as a re-plan gives it. */
function seedPlan(trailArgs: Record<string, { after?: unknown; expression: unknown }>, added: Added[]): Obj {
  const plan = JSON.parse(readFileSync('examples/seed-advanced/plan.json', 'utf8')) as Obj;
  const trail = plan.resource_changes.find((r) => r['type'] === 'aws_cloudtrail') as {
    change: { after: Record<string, unknown>; after_unknown: Record<string, unknown> };
  };
  const planned = plan.planned_values.root_module.resources.find((r) => r['type'] === 'aws_cloudtrail') as {
    values: Record<string, unknown>;
  };
  const conf = plan.configuration.root_module.resources.find((r) => r['type'] === 'aws_cloudtrail') as {
    expressions: Record<string, unknown>;
  };
  for (const [attr, v] of Object.entries(trailArgs)) {
    conf.expressions[attr] = v.expression;
    if (v.after === undefined) {
      // Known only after apply: left out of `after` and marked in `after_unknown`.
      delete trail.change.after[attr];
      delete planned.values[attr];
      trail.change.after_unknown[attr] = true;
    } else {
      trail.change.after[attr] = v.after;
      planned.values[attr] = v.after;
    }
  }
  for (const a of added) {
    plan.resource_changes.push({
      address: a.address,
      mode: 'managed',
      type: a.type,
      name: a.name,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions: ['create'],
        before: null,
        after: a.after,
        after_unknown: a.afterUnknown,
        before_sensitive: false,
        after_sensitive: { tags_all: {} },
      },
    });
    plan.planned_values.root_module.resources.push({
      address: a.address,
      mode: 'managed',
      type: a.type,
      name: a.name,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      schema_version: 0,
      values: a.after,
      sensitive_values: { tags_all: {} },
    });
    plan.configuration.root_module.resources.push({
      address: a.address,
      mode: 'managed',
      type: a.type,
      name: a.name,
      provider_config_key: 'aws',
      expressions: a.expressions,
      schema_version: 0,
    });
  }
  return plan;
}

/** examples/seed-advanced/main.tf with lines added to the trail block and resources appended. */
async function seedDir(trailLines: string, resources: string) {
  const dir = mkdtempSync(join(tmpdir(), 's3tg-cwl-'));
  dirs.push(dir);
  const tf = readFileSync('examples/seed-advanced/main.tf', 'utf8').replace(
    /(\n\s*s3_key_prefix\s*=\s*"prefix"\n)/,
    `$1${trailLines}\n`,
  );
  writeFileSync(join(dir, 'main.tf'), `${tf}\n${resources}\n`);
  return loadTerraformDir(dir);
}

function logGroup(name: string, groupName: string): Added {
  return {
    address: `aws_cloudwatch_log_group.${name}`,
    type: 'aws_cloudwatch_log_group',
    name,
    after: {
      kms_key_id: null,
      log_group_class: 'STANDARD',
      name: groupName,
      retention_in_days: 0,
      skip_destroy: false,
      tags: null,
    },
    afterUnknown: { arn: true, id: true, name_prefix: true, tags_all: {} },
    expressions: { name: { constant_value: groupName } },
  };
}

const ROLE_TF = `
resource "aws_iam_role" "default" {
  name = "cloudtrail-cloudwatch-logs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "cloudtrail.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "default" {
  name = "cloudtrail-cloudwatch-logs"
  role = aws_iam_role.default.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "\${aws_cloudwatch_log_group.default.arn}:log-stream:*" }]
  })
}`;

const TRUST_JSON = JSON.stringify({
  Statement: [
    { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' } },
  ],
  Version: '2012-10-17',
});

const roleResources: Added[] = [
  {
    address: 'aws_iam_role.default',
    type: 'aws_iam_role',
    name: 'default',
    // jsonencode of constants is known at plan time; Terraform prints it minified with sorted keys.
    after: {
      assume_role_policy: TRUST_JSON,
      description: null,
      force_detach_policies: false,
      max_session_duration: 3600,
      name: 'cloudtrail-cloudwatch-logs',
      path: '/',
      permissions_boundary: null,
      tags: null,
    },
    afterUnknown: {
      arn: true,
      create_date: true,
      id: true,
      inline_policy: true,
      managed_policy_arns: true,
      name_prefix: true,
      tags_all: true,
      unique_id: true,
    },
    expressions: {
      assume_role_policy: {},
      name: { constant_value: 'cloudtrail-cloudwatch-logs' },
    },
  },
  {
    address: 'aws_iam_role_policy.default',
    type: 'aws_iam_role_policy',
    name: 'default',
    after: { name: 'cloudtrail-cloudwatch-logs' },
    afterUnknown: { id: true, name_prefix: true, policy: true, role: true },
    expressions: {
      name: { constant_value: 'cloudtrail-cloudwatch-logs' },
      policy: ref('aws_cloudwatch_log_group.default.arn', 'aws_cloudwatch_log_group.default'),
      role: ref('aws_iam_role.default.id', 'aws_iam_role.default'),
    },
  },
];

const SNIPPET_1 = {
  // resource "aws_cloudwatch_log_group" "example" { name = "Example" }
  // cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.example.arn}:*"
  plan: () =>
    seedPlan(
      {
        cloud_watch_logs_group_arn: {
          expression: ref('aws_cloudwatch_log_group.example.arn', 'aws_cloudwatch_log_group.example'),
        },
      },
      [logGroup('example', 'Example')],
    ),
  dir: () =>
    seedDir(
      '  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.example.arn}:*" # CloudTrail requires the Log Stream wildcard',
      'resource "aws_cloudwatch_log_group" "example" {\n  name = "Example"\n}',
    ),
};

/**
 * The second snippet references `aws_cloudwatch_log_group.default` while the group it declares is
 * `example`; Terraform rejects an undeclared reference, so the fixture declares the group the trail names.
 */
function snippet2(groupExpr: string) {
  return {
    plan: () =>
      seedPlan(
        {
          cloud_watch_logs_group_arn: {
            expression: ref('aws_cloudwatch_log_group.default.arn', 'aws_cloudwatch_log_group.default'),
          },
          cloud_watch_logs_role_arn: { expression: ref('aws_iam_role.default.arn', 'aws_iam_role.default') },
        },
        [logGroup('default', 'Example'), ...roleResources],
      ),
    dir: () =>
      seedDir(
        `  cloud_watch_logs_group_arn = ${groupExpr}\n  cloud_watch_logs_role_arn  = aws_iam_role.default.arn`,
        `resource "aws_cloudwatch_log_group" "default" {\n  name = "Example"\n}\n${ROLE_TF}`,
      ),
  };
}

describe("the seed article's CloudWatch Logs snippets", () => {
  it('snippet 1 (no role) fails naming cloud_watch_logs_role_arn, with and without --terraform-dir', async () => {
    const plan = SNIPPET_1.plan();
    for (const config of [undefined, await SNIPPET_1.dir()]) {
      const facts = adaptPlan(plan, { file: 'plan.json', ...(config ? { config } : {}) });
      const got = findingsOf(trailCloudwatchLogs, facts);
      expect(got.map((f) => [f.status, f.severity])).toEqual([['fail', 'error']]);
      expect(got[0]!.message).toContain('cloud_watch_logs_role_arn is not set');
      expect(got[0]!.message.includes('ends in :*')).toBe(config === undefined);
    }
  });

  it('snippet 2 (role added) passes with --terraform-dir, is unknown without it', async () => {
    const s = snippet2('"${aws_cloudwatch_log_group.default.arn}:*"');
    const plan = s.plan();
    const withDir = adaptPlan(plan, { file: 'plan.json', config: await s.dir() });
    const t = asTrail(withDir.recorders.find((r) => r.kind === 'trail'));
    expect(t.cloudWatchLogsGroupArn).toEqual(
      known(`arn:aws:logs:ap-northeast-1:${accountOf(plan)}:log-group:Example:*`),
    );
    expect(t.cloudWatchLogsRole?.origin.ref).toBe('aws_iam_role.default');
    expect(t.cloudWatchLogsRole?.policies.map((p) => p.origin.ref)).toEqual(['aws_iam_role_policy.default']);
    expect(findingsOf(trailCloudwatchLogs, withDir)).toEqual([]);
    const without = findingsOf(trailCloudwatchLogs, adaptPlan(plan, { file: 'plan.json' }));
    expect(without.map((f) => f.status)).toEqual(['unknown']);
    expect(without[0]!.message).toContain('aws_cloudwatch_log_group.default.arn');
  });

  it('snippet 2 without the :* fails', async () => {
    const s = snippet2('aws_cloudwatch_log_group.default.arn');
    const facts = adaptPlan(s.plan(), { file: 'plan.json', config: await s.dir() });
    const got = findingsOf(trailCloudwatchLogs, facts);
    expect(got.map((f) => f.status)).toEqual(['fail']);
    expect(got[0]!.message).toMatch(
      /cloud_watch_logs_group_arn arn:aws:logs:ap-northeast-1:\d{12}:log-group:Example does not end in :\*/,
    );
  });
});

function accountOf(plan: Obj): string {
  const prior = (
    plan['prior_state'] as {
      values: { root_module: { resources: { type: string; values: { account_id?: string } }[] } };
    }
  ).values.root_module.resources.find((r) => r.type === 'aws_caller_identity');
  return prior?.values.account_id ?? '';
}
