import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);

// src/model/recorders.ts
var REFUSED = /* @__PURE__ */ new WeakMap();
function refusedDuplicates(recorders) {
  let out = REFUSED.get(recorders);
  if (out) return out;
  const m = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const r of recorders) {
    if (r.kind !== "trail" || r.origin.source !== "terraform-plan") continue;
    if (r.change === void 0 || r.change === "delete") continue;
    if (!r.name.known || !r.accountId.known || !r.homeRegion.known) continue;
    const k = `${r.accountId.value}|${r.homeRegion.value}|${r.name.value}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const exists = (r) => r.change !== "create" && r.change !== "replace";
    const kept = g.find(exists) ?? g[0];
    for (const r of g)
      if (r !== kept)
        m.set(
          r,
          `${kept.id} has the same name (${r.name.known ? r.name.value : ""}) in account ${r.accountId.known ? r.accountId.value : ""} and ${r.homeRegion.known ? r.homeRegion.value : ""}: CloudTrail refuses a second trail of that name (TrailAlreadyExistsException), so this one records nothing; fix: give it another name`
        );
  }
  out = m;
  REFUSED.set(recorders, out);
  return out;
}

// src/model/policy-document.ts
var UNKNOWN_MARK = "$unknown";

export {
  refusedDuplicates,
  UNKNOWN_MARK
};
