import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import "./chunk-V7BNKIHQ.js";

// src/sources/merge.ts
var value = (f) => f.known ? f.value : void 0;
function sameRecorder(plan, live) {
  if (plan.kind !== live.kind) return false;
  if (plan.priorArn && plan.priorArn === (value(live.arn) ?? live.id)) return true;
  const planArn = value(plan.arn);
  if (planArn) return planArn === (value(live.arn) ?? live.id);
  const name = value(plan.name);
  const home = value(plan.homeRegion);
  if (!name || !home || name !== value(live.name) || home !== value(live.homeRegion)) return false;
  const a = value(plan.accountId);
  const b = value(live.accountId);
  return a === void 0 || b === void 0 || a === b;
}
function withIdentity(plan, live) {
  return {
    ...plan,
    arn: plan.arn.known && plan.arn.value ? plan.arn : live.arn,
    accountId: plan.accountId.known ? plan.accountId : live.accountId,
    homeRegion: plan.homeRegion.known ? plan.homeRegion : live.homeRegion
  };
}
function mergeBucket(plan, live) {
  if (!live) return plan;
  const exists = plan.change !== "create" && plan.change !== "replace";
  const policy = plan.policy ?? live.policy;
  return {
    ...plan,
    region: !plan.region.known && exists && live.region.known ? live.region : plan.region,
    accountId: !plan.accountId.known && exists && live.accountId.known ? live.accountId : plan.accountId,
    ...policy ? { policy } : {}
  };
}
function mergeFacts(plan, live) {
  const replaced = /* @__PURE__ */ new Set();
  const planned = plan.recorders.map((p) => {
    const l = live.recorders.find((r) => !replaced.has(r) && sameRecorder(p, r));
    if (!l) return p;
    replaced.add(l);
    return withIdentity(p, l);
  });
  const recorders = [...planned, ...live.recorders.filter((r) => !replaced.has(r))];
  const buckets = new Map(live.buckets);
  for (const [name, b] of plan.buckets) buckets.set(name, mergeBucket(b, live.buckets.get(name)));
  return {
    mode: "plan+live",
    recorders,
    buckets,
    notes: [...plan.notes, ...live.notes],
    secrets: [...plan.secrets ?? [], ...live.secrets ?? []],
    defaults: {
      accountId: plan.defaults.accountId.known ? plan.defaults.accountId : live.defaults.accountId,
      partition: plan.defaults.region.known ? plan.defaults.partition : live.defaults.partition,
      region: plan.defaults.region.known ? plan.defaults.region : live.defaults.region
    }
  };
}
export {
  mergeFacts,
  sameRecorder
};
