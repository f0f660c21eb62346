import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  require_dist_cjs
} from "./chunk-CVG4EJCO.js";
import {
  AwsCaller,
  DEFAULT_BOUNDS,
  DEFAULT_TIMEOUTS,
  SHAPES,
  clientConfig,
  createAwsClients,
  endpointsFromEnv,
  failureText,
  fits,
  resolveRegion
} from "./chunk-46KTH35H.js";
import "./chunk-EUBEWM6F.js";
import {
  known
} from "./chunk-NDIWE5B4.js";
import "./chunk-2AG42DZR.js";
import "./chunk-CFUEKAMD.js";
import {
  __toESM
} from "./chunk-V7BNKIHQ.js";

// src/sources/aws/organization-id.ts
var import_client_organizations = __toESM(require_dist_cjs(), 1);
var LIVE_ORGANIZATION_ACTIONS = ["organizations:DescribeOrganization"];
var isOrganizationRecorder = (r) => r.organization.known && r.organization.value && !r.organizationId?.known;
function organizationIdReader(region, deps = {}) {
  const env = deps.env ?? process.env;
  const settings = deps.clientSettings ?? {};
  let org;
  let pending;
  const dispose = () => {
    org?.destroy();
    org = void 0;
  };
  const start = (at) => {
    if (pending) return pending;
    const endpoint = endpointsFromEnv(env).organizations;
    const client = new import_client_organizations.OrganizationsClient({
      region: at,
      ...clientConfig(settings),
      ...endpoint ? { endpoint } : {}
    });
    org = client;
    const caller = new AwsCaller(createAwsClients({ ...settings, env }), DEFAULT_BOUNDS, {
      callMs: deps.callMs ?? DEFAULT_TIMEOUTS.callMs
    });
    pending = caller.call(
      "organizations:DescribeOrganization",
      at,
      "",
      (abortSignal) => client.send(new import_client_organizations.DescribeOrganizationCommand({}), { abortSignal }),
      fits(SHAPES.DescribeOrganization)
    );
    pending.catch(() => {
    });
    return pending;
  };
  return {
    prefetch() {
      const at = resolveRegion(region, env);
      if (at) void start(at);
    },
    dispose,
    async apply(facts) {
      try {
        if (!facts.recorders.some(isOrganizationRecorder)) return facts;
        const at = resolveRegion(region, env) ?? (facts.defaults.region.known ? facts.defaults.region.value : void 0);
        if (!at) return facts;
        const r = await start(at);
        const id = r.ok ? r.value.Organization?.Id : void 0;
        if (!id)
          return {
            ...facts,
            notes: [
              ...facts.notes,
              `the organization's ID is unknown (${r.ok ? "no Organization.Id in the answer" : failureText(r.failure)}), so a log bucket grant to AWSLogs/o-ID/ cannot be checked against the organization trails' organization`
            ]
          };
        return {
          ...facts,
          recorders: facts.recorders.map(
            (x) => isOrganizationRecorder(x) ? { ...x, organizationId: known(id) } : x
          )
        };
      } finally {
        dispose();
      }
    }
  };
}
function withOrganizationId(facts, region, deps = {}) {
  return organizationIdReader(region, deps).apply(facts);
}
export {
  LIVE_ORGANIZATION_ACTIONS,
  organizationIdReader,
  withOrganizationId
};
