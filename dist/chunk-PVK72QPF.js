import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import "./chunk-V7BNKIHQ.js";

// src/sources/terraform-plan/changes.ts
var COVERAGE_TYPES = /^aws_(cloudtrail|s3_|caller_identity$|partition$|region$|organizations_organization$)/;
function planMayChangeCoverage(plan) {
  const changes = plan["resource_changes"];
  if (!Array.isArray(changes)) return true;
  for (const rc of changes) {
    if (typeof rc !== "object" || rc === null) return true;
    const { type, change } = rc;
    if (typeof type !== "string") return true;
    if (!COVERAGE_TYPES.test(type)) continue;
    const actions = change?.actions;
    if (!Array.isArray(actions) || actions.length !== 1 || actions[0] !== "no-op") return true;
  }
  return false;
}
export {
  planMayChangeCoverage
};
