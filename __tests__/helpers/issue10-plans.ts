/**
 * Plans for the issue-10 tests, written as `terraform show -json` writes them. Every builder imitates
 * one run: Terraform 1.9.5 (format 1.2) with hashicorp/aws 5.64, account 111122223333, us-east-1, on an
 * account where the buckets and the trail already exist (no-op) unless the builder says otherwise.
 */
import { fieldSelector, trailAfter, type ChangeSpec, type Json, type PlanSpec } from './plan-builder.js';

export const ACCOUNT = '111122223333';
export const LOG = 'audit-logs';
export const DATA = 'payroll';
export const TRAIL_ARN = `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/audit`;

export const callerIdentity = {
  address: 'data.aws_caller_identity.current',
  type: 'aws_caller_identity',
  name: 'current',
  values: {
    account_id: ACCOUNT,
    arn: `arn:aws:iam::${ACCOUNT}:user/ci`,
    id: ACCOUNT,
    user_id: 'AIDAEXAMPLE',
  },
};

/** The bucket policy AWS documents for CloudTrail, for `trail` writing to `bucket`. */
export function deliveryPolicy(o: { bucket?: string; trailArn?: string; org?: string } = {}): string {
  const bucket = o.bucket ?? LOG;
  const arn = o.trailArn ?? TRAIL_ARN;
  const acct = arn.split(':')[4];
  const cond = { StringEquals: { 'aws:SourceArn': arn } };
  const write = (path: string, sid: string) => ({
    Sid: sid,
    Effect: 'Allow',
    Principal: { Service: 'cloudtrail.amazonaws.com' },
    Action: 's3:PutObject',
    Resource: `arn:aws:s3:::${bucket}/${path}`,
    Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': arn } },
  });
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AWSCloudTrailAclCheck20150319',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:GetBucketAcl',
        Resource: `arn:aws:s3:::${bucket}`,
        Condition: cond,
      },
      ...(o.org
        ? [write(`AWSLogs/${o.org}/*`, 'AWSCloudTrailOrganizationWrite20150319')]
        : [write(`AWSLogs/${acct}/*`, 'AWSCloudTrailWrite20150319')]),
    ],
  });
}

/** An existing aws_s3_bucket as the provider refreshes it; `policy` is what GetBucketPolicy returned. */
export function existingBucket(
  name: string,
  policy: string | null,
  actions: string[] = ['no-op'],
): ChangeSpec {
  const value = {
    arn: `arn:aws:s3:::${name}`,
    bucket: name,
    bucket_domain_name: `${name}.s3.amazonaws.com`,
    bucket_prefix: '',
    force_destroy: false,
    hosted_zone_id: 'Z3AQBSTGFYJSTF',
    id: name,
    object_lock_enabled: false,
    policy,
    region: 'us-east-1',
    request_payer: 'BucketOwner',
    tags: {},
    tags_all: {},
  };
  return {
    address: `aws_s3_bucket.${name.replace(/\W/g, '_')}`,
    type: 'aws_s3_bucket',
    name: name.replace(/\W/g, '_'),
    actions,
    before: value,
    after: actions.includes('delete') && !actions.includes('create') ? null : value,
  };
}

/** A new aws_s3_bucket (create): computed attributes unknown, `policy` unknown too (Optional+Computed). */
export function newBucket(name: string): Change {
  return {
    expressions: { bucket: { constant_value: name } },
    address: `aws_s3_bucket.${name.replace(/\W/g, '_')}`,
    type: 'aws_s3_bucket',
    name: name.replace(/\W/g, '_'),
    actions: ['create'],
    after: { bucket: name, force_destroy: false, object_lock_enabled: false, tags: null },
    afterUnknown: {
      arn: true,
      bucket_domain_name: true,
      id: true,
      policy: true,
      region: true,
      tags_all: true,
    },
  };
}

/** aws_s3_bucket_policy on `bucket` with `policy`; `actions` ['delete'] for a PR that removes it. */
export function bucketPolicy(bucket: string, policy: string, actions: string[] = ['no-op']): ChangeSpec {
  const value = { bucket, id: bucket, policy };
  const deleting = actions.includes('delete') && !actions.includes('create');
  return {
    address: `aws_s3_bucket_policy.${bucket.replace(/\W/g, '_')}`,
    type: 'aws_s3_bucket_policy',
    name: bucket.replace(/\W/g, '_'),
    actions,
    before: value,
    after: deleting ? null : value,
  };
}

/** The usual data selector of one bucket (field_selector in set order, not source order). */
export function bucketSelector(bucket: string, extra: Json[] = []): Json {
  return {
    field_selector: [
      fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
      fieldSelector('resources.ARN', { starts_with: [`arn:aws:s3:::${bucket}/`] }),
      fieldSelector('eventCategory', { equals: ['Data'] }),
      ...extra,
    ],
    name: 'sensitive',
  };
}

/** An existing aws_cloudtrail (no-op by default) as the provider refreshes it. */
export function existingTrail(
  o: Parameters<typeof trailAfter>[0] & {
    actions?: string[];
    account?: string;
    organization?: boolean;
    prefix?: string | null;
  },
): ChangeSpec {
  const { after } = trailAfter(o);
  const arn = `arn:aws:cloudtrail:us-east-1:${o.account ?? ACCOUNT}:trail/${o.name}`;
  const value = {
    ...after,
    arn,
    home_region: 'us-east-1',
    id: arn,
    is_organization_trail: o.organization ?? false,
    s3_key_prefix: o.prefix ?? null,
    tags_all: {},
  };
  return {
    address: `aws_cloudtrail.${o.name}`,
    type: 'aws_cloudtrail',
    name: o.name,
    actions: o.actions ?? ['no-op'],
    before: value,
    after: value,
  };
}

/** A change with the arguments its configuration block writes (`configuration.root_module.resources`). */
export type Change = ChangeSpec & { expressions?: Record<string, Json> };

/**
 * The plan of one run: Terraform 1.9.5, provider in us-east-1, caller identity read; `configuration`
 * lists every managed resource with the arguments it writes (none unless the change says).
 */
export function plan(changes: Change[], priorData: PlanSpec['priorData'] = []): PlanSpec {
  return {
    formatVersion: '1.2',
    terraformVersion: '1.9.5',
    priorData: [callerIdentity, ...(priorData ?? [])],
    changes: changes.map(({ expressions: _e, ...c }) => c),
    configuration: {
      provider_config: {
        aws: {
          name: 'aws',
          full_name: 'registry.terraform.io/hashicorp/aws',
          expressions: { region: { constant_value: 'us-east-1' } },
        },
      },
      root_module: {
        resources: changes
          .filter((c) => (c.mode ?? 'managed') === 'managed')
          .map((c) => ({
            address: c.address,
            mode: 'managed',
            type: c.type,
            name: c.name,
            provider_config_key: 'aws',
            expressions: c.expressions ?? {},
            schema_version: 0,
          })),
      },
    },
  };
}

export const MGMT = '999988887777';
export const ORG_ID = 'o-abc123def4';
/** data.aws_organizations_organization as provider 5.x reads it (from the management or delegated admin account). */
export const organizationData = {
  address: 'data.aws_organizations_organization.current',
  type: 'aws_organizations_organization',
  name: 'current',
  values: {
    arn: `arn:aws:organizations::${MGMT}:organization/${ORG_ID}`,
    aws_service_access_principals: ['cloudtrail.amazonaws.com'],
    enabled_policy_types: [],
    feature_set: 'ALL',
    id: ORG_ID,
    master_account_arn: `arn:aws:organizations::${MGMT}:account/${ORG_ID}/${MGMT}`,
    master_account_email: 'aws-root@example.com',
    master_account_id: MGMT,
    master_account_name: 'management',
  },
};

/** A new organization trail (create): arn, id, home_region known only after apply. */
export function newOrgTrail(name: string, advanced: Json[], bucket = LOG): Change {
  const { after, afterUnknown } = trailAfter({ name, bucket, advanced, multiRegion: true });
  return {
    address: `aws_cloudtrail.${name}`,
    type: 'aws_cloudtrail',
    name,
    actions: ['create'],
    after: { ...after, is_organization_trail: true },
    afterUnknown,
  };
}

// terraform 1.9.5 plan creating aws_s3_bucket.payroll and a trail whose two resources.ARN field selectors
// are templates over its ARN: both are unknown in the plan (starts_with/not_starts_with = [null]).
export const pairingTf = (second: 'starts_with' | 'not_starts_with'): string => `
resource "aws_s3_bucket" "payroll" {
  bucket = "payroll"
}

resource "aws_cloudtrail" "audit" {
  name           = "audit"
  s3_bucket_name = "audit-logs"
  advanced_event_selector {
    name = "payroll"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field       = "resources.ARN"
      starts_with = ["\${aws_s3_bucket.payroll.arn}/"]
    }
    field_selector {
      field = "resources.ARN"
      ${second} = ["\${aws_s3_bucket.payroll.arn}/reports/"]
    }
  }
}
`;
export const pairingPlan = (second: 'starts_with' | 'not_starts_with'): PlanSpec => {
  const { after, afterUnknown } = trailAfter({
    name: 'audit',
    bucket: LOG,
    advanced: [
      {
        field_selector: [
          fieldSelector('resources.ARN', { [second]: [null] }),
          fieldSelector('resources.ARN', { starts_with: [null] }),
          fieldSelector('eventCategory', { equals: ['Data'] }),
          fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
        ],
        name: 'payroll',
      },
    ],
  });
  return plan([
    newBucket('payroll'),
    {
      address: 'aws_cloudtrail.audit',
      type: 'aws_cloudtrail',
      name: 'audit',
      actions: ['create'],
      after,
      afterUnknown: {
        ...afterUnknown,
        advanced_event_selector: [
          { field_selector: [{ [second]: [true] }, { starts_with: [true] }, {}, {}] },
        ],
      },
    },
  ]);
};
