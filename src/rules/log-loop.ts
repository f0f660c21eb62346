import { hclString } from '../engine/hcl-text.js';
import { recorderRecords, recordersReaching } from '../engine/coverage.js';
import type { SyntheticEvent } from '../engine/event.js';
import { EVENT_TYPES } from '../engine/event.js';
import type { Tri } from '../engine/tri.js';
import { known } from '../model/fact.js';
import type { Bucket, Trail } from '../model/facts.js';
import { trailFinding, trailsToCheck } from './helpers.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** Stand-ins for values the facts do not give; a verdict that changes with them is unknown. */
const SOME_ACCOUNTS = ['111111111111', '999988887777'];
const SOME_REGIONS = ['us-east-1', 'eu-west-1'];
const STAND_IN_ORG = 'o-exampleorgid';
const CALLERS = ['arn:aws:sts::000000000000:assumed-role/any-role/any-session', ''];

/**
 * The keys CloudTrail writes into its log bucket (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/get-and-view-cloudtrail-log-files.html):
 * `[prefix/]AWSLogs/[o-ORGID/]ACCOUNT/CloudTrail{,-Digest,-Insight}/REGION/YYYY/MM/DD/FILE.json.gz`. Each
 * group is one key; its variants vary what the facts do not give (account, Region, organization ID).
 */
function deliveryKeys(trail: Trail, prefix: string): { what: string; variants: string[] }[] {
  const acct = trail.accountId.known ? [trail.accountId.value] : SOME_ACCOUNTS;
  const home = trail.homeRegion.known ? [trail.homeRegion.value] : SOME_REGIONS;
  const other = home.map((r) => (r === 'eu-west-1' ? 'ap-southeast-2' : 'eu-west-1'));
  const multi = !trail.multiRegion.known || trail.multiRegion.value;
  const org = !trail.organization.known || trail.organization.value;
  const orgIds = trail.organizationId?.known ? [trail.organizationId.value] : [STAND_IN_ORG];
  const paths: { what: string; path: string[] }[] = [];
  if (!org || !trail.organization.known)
    paths.push({ what: 'AWSLogs/ACCOUNT/', path: acct.map((a) => `${a}/`) });
  if (org) {
    // An organization trail writes every member account's files under AWSLogs/o-ORGID/ACCOUNT/.
    const members = [...new Set([...acct, ...SOME_ACCOUNTS])];
    paths.push({
      what: 'AWSLogs/o-ORGID/ACCOUNT/',
      path: orgIds.flatMap((o) => members.map((a) => `${o}/${a}/`)),
    });
  }
  const out: { what: string; variants: string[] }[] = [];
  for (const p of paths)
    for (const [regionWhat, regions] of [
      ['home Region', home],
      ...(multi ? [['another Region', other] as const] : []),
    ] as const)
      for (const type of ['CloudTrail', 'CloudTrail-Digest', 'CloudTrail-Insight']) {
        const variants: string[] = [];
        for (const path of p.path)
          for (const region of regions) {
            const a = path.replace(/\/$/, '').split('/').pop() as string;
            const file =
              type === 'CloudTrail-Digest'
                ? `${a}_${type}_${region}_trail_${region}_20260101T0000Z.json.gz`
                : `${a}_${type}_${region}_20260101T0000Z_a1B2c3D4e5F6g7H8.json.gz`;
            variants.push(`${prefix}AWSLogs/${path}${type}/${region}/2026/01/01/${file}`);
          }
        out.push({ what: `${type} files of the ${regionWhat} (${prefix}${p.what}${type}/…)`, variants });
      }
  return out;
}

/**
 * A trail that records data events of its own log bucket logs each of its deliveries, which is
 * delivered again. AWS asks to exclude the log bucket, and for trails that log all S3 data events to
 * "consider" a bucket in another account: a cost problem, not lost evidence, so a warning
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html,
 * note under "Examples: Logging data events for Amazon S3 objects").
 */
export const logLoop: Rule = {
  meta: {
    id: 'log-loop',
    title: 'A trail does not record data events of its own log bucket',
    defaultSeverity: 'warning',
    description:
      "Evaluates the trail's selectors on PutObject of the files CloudTrail writes into its log bucket ([prefix/]AWSLogs/[o-ORGID/]ACCOUNT/CloudTrail{,-Digest,-Insight}/REGION/…json.gz). If one is recorded, every delivery produces a new event to deliver.",
  },
  check(ctx) {
    return logLoopFindings(ctx, true);
  },
};

/**
 * The rule's findings. `narrow`: a trail that the engine's index says matches no event of its log bucket
 * (as coverage narrows by it) records none of the delivery keys, and is not asked about each of them (at
 * 10,000 buckets, 100 trails × their keys were most of the rules' time). Without: every key is asked (the
 * reference, __tests__/rules/log-loop.test.ts).
 */
export function logLoopFindings(ctx: RuleContext, narrow: boolean): Finding[] {
  const meta = logLoop.meta;
  const out: Finding[] = [];
  const reaching = new Map<string, ReadonlySet<unknown>>();
  const reaches = (trail: Trail, bucket: string) => {
    let r = reaching.get(bucket);
    if (!r) reaching.set(bucket, (r = new Set(recordersReaching(ctx.facts, bucket))));
    return r.has(trail);
  };
  for (const trail of trailsToCheck(ctx)) {
    const bucketName = trail.logBucket;
    if (!bucketName?.known || !bucketName.value) continue;
    const prefix =
      trail.logPrefix?.known && trail.logPrefix.value ? trail.logPrefix.value.replace(/\/+$/, '') + '/' : '';
    const seen = ctx.facts.buckets.get(bucketName.value);
    const partition = trail.partition.known ? trail.partition.value : ctx.facts.defaults.partition;
    // The index reads ARNs of the default partition.
    if (narrow && partition === ctx.facts.defaults.partition && !reaches(trail, bucketName.value)) continue;
    // A log bucket outside the source is assumed to be in the trail's home Region (where a loop can happen).
    const bucket: Bucket = {
      name: bucketName.value,
      origin: trail.origin,
      region: seen?.region.known ? seen.region : trail.homeRegion,
      accountId: trail.accountId,
      partition: known(partition),
    };
    const arn = `arn:${partition}:s3:::${bucketName.value}/`;
    const recorded: string[] = [];
    const undecided: string[] = [];
    for (const { what, variants } of deliveryKeys(trail, prefix)) {
      const results: Tri[] = [];
      let why = '';
      for (const key of variants)
        for (const userArn of CALLERS)
          for (const eventType of EVENT_TYPES) {
            const ev: SyntheticEvent = {
              eventCategory: 'Data',
              resourcesType: 'AWS::S3::Object',
              eventSource: 's3.amazonaws.com',
              eventName: 'PutObject',
              readOnly: false,
              arn: arn + key,
              userArn,
              eventType,
              sessionCredentialFromConsole: 'false',
            };
            const r = recorderRecords(trail, bucket, ev);
            if (r.records !== true && !why) why = r.why;
            results.push(r.records);
          }
      // The key is recorded (or not) only if it is whatever the facts leave open.
      const all: Tri = results.every((x) => x === true)
        ? true
        : results.every((x) => x === false)
          ? false
          : undefined;
      if (all === true) recorded.push(what);
      else if (all !== false) undecided.push(`${what}: ${why}`);
    }
    const fix = {
      text: `Exclude the log bucket from the trail's data-event selectors (advanced selectors), or deliver to a bucket in another account:`,
      terraform: `field_selector {\n  field           = "resources.ARN"\n  not_starts_with = [${hclString(arn)}]\n}`,
    };
    if (recorded.length)
      out.push(
        trailFinding(
          meta,
          trail,
          'fail',
          `records PutObject on its own log bucket ${bucketName.value} (${recorded.join('; ')}): each delivery is logged and delivered again`,
          fix,
        ),
      );
    else if (undecided.length)
      out.push(
        trailFinding(
          meta,
          trail,
          'unknown',
          `cannot tell whether it records its own log bucket ${bucketName.value}: ${undecided[0]}`,
        ),
      );
  }
  return out;
}
