import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);

// src/engine/tri.ts
function or(a, b) {
  if (a === true || b === true) return true;
  if (a === void 0 || b === void 0) return void 0;
  return false;
}
function and(a, b) {
  if (a === false || b === false) return false;
  if (a === void 0 || b === void 0) return void 0;
  return true;
}
function not(a) {
  return a === void 0 ? void 0 : !a;
}

// src/engine/iam-policy.ts
var UNKNOWN_MARK = "$unknown";
function toStr(v) {
  if (typeof v === "string") return { known: true, value: v };
  if (v !== null && typeof v === "object" && UNKNOWN_MARK in v)
    return { known: false, detail: String(v[UNKNOWN_MARK]) };
  if (typeof v === "boolean" || typeof v === "number") return { known: true, value: String(v) };
  return { known: false, detail: `unexpected value ${JSON.stringify(v)}` };
}
function list(v) {
  if (v === void 0 || v === null) return void 0;
  if (Array.isArray(v)) return v.map(toStr);
  return [toStr(v)];
}
function isUnknownMark(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) && UNKNOWN_MARK in v;
}
function principals(v) {
  if (v === void 0 || v === null) return void 0;
  if (v === "*") return { any: true, entries: [] };
  if (isUnknownMark(v)) return { any: void 0, entries: [] };
  if (typeof v !== "object" || Array.isArray(v)) return { any: false, entries: [] };
  const entries = [];
  let any = false;
  for (const [type, ids] of Object.entries(v)) {
    for (const id of list(ids) ?? []) {
      if (id.known && id.value === "*") any = true;
      entries.push({ type, id });
    }
  }
  return { any, entries };
}
function normalizePolicy(doc) {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc))
    throw new Error("a policy must be a JSON object");
  const raw = doc["Statement"];
  const statements = raw === void 0 ? [] : Array.isArray(raw) ? raw : [raw];
  return {
    statements: statements.map((s) => {
      if (s === null || typeof s !== "object") throw new Error("a Statement must be an object");
      const st = s;
      const effect = st["Effect"] === "Deny" ? "Deny" : st["Effect"] === "Allow" ? "Allow" : void 0;
      if (!effect) throw new Error(`Effect must be Allow or Deny, not ${JSON.stringify(st["Effect"])}`);
      let conditions = [];
      const cond = st["Condition"];
      if (isUnknownMark(cond)) conditions = "unknown";
      else if (cond && typeof cond === "object") {
        for (const [op, block] of Object.entries(cond)) {
          if (isUnknownMark(block) || !block || typeof block !== "object") {
            conditions = "unknown";
            break;
          }
          for (const [key, values] of Object.entries(block))
            conditions.push({
              operator: op.toLowerCase(),
              key: key.toLowerCase(),
              values: list(values) ?? []
            });
        }
      }
      const sid = typeof st["Sid"] === "string" && st["Sid"] ? st["Sid"] : void 0;
      const p = principals(st["Principal"]);
      const np = principals(st["NotPrincipal"]);
      const a = list(st["Action"]);
      const na = list(st["NotAction"]);
      const r = list(st["Resource"]);
      const nr = list(st["NotResource"]);
      return {
        ...sid ? { sid } : {},
        effect,
        ...p ? { principal: p } : {},
        ...np ? { notPrincipal: np } : {},
        ...a ? { action: a } : {},
        ...na ? { notAction: na } : {},
        ...r ? { resource: r } : {},
        ...nr ? { notResource: nr } : {},
        conditions
      };
    })
  };
}
function globMatch(pattern, value, ignoreCase = false) {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === "?" || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === "*") {
      star = pi++;
      mark = vi;
    } else if (star >= 0) {
      pi = star + 1;
      vi = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === "*") pi++;
  return pi === p.length;
}
function anyStr(values, test) {
  let r = false;
  for (const s of values ?? []) {
    r = or(r, s.known ? test(s.value) : void 0);
    if (r === true) return true;
  }
  return r;
}
function principalMatches(p, req) {
  let r = p.any;
  for (const e of p.entries) {
    if (e.type !== "Service") continue;
    r = or(r, e.id.known ? e.id.value.toLowerCase() === req.servicePrincipal : void 0);
  }
  return r;
}
var CONDITION_MATCHERS = {
  stringequals: (p, v) => p === v,
  stringnotequals: (p, v) => p === v,
  stringequalsignorecase: (p, v) => p.toLowerCase() === v.toLowerCase(),
  stringnotequalsignorecase: (p, v) => p.toLowerCase() === v.toLowerCase(),
  stringlike: (p, v) => globMatch(p, v),
  stringnotlike: (p, v) => globMatch(p, v),
  arnequals: (p, v) => globMatch(p, v),
  arnlike: (p, v) => globMatch(p, v),
  arnnotequals: (p, v) => globMatch(p, v),
  arnnotlike: (p, v) => globMatch(p, v),
  bool: (p, v) => p.toLowerCase() === v.toLowerCase()
};
function conditionHolds(c, req) {
  const forAll = c.operator.startsWith("forallvalues:");
  let op = c.operator.replace(/^(foranyvalue|forallvalues):/, "");
  const ifExists = op.endsWith("ifexists");
  if (ifExists) op = op.slice(0, -"ifexists".length);
  const value = req.keys[c.key];
  if (op === "null") {
    const wantsAbsent = anyStr(c.values, (v) => v.toLowerCase() === "true");
    return value === void 0 ? wantsAbsent : not(wantsAbsent);
  }
  const matcher = CONDITION_MATCHERS[op];
  if (!matcher) return void 0;
  const negated = op.includes("not");
  if (value === void 0)
    return ifExists || forAll ? true : c.operator.startsWith("foranyvalue:") ? false : negated;
  if (!value.known) return void 0;
  const hit = anyStr(c.values, (p) => matcher(p, value.value));
  return negated ? not(hit) : hit;
}
function statementApplies(st, req) {
  let r = true;
  if (st.principal) r = and(r, principalMatches(st.principal, req));
  if (st.notPrincipal) r = and(r, not(principalMatches(st.notPrincipal, req)));
  if (!st.principal && !st.notPrincipal) r = false;
  if (r === false) return false;
  const actionTest = (p) => globMatch(p, req.action, true);
  if (st.action) r = and(r, anyStr(st.action, actionTest));
  if (st.notAction) r = and(r, not(anyStr(st.notAction, actionTest)));
  if (!st.action && !st.notAction) r = false;
  if (r === false) return false;
  const resourceTest = (p) => req.resource.known ? globMatch(p, req.resource.value) : p === "*" ? true : void 0;
  if (st.resource) r = and(r, anyStr(st.resource, resourceTest));
  if (st.notResource) r = and(r, not(anyStr(st.notResource, resourceTest)));
  if (!st.resource && !st.notResource) r = false;
  if (r === false) return false;
  if (st.conditions === "unknown") return and(r, void 0);
  for (const c of st.conditions) {
    r = and(r, conditionHolds(c, req));
    if (r === false) return false;
  }
  return r;
}
function decide(policy, req) {
  let allow = false;
  let deny = false;
  const allowedBy = [];
  const deniedBy = [];
  for (const st of policy.statements) {
    const a = statementApplies(st, req);
    if (st.effect === "Allow") {
      allow = or(allow, a);
      if (a === true) allowedBy.push(st);
    } else {
      deny = or(deny, a);
      if (a === true) deniedBy.push(st);
    }
  }
  return { allowed: and(allow, not(deny)), allowedBy, deniedBy };
}

export {
  or,
  and,
  not,
  UNKNOWN_MARK,
  normalizePolicy,
  decide
};
