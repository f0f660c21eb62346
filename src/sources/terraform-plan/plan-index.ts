/**
 * A typed view over `terraform show -json` output: every resource instance with its planned value and
 * the parallel `after_unknown` / `after_sensitive` trees, keyed by (module instance, mode, type, name,
 * index) rather than by `address`, because Terraform 0.12 wrote `prior_state` addresses without the
 * module path (terraform-plan-json reference §6).
 */
type Json = unknown;
type Obj = Record<string, Json>;
type Writable<T> = { -readonly [K in keyof T]: T[K] };

export interface PlanResource {
  readonly address: string;
  /** Module instance address (`module.a[0].module.b`), '' for the root module. */
  readonly moduleAddress: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly index?: number | string;
  readonly providerName: string;
  /** `resource_changes[].change.actions`, or undefined when the resource is only in values sections. */
  readonly actions?: readonly string[];
  readonly actionReason?: string;
  /** Planned value (after), or the prior value for a delete. */
  readonly value: Json;
  readonly unknownTree: Json;
  readonly sensitiveTree: Json;
  readonly before: Json;
  /** JSON pointer of the entry in the plan document. */
  readonly pointer: string;
}

function isObj(v: Json): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `module.a[0].module.b` → `['a', 'b']`: the call path used to find configuration. */
export function moduleCallPath(moduleAddress: string): string[] {
  if (!moduleAddress) return [];
  const out: string[] = [];
  const re = /module\.([A-Za-z0-9_-]+)(\[[^\]]*\])?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(moduleAddress))) out.push(m[1] as string);
  return out;
}

export function moduleAddressOf(address: string, mode: string, type: string): string {
  const marker = (mode === 'data' ? 'data.' : '') + type + '.';
  const i = address.lastIndexOf(marker);
  if (i <= 0) return '';
  return address.slice(0, i - 1);
}

/** An instance key as text; a hostile key nested too deeply for JSON.stringify gets a text of its own. */
function indexKey(index: Json): string {
  if (typeof index === 'number' && Number.isSafeInteger(index)) return String(index);
  try {
    return JSON.stringify(index) ?? '';
  } catch {
    return '(nested too deeply)';
  }
}

/** The identity of a resource instance in the index (select-plan.ts computes it the same way). */
export function key(moduleAddress: string, mode: string, type: string, name: string, index: Json): string {
  return `${moduleAddress}|${mode}|${type}|${name}|${index === undefined ? '' : indexKey(index)}`;
}

export class PlanIndex {
  readonly resources: PlanResource[] = [];
  private readonly byKey = new Map<string, PlanResource>();
  /**
   * An indexed resource by its address: planned_values repeats every resource_changes entry, and telling
   * it is the same instance by address and fields spares building its key (issue 12).
   */
  private readonly byAddress = new Map<string, PlanResource>();
  private readonly byType = new Map<string, readonly PlanResource[]>();
  /** Data sources read while planning (known values), from prior_state. */
  private readonly priorData = new Map<string, PlanResource>();
  readonly formatVersion: string;
  readonly terraformVersion: string;

  /**
   * `side: 'before'` reads the state the plan starts from (`change.before`, prior_state) instead of the
   * planned one, for the coverage diff of a pull request.
   */
  constructor(
    readonly plan: Obj,
    readonly side: 'after' | 'before' = 'after',
  ) {
    this.formatVersion = String(plan['format_version'] ?? '');
    this.terraformVersion = String(plan['terraform_version'] ?? '');
    const changes = Array.isArray(plan['resource_changes']) ? plan['resource_changes'] : [];
    // Plain loops and object literals: spreads and closures per resource were most of the index's time
    // on plans of tens of thousands of resources (issue 12).
    for (let i = 0; i < changes.length; i++) {
      const rc: Json = changes[i];
      if (!isObj(rc) || !isObj(rc['change'])) continue;
      // Deposed objects are being destroyed; the current object of the same address is the one that counts.
      if (rc['deposed'] !== undefined) continue;
      const change = rc['change'];
      if (side === 'before' && (change['before'] === null || change['before'] === undefined)) continue;
      const actions = Array.isArray(change['actions']) ? change['actions'].map(String) : [];
      const mode = rc['mode'] === 'data' ? 'data' : 'managed';
      const type = String(rc['type'] ?? '');
      const name = String(rc['name'] ?? '');
      const address = String(rc['address'] ?? '');
      const moduleAddress =
        typeof rc['module_address'] === 'string'
          ? rc['module_address']
          : moduleAddressOf(address, mode, type);
      const index = rc['index'] as number | string | undefined;
      const k = key(moduleAddress, mode, type, name, index);
      if (this.byKey.has(k)) continue;
      const before = change['before'] ?? null;
      const r: Writable<PlanResource> =
        side === 'before'
          ? {
              address,
              moduleAddress,
              mode,
              type,
              name,
              providerName: String(rc['provider_name'] ?? ''),
              before,
              actions: ['no-op'],
              value: change['before'],
              unknownTree: false,
              sensitiveTree: change['before_sensitive'] ?? false,
              pointer: `/resource_changes/${i}/change/before`,
            }
          : {
              address,
              moduleAddress,
              mode,
              type,
              name,
              providerName: String(rc['provider_name'] ?? ''),
              before,
              actions,
              value: null,
              unknownTree: false,
              sensitiveTree: false,
              pointer: `/resource_changes/${i}`,
            };
      if (index !== undefined) r.index = index;
      if (side === 'after') {
        const deleting = actions.includes('delete') && !actions.includes('create');
        r.value = deleting ? (change['before'] ?? null) : (change['after'] ?? null);
        r.unknownTree = deleting ? false : (change['after_unknown'] ?? false);
        r.sensitiveTree = deleting
          ? (change['before_sensitive'] ?? false)
          : (change['after_sensitive'] ?? false);
        if (typeof rc['action_reason'] === 'string') r.actionReason = rc['action_reason'];
      }
      this.put(k, r);
    }
    // Resources in planned_values without a resource_changes entry (trimmed fixtures): values only.
    const pv = isObj(plan['planned_values']) ? plan['planned_values'] : {};
    if (isObj(pv['root_module']) && side === 'after')
      this.walkValues(pv['root_module'], '', '/planned_values/root_module', false);
    const ps = isObj(plan['prior_state']) ? plan['prior_state'] : {};
    const psv = isObj(ps['values']) ? ps['values'] : {};
    if (isObj(psv['root_module']))
      this.walkValues(psv['root_module'], '', '/prior_state/values/root_module', true);
  }

  private put(k: string, r: PlanResource): void {
    this.byKey.set(k, r);
    if (!this.byAddress.has(r.address)) this.byAddress.set(r.address, r);
    this.resources.push(r);
    // Map.clear() allocates a new table even when the map is empty: once per resource added up.
    if (this.byType.size) this.byType.clear();
  }

  private walkValues(mod: Obj, moduleAddress: string, pointer: string, prior: boolean): void {
    const resources = Array.isArray(mod['resources']) ? mod['resources'] : [];
    for (let i = 0; i < resources.length; i++) {
      const res: Json = resources[i];
      if (!isObj(res)) continue;
      const mode = res['mode'] === 'data' ? 'data' : 'managed';
      const data = prior && mode === 'data';
      if (!data) {
        // The same instance as an indexed resource of this address has the same key (see key()): the
        // fields are compared as they are, so anything that would need String() takes the general path.
        const same = this.byAddress.get(res['address'] as string);
        if (
          same !== undefined &&
          same.moduleAddress === moduleAddress &&
          same.mode === mode &&
          same.type === res['type'] &&
          same.name === res['name'] &&
          same.index === res['index']
        )
          continue;
      }
      const type = String(res['type'] ?? '');
      const name = String(res['name'] ?? '');
      const index = res['index'] as number | string | undefined;
      const k = key(moduleAddress, mode, type, name, index);
      // A resource_changes entry (or an earlier module entry) of the same instance wins.
      if (!data && this.byKey.has(k)) continue;
      const r: Writable<PlanResource> = {
        address: String(res['address'] ?? ''),
        moduleAddress,
        mode,
        type,
        name,
        providerName: String(res['provider_name'] ?? ''),
        value: res['values'] ?? {},
        unknownTree: false,
        sensitiveTree: res['sensitive_values'] ?? false,
        before: null,
        pointer: `${pointer}/resources/${i}`,
      };
      if (index !== undefined) r.index = index;
      // A managed resource in prior state but in no other section is one the plan does not touch
      // (e.g. a trimmed plan); it still exists.
      if (prior && !data) r.actions = ['no-op'];
      if (data) this.priorData.set(k, r);
      else this.put(k, r);
    }
    const children = Array.isArray(mod['child_modules']) ? mod['child_modules'] : [];
    children.forEach((child, i) => {
      if (!isObj(child)) return;
      this.walkValues(child, String(child['address'] ?? ''), `${pointer}/child_modules/${i}`, prior);
    });
  }

  /**
   * Resources of a type, in plan order. Asked per trail (KMS keys, roles, policies), it is worked out once
   * per type: a scan of every resource per trail made plans with many trails quadratic (issue 12).
   */
  ofType(type: string, mode: 'managed' | 'data' = 'managed'): readonly PlanResource[] {
    if (this.byType.size === 0) {
      // Every type at once, in one pass over the resources.
      const groups = new Map<string, PlanResource[]>();
      for (const r of this.resources) {
        const g = `${r.mode}\u0000${r.type}`;
        const list = groups.get(g);
        if (list) list.push(r);
        else groups.set(g, [r]);
      }
      for (const [g, list] of groups) this.byType.set(g, list);
      if (this.byType.size === 0) this.byType.set('', []);
    }
    return this.byType.get(`${mode}\u0000${type}`) ?? [];
  }

  /**
   * A resource in the same module instance, by type and name. Without an index it gives the first
   * instance: callers that need a particular instance of a count/for_each resource check the count.
   */
  find(
    moduleAddress: string,
    mode: 'managed' | 'data',
    type: string,
    name: string,
    index?: number | string,
  ): PlanResource | undefined {
    if (mode === 'data') {
      const prior = this.priorData.get(key(moduleAddress, mode, type, name, index));
      if (prior) return prior;
    }
    const exact = this.byKey.get(key(moduleAddress, mode, type, name, index));
    if (exact || index !== undefined) return exact;
    return (
      this.resources.find(
        (r) => r.moduleAddress === moduleAddress && r.mode === mode && r.type === type && r.name === name,
      ) ??
      (mode === 'data'
        ? [...this.priorData.values()].find(
            (r) => r.moduleAddress === moduleAddress && r.type === type && r.name === name,
          )
        : undefined)
    );
  }

  /** Data sources of a type read while planning, in any module (e.g. aws_caller_identity). */
  priorDataOfType(type: string): PlanResource[] {
    const fromPrior = [...this.priorData.values()].filter((r) => r.type === type);
    // Terraform 0.12–0.15.3 showed plan-time reads as `read` changes with a known value.
    const fromReads = this.ofType(type, 'data').filter(
      (r) => isObj(r.value) && r.unknownTree !== true && !isTrue(r.unknownTree, 'id'),
    );
    return [...fromPrior, ...fromReads];
  }

  /** The configuration block of a resource (module-relative), or undefined. */
  private readonly configIndex = new Map<string, Map<string, Obj>>();

  /** The same maps by module instance address: asked several times per resource, parsed once (issue 12). */
  private readonly configByModule = new Map<string, Map<string, Obj>>();

  /** configOf by resource object: asked two or three times for every bucket. */
  private readonly configMemo = new WeakMap<object, Obj | null>();

  configOf(r: Pick<PlanResource, 'moduleAddress' | 'mode' | 'type' | 'name'>): Obj | undefined {
    const memo = this.configMemo.get(r);
    if (memo !== undefined) return memo ?? undefined;
    const c = this.configLookup(r);
    this.configMemo.set(r, c ?? null);
    return c;
  }

  private configLookup(r: Pick<PlanResource, 'moduleAddress' | 'mode' | 'type' | 'name'>): Obj | undefined {
    let byAddress = this.configByModule.get(r.moduleAddress);
    if (!byAddress) byAddress = this.configOfModule(r.moduleAddress);
    return byAddress.get((r.mode === 'data' ? 'data.' : '') + r.type + '.' + r.name);
  }

  private configOfModule(moduleAddress: string): Map<string, Obj> {
    const path = moduleCallPath(moduleAddress);
    const key = path.join('.');
    let byAddress = this.configIndex.get(key);
    if (!byAddress) {
      byAddress = new Map();
      const conf = isObj(this.plan['configuration']) ? this.plan['configuration'] : undefined;
      let mod = conf && isObj(conf['root_module']) ? conf['root_module'] : undefined;
      for (const call of path) {
        const calls = mod && isObj(mod['module_calls']) ? mod['module_calls'] : undefined;
        const c = calls && isObj(calls[call]) ? calls[call] : undefined;
        mod = c && isObj(c['module']) ? c['module'] : undefined;
      }
      for (const x of mod && Array.isArray(mod['resources']) ? mod['resources'] : [])
        if (isObj(x) && typeof x['address'] === 'string') byAddress.set(x['address'], x);
      this.configIndex.set(key, byAddress);
    }
    this.configByModule.set(moduleAddress, byAddress);
    return byAddress;
  }

  /** The Region of the default provider configuration, else of the first resource that has one. */
  defaultRegion(): string | undefined {
    const conf = isObj(this.plan['configuration']) ? this.plan['configuration'] : undefined;
    const providers = conf && isObj(conf['provider_config']) ? conf['provider_config'] : {};
    if (isObj(providers['aws'])) {
      const region = isObj(providers['aws']['expressions'])
        ? providers['aws']['expressions']['region']
        : undefined;
      if (isObj(region) && typeof region['constant_value'] === 'string') return region['constant_value'];
    }
    for (const r of this.resources) {
      const region = this.providerRegion(r);
      if (region) return region;
    }
    return undefined;
  }

  /** Region set in the provider configuration that the resource uses, if constant. */
  providerRegion(r: Pick<PlanResource, 'moduleAddress' | 'mode' | 'type' | 'name'>): string | undefined {
    const conf = isObj(this.plan['configuration']) ? this.plan['configuration'] : undefined;
    const providers = conf && isObj(conf['provider_config']) ? conf['provider_config'] : {};
    const rc = this.configOf(r);
    const keys: string[] = [];
    if (rc && typeof rc['provider_config_key'] === 'string') {
      const k = rc['provider_config_key'];
      keys.push(k);
      // Older formats key child-module providers as "module.child:aws"; a module without a provider
      // block of its own uses the configuration its caller passes, named after the colon.
      if (k.includes(':')) keys.push(k.slice(k.lastIndexOf(':') + 1));
    } else keys.push('aws');
    for (const k of keys) {
      const p = providers[k];
      if (!isObj(p)) continue;
      // The first configuration that exists decides: an alias whose region is not a constant (a local,
      // the environment) is unknown, never the default provider's Region.
      const region = isObj(p['expressions']) ? p['expressions']['region'] : undefined;
      if (isObj(region) && typeof region['constant_value'] === 'string') return region['constant_value'];
      if (isObj(region) && Array.isArray(region['references']))
        return this.variableValue(region['references']);
      return undefined;
    }
    return undefined;
  }

  private variableValue(refs: Json[]): string | undefined {
    const ref = refs.find((x) => typeof x === 'string' && x.startsWith('var.'));
    if (typeof ref !== 'string') return undefined;
    const vars = isObj(this.plan['variables']) ? this.plan['variables'] : {};
    const v = vars[ref.slice(4)];
    return isObj(v) && typeof v['value'] === 'string' ? v['value'] : undefined;
  }
}

function isTrue(tree: Json, k: string): boolean {
  return isObj(tree) && tree[k] === true;
}
