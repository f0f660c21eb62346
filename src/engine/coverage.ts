import type { BucketRequirement, Policy } from '../config/policy.js';
import type { Fact } from '../model/fact.js';
import type { Bucket, Facts, Recorder } from '../model/facts.js';
import { S3_DATA_API_BY_NAME, type S3DataApi } from '../model/s3-apis.js';
import type { Str } from '../model/selectors.js';
import { EVENT_TYPES, type SyntheticEvent } from './event.js';
import { explainSelectors } from './explain.js';
import { matchAdvanced, matchBasic } from './match.js';
import { and, or, type Tri } from './tri.js';
import type { BucketCoverage, CoverageStatus, EventCoverage } from './types.js';
import { selectorProblems } from './validate.js';
import { witnessSuffixes } from './witness.js';

/** The recorder-side result: which recorders count for a bucket at all, and why the others do not. */
interface Candidate {
  readonly rec: Recorder;
  readonly applies: Tri;
  /** Why it does not (false) or may not (undefined) apply. */
  readonly why: string[];
}

export interface InvalidSelector {
  readonly recorder: Recorder;
  readonly problems: readonly string[];
}

export interface CoverageResult {
  readonly buckets: readonly BucketCoverage[];
  readonly invalidSelectors: readonly InvalidSelector[];
}

const ANY_PRINCIPAL = 'arn:aws:sts::000000000000:assumed-role/any-role/any-session';

function factText<T>(f: Fact<T>): string {
  return f.known ? String(f.value) : `unknown (${f.detail})`;
}

/** Does this recorder see events of this bucket at all (status, Region, partition, account)? */
function candidateFor(rec: Recorder, bucket: Bucket, problems: readonly string[]): Candidate {
  const why: string[] = [];
  let applies: Tri = true;
  const fail = (r: Tri, reason: string) => {
    applies = and(applies, r);
    if (r !== true) why.push(reason);
  };
  if (rec.change === 'delete') fail(false, 'deleted by this plan (it records nothing once applied)');
  if (problems.length > 0) fail(false, `the API would reject its selectors (${problems.join('; ')})`);
  // A stopped trail records nothing; only an ENABLED event data store ingests
  // (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StopLogging.html).
  if (!rec.logging.known) fail(undefined, `logging status unknown (${rec.logging.detail})`);
  else if (!rec.logging.value)
    fail(
      false,
      `${rec.loggingDetail ?? 'logging is off'}; fix: ${rec.kind === 'trail' ? 'start logging (enable_logging = true / StartLogging)' : 'start ingestion (suspend = "false" / StartEventDataStoreIngestion)'}`,
    );
  if (rec.partition.known && bucket.partition.known && rec.partition.value !== bucket.partition.value)
    fail(false, `in partition ${rec.partition.value}, the bucket is in ${bucket.partition.value}`);
  // A single-Region trail (or EDS) records data events only for resources in its home Region
  // (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html).
  if (!rec.multiRegion.known) {
    fail(undefined, `multi-Region setting unknown (${rec.multiRegion.detail})`);
  } else if (!rec.multiRegion.value) {
    if (!rec.homeRegion.known || !bucket.region.known) {
      fail(
        undefined,
        `single-Region ${rec.kind === 'trail' ? 'trail' : 'event data store'} in ${factText(rec.homeRegion)}; bucket Region ${factText(bucket.region)}`,
      );
    } else if (rec.homeRegion.value !== bucket.region.value) {
      fail(
        false,
        `single-Region ${rec.kind === 'trail' ? 'trail' : 'event data store'} in ${rec.homeRegion.value} does not see ${bucket.region.value}, the bucket's Region; fix: ${rec.kind === 'trail' ? 'is_multi_region_trail = true' : 'multi_region_enabled = true'}, or a recorder in ${bucket.region.value}`,
      );
    }
  }
  // A trail of another account logs only its own account's calls on this bucket; an organization trail
  // covers every member account (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html).
  if (rec.accountId.known && bucket.accountId.known && rec.accountId.value !== bucket.accountId.value) {
    if (!rec.organization.known) fail(undefined, `organization setting unknown (${rec.organization.detail})`);
    else if (!rec.organization.value)
      fail(
        false,
        `belongs to account ${rec.accountId.value} and the bucket to ${bucket.accountId.value}: it records only its own account's calls; fix: a trail in ${bucket.accountId.value} or an organization trail`,
      );
  }
  return { rec, applies, why };
}

function matchRecorder(rec: Recorder, ev: SyntheticEvent): Tri {
  if (!rec.selectors.known) return undefined;
  const set = rec.selectors.value;
  let r: Tri = false;
  if (set.kind === 'basic') {
    for (const s of set.selectors) if ((r = or(r, matchBasic(s, ev))) === true) break;
  } else if (set.kind === 'advanced') {
    for (const s of set.selectors) if ((r = or(r, matchAdvanced(s, ev))) === true) break;
  }
  return r;
}

interface Constants {
  arnPrefix: Set<string>;
  arnSuffix: Set<string>;
  userPrefix: Set<string>;
  userSuffix: Set<string>;
  usesEventType: boolean;
  usesConsole: boolean;
}

function addValues(target: Set<string>, list: Fact<readonly Str[]> | undefined): void {
  if (!list?.known) return;
  for (const s of list.value) if (s.known) target.add(s.value);
}

function collectConstants(cands: readonly Candidate[]): Constants {
  const c: Constants = {
    arnPrefix: new Set(),
    arnSuffix: new Set(),
    userPrefix: new Set(),
    userSuffix: new Set(),
    usesEventType: false,
    usesConsole: false,
  };
  for (const { rec, applies } of cands) {
    if (applies === false || !rec.selectors.known) continue;
    const set = rec.selectors.value;
    if (set.kind === 'basic') {
      for (const sel of set.selectors)
        if (sel.dataResources.known)
          for (const dr of sel.dataResources.value) addValues(c.arnPrefix, dr.values);
    } else if (set.kind === 'advanced') {
      for (const sel of set.selectors) {
        if (!sel.fieldSelectors.known) continue;
        for (const fs of sel.fieldSelectors.value) {
          if (!fs.field.known) continue;
          const o = fs.operators;
          const field = fs.field.value;
          if (field === 'resources.ARN' || field === 'userIdentity.arn') {
            const [p, s] =
              field === 'resources.ARN' ? [c.arnPrefix, c.arnSuffix] : [c.userPrefix, c.userSuffix];
            for (const l of [o.Equals, o.StartsWith, o.NotEquals, o.NotStartsWith]) addValues(p, l);
            for (const l of [o.EndsWith, o.NotEndsWith]) addValues(s, l);
          } else if (field === 'eventType') c.usesEventType = true;
          else if (field === 'sessionCredentialFromConsole') c.usesConsole = true;
        }
      }
    }
  }
  return c;
}

interface Witness {
  readonly arn: string;
  /** The key (or request scope) shown to users. */
  readonly key: string | null;
  readonly userArn: string;
  readonly principalMatters: boolean;
  readonly eventType: string;
  readonly console: string;
}

function witnesses(bucketArn: string, prefix: string, api: S3DataApi, c: Constants): Witness[] {
  const arns: { arn: string; key: string | null }[] = [];
  if (api.bucketLevel) {
    // Bucket-level data events (HeadBucket, ListObjects, ListObjectVersions, DeleteObjects) carry the
    // ARNPrefix "arn:aws:s3:::bucket/" instead of an object ARN (S3 user guide, CloudTrail log examples).
    // They are matched on that single value whatever the required key prefix; the documented basic
    // selector rule for listings with a request prefix is not modelled, so such a trail is not credited
    // for whole-bucket listings (conservative).
    arns.push({ arn: bucketArn + '/', key: null });
  } else {
    const base = bucketArn + '/' + prefix;
    for (const s of witnessSuffixes({
      base,
      prefixConstants: c.arnPrefix,
      suffixConstants: c.arnSuffix,
      allowEmpty: prefix !== '',
    }))
      arns.push({ arn: base + s, key: prefix + s });
  }
  const principalMatters = c.userPrefix.size + c.userSuffix.size > 0;
  const users = principalMatters
    ? witnessSuffixes({
        base: '',
        prefixConstants: c.userPrefix,
        suffixConstants: c.userSuffix,
        allowEmpty: true,
      })
    : [ANY_PRINCIPAL];
  const types: readonly string[] = c.usesEventType ? EVENT_TYPES : ['AwsApiCall'];
  const consoles = c.usesConsole ? ['false', 'true'] : ['false'];
  const out: Witness[] = [];
  for (const a of arns)
    for (const u of users)
      for (const t of types)
        for (const k of consoles)
          out.push({ arn: a.arn, key: a.key, userArn: u, principalMatters, eventType: t, console: k });
  return out;
}

function describeWitness(w: Witness): string {
  const parts: string[] = [];
  parts.push(w.key === null ? `the bucket-level event (${w.arn})` : `key ${JSON.stringify(w.key)}`);
  if (w.principalMatters) parts.push(`caller ${JSON.stringify(w.userArn)}`);
  if (w.eventType !== 'AwsApiCall') parts.push(`eventType ${w.eventType} (records AWS generates itself)`);
  if (w.console === 'true') parts.push('console sessions');
  return parts.join(', ');
}

function statusOf(t: number, f: number, u: number): CoverageStatus {
  if (f === 0 && u === 0) return 'covered';
  if (t === 0 && u === 0) return 'uncovered';
  if (f === 0) return 'unknown';
  // Something is known to be lost and something else is (or may be) recorded.
  return 'partial';
}

const MAX_GAPS = 4;

function evaluateEvent(
  api: S3DataApi,
  req: BucketRequirement,
  bucketArn: string,
  cands: readonly Candidate[],
  consts: Constants,
): EventCoverage {
  let t = 0;
  let f = 0;
  let u = 0;
  const coveredBy = new Set<string>();
  const gaps = new Set<string>();
  const failingDescriptions: string[] = [];
  for (const prefix of req.prefixes) {
    for (const w of witnesses(bucketArn, prefix, api, consts)) {
      const ev: SyntheticEvent = {
        eventCategory: 'Data',
        resourcesType: 'AWS::S3::Object',
        eventSource: 's3.amazonaws.com',
        eventName: api.name,
        readOnly: api.readOnly,
        arn: w.arn,
        userArn: w.userArn,
        eventType: w.eventType,
        sessionCredentialFromConsole: w.console,
      };
      let r: Tri = false;
      const perRec: Tri[] = [];
      for (const c of cands) {
        const m = c.applies === false ? false : and(c.applies, matchRecorder(c.rec, ev));
        perRec.push(m);
        if (m === true) coveredBy.add(c.rec.id);
        r = or(r, m);
      }
      if (r === true) {
        t++;
        continue;
      }
      if (r === false) f++;
      else u++;
      if (gaps.size >= MAX_GAPS) continue;
      const reasons: string[] = [];
      if (cands.length === 0) reasons.push('no trail or event data store records it (none in the source)');
      cands.forEach((c, i) => {
        if (perRec[i] === true) return;
        if (c.applies !== true) reasons.push(`${c.rec.id}: ${c.why.join('; ')}`);
        else reasons.push(`${c.rec.id}: ${explainSelectors(c.rec, ev, bucketArn)}`);
      });
      const verdict = r === false ? 'not recorded' : 'cannot be proven recorded';
      failingDescriptions.push(describeWitness(w));
      gaps.add(`${verdict}: ${reasons.join(' | ')}`);
    }
  }
  const status = statusOf(t, f, u);
  // Name a lost key only where some keys are recorded and others not: then the witness is the news.
  const gapList = [...gaps].map((g, i) =>
    status === 'partial' && failingDescriptions[i] ? `${failingDescriptions[i]} ${g}` : g,
  );
  return { name: api.name, status, coveredBy: [...coveredBy].sort(), gaps: gapList };
}

export function combineStatuses(statuses: readonly CoverageStatus[]): CoverageStatus {
  if (statuses.length === 0) return 'covered';
  if (statuses.every((s) => s === 'covered')) return 'covered';
  if (statuses.every((s) => s === 'uncovered')) return 'uncovered';
  if (statuses.every((s) => s === 'covered' || s === 'unknown')) return 'unknown';
  return 'partial';
}

export function bucketFacts(req: BucketRequirement, facts: Facts): Bucket {
  const seen = facts.buckets.get(req.name);
  const region: Fact<string> = req.region
    ? { known: true, value: req.region }
    : (seen?.region ?? {
        known: false,
        reason: 'not-collected',
        detail: `bucket ${req.name} is not in the source and the policy gives no region`,
      });
  const accountId: Fact<string> = req.account
    ? { known: true, value: req.account }
    : (seen?.accountId ?? facts.defaults.accountId);
  return {
    name: req.name,
    origin: seen?.origin ?? { source: 'policy', ref: req.name, file: req.location.file },
    region,
    accountId,
    partition: seen?.partition ?? { known: true, value: facts.defaults.partition },
    ...(seen?.policy ? { policy: seen.policy } : {}),
    ...(seen?.change ? { change: seen.change } : {}),
  };
}

export function evaluateCoverage(facts: Facts, policy: Policy): CoverageResult {
  const invalidSelectors: InvalidSelector[] = [];
  const problems = new Map<Recorder, string[]>();
  for (const rec of facts.recorders) {
    const p = selectorProblems(rec);
    problems.set(rec, p);
    if (p.length > 0 && rec.change !== 'delete') invalidSelectors.push({ recorder: rec, problems: p });
  }
  const buckets: BucketCoverage[] = [];
  for (const req of policy.buckets) {
    const bucket = bucketFacts(req, facts);
    const partition = bucket.partition.known ? bucket.partition.value : facts.defaults.partition;
    const bucketArn = `arn:${partition}:s3:::${req.name}`;
    const cands = facts.recorders.map((r) => candidateFor(r, bucket, problems.get(r) ?? []));
    const consts = collectConstants(cands);
    const events: EventCoverage[] = [];
    for (const name of req.events) {
      const api = S3_DATA_API_BY_NAME.get(name);
      if (!api) continue;
      events.push(evaluateEvent(api, req, bucketArn, cands, consts));
    }
    buckets.push({
      name: req.name,
      status: combineStatuses(events.map((e) => e.status)),
      region: bucket.region.known ? bucket.region.value : null,
      prefixes: req.prefixes,
      events,
      location: req.location,
      ref: facts.buckets.get(req.name)?.origin.ref ?? null,
    });
  }
  return { buckets, invalidSelectors };
}
