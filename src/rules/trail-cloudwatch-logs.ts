import { CLOUDTRAIL_PRINCIPAL } from '../engine/delivery.js';
import { decide, normalizePolicy, type NormalizedPolicy, type PolicyKind } from '../engine/iam-policy.js';
import type { Tri } from '../engine/tri.js';
import type { BucketPolicy, IamRole, Trail } from '../model/facts.js';
import type { Str } from '../model/selectors.js';
import { trailFinding, trailsToCheck } from './helpers.js';
import type { Finding, Rule } from './types.js';

/** The ARN a log group's streams hang under: the group ARN without the `:*` CloudTrail wants. */
function groupBase(arn: string): string {
  return arn.replace(/:\*$/, '');
}

/**
 * The log streams CloudTrail writes: `ACCOUNT_CloudTrail_REGION`
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-log-group-log-stream-naming-for-cloudtrail.html),
 * and for an organization trail `o-ORGID_…` streams, which the role policy AWS documents grants as
 * `log-stream:o-ORGID_*` (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-required-policy-for-cloudwatch-logs.html).
 * The organization ID is not among the facts: a stand-in tells a grant for every stream from one for a
 * named organization. The REGION is taken as the trail's home Region: AWS's default role policy grants only
 * that Region's stream, and AWS does not say that a multi-Region trail writes streams of other Regions
 * (unverified; not checked).
 */
function streams(t: Trail, groupArn: string): { what: string; arn: Str; organization?: boolean }[] {
  const base = groupBase(groupArn);
  const parts = base.split(':');
  const region = t.homeRegion.known ? t.homeRegion.value : parts[3];
  const account = t.accountId.known ? t.accountId.value : undefined;
  const stream = (name: string): Str => ({ known: true, value: `${base}:log-stream:${name}` });
  if (!account || !region)
    return [
      { what: 'its log stream', arn: { known: false, detail: "the trail's account or Region is not known" } },
    ];
  const out: { what: string; arn: Str; organization?: boolean }[] = [
    { what: `log stream ${account}_CloudTrail_${region}`, arn: stream(`${account}_CloudTrail_${region}`) },
  ];
  if (t.organization.known && t.organization.value)
    out.push({
      what: 'organization log stream (o-ORGID_…)',
      arn: stream(`o-exampleorgid_222222222222_CloudTrail_${region}`),
      organization: true,
    });
  return out;
}

type Parsed = { ok: true; policy: NormalizedPolicy | null } | { ok: false; detail: string };

function parse(p: BucketPolicy): Parsed {
  if (!p.document.known) return { ok: false, detail: `${p.origin.ref}: ${p.document.detail}` };
  if (p.document.value === null) return { ok: true, policy: null };
  try {
    return { ok: true, policy: normalizePolicy(p.document.value) };
  } catch (e) {
    return { ok: false, detail: `${p.origin.ref} is not an IAM policy: ${(e as Error).message}` };
  }
}

/** The role's identity policies as one document (identity policies combine like statements of one policy). */
function permissions(role: IamRole): { policy: NormalizedPolicy; unread: string[] } {
  const unread = [...role.unread];
  const statements = [];
  for (const p of role.policies) {
    const r = parse(p);
    if (!r.ok) unread.push(r.detail);
    else if (r.policy) statements.push(...r.policy.statements);
  }
  return { policy: { statements }, unread };
}

function allowed(
  policy: NormalizedPolicy,
  action: string,
  resource: Str,
  kind: PolicyKind,
  keys: Record<string, Str> = {},
): Tri {
  return decide(policy, { servicePrincipal: CLOUDTRAIL_PRINCIPAL, action, resource, keys }, kind).allowed;
}

/**
 * CloudTrail sends events to CloudWatch Logs only with both a log group ARN ending in `:*` and a role it
 * can assume that may create streams in that group and put events into them
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html).
 */
export const trailCloudwatchLogs: Rule = {
  meta: {
    id: 'trail-cloudwatch-logs',
    title: 'A trail that sends events to CloudWatch Logs can deliver them there',
    defaultSeverity: 'error',
    description:
      "cloud_watch_logs_group_arn ends in :* and cloud_watch_logs_role_arn names a role that trusts cloudtrail.amazonaws.com and may call logs:CreateLogStream and logs:PutLogEvents on the group's streams (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-required-policy-for-cloudwatch-logs.html).",
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const t of trailsToCheck(ctx)) {
      const g = t.cloudWatchLogsGroupArn;
      // Not configured: nothing to deliver, nothing to check.
      if (g.known && !g.value) continue;
      const failed: string[] = [];
      const undecided: string[] = [];
      if (!g.known) undecided.push(`whether cloud_watch_logs_group_arn ends in :* (${g.detail})`);
      else if (g.value && !g.value.endsWith(':*'))
        failed.push(
          `cloud_watch_logs_group_arn ${g.value} does not end in :* (CloudTrail needs the group's streams: "${g.value}:*")`,
        );
      const roleArn = t.cloudWatchLogsRoleArn;
      if (roleArn.known && !roleArn.value)
        failed.push(
          'cloud_watch_logs_role_arn is not set: CloudTrail needs a role to write to the log group, and AWS rejects a log group without one',
        );
      if (t.cloudWatchLogsDeliveryError)
        failed.push(
          `the last delivery to CloudWatch Logs failed (LatestCloudWatchLogsDeliveryError: ${t.cloudWatchLogsDeliveryError})`,
        );
      const role = t.cloudWatchLogsRole;
      if (!(roleArn.known && !roleArn.value)) {
        if (role) checkRole(t, role, g.known ? g.value : null, failed, undecided);
        else if (t.origin.source === 'aws') {
          // Live mode reads no IAM: the trail's own status is the evidence that delivery works.
          if (!t.cloudWatchLogsDeliveryError && !t.cloudWatchLogsDelivered)
            undecided.push(
              'whether CloudTrail can deliver to CloudWatch Logs (GetTrailStatus shows no delivery to CloudWatch Logs yet)',
            );
        } else
          undecided.push(
            `whether the role ${roleArn.known ? roleArn.value : '(known only after apply)'} trusts cloudtrail.amazonaws.com and may write to the log group: the role is not in the plan`,
          );
      }
      if (failed.length)
        out.push(
          trailFinding(
            this.meta,
            t,
            'fail',
            `CloudWatch Logs delivery cannot work: ${failed.join('; ')}${undecided.length ? `; also cannot tell ${undecided.join(', ')}` : ''}`,
            fix(g.known && g.value ? g.value : undefined),
          ),
        );
      else if (undecided.length)
        out.push(trailFinding(this.meta, t, 'unknown', `cannot tell ${undecided.join('; ')}`));
    }
    return out;
  },
};

function checkRole(
  t: Trail,
  role: IamRole,
  groupArn: string | null,
  failed: string[],
  undecided: string[],
): void {
  const trust = parse(role.trustPolicy);
  if (!trust.ok) undecided.push(`whether the role trusts cloudtrail.amazonaws.com (${trust.detail})`);
  else {
    // Whether CloudTrail's AssumeRole carries aws:SourceArn / aws:SourceAccount is not documented for this
    // role: conditions on them are undecided rather than guessed.
    const keys: Record<string, Str> = {
      'aws:sourcearn': { known: false, detail: 'not documented for this AssumeRole' },
      'aws:sourceaccount': { known: false, detail: 'not documented for this AssumeRole' },
    };
    const a = trust.policy
      ? allowed(trust.policy, 'sts:AssumeRole', { known: true, value: role.origin.ref }, 'trust', keys)
      : false;
    if (a === false)
      failed.push(
        `the trust policy of ${role.origin.ref} does not let ${CLOUDTRAIL_PRINCIPAL} assume it (sts:AssumeRole)`,
      );
    else if (a === undefined)
      undecided.push(`whether the trust policy of ${role.origin.ref} lets ${CLOUDTRAIL_PRINCIPAL} assume it`);
  }
  if (groupArn === null) return; // the group ARN is unknown: its streams cannot be named
  const { policy, unread } = permissions(role);
  const denied: string[] = [];
  const open: string[] = [];
  const named = policy.statements.some((s) =>
    (s.resource ?? []).some((r) => r.known && /:log-stream:o-[a-z0-9]+_/.test(r.value)),
  );
  for (const s of streams(t, groupArn))
    for (const action of ['logs:CreateLogStream', 'logs:PutLogEvents']) {
      const d = decide(
        policy,
        { servicePrincipal: CLOUDTRAIL_PRINCIPAL, action, resource: s.arn, keys: {} },
        'identity',
      );
      const what = `${action} on ${s.what}`;
      if (d.deniedBy.length) denied.push(`${what} (denied)`);
      // A policy the source does not hold may allow or deny: a verdict needs every policy of the role.
      else if (unread.length || d.allowed === undefined) {
        open.push(what);
      } else if (d.allowed === false) {
        // A grant for one named organization cannot be checked against the trail's organization.
        if (s.organization && named)
          open.push(`${what} (the policy names an organization; is it the trail's?)`);
        else denied.push(what);
      }
    }
  if (denied.length)
    failed.push(
      `the policies of ${role.origin.ref} do not allow ${denied.join(', ')} in ${groupBase(groupArn)}`,
    );
  if (open.length)
    undecided.push(
      `whether ${role.origin.ref} may call ${open.join(', ')}${unread.length ? ` (not read: ${unread.join('; ')})` : ''}`,
    );
}

function fix(groupArn: string | undefined): Finding['remediation'] {
  const group = groupArn ? groupBase(groupArn) : '${aws_cloudwatch_log_group.trail.arn}';
  return {
    text: 'Give the trail the log group with :* and a role CloudTrail can assume that may write its streams:',
    terraform: [
      `cloud_watch_logs_group_arn = "${groupArn ? `${group}:*` : '${aws_cloudwatch_log_group.trail.arn}:*'}"`,
      'cloud_watch_logs_role_arn  = aws_iam_role.cloudtrail_cloudwatch.arn',
      '',
      'resource "aws_iam_role" "cloudtrail_cloudwatch" {',
      '  name = "cloudtrail-cloudwatch-logs"',
      '  assume_role_policy = jsonencode({',
      '    Version = "2012-10-17"',
      `    Statement = [{ Effect = "Allow", Principal = { Service = "${CLOUDTRAIL_PRINCIPAL}" }, Action = "sts:AssumeRole" }]`,
      '  })',
      '}',
      '',
      'resource "aws_iam_role_policy" "cloudtrail_cloudwatch" {',
      '  role = aws_iam_role.cloudtrail_cloudwatch.id',
      '  policy = jsonencode({',
      '    Version = "2012-10-17"',
      `    Statement = [{ Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "${group}:log-stream:*" }]`,
      '  })',
      '}',
    ].join('\n'),
  };
}
