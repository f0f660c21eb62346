/**
 * The memoised coverage (one evaluation per verdict signature, issue 12) against the reference path
 * (`memoize: false`, every bucket on its own), on adversarial generated facts and policies: bucket names
 * that are prefixes, suffixes or equal-length variants of each other and of selector values; selector
 * values that end inside a bucket name; userIdentity.arn conditions; directory and general purpose
 * buckets; a key prefix per bucket; basic and advanced selectors; unknown values; several trails and
 * event data stores; buckets in other Regions and accounts. The whole BucketCoverage list must be equal.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { remediate } from '../../src/engine/remediation.js';
import type { Facts } from '../../src/model/facts.js';
import type { Policy } from '../../src/config/policy.js';
import type { AdvancedOperator, SelectorSet, Str } from '../../src/model/selectors.js';
import {
  adv,
  s3adv,
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

const DIR = '--usw2-az1--x-s3';
/** Names that are prefixes/suffixes of each other, of equal length, and directory buckets. */
const NAMES = [
  'abc',
  'abd',
  'abcd',
  'xabc',
  'abc-old',
  'abd-old',
  'bcd',
  'ab-c',
  `abc${DIR}`,
  `abd${DIR}`,
  `ab${DIR}`,
  'acme-data-0001',
  'acme-data-0002',
  'acme-data-0010',
];
const name = fc.constantFrom(...NAMES);
const stem = fc.oneof(
  name,
  name.map((n) => n.slice(0, Math.max(1, n.length - 1))),
  name.map((n) => n.slice(1)),
  fc.constantFrom('', 'a', 'ab', 'acme-data-00', 'zzz'),
);
const key = fc.constantFrom('', '/', '/logs/', '/abc', '/x', '-old', '/abd/');
const region = fc.constantFrom('us-east-1', 'us-west-2');
const account = fc.constantFrom('111122223333', '444455556666');

/** A resources.ARN value: general purpose or s3express, ending anywhere (inside a name, after it, …). */
const arnValue = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(stem, key).map(([s, k]) => `arn:aws:s3:::${s}${k}`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(region, account, stem, key)
      .map(([r, a, s, k]) => `arn:aws:s3express:${r}:${a}:bucket/${s}${k}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('arn:aws:s3:::', 'arn:aws:s3', 'arn:aws:s3express:', '*') },
);
const suffixValue = fc.oneof(
  stem,
  fc.tuple(stem, key).map(([s, k]) => s + k),
  fc.constantFrom('/', 'c/', 'd', '-old/x'),
);
const userValue = fc.oneof(
  stem.map((s) => `arn:aws:sts::111122223333:assumed-role/${s}`),
  fc.constantFrom('arn:aws:sts::', 'arn:aws:iam::111122223333:user/'),
);

const maybeUnknown = (a: fc.Arbitrary<string>): fc.Arbitrary<string | Str> =>
  fc.oneof({ weight: 12, arbitrary: a }, { weight: 1, arbitrary: fc.constant(U('value after apply')) });

const SELECT_OPS: AdvancedOperator[] = ['Equals', 'StartsWith'];
const ALL_OPS: AdvancedOperator[] = [
  'Equals',
  'StartsWith',
  'EndsWith',
  'NotEquals',
  'NotStartsWith',
  'NotEndsWith',
];

function opsOf(values: (op: AdvancedOperator) => fc.Arbitrary<string | Str>, ops: AdvancedOperator[]) {
  return fc
    .uniqueArray(fc.constantFrom(...ops), { minLength: 1, maxLength: 2 })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((op) =>
          fc.array(values(op), { minLength: 1, maxLength: 2 }).map((v) => [op, v] as const),
        ),
      ),
    )
    .map((pairs) => Object.fromEntries(pairs) as Partial<Record<AdvancedOperator, (string | Str)[]>>);
}

const arnField = fc.oneof(
  { weight: 3, arbitrary: opsOf(() => maybeUnknown(arnValue), SELECT_OPS) },
  {
    weight: 3,
    arbitrary: opsOf((op) => maybeUnknown(op.includes('EndsWith') ? suffixValue : arnValue), ALL_OPS),
  },
);
const userField = opsOf((op) => maybeUnknown(op.includes('EndsWith') ? stem : userValue), ALL_OPS);
const eventNames = fc.subarray(['GetObject', 'PutObject', 'DeleteObjects', 'ListObjectsV2', 'HeadBucket'], {
  minLength: 1,
});

const fieldSel = fc.oneof(
  { weight: 6, arbitrary: arnField.map((o) => fs('resources.ARN', o)) },
  { weight: 2, arbitrary: userField.map((o) => fs('userIdentity.arn', o)) },
  { weight: 2, arbitrary: eventNames.map((n) => fs('eventName', { Equals: n })) },
  { weight: 1, arbitrary: fc.constantFrom('true', 'false').map((v) => fs('readOnly', { Equals: [v] })) },
  { weight: 1, arbitrary: fc.constant(fs('eventType', { NotEquals: ['AwsServiceEvent'] })) },
);
const resourcesType = fc.constantFrom(
  ['AWS::S3::Object'],
  ['AWS::S3Express::Object'],
  ['AWS::S3::Object', 'AWS::S3Express::Object'],
);
// Often closed by a field that restricts the selector to another bucket: a recorder that reaches none of
// the policy's buckets is still explained in every gap, by conditions that may name one of them.
const elsewhere = fs('resources.ARN', { StartsWith: ['arn:aws:s3:::zzz/'] });
const advancedSelector = fc
  .tuple(resourcesType, fc.array(fieldSel, { maxLength: 2 }), fc.boolean())
  .map(([types, extra, away]) =>
    adv(
      fs('eventCategory', { Equals: ['Data'] }),
      fs('resources.type', { Equals: [...types] }),
      ...extra,
      ...(away ? [elsewhere] : []),
    ),
  );
const basicValue = fc.oneof(
  fc.tuple(stem, key).map(([s, k]) => `arn:aws:s3:::${s}${k}`),
  fc.constantFrom('arn:aws:s3', 'arn:aws:s3:::'),
);
const selectorSet: fc.Arbitrary<SelectorSet | null> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(advancedSelector, { minLength: 1, maxLength: 2 }).map((s) => advancedSet(...s)),
  },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.array(maybeUnknown(basicValue), { minLength: 1, maxLength: 3 }),
          fc.constantFrom<'All' | 'ReadOnly' | 'WriteOnly' | null>('All', 'ReadOnly', 'WriteOnly', null),
        ),
        { minLength: 1, maxLength: 2 },
      )
      .map((s) => basicSet(...s.map(([v, rw]) => basic(v, rw)))),
  },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant({ kind: 'none' } as SelectorSet) },
);

const recorder = fc
  .record({
    id: fc.oneof(
      { weight: 4, arbitrary: fc.nat(9).map((i) => `aws_cloudtrail.t${i}`) },
      { weight: 1, arbitrary: name.map((n) => `aws_cloudtrail.for_${n}`) },
    ),
    kind: fc.constantFrom('trail' as const, 'event-data-store' as const),
    selectors: selectorSet,
    multiRegion: fc.constantFrom<boolean | null>(true, true, false, null),
    homeRegion: fc.constantFrom<string | null>('us-east-1', 'us-west-2', null),
    logging: fc.constantFrom<boolean | null>(true, true, true, false, null),
    accountId: account,
    organization: fc.boolean(),
  })
  .map((o) => trail(o));

const prefix = fc.oneof(
  fc.constantFrom('', '', 'logs/', 'abc', 'a', 'x/'),
  name.map((n) => `${n}/`),
);
const req = fc
  .record({
    name,
    prefixes: fc.uniqueArray(prefix, { minLength: 1, maxLength: 2 }),
    events: fc.constantFrom<'all' | 'read' | 'write' | string[]>('all', 'read', 'write', [
      'GetObject',
      'HeadBucket',
    ]),
    region: fc.option(region, { nil: undefined }),
    account: fc.option(account, { nil: undefined }),
  })
  .map(({ name: n, ...o }) =>
    requirement(n, {
      ...o,
      ...(o.region ? { region: o.region } : {}),
      ...(o.account ? { account: o.account } : {}),
    }),
  );

const scenario = fc
  .record({
    recorders: fc.array(recorder, { minLength: 0, maxLength: 6 }),
    inSource: fc.subarray(NAMES),
    regions: fc.array(fc.constantFrom<string | null>('us-east-1', 'us-west-2', null), {
      minLength: NAMES.length,
      maxLength: NAMES.length,
    }),
    accounts: fc.array(account, { minLength: NAMES.length, maxLength: NAMES.length }),
    // Many buckets, repeats and equal-length names: most of them share a signature with another one.
    reqs: fc.array(req, { minLength: 2, maxLength: 8 }),
  })
  .map(({ recorders, inSource, regions, accounts, reqs }) => ({
    facts: factsOf(
      recorders,
      inSource.map((n) => bucket(n, regions[NAMES.indexOf(n)] ?? null, accounts[NAMES.indexOf(n)])),
    ),
    policy: policyOf(...reqs),
  }));

function bothWays(facts: Facts, policy: Policy): void {
  const memo = evaluateCoverage(facts, policy);
  const plain = evaluateCoverage(facts, policy, { memoize: false });
  expect(memo).toEqual(plain);
  const memoCovered = evaluateCoverage(facts, policy, { coveredOnly: true });
  const plainCovered = evaluateCoverage(facts, policy, { coveredOnly: true, memoize: false });
  expect(memoCovered).toEqual(plainCovered);
}

describe('memoised coverage = bucket-by-bucket coverage on adversarial facts', () => {
  it('agrees on generated trails, event data stores and policies', () => {
    fc.assert(
      fc.property(scenario, ({ facts, policy }) => bothWays(facts, policy)),
      // ~0.17 s a run: 150 by default keeps CI fast; FC_RUNS=3000 for a long hunt.
      { numRuns: Number(process.env['FC_RUNS'] ?? 150) },
    );
  });
});

/** Hand-made cases where the first bucket of a signature would carry a wrong text to the second one. */
describe('memoised coverage = bucket-by-bucket coverage on hand-made traps', () => {
  const two = (rec: ReturnType<typeof trail>[], prefixes: string[] = ['']) => ({
    facts: factsOf(rec, [bucket('abc'), bucket('abd')]),
    policy: policyOf(requirement('abc', { prefixes }), requirement('abd', { prefixes })),
  });
  it.each<[string, { facts: Facts; policy: Policy }]>([
    [
      'the equals trap on the second bucket only, the selector reaching both through a shorter value',
      two([
        trail({
          selectors: advancedSet(
            adv(
              fs('eventCategory', { Equals: ['Data'] }),
              fs('resources.type', { Equals: ['AWS::S3::Object'] }),
              fs('resources.ARN', { Equals: ['arn:aws:s3:::abd', 'arn:aws:s3:::zzz/'] }),
            ),
            adv(
              fs('eventCategory', { Equals: ['Data'] }),
              fs('resources.ARN', { StartsWith: ['arn:aws:s3:::ab'] }),
            ),
          ),
        }),
      ]),
    ],
    [
      'NotEquals the second bucket ARN with a slash (the note names it)',
      two([
        trail({
          selectors: advancedSet(
            adv(
              fs('eventCategory', { Equals: ['Data'] }),
              fs('resources.ARN', { StartsWith: ['arn:aws:s3:::'], NotEquals: ['arn:aws:s3:::abd/'] }),
            ),
          ),
        }),
      ]),
    ],
    [
      'a caller condition and a recorder id that name the second bucket; a prefix that names the other one',
      two(
        [
          trail({
            id: 'aws_cloudtrail.abd',
            selectors: advancedSet(
              adv(
                fs('eventCategory', { Equals: ['Data'] }),
                fs('userIdentity.arn', { NotStartsWith: ['arn:aws:sts::111122223333:assumed-role/abd'] }),
              ),
            ),
          }),
        ],
        ['abd/', 'abc/'],
      ),
    ],
    [
      'a NotStartsWith value that ends inside the second name, basic selectors naming both',
      two([
        trail({
          selectors: advancedSet(
            adv(
              fs('eventCategory', { Equals: ['Data'] }),
              fs('resources.ARN', {
                StartsWith: ['arn:aws:s3:::a'],
                NotStartsWith: ['arn:aws:s3:::ab', 'arn:aws:s3:::abd'],
              }),
            ),
          ),
        }),
        trail({
          id: 'aws_cloudtrail.b',
          selectors: basicSet(basic(['arn:aws:s3:::abd', 'arn:aws:s3:::ab'], 'ReadOnly')),
        }),
      ]),
    ],
    [
      // A recorder that reaches neither bucket (its selector is for zzz) but is shown in every gap: its
      // NotEquals names the second bucket's ARN with a slash, and the note is written for that bucket only.
      'NotEquals the second bucket ARN with a slash in a recorder that reaches neither',
      two([
        trail({
          id: 'aws_cloudtrail.zzz',
          selectors: advancedSet(
            s3adv(
              fs('resources.ARN', { StartsWith: ['arn:aws:s3:::zzz/'], NotEquals: ['arn:aws:s3:::abd/'] }),
            ),
          ),
        }),
      ]),
    ],
    [
      // Same recorder shape: a first resources.ARN field that does not restrict (it has EndsWith) and holds
      // the equals trap for the second bucket; the selector is restricted to zzz by its second field.
      'the equals trap on the second bucket in a recorder that reaches neither',
      two([
        trail({
          id: 'aws_cloudtrail.zzz',
          selectors: advancedSet(
            s3adv(
              fs('resources.ARN', { Equals: ['arn:aws:s3:::abd'], EndsWith: ['.parquet'] }),
              fs('resources.ARN', { StartsWith: ['arn:aws:s3:::zzz/'] }),
            ),
          ),
        }),
      ]),
    ],
    [
      // An EndsWith that holds for a key of the second bucket only: its first field matches there, so the
      // second field is the one that rejects, and the text names another condition.
      'an EndsWith that holds for the second bucket only, in a recorder that reaches neither',
      two(
        [
          trail({
            id: 'aws_cloudtrail.zzz',
            selectors: advancedSet(
              s3adv(
                fs('resources.ARN', { EndsWith: ['abd/logs/x', 'abd/logs/'] }),
                fs('resources.ARN', { StartsWith: ['arn:aws:s3:::zzz/'] }),
              ),
            ),
          }),
        ],
        ['logs/'],
      ),
    ],
  ])('%s', (_n, { facts, policy }) => bothWays(facts, policy));
});

/**
 * Remediation searches once per verdict signature (issue 12, item 5) and replays the attempt that closed
 * the first bucket for the others: the fixes must be those of the bucket-by-bucket search.
 */
function remediatedBothWays(facts: Facts, policy: Policy): void {
  const coverage = evaluateCoverage(facts, policy);
  const memo = remediate(facts, policy, coverage);
  const plain = remediate(facts, policy, evaluateCoverage(facts, policy, { memoize: false }), {
    memoize: false,
  });
  expect(memo).toEqual(plain);
}

describe('memoised remediation = bucket-by-bucket remediation', () => {
  it('agrees on generated trails, event data stores and policies', () => {
    fc.assert(
      fc.property(scenario, ({ facts, policy }) => remediatedBothWays(facts, policy)),
      // ~0.1 s a run (four coverage runs and two searches): FC_RUNS=3000 for a long hunt.
      { numRuns: Number(process.env['FC_RUNS'] ?? 60) },
    );
  });

  // The bench's estate (bench/gen-plan.mjs, eventNameTrails): trails whose eventName selectors reach every
  // bucket, plus buckets that differ by key prefixes, Region, a trail stopped or single-Region, the equals
  // trap on one bucket and a read-only half on another: one search per kind, each fix built for its name.
  it('agrees on eventName trails over many buckets, with buckets that need other fixes', () => {
    const eventNames = [['GetObject', 'PutObject'], ['DeleteObject'], ['HeadObject', 'ListObjectsV2']];
    const names = Array.from({ length: 40 }, (_, i) => `acme-data-${String(i).padStart(4, '0')}`);
    const facts = factsOf(
      [
        ...eventNames.map((n, i) =>
          trail({
            id: `aws_cloudtrail.e${i}`,
            selectors: advancedSet(
              s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::'] }), fs('eventName', { Equals: n })),
            ),
          }),
        ),
        trail({
          id: 'aws_cloudtrail.stopped',
          logging: false,
          selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::acme-data-003'] }))),
        }),
        trail({
          id: 'aws_cloudtrail.west',
          multiRegion: false,
          homeRegion: 'us-west-2',
          selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::acme-data-001'] }))),
        }),
        trail({
          id: 'aws_cloudtrail.trap',
          selectors: advancedSet(
            s3adv(fs('resources.ARN', { Equals: ['arn:aws:s3:::acme-data-0005'] })),
            s3adv(
              fs('resources.ARN', { StartsWith: ['arn:aws:s3:::acme-data-0006/'] }),
              fs('readOnly', { Equals: ['true'] }),
            ),
          ),
        }),
      ],
      names.map((n, i) => bucket(n, i % 7 === 0 ? 'us-west-2' : 'us-east-1')),
    );
    const policy = policyOf(
      ...names.map((n, i) =>
        requirement(n, {
          ...(i % 5 === 0 ? { prefixes: ['logs/'] } : {}),
          ...(i % 9 === 0 ? { events: 'read' as const } : {}),
        }),
      ),
    );
    remediatedBothWays(facts, policy);
    const fixes = remediate(facts, policy, evaluateCoverage(facts, policy));
    // Not one fix copied from another bucket: each names its own buckets, and only its own (a fix for
    // several buckets adds one selector listing them all).
    const covered = new Set<string>();
    for (const f of fixes) {
      const own = f.buckets ?? [f.bucket];
      for (const b of own) {
        expect(covered.has(b)).toBe(false);
        covered.add(b);
        expect(f.terraform).toContain(`arn:aws:s3:::${b}/`);
      }
      for (const other of names) if (!own.includes(other)) expect(f.terraform).not.toContain(`${other}/`);
    }
    expect(covered.size).toBeGreaterThan(30);
  });
});

/**
 * Templates (issue 12, item 5): a signature's fix is built once, for a placeholder name, and each bucket
 * of the signature gets it with its own name written in. These estates are where writing a name in could
 * go wrong: names that are words of the fix's own text ("data", "events", "aws"), a recorder id that
 * holds a bucket's name, corrections of one selector that another bucket's fix redoes, new trails for
 * every bucket, and more buckets than a trail takes values.
 */
describe('memoised remediation = bucket-by-bucket remediation where fixes are templates', () => {
  const everywhere = fs('resources.ARN', { StartsWith: ['arn:aws:s3:::'] });
  // Of a few lengths: buckets of one length (and one Region) share a signature.
  const wordNames = [
    'data',
    'aaaa',
    'bbbb',
    'aws',
    'add',
    'arn',
    'dat',
    'a-s',
    'events',
    'eventz',
    's3',
    'e3',
  ];
  const inSource = wordNames.map((n) => bucket(n));
  const cases: [string, Facts, Policy][] = [
    [
      'names that are words of the fix and of the recorder id',
      factsOf(
        [
          trail({
            id: 'aws_cloudtrail.data',
            selectors: advancedSet(s3adv(everywhere, fs('eventName', { Equals: ['GetObject'] }))),
          }),
        ],
        inSource,
      ),
      policyOf(...wordNames.map((n) => requirement(n))),
    ],
    [
      'key prefixes and read-only requirements among them',
      factsOf(
        [
          trail({
            id: 'aws_cloudtrail.e0',
            selectors: advancedSet(s3adv(everywhere, fs('eventName', { Equals: ['PutObject'] }))),
          }),
        ],
        inSource,
      ),
      policyOf(
        ...wordNames.map((n, i) =>
          requirement(n, {
            ...(i % 3 === 0 ? { prefixes: ['data/', `${n}/x/`] } : {}),
            ...(i % 4 === 0 ? { events: 'read' as const } : {}),
          }),
        ),
      ),
    ],
    [
      "an exclusion of every bucket, removed by each bucket's fix and redone for the others",
      factsOf(
        [
          trail({
            id: 'aws_cloudtrail.excl',
            selectors: advancedSet(
              s3adv(everywhere, fs('resources.ARN', { NotStartsWith: ['arn:aws:s3:::'] })),
              s3adv(fs('eventName', { Equals: ['GetObject'] })),
            ),
          }),
        ],
        inSource,
      ),
      policyOf(...wordNames.map((n) => requirement(n))),
    ],
    [
      'no recorder at all: a new trail for every bucket, one trail for all',
      factsOf([], inSource),
      policyOf(...wordNames.map((n) => requirement(n))),
    ],
    [
      'a stopped single-Region trail: switches and a selector per bucket',
      factsOf(
        [
          trail({
            id: 'aws_cloudtrail.west',
            logging: false,
            multiRegion: false,
            homeRegion: 'us-west-2',
            selectors: advancedSet(s3adv(everywhere, fs('eventName', { Equals: ['GetObject'] }))),
          }),
        ],
        wordNames.map((n, i) => bucket(n, i % 2 ? 'us-east-1' : 'us-west-2')),
      ),
      policyOf(...wordNames.map((n) => requirement(n))),
    ],
  ];
  it.each(cases)('%s', (_n, facts, policy) => remediatedBothWays(facts, policy));

  it("a signature's fix is built once: its buckets' fixes share every part that holds no name", () => {
    const names = Array.from({ length: 30 }, (_, i) => `acme-data-${String(i).padStart(4, '0')}`);
    const facts = factsOf([
      trail({
        id: 'aws_cloudtrail.e0',
        selectors: advancedSet(
          s3adv(everywhere, fs('eventName', { Equals: ['GetObject', 'PutObject'] })),
          // Other buckets' keys, near CloudTrail's 500 values: the added selectors stay one per bucket.
          s3adv(
            fs('resources.ARN', {
              StartsWith: Array.from({ length: 480 }, (_, i) => `arn:aws:s3:::zzz-${i}/`),
            }),
          ),
        ),
      }),
    ]);
    const facts2 = { ...facts, buckets: new Map(names.map((n) => [n, bucket(n)])) };
    const policy = policyOf(...names.map((n) => requirement(n)));
    remediatedBothWays(facts2, policy);
    const fixes = remediate(facts2, policy, evaluateCoverage(facts2, policy));
    expect(fixes.map((f) => f.bucket)).toEqual(names);
    const added = fixes.map((f) => {
      const p = f.patches[0];
      if (p?.kind !== 'add-advanced' || !p.selector.fieldSelectors.known)
        throw new Error('not an added selector');
      return p.selector.fieldSelectors.value;
    });
    // After the first bucket's own search, eventCategory and resources.type (no name in them) are one
    // object for every bucket; resources.ARN is each bucket's own.
    for (const fields of added.slice(2)) {
      expect(fields[0]).toBe(added[1]![0]);
      expect(fields[1]).toBe(added[1]![1]);
      expect(fields[2]).not.toBe(added[1]![2]);
    }
    fixes.forEach((f, i) => expect(f.terraform).toContain(`"arn:aws:s3:::${names[i]}/"`));
  });
});
