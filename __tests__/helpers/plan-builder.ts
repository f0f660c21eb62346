/**
 * Builds `terraform show -json` documents for tests, following shared/reference/terraform-plan-json.md:
 * unknowns omitted from `after` (object keys) or nulled in place (list elements, and set elements from
 * 1.3 on), `after_unknown` compact (false members omitted), set-typed blocks (field_selector) in an order
 * other than the source, references unwrapped from format 0.2 on, short provider names in 0.12.
 * Each builder call says which real Terraform run it imitates through `terraformVersion`.
 */
export type Json = unknown;

export interface ChangeSpec {
  address: string;
  type: string;
  name: string;
  mode?: 'managed' | 'data';
  moduleAddress?: string;
  index?: number | string;
  actions: string[];
  before?: Json;
  after: Json;
  afterUnknown?: Json;
  afterSensitive?: Json;
  actionReason?: string;
}

export interface PlanSpec {
  formatVersion: string;
  terraformVersion: string;
  changes: ChangeSpec[];
  /** Data sources read while planning (prior_state). */
  priorData?: { address: string; type: string; name: string; values: Json; moduleAddress?: string }[];
  /** configuration.root_module (resources, module_calls) and provider_config. */
  configuration?: Json;
  providerRegion?: string;
}

const provider = (tf: string) => (tf.startsWith('0.12') ? 'aws' : 'registry.terraform.io/hashicorp/aws');

export function buildPlan(spec: PlanSpec): Record<string, Json> {
  const prov = provider(spec.terraformVersion);
  const major = Number(spec.formatVersion.split('.')[0]);
  const minor = Number(spec.formatVersion.split('.')[1]);
  const withSensitive = major >= 1 || minor >= 2;
  const modules = new Map<string, Json[]>();
  for (const c of spec.changes) {
    if (c.actions.includes('delete') && !c.actions.includes('create')) continue;
    const key = c.moduleAddress ?? '';
    const list = modules.get(key) ?? [];
    list.push({
      address: c.address,
      mode: c.mode ?? 'managed',
      type: c.type,
      name: c.name,
      ...(c.index !== undefined ? { index: c.index } : {}),
      provider_name: prov,
      schema_version: c.type === 'aws_cloudtrail' ? 1 : 0,
      values: c.after,
      ...(withSensitive ? { sensitive_values: c.afterSensitive ?? {} } : {}),
    });
    modules.set(key, list);
  }
  const childModules = (prefix: string): Json[] =>
    [...modules.keys()]
      .filter(
        (k) =>
          k !== '' &&
          k.startsWith(prefix) &&
          !k.slice(prefix.length).replace(/^\.?/, '').includes('.module.'),
      )
      .filter((k) => k !== prefix)
      .map((k) => ({ address: k, resources: modules.get(k), child_modules: [] }));
  const plan: Record<string, Json> = {
    format_version: spec.formatVersion,
    terraform_version: spec.terraformVersion,
    planned_values: {
      root_module: { resources: modules.get('') ?? [], child_modules: childModules('module.') },
    },
    resource_changes: spec.changes.map((c) => ({
      address: c.address,
      ...(c.moduleAddress ? { module_address: c.moduleAddress } : {}),
      mode: c.mode ?? 'managed',
      type: c.type,
      name: c.name,
      ...(c.index !== undefined ? { index: c.index } : {}),
      provider_name: prov,
      change: {
        actions: c.actions,
        before: c.before ?? null,
        after: c.after,
        after_unknown: c.afterUnknown ?? {},
        ...(withSensitive || spec.terraformVersion >= '0.15'
          ? { before_sensitive: false, after_sensitive: c.afterSensitive ?? {} }
          : {}),
      },
      ...(c.actionReason ? { action_reason: c.actionReason } : {}),
    })),
    configuration: spec.configuration ?? {
      provider_config: {
        aws: { name: 'aws', expressions: { region: { constant_value: spec.providerRegion ?? 'us-east-1' } } },
      },
      root_module: {},
    },
  };
  if (spec.priorData?.length) {
    plan['prior_state'] = {
      format_version: major >= 1 ? '1.0' : spec.formatVersion,
      terraform_version: spec.terraformVersion,
      values: {
        root_module: {
          resources: spec.priorData.map((d) => ({
            address: d.address,
            mode: 'data',
            type: d.type,
            name: d.name,
            provider_name: prov,
            schema_version: 0,
            values: d.values,
            ...(withSensitive ? { sensitive_values: {} } : {}),
          })),
        },
      },
    };
  }
  if (spec.formatVersion === '1.2') {
    Object.assign(plan, {
      timestamp: '2026-11-01T10:00:00Z',
      errored: false,
      applyable: true,
      complete: true,
    });
  }
  return plan;
}

/** A field_selector object as the AWS provider (5.x) plans it: unset operators are null. */
export function fieldSelector(field: string, ops: Record<string, (string | null)[]>): Record<string, Json> {
  return {
    ends_with: null,
    equals: null,
    field,
    not_ends_with: null,
    not_equals: null,
    not_starts_with: null,
    starts_with: null,
    ...ops,
  };
}

/** The after value of an aws_cloudtrail on create (provider 5.x): computed attributes unknown. */
export function trailAfter(o: {
  name: string;
  advanced?: Json[];
  basic?: Json[];
  multiRegion?: boolean;
  enableLogging?: boolean | null;
  bucket?: string | null;
}): { after: Record<string, Json>; afterUnknown: Record<string, Json> } {
  const after: Record<string, Json> = {
    advanced_event_selector: o.advanced ?? [],
    cloud_watch_logs_group_arn: null,
    cloud_watch_logs_role_arn: null,
    enable_log_file_validation: false,
    enable_logging: o.enableLogging === undefined ? true : o.enableLogging,
    event_selector: o.basic ?? [],
    include_global_service_events: true,
    insight_selector: [],
    is_multi_region_trail: o.multiRegion ?? false,
    is_organization_trail: false,
    kms_key_id: null,
    name: o.name,
    s3_key_prefix: null,
    sns_topic_name: null,
    tags: null,
  };
  const afterUnknown: Record<string, Json> = { arn: true, home_region: true, id: true, tags_all: true };
  if (o.bucket === null || o.bucket === undefined) afterUnknown['s3_bucket_name'] = true;
  else after['s3_bucket_name'] = o.bucket;
  return { after, afterUnknown };
}
