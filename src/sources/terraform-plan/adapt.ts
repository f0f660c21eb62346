import { partitionOfRegion } from '../../model/arn.js';
import type { Fact, Origin, UnknownConstruct } from '../../model/fact.js';
import { describeConstruct, known, unknown } from '../../model/fact.js';
import type {
  Bucket,
  BucketPolicy,
  ChangeAction,
  EventDataStore,
  Facts,
  IamRole,
  KmsKey,
  Recorder,
  ServerAccessLogging,
} from '../../model/facts.js';
import {
  OPERATOR_ATTRIBUTES,
  type AdvancedEventSelector,
  type AdvancedOperator,
  type BasicEventSelector,
  type DataResource,
  type FieldSelector,
  type SelectorSet,
  type Str,
} from '../../model/selectors.js';
import type { TerraformConfig } from './hcl.js';
import { blockList, evaluateExpression } from './hcl.js';
import { refusedDuplicates } from '../../model/recorders.js';
import { UNKNOWN_MARK } from '../../model/policy-document.js';
import { constructOfEvaluation, constructOfReferences, namesItself } from './constructs.js';
import { moduleCallPath, PlanIndex, type PlanResource } from './plan-index.js';
import { derivedAttribute, planScope, type PlanContext } from './scope.js';
import { child, elements, isBool, isString, isUnknown, pathText, root, scalar, type Node } from './values.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const OPERATOR_ATTRS = Object.entries(OPERATOR_ATTRIBUTES) as [AdvancedOperator, string][];

export interface PlanAdapterOptions {
  readonly file: string;
  /** Parsed Terraform source (--terraform-dir), used to evaluate values the plan knows only after apply. */
  readonly config?: TerraformConfig;
  /** 'before': the state the plan starts from (for the coverage diff); default 'after'. */
  readonly side?: 'after' | 'before';
}

function changeOf(r: PlanResource): ChangeAction {
  const a = r.actions;
  if (!a) return 'no-op';
  if (a.includes('delete') && a.includes('create')) return 'replace';
  if (a.includes('delete')) return 'delete';
  if (a.includes('create')) return 'create';
  if (a.includes('update')) return 'update';
  if (a.includes('read')) return 'read';
  // `forget` removes the object from state but leaves it running in AWS: it still records.
  if (a.includes('no-op') || a.includes('forget')) return 'no-op';
  return 'unknown';
}

class PlanAdapter {
  readonly index: PlanIndex;
  readonly ctx: PlanContext;
  private readonly accountFact: Fact<string>;
  readonly notes: string[] = [];
  /** Sensitive values met while reading the plan; the report redacts them. */
  readonly secrets = new Set<string>();
  private readonly deferredChanges: Map<string, string>;
  /** From data.aws_organizations_organization, when the plan reads it. */
  private readonly organizationId: string | undefined;

  constructor(
    plan: Obj,
    private readonly opts: PlanAdapterOptions,
  ) {
    this.index = new PlanIndex(plan, opts.side ?? 'after');
    this.deferredChanges = opts.side === 'before' ? new Map() : this.deferred();
    // Root variables declared sensitive: their values can reach selectors through --terraform-dir.
    const conf = isObj(plan['configuration']) ? plan['configuration'] : {};
    const rootVars =
      isObj(conf['root_module']) && isObj(conf['root_module']['variables'])
        ? conf['root_module']['variables']
        : {};
    const values = isObj(plan['variables']) ? plan['variables'] : {};
    for (const [name, decl] of Object.entries(rootVars)) {
      const v = values[name];
      if (!isObj(decl) || decl['sensitive'] !== true || !isObj(v)) continue;
      const walk = (x: unknown): void => {
        if (typeof x === 'string') this.secrets.add(x);
        else if (Array.isArray(x)) x.forEach(walk);
        else if (isObj(x)) Object.values(x).forEach(walk);
      };
      walk(v['value']);
    }
    const ids = this.index.priorDataOfType('aws_caller_identity');
    const accounts = new Set(
      ids.flatMap((r) =>
        isObj(r.value) && typeof r.value['account_id'] === 'string' ? [r.value['account_id']] : [],
      ),
    );
    const parts = this.index
      .priorDataOfType('aws_partition')
      .flatMap((r) =>
        isObj(r.value) && typeof r.value['partition'] === 'string' ? [r.value['partition']] : [],
      );
    if (accounts.size === 0) {
      // Without data.aws_caller_identity, the ARNs the plan already knows (of resources that exist)
      // name the account the plan runs in; several accounts (assumed roles per provider) name none.
      for (const r of this.index.resources) {
        const arn = isObj(r.value) && typeof r.value['arn'] === 'string' ? r.value['arn'] : undefined;
        const acct = arn?.split(':')[4];
        if (acct && /^\d{12}$/.test(acct)) accounts.add(acct);
      }
    }
    const account = accounts.size === 1 ? [...accounts][0] : undefined;
    this.accountFact = account
      ? known(account)
      : unknown('after-apply', 'the plan reads no data.aws_caller_identity, so the account is not known');
    // data.aws_organizations_organization: the organization's ID and its management account.
    const orgs = this.index
      .priorDataOfType('aws_organizations_organization')
      .flatMap((r) => (isObj(r.value) ? [r.value] : []));
    const org = orgs.length === 1 ? orgs[0] : undefined;
    const orgId =
      org && typeof org['id'] === 'string' && /^o-[a-z0-9]+$/.test(org['id']) ? org['id'] : undefined;
    const mgmt =
      org && typeof org['master_account_id'] === 'string' && /^\d{12}$/.test(org['master_account_id'])
        ? org['master_account_id']
        : undefined;
    this.organizationId = orgId;
    const regionOf = (r: PlanResource) => this.regionOf(r);
    const anyRegion = this.index.defaultRegion();
    this.ctx = {
      ...(account ? { accountId: account } : {}),
      ...(mgmt ? { managementAccountId: mgmt } : {}),
      partition: parts[0] ?? (anyRegion ? partitionOfRegion(anyRegion) : 'aws'),
      region: regionOf,
    };
  }

  origin(r: PlanResource): Origin {
    return { source: 'terraform-plan', ref: r.address, file: this.opts.file, pointer: r.pointer };
  }

  /**
   * Region of a resource: its own `region` argument (AWS provider v6 and later), else the Region of
   * the provider configuration it uses.
   */
  regionOf(r: PlanResource): string | undefined {
    const n = root(r.value, r.unknownTree, r.sensitiveTree);
    const own = scalar(child(n, 'region'), isString);
    if (own.known && own.value) return own.value;
    const home = scalar(child(n, 'home_region'), isString);
    if (home.known && home.value) return home.value;
    const arn = scalar(child(n, 'arn'), isString);
    if (arn.known && arn.value) {
      const region = arn.value.split(':')[3];
      if (region) return region;
    }
    return this.index.providerRegion(r);
  }

  private regionFact(r: PlanResource): Fact<string> {
    const region = this.regionOf(r);
    return region
      ? known(region)
      : unknown('after-apply', `Region of ${r.address}: the provider's region is not a constant in the plan`);
  }

  /** References named in the configuration for an attribute, to say what an unknown value waits for. */
  /** The references the plan's configuration lists for an attribute (subjects left out when longer ones are there). */
  private references(r: PlanResource, attrPath: readonly string[]): string[] {
    // Block expressions are arrays in source order (and sets are in another order in `after`), so
    // gather the references of the attribute from every block element on the path.
    let level: unknown[] = [this.index.configOf(r)?.['expressions']];
    for (const k of attrPath) {
      level = level
        .flatMap((e) => (Array.isArray(e) ? e : [e]))
        .flatMap((e) => (isObj(e) && k in e ? [e[k]] : []));
    }
    const refs = level.flatMap((e) =>
      isObj(e) && Array.isArray(e['references']) ? e['references'].map(String) : [],
    );
    // References are listed longest first, then their subjects (`aws_s3_bucket.b.arn`, `aws_s3_bucket.b`).
    return [...new Set(refs)].filter((x, _i, all) => !all.some((y) => y !== x && y.startsWith(x + '.')));
  }

  private referencesHint(r: PlanResource, attrPath: readonly string[]): string {
    const uniq = this.references(r, attrPath);
    return uniq.length
      ? `depends on ${uniq.join(', ')}, known only after apply`
      : 'is known only after apply';
  }

  /**
   * A block on the path that the plan's configuration leaves out while the planned value has it: a
   * `dynamic` block (Terraform does not write their expressions, terraform-plan-json reference §4.3).
   */
  private dynamicBlockOn(r: PlanResource, blockPath: readonly string[]): string | undefined {
    const body = this.hclBody(r);
    if (body && isObj(body['dynamic']) && blockPath[0] && blockPath[0] in body['dynamic'])
      return blockPath[0];
    // An event data store's selectors are Optional+Computed: left out, AWS's default fills them, so a
    // block missing from the configuration is not necessarily a dynamic one there.
    if (r.type === 'aws_cloudtrail_event_data_store') return undefined;
    let level: unknown[] = [this.index.configOf(r)?.['expressions']];
    if (!isObj(level[0])) return undefined;
    for (const k of blockPath) {
      const els = level.flatMap((e) => (Array.isArray(e) ? e : [e])).filter(isObj);
      if (!els.length) return undefined;
      if (els.every((e) => !(k in e))) return k;
      level = els.flatMap((e) => (k in e ? [e[k]] : []));
    }
    return undefined;
  }

  /** What kept the value at `hintPath` unknown: the source's construct (terraform-dir), else the plan's references. */
  private constructOf(
    r: PlanResource,
    hintPath: readonly string[],
    hclExpr: unknown,
  ): UnknownConstruct | undefined {
    const dyn = this.dynamicBlockOn(r, hintPath.slice(0, -1));
    if (dyn) return { kind: 'dynamic-block', name: dyn };
    if (this.opts.config && hclExpr !== undefined) {
      const v = evaluateExpression(hclExpr, planScope(this.index, this.opts.config, r, this.ctx));
      const c = v.known ? undefined : constructOfEvaluation(hclExpr, v.detail);
      if (c) return c;
    }
    return constructOfReferences(this.references(r, hintPath));
  }

  private unknownDetail(
    r: PlanResource,
    n: Node,
    hintPath: readonly string[],
    hclExpr?: unknown,
  ): { detail: string; construct?: UnknownConstruct } {
    const how = this.opts.config
      ? 'and could not be evaluated from --terraform-dir'
      : '(pass --terraform-dir to evaluate it from the Terraform source)';
    const c = this.constructOf(r, hintPath, hclExpr);
    const from = c && !namesItself(c) ? `, from ${describeConstruct(c)},` : '';
    return {
      detail: `${r.address}.${pathText(n.path)} ${this.referencesHint(r, hintPath)}${from} ${how}`,
      ...(c ? { construct: c } : {}),
    };
  }

  /** Evaluate an HCL expression for resource r, if --terraform-dir gave us the source. */
  private evalHcl(r: PlanResource, expr: unknown): Str | undefined {
    if (!this.opts.config || expr === undefined) return undefined;
    const v = evaluateExpression(expr, planScope(this.index, this.opts.config, r, this.ctx));
    if (v.known && typeof v.value === 'string') return { known: true, value: v.value };
    return undefined;
  }

  private hclBody(r: PlanResource): Obj | undefined {
    return this.opts.config?.resource(moduleCallPath(r.moduleAddress), r.mode, r.type, r.name)?.body;
  }

  private strList(
    r: PlanResource,
    n: Node,
    hintPath: readonly string[],
    hclList: unknown,
  ): Fact<readonly Str[]> | undefined {
    const els = elements(n);
    if (els === 'absent') return undefined;
    if (els === 'unknown') {
      const all = Array.isArray(hclList) ? hclList.map((e) => this.evalHcl(r, e)) : [];
      if (all.length > 0 && all.every((x) => x !== undefined)) return known(all as Str[]);
      const why = this.unknownDetail(r, n, hintPath, hclList);
      return unknown('after-apply', why.detail, why.construct);
    }
    return known(
      els.map((e, i): Str => {
        if (isUnknown(e)) {
          const h = Array.isArray(hclList) ? this.evalHcl(r, hclList[i]) : undefined;
          return (
            h ?? {
              known: false,
              ...this.unknownDetail(r, e, hintPath, Array.isArray(hclList) ? hclList[i] : hclList),
            }
          );
        }
        if (typeof e.value !== 'string')
          return { known: false, detail: `${r.address}.${pathText(e.path)} is not a string` };
        if (e.sensitive === true) {
          this.secrets.add(e.value);
          return { known: true, value: e.value, sensitive: true };
        }
        return { known: true, value: e.value };
      }),
    );
  }

  /**
   * A resource known only from planned_values (no resource_changes entry, e.g. a plan stripped with jq):
   * Terraform leaves values known only after apply out of planned_values, so an absent attribute cannot
   * be told from an unknown one (terraform-plan-json reference). Null is written, and stays a null.
   */
  private absentUnknown(r: PlanResource, attr: string): Fact<never> | undefined {
    if (r.actions !== undefined || !isObj(r.value) || attr in r.value) return undefined;
    return unknown(
      'after-apply',
      `${r.address}.${attr} is absent from planned_values and the plan has no resource_changes entry for it, so it may be known only after apply`,
    );
  }

  private boolFact(r: PlanResource, attr: string, def: boolean): Fact<boolean> {
    const absent = this.absentUnknown(r, attr);
    if (absent) return absent;
    const s = scalar(child(root(r.value, r.unknownTree, r.sensitiveTree), attr), isBool);
    if (!s.known) return unknown('after-apply', `${r.address}.${attr} is known only after apply`);
    return s.value === null ? known(def, true) : known(s.value);
  }

  private strFact(r: PlanResource, attr: string): Fact<string | null> {
    const s = this.absentUnknown(r, attr)
      ? ({ known: false } as const)
      : scalar(child(root(r.value, r.unknownTree, r.sensitiveTree), attr), isString);
    if (!s.known) {
      const d = derivedAttribute(r, attr, this.ctx);
      if (d !== undefined) return known(d);
      const h = this.evalHcl(r, this.hclBody(r)?.[attr]);
      if (h?.known) return known(h.value);
      return unknown('after-apply', `${r.address}.${attr} ${this.referencesHint(r, [attr])}`);
    }
    if (s.sensitive && s.value) this.secrets.add(s.value);
    return known(s.value);
  }

  private fieldSelectors(r: PlanResource, n: Node, hclSel: Obj | undefined): Fact<readonly FieldSelector[]> {
    const els = elements(n);
    if (els === 'unknown') {
      const dyn = this.dynamicBlockOn(r, ['advanced_event_selector', 'field_selector']);
      return dyn
        ? unknown(
            'after-apply',
            `${r.address}.${pathText(n.path)} is known only after apply, from a dynamic "${dyn}" block`,
            { kind: 'dynamic-block', name: dyn },
          )
        : unknown('after-apply', `${r.address}.${pathText(n.path)} is known only after apply`);
    }
    if (els === 'absent') return known([]);
    const hclFs = blockList(hclSel, 'field_selector');
    return known(
      els.map((fsNode): FieldSelector => {
        const f = scalar(child(fsNode, 'field'), isString);
        let field: Fact<string>;
        if (f.known && f.value) field = known(f.value);
        else
          field = unknown(
            'after-apply',
            `${r.address}.${pathText(fsNode.path)}.field is known only after apply`,
          );
        // field_selector is a set: elements are in set order, not source order. Pair with the source block
        // of the same field whose operators and literal values fit; when more than one fits (two
        // resources.ARN blocks of the same shape), the pairing is ambiguous and nothing is evaluated.
        const src = f.known && f.value ? this.pairFieldSelector(fsNode, f.value, hclFs) : undefined;
        const operators: Partial<Record<AdvancedOperator, Fact<readonly Str[]>>> = {};
        for (const [op, attr] of OPERATOR_ATTRS) {
          const l = this.strList(
            r,
            child(fsNode, attr),
            ['advanced_event_selector', 'field_selector', attr],
            src?.[attr],
          );
          if (l) operators[op] = l;
        }
        return { field, operators };
      }),
    );
  }

  private pairFieldSelector(fsNode: Node, field: string, hclFs: readonly Obj[]): Obj | undefined {
    const same = hclFs.filter((h) => h['field'] === field);
    if (same.length <= 1) return same[0];
    const fits = same.filter((h) =>
      OPERATOR_ATTRS.every(([, attr]) => {
        const els = elements(child(fsNode, attr));
        const src = h[attr];
        if (els === 'absent') return src === undefined || src === null;
        if (!Array.isArray(src)) return els === 'unknown' && src !== undefined && src !== null;
        if (els === 'unknown') return true;
        if (els.length !== src.length) return false;
        return els.every((e, i) => {
          const lit = typeof src[i] === 'string' && !(src[i] as string).includes('${') ? src[i] : undefined;
          if (isUnknown(e)) return lit === undefined; // a literal is never known only after apply
          return lit === undefined || lit === e.value;
        });
      }),
    );
    return fits.length === 1 ? fits[0] : undefined;
  }

  private selectorSet(r: PlanResource): Fact<SelectorSet> {
    const n = root(r.value, r.unknownTree, r.sensitiveTree);
    const body = this.hclBody(r);
    const advNode = child(n, 'advanced_event_selector');
    const adv = elements(advNode);
    const basic = r.type === 'aws_cloudtrail' ? elements(child(n, 'event_selector')) : 'absent';
    if (adv === 'unknown' && r.type === 'aws_cloudtrail_event_data_store') {
      // Optional+Computed: left out of the configuration, AWS applies its default selector, which
      // records management events only (terraform-provider-aws docs, aws_cloudtrail_event_data_store).
      const cfg = this.index.configOf(r);
      const written =
        (cfg && isObj(cfg['expressions']) && 'advanced_event_selector' in cfg['expressions']) ||
        (body && ('advanced_event_selector' in body || isObj(body['dynamic'])));
      if (cfg && !written) return known({ kind: 'none' }, true);
    }
    if (
      r.actions === undefined &&
      isObj(r.value) &&
      !('advanced_event_selector' in r.value) &&
      !(r.type === 'aws_cloudtrail' && 'event_selector' in r.value)
    )
      return unknown(
        'after-apply',
        `${r.address}: its selectors are absent from planned_values and the plan has no resource_changes entry for it`,
      );
    if (adv === 'unknown' || basic === 'unknown') {
      const block = adv === 'unknown' ? 'advanced_event_selector' : 'event_selector';
      const dyn = this.dynamicBlockOn(r, [block]);
      return dyn
        ? unknown(
            'after-apply',
            `${r.address}: ${block} is known only after apply, from a dynamic "${dyn}" block over values known only after apply`,
            { kind: 'dynamic-block', name: dyn },
          )
        : unknown(
            'after-apply',
            `${r.address}: ${block} is known only after apply (a dynamic block over unknown values?)`,
          );
    }
    const hclAdv = body && !isObj(body['dynamic']) ? blockList(body, 'advanced_event_selector') : [];
    const hclBasic = body && !isObj(body['dynamic']) ? blockList(body, 'event_selector') : [];
    const advanced: AdvancedEventSelector[] = (adv === 'absent' ? [] : adv).map((s, i) => {
      const name = scalar(child(s, 'name'), isString);
      return {
        ...(name.known && name.value ? { name: name.value } : {}),
        fieldSelectors: this.fieldSelectors(r, child(s, 'field_selector'), hclAdv[i]),
      };
    });
    const basics: BasicEventSelector[] = (basic === 'absent' ? [] : basic).map((s, i) => {
      const rw = scalar(child(s, 'read_write_type'), isString);
      const readWriteType: BasicEventSelector['readWriteType'] = !rw.known
        ? unknown('after-apply', `${r.address}.${pathText(s.path)}.read_write_type is known only after apply`)
        : rw.value === null
          ? known('All', true) // API and provider default
          : known(rw.value as 'All');
      const drs = elements(child(s, 'data_resource'));
      const hclDr = blockList(hclBasic[i], 'data_resource');
      const dataResources: Fact<readonly DataResource[]> =
        drs === 'unknown'
          ? unknown('after-apply', `${r.address}.${pathText(s.path)}.data_resource is known only after apply`)
          : known(
              (drs === 'absent' ? [] : drs).map((d, j): DataResource => {
                const t = scalar(child(d, 'type'), isString);
                return {
                  type:
                    t.known && t.value
                      ? known(t.value)
                      : unknown(
                          'after-apply',
                          `${r.address}.${pathText(d.path)}.type is known only after apply`,
                        ),
                  values:
                    this.strList(
                      r,
                      child(d, 'values'),
                      ['event_selector', 'data_resource', 'values'],
                      hclDr[j]?.['values'],
                    ) ?? known([]),
                };
              }),
            );
      return { readWriteType, dataResources };
    });
    if (advanced.length > 0 && basics.length > 0) return known({ kind: 'conflict', basic: basics, advanced });
    if (advanced.length > 0) return known({ kind: 'advanced', selectors: advanced });
    if (basics.length > 0) return known({ kind: 'basic', selectors: basics });
    return known({ kind: 'none' });
  }

  /** Addresses whose change Terraform deferred (1.9+ `deferred_changes`): their planned state is not known. */
  private deferred(): Map<string, string> {
    const out = new Map<string, string>();
    const list = this.index.plan['deferred_changes'];
    for (const d of Array.isArray(list) ? list : []) {
      const rc = isObj(d) && isObj(d['resource_change']) ? d['resource_change'] : undefined;
      if (rc && typeof rc['address'] === 'string')
        out.set(rc['address'], String(isObj(d) ? d['reason'] : 'deferred'));
    }
    return out;
  }

  private recorder(r: PlanResource): Recorder {
    const isTrail = r.type === 'aws_cloudtrail';
    const name = this.strFact(r, 'name');
    const arn = this.strFact(r, 'arn');
    const home = this.regionFact(r);
    const partition = home.known ? partitionOfRegion(home.value) : this.ctx.partition;
    const organization = isTrail
      ? this.boolFact(r, 'is_organization_trail', false)
      : this.boolFact(r, 'organization_enabled', false);
    let accountId = this.accountFact;
    if (arn.known && arn.value) accountId = known(arn.value.split(':')[4] ?? '');
    else if (isTrail && organization.known && organization.value)
      // The management account owns an organization trail, also one a delegated administrator creates.
      accountId = this.ctx.managementAccountId
        ? known(this.ctx.managementAccountId)
        : unknown(
            'after-apply',
            `${r.address} is an organization trail: it belongs to the organization's management account, which the plan does not name (read data.aws_organizations_organization)`,
          );
    let logging: Fact<boolean>;
    let loggingDetail: string | undefined;
    if (isTrail) {
      // enable_logging defaults to true (terraform-provider-aws, aws_cloudtrail).
      logging = this.boolFact(r, 'enable_logging', true);
      loggingDetail = 'enable_logging = false (the trail is stopped and records nothing)';
    } else {
      // `suspend = "true"` stops ingestion (StopEventDataStoreIngestion); the default is ingesting.
      const s = this.absentUnknown(r, 'suspend')
        ? ({ known: false } as const)
        : scalar(child(root(r.value, r.unknownTree, r.sensitiveTree), 'suspend'), isString);
      logging = !s.known
        ? unknown('after-apply', `${r.address}.suspend is known only after apply`)
        : known(s.value !== 'true', s.value === null);
      loggingDetail = 'suspend = "true" (ingestion stopped)';
    }
    const orEmpty = (f: Fact<string | null>): Fact<string> =>
      f.known ? known(f.value ?? '') : unknown(f.reason, f.detail);
    const base: Omit<EventDataStore, 'kind'> = {
      id: r.address,
      origin: this.origin(r),
      name: orEmpty(name),
      arn: orEmpty(arn),
      partition: known(partition),
      accountId,
      homeRegion: home,
      // CreateTrail: IsMultiRegionTrail defaults to false; an event data store is multi-Region by default.
      multiRegion: isTrail
        ? this.boolFact(r, 'is_multi_region_trail', false)
        : this.boolFact(r, 'multi_region_enabled', true),
      organization,
      ...(organization.known && organization.value && this.organizationId
        ? { organizationId: known(this.organizationId) }
        : {}),
      logging,
      loggingDetail,
      selectors: this.deferredChanges.has(r.address)
        ? unknown(
            'after-apply',
            `${r.address}: Terraform deferred its change (${this.deferredChanges.get(r.address)})`,
            // instance_count_unknown: count or for_each of it (or of its module) is known only after apply.
            this.deferredChanges.get(r.address) === 'instance_count_unknown'
              ? { kind: 'count-for-each', name: r.address.replace(/\[[^\]]*\]$/, '') }
              : undefined,
          )
        : this.selectorSet(r),
      change: changeOf(r),
      ...(isObj(r.before) && typeof r.before['arn'] === 'string' && r.before['arn']
        ? { priorArn: r.before['arn'] }
        : {}),
    };
    if (!isTrail) return { kind: 'event-data-store', ...base };
    const kmsKeyId = this.strFact(r, 'kms_key_id');
    const kmsKey = this.kmsKeyOf(r, kmsKeyId);
    const cwRole = this.strFact(r, 'cloud_watch_logs_role_arn');
    const cwRoleResource = this.cloudWatchLogsRoleOf(r, cwRole);
    return {
      kind: 'trail',
      ...base,
      logBucket: orEmpty(this.bucketNameAttr(r, 's3_bucket_name')),
      logPrefix: this.strFact(r, 's3_key_prefix'),
      kmsKeyId,
      ...(kmsKey ? { kmsKey } : {}),
      logFileValidation: this.boolFact(r, 'enable_log_file_validation', false),
      cloudWatchLogsGroupArn: this.strFact(r, 'cloud_watch_logs_group_arn'),
      cloudWatchLogsRoleArn: cwRole,
      ...(cwRoleResource ? { cloudWatchLogsRole: this.iamRole(cwRoleResource) } : {}),
    };
  }

  /**
   * The aws_kms_key of a trail's kms_key_id, when it is in the plan: referenced (`aws_kms_key.k.arn`),
   * through an aws_kms_alias of the plan, or named by its known ARN, key ID or alias.
   */
  private kmsKeyOf(r: PlanResource, keyId: Fact<string | null>): KmsKey | undefined {
    if (keyId.known && !keyId.value) return undefined;
    const live = (x: PlanResource) => changeOf(x) !== 'delete';
    const keys = this.index.ofType('aws_kms_key').filter(live);
    const names = (k: PlanResource) =>
      isObj(k.value) ? [k.value['arn'], k.value['key_id'], k.value['id']] : [];
    let key = keys.find((k) => this.pointsAt(r, 'kms_key_id', k, names(k)));
    if (!key)
      for (const alias of this.index.ofType('aws_kms_alias').filter(live)) {
        const a = isObj(alias.value) ? alias.value : {};
        if (!this.pointsAt(r, 'kms_key_id', alias, [a['arn'], a['name']])) continue;
        key = keys.find((k) => this.pointsAt(alias, 'target_key_id', k, names(k)));
        if (key) break;
      }
    if (!key) return undefined;
    // aws_kms_key_policy replaces the key's policy; without either, AWS applies the default key policy.
    const separate = this.index
      .ofType('aws_kms_key_policy')
      .filter(live)
      .find((p) => this.pointsAt(p, 'key_id', key, names(key)));
    const written = (x: PlanResource, attr: string) => {
      const e = this.index.configOf(x)?.['expressions'];
      return (isObj(e) && attr in e) || this.hclBody(x)?.[attr] !== undefined;
    };
    const own = this.policyDocument(key);
    const policy: BucketPolicy = separate
      ? { origin: this.origin(separate), document: this.policyDocument(separate) }
      : {
          origin: this.origin(key),
          // `policy` is Optional+Computed: unknown on create when unset, and then AWS's default key policy.
          document:
            !own.known && changeOf(key) === 'create' && !written(key, 'policy') ? known(null, true) : own,
        };
    return {
      origin: this.origin(key),
      policy,
      enabled: this.boolFact(key, 'is_enabled', true),
      region: this.regionFact(key),
    };
  }

  /** Whether attribute `attr` of r names `target`: by a reference to it, or by one of its known names. */
  private pointsAt(r: PlanResource, attr: string, target: PlanResource, names: readonly unknown[]): boolean {
    const v = isObj(r.value) ? r.value[attr] : undefined;
    if (typeof v === 'string' && v) return names.includes(v);
    const prefix = r.moduleAddress ? `${r.moduleAddress}.` : '';
    return this.refsOf(r, attr).some((ref) => {
      // `aws_iam_role.x.name`, `aws_iam_role.x[0].id`: the subject is the reference less its attribute.
      const subject = ref.replace(/\.[a-z_]+$/, '');
      return prefix + subject === target.address || prefix + ref === target.address;
    });
  }

  /** The aws_iam_role a trail's cloud_watch_logs_role_arn names, when it is in the plan. */
  private cloudWatchLogsRoleOf(r: PlanResource, roleArn: Fact<string | null>): PlanResource | undefined {
    if (roleArn.known && !roleArn.value) return undefined;
    const roles = this.index.ofType('aws_iam_role').filter((x) => changeOf(x) !== 'delete');
    return roles.find((role) =>
      this.pointsAt(r, 'cloud_watch_logs_role_arn', role, [
        isObj(role.value) ? role.value['arn'] : undefined,
        derivedAttribute(role, 'arn', this.ctx),
      ]),
    );
  }

  /**
   * A role with the policies the plan gives it: its trust policy (assume_role_policy), inline policies
   * (aws_iam_role_policy, inline_policy blocks) and attached ones (aws_iam_role_policy_attachment of an
   * aws_iam_policy of the plan). An attachment of a policy the plan does not hold (an AWS managed
   * policy, one made elsewhere) is listed as unread.
   */
  private iamRole(role: PlanResource): IamRole {
    const v = isObj(role.value) ? role.value : {};
    const names = [v['name'], v['id'], v['arn'], derivedAttribute(role, 'arn', this.ctx)];
    const policies: BucketPolicy[] = [];
    const unread: string[] = [];
    const written = (attr: string) => {
      const e = this.index.configOf(role)?.['expressions'];
      return (isObj(e) && attr in e) || this.hclBody(role)?.[attr] !== undefined;
    };
    // inline_policy and managed_policy_arns are Optional+Computed: unknown on create even when unset.
    const n = root(role.value, role.unknownTree, role.sensitiveTree);
    if (written('inline_policy')) {
      const inl = elements(child(n, 'inline_policy'));
      if (inl === 'unknown') unread.push(`${role.address}.inline_policy (known only after apply)`);
      else if (inl !== 'absent')
        for (const b of inl) {
          const p = scalar(child(b, 'policy'), isString);
          if (!p.known) unread.push(`${role.address}.inline_policy (known only after apply)`);
          else if (p.value) {
            let doc: Fact<unknown | null>;
            try {
              doc = known(JSON.parse(p.value));
            } catch {
              doc = unknown('unparseable', `${role.address}.inline_policy is not valid JSON`);
            }
            policies.push({ origin: this.origin(role), document: doc });
          }
        }
    }
    if (written('managed_policy_arns'))
      unread.push(`${role.address}.managed_policy_arns (not read; use aws_iam_role_policy_attachment)`);
    const live = (x: PlanResource) => changeOf(x) !== 'delete';
    for (const rp of this.index.ofType('aws_iam_role_policy').filter(live))
      if (this.pointsAt(rp, 'role', role, names))
        policies.push({ origin: this.origin(rp), document: this.policyDocument(rp) });
    const managed = this.index.ofType('aws_iam_policy').filter(live);
    for (const at of this.index.ofType('aws_iam_role_policy_attachment').filter(live)) {
      if (!this.pointsAt(at, 'role', role, names)) continue;
      const pol = managed.find((p) =>
        this.pointsAt(at, 'policy_arn', p, [isObj(p.value) ? p.value['arn'] : undefined]),
      );
      if (pol) policies.push({ origin: this.origin(pol), document: this.policyDocument(pol) });
      else {
        const arn = isObj(at.value) ? at.value['policy_arn'] : undefined;
        unread.push(typeof arn === 'string' ? arn : `the policy_arn of ${at.address}`);
      }
    }
    return {
      origin: this.origin(role),
      trustPolicy: { origin: this.origin(role), document: this.policyDocument(role, 'assume_role_policy') },
      policies,
      unread,
    };
  }

  /** `references` of an attribute in the configuration of r. */
  private refsOf(r: PlanResource, attr: string): string[] {
    const e = this.index.configOf(r)?.['expressions'];
    const x = isObj(e) ? e[attr] : undefined;
    return isObj(x) && Array.isArray(x['references']) ? x['references'].map(String) : [];
  }

  /**
   * A bucket-name argument (`bucket`, `s3_bucket_name`). When the plan knows it only after apply:
   * evaluated from --terraform-dir, else read through the reference to one aws_s3_bucket
   * (`aws_s3_bucket.logs.id` / `.bucket`), whose name the plan knows. The inference assumes the
   * argument is that reference itself, as it is in practice; with --terraform-dir it is exact.
   */
  private bucketNameAttr(r: PlanResource, attr: string): Fact<string | null> {
    const f = this.strFact(r, attr);
    if (f.known || this.opts.config) return f;
    const subjects = new Set(
      this.refsOf(r, attr)
        .map((x) => /^(aws_s3_bucket\.[A-Za-z0-9_-]+)(\[[^\]]+\])?(\.(id|bucket))?$/.exec(x))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => m[1] as string),
    );
    if (subjects.size !== 1) return f;
    const [type, name] = ([...subjects][0] as string).split('.') as [string, string];
    // With count or for_each the reference does not say which instance (`logs[count.index]`): unknown.
    const instances = this.index
      .ofType(type)
      .filter((x) => x.moduleAddress === r.moduleAddress && x.name === name);
    if (instances.length !== 1 || instances[0]?.index !== undefined) return f;
    const target = instances[0];
    const n = target ? derivedAttribute(target, 'bucket', this.ctx) : undefined;
    return n ? known(n, true) : f;
  }

  private strings(n: Node, hcl: unknown, r: PlanResource): unknown[] | undefined {
    const els = elements(n);
    if (els === 'absent') return undefined;
    const fromHcl = () => {
      if (!Array.isArray(hcl)) return undefined;
      const vals = hcl.map((e) => this.evalHcl(r, e));
      return vals.every((v) => v?.known) ? vals.map((v) => (v as { value: string }).value) : undefined;
    };
    if (els === 'unknown')
      return fromHcl() ?? [{ [UNKNOWN_MARK]: `${r.address}.${pathText(n.path)} is known only after apply` }];
    if (els.some(isUnknown)) {
      const h = fromHcl();
      if (h) return h;
    }
    return els.map((e) =>
      isUnknown(e) || typeof e.value !== 'string'
        ? {
            [UNKNOWN_MARK]: `${r.address}.${pathText(e.path)} is known only after apply${this.opts.config ? '' : ' (pass --terraform-dir to evaluate it)'}`,
          }
        : e.value,
    );
  }

  /**
   * The JSON of a data.aws_iam_policy_document whose read is deferred to apply, rebuilt from its
   * planned arguments (terraform-plan-json reference §5). Values still unknown are marked.
   */
  private documentFromDataSource(ds: PlanResource): Fact<unknown | null> {
    const n = root(ds.value, ds.unknownTree, ds.sensitiveTree);
    for (const extra of [
      'source_policy_documents',
      'override_policy_documents',
      'source_json',
      'override_json',
    ]) {
      const e = child(n, extra);
      if (isUnknown(e) || (Array.isArray(e.value) && e.value.length) || typeof e.value === 'string')
        return unknown('after-apply', `${ds.address} merges other documents (${extra}); not evaluated`);
    }
    const sts = elements(child(n, 'statement'));
    if (sts === 'unknown') return unknown('after-apply', `${ds.address}.statement is known only after apply`);
    const body = this.hclBody(ds);
    const hclSts = body && !isObj(body['dynamic']) ? blockList(body, 'statement') : [];
    const statements = (sts === 'absent' ? [] : sts).map((st, i) => {
      const h = hclSts[i];
      const out: Record<string, unknown> = {};
      const sid = scalar(child(st, 'sid'), isString);
      if (sid.known && sid.value) out['Sid'] = sid.value;
      const eff = scalar(child(st, 'effect'), isString);
      out['Effect'] = !eff.known ? { [UNKNOWN_MARK]: 'effect unknown' } : (eff.value ?? 'Allow');
      for (const [attr, key] of [
        ['actions', 'Action'],
        ['not_actions', 'NotAction'],
        ['resources', 'Resource'],
        ['not_resources', 'NotResource'],
      ] as const) {
        const v = this.strings(child(st, attr), h?.[attr], ds);
        if (v && v.length) out[key] = v;
      }
      for (const [attr, key] of [
        ['principals', 'Principal'],
        ['not_principals', 'NotPrincipal'],
      ] as const) {
        const ps = elements(child(st, attr));
        if (ps === 'absent' || (Array.isArray(ps) && ps.length === 0)) continue;
        if (ps === 'unknown') {
          out[key] = { [UNKNOWN_MARK]: `${ds.address} ${attr} known only after apply` };
          continue;
        }
        const principal: Record<string, unknown[]> = Object.create(null);
        for (const p of ps) {
          const type = scalar(child(p, 'type'), isString);
          if (!type.known || !type.value) {
            // Who the statement is for is unknown: it may be everyone.
            out[key] = { [UNKNOWN_MARK]: `${ds.address} ${attr} type known only after apply` };
            break;
          }
          const t = type.value;
          // principals is a set: pair with the source by type, and only when that type is written once.
          const same = blockList(h, attr).filter((b) => b['type'] === t);
          const src = same.length === 1 ? same[0] : undefined;
          const ids = this.strings(child(p, 'identifiers'), src?.['identifiers'], ds) ?? [];
          if (t === '*') out[key] = '*';
          else principal[t] = [...(principal[t] ?? []), ...ids];
        }
        if (out[key] === undefined) out[key] = principal;
      }
      const conds = elements(child(st, 'condition'));
      if (conds === 'unknown')
        out['Condition'] = { [UNKNOWN_MARK]: `${ds.address} condition known only after apply` };
      else if (conds !== 'absent' && conds.length) {
        // Prototype-free: a test named "__proto__" or "constructor" must stay a condition of its own.
        const c: Record<string, Record<string, unknown[]>> = Object.create(null);
        for (const cn of conds) {
          const test = scalar(child(cn, 'test'), isString);
          const variable = scalar(child(cn, 'variable'), isString);
          if (!test.known || !variable.known || !test.value || !variable.value) {
            out['Condition'] = {
              [UNKNOWN_MARK]: `${ds.address} condition test/variable known only after apply`,
            };
            break;
          }
          const src = blockList(h, 'condition').find(
            (b) => b['test'] === test.value && b['variable'] === variable.value,
          );
          const values = this.strings(child(cn, 'values'), src?.['values'], ds) ?? [];
          const block: Record<string, unknown[]> = c[test.value] ?? Object.create(null);
          block[variable.value] = values;
          c[test.value] = block;
        }
        if (!out['Condition']) out['Condition'] = c;
      }
      return out;
    });
    return known({ Version: '2012-10-17', Statement: statements });
  }

  /** The document of an aws_s3_bucket_policy: its known JSON, or the policy document it is built from. */
  private policyDocument(r: PlanResource, attr = 'policy'): Fact<unknown | null> {
    const parse = (text: string, from: string): Fact<unknown | null> => {
      try {
        return known(JSON.parse(text));
      } catch {
        return unknown('unparseable', `${from} is not valid JSON`);
      }
    };
    const pol = this.strFact(r, attr);
    if (pol.known) return pol.value ? parse(pol.value, `${r.address}.${attr}`) : known(null);
    const ref = this.refsOf(r, attr)
      .map((x) => /^data\.aws_iam_policy_document\.([A-Za-z0-9_-]+)(\[([^\]]+)\])?/.exec(x))
      .find((m): m is RegExpExecArray => m !== null);
    if (!ref) return unknown('after-apply', pol.detail);
    const idx = ref[3] === undefined ? undefined : /^\d+$/.test(ref[3]) ? Number(ref[3]) : JSON.parse(ref[3]);
    const ds = this.index.find(r.moduleAddress, 'data', 'aws_iam_policy_document', ref[1] as string, idx);
    if (!ds)
      return unknown(
        'after-apply',
        `${pol.detail}; data.aws_iam_policy_document.${ref[1]} is not in the plan`,
      );
    const json = scalar(child(root(ds.value, ds.unknownTree, ds.sensitiveTree), 'json'), isString);
    if (json.known && json.value) return parse(json.value, `${ds.address}.json`);
    return this.documentFromDataSource(ds);
  }

  /**
   * The aws_s3_bucket_policy resources by bucket. One the plan deletes leaves the bucket without a policy
   * once applied (DeleteBucketPolicy), whatever the bucket's refreshed `policy` attribute still shows.
   */
  private bucketPolicies(): Map<string, BucketPolicy> {
    const out = new Map<string, BucketPolicy>();
    const deleted = new Map<string, BucketPolicy>();
    for (const r of this.index.ofType('aws_s3_bucket_policy')) {
      const bucket = this.bucketNameAttr(r, 'bucket');
      if (!bucket.known || !bucket.value) {
        if (changeOf(r) !== 'delete')
          this.notes.push(
            `${r.address}: the bucket it applies to is known only after apply; its policy is not checked`,
          );
        continue;
      }
      if (changeOf(r) === 'delete')
        deleted.set(bucket.value, {
          origin: this.origin(r),
          document: known(null),
          managed: true,
          why: `this plan deletes ${r.address}`,
        });
      else out.set(bucket.value, { origin: this.origin(r), document: this.policyDocument(r), managed: true });
    }
    for (const [b, p] of deleted) if (!out.has(b)) out.set(b, p);
    return out;
  }

  /** Buckets with Requester Pays by aws_s3_bucket_request_payment_configuration (payer = Requester). */
  private requestPayers(): Map<string, Fact<boolean>> {
    const out = new Map<string, Fact<boolean>>();
    for (const r of this.index.ofType('aws_s3_bucket_request_payment_configuration')) {
      if (changeOf(r) === 'delete') continue;
      const bucket = this.bucketNameAttr(r, 'bucket');
      if (!bucket.known || !bucket.value) continue;
      const payer = this.strFact(r, 'payer');
      out.set(
        bucket.value,
        payer.known ? known(payer.value === 'Requester') : unknown('after-apply', payer.detail),
      );
    }
    return out;
  }

  /**
   * Server access logging per bucket name, from aws_s3_bucket_logging (provider v4 and later). A target
   * bucket exists when it is a bucket of the plan that the plan does not delete; one outside the plan is
   * unknown.
   */
  private accessLogging(): Map<string, Fact<ServerAccessLogging | null>> {
    const out = new Map<string, Fact<ServerAccessLogging | null>>();
    // The plan's buckets by name, built for the first aws_s3_bucket_logging only: a plan without one
    // (most) would read every bucket's name twice (issue 12).
    let planned: Map<string, PlanResource> | undefined;
    for (const r of this.index.ofType('aws_s3_bucket_logging')) {
      if (changeOf(r) === 'delete') continue;
      if (!planned) {
        planned = new Map();
        for (const b of this.index.ofType('aws_s3_bucket')) {
          const n = this.strFact(b, 'bucket');
          if (n.known && n.value) planned.set(n.value, b);
        }
      }
      const bucket = this.bucketNameAttr(r, 'bucket');
      if (!bucket.known || !bucket.value) continue;
      const target = this.bucketNameAttr(r, 'target_bucket');
      const prefix = this.strFact(r, 'target_prefix');
      if (!target.known || !prefix.known) {
        out.set(
          bucket.value,
          unknown(
            'after-apply',
            `${r.address}: ${!target.known ? target.detail : prefix.known ? '' : prefix.detail}`,
          ),
        );
        continue;
      }
      const t = target.value ?? '';
      const tr = planned.get(t);
      out.set(
        bucket.value,
        known({
          targetBucket: t,
          targetPrefix: prefix.value ?? '',
          targetExists: tr
            ? known(changeOf(tr) !== 'delete')
            : unknown(
                'not-collected',
                `target bucket ${t} is not in the plan, so its existence cannot be checked`,
              ),
          ref: r.address,
        }),
      );
    }
    if (!planned)
      // Reading a sensitive name records it as a secret, in this order, as the full pass did.
      for (const b of this.index.ofType('aws_s3_bucket')) {
        const t = b.sensitiveTree;
        if (t === true || (t !== null && typeof t === 'object' && (t as Obj)['bucket'] === true))
          this.strFact(b, 'bucket');
      }
    return out;
  }

  /**
   * Without aws_s3_bucket_logging: the bucket's own `logging` block (an argument before provider v4, read
   * back from AWS since). None: logging is off; on a bucket the plan creates, unknown means unset.
   */
  private inlineLogging(r: PlanResource): Fact<ServerAccessLogging | null> {
    const els = elements(child(root(r.value, r.unknownTree, r.sensitiveTree), 'logging'));
    if (els === 'unknown')
      return changeOf(r) === 'create'
        ? known(null, true)
        : unknown('after-apply', `${r.address}.logging is known only after apply`);
    if (els === 'absent' || els.length === 0) return known(null, true);
    const first = els[0]!;
    const t = scalar(child(first, 'target_bucket'), isString);
    const p = scalar(child(first, 'target_prefix'), isString);
    if (!t.known || !p.known || !t.value)
      return unknown('after-apply', `${r.address}.logging is known only after apply`);
    const target = this.index
      .ofType('aws_s3_bucket')
      .find((b) => isObj(b.value) && b.value['bucket'] === t.value);
    return known({
      targetBucket: t.value,
      targetPrefix: p.value ?? '',
      targetExists: target
        ? known(changeOf(target) !== 'delete')
        : unknown(
            'not-collected',
            `target bucket ${t.value} is not in the plan, so its existence cannot be checked`,
          ),
      ref: r.address,
    });
  }

  /**
   * The policy of a bucket that no aws_s3_bucket_policy of the plan manages. The provider's `policy`
   * attribute (Optional+Computed) is filled from GetBucketPolicy on refresh, so a document there is the
   * bucket's (terraform-provider-aws internal/service/s3/bucket.go). Without one, a bucket this plan
   * creates has no policy; an existing bucket's policy is managed outside this plan and not known here.
   */
  private bucketPolicy(r: PlanResource, name: string): BucketPolicy {
    const inline = this.strFact(r, 'policy');
    const configured = this.index.configOf(r);
    const written =
      isObj(configured) && isObj(configured['expressions']) && 'policy' in configured['expressions'];
    if (inline.known && inline.value)
      return { origin: this.origin(r), document: this.policyDocument(r), managed: written };
    const change = changeOf(r);
    const created = change === 'create' || change === 'replace';
    // A new bucket whose configuration does not write `policy` starts without one.
    if (!inline.known && !(created && configured && !written))
      return { origin: this.origin(r), document: unknown('after-apply', inline.detail), managed: true };
    if (created || written) return { origin: this.origin(r), document: known(null), managed: true };
    return {
      origin: this.origin(r),
      document: unknown(
        'not-collected',
        `bucket ${name} exists and its policy is managed outside this plan (no aws_s3_bucket_policy for it, and the plan shows no policy attribute); check it with --plan together with --live, or waive the rule for this trail`,
      ),
      managed: false,
    };
  }

  facts(): Facts {
    const recorders: Recorder[] = [];
    for (const r of this.index.resources) {
      if (r.mode !== 'managed') continue;
      if (r.type === 'aws_cloudtrail' || r.type === 'aws_cloudtrail_event_data_store')
        recorders.push(this.recorder(r));
    }
    for (const [r, why] of refusedDuplicates(recorders)) this.notes.push(`${r.id}: ${why}`);
    const policies = this.bucketPolicies();
    const payers = this.requestPayers();
    const logging = this.accessLogging();
    const buckets = new Map<string, Bucket>();
    for (const r of this.index.ofType('aws_s3_bucket')) {
      const name = this.strFact(r, 'bucket');
      if (!name.known || !name.value) {
        this.notes.push(
          `${r.address}: bucket name known only after apply (bucket_prefix?); it cannot be matched with the policy`,
        );
        continue;
      }
      // The policy the plan gives the bucket (an aws_s3_bucket_policy, kept or deleted), else the one the
      // provider read into the bucket's `policy` attribute.
      const policy: BucketPolicy = policies.get(name.value) ?? this.bucketPolicy(r, name.value);
      const region = this.regionFact(r);
      buckets.set(name.value, {
        name: name.value,
        origin: this.origin(r),
        region,
        accountId: this.accountFact,
        partition: known(region.known ? partitionOfRegion(region.value) : this.ctx.partition),
        policy,
        ...requesterPaysOf(payers.get(name.value), this.strFact(r, 'request_payer')),
        serverAccessLogging: logging.get(name.value) ?? this.inlineLogging(r),
        change: changeOf(r),
      });
    }
    // Directory buckets (S3 Express One Zone): their own resource type, ARN and data-event APIs.
    for (const r of this.index.ofType('aws_s3_directory_bucket')) {
      const name = this.strFact(r, 'bucket');
      if (!name.known || !name.value) {
        this.notes.push(
          `${r.address}: bucket name known only after apply; it cannot be matched with the policy`,
        );
        continue;
      }
      const region = this.regionFact(r);
      const arn = this.strFact(r, 'arn');
      const acct = arn.known && arn.value ? arn.value.split(':')[4] : undefined;
      buckets.set(name.value, {
        name: name.value,
        kind: 'directory',
        origin: this.origin(r),
        region,
        accountId: acct ? known(acct) : this.accountFact,
        partition: known(region.known ? partitionOfRegion(region.value) : this.ctx.partition),
        ...(policies.has(name.value) ? { policy: policies.get(name.value) as BucketPolicy } : {}),
        change: changeOf(r),
      });
    }
    const regionAny = this.index.defaultRegion();
    return {
      mode: 'plan',
      recorders,
      buckets,
      notes: this.notes,
      secrets: [...this.secrets],
      defaults: {
        accountId: this.accountFact,
        partition: this.ctx.partition,
        region: regionAny
          ? known(regionAny)
          : unknown('after-apply', 'no constant provider region in the plan'),
      },
    };
  }
}

/**
 * A bucket's Requester Pays: its aws_s3_bucket_request_payment_configuration, else the bucket's own
 * `request_payer` (an argument before provider v4, read back from AWS since), else not stated.
 */
function requesterPaysOf(
  config: Fact<boolean> | undefined,
  own: Fact<string | null>,
): { requesterPays?: Fact<boolean> } {
  if (config) return { requesterPays: config };
  if (own.known && own.value) return { requesterPays: known(own.value === 'Requester') };
  return {};
}

export function adaptPlan(plan: Obj, opts: PlanAdapterOptions): Facts {
  // The Terraform source describes the planned state; the state before the plan is fully known anyway.
  const o: PlanAdapterOptions = opts.side === 'before' ? { file: opts.file, side: 'before' } : opts;
  return new PlanAdapter(plan, o).facts();
}
