import { describe, expect, it } from '@jest/globals';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import type { CoverageStatus } from '../../src/engine/types.js';
import type { Recorder } from '../../src/model/facts.js';
import {
  advancedSet,
  basic,
  basicSet,
  bucket,
  factsOf,
  fs,
  policyOf,
  requirement,
  s3adv,
  trail,
  U,
} from '../helpers/facts-builders.js';

const B = 'arn:aws:s3:::payroll';

interface Case {
  name: string;
  recorders: Recorder[];
  req?: Parameters<typeof requirement>[1];
  bucketRegion?: string | null;
  /** Expected bucket status. */
  status: CoverageStatus;
  /** Expected statuses of particular APIs. */
  events?: Record<string, CoverageStatus>;
  /** A substring every listed API's gaps must contain. */
  gap?: string;
}

const cases: Case[] = [
  // --- no recorder / no data selectors
  { name: 'no trail at all', recorders: [], status: 'uncovered', gap: 'no trail or event data store' },
  {
    name: 'trail without selectors (omitted default: management events only)',
    recorders: [trail()],
    status: 'uncovered',
    gap: 'no data-event selectors',
  },
  {
    name: 'management-events-only advanced selector',
    recorders: [
      trail({
        selectors: advancedSet({
          fieldSelectors: { known: true, value: [fs('eventCategory', { Equals: ['Management'] })] },
        }),
      }),
    ],
    status: 'uncovered',
    gap: 'eventCategory = Data',
  },
  // --- advanced selectors: the resources.ARN operators
  {
    name: 'advanced StartsWith bucket/ (the fix)',
    recorders: [trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B + '/'] }))) })],
    status: 'covered',
  },
  {
    name: 'advanced without resources.ARN covers every bucket',
    recorders: [trail({ selectors: advancedSet(s3adv()) })],
    status: 'covered',
  },
  {
    // Listings with a request prefix carry it in their ARN (issue 10, item 6): only the empty one is equal.
    name: 'the seed trap: Equals bucket/ records only bucket-level events (and unprefixed listings)',
    recorders: [trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { Equals: [B + '/'] }))) })],
    status: 'partial',
    events: {
      PutObject: 'uncovered',
      GetObject: 'uncovered',
      HeadBucket: 'covered',
      ListObjects: 'partial',
      DeleteObjects: 'covered',
    },
  },
  {
    name: 'the seed trap names itself in the gap',
    recorders: [trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { Equals: [B + '/'] }))) })],
    req: { events: ['PutObject'] },
    status: 'uncovered',
    gap: 'equals vs starts_with trap',
  },
  {
    name: 'StartsWith without the trailing slash also matches payroll-archive, but covers payroll',
    recorders: [trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B] }))) })],
    status: 'covered',
  },
  {
    name: 'StartsWith another bucket',
    recorders: [
      trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::other/'] }))) }),
    ],
    status: 'uncovered',
  },
  {
    name: 'StartsWith a sub-prefix only: partial, with a witness key outside it',
    recorders: [
      trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B + '/exports/'] }))) }),
    ],
    req: { events: ['GetObject'] },
    status: 'partial',
    gap: 'key "',
  },
  {
    name: 'StartsWith a sub-prefix covers a policy prefix under it',
    recorders: [
      trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B + '/exports/'] }))) }),
    ],
    req: { prefixes: ['exports/2024/'], events: ['GetObject', 'PutObject'] },
    status: 'covered',
  },
  {
    name: 'StartsWith bucket/ and NotStartsWith bucket/tmp/: partial',
    recorders: [
      trail({
        selectors: advancedSet(
          s3adv(fs('resources.ARN', { StartsWith: [B + '/'], NotStartsWith: [B + '/tmp/'] })),
        ),
      }),
    ],
    req: { events: ['GetObject'] },
    status: 'partial',
    gap: 'tmp/',
  },
  {
    name: 'an exclusion outside the required prefix does not matter',
    recorders: [
      trail({
        selectors: advancedSet(
          s3adv(fs('resources.ARN', { StartsWith: [B + '/'], NotStartsWith: [B + '/tmp/'] })),
        ),
      }),
    ],
    req: { prefixes: ['exports/'], events: ['GetObject'] },
    status: 'covered',
  },
  {
    name: 'deselect-only field: NotStartsWith another bucket selects everything else',
    recorders: [
      trail({
        selectors: advancedSet(s3adv(fs('resources.ARN', { NotStartsWith: ['arn:aws:s3:::logs/'] }))),
      }),
    ],
    status: 'covered',
  },
  {
    name: 'NotEquals bucket/ does not exclude the objects (mirror trap)',
    recorders: [trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { NotEquals: [B + '/'] }))) })],
    status: 'partial',
    events: { GetObject: 'covered', HeadBucket: 'uncovered' },
  },
  {
    name: 'EndsWith .pdf: only pdf keys recorded',
    recorders: [trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { EndsWith: ['.pdf'] }))) })],
    req: { events: ['GetObject'] },
    status: 'partial',
  },
  {
    name: 'NotEndsWith .tmp: temp keys lost',
    recorders: [trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { NotEndsWith: ['.tmp'] }))) })],
    req: { events: ['GetObject'] },
    status: 'partial',
  },
  {
    name: 'two selectors union: sub-prefix plus NotStartsWith of that sub-prefix covers all',
    recorders: [
      trail({
        selectors: advancedSet(
          s3adv(fs('resources.ARN', { StartsWith: [B + '/a/'] })),
          s3adv(fs('resources.ARN', { StartsWith: [B + '/'], NotStartsWith: [B + '/a/'] })),
        ),
      }),
    ],
    req: { events: ['GetObject'] },
    status: 'covered',
  },
  {
    name: 'union across two trails',
    recorders: [
      trail({
        id: 'aws_cloudtrail.a',
        selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B + '/a/'] }))),
      }),
      trail({
        id: 'aws_cloudtrail.b',
        selectors: advancedSet(
          s3adv(fs('resources.ARN', { StartsWith: [B + '/'], NotStartsWith: [B + '/a/'] })),
        ),
      }),
    ],
    req: { events: ['PutObject'] },
    status: 'covered',
  },
  // --- readOnly / eventName / other fields
  {
    name: 'readOnly = true covers reads only',
    recorders: [trail({ selectors: advancedSet(s3adv(fs('readOnly', { Equals: ['true'] }))) })],
    status: 'partial',
    events: {
      GetObject: 'covered',
      PutObject: 'uncovered',
      HeadBucket: 'covered',
      DeleteObjects: 'uncovered',
    },
  },
  {
    name: 'read/write split in two selectors covers all',
    recorders: [
      trail({
        selectors: advancedSet(
          s3adv(fs('readOnly', { Equals: ['true'] })),
          s3adv(fs('readOnly', { Equals: ['false'] })),
        ),
      }),
    ],
    status: 'covered',
  },
  {
    name: 'eventName Equals PutObject, DeleteObject',
    recorders: [
      trail({ selectors: advancedSet(s3adv(fs('eventName', { Equals: ['PutObject', 'DeleteObject'] }))) }),
    ],
    status: 'partial',
    events: { PutObject: 'covered', DeleteObject: 'covered', GetObject: 'uncovered' },
  },
  {
    name: 'eventName NotEquals GetObject',
    recorders: [trail({ selectors: advancedSet(s3adv(fs('eventName', { NotEquals: ['GetObject'] }))) })],
    req: { events: ['GetObject', 'PutObject'] },
    status: 'partial',
    events: { GetObject: 'uncovered', PutObject: 'covered' },
  },
  {
    name: 'resources.type AccessPoint does not record direct bucket access',
    recorders: [trail({ selectors: advancedSet(adv2('AWS::S3::AccessPoint')) })],
    status: 'uncovered',
    gap: 'resources.type',
  },
  {
    name: 'eventSource s3express only: general purpose buckets not recorded',
    recorders: [
      trail({ selectors: advancedSet(s3adv(fs('eventSource', { Equals: ['s3express.amazonaws.com'] }))) }),
    ],
    status: 'uncovered',
  },
  {
    name: 'userIdentity.arn exclusion of a scanner role: partial (principal lost)',
    recorders: [
      trail({
        selectors: advancedSet(
          s3adv(
            fs('userIdentity.arn', { NotStartsWith: ['arn:aws:sts::111122223333:assumed-role/scanner'] }),
          ),
        ),
      }),
    ],
    req: { events: ['GetObject'] },
    status: 'partial',
    gap: 'caller',
  },
  {
    name: 'eventType NotEquals AwsServiceEvent: service-generated records lost',
    recorders: [
      trail({ selectors: advancedSet(s3adv(fs('eventType', { NotEquals: ['AwsServiceEvent'] }))) }),
    ],
    req: { events: ['DeleteObject'] },
    status: 'partial',
    gap: 'AwsServiceEvent',
  },
  {
    name: 'sessionCredentialFromConsole Equals true: only console sessions',
    recorders: [
      trail({ selectors: advancedSet(s3adv(fs('sessionCredentialFromConsole', { Equals: ['true'] }))) }),
    ],
    req: { events: ['GetObject'] },
    status: 'partial',
  },
  // --- basic selectors
  {
    name: 'basic bucket/ All',
    recorders: [trail({ selectors: basicSet(basic([B + '/'])) })],
    status: 'covered',
  },
  {
    name: 'basic arn:aws:s3 (all buckets)',
    recorders: [trail({ selectors: basicSet(basic(['arn:aws:s3'])) })],
    status: 'covered',
  },
  {
    name: 'basic arn:aws:s3::: (all buckets)',
    recorders: [trail({ selectors: basicSet(basic(['arn:aws:s3:::'])) })],
    status: 'covered',
  },
  {
    name: 'basic ReadOnly',
    recorders: [trail({ selectors: basicSet(basic([B + '/'], 'ReadOnly')) })],
    status: 'partial',
    events: { GetObject: 'covered', PutObject: 'uncovered' },
    gap: undefined,
  },
  {
    name: 'basic omitted read_write_type defaults to All',
    recorders: [
      trail({
        selectors: basicSet({
          ...basic([B + '/']),
          readWriteType: { known: true, value: 'All', defaulted: true },
        }),
      }),
    ],
    status: 'covered',
  },
  {
    name: 'basic bucket ARN without slash is rejected by the API: covers nothing',
    recorders: [trail({ selectors: basicSet(basic([B])) })],
    status: 'uncovered',
    gap: 'reject',
  },
  {
    name: 'basic wildcard is rejected',
    recorders: [trail({ selectors: basicSet(basic(['arn:aws:s3:::*'])) })],
    status: 'uncovered',
  },
  {
    name: 'basic prefix value: bucket-level events need the empty prefix',
    recorders: [trail({ selectors: basicSet(basic([B + '/exports/'])) })],
    req: { prefixes: ['exports/'] },
    status: 'partial',
    events: { GetObject: 'covered', HeadBucket: 'uncovered' },
  },
  {
    name: 'basic and advanced on one trail: rejected',
    recorders: [trail({ selectors: { kind: 'conflict', basic: [basic([B + '/'])], advanced: [s3adv()] } })],
    status: 'uncovered',
  },
  // --- recorder status, Region, account
  {
    name: 'stopped trail records nothing',
    recorders: [trail({ selectors: advancedSet(s3adv()), logging: false })],
    status: 'uncovered',
    gap: 'logging is off',
  },
  {
    name: 'trail deleted by the plan',
    recorders: [trail({ selectors: advancedSet(s3adv()), change: 'delete' })],
    status: 'uncovered',
    gap: 'deleted',
  },
  {
    name: 'single-Region trail in another Region',
    recorders: [trail({ selectors: advancedSet(s3adv()), multiRegion: false, homeRegion: 'us-west-2' })],
    bucketRegion: 'eu-west-1',
    status: 'uncovered',
    gap: 'does not see eu-west-1',
  },
  {
    name: 'single-Region trail in the bucket Region',
    recorders: [trail({ selectors: advancedSet(s3adv()), multiRegion: false, homeRegion: 'eu-west-1' })],
    bucketRegion: 'eu-west-1',
    status: 'covered',
  },
  {
    name: 'multi-Region trail homed elsewhere',
    recorders: [trail({ selectors: advancedSet(s3adv()), multiRegion: true, homeRegion: 'us-west-2' })],
    bucketRegion: 'eu-west-1',
    status: 'covered',
  },
  {
    name: 'trail of another account (not an organization trail)',
    recorders: [trail({ selectors: advancedSet(s3adv()), accountId: '999999999999' })],
    status: 'uncovered',
    gap: 'own account',
  },
  {
    name: 'organization trail of the management account',
    recorders: [trail({ selectors: advancedSet(s3adv()), accountId: '999999999999', organization: true })],
    status: 'covered',
  },
  {
    name: 'event data store (multi-Region, enabled)',
    recorders: [
      trail({
        kind: 'event-data-store',
        id: 'aws_cloudtrail_event_data_store.lake',
        selectors: advancedSet(s3adv()),
      }),
    ],
    status: 'covered',
  },
  {
    name: 'event data store with ingestion stopped',
    recorders: [trail({ kind: 'event-data-store', selectors: advancedSet(s3adv()), logging: false })],
    status: 'uncovered',
  },
  // --- unknowns: never a pass
  { name: 'selectors unknown as a whole', recorders: [trail({ selectors: null })], status: 'unknown' },
  {
    name: 'StartsWith value known only after apply (seed without --terraform-dir)',
    recorders: [
      trail({
        selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [U('aws_s3_bucket.b.arn')] }))),
      }),
    ],
    status: 'unknown',
    gap: 'known only after apply',
  },
  {
    name: 'basic value known only after apply',
    recorders: [trail({ selectors: basicSet(basic([U()])) })],
    status: 'unknown',
  },
  {
    name: 'an unknown value does not hide a known match',
    recorders: [
      trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [U(), B + '/'] }))) }),
    ],
    status: 'covered',
  },
  {
    name: 'unknown exclusion value: cannot prove',
    recorders: [
      trail({
        selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B + '/'], NotStartsWith: [U()] }))),
      }),
    ],
    status: 'unknown',
  },
  {
    name: 'logging unknown',
    recorders: [trail({ selectors: advancedSet(s3adv()), logging: null })],
    status: 'unknown',
  },
  {
    name: 'single-Region trail, bucket Region unknown',
    recorders: [trail({ selectors: advancedSet(s3adv()), multiRegion: false })],
    bucketRegion: null,
    status: 'unknown',
  },
  {
    name: 'a covering trail makes an unknown second trail irrelevant',
    recorders: [
      trail({ id: 'aws_cloudtrail.a', selectors: advancedSet(s3adv()) }),
      trail({ id: 'aws_cloudtrail.b', selectors: null }),
    ],
    status: 'covered',
  },
  {
    name: 'unknown multi-region with a trail homed elsewhere',
    recorders: [trail({ selectors: advancedSet(s3adv()), multiRegion: null, homeRegion: 'us-west-2' })],
    status: 'unknown',
  },
  {
    name: 'an unknown value that could be anything: no key is known lost, so unknown',
    recorders: [
      trail({ selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B + '/a/', U()] }))) }),
    ],
    req: { events: ['GetObject'] },
    status: 'unknown',
  },
  {
    name: 'known loss plus unknown elsewhere is partial, not unknown',
    recorders: [
      trail({
        id: 'aws_cloudtrail.a',
        selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B + '/a/'] }))),
      }),
      trail({
        id: 'aws_cloudtrail.b',
        logging: null,
        selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B + '/b/'] }))),
      }),
    ],
    req: { events: ['GetObject'] },
    status: 'partial',
  },
];

function adv2(type: string) {
  return {
    fieldSelectors: {
      known: true as const,
      value: [fs('eventCategory', { Equals: ['Data'] }), fs('resources.type', { Equals: [type] })],
    },
  };
}

describe('coverage engine truth table', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const facts = factsOf(c.recorders, [
      bucket('payroll', c.bucketRegion === undefined ? 'us-east-1' : c.bucketRegion),
    ]);
    const result = evaluateCoverage(facts, policyOf(requirement('payroll', c.req)));
    const b = result.buckets[0]!;
    expect(b.status).toBe(c.status);
    for (const [api, want] of Object.entries(c.events ?? {})) {
      expect([api, b.events.find((e) => e.name === api)?.status]).toEqual([api, want]);
    }
    if (c.gap) {
      const failing = b.events.filter((e) => e.status !== 'covered');
      expect(failing.length).toBeGreaterThan(0);
      for (const e of failing) expect(e.gaps.join('\n')).toContain(c.gap);
    }
  });

  it('lists every required API, in policy order, for every bucket', () => {
    const r = evaluateCoverage(factsOf([]), policyOf(requirement('payroll', { events: 'write' })));
    expect(r.buckets[0]!.events.map((e) => e.name)).toEqual(requirement('x', { events: 'write' }).events);
  });

  it('credits the recorders that record the events', () => {
    const r = evaluateCoverage(
      factsOf(
        [
          trail({ id: 'aws_cloudtrail.a', selectors: advancedSet(s3adv()) }),
          trail({ id: 'aws_cloudtrail.b' }),
        ],
        [bucket('payroll')],
      ),
      policyOf(requirement('payroll', { events: ['GetObject'] })),
    );
    expect(r.buckets[0]!.events[0]!.coveredBy).toEqual(['aws_cloudtrail.a']);
  });

  it('reports invalid selectors once per recorder', () => {
    const r = evaluateCoverage(
      factsOf([trail({ selectors: basicSet(basic([B])) })]),
      policyOf(requirement('payroll')),
    );
    expect(r.invalidSelectors).toHaveLength(1);
    expect(r.invalidSelectors[0]!.problems[0]).toContain('trailing "/"');
  });
});
