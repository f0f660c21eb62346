import { hclString } from './hcl-text.js';
import type { Fact } from '../model/fact.js';
import type { Facts, Recorder } from '../model/facts.js';
import type { Str } from '../model/selectors.js';
import { normalizePolicy, type DeliveryRequest, type NormalizedPolicy } from './iam-policy.js';

/**
 * What CloudTrail needs from a trail's log bucket, and the requests it makes when it delivers
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html):
 * s3:GetBucketAcl on the bucket, then s3:PutObject of
 * `[prefix/]AWSLogs/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/…json.gz` (and `AWSLogs/o-ORGID/ACCOUNT/…` for an
 * organization trail) with `x-amz-acl: bucket-owner-full-control`, as the service principal
 * cloudtrail.amazonaws.com, with aws:SourceArn = the trail's ARN and aws:SourceAccount = its account.
 */
export const CLOUDTRAIL_PRINCIPAL = 'cloudtrail.amazonaws.com';

export type DeliveryTarget =
  | {
      readonly kind: 'known';
      readonly bucket: string;
      readonly prefix: string;
      readonly partition: string;
      readonly account: Str;
      readonly trailArn: Str;
      /** Home Region, when known. */
      readonly region: string | undefined;
      readonly multiRegion: boolean;
      readonly organization: boolean;
      /** The organization's ID (o-…), when the facts give it (organization trails). */
      readonly organizationId?: string;
      readonly policy: NormalizedPolicy | null;
      /** The trail's KMS key (SSE-KMS on the log files); null: none. */
      readonly kmsKeyId: Str | null;
      /** Where the policy came from (Terraform address or ARN), for messages. */
      readonly policyRef?: string;
      /** Why the policy is what it is, when that is news (a deleted aws_s3_bucket_policy). */
      readonly policyWhy?: string;
    }
  | { readonly kind: 'unknown'; readonly detail: string };

function str<T>(f: Fact<T>): Str {
  return f.known ? { known: true, value: String(f.value) } : { known: false, detail: f.detail };
}

const TARGETS = new WeakMap<Facts, WeakMap<Recorder, DeliveryTarget>>();

/** The delivery side of a trail, worked out once per run (three rules read it). */
export function deliveryTarget(trail: Recorder, facts: Facts): DeliveryTarget {
  let perFacts = TARGETS.get(facts);
  if (!perFacts) TARGETS.set(facts, (perFacts = new WeakMap()));
  let t = perFacts.get(trail);
  if (!t) perFacts.set(trail, (t = computeTarget(trail, facts)));
  return t;
}

function computeTarget(trail: Recorder, facts: Facts): DeliveryTarget {
  if (trail.kind !== 'trail')
    return { kind: 'unknown', detail: `${trail.id} has no log bucket (not a trail)` };
  const bucket = trail.logBucket;
  if (!bucket.known) return { kind: 'unknown', detail: `log bucket of ${trail.id}: ${bucket.detail}` };
  const prefix = trail.logPrefix;
  if (!prefix.known) return { kind: 'unknown', detail: `s3_key_prefix of ${trail.id}: ${prefix.detail}` };
  const b = facts.buckets.get(bucket.value);
  const pol = b?.policy;
  if (!b || !pol)
    return {
      kind: 'unknown',
      detail: b
        ? `the policy of log bucket ${bucket.value} was not read`
        : `log bucket ${bucket.value} is not in the ${facts.mode === 'plan' ? 'plan' : 'source'}, so its policy cannot be checked (run with --live, or waive the rule for this trail)`,
    };
  if (!pol.document.known)
    return { kind: 'unknown', detail: `policy of log bucket ${bucket.value}: ${pol.document.detail}` };
  let policy: NormalizedPolicy | null = null;
  if (pol.document.value !== null) {
    try {
      policy = normalizePolicy(pol.document.value);
    } catch (e) {
      return {
        kind: 'unknown',
        detail: `policy of log bucket ${bucket.value} is not an IAM policy: ${(e as Error).message}`,
      };
    }
  }
  const partition = trail.partition.known ? trail.partition.value : facts.defaults.partition;
  const region = trail.homeRegion.known ? trail.homeRegion.value : undefined;
  return {
    kind: 'known',
    bucket: bucket.value,
    prefix: prefix?.known && prefix.value ? prefix.value.replace(/\/+$/, '') : '',
    partition,
    account: str(trail.accountId),
    trailArn: str(trail.arn),
    region,
    multiRegion: trail.multiRegion.known ? trail.multiRegion.value : false,
    organization: trail.organization.known ? trail.organization.value : false,
    ...(trail.organizationId?.known ? { organizationId: trail.organizationId.value } : {}),
    policy,
    kmsKeyId: trail.kmsKeyId.known
      ? trail.kmsKeyId.value
        ? { known: true, value: trail.kmsKeyId.value }
        : null
      : { known: false, detail: trail.kmsKeyId.detail },
    policyRef: pol.origin.ref,
    ...(pol.why ? { policyWhy: pol.why } : {}),
  };
}

const UNDOCUMENTED = (key: string): Str => ({
  known: false,
  detail: `whether CloudTrail's delivery request carries ${key}, and with what value, is not documented`,
});

/**
 * The condition keys of CloudTrail's delivery requests beyond aws:SourceArn/aws:SourceAccount, so that a
 * bucket-policy Deny is judged by what the request really carries
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html):
 * - aws:PrincipalIsAWSService = true and aws:PrincipalServiceName = cloudtrail.amazonaws.com: the request
 *   is made by the service principal itself;
 * - aws:SecureTransport = true: CloudTrail delivers over TLS (inference: AWS's own deny-insecure-transport
 *   policies do not block it);
 * - s3:x-amz-server-side-encryption = aws:kms and its key ID when the trail has a KMS key (inference from
 *   SSE-KMS delivery);
 * - absent: aws:PrincipalOrgID and aws:PrincipalOrgPaths (a service principal belongs to no
 *   organization), aws:SourceVpc, aws:SourceVpce (CloudTrail does not come through the bucket owner's VPC
 *   endpoint), aws:PrincipalTag/*;
 * - unknown (undocumented): aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalType, aws:SourceIp,
 *   aws:ViaAWSService, s3:signatureversion, s3:authType, s3:TlsVersion, and the SSE header of a trail
 *   without a KMS key. A condition on any other key is evaluated as absent.
 */
function serviceRequestKeys(): Record<string, Str> {
  const keys: Record<string, Str> = {
    'aws:principalisawsservice': { known: true, value: 'true' },
    'aws:principalservicename': { known: true, value: CLOUDTRAIL_PRINCIPAL },
    'aws:securetransport': { known: true, value: 'true' },
  };
  for (const k of [
    'aws:principalarn',
    'aws:principalaccount',
    'aws:principaltype',
    'aws:sourceip',
    'aws:viaawsservice',
    's3:signatureversion',
    's3:authtype',
    's3:tlsversion',
  ])
    keys[k] = UNDOCUMENTED(k);
  return keys;
}

function putObjectKeys(t: Extract<DeliveryTarget, { kind: 'known' }>): Record<string, Str> {
  if (t.kmsKeyId === null)
    return { 's3:x-amz-server-side-encryption': UNDOCUMENTED('s3:x-amz-server-side-encryption') };
  return {
    's3:x-amz-server-side-encryption': { known: true, value: 'aws:kms' },
    's3:x-amz-server-side-encryption-aws-kms-key-id': t.kmsKeyId,
  };
}

/**
 * Requester Pays on the log bucket: CloudTrail does not support it, so it cannot deliver
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html).
 * undefined: the source says nothing about it.
 */
export function requesterPays(trail: Recorder, facts: Facts): Fact<boolean> | undefined {
  if (trail.kind !== 'trail' || !trail.logBucket.known) return undefined;
  return facts.buckets.get(trail.logBucket.value)?.requesterPays;
}

export type Variant = 'own' | 'foreign-trail' | 'no-acl' | 'other-acl';

const FOREIGN_ACCOUNT = '000000000000';

/** Organization IDs written in the policy's resources (`…/AWSLogs/o-abc123/…`), to build org-trail paths. */
function orgIds(policy: NormalizedPolicy | null): string[] {
  const ids = new Set<string>();
  for (const st of policy?.statements ?? [])
    for (const r of st.resource ?? [])
      if (r.known) for (const m of r.value.matchAll(/AWSLogs\/(o-[a-z0-9]+)/g)) ids.add(m[1] as string);
  return [...ids];
}

export interface NamedRequest {
  readonly what: string;
  readonly request: DeliveryRequest;
  /** The write under AWSLogs/o-ORGID/ of an organization trail (with a stand-in organization ID). */
  readonly organization?: boolean;
  /**
   * An organization trail's write under AWSLogs/ACCOUNT/: AWS's documented policy keeps that statement
   * only so that logging goes on if the trail is changed to a single-account trail.
   */
  readonly accountPathOfOrgTrail?: boolean;
}

/** The requests of one delivery: ACL check, log file and digest file writes (and the org path). */
export function deliveryRequests(
  t: Extract<DeliveryTarget, { kind: 'known' }>,
  variant: Variant,
): NamedRequest[] {
  const keys: Record<string, Str> = serviceRequestKeys();
  if (variant === 'foreign-trail') {
    keys['aws:sourcearn'] = {
      known: true,
      value: `arn:${t.partition}:cloudtrail:${t.region ?? 'us-east-1'}:${FOREIGN_ACCOUNT}:trail/someone-elses-trail`,
    };
    keys['aws:sourceaccount'] = { known: true, value: FOREIGN_ACCOUNT };
  } else {
    keys['aws:sourcearn'] = t.trailArn;
    keys['aws:sourceaccount'] = t.account;
  }
  const bucketArn = `arn:${t.partition}:s3:::${t.bucket}`;
  const base = `${bucketArn}/${t.prefix ? t.prefix + '/' : ''}AWSLogs/`;
  const day = '2026/01/01';
  const stamp = '20260101T0000Z';
  // The object keys CloudTrail writes. An account or Region that is not known makes the key unknown: a
  // made-up one could match (or miss) a grant that the real one would not.
  const key = (org: string, region: string | undefined, digest: boolean): Str => {
    // Under AWSLogs/o-ORGID/ every member account writes: a stand-in member stands for them when the
    // trail's own (management) account is not known.
    if (!t.account.known && !org) return { known: false, detail: `the trail's account: ${t.account.detail}` };
    if (!region) return { known: false, detail: "the trail's home Region is not known" };
    const a = t.account.known ? t.account.value : '999988887777';
    return {
      known: true,
      value: digest
        ? `${base}${org}${a}/CloudTrail-Digest/${region}/${day}/${a}_CloudTrail-Digest_${region}_trail_${region}_${stamp}.json.gz`
        : `${base}${org}${a}/CloudTrail/${region}/${day}/${a}_CloudTrail_${region}_${stamp}_a1B2c3D4e5F6g7H8.json.gz`,
    };
  };
  const paths: { what: string; key: Str; organization?: boolean; accountPathOfOrgTrail?: boolean }[] = [
    { what: 'log file', key: key('', t.region, false) },
    { what: 'digest file', key: key('', t.region, true) },
  ];
  // A multi-Region trail writes under every Region's path, not only its home Region's.
  if (t.multiRegion && t.region)
    paths.push({
      what: 'log file of another Region',
      key: key('', t.region === 'eu-west-1' ? 'ap-southeast-2' : 'eu-west-1', false),
    });
  if (t.organization) {
    // An organization trail writes every account's files under AWSLogs/o-ORGID/ACCOUNT/; the account
    // path is only kept for a later change to a single-account trail
    // (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html).
    for (const p of paths) p.accountPathOfOrgTrail = true;
    // Without the organization's ID, a stand-in tells a grant for every organization (o-*) from one for a
    // named organization, which the delivery rule reports as unknown.
    const org = `${t.organizationId ?? 'o-exampleorgid'}/`;
    paths.push(
      { what: 'organization log file', key: key(org, t.region, false), organization: true },
      { what: 'organization digest file', key: key(org, t.region, true), organization: true },
    );
  }
  const out: NamedRequest[] = [];
  if (variant !== 'no-acl' && variant !== 'other-acl')
    out.push({
      what: `s3:GetBucketAcl on ${bucketArn}`,
      request: {
        servicePrincipal: CLOUDTRAIL_PRINCIPAL,
        action: 's3:GetBucketAcl',
        resource: { known: true, value: bucketArn },
        keys,
      },
    });
  for (const p of paths) {
    const k = { ...keys, ...putObjectKeys(t) };
    if (variant === 'other-acl') k['s3:x-amz-acl'] = { known: true, value: 'public-read' };
    else if (variant !== 'no-acl') k['s3:x-amz-acl'] = { known: true, value: 'bucket-owner-full-control' };
    const shown = p.key.known
      ? p.key.value.slice(bucketArn.length + 1).replace(/\/CloudTrail.*$/, '/…')
      : 'path unknown';
    out.push({
      what: `s3:PutObject of the ${p.what} (${shown})`,
      request: { servicePrincipal: CLOUDTRAIL_PRINCIPAL, action: 's3:PutObject', resource: p.key, keys: k },
      ...(p.organization ? { organization: true } : {}),
      ...(p.accountPathOfOrgTrail ? { accountPathOfOrgTrail: true } : {}),
    });
  }
  return out;
}

/** Organization IDs named in a policy's resources: a grant for one named organization. */
export function namedOrganizations(policy: NormalizedPolicy | null): string[] {
  return orgIds(policy);
}

/** The bucket policy AWS documents for this trail, as JSON and as Terraform, with its real values. */
export function recommendedPolicy(t: Extract<DeliveryTarget, { kind: 'known' }>): {
  json: string;
  terraform: string;
} {
  const acct = t.account.known ? t.account.value : 'ACCOUNT_ID';
  const arn = t.trailArn.known
    ? t.trailArn.value
    : `arn:${t.partition}:cloudtrail:${t.region ?? 'REGION'}:${acct}:trail/TRAIL_NAME`;
  const bucketArn = `arn:${t.partition}:s3:::${t.bucket}`;
  const path = `${bucketArn}/${t.prefix ? t.prefix + '/' : ''}AWSLogs/${acct}/*`;
  const cond = { StringEquals: { 'aws:SourceArn': arn } };
  const statements: Record<string, unknown>[] = [
    {
      Sid: 'AWSCloudTrailAclCheck20150319',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: 's3:GetBucketAcl',
      Resource: bucketArn,
      Condition: cond,
    },
    {
      Sid: 'AWSCloudTrailWrite20150319',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: 's3:PutObject',
      Resource: path,
      Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': arn } },
    },
  ];
  if (t.organization)
    statements.push({
      Sid: 'AWSCloudTrailOrganizationWrite20150319',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: 's3:PutObject',
      Resource: `${bucketArn}/${t.prefix ? t.prefix + '/' : ''}AWSLogs/${t.organizationId ?? orgIds(t.policy)[0] ?? 'o-ORGANIZATION_ID'}/*`,
      Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': arn } },
    });
  const json = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  const hcl = statements
    .map((s) => {
      const c = (s['Condition'] as { StringEquals: Record<string, string> }).StringEquals;
      const conds = Object.entries(c)
        .map(
          ([k, v]) =>
            `    condition {\n      test     = "StringEquals"\n      variable = ${hclString(k)}\n      values   = [${hclString(v)}]\n    }`,
        )
        .join('\n');
      return `  statement {\n    sid     = ${hclString(String(s['Sid']))}\n    effect  = "Allow"\n    actions = [${hclString(String(s['Action']))}]\n    resources = [${hclString(String(s['Resource']))}]\n    principals {\n      type        = "Service"\n      identifiers = ["${CLOUDTRAIL_PRINCIPAL}"]\n    }\n${conds}\n  }`;
    })
    .join('\n');
  const terraform = `data "aws_iam_policy_document" "cloudtrail_delivery" {\n${hcl}\n}\n\nresource "aws_s3_bucket_policy" "cloudtrail_delivery" {\n  bucket = ${hclString(t.bucket)}\n  policy = data.aws_iam_policy_document.cloudtrail_delivery.json\n}`;
  return { json, terraform };
}
