import type { Fact } from '../model/fact.js';
import type { Bucket, Facts, Recorder } from '../model/facts.js';

const value = <T>(f: Fact<T>): T | undefined => (f.known ? f.value : undefined);

/**
 * Is the plan's recorder the live one? Same ARN; or, when the plan does not know the ARN (a trail it
 * creates or replaces), the same name in the same home Region and not a known different account —
 * CloudTrail names are unique per account and Region.
 */
export function sameRecorder(plan: Recorder, live: Recorder): boolean {
  if (plan.kind !== live.kind) return false;
  // A replace (e.g. a rename) gives the planned object a new ARN: the live one it destroys is the one
  // the plan's before state names.
  if (plan.priorArn && plan.priorArn === (value(live.arn) ?? live.id)) return true;
  const planArn = value(plan.arn);
  if (planArn) return planArn === (value(live.arn) ?? live.id);
  const name = value(plan.name);
  const home = value(plan.homeRegion);
  if (!name || !home || name !== value(live.name) || home !== value(live.homeRegion)) return false;
  const a = value(plan.accountId);
  const b = value(live.accountId);
  return a === undefined || b === undefined || a === b;
}

/** Where the plan does not know who a recorder is, the live one it replaces does. */
function withIdentity(plan: Recorder, live: Recorder): Recorder {
  return {
    ...plan,
    arn: plan.arn.known && plan.arn.value ? plan.arn : live.arn,
    accountId: plan.accountId.known ? plan.accountId : live.accountId,
    homeRegion: plan.homeRegion.known ? plan.homeRegion : live.homeRegion,
  };
}

const orLive = <T>(p: Fact<T>, l: Fact<T>): Fact<T> => (l.known ? l : p);

/**
 * The plan's recorder over the live one, attribute by attribute. What the plan manages comes from the
 * plan; the recorder's status (delivery errors, an event data store's ingestion) and anything the plan
 * does not change come from the account:
 * - a plan that leaves the recorder alone (no-op) changes nothing, so the account is the truth for every
 *   setting (selectors reset outside Terraform, a stopped trail), the plan naming it only;
 * - an update applies the plan's arguments, but keeps LatestDeliveryError; an event data store's
 *   ingestion is not managed through `suspend` unless the plan changes it (the provider never reads it
 *   back), so a stopped store stays stopped;
 * - a replace creates a new recorder: the plan alone.
 */
function mergeRecorder(plan: Recorder, live: Recorder): Recorder {
  const p = withIdentity(plan, live);
  if (p.change === 'replace' || p.change === 'create' || p.change === 'delete') return p;
  const status = {
    ...(live.kind === 'trail' && live.deliveryError ? { deliveryError: live.deliveryError } : {}),
  };
  if (p.change === 'no-op' || p.change === 'read') {
    const logging = orLive(p.logging, live.logging);
    const base = {
      ...p,
      multiRegion: orLive(p.multiRegion, live.multiRegion),
      organization: orLive(p.organization, live.organization),
      logging,
      selectors: orLive(p.selectors, live.selectors),
      ...(logging === live.logging && live.loggingDetail ? { loggingDetail: live.loggingDetail } : {}),
    };
    if (base.kind === 'trail' && live.kind === 'trail')
      return {
        ...base,
        logBucket: orLive(base.logBucket, live.logBucket),
        logPrefix: orLive(base.logPrefix, live.logPrefix),
        kmsKeyId: orLive(base.kmsKeyId, live.kmsKeyId),
        logFileValidation: orLive(base.logFileValidation, live.logFileValidation),
        ...status,
      };
    return base;
  }
  // update
  if (
    p.kind === 'event-data-store' &&
    live.logging.known &&
    !live.logging.value &&
    p.logging.known &&
    p.logging.value
  )
    return {
      ...p,
      logging: live.logging,
      ...(live.loggingDetail
        ? { loggingDetail: `${live.loggingDetail} in the account; this plan does not start it` }
        : {}),
    };
  return { ...p, ...(p.kind === 'trail' ? status : {}) };
}

/**
 * The bucket of the plan replaces the live one. Its policy is a resource of its own
 * (aws_s3_bucket_policy): the plan's when the plan has one, else the account's. Region and account the
 * plan knows only after apply are taken from the account when the bucket already exists there.
 */
function mergeBucket(plan: Bucket, live: Bucket | undefined): Bucket {
  if (!live) return plan;
  const exists = plan.change !== 'create' && plan.change !== 'replace';
  // The plan's policy when it manages one (an aws_s3_bucket_policy, kept or deleted, or a new bucket);
  // otherwise the live policy stands.
  const policy = plan.policy?.managed ? plan.policy : (live.policy ?? plan.policy);
  // Server access logging the plan does not configure (defaulted off) is the account's, when read there.
  const sal = plan.serverAccessLogging;
  const logging =
    exists && live.serverAccessLogging && (!sal || (sal.known && sal.defaulted))
      ? live.serverAccessLogging
      : sal;
  return {
    ...plan,
    ...(logging ? { serverAccessLogging: logging } : {}),
    region: !plan.region.known && exists && live.region.known ? live.region : plan.region,
    accountId: !plan.accountId.known && exists && live.accountId.known ? live.accountId : plan.accountId,
    ...(policy ? { policy } : {}),
  };
}

/**
 * Plan + live: the plan's resources replace their live counterparts (a trail or event data store by ARN,
 * or by name + account + Region; a bucket by name), and everything else comes from the account. So a plan
 * that adds a bucket is credited to an organization trail managed elsewhere, and a plan that changes a
 * trail is judged with its planned selectors (a trail the plan deletes covers nothing).
 */
export function mergeFacts(plan: Facts, live: Facts): Facts {
  const replaced = new Set<Recorder>();
  const planned = plan.recorders.map((p) => {
    const l = live.recorders.find((r) => !replaced.has(r) && sameRecorder(p, r));
    if (!l) return p;
    replaced.add(l);
    return mergeRecorder(p, l);
  });
  const recorders = [...planned, ...live.recorders.filter((r) => !replaced.has(r))];
  const buckets = new Map<string, Bucket>(live.buckets);
  const org = live.mode === 'organization';
  const unplaced = new Map(live.unplaced ?? []);
  const scanned = new Set(live.scope?.accounts ?? []);
  for (const [name, b] of plan.buckets) {
    const l = live.buckets.get(name);
    let merged = mergeBucket(b, l);
    if (org) {
      // Organization mode: the account that lists the bucket holds it, whatever the plan's provider
      // account says. A bucket no scanned account lists yet (the plan creates it) is placed in the plan's
      // account when this run scans that account; otherwise it stays unplaced, with the live account fact
      // (another shard, or no account at all, holds it).
      if (l?.accountId.known && !unplaced.has(name)) merged = { ...merged, accountId: l.accountId };
      else if (unplaced.has(name)) {
        const a = b.accountId;
        if (a.known && scanned.has(a.value)) unplaced.delete(name);
        else if (l) merged = { ...merged, accountId: l.accountId };
      }
    }
    buckets.set(name, merged);
  }
  return {
    mode: org ? 'plan+organization' : 'plan+live',
    ...(org && live.scope ? { scope: live.scope } : {}),
    ...(org ? { unplaced } : {}),
    recorders,
    buckets,
    notes: [...plan.notes, ...live.notes],
    secrets: [...(plan.secrets ?? []), ...(live.secrets ?? [])],
    defaults: {
      accountId: plan.defaults.accountId.known ? plan.defaults.accountId : live.defaults.accountId,
      partition: plan.defaults.region.known ? plan.defaults.partition : live.defaults.partition,
      region: plan.defaults.region.known ? plan.defaults.region : live.defaults.region,
    },
  };
}
