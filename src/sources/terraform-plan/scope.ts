import type { PlanIndex, PlanResource } from './plan-index.js';
import { moduleCallPath } from './plan-index.js';
import type { EvalResult, EvalScope, TerraformConfig } from './hcl.js';
import { evaluateExpression, traverseValue } from './hcl.js';
import { child, isUnknown, root, type Node } from './values.js';

/** Account, partition and Region the plan runs with, as far as the plan tells. */
export interface PlanContext {
  readonly accountId?: string;
  /**
   * The organization's management account (data.aws_organizations_organization.master_account_id): it
   * owns every organization trail, also one a delegated administrator creates, so their ARNs carry it.
   */
  readonly managementAccountId?: string;
  readonly partition: string;
  readonly region?: (r: PlanResource) => string | undefined;
}

const SPECIAL = new Set(['var', 'local', 'data', 'module', 'count', 'each', 'path', 'terraform', 'self']);

/**
 * Attributes that the plan marks unknown but that follow from known arguments by AWS's naming rules: a
 * bucket's ARN and id from its name, a trail's ARN from partition, home Region, account and name.
 */
export function derivedAttribute(r: PlanResource, attr: string, ctx: PlanContext): string | undefined {
  const v = r.value as Record<string, unknown> | null;
  const str = (k: string) => (v && typeof v[k] === 'string' ? (v[k] as string) : undefined);
  if (r.type === 'aws_s3_bucket') {
    const bucket = str('bucket');
    if (!bucket) return undefined;
    // S3 bucket ARNs carry no Region or account: arn:PARTITION:s3:::NAME; id is the name.
    if (attr === 'arn') return `arn:${ctx.partition}:s3:::${bucket}`;
    if (attr === 'id' || attr === 'bucket') return bucket;
  }
  if (r.type === 'aws_cloudtrail' || r.type === 'aws_cloudtrail_event_data_store') {
    const name = str('name');
    const region = ctx.region?.(r);
    if (attr === 'name' && name) return name;
    if (r.type === 'aws_cloudtrail' && attr === 'id' && name) return name;
    // Trail ARN: arn:PARTITION:cloudtrail:HOME_REGION:ACCOUNT:trail/NAME (CloudTrail API, Trail.TrailARN).
    // An organization trail belongs to the management account, whoever creates it
    // (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-delegated-administrator.html).
    const owner = v && v['is_organization_trail'] === true ? ctx.managementAccountId : ctx.accountId;
    if (attr === 'arn' && r.type === 'aws_cloudtrail' && name && region && owner)
      return `arn:${ctx.partition}:cloudtrail:${region}:${owner}:trail/${name}`;
  }
  if (r.type === 'aws_cloudwatch_log_group' && attr === 'arn') {
    // arn:PARTITION:logs:REGION:ACCOUNT:log-group:NAME — the provider's `arn` drops the API's `:*` suffix
    // (terraform-provider-aws docs, aws_cloudwatch_log_group), which is why a trail appends it.
    const name = str('name');
    const region = ctx.region?.(r);
    if (name && region && ctx.accountId)
      return `arn:${ctx.partition}:logs:${region}:${ctx.accountId}:log-group:${name}`;
  }
  if (r.type === 'aws_iam_role' && attr === 'arn') {
    // IAM ARNs carry no Region: arn:PARTITION:iam::ACCOUNT:role/PATH/NAME (path defaults to "/").
    const name = str('name');
    const path = str('path') ?? '/';
    if (name && ctx.accountId) return `arn:${ctx.partition}:iam::${ctx.accountId}:role${path}${name}`;
  }
  return undefined;
}

function resourceAttribute(
  r: PlanResource,
  steps: readonly (string | number)[],
  ctx: PlanContext,
): EvalResult {
  let n: Node = root(r.value, r.unknownTree, r.sensitiveTree);
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i] as string | number;
    n = child(n, s);
    if (isUnknown(n) || (n.value === undefined && i === 0)) {
      const d = i === 0 && typeof s === 'string' ? derivedAttribute(r, s, ctx) : undefined;
      if (d !== undefined) return traverseValue(d, steps.slice(1));
      return { known: false, detail: `${r.address}.${steps.join('.')} is known only after apply` };
    }
  }
  return { known: true, value: n.value ?? null };
}

/**
 * Resolves references of an HCL expression from what the plan knows, in the module instance of
 * `self`. Only values the plan states (or AWS derives deterministically from them) are used.
 */
export function planScope(
  index: PlanIndex,
  config: TerraformConfig,
  self: Pick<PlanResource, 'moduleAddress' | 'index' | 'address'>,
  ctx: PlanContext,
  depth = 0,
): EvalScope {
  const callPath = moduleCallPath(self.moduleAddress);
  const scope: EvalScope = {
    lookup(t): EvalResult {
      const [head, ...rest] = t;
      if (typeof head !== 'string') return { known: false, detail: 'unsupported reference' };
      if (depth > 8) return { known: false, detail: 'references nest too deep' };
      if (head === 'count' && rest[0] === 'index' && typeof self.index === 'number')
        return { known: true, value: self.index };
      if (head === 'each' && rest[0] === 'key' && typeof self.index === 'string')
        return { known: true, value: self.index };
      if (head === 'var' && typeof rest[0] === 'string') {
        const name = rest[0];
        if (callPath.length === 0) {
          const vars = (index.plan['variables'] ?? {}) as Record<string, { value?: unknown }>;
          if (vars[name] && 'value' in vars[name]) return traverseValue(vars[name].value, rest.slice(1));
        } else {
          const parentAddr = self.moduleAddress.replace(/\.?module\.[A-Za-z0-9_-]+(\[[^\]]*\])?$/, '');
          const call = config.moduleCall(callPath.slice(0, -1), callPath[callPath.length - 1] as string);
          if (call && name in call) {
            const parent = planScope(
              index,
              config,
              { moduleAddress: parentAddr, address: parentAddr },
              ctx,
              depth + 1,
            );
            const v = evaluateExpression(call[name], parent);
            return v.known ? traverseValue(v.value, rest.slice(1)) : v;
          }
        }
        const def = config.variableDefault(callPath, name);
        if (def !== undefined) return traverseValue(def, rest.slice(1));
        return { known: false, detail: `var.${name} has no known value` };
      }
      if (head === 'local' && typeof rest[0] === 'string') {
        const locals = config.locals(callPath);
        if (!(rest[0] in locals)) return { known: false, detail: `local.${rest[0]} is not defined` };
        const v = evaluateExpression(locals[rest[0]], planScope(index, config, self, ctx, depth + 1));
        return v.known ? traverseValue(v.value, rest.slice(1)) : v;
      }
      if (head === 'data' && typeof rest[0] === 'string' && typeof rest[1] === 'string') {
        const idx =
          typeof rest[2] === 'number' || (typeof rest[2] === 'string' && /^\[/.test(rest[2]))
            ? rest[2]
            : undefined;
        const r = index.find(self.moduleAddress, 'data', rest[0], rest[1], idx);
        if (!r) return { known: false, detail: `data.${rest[0]}.${rest[1]} is not in the plan` };
        return resourceAttribute(r, rest.slice(idx === undefined ? 2 : 3), ctx);
      }
      if (SPECIAL.has(head)) return { known: false, detail: `${t.join('.')} is not evaluated` };
      if (typeof rest[0] !== 'string') return { known: false, detail: 'unsupported reference' };
      const idx = typeof rest[1] === 'number' ? rest[1] : undefined;
      const r = index.find(self.moduleAddress, 'managed', head, rest[0], idx);
      if (!r) return { known: false, detail: `${head}.${rest[0]} is not in the plan` };
      return resourceAttribute(r, rest.slice(idx === undefined ? 1 : 2), ctx);
    },
  };
  return scope;
}
