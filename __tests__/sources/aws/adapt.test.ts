import { describe, expect, it } from '@jest/globals';
import type { EventSelector, GetEventSelectorsResponse } from '@aws-sdk/client-cloudtrail';
import { known, unknown } from '../../../src/model/fact.js';
import type { SelectorSet, Str } from '../../../src/model/selectors.js';
import {
  bucketPolicyOf,
  bucketRegionFact,
  regionOfLocation,
} from '../../../src/sources/aws/adapt-buckets.js';
import { basicSelectorOf, selectorSetOf } from '../../../src/sources/aws/adapt-selectors.js';
import {
  eventDataStoreRecorder,
  regionPlaceholder,
  trailRecorder,
} from '../../../src/sources/aws/adapt-trails.js';
import { parseArn, partitionOfRegion } from '../../../src/model/arn.js';
import {
  AwsCaller,
  DEFAULT_BOUNDS,
  type AwsAction,
  type AwsClients,
  type AwsFailure,
  type CallResult,
  type ConcurrencyBounds,
} from '../../../src/sources/aws/clients.js';
import { createLimiter } from '../../../src/sources/aws/limit.js';
import { ACCOUNT, MGMT, edsArn, sdkTrail } from './fake-aws.js';

const S = (value: string): Str => ({ known: true, value });
const ok = <T>(value: T): CallResult<T> => ({ ok: true, value });
const fail = (f: Partial<AwsFailure>): CallResult<never> => ({
  ok: false,
  failure: {
    action: 'cloudtrail:GetEventSelectors',
    region: 'us-east-1',
    resource: 'arn:x',
    code: 'AccessDeniedException',
    message: 'denied',
    kind: 'access-denied',
    ...f,
  },
});

describe('basic EventSelectors → model', () => {
  const cases: [string, EventSelector, ReturnType<typeof basicSelectorOf>][] = [
    [
      'ReadWriteType omitted → All (defaulted), DataResources omitted → none',
      {},
      { readWriteType: known('All', true), dataResources: known([]) },
    ],
    [
      'the default selector of a new trail: management events only',
      { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] },
      { readWriteType: known('All'), dataResources: known([]) },
    ],
    [
      'WriteOnly with an S3 object value; IncludeManagementEvents false changes nothing for data events',
      {
        ReadWriteType: 'WriteOnly',
        IncludeManagementEvents: false,
        DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::b/'] }],
      },
      {
        readWriteType: known('WriteOnly'),
        dataResources: known([{ type: known('AWS::S3::Object'), values: known([S('arn:aws:s3:::b/')]) }]),
      },
    ],
    [
      'a DataResource without Values has none; one without Type is unknown',
      { DataResources: [{ Type: 'AWS::Lambda::Function' }, { Values: ['x'] }] },
      {
        readWriteType: known('All', true),
        dataResources: known([
          { type: known('AWS::Lambda::Function'), values: known([]) },
          {
            type: unknown('unparseable', 'GetEventSelectors returned a DataResource without Type'),
            values: known([S('x')]),
          },
        ]),
      },
    ],
    [
      'an unexpected ReadWriteType is unknown, not All',
      { ReadWriteType: 'Sometimes' as 'All' },
      {
        readWriteType: unknown('unparseable', 'GetEventSelectors returned ReadWriteType "Sometimes"'),
        dataResources: known([]),
      },
    ],
  ];
  it.each(cases)('%s', (_n, sdk, model) => expect(basicSelectorOf(sdk)).toEqual(model));
});

describe('GetEventSelectors answer → SelectorSet', () => {
  const cases: [string, GetEventSelectorsResponse, SelectorSet][] = [
    ['nothing', {}, { kind: 'none' }],
    ['empty lists', { EventSelectors: [], AdvancedEventSelectors: [] }, { kind: 'none' }],
    [
      'basic',
      { EventSelectors: [{ DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] },
      {
        kind: 'basic',
        selectors: [
          {
            readWriteType: known('All', true),
            dataResources: known([{ type: known('AWS::S3::Object'), values: known([S('arn:aws:s3')]) }]),
          },
        ],
      },
    ],
    [
      'advanced, every operator kept as given, absent ones left out',
      {
        AdvancedEventSelectors: [
          {
            Name: 'n',
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Data'] },
              {
                Field: 'resources.ARN',
                StartsWith: ['arn:aws:s3:::b/'],
                EndsWith: ['.csv'],
                NotEquals: ['arn:aws:s3:::b/x'],
                NotStartsWith: ['arn:aws:s3:::b/tmp/'],
                NotEndsWith: ['.tmp'],
              },
            ],
          },
          { FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
        ],
      },
      {
        kind: 'advanced',
        selectors: [
          {
            name: 'n',
            fieldSelectors: known([
              { field: known('eventCategory'), operators: { Equals: known([S('Data')]) } },
              {
                field: known('resources.ARN'),
                operators: {
                  StartsWith: known([S('arn:aws:s3:::b/')]),
                  EndsWith: known([S('.csv')]),
                  NotEquals: known([S('arn:aws:s3:::b/x')]),
                  NotStartsWith: known([S('arn:aws:s3:::b/tmp/')]),
                  NotEndsWith: known([S('.tmp')]),
                },
              },
            ]),
          },
          {
            fieldSelectors: known([
              { field: known('eventCategory'), operators: { Equals: known([S('Management')]) } },
            ]),
          },
        ],
      },
    ],
    [
      'both kinds (the API never returns this) is a conflict',
      { EventSelectors: [{}], AdvancedEventSelectors: [{ FieldSelectors: [] }] },
      {
        kind: 'conflict',
        basic: [{ readWriteType: known('All', true), dataResources: known([]) }],
        advanced: [{ fieldSelectors: known([]) }],
      },
    ],
  ];
  it.each(cases)('%s', (_n, sdk, model) => expect(selectorSetOf(sdk)).toEqual(model));
});

describe('trails → Recorder', () => {
  const t = sdkTrail({ name: 'main', multiRegion: true });

  it('carries the ARN as id and origin; omitted booleans are their CreateTrail defaults', () => {
    const r = trailRecorder({
      trail: {
        Name: 'x',
        TrailARN: 'arn:aws-us-gov:cloudtrail:us-gov-west-1:123456789012:trail/x',
        S3BucketName: 'l',
      },
      status: ok({ IsLogging: true }),
      selectors: ok({}),
    });
    expect(r).toEqual({
      kind: 'trail',
      id: 'arn:aws-us-gov:cloudtrail:us-gov-west-1:123456789012:trail/x',
      origin: { source: 'aws', ref: 'arn:aws-us-gov:cloudtrail:us-gov-west-1:123456789012:trail/x' },
      name: known('x'),
      arn: known('arn:aws-us-gov:cloudtrail:us-gov-west-1:123456789012:trail/x'),
      partition: known('aws-us-gov'),
      accountId: known('123456789012'),
      homeRegion: known('us-gov-west-1'),
      multiRegion: known(false, true),
      organization: known(false, true),
      logging: known(true),
      selectors: known({ kind: 'none' }),
      logBucket: known('l'),
      logPrefix: known(null),
      kmsKeyId: known(null),
      logFileValidation: known(false, true),
      cloudWatchLogsGroupArn: known(null),
      cloudWatchLogsRoleArn: known(null),
    });
  });

  it('IsLogging=false explains itself; LatestDeliveryError is kept', () => {
    const r = trailRecorder({
      trail: { ...t, S3KeyPrefix: 'ct', KmsKeyId: 'arn:aws:kms:us-east-1:1:key/k' },
      status: ok({ IsLogging: false, LatestDeliveryError: 'NoSuchBucket' }),
      selectors: ok({}),
    });
    expect(r.logging).toEqual(known(false));
    expect(r.loggingDetail).toBe('IsLogging=false (the trail is stopped: StopLogging, it records nothing)');
    if (r.kind !== 'trail') throw new Error('not a trail');
    expect(r.deliveryError).toBe('NoSuchBucket');
    expect(r.logPrefix).toEqual(known('ct'));
    expect(r.kmsKeyId).toEqual(known('arn:aws:kms:us-east-1:1:key/k'));
  });

  it('CloudWatch Logs: group and role from DescribeTrails, the three delivery errors from GetTrailStatus', () => {
    const group = 'arn:aws:logs:us-east-1:111122223333:log-group:CloudTrail/audit:*';
    const role = 'arn:aws:iam::111122223333:role/cw';
    const r = trailRecorder({
      trail: { ...t, CloudWatchLogsLogGroupArn: group, CloudWatchLogsRoleArn: role },
      status: ok({
        IsLogging: true,
        LatestDeliveryError: 'AccessDenied',
        LatestDigestDeliveryError: 'NoSuchBucket',
        LatestCloudWatchLogsDeliveryError: 'AccessDeniedException',
        LatestCloudWatchLogsDeliveryTime: new Date('2026-11-30T00:00:00Z'),
      }),
      selectors: ok({}),
    });
    if (r.kind !== 'trail') throw new Error('not a trail');
    expect(r.cloudWatchLogsGroupArn).toEqual(known(group));
    expect(r.cloudWatchLogsRoleArn).toEqual(known(role));
    expect(r).toMatchObject({
      deliveryError: 'AccessDenied',
      digestDeliveryError: 'NoSuchBucket',
      cloudWatchLogsDeliveryError: 'AccessDeniedException',
      cloudWatchLogsDelivered: true,
    });
    const none = trailRecorder({ trail: t, status: ok({ IsLogging: true }), selectors: ok({}) });
    if (none.kind !== 'trail') throw new Error('not a trail');
    expect(none.cloudWatchLogsGroupArn).toEqual(known(null));
    expect(none.cloudWatchLogsDelivered).toBeUndefined();
  });

  it('a missing IsLogging is unknown', () => {
    const r = trailRecorder({ trail: t, status: ok({}), selectors: ok({}) });
    expect(r.logging.known).toBe(false);
  });

  it('AccessDenied on a trail of the account names the IAM action', () => {
    const r = trailRecorder(
      {
        trail: t,
        status: fail({ action: 'cloudtrail:GetTrailStatus', resource: t.TrailARN }),
        selectors: fail({ resource: t.TrailARN }),
      },
      { callerAccount: ACCOUNT },
    );
    expect(r.logging).toEqual(
      unknown(
        'access-denied',
        `AccessDenied on cloudtrail:GetTrailStatus for ${t.TrailARN}: grant it (see README "Live mode")`,
      ),
    );
    expect(r.selectors).toEqual(
      unknown(
        'access-denied',
        `AccessDenied on cloudtrail:GetEventSelectors for ${t.TrailARN}: grant it (see README "Live mode")`,
      ),
    );
  });

  it('an organization trail that fails from its own (management) account gets the plain IAM text', () => {
    const org = sdkTrail({ name: 'org', account: MGMT, org: true, multiRegion: true });
    const r = trailRecorder(
      { trail: org, status: ok({ IsLogging: true }), selectors: fail({ resource: org.TrailARN }) },
      { callerAccount: MGMT },
    );
    expect(r.selectors.known === false && r.selectors.detail).toMatch(
      /^AccessDenied on cloudtrail:GetEventSelectors/,
    );
  });

  it('an organization trail that fails from a member account gets the advice', () => {
    const org = sdkTrail({ name: 'org', account: MGMT, org: true, multiRegion: true });
    const r = trailRecorder({
      trail: org,
      status: ok({ IsLogging: true }),
      selectors: fail({
        code: 'TrailNotFoundException',
        message: 'HTTP 400, request ID R1',
        kind: 'not-found',
        resource: org.TrailARN,
      }),
    });
    expect(r.selectors).toEqual(
      unknown(
        'not-collected',
        `cloudtrail:GetEventSelectors for organization trail ${org.TrailARN} failed (TrailNotFoundException, HTTP 400, request ID R1): ` +
          `the trail belongs to account ${MGMT} and this account is probably a member account, which cannot read it. ` +
          "Run s3-trail-guard from the organization's management account or its CloudTrail delegated administrator " +
          "account, or check the trail's own Terraform with --plan together with --live",
      ),
    );
  });
});

describe('event data stores → Recorder', () => {
  const arn = edsArn('e1', 'eu-west-1');
  const statuses: [string, boolean, string | undefined][] = [
    ['ENABLED', true, undefined],
    ['CREATED', false, 'Status CREATED (the event data store is not ingesting events)'],
    ['STARTING_INGESTION', false, 'Status STARTING_INGESTION (the event data store is not ingesting events)'],
    ['STOPPING_INGESTION', false, 'Status STOPPING_INGESTION (the event data store is not ingesting events)'],
    ['STOPPED_INGESTION', false, 'Status STOPPED_INGESTION (the event data store is not ingesting events)'],
    ['PENDING_DELETION', false, 'Status PENDING_DELETION (the event data store is not ingesting events)'],
  ];
  it.each(statuses)('Status %s → logging %s', (status, logging, detail) => {
    const r = eventDataStoreRecorder(
      { EventDataStoreArn: arn },
      ok({ EventDataStoreArn: arn, Name: 'lake', Status: status as 'ENABLED' }),
    );
    expect(r.logging).toEqual(known(logging));
    expect(r.loggingDetail).toBe(detail);
  });

  it('defaults: multi-Region, not organization; Region and account from the ARN', () => {
    const r = eventDataStoreRecorder({ EventDataStoreArn: arn }, ok({ Status: 'ENABLED' }));
    expect(r).toMatchObject({
      kind: 'event-data-store',
      id: arn,
      homeRegion: known('eu-west-1'),
      accountId: known(ACCOUNT),
      multiRegion: known(true, true),
      organization: known(false, true),
      selectors: known({ kind: 'none' }),
      name: known(arn),
    });
    expect(r.kind).toBe('event-data-store');
    expect('logBucket' in r).toBe(false);
  });

  it('a store that cannot be read is unknown throughout, named by the action', () => {
    const r = eventDataStoreRecorder(
      { EventDataStoreArn: arn, Name: 'lake' },
      fail({ action: 'cloudtrail:GetEventDataStore', resource: arn }),
    );
    const d = `AccessDenied on cloudtrail:GetEventDataStore for ${arn}: grant it (see README "Live mode")`;
    expect(r.name).toEqual(known('lake'));
    for (const f of [r.multiRegion, r.organization, r.logging, r.selectors])
      expect(f).toEqual(unknown('access-denied', d));
  });
});

describe('a Region that could not be listed', () => {
  it('stands in as a single-Region recorder of that Region with unknown logging and selectors', () => {
    const r = regionPlaceholder(
      'ap-east-1',
      [
        {
          action: 'cloudtrail:DescribeTrails',
          region: 'ap-east-1',
          resource: '',
          code: 'AccessDeniedException',
          message: 'no',
          kind: 'access-denied',
        },
      ],
      ACCOUNT,
    );
    expect(r).toMatchObject({
      kind: 'event-data-store',
      id: `arn:aws:cloudtrail:ap-east-1:${ACCOUNT}:trail/*`,
      homeRegion: known('ap-east-1'),
      multiRegion: known(false),
      logging: {
        known: false,
        reason: 'access-denied',
        detail:
          'AccessDenied on cloudtrail:DescribeTrails in ap-east-1: grant it (see README "Live mode"): the trails of ap-east-1 are unknown',
      },
    });
  });
});

describe('buckets', () => {
  it.each([
    [undefined, 'us-east-1'],
    ['', 'us-east-1'],
    ['EU', 'eu-west-1'],
    ['eu-west-1', 'eu-west-1'],
    ['ap-southeast-2', 'ap-southeast-2'],
  ])('LocationConstraint %j → %s', (c, region) => expect(regionOfLocation(c)).toBe(region));

  it('GetBucketLocation failures', () => {
    expect(
      bucketRegionFact(
        'b',
        fail({ action: 's3:GetBucketLocation', resource: 'arn:aws:s3:::b', code: 'AccessDenied' }),
      ),
    ).toEqual(
      unknown(
        'access-denied',
        'AccessDenied on s3:GetBucketLocation for arn:aws:s3:::b: grant it (see README "Live mode"), or give the bucket\'s region in the policy',
      ),
    );
    expect(
      bucketRegionFact(
        'b',
        fail({
          action: 's3:GetBucketLocation',
          code: 'InternalError',
          kind: 'failed',
          message: 'HTTP 500',
          resource: 'arn:aws:s3:::b',
        }),
      ),
    ).toEqual(
      unknown(
        'not-collected',
        's3:GetBucketLocation in us-east-1 for arn:aws:s3:::b failed: InternalError (HTTP 500)',
      ),
    );
  });

  it('GetBucketPolicy answers', () => {
    const origin = { source: 'aws', ref: 'arn:aws:s3:::b' };
    expect(bucketPolicyOf('aws', 'b', ok({ Policy: '{"Version":"2012-10-17","Statement":[]}' }))).toEqual({
      origin,
      document: known({ Version: '2012-10-17', Statement: [] }),
    });
    expect(bucketPolicyOf('aws', 'b', ok({}))).toEqual({ origin, document: known(null) });
    expect(bucketPolicyOf('aws', 'b', ok({ Policy: '{' })).document).toEqual(
      unknown('unparseable', 'the policy of bucket b (GetBucketPolicy) is not valid JSON'),
    );
    expect(
      bucketPolicyOf(
        'aws',
        'b',
        fail({ action: 's3:GetBucketPolicy', code: 'NoSuchBucketPolicy', kind: 'not-found' }),
      ).document,
    ).toEqual(known(null));
  });
});

describe('ARNs and partitions', () => {
  it('parses ARNs, keeping colons in the resource', () => {
    expect(parseArn('arn:aws:cloudtrail:us-east-1:111122223333:trail/main')).toEqual({
      partition: 'aws',
      service: 'cloudtrail',
      region: 'us-east-1',
      account: '111122223333',
      resource: 'trail/main',
    });
    expect(parseArn('arn:aws:s3:::b/k:1')?.resource).toBe('b/k:1');
    expect(parseArn('not-an-arn')).toBeUndefined();
  });

  it.each([
    ['us-east-1', 'aws'],
    ['eu-central-2', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
    ['eu-isoe-west-1', 'aws-iso-e'],
    ['us-isof-south-1', 'aws-iso-f'],
    ['eusc-de-east-1', 'aws-eusc'],
  ])('%s is in %s', (region, partition) => expect(partitionOfRegion(region)).toBe(partition));
});

describe('concurrency bound', () => {
  it('never runs more than the bound at once, and runs everything', async () => {
    const limit = createLimiter(3);
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limit(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, (i * 7) % 5));
          running--;
          done.push(i);
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('a failing task frees its slot', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(limit(async () => 1)).resolves.toBe(1);
  });

  it('rejects a bound that is not a positive integer', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});

describe('AwsCaller bounds: S3 over all Regions, CloudTrail per Region, an optional total', () => {
  /** Sends `n` calls of each kind; returns the peak in flight per kind (S3, CloudTrail per Region) and overall. */
  async function peaks(bounds: ConcurrencyBounds, n = 12) {
    const caller = new AwsCaller({} as AwsClients, bounds);
    const running = new Map<string, number>();
    const peak = new Map<string, number>();
    let all = 0;
    let allPeak = 0;
    const call = (action: AwsAction, region: string) => {
      const key = action.startsWith('s3:') ? 's3' : region;
      return caller.call(action, region, '', async () => {
        running.set(key, (running.get(key) ?? 0) + 1);
        peak.set(key, Math.max(peak.get(key) ?? 0, running.get(key) ?? 0));
        allPeak = Math.max(allPeak, ++all);
        await new Promise((r) => setTimeout(r, 2));
        running.set(key, (running.get(key) ?? 0) - 1);
        all--;
        return key;
      });
    };
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => [
        call('s3:GetBucketLocation', i % 2 ? 'us-east-1' : 'eu-west-1'),
        call('cloudtrail:GetTrailStatus', 'us-east-1'),
        call('cloudtrail:GetEventSelectors', 'eu-west-1'),
      ]).flat(),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(caller.counts.get('s3:GetBucketLocation')).toBe(n);
    return { s3: peak.get('s3'), east: peak.get('us-east-1'), west: peak.get('eu-west-1'), all: allPeak };
  }

  it('the defaults: 4 CloudTrail calls per Region, S3 beyond that', async () => {
    expect(DEFAULT_BOUNDS).toEqual({ s3: 256, cloudtrailPerRegion: 4 });
    expect(await peaks(DEFAULT_BOUNDS)).toEqual({ s3: 12, east: 4, west: 4, all: 20 });
  });

  it('each bound holds on its own; a total caps them together', async () => {
    expect(await peaks({ s3: 3, cloudtrailPerRegion: 2 })).toEqual({ s3: 3, east: 2, west: 2, all: 7 });
    const capped = await peaks({ s3: 3, cloudtrailPerRegion: 2, total: 4 });
    expect(capped.all).toBe(4);
  });

  it('rejects bounds that are not positive integers', () => {
    expect(() => new AwsCaller({} as AwsClients, { s3: 0, cloudtrailPerRegion: 1 })).toThrow(RangeError);
    expect(() => new AwsCaller({} as AwsClients, { s3: 1, cloudtrailPerRegion: 1.5 })).toThrow(RangeError);
  });
});
