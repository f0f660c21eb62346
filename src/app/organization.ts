import type { Policy } from '../config/policy.js';
import { evaluateCoverage, type CoverageResult } from '../engine/coverage.js';
import { remediate, type Fix } from '../engine/remediation.js';
import type { BucketCoverage } from '../engine/types.js';
import type { Facts, Recorder } from '../model/facts.js';

/**
 * Organization mode judges each account's buckets with the recorders that can record them: the
 * organization's trails and event data stores, and the account's own. A trail of another account records
 * only that account's calls, so it never covers; leaving it out keeps gap texts and fixes about the
 * account itself, the same whether the accounts were read in one run or in shards.
 */
const sees = (r: Recorder, account: string) =>
  (r.organization.known && r.organization.value) || (r.accountId.known && r.accountId.value === account);

interface Group {
  readonly facts: Facts;
  readonly policy: Policy;
}

function groups(facts: Facts, policy: Policy): Group[] {
  const by = new Map<string, Policy['buckets'][number][]>();
  for (const req of policy.buckets) {
    if (facts.unplaced?.has(req.name)) continue;
    const a = req.account ?? facts.buckets.get(req.name)?.accountId;
    const account = typeof a === 'string' ? a : a?.known ? a.value : '';
    by.set(account, [...(by.get(account) ?? []), req]);
  }
  return [...by].map(([account, reqs]) => ({
    facts: { ...facts, recorders: facts.recorders.filter((r) => sees(r, account)) },
    policy: { ...policy, buckets: reqs },
  }));
}

function unplacedCoverage(req: Policy['buckets'][number], why: string): BucketCoverage {
  return {
    name: req.name,
    status: 'unknown',
    region: req.region ?? null,
    prefixes: req.prefixes,
    events: req.events.map((name) => ({ name, status: 'unknown', coveredBy: [], gaps: [why] })),
    location: req.location,
    ref: null,
  };
}

/** Coverage and fixes of an organization run, account by account, in policy order. */
export function organizationCoverage(
  facts: Facts,
  policy: Policy,
): { readonly coverage: CoverageResult; readonly fixes: Fix[] } {
  const byName = new Map<string, BucketCoverage>();
  const fixesByName = new Map<string, Fix[]>();
  for (const g of groups(facts, policy)) {
    const c = evaluateCoverage(g.facts, g.policy);
    for (const b of c.buckets) byName.set(b.name, b);
    for (const f of remediate(g.facts, g.policy, c))
      fixesByName.set(f.bucket, [...(fixesByName.get(f.bucket) ?? []), f]);
  }
  const buckets = policy.buckets.map((req) => {
    const why = facts.unplaced?.get(req.name);
    return why !== undefined ? unplacedCoverage(req, why) : (byName.get(req.name) as BucketCoverage);
  });
  // Selector problems are about the recorders, whatever the bucket: found once over all of them.
  const { invalidSelectors } = evaluateCoverage(facts, { ...policy, buckets: [] });
  return {
    coverage: { buckets, invalidSelectors },
    fixes: policy.buckets.flatMap((req) => fixesByName.get(req.name) ?? []),
  };
}
