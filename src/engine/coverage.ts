import type { BucketRequirement, Policy } from '../config/policy.js';
import type { Fact } from '../model/fact.js';
import type { Bucket, Facts, Recorder, ServerAccessLogging } from '../model/facts.js';
import { refusedDuplicates } from '../model/recorders.js';
import {
  apisOf,
  bucketKindOf,
  DIRECTORY_BUCKET_APIS,
  eventShapeOf,
  S3_DATA_APIS,
  type BucketKind,
  type S3DataApi,
} from '../model/s3-apis.js';
import type { Str } from '../model/selectors.js';
import { EVENT_TYPES, type SyntheticEvent } from './event.js';
import { explainSelectors } from './explain.js';
import { matchAdvanced, matchBasic } from './match.js';
import { and, or, type Tri } from './tri.js';
import {
  SERVER_ACCESS_LOGS_LIMITS,
  SERVER_ACCESS_LOGS_QUALIFIER,
  type BucketCoverage,
  type CoverageStatus,
  type EventCoverage,
  type ServerAccessLogs,
} from './types.js';
import { selectorProblems } from './validate.js';
import { firstUnused, pickFiller, witnessSuffixes } from './witness.js';
import { pushAll } from '../util/push-all.js';
import { MAX_LISTED_VALUES, quote, shorten } from '../model/quote.js';

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
function candidateFor(
  rec: Recorder,
  bucket: Bucket,
  problems: readonly string[],
  refused?: string,
): Candidate {
  const why: string[] = [];
  let applies: Tri = true;
  const fail = (r: Tri, reason: string) => {
    applies = and(applies, r);
    if (r !== true) why.push(reason);
  };
  if (rec.change === 'delete') fail(false, 'deleted by this plan (it records nothing once applied)');
  if (refused !== undefined) fail(false, refused);
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
  const org = rec.organization.known && rec.organization.value;
  if (rec.accountId.known && bucket.accountId.known && rec.accountId.value !== bucket.accountId.value) {
    if (!rec.organization.known) fail(undefined, `organization setting unknown (${rec.organization.detail})`);
    else if (!org)
      fail(
        false,
        `belongs to account ${rec.accountId.value} and the bucket to ${bucket.accountId.value}: it records only its own account's calls; fix: a trail in ${bucket.accountId.value} or an organization trail`,
      );
  } else if (rec.accountId.known !== bucket.accountId.known && !org) {
    // One account is known and the other is not (e.g. the policy names the bucket's account and the plan
    // reads no aws_caller_identity): the trail may belong to another account. When neither is known, the
    // trail and the bucket come from one plan or one set of credentials, so they share the account.
    fail(
      undefined,
      `account of ${rec.accountId.known ? 'the bucket' : 'the recorder'} unknown (${rec.accountId.known ? (bucket.accountId as { detail: string }).detail : (rec.accountId as { detail: string }).detail}); it records only its own account's calls`,
    );
  }
  if (rec.kind === 'trail' && rec.deliveryError)
    // CloudTrail could not deliver the last log file (LatestDeliveryError): what it records may never reach
    // the bucket (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetTrailStatus.html).
    fail(
      undefined,
      `its last delivery of log files to the S3 bucket failed (GetTrailStatus LatestDeliveryError: ${rec.deliveryError})`,
    );
  return { rec, applies, why };
}

/**
 * `only`: the advanced selectors that can reach the bucket (the others match none of its events); all
 * when undefined.
 */
function matchRecorder(rec: Recorder, ev: SyntheticEvent, only?: readonly number[]): Tri {
  if (!rec.selectors.known) return undefined;
  const set = rec.selectors.value;
  let r: Tri = false;
  if (set.kind === 'basic') {
    for (const s of set.selectors) if ((r = or(r, matchBasic(s, ev))) === true) break;
  } else if (set.kind === 'advanced') {
    if (only) {
      for (const i of only) if ((r = or(r, matchAdvanced(set.selectors[i]!, ev))) === true) break;
    } else for (const s of set.selectors) if ((r = or(r, matchAdvanced(s, ev))) === true) break;
  }
  return r;
}

/**
 * Which advanced selectors of a recorder can reach a bucket: those without a resources.ARN restriction,
 * and those whose Equals/StartsWith values are a prefix of the bucket's ARN or extend it. With a
 * selector per bucket, each bucket then matches one selector, not all N.
 */
class SelectorReach {
  private readonly globals: number[] = [];
  private readonly byValue = new Map<string, number[]>();
  private readonly values: string[];
  private readonly extending: SlashGroups;
  private readonly lengths: readonly number[];

  constructor(
    readonly count: number,
    restrictions: readonly (readonly string[] | undefined)[],
  ) {
    restrictions.forEach((values, i) => {
      if (values === undefined) {
        this.globals.push(i);
        return;
      }
      for (const v of values) {
        const l = this.byValue.get(v);
        if (l) l.push(i);
        else this.byValue.set(v, [i]);
      }
    });
    this.values = [...this.byValue.keys()];
    this.extending = new SlashGroups(this.values);
    this.lengths = lengthsOf(this.values);
  }

  /** Sorted selector indexes; undefined when all of them reach it. */
  reaching(bucketArn: string): number[] | undefined {
    if (this.globals.length === this.count) return undefined;
    const base = bucketArn + '/';
    const out = new Set(this.globals);
    if (this.values.length <= FEW_VALUES) {
      // A few values (a selector over all buckets): one look at each beats a look-up per prefix length.
      for (const v of this.values)
        if (v !== '' && (base.startsWith(v) || v.startsWith(base) || v === bucketArn))
          for (const i of this.byValue.get(v) as number[]) out.add(i);
      return out.size === this.count ? undefined : [...out].sort((a, b) => a - b);
    }
    for (const n of this.lengths) {
      if (n > base.length) break;
      for (const i of this.byValue.get(base.slice(0, n)) ?? []) out.add(i);
    }
    // The bucket ARN itself (the equals trap) matches nothing but is about this bucket: keep it in view.
    for (const i of this.byValue.get(bucketArn) ?? []) out.add(i);
    for (const v of this.extending.of(base)) for (const i of this.byValue.get(v) ?? []) out.add(i);
    return out.size === this.count ? undefined : [...out].sort((a, b) => a - b);
  }
}

interface Constants {
  arnPrefix: Set<string>;
  /** arnPrefix, sorted: a key prefix finds the constants that extend it by binary search. */
  arnPrefixSorted?: string[];
  /** A character in no constant, picked once per bucket. */
  filler?: string;
  /** The characters of arnSuffix, userPrefix and userSuffix. */
  readonly otherChars: ReadonlySet<string>;
  arnSuffix: Set<string>;
  userPrefix: Set<string>;
  userSuffix: Set<string>;
  /** Unknown values of userIdentity.arn exclusions: each stands for a caller (the one it names). */
  userUnknown: Set<Str>;
  usesEventType: boolean;
  usesConsole: boolean;
}

/**
 * Per recorder, what the bucket-independent work needs: whether its selectors can reach any bucket
 * ("global"), the ARN constants that restrict which buckets they reach, and every constant the witness
 * construction may need, sorted so that a bucket finds its own constants by binary search. With it a
 * bucket sees the few recorders and constants that concern it, not all 500 values of every trail.
 */
interface RecorderIndex {
  readonly global: boolean;
  /** Advanced selectors only: which of them reach a given bucket. */
  readonly reach?: SelectorReach;
  readonly selecting: readonly string[];
  readonly arnSorted: readonly string[];
  /**
   * Where each ARN constant of arnSorted stands (selector, field and operator, or basic selector and
   * data resource), as one string: a bucket's verdict signature names the constants that extend its ARN
   * by their remainder and place, so that buckets of one recorder that differ only by name share it.
   */
  readonly arnPlaces: ReadonlyMap<string, string>;
  /** The distinct lengths of the ARN constants but 0, ascending. */
  readonly arnLengths: readonly number[];
  /** A single-Region recorder: its recorder-side checks read the bucket's Region. */
  readonly singleRegion: boolean;
  readonly arnSuffix: readonly string[];
  readonly userPrefix: readonly string[];
  readonly userSuffix: readonly string[];
  readonly userUnknown: readonly Str[];
  readonly usesEventType: boolean;
  readonly usesConsole: boolean;
  /**
   * What of the API the recorder's verdict depends on: nothing, its readOnly value, or its name. An
   * event of another API with the same answer gets the same verdict, so it is computed once.
   */
  readonly apiSensitivity: 'none' | 'readOnly' | 'name';
}

function knownValues(list: Fact<readonly Str[]> | undefined): string[] | undefined {
  if (!list) return [];
  if (!list.known || list.value.some((s) => !s.known)) return undefined;
  return list.value.map((s) => (s as { value: string }).value);
}

function indexRecorder(rec: Recorder): RecorderIndex {
  const arn = new Set<string>();
  const places = new Map<string, string>();
  const place = (v: string, where: string) => {
    const l = places.get(v);
    if (l === undefined) places.set(v, where);
    else if (!l.endsWith(` ${where}`) && l !== where) places.set(v, `${l} ${where}`);
  };
  const arnSuffix = new Set<string>();
  const userPrefix = new Set<string>();
  const userSuffix = new Set<string>();
  const userUnknown = new Set<Str>();
  const selecting: string[] = [];
  const restrictions: (string[] | undefined)[] = [];
  let global = false;
  let usesEventType = false;
  let usesConsole = false;
  let apiSensitivity: RecorderIndex['apiSensitivity'] = 'none';
  const sensitive = (level: 'readOnly' | 'name') => {
    if (level === 'name' || apiSensitivity === 'none') apiSensitivity = level;
  };
  if (!rec.selectors.known) global = true;
  else {
    const set = rec.selectors.value;
    if (set.kind === 'basic') {
      set.selectors.forEach((sel, si) => {
        if (!sel.readWriteType.known || sel.readWriteType.value !== 'All') sensitive('readOnly');
        if (!sel.dataResources.known) {
          global = true;
          return;
        }
        sel.dataResources.value.forEach((dr, di) => {
          const vals = knownValues(dr.values);
          if (vals === undefined) global = true;
          const where = `b${si}.${di}`;
          for (const s of dr.values.known ? dr.values.value : [])
            if (s.known) {
              arn.add(s.value);
              place(s.value, where);
            }
          if (vals) pushAll(selecting, vals);
        });
      });
    } else if (set.kind === 'advanced') {
      set.selectors.forEach((sel, si) => {
        if (!sel.fieldSelectors.known) {
          global = true;
          sensitive('name');
          restrictions.push(undefined);
          return;
        }
        let restricted = false;
        let restriction: string[] = [];
        sel.fieldSelectors.value.forEach((fs, fi) => {
          if (!fs.field.known) {
            sensitive('name');
            return;
          }
          const o = fs.operators;
          const field = fs.field.value;
          if (field === 'eventName') sensitive('name');
          else if (field === 'readOnly') sensitive('readOnly');
          if (field === 'resources.ARN' || field === 'userIdentity.arn') {
            const [p, sfx] = field === 'resources.ARN' ? [arn, arnSuffix] : [userPrefix, userSuffix];
            // A caller excluded by a value known only after apply is lost whatever the value is: the
            // caller it names. It gets a witness of its own (issue 10, item 18).
            if (field === 'userIdentity.arn')
              for (const l of [o.NotEquals, o.NotStartsWith, o.NotEndsWith])
                for (const x of l?.known ? l.value : []) if (!x.known) userUnknown.add(x);
            for (const op of ['Equals', 'StartsWith', 'NotEquals', 'NotStartsWith'] as const) {
              const l = o[op];
              const where = `a${si}.${fi}.${op}`;
              for (const x of l?.known ? l.value : [])
                if (x.known) {
                  p.add(x.value);
                  if (p === arn) place(x.value, where);
                }
            }
            for (const l of [o.EndsWith, o.NotEndsWith])
              for (const x of l?.known ? l.value : []) if (x.known) sfx.add(x.value);
            // A resources.ARN field whose SELECT side is only known Equals/StartsWith values limits the
            // selector to ARNs that start with one of them.
            if (field === 'resources.ARN' && !restricted && !o.EndsWith && (o.Equals || o.StartsWith)) {
              const eq = knownValues(o.Equals);
              const sw = knownValues(o.StartsWith);
              if (eq !== undefined && sw !== undefined) {
                restricted = true;
                restriction = [...eq, ...sw];
              }
            }
          } else if (field === 'eventType') usesEventType = true;
          else if (field === 'sessionCredentialFromConsole') usesConsole = true;
        });
        if (restricted) pushAll(selecting, restriction);
        else global = true;
        restrictions.push(restricted ? restriction : undefined);
      });
    }
  }
  return {
    global,
    selecting,
    ...(restrictions.length > 0 ? { reach: new SelectorReach(restrictions.length, restrictions) } : {}),
    arnSorted: [...arn].sort(),
    arnPlaces: places,
    arnLengths: lengthsOf(arn),
    singleRegion: rec.multiRegion.known && !rec.multiRegion.value,
    arnSuffix: [...arnSuffix],
    userPrefix: [...userPrefix],
    userSuffix: [...userSuffix],
    userUnknown: [...userUnknown],
    usesEventType,
    usesConsole,
    apiSensitivity,
  };
}

/** The distinct lengths of some strings but 0, ascending. */
function lengthsOf(values: Iterable<string>): number[] {
  const l = new Set<number>();
  for (const v of values) if (v.length > 0) l.add(v.length);
  return [...l].sort((a, b) => a - b);
}

/** Up to this many values, a scan of them is cheaper than a look-up per prefix length of an ARN. */
const FEW_VALUES = 16;

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The values of a sorted list that start with `prefix`. */
function withPrefix(sorted: readonly string[], prefix: string): string[] {
  const out: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && (sorted[i] as string).startsWith(prefix); i++)
    out.push(sorted[i] as string);
  return out;
}

const NO_VALUES: readonly string[] = [];

/**
 * The values that start with a given prefix ending in "/", in no particular order (withPrefix without a
 * sorted list): such a prefix with n slashes starts a value exactly when it is the value's head up to and
 * including its n-th slash. The values are grouped by that head once per n asked for (a hash pass over
 * them, where a sorted list costs a sort of every value: 49,400 for 100 trails of 494 values).
 */
export class SlashGroups {
  private readonly byDepth = new Map<number, Map<string, string[]>>();

  constructor(private readonly values: readonly string[]) {}

  /** The values that start with `prefix` (which must end with "/"). */
  of(prefix: string): readonly string[] {
    let n = 0;
    for (let i = prefix.indexOf('/'); i >= 0; i = prefix.indexOf('/', i + 1)) n++;
    let groups = this.byDepth.get(n);
    if (!groups) {
      groups = new Map();
      for (const v of this.values) {
        let at = -1;
        for (let k = 0; k < n && (at = v.indexOf('/', at + 1)) >= 0; k++);
        if (at < 0) continue;
        const head = v.slice(0, at + 1);
        const l = groups.get(head);
        if (l) l.push(v);
        else groups.set(head, [v]);
      }
      this.byDepth.set(n, groups);
    }
    return groups.get(prefix) ?? NO_VALUES;
  }
}

class CoverageIndex {
  readonly entries: RecorderIndex[];
  /** Every recorder's index, in order (one array for every bucket that is shown them all). */
  readonly all: readonly number[];
  /** The length of the longest ARN constant of any recorder. */
  readonly longestArn: number;
  private readonly globals: number[] = [];
  private readonly byValue = new Map<string, number[]>();
  private readonly values: string[];
  private readonly extending: SlashGroups;
  private readonly lengths: readonly number[];

  constructor(readonly recorders: readonly Recorder[]) {
    this.entries = recorders.map(indexRecorder);
    this.all = recorders.map((_r, i) => i);
    this.entries.forEach((e, i) => {
      if (e.global) this.globals.push(i);
      for (const v of e.selecting) {
        const l = this.byValue.get(v);
        if (l) l.push(i);
        else this.byValue.set(v, [i]);
      }
    });
    this.values = [...this.byValue.keys()];
    this.extending = new SlashGroups(this.values);
    this.lengths = lengthsOf(this.values);
    this.longestArn = this.longestArnOf(this.all);
  }

  /** The length of the longest ARN constant of these recorders (0 when they have none). */
  longestArnOf(indexes: readonly number[]): number {
    let n = 0;
    for (const i of indexes) {
      const l = (this.entries[i] as RecorderIndex).arnLengths;
      if (l.length > 0) n = Math.max(n, l[l.length - 1] as number);
    }
    return n;
  }

  private readonly relevantByHead = new Map<string, { list: number[]; key: string }>();

  /**
   * relevant(), with its indexes as one string. An ARN longer than every selecting value reaches the
   * recorders it does by its first characters up to that length: looked up by them.
   */
  relevantKeyed(bucketArn: string): { list: readonly number[]; key: string } {
    const longest = this.lengths.length > 0 ? (this.lengths[this.lengths.length - 1] as number) : 0;
    if (bucketArn.length <= longest) {
      const list = this.relevant(bucketArn);
      return { list, key: list.join(',') };
    }
    const head = bucketArn.slice(0, longest);
    let r = this.relevantByHead.get(head);
    if (!r) {
      const list = this.relevant(bucketArn);
      this.relevantByHead.set(head, (r = { list, key: list.join(',') }));
    }
    return r;
  }

  /** Recorders whose selectors can match some event of the bucket; the others match none of them. */
  relevant(bucketArn: string): number[] {
    const base = bucketArn + '/';
    const out = new Set(this.globals);
    if (this.values.length <= FEW_VALUES) {
      for (const v of this.values)
        if (v !== '' && (base.startsWith(v) || v.startsWith(base)))
          for (const i of this.byValue.get(v) as number[]) out.add(i);
      return [...out].sort((a, b) => a - b);
    }
    for (const n of this.lengths) {
      if (n > base.length) break;
      for (const i of this.byValue.get(base.slice(0, n)) ?? []) out.add(i);
    }
    for (const v of this.extending.of(base)) for (const i of this.byValue.get(v) ?? []) out.add(i);
    return [...out].sort((a, b) => a - b);
  }

  private readonly shared = new Map<string, SharedConstants>();

  /** `extending(i)`: recorder i's constants that extend bucketArn + "/" (see withPrefix). */
  constants(
    indexes: readonly number[],
    bucketArn: string,
    extending: (i: number) => readonly string[] = (i) =>
      withPrefix((this.entries[i] as RecorderIndex).arnSorted, bucketArn + '/'),
  ): Constants {
    // What does not depend on the bucket is gathered once per set of recorders, not once per bucket.
    const k = indexes.join(',');
    let sh = this.shared.get(k);
    if (!sh) {
      sh = {
        arnSuffix: new Set(),
        userPrefix: new Set(),
        userSuffix: new Set(),
        userUnknown: new Set(),
        usesEventType: false,
        usesConsole: false,
        otherChars: new Set(),
      };
      for (const i of indexes) {
        const e = this.entries[i] as RecorderIndex;
        for (const v of e.arnSuffix) sh.arnSuffix.add(v);
        for (const v of e.userPrefix) sh.userPrefix.add(v);
        for (const v of e.userSuffix) sh.userSuffix.add(v);
        for (const v of e.userUnknown) sh.userUnknown.add(v);
        sh.usesEventType ||= e.usesEventType;
        sh.usesConsole ||= e.usesConsole;
      }
      for (const l of [sh.arnSuffix, sh.userPrefix, sh.userSuffix])
        for (const v of l) for (const ch of v) sh.otherChars.add(ch);
      this.shared.set(k, sh);
    }
    const arnPrefix = new Set<string>();
    // Only constants that extend the bucket's ARN leave remainders; shorter ones hold for every key or none.
    for (const i of indexes) for (const v of extending(i)) arnPrefix.add(v);
    return { ...sh, arnPrefix };
  }
}

/** The constants of a set of recorders that do not depend on the bucket (shared, never changed). */
type SharedConstants = Omit<Constants, 'arnPrefix' | 'arnPrefixSorted' | 'filler' | 'otherChars'> & {
  readonly otherChars: Set<string>;
};

const INDEXES = new WeakMap<readonly Recorder[], CoverageIndex>();

function indexFor(recorders: readonly Recorder[]): CoverageIndex {
  let index = INDEXES.get(recorders);
  if (!index) {
    index = new CoverageIndex(recorders);
    INDEXES.set(recorders, index);
  }
  return index;
}
const PROBLEMS = new WeakMap<Recorder, string[]>();

function problemsOf(rec: Recorder): string[] {
  let p = PROBLEMS.get(rec);
  if (!p) {
    p = selectorProblems(rec);
    PROBLEMS.set(rec, p);
  }
  return p;
}

const API_SLOTS = new Map(
  [...new Set([...S3_DATA_APIS, ...DIRECTORY_BUCKET_APIS].map((a) => a.name))].map((n, i) => [n, i]),
);
function apiSlot(name: string): number {
  return API_SLOTS.get(name) ?? 60;
}

interface Witness {
  /** Position in the bucket's witness lists, for memoising verdicts across APIs. */
  id?: number;
  readonly arn: string;
  /** The key (or request prefix of a listing) shown to users; null for a bucket-level event. */
  readonly key: string | null;
  /** The witness is a listing with request prefix `key`. */
  readonly listing?: boolean;
  readonly userArn: string;
  /** The caller is the one an unknown exclusion value names (see Constants.userUnknown). */
  readonly userSymbol?: Str;
  readonly principalMatters: boolean;
  readonly eventType: string;
  readonly console: string;
  readonly consoleMatters: boolean;
  /** Why the ARN is not known (directory bucket without Region or account), when it is not. */
  readonly arnUnknown?: string;
}

type WitnessKind = 'object' | 'bucket' | 'listing';

function witnesses(
  bucketArn: string,
  prefix: string,
  kind: WitnessKind,
  c: Constants,
  arnUnknown?: string,
): Witness[] {
  // Once per bucket, not per prefix: with P prefixes and C constants the work is P log C + C, not P · C.
  c.arnPrefixSorted ??= [...c.arnPrefix].sort();
  c.filler ??= pickFiller([...c.arnPrefix, ...c.arnSuffix, ...c.userPrefix, ...c.userSuffix]);
  const arns: { arn: string; key: string | null }[] = [];
  if (kind === 'bucket') {
    // Bucket-level data events (HeadBucket, DeleteObjects, CreateSession) carry the ARNPrefix
    // "arn:aws:s3:::bucket/" instead of an object ARN (S3 user guide, CloudTrail log examples); AWS's
    // older guide says they are logged only for "a bucket and an empty prefix". One value.
    arns.push({ arn: bucketArn + '/', key: null });
  } else if (kind === 'listing') {
    // Listings (ListObjects, ListObjectVersions, ListObjectsV2) with a request prefix: AWS's older guide
    // logs them when the request prefix matches the trail's prefix; every public record has an empty one.
    // Conservative: the request prefix is part of the listing's ARN, and a listing is covered only if it
    // is recorded whatever the request prefix — every prefix of the required key prefix (they list its
    // keys too), and every extension of it.
    const seen = new Set<string>();
    const add = (p: string) => {
      if (!seen.has(p)) arns.push({ arn: `${bucketArn}/${p}`, key: p });
      seen.add(p);
    };
    for (let i = 0; i <= prefix.length; i++) add(prefix.slice(0, i));
    const base = bucketArn + '/' + prefix;
    for (const s of witnessSuffixes({
      base,
      prefixConstants: withPrefix(c.arnPrefixSorted, base),
      suffixConstants: c.arnSuffix,
      allowEmpty: true,
      filler: c.filler,
    }))
      add(prefix + s);
  } else {
    const base = bucketArn + '/' + prefix;
    // Only constants that extend this prefix leave remainders (witnessSuffixes ignores the others).
    for (const s of witnessSuffixes({
      base,
      prefixConstants: withPrefix(c.arnPrefixSorted, base),
      suffixConstants: c.arnSuffix,
      allowEmpty: prefix !== '',
      filler: c.filler,
    }))
      arns.push({ arn: base + s, key: prefix + s });
  }
  const principalMatters = c.userPrefix.size + c.userSuffix.size + c.userUnknown.size > 0;
  const users: { arn: string; symbol?: Str }[] = (
    principalMatters
      ? witnessSuffixes({
          base: '',
          prefixConstants: c.userPrefix,
          suffixConstants: c.userSuffix,
          allowEmpty: true,
          filler: c.filler,
        })
      : [ANY_PRINCIPAL]
  ).map((arn) => ({ arn }));
  for (const u of c.userUnknown)
    users.push({ arn: `(the caller named by ${u.known ? u.value : u.detail})`, symbol: u });
  const types: readonly string[] = c.usesEventType ? EVENT_TYPES : ['AwsApiCall'];
  const consoles = c.usesConsole ? ['false', 'true'] : ['false'];
  const out: Witness[] = [];
  for (const a of arns)
    for (const u of users)
      for (const t of types)
        for (const k of consoles)
          out.push({
            arn: a.arn,
            key: a.key,
            ...(kind === 'listing' ? { listing: true } : {}),
            userArn: u.arn,
            ...(u.symbol ? { userSymbol: u.symbol } : {}),
            principalMatters,
            eventType: t,
            console: k,
            consoleMatters: c.usesConsole,
            ...(arnUnknown !== undefined ? { arnUnknown } : {}),
          });
  return out;
}

function describeWitness(w: Witness): string {
  const parts: string[] = [];
  parts.push(
    w.key === null
      ? `the bucket-level event (${shorten(w.arn)})`
      : w.listing
        ? `a listing with request prefix ${quote(w.key)}`
        : `key ${quote(w.key)}`,
  );
  if (w.principalMatters)
    parts.push(w.userSymbol ? `the caller ${shorten(w.userArn.slice(1, -1))}` : `caller ${quote(w.userArn)}`);
  if (w.eventType !== 'AwsApiCall') parts.push(`eventType ${w.eventType} (records AWS generates itself)`);
  if (w.consoleMatters) parts.push(w.console === 'true' ? 'console sessions' : 'calls outside the console');
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
  kind: BucketKind,
  bucketArn: string,
  cands: readonly Candidate[],
  all: readonly Witness[],
  skipped: number,
  sens: readonly RecorderIndex['apiSensitivity'][],
  memo: Map<number, Tri>,
  coveredOnly: boolean,
  subsets: readonly (readonly number[] | undefined)[],
): EventCoverage {
  let t = 0;
  let f = 0;
  let u = 0;
  let explained = 0;
  const coveredBy = new Set<string>();
  const gaps = new Set<string>();
  const failingDescriptions: string[] = [];
  for (const w of all) {
    const ev: SyntheticEvent = {
      eventCategory: 'Data',
      ...eventShapeOf(kind),
      eventName: api.name,
      readOnly: api.readOnly,
      arn: w.arn,
      ...(w.arnUnknown !== undefined ? { arnUnknown: w.arnUnknown } : {}),
      userArn: w.userArn,
      ...(w.userSymbol ? { userSymbol: w.userSymbol } : {}),
      eventType: w.eventType,
      sessionCredentialFromConsole: w.console,
    };
    let r: Tri = false;
    const perRec: Tri[] = [];
    for (let ci = 0; ci < cands.length; ci++) {
      const c = cands[ci] as Candidate;
      let m: Tri;
      if (c.applies === false) m = false;
      else {
        const s = sens[ci];
        const slot =
          s === 'none'
            ? 0
            : s === 'readOnly' && !api.readOnlyUnverified
              ? api.readOnly
                ? 1
                : 2
              : 3 + apiSlot(api.name);
        const key = (ci * 1_000_003 + (w.id ?? 0)) * 64 + slot;
        if (memo.has(key)) m = memo.get(key);
        else {
          m = and(c.applies, matchRecorder(c.rec, ev, subsets[ci]));
          // No record shows this API's readOnly value: where it decides, the verdict is unknown.
          if (api.readOnlyUnverified && m !== undefined && s !== 'none')
            if (and(c.applies, matchRecorder(c.rec, { ...ev, readOnly: !ev.readOnly }, subsets[ci])) !== m)
              m = undefined;
          memo.set(key, m);
        }
      }
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
    // The caller asks only whether it is covered: it is not; no gap texts.
    if (coveredOnly) break;
    if (explained >= MAX_GAPS) continue;
    explained++;
    const reasons: string[] = [];
    if (cands.length === 0)
      reasons.push(
        skipped > 0
          ? `none of the ${skipped} trails and event data stores has a selector that reaches this bucket`
          : 'no trail or event data store records it (none in the source)',
      );
    cands.forEach((c, i) => {
      if (perRec[i] === true) return;
      if (c.applies !== true) reasons.push(`${c.rec.id}: ${c.why.join('; ')}`);
      else if (
        perRec[i] === undefined &&
        api.readOnlyUnverified &&
        matchRecorder(c.rec, ev) !== matchRecorder(c.rec, { ...ev, readOnly: !ev.readOnly })
      )
        reasons.push(
          `${c.rec.id}: its ReadWriteType or readOnly condition decides ${api.name}, whose readOnly value AWS does not document (taken as ${api.readOnly}; it records it only if that is right); fix: record both read and write events`,
        );
      else reasons.push(`${c.rec.id}: ${explainSelectors(c.rec, ev, bucketArn)}`);
    });
    if (cands.length && skipped > 0)
      reasons.push(`(${skipped} other recorders have no selector for this bucket)`);
    const verdict = r === false ? 'not recorded' : 'cannot be proven recorded';
    const g = `${verdict}: ${reasons.join(' | ')}`;
    if (!gaps.has(g)) {
      failingDescriptions.push(describeWitness(w));
      gaps.add(g);
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
    kind: seen?.kind ?? bucketKindOf(req.name),
    origin: seen?.origin ?? { source: 'policy', ref: req.name, file: req.location.file },
    region,
    accountId,
    partition: seen?.partition ?? { known: true, value: facts.defaults.partition },
    ...(seen?.policy ? { policy: seen.policy } : {}),
    ...(seen?.change ? { change: seen.change } : {}),
  };
}

/**
 * The bucket's server access logging as a report fact. It can stand as evidence only when it is on and
 * its target bucket exists and is another bucket: AWS warns against logging a bucket to itself, which
 * logs the log deliveries (https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html).
 */
function serverAccessLogsOf(
  name: string,
  f: Fact<ServerAccessLogging | null> | undefined,
): ServerAccessLogs | undefined {
  if (!f) return undefined;
  const limits = SERVER_ACCESS_LOGS_LIMITS;
  if (!f.known) return { status: 'unknown', usable: 'unknown', detail: f.detail, limits };
  if (f.value === null) return { status: 'off', usable: false, detail: 'server access logging is off' };
  const v = f.value;
  const target = `${v.targetBucket}/${v.targetPrefix}`;
  const base = { status: 'on' as const, target, ref: v.ref, limits };
  if (v.targetBucket === name)
    return {
      ...base,
      usable: false,
      detail: `the bucket logs to itself (${target}), which AWS warns against`,
    };
  if (!v.targetExists.known) return { ...base, usable: 'unknown', detail: v.targetExists.detail };
  if (!v.targetExists.value)
    return { ...base, usable: false, detail: `target bucket ${v.targetBucket} does not exist` };
  return { ...base, usable: true };
}

/**
 * The ARN of a bucket as data events carry it: `arn:P:s3:::NAME` for a general purpose bucket,
 * `arn:P:s3express:REGION:ACCOUNT:bucket/NAME` for a directory bucket
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-security-iam.html). A directory
 * bucket whose Region or account is not known has no known ARN: conditions on it stay undecided.
 */
function bucketArnOf(bucket: Bucket, partition: string): { arn: string; unknownDetail?: string } {
  if ((bucket.kind ?? bucketKindOf(bucket.name)) !== 'directory')
    return { arn: `arn:${partition}:s3:::${bucket.name}` };
  const region = bucket.region.known ? bucket.region.value : '?';
  const account = bucket.accountId.known ? bucket.accountId.value : '?';
  const arn = `arn:${partition}:s3express:${region}:${account}:bucket/${bucket.name}`;
  const missing = [
    ...(bucket.region.known ? [] : [`Region (${bucket.region.detail})`]),
    ...(bucket.accountId.known ? [] : [`account (${bucket.accountId.detail})`]),
  ];
  return missing.length === 0
    ? { arn }
    : {
        arn,
        unknownDetail: `the ARN of directory bucket ${bucket.name} (arn:${partition}:s3express:REGION:ACCOUNT:bucket/NAME) is not known: its ${missing.join(' and ')}; give region and account in the policy`,
      };
}

/**
 * The APIs a policy entry requires of a bucket of this kind: `all`, `read` and `write` mean the
 * kind's own list (a `"*"` entry is resolved before the kind is known); a list keeps the names the kind has.
 */
export function eventsFor(req: BucketRequirement, kind: BucketKind): readonly string[] {
  if (kind === 'general-purpose') return req.events;
  const apis = apisOf(kind);
  if (req.eventsSpec === 'all') return apis.map((a) => a.name);
  if (req.eventsSpec === 'read') return apis.filter((a) => a.readOnly).map((a) => a.name);
  if (req.eventsSpec === 'write') return apis.filter((a) => !a.readOnly).map((a) => a.name);
  return req.events.filter((n) => apis.some((a) => a.name === n));
}

/** Recorders listed in every gap when there are this few; beyond it, only those reaching the bucket. */
const EXPLAIN_ALL_UP_TO = 5;

export interface CoverageOptions {
  /**
   * Decide only whether each bucket is `covered`: stop at the first key, caller or API that is not
   * recorded, and write no gap texts. A bucket that is not covered then has a status other than
   * `covered` that may not be the exact one (for remediation, which re-evaluates many candidate fixes).
   */
  readonly coveredOnly?: boolean;
  /**
   * Evaluate buckets that share a verdict signature once (default true). False evaluates every bucket
   * on its own: the reference the memoised path is tested against.
   */
  readonly memoize?: boolean;
}

/**
 * The ARN constants of a recorder that are proper prefixes of `base`, shortest first: one look-up per
 * distinct length of its constants.
 */
function constantsPrefixing(e: RecorderIndex, base: string): string[] {
  const out: string[] = [];
  for (const n of e.arnLengths) {
    if (n >= base.length) break;
    const p = base.slice(0, n);
    if (e.arnPlaces.has(p)) out.push(p);
  }
  return out;
}

const QUOTABLE_TEXT = new WeakMap<Recorder, string>();

/** A list of Str facts (an operator's values, a data resource's values). */
function isStrList(v: unknown): v is readonly Str[] {
  return (
    Array.isArray(v) &&
    v.length > 0 &&
    v.every(
      (x) => typeof x === 'object' && x !== null && typeof (x as { known?: unknown }).known === 'boolean',
    )
  );
}

/**
 * Everything of a recorder that a gap may quote: its id, selector names, field names, unknown details and
 * the values of its lists up to the MAX_LISTED_VALUES that formatValues shows (explain.ts quotes nothing
 * past them; the details of unknown values are kept wherever they stand).
 */
function quotableText(rec: Recorder): string {
  let t = QUOTABLE_TEXT.get(rec);
  if (t === undefined) {
    let sel: string;
    try {
      sel = JSON.stringify(rec.selectors, (_k, v: unknown) =>
        isStrList(v) && v.length > MAX_LISTED_VALUES
          ? [...v.slice(0, MAX_LISTED_VALUES), ...v.slice(MAX_LISTED_VALUES).filter((x) => !x.known)]
          : v,
      );
    } catch {
      sel = '\u0000'; // too deep to show: the explanation describes it without quoting it
    }
    t = `${rec.id}\u0000${sel}`;
    QUOTABLE_TEXT.set(rec, t);
  }
  return t;
}

function occurrences(text: string, s: string): number {
  let n = 0;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) n++;
  return n;
}

/**
 * A bucket evaluated for a verdict signature, and whether its per-API verdicts can be carried to another
 * bucket of the same signature by writing the other name where its own stands (decided on first use).
 */
interface SignatureEntry {
  readonly name: string;
  readonly arn: string;
  readonly events: readonly EventCoverage[];
  readonly foreign: () => string;
  portable?: boolean;
  /** Some gap names the bucket (decided with portable): else the events are shared as they are. */
  named?: boolean;
  /** The CloudTrail status the events combine to (worked out once). */
  status?: CoverageStatus;
}

function isPortable(e: SignatureEntry): boolean {
  if (e.portable === undefined) {
    // Every occurrence of the name in the gaps must be the tail of the bucket's ARN (the words around it are
    // the engine's), and no text quoted from elsewhere (recorder ids, selector values, reasons, prefixes)
    // may contain it: then those occurrences are exactly the ones that name this bucket.
    let names = 0;
    let arns = 0;
    for (const ev of e.events)
      for (const g of ev.gaps) {
        names += occurrences(g, e.name);
        arns += occurrences(g, e.arn);
      }
    // Gaps that do not name the bucket are the other bucket's gaps as they are (its name appears in no
    // text made for it either, and the quoted texts are the same): only a swap needs the check.
    e.named = names > 0;
    e.portable = names === arns && (names === 0 || !e.foreign().includes(e.name));
  }
  return e.portable;
}

function instantiate(e: SignatureEntry, name: string): readonly EventCoverage[] {
  if (!e.named) return e.events;
  return e.events.map((ev) =>
    ev.gaps.length === 0
      ? ev
      : { ...ev, gaps: ev.gaps.map((g) => (g.includes(e.name) ? g.split(e.name).join(name) : g)) },
  );
}

/** A string and its length: parts of a key that cannot run into each other. */
function lp(s: string): string {
  return `${s.length}:${s}`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Numbers for policy entries' requirements (not their names): entries with the same events and prefixes
 * get the same number. Consecutive entries mostly agree (a list of names with the defaults): compared with
 * the last one before a look-up by text.
 */
function requirementIds(): (req: BucketRequirement) => number {
  const ids = new Map<string, number>();
  let last: BucketRequirement | undefined;
  let lastId = 0;
  return (req) => {
    if (
      last &&
      last.eventsSpec === req.eventsSpec &&
      sameList(last.events, req.events) &&
      sameList(last.prefixes, req.prefixes)
    )
      return lastId;
    const k = JSON.stringify([req.events, req.eventsSpec, req.prefixes]);
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    last = req;
    lastId = id;
    return id;
  };
}

/**
 * The character the bucket's witnesses are filled with: the one pickFiller picks for the constants
 * (witnesses()), found without reading the bucket's ARN once per constant that extends it — those are
 * `base` and a remainder each, so they use the characters of `base` and of the remainders.
 */
function fillerOf(c: Constants, base: string): string {
  if (c.filler !== undefined) return c.filler;
  // Each constant of arnPrefix is `base` and its remainder: the remainder holds ch when the constant does
  // past base's length (no remainder is cut out).
  const n = base.length;
  const extended = c.arnPrefix.size > 0;
  return (c.filler = firstUnused((ch) => {
    if (c.otherChars.has(ch)) return true;
    if (!extended) return false;
    if (base.includes(ch)) return true;
    for (const v of c.arnPrefix) if (v.indexOf(ch, n) >= 0) return true;
    return false;
  }));
}

/** One bucket's per-API verdicts, evaluated on its own. */
function evaluateBucket(
  req: BucketRequirement,
  kind: BucketKind,
  bucketArn: string,
  unknownDetail: string | undefined,
  cands: readonly Candidate[],
  consts: Constants,
  sens: readonly RecorderIndex['apiSensitivity'][],
  subsets: readonly (readonly number[] | undefined)[],
  o: { readonly skipped: number; readonly coveredOnly: boolean },
): EventCoverage[] {
  const memo = new Map<number, Tri>();
  let nextId = 0;
  const numbered = (ws: Witness[]) => {
    for (const w of ws) w.id = nextId++;
    return ws;
  };
  const objectWitnesses = new Map<string, Witness[]>();
  let bucketWitnesses: Witness[] | undefined;
  let listingWitnesses: Witness[] | undefined;
  const events: EventCoverage[] = [];
  // APIs that no recorder can tell apart (same level, and readOnly or name not looked at) share one
  // verdict: it is worked out once per class, not 29 times.
  const level = sens.includes('name') ? 2 : sens.includes('readOnly') ? 1 : 0;
  const byClass = new Map<string, EventCoverage>();
  const byName = new Map(apisOf(kind).map((a) => [a.name, a]));
  for (const name of eventsFor(req, kind)) {
    const api = byName.get(name);
    if (!api) continue;
    const cls = `${api.bucketLevel}|${api.requestPrefix === true}|${level === 2 || (level === 1 && api.readOnlyUnverified) ? api.name : level === 1 ? api.readOnly : ''}`;
    const same = byClass.get(cls);
    if (same) {
      events.push({ ...same, name: api.name });
      continue;
    }
    let all: Witness[];
    if (api.requestPrefix) {
      if (!listingWitnesses)
        listingWitnesses = numbered(
          req.prefixes.flatMap((p) => witnesses(bucketArn, p, 'listing', consts, unknownDetail)),
        );
      all = listingWitnesses;
    } else if (api.bucketLevel)
      all = bucketWitnesses ??= numbered(witnesses(bucketArn, '', 'bucket', consts, unknownDetail));
    else {
      all = [];
      for (const prefix of req.prefixes) {
        let w = objectWitnesses.get(prefix);
        if (!w) {
          w = numbered(witnesses(bucketArn, prefix, 'object', consts, unknownDetail));
          objectWitnesses.set(prefix, w);
        }
        pushAll(all, w);
      }
    }
    const ev = evaluateEvent(api, kind, bucketArn, cands, all, o.skipped, sens, memo, o.coveredOnly, subsets);
    byClass.set(cls, ev);
    events.push(ev);
    if (o.coveredOnly && ev.status !== 'covered') break;
  }
  return events;
}

/** What a bucket's evaluation needs of the recorders, and the part of its signature they decide. */
interface BucketView {
  readonly relevant: readonly number[];
  readonly shown: readonly number[];
  readonly cands: readonly Candidate[];
  readonly consts: Constants;
  readonly sens: readonly RecorderIndex['apiSensitivity'][];
  readonly subsets: readonly (readonly number[] | undefined)[];
  /** Undefined: no signature (an EndsWith constant, or not asked for). */
  readonly sigPart?: string;
  /** Some constant extends the bucket's ARN (the signature names it by its remainder). */
  readonly relative: boolean;
}

/** A fact as the recorder-side checks read it (known value, or unknown with its detail). */
function factKey(f: Fact<string>): string {
  return f.known ? `k${lp(f.value)}` : `u${lp(f.detail)}`;
}

/**
 * The recorders' side of each bucket's evaluation. The signature names, of the recorders shown: which
 * reach the bucket and which of their selectors, what each recorder-side check says (Region, account,
 * partition), their ARN constants that are a prefix of the bucket's ARN (as they are) and those that
 * extend it (by their remainder after "ARN/" and where they stand, so that the buckets a trail lists
 * alike share one evaluation), and the witness filler. The gaps also explain recorders that reach no key
 * of the bucket (all of them up to EXPLAIN_ALL_UP_TO), and their texts depend on the name through their
 * own ARN constants (which field rejects first, the equals trap, the NotEquals note): so every recorder
 * shown is part of it, not only those that reach the bucket. An EndsWith constant can hold for one name
 * and not another: no signature.
 *
 * Memoised, a view is shared by the buckets whose ARN is longer than every ARN constant of the recorders
 * shown and that agree on the ARN's first characters up to that length and on the facts the
 * recorder-side checks read: all of it is a function of those (no constant can extend such an ARN).
 */
class BucketViews {
  private readonly refused: ReadonlyMap<Recorder, string>;
  private readonly cache = new Map<string, BucketView>();

  constructor(
    private readonly recorders: readonly Recorder[],
    private readonly index: CoverageIndex,
    private readonly memoize: boolean,
  ) {
    this.refused = refusedDuplicates(recorders);
  }

  of(bucket: Bucket, bucketArn: string, unknownDetail: string | undefined, signed: boolean): BucketView {
    const index = this.index;
    if (!this.memoize || unknownDetail !== undefined)
      return this.make(bucket, bucketArn, unknownDetail, signed);
    const { list: relevant, key: relevantKey } = index.relevantKeyed(bucketArn);
    const all = this.recorders.length <= EXPLAIN_ALL_UP_TO;
    const shown = all ? index.all : relevant;
    const longest = all ? index.longestArn : index.longestArnOf(relevant);
    if (bucketArn.length <= longest) return this.make(bucket, bucketArn, unknownDetail, signed, relevant);
    let key = `${signed}|${all ? '*' : ''}|${relevantKey}|${lp(bucketArn.slice(0, longest))}|${factKey(bucket.accountId)}`;
    // Only what the recorder-side checks read (candidateFor): the partition for a recorder whose partition
    // is known, the Region for a single-Region one.
    if (shown.some((i) => (this.recorders[i] as Recorder).partition.known))
      key += `|${bucket.partition.known ? lp(bucket.partition.value) : 'u'}`;
    if (shown.some((i) => (index.entries[i] as RecorderIndex).singleRegion))
      key += `|${factKey(bucket.region)}`;
    let v = this.cache.get(key);
    if (!v) this.cache.set(key, (v = this.make(bucket, bucketArn, unknownDetail, signed, relevant)));
    return v;
  }

  private make(
    bucket: Bucket,
    bucketArn: string,
    unknownDetail: string | undefined,
    signed: boolean,
    relevantGiven?: readonly number[],
  ): BucketView {
    const index = this.index;
    const relevant = relevantGiven ?? (unknownDetail === undefined ? index.relevant(bucketArn) : index.all);
    const shown = this.recorders.length <= EXPLAIN_ALL_UP_TO ? index.all : relevant;
    const cands = shown.map((i) => {
      const r = this.recorders[i] as Recorder;
      return candidateFor(r, bucket, problemsOf(r), this.refused.get(r));
    });
    const base = bucketArn + '/';
    const extended = new Map<number, readonly string[]>();
    const extending = (i: number) => {
      let l = extended.get(i);
      if (!l) extended.set(i, (l = withPrefix((index.entries[i] as RecorderIndex).arnSorted, base)));
      return l;
    };
    const consts = index.constants(relevant, bucketArn, extending);
    const sens = shown.map((i) => (index.entries[i] as RecorderIndex).apiSensitivity);
    // A bucket whose ARN is not known (a directory bucket without Region or account) is reached by every
    // selector: narrowing by its placeholder ARN would turn "cannot tell" into "not recorded".
    const subsets = shown.map((i) =>
      unknownDetail === undefined
        ? (index.entries[i] as RecorderIndex).reach?.reaching(bucketArn)
        : undefined,
    );
    const view = { relevant, shown, cands, consts, sens, subsets, relative: false };
    if (!signed) return view;
    let sig = `${shown === index.all ? '*' : shown.join(',')}|${relevant === shown ? '=' : relevant.join(',')}|`;
    for (const x of subsets) sig += x === undefined ? '*;' : `${x.join(',')};`;
    for (const c of cands) {
      sig += c.applies === true ? 't' : c.applies === false ? 'f' : 'u';
      sig += `${c.why.length}:`;
      for (const w of c.why) sig += lp(w);
    }
    let relative = false;
    for (const i of shown) {
      const e = index.entries[i] as RecorderIndex;
      if (e.arnSuffix.length > 0) return view;
      const prefixing = constantsPrefixing(e, base);
      const ext = extending(i);
      if (ext.length > 0) relative = true;
      sig += `|${prefixing.length}:`;
      for (const v of prefixing) sig += lp(v);
      sig += `${ext.length}:`;
      for (const v of ext) sig += lp(v.slice(base.length)) + lp(e.arnPlaces.get(v) as string);
    }
    return { ...view, relative, sigPart: `${sig}|${lp(fillerOf(consts, base))}` };
  }
}

export function evaluateCoverage(facts: Facts, policy: Policy, opts: CoverageOptions = {}): CoverageResult {
  const coveredOnly = opts.coveredOnly === true;
  const memoize = opts.memoize !== false;
  const signatures = new Map<string, SignatureEntry>();
  const requirementId = requirementIds();
  const invalidSelectors: InvalidSelector[] = [];
  for (const rec of facts.recorders) {
    const p = problemsOf(rec);
    if (p.length > 0 && rec.change !== 'delete') invalidSelectors.push({ recorder: rec, problems: p });
  }
  const index = indexFor(facts.recorders);
  const buckets: BucketCoverage[] = [];
  const views = new BucketViews(facts.recorders, index, memoize);
  for (const req of policy.buckets) {
    const bucket = bucketFacts(req, facts);
    const kind = bucket.kind ?? bucketKindOf(req.name);
    const partition = bucket.partition.known ? bucket.partition.value : facts.defaults.partition;
    const { arn: bucketArn, unknownDetail } = bucketArnOf(bucket, partition);
    const base = bucketArn + '/';
    const named = memoize && unknownDetail === undefined && bucket.name.length <= 63;
    const { shown, cands, consts, sens, subsets, sigPart, relative } = views.of(
      bucket,
      bucketArn,
      unknownDetail,
      named,
    );
    // Evaluate once per verdict signature (issue 12): see BucketViews for what the signature names.
    let signature: string | undefined;
    let cls: SignatureEntry | undefined;
    const found = () => {
      // The name swap in gap texts needs the name whole in every text: bucket names are at most 63
      // characters (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html), far
      // below where quoted values are shortened; a longer one from a plan is evaluated on its own.
      if (!named || sigPart === undefined) return undefined;
      // One string, each part cut from the next by its length (texts may hold any character).
      signature = `${kind}|${lp(bucketArn.slice(0, bucketArn.length - req.name.length))}|${req.name.length}|${requirementId(req)}|${sigPart}`;
      const e = signatures.get(signature);
      if (!e || !isPortable(e)) return undefined;
      cls = e;
      return instantiate(e, req.name);
    };
    const reused = found();
    const events: EventCoverage[] = [];
    if (reused) pushAll(events, reused);
    else
      pushAll(
        events,
        evaluateBucket(req, kind, bucketArn, unknownDetail, cands, consts, sens, subsets, {
          skipped: facts.recorders.length - shown.length,
          coveredOnly,
        }),
      );
    if (signature !== undefined && !reused && signatures.get(signature)?.portable !== true) {
      const shownCands = cands;
      cls = {
        name: req.name,
        arn: bucketArn,
        events,
        foreign: () =>
          [
            ...shown.map((i) => quotableText(facts.recorders[i] as Recorder)),
            ...shownCands.flatMap((c) => c.why),
            ...req.prefixes,
            // Witness keys and callers are made of these (the ARN remainders after the bucket's "ARN/").
            ...[...consts.arnPrefix].map((v) => v.slice(base.length)),
            ...consts.userPrefix,
            ...consts.userSuffix,
          ].join('\u0000'),
      };
      signatures.set(signature, cls);
    }
    const cloudTrail = cls
      ? (cls.status ??= combineStatuses(events.map((e) => e.status)))
      : combineStatuses(events.map((e) => e.status));
    const sal = serverAccessLogsOf(req.name, facts.buckets.get(req.name)?.serverAccessLogging);
    // Accepted evidence never hides a CloudTrail verdict it does not replace: only a usable log stands in.
    const accepted =
      cloudTrail !== 'covered' && req.accept?.includes('server-access-logs') && sal?.usable === true;
    const entry: BucketCoverage = {
      name: req.name,
      status: accepted ? 'covered' : cloudTrail,
      region: bucket.region.known ? bucket.region.value : null,
      prefixes: req.prefixes,
      events,
      location: req.location,
      ref: facts.buckets.get(req.name)?.origin.ref ?? null,
      ...(sal ? { serverAccessLogs: sal } : {}),
      ...(accepted
        ? {
            acceptedEvidence: {
              evidence: 'server-access-logs' as const,
              qualifier: SERVER_ACCESS_LOGS_QUALIFIER,
              cloudTrailStatus: cloudTrail,
            },
          }
        : {}),
    };
    if (signature !== undefined && !relative) SIGNATURES.set(entry, { signature, bucket });
    if (cls) CLASSES.set(entry, cls);
    buckets.push(entry);
  }
  return { buckets, invalidSelectors };
}

const CLASSES = new WeakMap<BucketCoverage, object>();

/**
 * The verdict class of a bucket the engine returned: buckets of one run with the same class have the same
 * per-API statuses and coveredBy, in the same order (their gaps differ at most by the name). Undefined
 * when the bucket was evaluated with no signature (not memoised, or its verdicts may depend on its name).
 */
export function verdictClassOf(b: BucketCoverage): object | undefined {
  return CLASSES.get(b);
}

const SIGNATURES = new WeakMap<
  BucketCoverage,
  { readonly signature: string; readonly bucket: Bucket; full?: string }
>();

/**
 * The verdict signature the engine gave this bucket (a BucketCoverage it returned), when it had one:
 * buckets of one signature have the same per-API verdicts up to the name in the gaps. Undefined when the
 * bucket's verdicts may depend on its name otherwise (or the run was not memoised).
 */
export function verdictSignatureOf(b: BucketCoverage): string | undefined {
  const s = SIGNATURES.get(b);
  if (!s) return undefined;
  // The engine's own key names what the recorder-side checks say; this one names the facts they read.
  const { region, accountId, partition } = s.bucket;
  return (s.full ??= `${s.signature}\u0000${JSON.stringify([region, accountId, partition])}`);
}

/**
 * The ARN constants of `rec` (one of `facts.recorders`) that are a proper prefix of the general purpose
 * bucket's ARN + "/", when that is all the recorder's ARN constants say about the name: none extends it
 * and none is an EndsWith one. Undefined otherwise (the recorder then tells this name from others).
 */
export function nameFreeConstants(facts: Facts, rec: Recorder, bucketName: string): string[] | undefined {
  const i = facts.recorders.indexOf(rec);
  const e = i < 0 ? undefined : indexFor(facts.recorders).entries[i];
  if (!e) return undefined;
  const base = `arn:${facts.defaults.partition}:s3:::${bucketName}/`;
  if (e.arnSuffix.length > 0 || withPrefix(e.arnSorted, base).length > 0) return undefined;
  return constantsPrefixing(e, base);
}

/**
 * Whether one recorder records one event of one bucket: the recorder-side checks (deleted, rejected
 * selectors, logging, Region, partition, account) and its selectors. With why it does not, when it does not.
 */
export function recorderRecords(
  rec: Recorder,
  bucket: Bucket,
  ev: SyntheticEvent,
): { readonly records: Tri; readonly why: string } {
  const c = candidateFor(rec, bucket, problemsOf(rec));
  const records = and(c.applies, matchRecorder(rec, ev));
  const bucketArn = bucketArnOf(bucket, bucket.partition.known ? bucket.partition.value : 'aws').arn;
  const why =
    records === true ? '' : c.applies !== true ? c.why.join('; ') : explainSelectors(rec, ev, bucketArn);
  return { records, why };
}

/** Recorders that can match some event of the bucket (the others match none): for narrowing work. */
export function recordersReaching(facts: Facts, bucketName: string): Recorder[] {
  const index = indexFor(facts.recorders);
  return index
    .relevant(`arn:${facts.defaults.partition}:s3:::${bucketName}`)
    .map((i) => facts.recorders[i] as Recorder);
}

/**
 * The advanced selectors of `rec` (one of `facts.recorders`) that can match an event of the bucket, by
 * the same index as the engine; undefined when all of them can (or the recorder is not advanced).
 */
export function advancedSelectorsReaching(
  facts: Facts,
  rec: Recorder,
  bucketName: string,
): readonly number[] | undefined {
  const index = indexFor(facts.recorders);
  const i = facts.recorders.indexOf(rec);
  if (i < 0) return undefined;
  return index.entries[i]?.reach?.reaching(`arn:${facts.defaults.partition}:s3:::${bucketName}`);
}
