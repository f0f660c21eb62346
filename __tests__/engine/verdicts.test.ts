/**
 * Issue 10, "verdicts that hold in the accounts real teams run": the static valid/invalid table of the
 * engine for each false pass, false fail and precision item (the CLI-level twins are in
 * __tests__/cli/verdicts.test.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { decide, normalizePolicy } from '../../src/engine/iam-policy.js';
import type { CoverageStatus } from '../../src/engine/types.js';
import { known, unknown } from '../../src/model/fact.js';
import type { Bucket, Recorder } from '../../src/model/facts.js';
import { DIRECTORY_BUCKET_APIS } from '../../src/model/s3-apis.js';
import {
  adv,
  advancedSet,
  basic,
  basicSet,
  bucket,
  factsOf,
  fs,
  policyOf,
  requirement,
  trail,
  U,
} from '../helpers/facts-builders.js';

const DIR = 'fast--use1-az4--x-s3';
const DIR_ARN = `arn:aws:s3express:us-east-1:111122223333:bucket/${DIR}`;
const express = (...extra: ReturnType<typeof fs>[]) =>
  adv(
    fs('eventCategory', { Equals: ['Data'] }),
    fs('resources.type', { Equals: ['AWS::S3Express::Object'] }),
    ...extra,
  );
const s3 = (...extra: ReturnType<typeof fs>[]) =>
  adv(
    fs('eventCategory', { Equals: ['Data'] }),
    fs('resources.type', { Equals: ['AWS::S3::Object'] }),
    ...extra,
  );

interface Case {
  name: string;
  recorders: Recorder[];
  bucket?: Bucket;
  req?: Parameters<typeof requirement>[1];
  status: CoverageStatus;
  events?: Record<string, CoverageStatus>;
  gap?: string;
}

const dirBucket = (o: Partial<Bucket> = {}): Bucket => ({
  ...bucket(DIR),
  kind: 'directory',
  ...o,
});

describe('item 1: directory buckets are judged with their own resource type, ARN and APIs', () => {
  const cases: Case[] = [
    {
      name: 'basic "arn:aws:s3" (all general purpose buckets) records no directory bucket',
      recorders: [trail({ selectors: basicSet(basic(['arn:aws:s3'])) })],
      status: 'uncovered',
      gap: 'basic event selectors record general purpose buckets only',
    },
    {
      name: 'advanced AWS::S3::Object for every bucket records no directory bucket',
      recorders: [trail({ selectors: advancedSet(s3()) })],
      status: 'uncovered',
      gap: 'not AWS::S3Express::Object',
    },
    {
      name: 'AWS::S3Express::Object for every directory bucket: covered (omitted ARN)',
      recorders: [trail({ selectors: advancedSet(express()) })],
      status: 'covered',
    },
    {
      name: 'AWS::S3Express::Object StartsWith the s3express bucket ARN + "/": covered',
      recorders: [
        trail({ selectors: advancedSet(express(fs('resources.ARN', { StartsWith: [DIR_ARN + '/'] }))) }),
      ],
      status: 'covered',
    },
    {
      name: 'an s3:::NAME/ ARN does not reach the directory bucket',
      recorders: [
        trail({
          selectors: advancedSet(express(fs('resources.ARN', { StartsWith: [`arn:aws:s3:::${DIR}/`] }))),
        }),
      ],
      status: 'uncovered',
    },
    {
      name: 'eventSource s3.amazonaws.com leaves out s3express.amazonaws.com',
      recorders: [
        trail({ selectors: advancedSet(express(fs('eventSource', { Equals: ['s3.amazonaws.com'] }))) }),
      ],
      status: 'uncovered',
    },
    {
      name: 'Region not known: the s3express ARN is not known, so an ARN condition is unknown',
      bucket: dirBucket({ region: unknown('after-apply', 'region unknown') }),
      recorders: [
        trail({ selectors: advancedSet(express(fs('resources.ARN', { StartsWith: [DIR_ARN + '/'] }))) }),
      ],
      status: 'unknown',
      gap: 'is not known',
    },
    {
      name: 'RenameObject and CreateSession are required; GetObjectAcl is not a directory-bucket API',
      recorders: [trail({ selectors: advancedSet(express(fs('eventName', { Equals: ['GetObject'] }))) })],
      status: 'partial',
      events: { GetObject: 'covered', RenameObject: 'uncovered', CreateSession: 'uncovered' },
    },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const b = c.bucket ?? dirBucket();
    const r = evaluateCoverage(factsOf(c.recorders, [b]), policyOf(requirement(DIR, c.req))).buckets[0]!;
    expect(r.status).toBe(c.status);
    expect(r.events.map((e) => e.name)).toEqual(DIRECTORY_BUCKET_APIS.map((a) => a.name));
    for (const [api, want] of Object.entries(c.events ?? {}))
      expect([api, r.events.find((e) => e.name === api)?.status]).toEqual([api, want]);
    if (c.gap) {
      const failing = r.events.filter((e) => e.status !== 'covered');
      for (const e of failing) expect(e.gaps.join('\n')).toContain(c.gap);
    }
  });

  it('a bucket named --x-s3 is a directory bucket even when the source does not say so', () => {
    const r = evaluateCoverage(
      factsOf([trail({ selectors: basicSet(basic(['arn:aws:s3'])) })]),
      policyOf(requirement(DIR, { region: 'us-east-1' })),
    ).buckets[0]!;
    expect(r.status).toBe('uncovered');
  });

  it('a general purpose bucket is still covered by basic "arn:aws:s3" (valid case)', () => {
    const r = evaluateCoverage(
      factsOf([trail({ selectors: basicSet(basic(['arn:aws:s3'])) })], [bucket('payroll')]),
      policyOf(requirement('payroll')),
    ).buckets[0]!;
    expect(r.status).toBe('covered');
  });
});

describe('items 4 and 15: what the API rejects records nothing; "*" is accepted and literal', () => {
  const B = 'arn:aws:s3:::payroll';
  const cases: Case[] = [
    {
      name: 'eventCategory StartsWith ["Data"] is rejected, so it records nothing (was: covered)',
      recorders: [
        trail({
          selectors: advancedSet(
            adv(
              fs('eventCategory', { StartsWith: ['Data'] }),
              fs('resources.type', { Equals: ['AWS::S3::Object'] }),
            ),
          ),
        }),
      ],
      status: 'uncovered',
      gap: 'eventCategory accepts only Equals',
    },
    {
      name: 'AFT NotEquals ["arn:aws:s3:::payroll/*"] excludes only the key "*" (was: invalid-selector)',
      recorders: [trail({ selectors: advancedSet(s3(fs('resources.ARN', { NotEquals: [B + '/*'] }))) })],
      req: { events: ['GetObject'] },
      status: 'partial',
      gap: 'key "*" not recorded',
    },
    {
      name: 'StartsWith ["arn:aws:s3:::payroll/*"] matches only keys starting with "*"',
      recorders: [trail({ selectors: advancedSet(s3(fs('resources.ARN', { StartsWith: [B + '/*'] }))) })],
      req: { events: ['GetObject'] },
      status: 'partial',
      gap: '"*" is matched literally',
    },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = evaluateCoverage(
      factsOf(c.recorders, [bucket('payroll')]),
      policyOf(requirement('payroll', c.req)),
    ).buckets[0]!;
    expect(r.status).toBe(c.status);
    if (c.gap) {
      const failing = r.events.filter((e) => e.status !== 'covered');
      expect(failing.length).toBeGreaterThan(0);
      for (const e of failing) expect(e.gaps.join('\n')).toContain(c.gap);
    }
  });
});

/** Evaluates one general purpose bucket (payroll) with the given recorders and requirement. */
function payroll(recorders: Recorder[], req?: Parameters<typeof requirement>[1]) {
  return evaluateCoverage(factsOf(recorders, [bucket('payroll')]), policyOf(requirement('payroll', req)))
    .buckets[0]!;
}
const P = 'arn:aws:s3:::payroll';

describe('item 5: sessionCredentialFromConsole is written only when true', () => {
  const consoleSel = (op: 'Equals' | 'NotEquals', v: string) =>
    s3(fs('sessionCredentialFromConsole', { [op]: [v] }));
  const cases: [string, Recorder[], CoverageStatus, string][] = [
    [
      'Equals ["false"] and Equals ["true"] in two selectors: unknown, not covered (non-console records have no field)',
      [trail({ selectors: advancedSet(consoleSel('Equals', 'false'), consoleSel('Equals', 'true')) })],
      'unknown',
      'written only when true',
    ],
    [
      'Equals ["false"] alone: console sessions lost, the rest unproven',
      [trail({ selectors: advancedSet(consoleSel('Equals', 'false')) })],
      'partial',
      'written only when true',
    ],
    [
      'NotEquals ["true"] and Equals ["true"]: covered (both readings agree)',
      [trail({ selectors: advancedSet(consoleSel('NotEquals', 'true'), consoleSel('Equals', 'true')) })],
      'covered',
      '',
    ],
    [
      'Equals ["true"] only: console sessions only',
      [trail({ selectors: advancedSet(consoleSel('Equals', 'true')) })],
      'partial',
      'calls outside the console',
    ],
  ];
  it.each(cases)('%s', (_n, recorders, status, gap) => {
    const b = payroll(recorders, { events: ['GetObject'] });
    expect(b.status).toBe(status);
    if (gap) expect(b.events[0]!.gaps.join('\n')).toContain(gap);
  });
});

describe('item 6: listings with a request prefix', () => {
  const cases: [string, Recorder[], CoverageStatus, string][] = [
    [
      'Equals ["bucket/"]: only the unprefixed listing is recorded',
      [trail({ selectors: advancedSet(s3(fs('resources.ARN', { Equals: [P + '/'] }))) })],
      'partial',
      'a listing with request prefix',
    ],
    [
      'StartsWith bucket/ but NotStartsWith bucket/tmp/: listings under tmp/ are lost',
      [
        trail({
          selectors: advancedSet(
            s3(fs('resources.ARN', { StartsWith: [P + '/'], NotStartsWith: [P + '/tmp/'] })),
          ),
        }),
      ],
      'partial',
      'a listing with request prefix "tmp/',
    ],
    [
      'StartsWith ["bucket/"]: every listing',
      [trail({ selectors: advancedSet(s3(fs('resources.ARN', { StartsWith: [P + '/'] }))) })],
      'covered',
      '',
    ],
    ['basic ["bucket/"]: every listing', [trail({ selectors: basicSet(basic([P + '/'])) })], 'covered', ''],
  ];
  it.each(cases)('%s', (_n, recorders, status, gap) => {
    const b = payroll(recorders, { events: ['ListObjects', 'ListObjectVersions'] });
    expect(b.status).toBe(status);
    if (gap) for (const e of b.events) expect(e.gaps.join('\n')).toContain(gap);
  });

  it('with a required prefix, listings of its parents and of itself must be recorded', () => {
    const b = payroll(
      [trail({ selectors: advancedSet(s3(fs('resources.ARN', { StartsWith: [P + '/exports/'] }))) })],
      { events: ['ListObjects'], prefixes: ['exports/'] },
    );
    expect(b.status).toBe('partial');
    expect(b.events[0]!.gaps.join('\n')).toContain('a listing with request prefix ""');
  });
});

describe('item 7: readOnly of RestoreObject and SelectObjectContent is unverified', () => {
  const cases: [string, Recorder[], Record<string, CoverageStatus>][] = [
    [
      'basic ReadOnly: SelectObjectContent unknown (was covered), RestoreObject unknown (was uncovered)',
      [trail({ selectors: basicSet(basic([P + '/'], 'ReadOnly')) })],
      {
        SelectObjectContent: 'unknown',
        RestoreObject: 'unknown',
        GetObject: 'covered',
        PutObject: 'uncovered',
      },
    ],
    [
      'advanced readOnly Equals ["false"]: both unknown',
      [trail({ selectors: advancedSet(s3(fs('readOnly', { Equals: ['false'] }))) })],
      { SelectObjectContent: 'unknown', RestoreObject: 'unknown', PutObject: 'covered' },
    ],
    [
      'ReadOnly and WriteOnly selectors together: both covered (the value does not matter)',
      [trail({ selectors: basicSet(basic([P + '/'], 'ReadOnly'), basic([P + '/'], 'WriteOnly')) })],
      { SelectObjectContent: 'covered', RestoreObject: 'covered' },
    ],
    [
      'no readOnly condition (omitted default All): covered',
      [trail({ selectors: basicSet(basic([P + '/'])) })],
      { SelectObjectContent: 'covered', RestoreObject: 'covered' },
    ],
  ];
  it.each(cases)('%s', (_n, recorders, want) => {
    const b = payroll(recorders, {
      events: ['GetObject', 'PutObject', 'RestoreObject', 'SelectObjectContent'],
    });
    for (const [api, status] of Object.entries(want))
      expect([api, b.events.find((e) => e.name === api)?.status]).toEqual([api, status]);
    const u = b.events.find((e) => e.status === 'unknown');
    if (u) expect(u.gaps.join('\n')).toContain('AWS does not document');
  });
});

describe('item 12: IAM condition operators are looked up in a prototype-free table', () => {
  const request = {
    servicePrincipal: 'cloudtrail.amazonaws.com',
    action: 's3:PutObject',
    resource: { known: true as const, value: 'arn:aws:s3:::logs/AWSLogs/111122223333/x' },
    keys: {
      'aws:sourcearn': { known: true as const, value: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/t' },
    },
  };
  const policy = (effect: 'Allow' | 'Deny', operator: string) =>
    normalizePolicy({
      Statement: [
        ...(effect === 'Deny'
          ? [
              {
                Effect: 'Allow',
                Principal: { Service: 'cloudtrail.amazonaws.com' },
                Action: 's3:PutObject',
                Resource: '*',
              },
            ]
          : []),
        {
          Effect: effect,
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: '*',
          Condition: JSON.parse(
            `{"${operator}": {"aws:SourceArn": "arn:aws:cloudtrail:*:999999999999:trail/*"}}`,
          ),
        },
      ],
    });
  const cases: [string, 'Allow' | 'Deny', string, boolean | undefined][] = [
    [
      'an Allow whose operator is "constructor" is not a grant (was: allowed)',
      'Allow',
      'constructor',
      undefined,
    ],
    ['a Deny whose operator is "__proto__" is not skipped (was: a crash)', 'Deny', '__proto__', undefined],
    ['a Deny whose operator is "Constructor" is not skipped', 'Deny', 'Constructor', undefined],
    ['a Deny whose operator is unknown is not skipped', 'Deny', 'StringMatchesRegex', undefined],
    [
      'a known operator still decides (valid): ArnLike another account does not deny',
      'Deny',
      'ArnLike',
      true,
    ],
  ];
  it.each(cases)('%s', (_n, effect, operator, allowed) => {
    expect(decide(policy(effect, operator), request).allowed).toBe(allowed);
  });
});

describe('item 11: two trails with the same name in one account and Region', () => {
  const named = (id: string, change: Recorder['change'], sel = advancedSet(s3())) => ({
    ...trail({ id, selectors: sel, change }),
    name: known('audit'),
  });
  const none = advancedSet(s3(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::other/'] })));
  const cases: [string, Recorder[], CoverageStatus][] = [
    [
      'a created twin of an existing trail records nothing (was: covered)',
      [named('aws_cloudtrail.old', 'no-op', none), named('aws_cloudtrail.new', 'create')],
      'uncovered',
    ],
    [
      'the existing one still records (valid)',
      [named('aws_cloudtrail.old', 'no-op'), named('aws_cloudtrail.new', 'create', none)],
      'covered',
    ],
    [
      'two created twins: the second in the plan records nothing',
      [named('aws_cloudtrail.a', 'create', none), named('aws_cloudtrail.b', 'create')],
      'uncovered',
    ],
    [
      'the same name in another Region is another trail (valid)',
      [
        named('aws_cloudtrail.a', 'create', none),
        { ...named('aws_cloudtrail.b', 'create'), homeRegion: known('eu-west-1') },
      ],
      'covered',
    ],
  ];
  it.each(cases)('%s', (_n, recorders, status) => {
    const b = payroll(recorders, { events: ['GetObject'] });
    expect(b.status).toBe(status);
    if (status === 'uncovered') expect(b.events[0]!.gaps.join('\n')).toContain('TrailAlreadyExistsException');
  });
});

describe('item 18: unknown only when the answer depends on the value', () => {
  const role = U('aws_iam_role.scanner.arn is known only after apply');
  const cases: [string, Recorder[], CoverageStatus, string][] = [
    [
      'userIdentity.arn NotStartsWith [<after apply>]: the caller it names is lost whatever it is (was: unknown)',
      [trail({ selectors: advancedSet(s3(fs('userIdentity.arn', { NotStartsWith: [role] }))) })],
      'partial',
      'the caller named by aws_iam_role.scanner.arn',
    ],
    [
      'bucket prefix and userIdentity.arn NotEquals [<after apply>]: partial',
      [
        trail({
          selectors: advancedSet(
            s3(fs('resources.ARN', { StartsWith: [P + '/'] }), fs('userIdentity.arn', { NotEquals: [role] })),
          ),
        }),
      ],
      'partial',
      'not recorded',
    ],
    [
      'userIdentity.arn StartsWith [<after apply>]: depends on the value, unknown (valid)',
      [trail({ selectors: advancedSet(s3(fs('userIdentity.arn', { StartsWith: [role] }))) })],
      'unknown',
      '',
    ],
    [
      'the excluded caller recorded by another trail: depends on the rest, unknown',
      [
        trail({
          id: 'aws_cloudtrail.a',
          selectors: advancedSet(s3(fs('userIdentity.arn', { NotStartsWith: [role] }))),
        }),
        trail({
          id: 'aws_cloudtrail.b',
          selectors: advancedSet(s3(fs('userIdentity.arn', { Equals: [role] }))),
        }),
      ],
      'unknown',
      '',
    ],
  ];
  it.each(cases)('%s', (_n, recorders, status, gap) => {
    const b = payroll(recorders, { events: ['GetObject'] });
    expect(b.status).toBe(status);
    if (gap) expect(b.events[0]!.gaps.join('\n')).toContain(gap);
  });
});
