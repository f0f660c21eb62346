import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  blockList,
  evaluateExpression,
  traverseValue
} from "./chunk-HL7N5HKL.js";
import "./chunk-GLBCW5KP.js";
import "./chunk-VDCSKCU3.js";
import {
  UNKNOWN_MARK,
  refusedDuplicates
} from "./chunk-CPV4HZ3R.js";
import "./chunk-YJWEW7O6.js";
import "./chunk-I5QHX6OP.js";
import {
  partitionOfRegion
} from "./chunk-LM3JAAGS.js";
import {
  OPERATOR_ATTRIBUTES
} from "./chunk-O5WWRFHX.js";
import {
  describeConstruct,
  known,
  unknown
} from "./chunk-NDIWE5B4.js";
import "./chunk-2AG42DZR.js";
import "./chunk-V7BNKIHQ.js";

// src/sources/terraform-plan/constructs.ts
var SPECIAL = /* @__PURE__ */ new Set(["var", "local", "each", "count", "path", "terraform", "self"]);
function subject(ref, parts) {
  return ref.replace(/\[[^\]]*\]/g, "").split(".").slice(0, parts).join(".");
}
function constructOfReferences(refs) {
  const data = refs.find((r) => /^data\.[^.]+\.[^.]+/.test(r));
  if (data) return { kind: "data-source", name: subject(data, 3) };
  const out = refs.find((r) => /^module\.[^.]+(?:\[[^\]]*\])?\.[^.[]+/.test(r));
  if (out) return { kind: "module-output", name: subject(out, 3) };
  const attr = refs.find(
    (r) => /^[A-Za-z][\w-]*\.[\w-]+(?:\[[^\]]*\])?\.[\w-]+/.test(r) && !SPECIAL.has(r.split(".")[0] ?? "")
  );
  if (attr) return { kind: "resource-attribute", name: attr };
  return void 0;
}
function constructOfEvaluation(source, detail) {
  const text = typeof source === "string" ? source : JSON.stringify(source ?? "");
  if (/^for expression is not supported/.test(detail)) {
    const over = /\bfor\s+[\w-]+(?:\s*,\s*[\w-]+)?\s+in\s+([^:\]}]+?)\s*:/.exec(text)?.[1];
    return { kind: "for-expression", ...over ? { over } : {} };
  }
  const fn = /function "([^"]+)" is not supported/.exec(detail)?.[1];
  if (fn) return { kind: "function-call", name: fn };
  const syntax = /^(splat expression|template directive %\{\.\.\.\}|heredoc inside an expression) is not supported/.exec(
    detail
  )?.[1];
  if (syntax) return { kind: "expression", name: `a ${syntax}` };
  const data = /^(data\.[^.\s]+\.[^.\s]+)/.exec(detail)?.[1];
  if (data) return { kind: "data-source", name: data };
  const mod = /^module\.[\w-]+ is not in the plan/.test(detail) ? /\bmodule\.[\w-]+(?:\[[^\]]*\])?\.[\w-]+/.exec(text)?.[0] : void 0;
  if (mod) return { kind: "module-output", name: subject(mod, 3) };
  const attr = /^([A-Za-z][\w-]*\.[\w-]+(?:\[[^\]]*\])?\.[\w.-]+) is known only after apply/.exec(
    detail
  )?.[1];
  if (attr) return { kind: "resource-attribute", name: attr };
  return void 0;
}
function namesItself(c) {
  return c.kind === "resource-attribute" || c.kind === "data-source" || c.kind === "module-output";
}

// src/sources/terraform-plan/plan-index.ts
function isObj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function moduleCallPath(moduleAddress) {
  if (!moduleAddress) return [];
  const out = [];
  const re = /module\.([A-Za-z0-9_-]+)(\[[^\]]*\])?/g;
  let m;
  while (m = re.exec(moduleAddress)) out.push(m[1]);
  return out;
}
function moduleAddressOf(address, mode, type) {
  const marker = (mode === "data" ? "data." : "") + type + ".";
  const i = address.lastIndexOf(marker);
  if (i <= 0) return "";
  return address.slice(0, i - 1);
}
function indexKey(index) {
  if (typeof index === "number" && Number.isSafeInteger(index)) return String(index);
  try {
    return JSON.stringify(index) ?? "";
  } catch {
    return "(nested too deeply)";
  }
}
function key(moduleAddress, mode, type, name, index) {
  return `${moduleAddress}|${mode}|${type}|${name}|${index === void 0 ? "" : indexKey(index)}`;
}
var PlanIndex = class {
  /**
   * `side: 'before'` reads the state the plan starts from (`change.before`, prior_state) instead of the
   * planned one, for the coverage diff of a pull request.
   */
  constructor(plan, side = "after") {
    this.plan = plan;
    this.side = side;
    this.formatVersion = String(plan["format_version"] ?? "");
    this.terraformVersion = String(plan["terraform_version"] ?? "");
    const changes = Array.isArray(plan["resource_changes"]) ? plan["resource_changes"] : [];
    for (let i = 0; i < changes.length; i++) {
      const rc = changes[i];
      if (!isObj(rc) || !isObj(rc["change"])) continue;
      if (rc["deposed"] !== void 0) continue;
      const change = rc["change"];
      if (side === "before" && (change["before"] === null || change["before"] === void 0)) continue;
      const actions = Array.isArray(change["actions"]) ? change["actions"].map(String) : [];
      const mode = rc["mode"] === "data" ? "data" : "managed";
      const type = String(rc["type"] ?? "");
      const name = String(rc["name"] ?? "");
      const address = String(rc["address"] ?? "");
      const moduleAddress = typeof rc["module_address"] === "string" ? rc["module_address"] : moduleAddressOf(address, mode, type);
      const index = rc["index"];
      const k = key(moduleAddress, mode, type, name, index);
      if (this.byKey.has(k)) continue;
      const before = change["before"] ?? null;
      const r = side === "before" ? {
        address,
        moduleAddress,
        mode,
        type,
        name,
        providerName: String(rc["provider_name"] ?? ""),
        before,
        actions: ["no-op"],
        value: change["before"],
        unknownTree: false,
        sensitiveTree: change["before_sensitive"] ?? false,
        pointer: `/resource_changes/${i}/change/before`
      } : {
        address,
        moduleAddress,
        mode,
        type,
        name,
        providerName: String(rc["provider_name"] ?? ""),
        before,
        actions,
        value: null,
        unknownTree: false,
        sensitiveTree: false,
        pointer: `/resource_changes/${i}`
      };
      if (index !== void 0) r.index = index;
      if (side === "after") {
        const deleting = actions.includes("delete") && !actions.includes("create");
        r.value = deleting ? change["before"] ?? null : change["after"] ?? null;
        r.unknownTree = deleting ? false : change["after_unknown"] ?? false;
        r.sensitiveTree = deleting ? change["before_sensitive"] ?? false : change["after_sensitive"] ?? false;
        if (typeof rc["action_reason"] === "string") r.actionReason = rc["action_reason"];
      }
      this.put(k, r);
    }
    const pv = isObj(plan["planned_values"]) ? plan["planned_values"] : {};
    if (isObj(pv["root_module"]) && side === "after")
      this.walkValues(pv["root_module"], "", "/planned_values/root_module", false);
    const ps = isObj(plan["prior_state"]) ? plan["prior_state"] : {};
    const psv = isObj(ps["values"]) ? ps["values"] : {};
    if (isObj(psv["root_module"]))
      this.walkValues(psv["root_module"], "", "/prior_state/values/root_module", true);
  }
  plan;
  side;
  resources = [];
  byKey = /* @__PURE__ */ new Map();
  /**
   * An indexed resource by its address: planned_values repeats every resource_changes entry, and telling
   * it is the same instance by address and fields spares building its key (issue 12).
   */
  byAddress = /* @__PURE__ */ new Map();
  byType = /* @__PURE__ */ new Map();
  /** Data sources read while planning (known values), from prior_state. */
  priorData = /* @__PURE__ */ new Map();
  formatVersion;
  terraformVersion;
  put(k, r) {
    this.byKey.set(k, r);
    if (!this.byAddress.has(r.address)) this.byAddress.set(r.address, r);
    this.resources.push(r);
    if (this.byType.size) this.byType.clear();
  }
  walkValues(mod, moduleAddress, pointer, prior) {
    const resources = Array.isArray(mod["resources"]) ? mod["resources"] : [];
    for (let i = 0; i < resources.length; i++) {
      const res = resources[i];
      if (!isObj(res)) continue;
      const mode = res["mode"] === "data" ? "data" : "managed";
      const data = prior && mode === "data";
      if (!data) {
        const same = this.byAddress.get(res["address"]);
        if (same !== void 0 && same.moduleAddress === moduleAddress && same.mode === mode && same.type === res["type"] && same.name === res["name"] && same.index === res["index"])
          continue;
      }
      const type = String(res["type"] ?? "");
      const name = String(res["name"] ?? "");
      const index = res["index"];
      const k = key(moduleAddress, mode, type, name, index);
      if (!data && this.byKey.has(k)) continue;
      const r = {
        address: String(res["address"] ?? ""),
        moduleAddress,
        mode,
        type,
        name,
        providerName: String(res["provider_name"] ?? ""),
        value: res["values"] ?? {},
        unknownTree: false,
        sensitiveTree: res["sensitive_values"] ?? false,
        before: null,
        pointer: `${pointer}/resources/${i}`
      };
      if (index !== void 0) r.index = index;
      if (prior && !data) r.actions = ["no-op"];
      if (data) this.priorData.set(k, r);
      else this.put(k, r);
    }
    const children = Array.isArray(mod["child_modules"]) ? mod["child_modules"] : [];
    children.forEach((child2, i) => {
      if (!isObj(child2)) return;
      this.walkValues(child2, String(child2["address"] ?? ""), `${pointer}/child_modules/${i}`, prior);
    });
  }
  /**
   * Resources of a type, in plan order. Asked per trail (KMS keys, roles, policies), it is worked out once
   * per type: a scan of every resource per trail made plans with many trails quadratic (issue 12).
   */
  ofType(type, mode = "managed") {
    if (this.byType.size === 0) {
      const groups = /* @__PURE__ */ new Map();
      for (const r of this.resources) {
        const g = `${r.mode}\0${r.type}`;
        const list = groups.get(g);
        if (list) list.push(r);
        else groups.set(g, [r]);
      }
      for (const [g, list] of groups) this.byType.set(g, list);
      if (this.byType.size === 0) this.byType.set("", []);
    }
    return this.byType.get(`${mode}\0${type}`) ?? [];
  }
  /**
   * A resource in the same module instance, by type and name. Without an index it gives the first
   * instance: callers that need a particular instance of a count/for_each resource check the count.
   */
  find(moduleAddress, mode, type, name, index) {
    if (mode === "data") {
      const prior = this.priorData.get(key(moduleAddress, mode, type, name, index));
      if (prior) return prior;
    }
    const exact = this.byKey.get(key(moduleAddress, mode, type, name, index));
    if (exact || index !== void 0) return exact;
    return this.resources.find(
      (r) => r.moduleAddress === moduleAddress && r.mode === mode && r.type === type && r.name === name
    ) ?? (mode === "data" ? [...this.priorData.values()].find(
      (r) => r.moduleAddress === moduleAddress && r.type === type && r.name === name
    ) : void 0);
  }
  /** Data sources of a type read while planning, in any module (e.g. aws_caller_identity). */
  priorDataOfType(type) {
    const fromPrior = [...this.priorData.values()].filter((r) => r.type === type);
    const fromReads = this.ofType(type, "data").filter(
      (r) => isObj(r.value) && r.unknownTree !== true && !isTrue(r.unknownTree, "id")
    );
    return [...fromPrior, ...fromReads];
  }
  /** The configuration block of a resource (module-relative), or undefined. */
  configIndex = /* @__PURE__ */ new Map();
  /** The same maps by module instance address: asked several times per resource, parsed once (issue 12). */
  configByModule = /* @__PURE__ */ new Map();
  /** configOf by resource object: asked two or three times for every bucket. */
  configMemo = /* @__PURE__ */ new WeakMap();
  configOf(r) {
    const memo = this.configMemo.get(r);
    if (memo !== void 0) return memo ?? void 0;
    const c = this.configLookup(r);
    this.configMemo.set(r, c ?? null);
    return c;
  }
  configLookup(r) {
    let byAddress = this.configByModule.get(r.moduleAddress);
    if (!byAddress) byAddress = this.configOfModule(r.moduleAddress);
    return byAddress.get((r.mode === "data" ? "data." : "") + r.type + "." + r.name);
  }
  configOfModule(moduleAddress) {
    const path = moduleCallPath(moduleAddress);
    const key2 = path.join(".");
    let byAddress = this.configIndex.get(key2);
    if (!byAddress) {
      byAddress = /* @__PURE__ */ new Map();
      const conf = isObj(this.plan["configuration"]) ? this.plan["configuration"] : void 0;
      let mod = conf && isObj(conf["root_module"]) ? conf["root_module"] : void 0;
      for (const call of path) {
        const calls = mod && isObj(mod["module_calls"]) ? mod["module_calls"] : void 0;
        const c = calls && isObj(calls[call]) ? calls[call] : void 0;
        mod = c && isObj(c["module"]) ? c["module"] : void 0;
      }
      for (const x of mod && Array.isArray(mod["resources"]) ? mod["resources"] : [])
        if (isObj(x) && typeof x["address"] === "string") byAddress.set(x["address"], x);
      this.configIndex.set(key2, byAddress);
    }
    this.configByModule.set(moduleAddress, byAddress);
    return byAddress;
  }
  /** The Region of the default provider configuration, else of the first resource that has one. */
  defaultRegion() {
    const conf = isObj(this.plan["configuration"]) ? this.plan["configuration"] : void 0;
    const providers = conf && isObj(conf["provider_config"]) ? conf["provider_config"] : {};
    if (isObj(providers["aws"])) {
      const region = isObj(providers["aws"]["expressions"]) ? providers["aws"]["expressions"]["region"] : void 0;
      if (isObj(region) && typeof region["constant_value"] === "string") return region["constant_value"];
    }
    for (const r of this.resources) {
      const region = this.providerRegion(r);
      if (region) return region;
    }
    return void 0;
  }
  /** Region set in the provider configuration that the resource uses, if constant. */
  providerRegion(r) {
    const conf = isObj(this.plan["configuration"]) ? this.plan["configuration"] : void 0;
    const providers = conf && isObj(conf["provider_config"]) ? conf["provider_config"] : {};
    const rc = this.configOf(r);
    const keys = [];
    if (rc && typeof rc["provider_config_key"] === "string") {
      const k = rc["provider_config_key"];
      keys.push(k);
      if (k.includes(":")) keys.push(k.slice(k.lastIndexOf(":") + 1));
    } else keys.push("aws");
    for (const k of keys) {
      const p = providers[k];
      if (!isObj(p)) continue;
      const region = isObj(p["expressions"]) ? p["expressions"]["region"] : void 0;
      if (isObj(region) && typeof region["constant_value"] === "string") return region["constant_value"];
      if (isObj(region) && Array.isArray(region["references"]))
        return this.variableValue(region["references"]);
      return void 0;
    }
    return void 0;
  }
  variableValue(refs) {
    const ref = refs.find((x) => typeof x === "string" && x.startsWith("var."));
    if (typeof ref !== "string") return void 0;
    const vars = isObj(this.plan["variables"]) ? this.plan["variables"] : {};
    const v = vars[ref.slice(4)];
    return isObj(v) && typeof v["value"] === "string" ? v["value"] : void 0;
  }
};
function isTrue(tree, k) {
  return isObj(tree) && tree[k] === true;
}

// src/sources/terraform-plan/values.ts
var Node = class {
  constructor(value, unknown2, sensitive, parent, key2) {
    this.value = value;
    this.unknown = unknown2;
    this.sensitive = sensitive;
    this.parent = parent;
    this.key = key2;
  }
  value;
  unknown;
  sensitive;
  parent;
  key;
  /** The keys from the resource's value down to this node. */
  get path() {
    return this.parent === void 0 ? [] : [...this.parent.path, this.key];
  }
};
function root(value, unknown2, sensitive) {
  return new Node(value, unknown2, sensitive, void 0, "");
}
function at(tree, k) {
  if (tree === true) return true;
  if (tree === null || typeof tree !== "object") return void 0;
  return tree[k];
}
function child(n, k) {
  return new Node(at(n.value, k), at(n.unknown, k), at(n.sensitive, k), n, k);
}
function isUnknown(n) {
  return n.unknown === true;
}
function isSensitive(n) {
  return n.sensitive === true;
}
function pathText(path) {
  return path.map((p) => typeof p === "number" ? `[${p}]` : `.${p}`).join("").replace(/^\./, "");
}
function elements(n) {
  if (isUnknown(n)) return "unknown";
  if (n.value === void 0 || n.value === null) return "absent";
  if (!Array.isArray(n.value)) return "unknown";
  if (Array.isArray(n.unknown) && n.unknown.length !== n.value.length) return "unknown";
  return n.value.map((_, i) => child(n, i));
}
function scalar(n, guard) {
  if (isUnknown(n)) return { known: false };
  if (n.value === void 0 || n.value === null)
    return { known: true, value: null, sensitive: isSensitive(n) };
  if (!guard(n.value)) return { known: false };
  return { known: true, value: n.value, sensitive: isSensitive(n) };
}
var isString = (v) => typeof v === "string";
var isBool = (v) => typeof v === "boolean";

// src/sources/terraform-plan/scope.ts
var SPECIAL2 = /* @__PURE__ */ new Set(["var", "local", "data", "module", "count", "each", "path", "terraform", "self"]);
function derivedAttribute(r, attr, ctx) {
  const v = r.value;
  const str = (k) => v && typeof v[k] === "string" ? v[k] : void 0;
  if (r.type === "aws_s3_bucket") {
    const bucket = str("bucket");
    if (!bucket) return void 0;
    if (attr === "arn") return `arn:${ctx.partition}:s3:::${bucket}`;
    if (attr === "id" || attr === "bucket") return bucket;
  }
  if (r.type === "aws_cloudtrail" || r.type === "aws_cloudtrail_event_data_store") {
    const name = str("name");
    const region = ctx.region?.(r);
    if (attr === "name" && name) return name;
    if (r.type === "aws_cloudtrail" && attr === "id" && name) return name;
    const owner = v && v["is_organization_trail"] === true ? ctx.managementAccountId : ctx.accountId;
    if (attr === "arn" && r.type === "aws_cloudtrail" && name && region && owner)
      return `arn:${ctx.partition}:cloudtrail:${region}:${owner}:trail/${name}`;
  }
  if (r.type === "aws_cloudwatch_log_group" && attr === "arn") {
    const name = str("name");
    const region = ctx.region?.(r);
    if (name && region && ctx.accountId)
      return `arn:${ctx.partition}:logs:${region}:${ctx.accountId}:log-group:${name}`;
  }
  if (r.type === "aws_iam_role" && attr === "arn") {
    const name = str("name");
    const path = str("path") ?? "/";
    if (name && ctx.accountId) return `arn:${ctx.partition}:iam::${ctx.accountId}:role${path}${name}`;
  }
  return void 0;
}
function resourceAttribute(r, steps, ctx) {
  let n = root(r.value, r.unknownTree, r.sensitiveTree);
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    n = child(n, s);
    if (isUnknown(n) || n.value === void 0 && i === 0) {
      const d = i === 0 && typeof s === "string" ? derivedAttribute(r, s, ctx) : void 0;
      if (d !== void 0) return traverseValue(d, steps.slice(1));
      return { known: false, detail: `${r.address}.${steps.join(".")} is known only after apply` };
    }
  }
  return { known: true, value: n.value ?? null };
}
function planScope(index, config, self, ctx, depth = 0) {
  const callPath = moduleCallPath(self.moduleAddress);
  const scope = {
    lookup(t) {
      const [head, ...rest] = t;
      if (typeof head !== "string") return { known: false, detail: "unsupported reference" };
      if (depth > 8) return { known: false, detail: "references nest too deep" };
      if (head === "count" && rest[0] === "index" && typeof self.index === "number")
        return { known: true, value: self.index };
      if (head === "each" && rest[0] === "key" && typeof self.index === "string")
        return { known: true, value: self.index };
      if (head === "var" && typeof rest[0] === "string") {
        const name = rest[0];
        if (callPath.length === 0) {
          const vars = index.plan["variables"] ?? {};
          if (vars[name] && "value" in vars[name]) return traverseValue(vars[name].value, rest.slice(1));
        } else {
          const parentAddr = self.moduleAddress.replace(/\.?module\.[A-Za-z0-9_-]+(\[[^\]]*\])?$/, "");
          const call = config.moduleCall(callPath.slice(0, -1), callPath[callPath.length - 1]);
          if (call && name in call) {
            const parent = planScope(
              index,
              config,
              { moduleAddress: parentAddr, address: parentAddr },
              ctx,
              depth + 1
            );
            const v = evaluateExpression(call[name], parent);
            return v.known ? traverseValue(v.value, rest.slice(1)) : v;
          }
        }
        const def = config.variableDefault(callPath, name);
        if (def !== void 0) return traverseValue(def, rest.slice(1));
        return { known: false, detail: `var.${name} has no known value` };
      }
      if (head === "local" && typeof rest[0] === "string") {
        const locals = config.locals(callPath);
        if (!(rest[0] in locals)) return { known: false, detail: `local.${rest[0]} is not defined` };
        const v = evaluateExpression(locals[rest[0]], planScope(index, config, self, ctx, depth + 1));
        return v.known ? traverseValue(v.value, rest.slice(1)) : v;
      }
      if (head === "data" && typeof rest[0] === "string" && typeof rest[1] === "string") {
        const idx2 = typeof rest[2] === "number" || typeof rest[2] === "string" && /^\[/.test(rest[2]) ? rest[2] : void 0;
        const r2 = index.find(self.moduleAddress, "data", rest[0], rest[1], idx2);
        if (!r2) return { known: false, detail: `data.${rest[0]}.${rest[1]} is not in the plan` };
        return resourceAttribute(r2, rest.slice(idx2 === void 0 ? 2 : 3), ctx);
      }
      if (SPECIAL2.has(head)) return { known: false, detail: `${t.join(".")} is not evaluated` };
      if (typeof rest[0] !== "string") return { known: false, detail: "unsupported reference" };
      const idx = typeof rest[1] === "number" ? rest[1] : void 0;
      const r = index.find(self.moduleAddress, "managed", head, rest[0], idx);
      if (!r) return { known: false, detail: `${head}.${rest[0]} is not in the plan` };
      return resourceAttribute(r, rest.slice(idx === void 0 ? 1 : 2), ctx);
    }
  };
  return scope;
}

// src/sources/terraform-plan/adapt.ts
var isObj2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var OPERATOR_ATTRS = Object.entries(OPERATOR_ATTRIBUTES);
function changeOf(r) {
  const a = r.actions;
  if (!a) return "no-op";
  if (a.includes("delete") && a.includes("create")) return "replace";
  if (a.includes("delete")) return "delete";
  if (a.includes("create")) return "create";
  if (a.includes("update")) return "update";
  if (a.includes("read")) return "read";
  if (a.includes("no-op") || a.includes("forget")) return "no-op";
  return "unknown";
}
var PlanAdapter = class {
  constructor(plan, opts) {
    this.opts = opts;
    this.index = new PlanIndex(plan, opts.side ?? "after");
    this.deferredChanges = opts.side === "before" ? /* @__PURE__ */ new Map() : this.deferred();
    const conf = isObj2(plan["configuration"]) ? plan["configuration"] : {};
    const rootVars = isObj2(conf["root_module"]) && isObj2(conf["root_module"]["variables"]) ? conf["root_module"]["variables"] : {};
    const values = isObj2(plan["variables"]) ? plan["variables"] : {};
    for (const [name, decl] of Object.entries(rootVars)) {
      const v = values[name];
      if (!isObj2(decl) || decl["sensitive"] !== true || !isObj2(v)) continue;
      const walk = (x) => {
        if (typeof x === "string") this.secrets.add(x);
        else if (Array.isArray(x)) x.forEach(walk);
        else if (isObj2(x)) Object.values(x).forEach(walk);
      };
      walk(v["value"]);
    }
    const ids = this.index.priorDataOfType("aws_caller_identity");
    const accounts = new Set(
      ids.flatMap(
        (r) => isObj2(r.value) && typeof r.value["account_id"] === "string" ? [r.value["account_id"]] : []
      )
    );
    const parts = this.index.priorDataOfType("aws_partition").flatMap(
      (r) => isObj2(r.value) && typeof r.value["partition"] === "string" ? [r.value["partition"]] : []
    );
    if (accounts.size === 0) {
      for (const r of this.index.resources) {
        const arn = isObj2(r.value) && typeof r.value["arn"] === "string" ? r.value["arn"] : void 0;
        const acct = arn?.split(":")[4];
        if (acct && /^\d{12}$/.test(acct)) accounts.add(acct);
      }
    }
    const account = accounts.size === 1 ? [...accounts][0] : void 0;
    this.accountFact = account ? known(account) : unknown("after-apply", "the plan reads no data.aws_caller_identity, so the account is not known");
    const orgs = this.index.priorDataOfType("aws_organizations_organization").flatMap((r) => isObj2(r.value) ? [r.value] : []);
    const org = orgs.length === 1 ? orgs[0] : void 0;
    const orgId = org && typeof org["id"] === "string" && /^o-[a-z0-9]+$/.test(org["id"]) ? org["id"] : void 0;
    const mgmt = org && typeof org["master_account_id"] === "string" && /^\d{12}$/.test(org["master_account_id"]) ? org["master_account_id"] : void 0;
    this.organizationId = orgId;
    const regionOf = (r) => this.regionOf(r);
    const anyRegion = this.index.defaultRegion();
    this.ctx = {
      ...account ? { accountId: account } : {},
      ...mgmt ? { managementAccountId: mgmt } : {},
      partition: parts[0] ?? (anyRegion ? partitionOfRegion(anyRegion) : "aws"),
      region: regionOf
    };
  }
  opts;
  index;
  ctx;
  accountFact;
  notes = [];
  /** Sensitive values met while reading the plan; the report redacts them. */
  secrets = /* @__PURE__ */ new Set();
  deferredChanges;
  /** From data.aws_organizations_organization, when the plan reads it. */
  organizationId;
  origin(r) {
    return { source: "terraform-plan", ref: r.address, file: this.opts.file, pointer: r.pointer };
  }
  /**
   * Region of a resource: its own `region` argument (AWS provider v6 and later), else the Region of
   * the provider configuration it uses.
   */
  regionOf(r) {
    const n = root(r.value, r.unknownTree, r.sensitiveTree);
    const own = scalar(child(n, "region"), isString);
    if (own.known && own.value) return own.value;
    const home = scalar(child(n, "home_region"), isString);
    if (home.known && home.value) return home.value;
    const arn = scalar(child(n, "arn"), isString);
    if (arn.known && arn.value) {
      const region = arn.value.split(":")[3];
      if (region) return region;
    }
    return this.index.providerRegion(r);
  }
  regionFact(r) {
    const region = this.regionOf(r);
    return region ? known(region) : unknown("after-apply", `Region of ${r.address}: the provider's region is not a constant in the plan`);
  }
  /** References named in the configuration for an attribute, to say what an unknown value waits for. */
  /** The references the plan's configuration lists for an attribute (subjects left out when longer ones are there). */
  references(r, attrPath) {
    let level = [this.index.configOf(r)?.["expressions"]];
    for (const k of attrPath) {
      level = level.flatMap((e) => Array.isArray(e) ? e : [e]).flatMap((e) => isObj2(e) && k in e ? [e[k]] : []);
    }
    const refs = level.flatMap(
      (e) => isObj2(e) && Array.isArray(e["references"]) ? e["references"].map(String) : []
    );
    return [...new Set(refs)].filter((x, _i, all) => !all.some((y) => y !== x && y.startsWith(x + ".")));
  }
  referencesHint(r, attrPath) {
    const uniq = this.references(r, attrPath);
    return uniq.length ? `depends on ${uniq.join(", ")}, known only after apply` : "is known only after apply";
  }
  /**
   * A block on the path that the plan's configuration leaves out while the planned value has it: a
   * `dynamic` block (Terraform does not write their expressions, terraform-plan-json reference §4.3).
   */
  dynamicBlockOn(r, blockPath) {
    const body = this.hclBody(r);
    if (body && isObj2(body["dynamic"]) && blockPath[0] && blockPath[0] in body["dynamic"])
      return blockPath[0];
    if (r.type === "aws_cloudtrail_event_data_store") return void 0;
    let level = [this.index.configOf(r)?.["expressions"]];
    if (!isObj2(level[0])) return void 0;
    for (const k of blockPath) {
      const els = level.flatMap((e) => Array.isArray(e) ? e : [e]).filter(isObj2);
      if (!els.length) return void 0;
      if (els.every((e) => !(k in e))) return k;
      level = els.flatMap((e) => k in e ? [e[k]] : []);
    }
    return void 0;
  }
  /** What kept the value at `hintPath` unknown: the source's construct (terraform-dir), else the plan's references. */
  constructOf(r, hintPath, hclExpr) {
    const dyn = this.dynamicBlockOn(r, hintPath.slice(0, -1));
    if (dyn) return { kind: "dynamic-block", name: dyn };
    if (this.opts.config && hclExpr !== void 0) {
      const v = evaluateExpression(hclExpr, planScope(this.index, this.opts.config, r, this.ctx));
      const c = v.known ? void 0 : constructOfEvaluation(hclExpr, v.detail);
      if (c) return c;
    }
    return constructOfReferences(this.references(r, hintPath));
  }
  unknownDetail(r, n, hintPath, hclExpr) {
    const how = this.opts.config ? "and could not be evaluated from --terraform-dir" : "(pass --terraform-dir to evaluate it from the Terraform source)";
    const c = this.constructOf(r, hintPath, hclExpr);
    const from = c && !namesItself(c) ? `, from ${describeConstruct(c)},` : "";
    return {
      detail: `${r.address}.${pathText(n.path)} ${this.referencesHint(r, hintPath)}${from} ${how}`,
      ...c ? { construct: c } : {}
    };
  }
  /** Evaluate an HCL expression for resource r, if --terraform-dir gave us the source. */
  evalHcl(r, expr) {
    if (!this.opts.config || expr === void 0) return void 0;
    const v = evaluateExpression(expr, planScope(this.index, this.opts.config, r, this.ctx));
    if (v.known && typeof v.value === "string") return { known: true, value: v.value };
    return void 0;
  }
  hclBody(r) {
    return this.opts.config?.resource(moduleCallPath(r.moduleAddress), r.mode, r.type, r.name)?.body;
  }
  strList(r, n, hintPath, hclList) {
    const els = elements(n);
    if (els === "absent") return void 0;
    if (els === "unknown") {
      const all = Array.isArray(hclList) ? hclList.map((e) => this.evalHcl(r, e)) : [];
      if (all.length > 0 && all.every((x) => x !== void 0)) return known(all);
      const why = this.unknownDetail(r, n, hintPath, hclList);
      return unknown("after-apply", why.detail, why.construct);
    }
    return known(
      els.map((e, i) => {
        if (isUnknown(e)) {
          const h = Array.isArray(hclList) ? this.evalHcl(r, hclList[i]) : void 0;
          return h ?? {
            known: false,
            ...this.unknownDetail(r, e, hintPath, Array.isArray(hclList) ? hclList[i] : hclList)
          };
        }
        if (typeof e.value !== "string")
          return { known: false, detail: `${r.address}.${pathText(e.path)} is not a string` };
        if (e.sensitive === true) {
          this.secrets.add(e.value);
          return { known: true, value: e.value, sensitive: true };
        }
        return { known: true, value: e.value };
      })
    );
  }
  /**
   * A resource known only from planned_values (no resource_changes entry, e.g. a plan stripped with jq):
   * Terraform leaves values known only after apply out of planned_values, so an absent attribute cannot
   * be told from an unknown one (terraform-plan-json reference). Null is written, and stays a null.
   */
  absentUnknown(r, attr) {
    if (r.actions !== void 0 || !isObj2(r.value) || attr in r.value) return void 0;
    return unknown(
      "after-apply",
      `${r.address}.${attr} is absent from planned_values and the plan has no resource_changes entry for it, so it may be known only after apply`
    );
  }
  boolFact(r, attr, def) {
    const absent = this.absentUnknown(r, attr);
    if (absent) return absent;
    const s = scalar(child(root(r.value, r.unknownTree, r.sensitiveTree), attr), isBool);
    if (!s.known) return unknown("after-apply", `${r.address}.${attr} is known only after apply`);
    return s.value === null ? known(def, true) : known(s.value);
  }
  strFact(r, attr) {
    const s = this.absentUnknown(r, attr) ? { known: false } : scalar(child(root(r.value, r.unknownTree, r.sensitiveTree), attr), isString);
    if (!s.known) {
      const d = derivedAttribute(r, attr, this.ctx);
      if (d !== void 0) return known(d);
      const h = this.evalHcl(r, this.hclBody(r)?.[attr]);
      if (h?.known) return known(h.value);
      return unknown("after-apply", `${r.address}.${attr} ${this.referencesHint(r, [attr])}`);
    }
    if (s.sensitive && s.value) this.secrets.add(s.value);
    return known(s.value);
  }
  fieldSelectors(r, n, hclSel) {
    const els = elements(n);
    if (els === "unknown") {
      const dyn = this.dynamicBlockOn(r, ["advanced_event_selector", "field_selector"]);
      return dyn ? unknown(
        "after-apply",
        `${r.address}.${pathText(n.path)} is known only after apply, from a dynamic "${dyn}" block`,
        { kind: "dynamic-block", name: dyn }
      ) : unknown("after-apply", `${r.address}.${pathText(n.path)} is known only after apply`);
    }
    if (els === "absent") return known([]);
    const hclFs = blockList(hclSel, "field_selector");
    return known(
      els.map((fsNode) => {
        const f = scalar(child(fsNode, "field"), isString);
        let field;
        if (f.known && f.value) field = known(f.value);
        else
          field = unknown(
            "after-apply",
            `${r.address}.${pathText(fsNode.path)}.field is known only after apply`
          );
        const src = f.known && f.value ? this.pairFieldSelector(fsNode, f.value, hclFs) : void 0;
        const operators = {};
        for (const [op, attr] of OPERATOR_ATTRS) {
          const l = this.strList(
            r,
            child(fsNode, attr),
            ["advanced_event_selector", "field_selector", attr],
            src?.[attr]
          );
          if (l) operators[op] = l;
        }
        return { field, operators };
      })
    );
  }
  pairFieldSelector(fsNode, field, hclFs) {
    const same = hclFs.filter((h) => h["field"] === field);
    if (same.length <= 1) return same[0];
    const fits = same.filter(
      (h) => OPERATOR_ATTRS.every(([, attr]) => {
        const els = elements(child(fsNode, attr));
        const src = h[attr];
        if (els === "absent") return src === void 0 || src === null;
        if (!Array.isArray(src)) return els === "unknown" && src !== void 0 && src !== null;
        if (els === "unknown") return true;
        if (els.length !== src.length) return false;
        return els.every((e, i) => {
          const lit = typeof src[i] === "string" && !src[i].includes("${") ? src[i] : void 0;
          if (isUnknown(e)) return lit === void 0;
          return lit === void 0 || lit === e.value;
        });
      })
    );
    return fits.length === 1 ? fits[0] : void 0;
  }
  selectorSet(r) {
    const n = root(r.value, r.unknownTree, r.sensitiveTree);
    const body = this.hclBody(r);
    const advNode = child(n, "advanced_event_selector");
    const adv = elements(advNode);
    const basic = r.type === "aws_cloudtrail" ? elements(child(n, "event_selector")) : "absent";
    if (adv === "unknown" && r.type === "aws_cloudtrail_event_data_store") {
      const cfg = this.index.configOf(r);
      const written = cfg && isObj2(cfg["expressions"]) && "advanced_event_selector" in cfg["expressions"] || body && ("advanced_event_selector" in body || isObj2(body["dynamic"]));
      if (cfg && !written) return known({ kind: "none" }, true);
    }
    if (r.actions === void 0 && isObj2(r.value) && !("advanced_event_selector" in r.value) && !(r.type === "aws_cloudtrail" && "event_selector" in r.value))
      return unknown(
        "after-apply",
        `${r.address}: its selectors are absent from planned_values and the plan has no resource_changes entry for it`
      );
    if (adv === "unknown" || basic === "unknown") {
      const block = adv === "unknown" ? "advanced_event_selector" : "event_selector";
      const dyn = this.dynamicBlockOn(r, [block]);
      return dyn ? unknown(
        "after-apply",
        `${r.address}: ${block} is known only after apply, from a dynamic "${dyn}" block over values known only after apply`,
        { kind: "dynamic-block", name: dyn }
      ) : unknown(
        "after-apply",
        `${r.address}: ${block} is known only after apply (a dynamic block over unknown values?)`
      );
    }
    const hclAdv = body && !isObj2(body["dynamic"]) ? blockList(body, "advanced_event_selector") : [];
    const hclBasic = body && !isObj2(body["dynamic"]) ? blockList(body, "event_selector") : [];
    const advanced = (adv === "absent" ? [] : adv).map((s, i) => {
      const name = scalar(child(s, "name"), isString);
      return {
        ...name.known && name.value ? { name: name.value } : {},
        fieldSelectors: this.fieldSelectors(r, child(s, "field_selector"), hclAdv[i])
      };
    });
    const basics = (basic === "absent" ? [] : basic).map((s, i) => {
      const rw = scalar(child(s, "read_write_type"), isString);
      const readWriteType = !rw.known ? unknown("after-apply", `${r.address}.${pathText(s.path)}.read_write_type is known only after apply`) : rw.value === null ? known("All", true) : known(rw.value);
      const drs = elements(child(s, "data_resource"));
      const hclDr = blockList(hclBasic[i], "data_resource");
      const dataResources = drs === "unknown" ? unknown("after-apply", `${r.address}.${pathText(s.path)}.data_resource is known only after apply`) : known(
        (drs === "absent" ? [] : drs).map((d, j) => {
          const t = scalar(child(d, "type"), isString);
          return {
            type: t.known && t.value ? known(t.value) : unknown(
              "after-apply",
              `${r.address}.${pathText(d.path)}.type is known only after apply`
            ),
            values: this.strList(
              r,
              child(d, "values"),
              ["event_selector", "data_resource", "values"],
              hclDr[j]?.["values"]
            ) ?? known([])
          };
        })
      );
      return { readWriteType, dataResources };
    });
    if (advanced.length > 0 && basics.length > 0) return known({ kind: "conflict", basic: basics, advanced });
    if (advanced.length > 0) return known({ kind: "advanced", selectors: advanced });
    if (basics.length > 0) return known({ kind: "basic", selectors: basics });
    return known({ kind: "none" });
  }
  /** Addresses whose change Terraform deferred (1.9+ `deferred_changes`): their planned state is not known. */
  deferred() {
    const out = /* @__PURE__ */ new Map();
    const list = this.index.plan["deferred_changes"];
    for (const d of Array.isArray(list) ? list : []) {
      const rc = isObj2(d) && isObj2(d["resource_change"]) ? d["resource_change"] : void 0;
      if (rc && typeof rc["address"] === "string")
        out.set(rc["address"], String(isObj2(d) ? d["reason"] : "deferred"));
    }
    return out;
  }
  recorder(r) {
    const isTrail = r.type === "aws_cloudtrail";
    const name = this.strFact(r, "name");
    const arn = this.strFact(r, "arn");
    const home = this.regionFact(r);
    const partition = home.known ? partitionOfRegion(home.value) : this.ctx.partition;
    const organization = isTrail ? this.boolFact(r, "is_organization_trail", false) : this.boolFact(r, "organization_enabled", false);
    let accountId = this.accountFact;
    if (arn.known && arn.value) accountId = known(arn.value.split(":")[4] ?? "");
    else if (isTrail && organization.known && organization.value)
      accountId = this.ctx.managementAccountId ? known(this.ctx.managementAccountId) : unknown(
        "after-apply",
        `${r.address} is an organization trail: it belongs to the organization's management account, which the plan does not name (read data.aws_organizations_organization)`
      );
    let logging;
    let loggingDetail;
    if (isTrail) {
      logging = this.boolFact(r, "enable_logging", true);
      loggingDetail = "enable_logging = false (the trail is stopped and records nothing)";
    } else {
      const s = this.absentUnknown(r, "suspend") ? { known: false } : scalar(child(root(r.value, r.unknownTree, r.sensitiveTree), "suspend"), isString);
      logging = !s.known ? unknown("after-apply", `${r.address}.suspend is known only after apply`) : known(s.value !== "true", s.value === null);
      loggingDetail = 'suspend = "true" (ingestion stopped)';
    }
    const orEmpty = (f) => f.known ? known(f.value ?? "") : unknown(f.reason, f.detail);
    const base = {
      id: r.address,
      origin: this.origin(r),
      name: orEmpty(name),
      arn: orEmpty(arn),
      partition: known(partition),
      accountId,
      homeRegion: home,
      // CreateTrail: IsMultiRegionTrail defaults to false; an event data store is multi-Region by default.
      multiRegion: isTrail ? this.boolFact(r, "is_multi_region_trail", false) : this.boolFact(r, "multi_region_enabled", true),
      organization,
      ...organization.known && organization.value && this.organizationId ? { organizationId: known(this.organizationId) } : {},
      logging,
      loggingDetail,
      selectors: this.deferredChanges.has(r.address) ? unknown(
        "after-apply",
        `${r.address}: Terraform deferred its change (${this.deferredChanges.get(r.address)})`,
        // instance_count_unknown: count or for_each of it (or of its module) is known only after apply.
        this.deferredChanges.get(r.address) === "instance_count_unknown" ? { kind: "count-for-each", name: r.address.replace(/\[[^\]]*\]$/, "") } : void 0
      ) : this.selectorSet(r),
      change: changeOf(r),
      ...isObj2(r.before) && typeof r.before["arn"] === "string" && r.before["arn"] ? { priorArn: r.before["arn"] } : {}
    };
    if (!isTrail) return { kind: "event-data-store", ...base };
    const kmsKeyId = this.strFact(r, "kms_key_id");
    const kmsKey = this.kmsKeyOf(r, kmsKeyId);
    const cwRole = this.strFact(r, "cloud_watch_logs_role_arn");
    const cwRoleResource = this.cloudWatchLogsRoleOf(r, cwRole);
    return {
      kind: "trail",
      ...base,
      logBucket: orEmpty(this.bucketNameAttr(r, "s3_bucket_name")),
      logPrefix: this.strFact(r, "s3_key_prefix"),
      kmsKeyId,
      ...kmsKey ? { kmsKey } : {},
      logFileValidation: this.boolFact(r, "enable_log_file_validation", false),
      cloudWatchLogsGroupArn: this.strFact(r, "cloud_watch_logs_group_arn"),
      cloudWatchLogsRoleArn: cwRole,
      ...cwRoleResource ? { cloudWatchLogsRole: this.iamRole(cwRoleResource) } : {}
    };
  }
  /**
   * The aws_kms_key of a trail's kms_key_id, when it is in the plan: referenced (`aws_kms_key.k.arn`),
   * through an aws_kms_alias of the plan, or named by its known ARN, key ID or alias.
   */
  kmsKeyOf(r, keyId) {
    if (keyId.known && !keyId.value) return void 0;
    const live = (x) => changeOf(x) !== "delete";
    const keys = this.index.ofType("aws_kms_key").filter(live);
    const names = (k) => isObj2(k.value) ? [k.value["arn"], k.value["key_id"], k.value["id"]] : [];
    let key2 = keys.find((k) => this.pointsAt(r, "kms_key_id", k, names(k)));
    if (!key2)
      for (const alias of this.index.ofType("aws_kms_alias").filter(live)) {
        const a = isObj2(alias.value) ? alias.value : {};
        if (!this.pointsAt(r, "kms_key_id", alias, [a["arn"], a["name"]])) continue;
        key2 = keys.find((k) => this.pointsAt(alias, "target_key_id", k, names(k)));
        if (key2) break;
      }
    if (!key2) return void 0;
    const separate = this.index.ofType("aws_kms_key_policy").filter(live).find((p) => this.pointsAt(p, "key_id", key2, names(key2)));
    const written = (x, attr) => {
      const e = this.index.configOf(x)?.["expressions"];
      return isObj2(e) && attr in e || this.hclBody(x)?.[attr] !== void 0;
    };
    const own = this.policyDocument(key2);
    const policy = separate ? { origin: this.origin(separate), document: this.policyDocument(separate) } : {
      origin: this.origin(key2),
      // `policy` is Optional+Computed: unknown on create when unset, and then AWS's default key policy.
      document: !own.known && changeOf(key2) === "create" && !written(key2, "policy") ? known(null, true) : own
    };
    return {
      origin: this.origin(key2),
      policy,
      enabled: this.boolFact(key2, "is_enabled", true),
      region: this.regionFact(key2)
    };
  }
  /** Whether attribute `attr` of r names `target`: by a reference to it, or by one of its known names. */
  pointsAt(r, attr, target, names) {
    const v = isObj2(r.value) ? r.value[attr] : void 0;
    if (typeof v === "string" && v) return names.includes(v);
    const prefix = r.moduleAddress ? `${r.moduleAddress}.` : "";
    return this.refsOf(r, attr).some((ref) => {
      const subject2 = ref.replace(/\.[a-z_]+$/, "");
      return prefix + subject2 === target.address || prefix + ref === target.address;
    });
  }
  /** The aws_iam_role a trail's cloud_watch_logs_role_arn names, when it is in the plan. */
  cloudWatchLogsRoleOf(r, roleArn) {
    if (roleArn.known && !roleArn.value) return void 0;
    const roles = this.index.ofType("aws_iam_role").filter((x) => changeOf(x) !== "delete");
    return roles.find(
      (role) => this.pointsAt(r, "cloud_watch_logs_role_arn", role, [
        isObj2(role.value) ? role.value["arn"] : void 0,
        derivedAttribute(role, "arn", this.ctx)
      ])
    );
  }
  /**
   * A role with the policies the plan gives it: its trust policy (assume_role_policy), inline policies
   * (aws_iam_role_policy, inline_policy blocks) and attached ones (aws_iam_role_policy_attachment of an
   * aws_iam_policy of the plan). An attachment of a policy the plan does not hold (an AWS managed
   * policy, one made elsewhere) is listed as unread.
   */
  iamRole(role) {
    const v = isObj2(role.value) ? role.value : {};
    const names = [v["name"], v["id"], v["arn"], derivedAttribute(role, "arn", this.ctx)];
    const policies = [];
    const unread = [];
    const written = (attr) => {
      const e = this.index.configOf(role)?.["expressions"];
      return isObj2(e) && attr in e || this.hclBody(role)?.[attr] !== void 0;
    };
    const n = root(role.value, role.unknownTree, role.sensitiveTree);
    if (written("inline_policy")) {
      const inl = elements(child(n, "inline_policy"));
      if (inl === "unknown") unread.push(`${role.address}.inline_policy (known only after apply)`);
      else if (inl !== "absent")
        for (const b of inl) {
          const p = scalar(child(b, "policy"), isString);
          if (!p.known) unread.push(`${role.address}.inline_policy (known only after apply)`);
          else if (p.value) {
            let doc;
            try {
              doc = known(JSON.parse(p.value));
            } catch {
              doc = unknown("unparseable", `${role.address}.inline_policy is not valid JSON`);
            }
            policies.push({ origin: this.origin(role), document: doc });
          }
        }
    }
    if (written("managed_policy_arns"))
      unread.push(`${role.address}.managed_policy_arns (not read; use aws_iam_role_policy_attachment)`);
    const live = (x) => changeOf(x) !== "delete";
    for (const rp of this.index.ofType("aws_iam_role_policy").filter(live))
      if (this.pointsAt(rp, "role", role, names))
        policies.push({ origin: this.origin(rp), document: this.policyDocument(rp) });
    const managed = this.index.ofType("aws_iam_policy").filter(live);
    for (const at2 of this.index.ofType("aws_iam_role_policy_attachment").filter(live)) {
      if (!this.pointsAt(at2, "role", role, names)) continue;
      const pol = managed.find(
        (p) => this.pointsAt(at2, "policy_arn", p, [isObj2(p.value) ? p.value["arn"] : void 0])
      );
      if (pol) policies.push({ origin: this.origin(pol), document: this.policyDocument(pol) });
      else {
        const arn = isObj2(at2.value) ? at2.value["policy_arn"] : void 0;
        unread.push(typeof arn === "string" ? arn : `the policy_arn of ${at2.address}`);
      }
    }
    return {
      origin: this.origin(role),
      trustPolicy: { origin: this.origin(role), document: this.policyDocument(role, "assume_role_policy") },
      policies,
      unread
    };
  }
  /** `references` of an attribute in the configuration of r. */
  refsOf(r, attr) {
    const e = this.index.configOf(r)?.["expressions"];
    const x = isObj2(e) ? e[attr] : void 0;
    return isObj2(x) && Array.isArray(x["references"]) ? x["references"].map(String) : [];
  }
  /**
   * A bucket-name argument (`bucket`, `s3_bucket_name`). When the plan knows it only after apply:
   * evaluated from --terraform-dir, else read through the reference to one aws_s3_bucket
   * (`aws_s3_bucket.logs.id` / `.bucket`), whose name the plan knows. The inference assumes the
   * argument is that reference itself, as it is in practice; with --terraform-dir it is exact.
   */
  bucketNameAttr(r, attr) {
    const f = this.strFact(r, attr);
    if (f.known || this.opts.config) return f;
    const subjects = new Set(
      this.refsOf(r, attr).map((x) => /^(aws_s3_bucket\.[A-Za-z0-9_-]+)(\[[^\]]+\])?(\.(id|bucket))?$/.exec(x)).filter((m) => m !== null).map((m) => m[1])
    );
    if (subjects.size !== 1) return f;
    const [type, name] = [...subjects][0].split(".");
    const instances = this.index.ofType(type).filter((x) => x.moduleAddress === r.moduleAddress && x.name === name);
    if (instances.length !== 1 || instances[0]?.index !== void 0) return f;
    const target = instances[0];
    const n = target ? derivedAttribute(target, "bucket", this.ctx) : void 0;
    return n ? known(n, true) : f;
  }
  strings(n, hcl, r) {
    const els = elements(n);
    if (els === "absent") return void 0;
    const fromHcl = () => {
      if (!Array.isArray(hcl)) return void 0;
      const vals = hcl.map((e) => this.evalHcl(r, e));
      return vals.every((v) => v?.known) ? vals.map((v) => v.value) : void 0;
    };
    if (els === "unknown")
      return fromHcl() ?? [{ [UNKNOWN_MARK]: `${r.address}.${pathText(n.path)} is known only after apply` }];
    if (els.some(isUnknown)) {
      const h = fromHcl();
      if (h) return h;
    }
    return els.map(
      (e) => isUnknown(e) || typeof e.value !== "string" ? {
        [UNKNOWN_MARK]: `${r.address}.${pathText(e.path)} is known only after apply${this.opts.config ? "" : " (pass --terraform-dir to evaluate it)"}`
      } : e.value
    );
  }
  /**
   * The JSON of a data.aws_iam_policy_document whose read is deferred to apply, rebuilt from its
   * planned arguments (terraform-plan-json reference §5). Values still unknown are marked.
   */
  documentFromDataSource(ds) {
    const n = root(ds.value, ds.unknownTree, ds.sensitiveTree);
    for (const extra of [
      "source_policy_documents",
      "override_policy_documents",
      "source_json",
      "override_json"
    ]) {
      const e = child(n, extra);
      if (isUnknown(e) || Array.isArray(e.value) && e.value.length || typeof e.value === "string")
        return unknown("after-apply", `${ds.address} merges other documents (${extra}); not evaluated`);
    }
    const sts = elements(child(n, "statement"));
    if (sts === "unknown") return unknown("after-apply", `${ds.address}.statement is known only after apply`);
    const body = this.hclBody(ds);
    const hclSts = body && !isObj2(body["dynamic"]) ? blockList(body, "statement") : [];
    const statements = (sts === "absent" ? [] : sts).map((st, i) => {
      const h = hclSts[i];
      const out = {};
      const sid = scalar(child(st, "sid"), isString);
      if (sid.known && sid.value) out["Sid"] = sid.value;
      const eff = scalar(child(st, "effect"), isString);
      out["Effect"] = !eff.known ? { [UNKNOWN_MARK]: "effect unknown" } : eff.value ?? "Allow";
      for (const [attr, key2] of [
        ["actions", "Action"],
        ["not_actions", "NotAction"],
        ["resources", "Resource"],
        ["not_resources", "NotResource"]
      ]) {
        const v = this.strings(child(st, attr), h?.[attr], ds);
        if (v && v.length) out[key2] = v;
      }
      for (const [attr, key2] of [
        ["principals", "Principal"],
        ["not_principals", "NotPrincipal"]
      ]) {
        const ps = elements(child(st, attr));
        if (ps === "absent" || Array.isArray(ps) && ps.length === 0) continue;
        if (ps === "unknown") {
          out[key2] = { [UNKNOWN_MARK]: `${ds.address} ${attr} known only after apply` };
          continue;
        }
        const principal = /* @__PURE__ */ Object.create(null);
        for (const p of ps) {
          const type = scalar(child(p, "type"), isString);
          if (!type.known || !type.value) {
            out[key2] = { [UNKNOWN_MARK]: `${ds.address} ${attr} type known only after apply` };
            break;
          }
          const t = type.value;
          const same = blockList(h, attr).filter((b) => b["type"] === t);
          const src = same.length === 1 ? same[0] : void 0;
          const ids = this.strings(child(p, "identifiers"), src?.["identifiers"], ds) ?? [];
          if (t === "*") out[key2] = "*";
          else principal[t] = [...principal[t] ?? [], ...ids];
        }
        if (out[key2] === void 0) out[key2] = principal;
      }
      const conds = elements(child(st, "condition"));
      if (conds === "unknown")
        out["Condition"] = { [UNKNOWN_MARK]: `${ds.address} condition known only after apply` };
      else if (conds !== "absent" && conds.length) {
        const c = /* @__PURE__ */ Object.create(null);
        for (const cn of conds) {
          const test = scalar(child(cn, "test"), isString);
          const variable = scalar(child(cn, "variable"), isString);
          if (!test.known || !variable.known || !test.value || !variable.value) {
            out["Condition"] = {
              [UNKNOWN_MARK]: `${ds.address} condition test/variable known only after apply`
            };
            break;
          }
          const src = blockList(h, "condition").find(
            (b) => b["test"] === test.value && b["variable"] === variable.value
          );
          const values = this.strings(child(cn, "values"), src?.["values"], ds) ?? [];
          const block = c[test.value] ?? /* @__PURE__ */ Object.create(null);
          block[variable.value] = values;
          c[test.value] = block;
        }
        if (!out["Condition"]) out["Condition"] = c;
      }
      return out;
    });
    return known({ Version: "2012-10-17", Statement: statements });
  }
  /** The document of an aws_s3_bucket_policy: its known JSON, or the policy document it is built from. */
  policyDocument(r, attr = "policy") {
    const parse = (text, from) => {
      try {
        return known(JSON.parse(text));
      } catch {
        return unknown("unparseable", `${from} is not valid JSON`);
      }
    };
    const pol = this.strFact(r, attr);
    if (pol.known) return pol.value ? parse(pol.value, `${r.address}.${attr}`) : known(null);
    const ref = this.refsOf(r, attr).map((x) => /^data\.aws_iam_policy_document\.([A-Za-z0-9_-]+)(\[([^\]]+)\])?/.exec(x)).find((m) => m !== null);
    if (!ref) return unknown("after-apply", pol.detail);
    const idx = ref[3] === void 0 ? void 0 : /^\d+$/.test(ref[3]) ? Number(ref[3]) : JSON.parse(ref[3]);
    const ds = this.index.find(r.moduleAddress, "data", "aws_iam_policy_document", ref[1], idx);
    if (!ds)
      return unknown(
        "after-apply",
        `${pol.detail}; data.aws_iam_policy_document.${ref[1]} is not in the plan`
      );
    const json = scalar(child(root(ds.value, ds.unknownTree, ds.sensitiveTree), "json"), isString);
    if (json.known && json.value) return parse(json.value, `${ds.address}.json`);
    return this.documentFromDataSource(ds);
  }
  /**
   * The aws_s3_bucket_policy resources by bucket. One the plan deletes leaves the bucket without a policy
   * once applied (DeleteBucketPolicy), whatever the bucket's refreshed `policy` attribute still shows.
   */
  bucketPolicies() {
    const out = /* @__PURE__ */ new Map();
    const deleted = /* @__PURE__ */ new Map();
    for (const r of this.index.ofType("aws_s3_bucket_policy")) {
      const bucket = this.bucketNameAttr(r, "bucket");
      if (!bucket.known || !bucket.value) {
        if (changeOf(r) !== "delete")
          this.notes.push(
            `${r.address}: the bucket it applies to is known only after apply; its policy is not checked`
          );
        continue;
      }
      if (changeOf(r) === "delete")
        deleted.set(bucket.value, {
          origin: this.origin(r),
          document: known(null),
          managed: true,
          why: `this plan deletes ${r.address}`
        });
      else out.set(bucket.value, { origin: this.origin(r), document: this.policyDocument(r), managed: true });
    }
    for (const [b, p] of deleted) if (!out.has(b)) out.set(b, p);
    return out;
  }
  /** Buckets with Requester Pays by aws_s3_bucket_request_payment_configuration (payer = Requester). */
  requestPayers() {
    const out = /* @__PURE__ */ new Map();
    for (const r of this.index.ofType("aws_s3_bucket_request_payment_configuration")) {
      if (changeOf(r) === "delete") continue;
      const bucket = this.bucketNameAttr(r, "bucket");
      if (!bucket.known || !bucket.value) continue;
      const payer = this.strFact(r, "payer");
      out.set(
        bucket.value,
        payer.known ? known(payer.value === "Requester") : unknown("after-apply", payer.detail)
      );
    }
    return out;
  }
  /**
   * Server access logging per bucket name, from aws_s3_bucket_logging (provider v4 and later). A target
   * bucket exists when it is a bucket of the plan that the plan does not delete; one outside the plan is
   * unknown.
   */
  accessLogging() {
    const out = /* @__PURE__ */ new Map();
    let planned;
    for (const r of this.index.ofType("aws_s3_bucket_logging")) {
      if (changeOf(r) === "delete") continue;
      if (!planned) {
        planned = /* @__PURE__ */ new Map();
        for (const b of this.index.ofType("aws_s3_bucket")) {
          const n = this.strFact(b, "bucket");
          if (n.known && n.value) planned.set(n.value, b);
        }
      }
      const bucket = this.bucketNameAttr(r, "bucket");
      if (!bucket.known || !bucket.value) continue;
      const target = this.bucketNameAttr(r, "target_bucket");
      const prefix = this.strFact(r, "target_prefix");
      if (!target.known || !prefix.known) {
        out.set(
          bucket.value,
          unknown(
            "after-apply",
            `${r.address}: ${!target.known ? target.detail : prefix.known ? "" : prefix.detail}`
          )
        );
        continue;
      }
      const t = target.value ?? "";
      const tr = planned.get(t);
      out.set(
        bucket.value,
        known({
          targetBucket: t,
          targetPrefix: prefix.value ?? "",
          targetExists: tr ? known(changeOf(tr) !== "delete") : unknown(
            "not-collected",
            `target bucket ${t} is not in the plan, so its existence cannot be checked`
          ),
          ref: r.address
        })
      );
    }
    if (!planned)
      for (const b of this.index.ofType("aws_s3_bucket")) {
        const t = b.sensitiveTree;
        if (t === true || t !== null && typeof t === "object" && t["bucket"] === true)
          this.strFact(b, "bucket");
      }
    return out;
  }
  /**
   * Without aws_s3_bucket_logging: the bucket's own `logging` block (an argument before provider v4, read
   * back from AWS since). None: logging is off; on a bucket the plan creates, unknown means unset.
   */
  inlineLogging(r) {
    const els = elements(child(root(r.value, r.unknownTree, r.sensitiveTree), "logging"));
    if (els === "unknown")
      return changeOf(r) === "create" ? known(null, true) : unknown("after-apply", `${r.address}.logging is known only after apply`);
    if (els === "absent" || els.length === 0) return known(null, true);
    const first = els[0];
    const t = scalar(child(first, "target_bucket"), isString);
    const p = scalar(child(first, "target_prefix"), isString);
    if (!t.known || !p.known || !t.value)
      return unknown("after-apply", `${r.address}.logging is known only after apply`);
    const target = this.index.ofType("aws_s3_bucket").find((b) => isObj2(b.value) && b.value["bucket"] === t.value);
    return known({
      targetBucket: t.value,
      targetPrefix: p.value ?? "",
      targetExists: target ? known(changeOf(target) !== "delete") : unknown(
        "not-collected",
        `target bucket ${t.value} is not in the plan, so its existence cannot be checked`
      ),
      ref: r.address
    });
  }
  /**
   * The policy of a bucket that no aws_s3_bucket_policy of the plan manages. The provider's `policy`
   * attribute (Optional+Computed) is filled from GetBucketPolicy on refresh, so a document there is the
   * bucket's (terraform-provider-aws internal/service/s3/bucket.go). Without one, a bucket this plan
   * creates has no policy; an existing bucket's policy is managed outside this plan and not known here.
   */
  bucketPolicy(r, name) {
    const inline = this.strFact(r, "policy");
    const configured = this.index.configOf(r);
    const written = isObj2(configured) && isObj2(configured["expressions"]) && "policy" in configured["expressions"];
    if (inline.known && inline.value)
      return { origin: this.origin(r), document: this.policyDocument(r), managed: written };
    const change = changeOf(r);
    const created = change === "create" || change === "replace";
    if (!inline.known && !(created && configured && !written))
      return { origin: this.origin(r), document: unknown("after-apply", inline.detail), managed: true };
    if (created || written) return { origin: this.origin(r), document: known(null), managed: true };
    return {
      origin: this.origin(r),
      document: unknown(
        "not-collected",
        `bucket ${name} exists and its policy is managed outside this plan (no aws_s3_bucket_policy for it, and the plan shows no policy attribute); check it with --plan together with --live, or waive the rule for this trail`
      ),
      managed: false
    };
  }
  facts() {
    const recorders = [];
    for (const r of this.index.resources) {
      if (r.mode !== "managed") continue;
      if (r.type === "aws_cloudtrail" || r.type === "aws_cloudtrail_event_data_store")
        recorders.push(this.recorder(r));
    }
    for (const [r, why] of refusedDuplicates(recorders)) this.notes.push(`${r.id}: ${why}`);
    const policies = this.bucketPolicies();
    const payers = this.requestPayers();
    const logging = this.accessLogging();
    const buckets = /* @__PURE__ */ new Map();
    for (const r of this.index.ofType("aws_s3_bucket")) {
      const name = this.strFact(r, "bucket");
      if (!name.known || !name.value) {
        this.notes.push(
          `${r.address}: bucket name known only after apply (bucket_prefix?); it cannot be matched with the policy`
        );
        continue;
      }
      const policy = policies.get(name.value) ?? this.bucketPolicy(r, name.value);
      const region = this.regionFact(r);
      buckets.set(name.value, {
        name: name.value,
        origin: this.origin(r),
        region,
        accountId: this.accountFact,
        partition: known(region.known ? partitionOfRegion(region.value) : this.ctx.partition),
        policy,
        ...requesterPaysOf(payers.get(name.value), this.strFact(r, "request_payer")),
        serverAccessLogging: logging.get(name.value) ?? this.inlineLogging(r),
        change: changeOf(r)
      });
    }
    for (const r of this.index.ofType("aws_s3_directory_bucket")) {
      const name = this.strFact(r, "bucket");
      if (!name.known || !name.value) {
        this.notes.push(
          `${r.address}: bucket name known only after apply; it cannot be matched with the policy`
        );
        continue;
      }
      const region = this.regionFact(r);
      const arn = this.strFact(r, "arn");
      const acct = arn.known && arn.value ? arn.value.split(":")[4] : void 0;
      buckets.set(name.value, {
        name: name.value,
        kind: "directory",
        origin: this.origin(r),
        region,
        accountId: acct ? known(acct) : this.accountFact,
        partition: known(region.known ? partitionOfRegion(region.value) : this.ctx.partition),
        ...policies.has(name.value) ? { policy: policies.get(name.value) } : {},
        change: changeOf(r)
      });
    }
    const regionAny = this.index.defaultRegion();
    return {
      mode: "plan",
      recorders,
      buckets,
      notes: this.notes,
      secrets: [...this.secrets],
      defaults: {
        accountId: this.accountFact,
        partition: this.ctx.partition,
        region: regionAny ? known(regionAny) : unknown("after-apply", "no constant provider region in the plan")
      }
    };
  }
};
function requesterPaysOf(config, own) {
  if (config) return { requesterPays: config };
  if (own.known && own.value) return { requesterPays: known(own.value === "Requester") };
  return {};
}
function adaptPlan(plan, opts) {
  const o = opts.side === "before" ? { file: opts.file, side: "before" } : opts;
  return new PlanAdapter(plan, o).facts();
}
export {
  adaptPlan
};
