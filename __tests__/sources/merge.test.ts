import { describe, expect, it } from '@jest/globals';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { known, unknown } from '../../src/model/fact.js';
import type { Bucket, Facts, Recorder } from '../../src/model/facts.js';
import { mergeFacts, sameRecorder } from '../../src/sources/merge.js';
import {
  advancedSet,
  basicSet,
  basic,
  bucket,
  factsOf,
  fs,
  policyOf,
  requirement,
  s3adv,
  trail,
  type TrailOptions,
} from '../helpers/facts-builders.js';

const ACCOUNT = '111122223333';
const MGMT = '999988887777';
const arnOf = (name: string, region = 'us-east-1', account = ACCOUNT) =>
  `arn:aws:cloudtrail:${region}:${account}:trail/${name}`;

/** A recorder as the live source makes it: id and origin are the ARN. */
function live(name: string, o: TrailOptions & { region?: string } = {}): Recorder {
  const region = o.region ?? o.homeRegion ?? 'us-east-1';
  const account = o.accountId ?? ACCOUNT;
  const arn = arnOf(name, region, account);
  return {
    ...trail({ ...o, homeRegion: region, accountId: account }),
    id: arn,
    origin: { source: 'aws', ref: arn },
    name: known(name),
    arn: known(arn),
  };
}

/** A recorder as the plan adapter makes it; `arn: null` is a trail the plan creates (ARN after apply). */
function planned(
  address: string,
  name: string,
  o: TrailOptions & { arn?: string | null; region?: string; account?: string | null } = {},
): Recorder {
  const region = o.region ?? 'us-east-1';
  const t = trail({ ...o, id: address, homeRegion: region });
  return {
    ...t,
    name: known(name),
    arn:
      o.arn === null
        ? unknown('after-apply', `${address}.arn is known only after apply`)
        : known(o.arn ?? arnOf(name, region)),
    accountId:
      o.account === null
        ? unknown('after-apply', 'no caller identity in the plan')
        : known(o.account ?? ACCOUNT),
  };
}

function facts(
  mode: Facts['mode'],
  recorders: Recorder[],
  buckets: Bucket[] = [],
  notes: string[] = [],
): Facts {
  return { ...factsOf(recorders, buckets), mode, notes };
}

const ALL = s3adv();
const ONLY_OTHER = s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::other/'] }));

describe('sameRecorder: which live recorder a planned one replaces', () => {
  const cases: [string, Recorder, Recorder, boolean][] = [
    ['same ARN', planned('aws_cloudtrail.a', 'a'), live('a'), true],
    ['different ARN', planned('aws_cloudtrail.a', 'a'), live('b'), false],
    [
      'ARN after apply: same name, account and Region',
      planned('aws_cloudtrail.a', 'a', { arn: null }),
      live('a'),
      true,
    ],
    [
      'ARN after apply: same name and Region, plan account unknown',
      planned('aws_cloudtrail.a', 'a', { arn: null, account: null }),
      live('a'),
      true,
    ],
    [
      'ARN after apply: same name, other Region',
      planned('aws_cloudtrail.a', 'a', { arn: null, region: 'eu-west-1' }),
      live('a'),
      false,
    ],
    [
      'ARN after apply: same name and Region, another account (an organization trail of the management account)',
      planned('aws_cloudtrail.a', 'a', { arn: null }),
      live('a', { accountId: MGMT, organization: true }),
      false,
    ],
    [
      'a trail is never an event data store',
      planned('aws_cloudtrail_event_data_store.a', 'a', { kind: 'event-data-store' }),
      live('a'),
      false,
    ],
  ];
  it.each(cases)('%s', (_n, p, l, same) => expect(sameRecorder(p, l)).toBe(same));
});

describe('mergeFacts (plan + live)', () => {
  it('the planned trail replaces its live counterpart; other live recorders stay', () => {
    const p = planned('aws_cloudtrail.audit', 'audit', { selectors: advancedSet(ONLY_OTHER) });
    const l = live('audit', { selectors: advancedSet(ALL) });
    const org = live('org', { accountId: MGMT, organization: true });
    const m = mergeFacts(facts('plan', [p]), facts('live', [l, org]));
    expect(m.mode).toBe('plan+live');
    expect(m.recorders.map((r) => r.id)).toEqual(['aws_cloudtrail.audit', org.id]);
    expect(m.recorders[0]?.selectors).toEqual(p.selectors);
  });

  it('a trail matched by name takes its identity from the account where the plan does not know it', () => {
    const p = planned('aws_cloudtrail.audit', 'audit', { arn: null, account: null });
    const l = live('audit');
    const [r] = mergeFacts(facts('plan', [p]), facts('live', [l])).recorders;
    expect(r?.id).toBe('aws_cloudtrail.audit');
    expect(r?.arn).toEqual(known(l.id));
    expect(r?.accountId).toEqual(known(ACCOUNT));
  });

  it('a PR that edits a trail is judged with its planned selectors (the live ones covered the bucket)', () => {
    const p = planned('aws_cloudtrail.audit', 'audit', {
      selectors: advancedSet(ONLY_OTHER),
      change: 'update',
    });
    const l = live('audit', { selectors: advancedSet(ALL) });
    const policy = policyOf(requirement('pii', { region: 'us-east-1' }));
    const m = mergeFacts(facts('plan', [p]), facts('live', [l]));
    expect(evaluateCoverage(facts('live', [l]), policy).buckets[0]?.status).toBe('covered');
    expect(evaluateCoverage(m, policy).buckets[0]?.status).toBe('uncovered');
  });

  it('a trail the plan deletes covers nothing, though it still runs in the account', () => {
    const p = planned('aws_cloudtrail.audit', 'audit', { selectors: advancedSet(ALL), change: 'delete' });
    const l = live('audit', { selectors: advancedSet(ALL) });
    const m = mergeFacts(facts('plan', [p]), facts('live', [l]));
    const policy = policyOf(requirement('pii', { region: 'us-east-1' }));
    expect(evaluateCoverage(m, policy).buckets[0]?.status).toBe('uncovered');
  });

  it('a live organization trail credits a bucket that only the plan creates', () => {
    const newBucket: Bucket = { ...bucket('new-pii', 'eu-west-1'), change: 'create' };
    const planSide = facts('plan', [], [newBucket]);
    const org = live('org', {
      accountId: MGMT,
      organization: true,
      multiRegion: true,
      selectors: basicSet(basic(['arn:aws:s3'])),
    });
    const liveSide = facts(
      'live',
      [org],
      [
        {
          ...bucket('new-pii', null),
          origin: { source: 'aws', ref: 'arn:aws:s3:::new-pii' },
          region: unknown('not-collected', 'bucket new-pii does not exist (NoSuchBucket)'),
        },
      ],
    );
    const m = mergeFacts(planSide, liveSide);
    const policy = policyOf(requirement('new-pii'));
    const [b] = evaluateCoverage(m, policy).buckets;
    expect(b?.status).toBe('covered');
    expect(b?.ref).toBe('aws_s3_bucket.new_pii');
    expect(b?.events[0]?.coveredBy).toEqual([org.id]);
    // The plan alone has nothing that records it.
    expect(evaluateCoverage(planSide, policy).buckets[0]?.status).toBe('uncovered');
  });

  const withPolicy = (b: Bucket, ref: string, doc: unknown): Bucket => ({
    ...b,
    policy: {
      origin: { source: ref.startsWith('arn:') ? 'aws' : 'terraform-plan', ref },
      document: known(doc),
      // The plan adapter marks a policy of an aws_s3_bucket_policy as managed by the plan.
      ...(ref.startsWith('aws_s3_bucket_policy.') ? { managed: true } : {}),
    },
  });
  const bucketCases: [string, Bucket, Bucket, Partial<Bucket>][] = [
    [
      'the plan bucket replaces the live one',
      { ...bucket('b', 'eu-west-1'), change: 'no-op' },
      { ...bucket('b', 'eu-west-1'), origin: { source: 'aws', ref: 'arn:aws:s3:::b' } },
      { origin: { source: 'terraform-plan', ref: 'aws_s3_bucket.b' }, region: known('eu-west-1') },
    ],
    [
      'the plan has no aws_s3_bucket_policy: the account keeps its policy',
      bucket('b'),
      withPolicy(bucket('b'), 'arn:aws:s3:::b', { Statement: [] }),
      { policy: { origin: { source: 'aws', ref: 'arn:aws:s3:::b' }, document: known({ Statement: [] }) } },
    ],
    [
      "the plan's bucket policy wins",
      withPolicy(bucket('b'), 'aws_s3_bucket_policy.b', { Statement: [1] }),
      withPolicy(bucket('b'), 'arn:aws:s3:::b', { Statement: [] }),
      {
        policy: {
          origin: { source: 'terraform-plan', ref: 'aws_s3_bucket_policy.b' },
          document: known({ Statement: [1] }),
        },
      },
    ],
    [
      'an existing bucket whose Region the plan does not know takes the account Region',
      { ...bucket('b', null), change: 'update' },
      bucket('b', 'ap-south-1'),
      { region: known('ap-south-1') },
    ],
    [
      'a bucket the plan creates keeps the plan Region, even unknown',
      { ...bucket('b', null), change: 'create' },
      bucket('b', 'ap-south-1'),
      { region: unknown('after-apply', 'region unknown') },
    ],
  ];
  it.each(bucketCases)('%s', (_n, p, l, expected) => {
    const m = mergeFacts(facts('plan', [], [p]), facts('live', [], [l]));
    expect(m.buckets.get('b')).toMatchObject(expected);
  });

  it("server access logging: the plan's when it configures it, else the account's", () => {
    const liveLogging = known({
      targetBucket: 'access-logs',
      targetPrefix: 'b/',
      targetExists: known(true),
      ref: 'arn:aws:s3:::b',
    });
    const planned = (sal: Bucket['serverAccessLogging'], change: Bucket['change'] = 'no-op'): Bucket => ({
      ...bucket('b'),
      change,
      ...(sal ? { serverAccessLogging: sal } : {}),
    });
    const merged = (p: Bucket) =>
      mergeFacts(
        facts('plan', [], [p]),
        facts('live', [], [{ ...bucket('b'), serverAccessLogging: liveLogging }]),
      ).buckets.get('b')?.serverAccessLogging;
    // Not configured in the plan (defaulted off): the account says where it logs.
    expect(merged(planned(known(null, true)))).toEqual(liveLogging);
    // The plan turns it off explicitly (or configures it): the plan wins.
    expect(merged(planned(known(null)))).toEqual(known(null));
    // A bucket the plan creates does not exist yet: the plan's default stands.
    expect(merged(planned(known(null, true), 'create'))).toEqual(known(null, true));
  });

  it('keeps the buckets only one side knows, the notes of both, and the better defaults', () => {
    const planSide: Facts = {
      ...facts('plan', [], [bucket('plan-only')], ['plan note']),
      defaults: {
        accountId: unknown('after-apply', 'no caller identity'),
        partition: 'aws',
        region: unknown('after-apply', 'no constant provider region'),
      },
    };
    const liveSide: Facts = {
      ...facts('live', [], [bucket('log-bucket')], ['live note']),
      defaults: { accountId: known(ACCOUNT), partition: 'aws-us-gov', region: known('us-gov-west-1') },
    };
    const m = mergeFacts(planSide, liveSide);
    expect([...m.buckets.keys()].sort()).toEqual(['log-bucket', 'plan-only']);
    expect(m.notes).toEqual(['plan note', 'live note']);
    expect(m.defaults).toEqual(liveSide.defaults);
  });
});

describe('plan + live: a replaced trail', () => {
  it('the live trail the plan replaces (renamed) is dropped, not credited', async () => {
    const { mergeFacts } = await import('../../src/sources/merge.js');
    const { evaluateCoverage } = await import('../../src/engine/coverage.js');
    const h = await import('../helpers/facts-builders.js');
    const oldArn = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/old-name';
    const live = h.factsOf(
      [
        {
          ...h.trail({ id: oldArn, selectors: h.advancedSet(h.s3adv()) }),
          arn: { known: true, value: oldArn },
        },
      ],
      [h.bucket('acme-pii')],
    );
    const planned = {
      ...h.trail({ id: 'aws_cloudtrail.audit', selectors: { kind: 'none' } }),
      arn: { known: false as const, reason: 'after-apply' as const, detail: 'replaced' },
      name: { known: true as const, value: 'new-name' },
      change: 'replace' as const,
      priorArn: oldArn,
    };
    const merged = mergeFacts(h.factsOf([planned]), live);
    expect(merged.recorders.map((r) => r.id)).toEqual(['aws_cloudtrail.audit']);
    expect(evaluateCoverage(merged, h.policyOf(h.requirement('acme-pii'))).buckets[0]!.status).toBe(
      'uncovered',
    );
  });
});

describe('merge by attribute: what the plan manages from the plan, status from the account (issue 10, item 3)', () => {
  const withError = (r: Recorder): Recorder =>
    r.kind === 'trail' ? { ...r, deliveryError: 'InsufficientS3BucketPolicyException' } : r;
  const covered = (m: Facts) =>
    evaluateCoverage(m, policyOf(requirement('payroll', { events: ['GetObject'] }))).buckets[0]!.status;
  const cases: [string, Recorder, Recorder, 'covered' | 'unknown' | 'uncovered' | 'partial'][] = [
    [
      'no-op trail: the live LatestDeliveryError stays (was: dropped, covered)',
      planned('aws_cloudtrail.audit', 'audit', { selectors: advancedSet(ALL), change: 'no-op' }),
      withError(live('audit', { selectors: advancedSet(ALL) })),
      'unknown',
    ],
    [
      'updated trail: the live LatestDeliveryError stays',
      planned('aws_cloudtrail.audit', 'audit', { selectors: advancedSet(ALL), change: 'update' }),
      withError(live('audit', { selectors: advancedSet(ALL) })),
      'unknown',
    ],
    [
      'replaced trail: a new trail, the old one’s delivery error is gone',
      planned('aws_cloudtrail.audit', 'audit', { selectors: advancedSet(ALL), change: 'replace' }),
      withError(live('audit', { selectors: advancedSet(ALL) })),
      'covered',
    ],
    [
      'no-op trail whose selectors were reset outside Terraform: the live selectors',
      planned('aws_cloudtrail.audit', 'audit', { selectors: advancedSet(ALL), change: 'no-op' }),
      live('audit', { selectors: advancedSet(ONLY_OTHER) }),
      'uncovered',
    ],
    [
      'updated trail: its planned selectors (valid)',
      planned('aws_cloudtrail.audit', 'audit', { selectors: advancedSet(ALL), change: 'update' }),
      live('audit', { selectors: advancedSet(ONLY_OTHER) }),
      'covered',
    ],
    [
      'updated event data store stopped in the account stays stopped',
      planned('aws_cloudtrail_event_data_store.lake', 'lake', {
        kind: 'event-data-store',
        selectors: advancedSet(ALL),
        change: 'update',
      }),
      { ...live('lake', { kind: 'event-data-store', selectors: advancedSet(ALL) }), logging: known(false) },
      'uncovered',
    ],
  ];
  it.each(cases)('%s', (_n, p, l, want) => {
    const m = mergeFacts(facts('plan', [p], [bucket('payroll')]), facts('live', [l], [bucket('payroll')]));
    expect(covered(m)).toBe(want);
  });

  const livePolicy = { Statement: [{ Sid: 'live' }] };
  const policyCases: [string, Bucket['policy'], unknown][] = [
    [
      'no aws_s3_bucket_policy in the plan: the live policy stands',
      {
        origin: { source: 'terraform-plan', ref: 'aws_s3_bucket.logs' },
        document: unknown('not-collected', 'managed outside this plan'),
        managed: false,
      },
      livePolicy,
    ],
    [
      'the plan deletes the aws_s3_bucket_policy: none',
      {
        origin: { source: 'terraform-plan', ref: 'aws_s3_bucket_policy.logs' },
        document: known(null),
        managed: true,
      },
      null,
    ],
  ];
  it.each(policyCases)('%s', (_n, planPolicy, want) => {
    const p: Bucket = { ...bucket('logs'), change: 'no-op', ...(planPolicy ? { policy: planPolicy } : {}) };
    const l: Bucket = {
      ...bucket('logs'),
      origin: { source: 'aws', ref: 'arn:aws:s3:::logs' },
      policy: { origin: { source: 'aws', ref: 'arn:aws:s3:::logs' }, document: known(livePolicy) },
    };
    const m = mergeFacts(facts('plan', [], [p]), facts('live', [], [l]));
    expect(m.buckets.get('logs')?.policy?.document).toEqual(known(want));
  });
});
