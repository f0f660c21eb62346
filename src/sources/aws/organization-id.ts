import {
  DescribeOrganizationCommand,
  OrganizationsClient,
  type DescribeOrganizationCommandOutput,
} from '@aws-sdk/client-organizations';
import { known } from '../../model/fact.js';
import type { Facts, Recorder } from '../../model/facts.js';
import {
  AwsCaller,
  createAwsClients,
  DEFAULT_BOUNDS,
  clientConfig,
  DEFAULT_TIMEOUTS,
  endpointsFromEnv,
  failureText,
  resolveRegion,
  type CallResult,
  type ClientSettings,
  type Env,
} from './clients.js';
import { fits, SHAPES } from './shapes.js';

/**
 * The one call plain live mode makes besides {@link AWS_ACTIONS}, and only when the account shows an
 * organization trail or event data store: its README IAM policy lists it (optional: without it the
 * organization's ID stays unknown, as before).
 */
export const LIVE_ORGANIZATION_ACTIONS = ['organizations:DescribeOrganization'] as const;

export interface OrganizationIdDeps {
  readonly env?: Env;
  readonly clientSettings?: Omit<ClientSettings, 'env' | 'credentials'>;
  readonly callMs?: number;
}

const isOrganizationRecorder = (r: Recorder) =>
  r.organization.known && r.organization.value && !r.organizationId?.known;

/**
 * Live mode: the organization's ID (`o-…`) for the organization trails and event data stores the account
 * shows, so a log bucket policy that grants `AWSLogs/o-ID/` to one named organization can be checked
 * against it. Any account of an organization may call DescribeOrganization
 * (https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeOrganization.html); when it
 * fails (AccessDenied, not in an organization, a timeout) the ID stays unknown and a warning says why.
 * Without such a recorder no call is made.
 *
 * `prefetch` starts the call as soon as collection sees an organization trail or event data store (so it
 * runs beside the rest of collection instead of after it); `apply` then waits for that call, or makes it
 * when nothing was prefetched. `dispose` releases the client when `apply` is never reached.
 */
export interface OrganizationIdReader {
  prefetch(): void;
  apply(facts: Facts): Promise<Facts>;
  dispose(): void;
}

type Answer = CallResult<DescribeOrganizationCommandOutput>;

export function organizationIdReader(
  region: string | undefined,
  deps: OrganizationIdDeps = {},
): OrganizationIdReader {
  const env = deps.env ?? process.env;
  const settings = deps.clientSettings ?? {};
  let org: OrganizationsClient | undefined;
  let pending: Promise<Answer> | undefined;
  const dispose = () => {
    org?.destroy();
    org = undefined;
  };
  const start = (at: string): Promise<Answer> => {
    if (pending) return pending;
    const endpoint = endpointsFromEnv(env).organizations;
    const client = new OrganizationsClient({
      region: at,
      ...clientConfig(settings),
      ...(endpoint ? { endpoint } : {}),
    });
    org = client;
    const caller = new AwsCaller(createAwsClients({ ...settings, env }), DEFAULT_BOUNDS, {
      callMs: deps.callMs ?? DEFAULT_TIMEOUTS.callMs,
    });
    pending = caller.call(
      'organizations:DescribeOrganization',
      at,
      '',
      (abortSignal) => client.send(new DescribeOrganizationCommand({}), { abortSignal }),
      fits(SHAPES.DescribeOrganization),
    );
    // Awaited by apply; a credential error (the only rejection) must not go unhandled meanwhile.
    pending.catch(() => {});
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
        const at =
          resolveRegion(region, env) ??
          (facts.defaults.region.known ? facts.defaults.region.value : undefined);
        if (!at) return facts;
        const r = await start(at);
        const id = r.ok ? r.value.Organization?.Id : undefined;
        if (!id)
          return {
            ...facts,
            notes: [
              ...facts.notes,
              `the organization's ID is unknown (${r.ok ? 'no Organization.Id in the answer' : failureText(r.failure)}), so a log bucket grant to AWSLogs/o-ID/ cannot be checked against the organization trails' organization`,
            ],
          };
        return {
          ...facts,
          recorders: facts.recorders.map((x) =>
            isOrganizationRecorder(x) ? { ...x, organizationId: known(id) } : x,
          ),
        };
      } finally {
        dispose();
      }
    },
  };
}

/** {@link organizationIdReader} without a prefetch: the call, when needed, once the facts are collected. */
export function withOrganizationId(
  facts: Facts,
  region: string | undefined,
  deps: OrganizationIdDeps = {},
): Promise<Facts> {
  return organizationIdReader(region, deps).apply(facts);
}
