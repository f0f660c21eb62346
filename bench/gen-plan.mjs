// 494 values + the 4 of resources.type and eventCategory stay within the 500 a trail may carry.
// Generates a large `terraform show -json` plan (format 1.2, imitating Terraform 1.9 with AWS provider 5.x)
// for the benchmarks: buckets in nested module instances created with for_each, trails with many selector
// values, a policy listing every bucket. Deterministic for a given size.
import { writeFileSync } from 'node:fs';

// `eventNameTrails`: instead of ARN-sliced trails, that many trails whose advanced selectors reach every
// bucket (resources.ARN StartsWith "arn:aws:s3:::") and list a few eventNames each, as an estate that
// records some APIs everywhere (the setup of issue 12 that used to end in "Invalid string length").
const EVENT_NAME_SETS = [
  ['GetObject', 'PutObject'],
  ['DeleteObject', 'DeleteObjects'],
  ['PutObject', 'CopyObject', 'CompleteMultipartUpload'],
  ['GetObject', 'HeadObject'],
  ['PutObjectAcl', 'PutObjectTagging'],
  ['GetObjectAcl', 'GetObjectTagging', 'GetObjectAttributes'],
  ['RestoreObject', 'SelectObjectContent'],
  ['CreateMultipartUpload', 'UploadPart', 'UploadPartCopy'],
  ['ListObjects', 'ListObjectsV2', 'ListObjectVersions'],
  ['PutObjectRetention', 'PutObjectLegalHold'],
];

export function generate({
  buckets = 5000,
  trails = 50,
  valuesPerTrail = 494,
  filler = 0,
  eventNameTrails = 0,
} = {}) {
  const changes = [];
  const moduleResources = new Map();
  const names = [];
  const add = (moduleAddress, res, change) => {
    changes.push({ ...res, ...(moduleAddress ? { module_address: moduleAddress } : {}), change });
    if (!moduleResources.has(moduleAddress)) moduleResources.set(moduleAddress, []);
    moduleResources.get(moduleAddress).push({
      address: res.address,
      mode: 'managed',
      type: res.type,
      name: res.name,
      ...(res.index !== undefined ? { index: res.index } : {}),
      provider_name: res.provider_name,
      schema_version: 0,
      values: change.after,
      sensitive_values: {},
    });
  };
  const P = 'registry.terraform.io/hashicorp/aws';
  for (let i = 0; i < buckets; i++) {
    const team = `team${i % 50}`;
    const mod = `module.data["${team}"].module.buckets[${i % 3}]`;
    const key = `b${i}`;
    const name = `acme-data-${String(i).padStart(6, '0')}`;
    names.push(name);
    add(
      mod,
      {
        address: `${mod}.aws_s3_bucket.this["${key}"]`,
        mode: 'managed',
        type: 'aws_s3_bucket',
        name: 'this',
        index: key,
        provider_name: P,
      },
      {
        actions: ['create'],
        before: null,
        after: { bucket: name, force_destroy: false, tags: { team }, timeouts: null },
        after_unknown: { arn: true, id: true, bucket_domain_name: true, region: true, tags_all: true },
        before_sensitive: false,
        after_sensitive: { tags: {}, tags_all: {} },
      },
    );
  }
  for (let t = 0; t < eventNameTrails; t++) {
    const field = (name, op, vals) => ({
      field: name,
      equals: null,
      ends_with: null,
      not_ends_with: null,
      not_equals: null,
      not_starts_with: null,
      starts_with: null,
      [op]: vals,
    });
    add(
      'module.audit',
      {
        address: `module.audit.aws_cloudtrail.by_event["e${t}"]`,
        mode: 'managed',
        type: 'aws_cloudtrail',
        name: 'by_event',
        index: `e${t}`,
        provider_name: P,
      },
      {
        actions: ['create'],
        before: null,
        after: {
          advanced_event_selector: [
            {
              name: `events-${t}`,
              field_selector: [
                field('eventCategory', 'equals', ['Data']),
                field('resources.type', 'equals', ['AWS::S3::Object']),
                field('eventName', 'equals', EVENT_NAME_SETS[t % EVENT_NAME_SETS.length]),
                field('resources.ARN', 'starts_with', ['arn:aws:s3:::']),
              ],
            },
          ],
          cloud_watch_logs_group_arn: null,
          cloud_watch_logs_role_arn: null,
          enable_log_file_validation: true,
          enable_logging: true,
          event_selector: [],
          include_global_service_events: true,
          insight_selector: [],
          is_multi_region_trail: true,
          is_organization_trail: false,
          kms_key_id: 'arn:aws:kms:us-east-1:111122223333:key/k',
          name: `events-${t}`,
          s3_bucket_name: 'central-logs',
          s3_key_prefix: null,
          sns_topic_name: null,
          tags: null,
        },
        after_unknown: { arn: true, home_region: true, id: true, tags_all: true },
        before_sensitive: false,
        after_sensitive: {},
      },
    );
  }
  // Each trail covers a slice of the buckets with StartsWith values (a few buckets per value, some prefixes),
  // so most buckets are covered and some only partly.
  for (let t = 0; t < trails; t++) {
    const values = [];
    // Trail t owns a slice of the buckets; each bucket gets its whole-bucket value and, while the
    // 494 values last, a few prefix values (so most buckets are recorded by one trail, as in real estates).
    const per = Math.ceil(buckets / trails);
    const first = t * per;
    const slice = Math.max(0, Math.min(per, buckets - first));
    for (let k = 0; k < slice && values.length < valuesPerTrail; k++)
      values.push(`arn:aws:s3:::acme-data-${String(first + k).padStart(6, '0')}/`);
    for (let k = 0; values.length < valuesPerTrail && slice > 0; k++)
      values.push(
        `arn:aws:s3:::acme-data-${String(first + (k % slice)).padStart(6, '0')}/p${Math.floor(k / slice)}/`,
      );
    const sel = (vals, name) => ({
      name,
      field_selector: [
        {
          field: 'resources.type',
          equals: ['AWS::S3::Object'],
          ends_with: null,
          not_ends_with: null,
          not_equals: null,
          not_starts_with: null,
          starts_with: null,
        },
        {
          field: 'resources.ARN',
          starts_with: vals,
          equals: null,
          ends_with: null,
          not_ends_with: null,
          not_equals: null,
          not_starts_with: null,
        },
        {
          field: 'eventCategory',
          equals: ['Data'],
          ends_with: null,
          not_ends_with: null,
          not_equals: null,
          not_starts_with: null,
          starts_with: null,
        },
      ],
    });
    const half = Math.ceil(values.length / 2);
    const after = {
      advanced_event_selector: [sel(values.slice(0, half), 'a'), sel(values.slice(half), 'b')],
      cloud_watch_logs_group_arn: null,
      cloud_watch_logs_role_arn: null,
      enable_log_file_validation: true,
      enable_logging: true,
      event_selector: [],
      include_global_service_events: true,
      insight_selector: [],
      is_multi_region_trail: true,
      is_organization_trail: false,
      kms_key_id: 'arn:aws:kms:us-east-1:111122223333:key/k',
      name: `trail-${t}`,
      s3_bucket_name: 'central-logs',
      s3_key_prefix: null,
      sns_topic_name: null,
      tags: null,
    };
    add(
      'module.audit',
      {
        address: `module.audit.aws_cloudtrail.trail["t${t}"]`,
        mode: 'managed',
        type: 'aws_cloudtrail',
        name: 'trail',
        index: `t${t}`,
        provider_name: P,
      },
      {
        actions: ['create'],
        before: null,
        after,
        after_unknown: { arn: true, home_region: true, id: true, tags_all: true },
        before_sensitive: false,
        after_sensitive: {},
      },
    );
  }
  for (let f = 0; f < filler; f++) {
    add(
      'module.misc',
      {
        address: `module.misc.aws_ssm_parameter.p[${f}]`,
        mode: 'managed',
        type: 'aws_ssm_parameter',
        name: 'p',
        index: f,
        provider_name: P,
      },
      {
        actions: ['create'],
        before: null,
        after: { name: `/app/p${f}`, type: 'String', value: `v${f}` },
        after_unknown: { arn: true, id: true },
        before_sensitive: false,
        after_sensitive: { value: true },
      },
    );
  }
  const child = [...moduleResources.entries()]
    .filter(([m]) => m)
    .map(([address, resources]) => ({ address, resources }));
  return {
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      planned_values: { root_module: { child_modules: child } },
      resource_changes: changes,
      configuration: {
        provider_config: {
          aws: { name: 'aws', full_name: P, expressions: { region: { constant_value: 'us-east-1' } } },
        },
        root_module: {},
      },
      timestamp: '2026-11-26T00:00:00Z',
      errored: false,
      applyable: true,
      complete: true,
    },
    policy: 'version: 1\nbuckets:\n' + names.map((n) => `  - ${n}\n`).join(''),
  };
}

if (process.argv[1] && process.argv[1].endsWith('gen-plan.mjs')) {
  const [, , out = 'plan.json', n = '5000', scenario = 'sliced'] = process.argv;
  const { plan, policy } =
    scenario === 'event-names'
      ? generate({ buckets: Number(n), trails: 0, eventNameTrails: 10 })
      : generate({ buckets: Number(n), filler: Number(n) - 50 });
  writeFileSync(out, JSON.stringify(plan));
  writeFileSync(out.replace(/\.json$/, '.policy.yml'), policy);
}
