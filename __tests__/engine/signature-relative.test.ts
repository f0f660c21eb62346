/**
 * Verdict signatures relative to the bucket (issue 12, items 1 and 2): a trail that lists its buckets alike
 * (`arn:aws:s3:::NAME/`, `arn:aws:s3:::NAME/p0/`, … — the shape of bench/gen-plan.mjs, which imitates a
 * Terraform 1.9 plan whose trails slice the buckets by StartsWith values) gives the buckets it lists the
 * same verdicts up to their names: they share one evaluation. The before state of a plan that creates
 * every recorder and bucket (no recorders, every bucket's Region unknown, each with its own detail) is one
 * evaluation, and the diff is worked out once per pair of verdict classes. Each is checked against the
 * reference path (`memoize: false`, every bucket on its own) on generated estates with prefixes, EndsWith,
 * partial buckets, unknown values, long lists and directory buckets.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { evaluateCoverage, verdictClassOf } from '../../src/engine/coverage.js';
import { diffCoverage } from '../../src/engine/diff.js';
import type { Facts } from '../../src/model/facts.js';
import type { Policy } from '../../src/config/policy.js';
import type { AdvancedOperator, Str } from '../../src/model/selectors.js';
import { unknown } from '../../src/model/fact.js';
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
  s3adv,
  trail,
  U,
} from '../helpers/facts-builders.js';

const DIR = '--usw2-az1--x-s3';
/** Equal-length names (they share signatures), a longer one, names with the filler "x" in them. */
const NAMES = [
  'acme-0000',
  'acme-0001',
  'acme-0002',
  'acme-0003',
  'acme-0004',
  'acme-0005',
  'acme-00001',
  'xacm-0000',
  'acme-x000',
  `acme-0000${DIR}`,
  `acme-0001${DIR}`,
];
const TAILS = ['/', '/p0/', '/p1/', '', '/p0/x', '/logs/', '/p0', '/acme-0001/'];

const arnOf = (n: string, tail: string) =>
  n.endsWith(DIR)
    ? `arn:aws:s3express:us-west-2:111122223333:bucket/${n}${tail}`
    : `arn:aws:s3:::${n}${tail}`;

/** Values naming many buckets alike, some padding (lists past MAX_LISTED_VALUES), now and then unknown. */
const listValues = fc
  .tuple(
    fc.subarray(NAMES, { minLength: 1 }),
    fc.subarray(TAILS, { minLength: 1, maxLength: 3 }),
    fc.nat(14),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([names, tails, pad, padFirst, withUnknown]) => {
    const own = names.flatMap((n) => tails.map((t) => arnOf(n, t)));
    const padding = Array.from({ length: pad }, (_, i) => `arn:aws:s3:::zz-pad-${i}/`);
    const values: (string | Str)[] = padFirst ? [...padding, ...own] : [...own, ...padding];
    if (withUnknown) values.push(U('value after apply'));
    return values;
  });

const ARN_OPS: AdvancedOperator[] = ['StartsWith', 'Equals', 'NotStartsWith', 'NotEquals'];
const arnField = fc.oneof(
  { weight: 6, arbitrary: listValues.map((v) => fs('resources.ARN', { StartsWith: v })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...ARN_OPS), listValues, listValues)
      .map(([op, a, b]) => fs('resources.ARN', { StartsWith: a, [op]: b })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(listValues, fc.constantFrom('/x', '0/', '.parquet'))
      .map(([v, e]) => fs('resources.ARN', { StartsWith: v, EndsWith: [e] })),
  },
);
const extraField = fc.oneof(
  fc
    .subarray(['GetObject', 'PutObject', 'ListObjects', 'HeadBucket', 'DeleteObjects'], { minLength: 1 })
    .map((n) => fs('eventName', { Equals: n })),
  fc.constantFrom('true', 'false').map((v) => fs('readOnly', { Equals: [v] })),
  fc.constant(fs('userIdentity.arn', { NotStartsWith: ['arn:aws:sts::111122223333:assumed-role/ci'] })),
);
const types = fc.constantFrom(['AWS::S3::Object'], ['AWS::S3::Object', 'AWS::S3Express::Object']);
const selector = fc
  .tuple(types, arnField, fc.option(extraField, { nil: undefined }))
  .map(([t, arn, extra]) =>
    adv(
      fs('eventCategory', { Equals: ['Data'] }),
      fs('resources.type', { Equals: [...t] }),
      arn,
      ...(extra ? [extra] : []),
    ),
  );
const recorder = fc
  .record({
    i: fc.nat(20),
    advanced: fc.array(selector, { minLength: 1, maxLength: 3 }),
    basicValues: fc.option(listValues, { nil: undefined }),
    multiRegion: fc.constantFrom<boolean | null>(true, true, false),
    logging: fc.constantFrom<boolean | null>(true, true, true, null),
  })
  .map(({ i, advanced, basicValues, multiRegion, logging }) =>
    trail({
      id: `aws_cloudtrail.t${i}`,
      selectors: basicValues ? basicSet(basic(basicValues, 'All')) : advancedSet(...advanced),
      multiRegion,
      logging,
    }),
  );
const estate = fc
  .record({
    recorders: fc.array(recorder, { minLength: 1, maxLength: 7 }),
    before: fc.array(recorder, { minLength: 0, maxLength: 3 }),
    reqs: fc.array(
      fc.record({
        name: fc.constantFrom(...NAMES),
        prefixes: fc.uniqueArray(fc.constantFrom('', 'p0/', 'p1/x', 'logs/'), { minLength: 1, maxLength: 2 }),
        events: fc.constantFrom<'all' | 'read' | string[]>('all', 'all', 'read', ['GetObject', 'HeadBucket']),
      }),
      { minLength: 2, maxLength: 12 },
    ),
    unknownRegion: fc.boolean(),
  })
  .map(({ recorders, before, reqs, unknownRegion }) => {
    // Region unknown with a detail of its own per bucket (as the plan adapter writes it).
    const buckets = NAMES.map((n) => ({
      ...bucket(n, 'us-west-2'),
      ...(unknownRegion && !n.endsWith(DIR)
        ? {
            region: unknown<string>(
              'after-apply',
              `Region of aws_s3_bucket.${n}: not a constant in the plan`,
            ),
          }
        : {}),
    }));
    const seen = new Set<string>();
    const policy = policyOf(
      ...reqs
        .filter((r) => !seen.has(r.name) && seen.add(r.name))
        .map((r) =>
          requirement(r.name, {
            prefixes: r.prefixes,
            events: r.events,
            ...(r.name.endsWith(DIR) ? { region: 'us-west-2', account: '111122223333' } : {}),
          }),
        ),
    );
    return { after: factsOf(recorders, buckets), before: factsOf(before, buckets), policy };
  });

function bothWays(after: Facts, before: Facts, policy: Policy): void {
  const memo = evaluateCoverage(after, policy);
  const plain = evaluateCoverage(after, policy, { memoize: false });
  expect(memo).toEqual(plain);
  expect(evaluateCoverage(after, policy, { coveredOnly: true })).toEqual(
    evaluateCoverage(after, policy, { coveredOnly: true, memoize: false }),
  );
  const memoBefore = evaluateCoverage(before, policy);
  const plainBefore = evaluateCoverage(before, policy, { memoize: false });
  expect(memoBefore).toEqual(plainBefore);
  expect(diffCoverage(memoBefore, memo, before, after)).toEqual(
    diffCoverage(plainBefore, plain, before, after),
  );
}

describe('signatures relative to the bucket: memoised = bucket by bucket', () => {
  it('agrees on generated trails that list their buckets alike', () => {
    fc.assert(
      fc.property(estate, ({ after, before, policy }) => bothWays(after, before, policy)),
      // FC_RUNS=3000 for a long hunt.
      { numRuns: Number(process.env['FC_RUNS'] ?? 120) },
    );
  });
});

const names = Array.from({ length: 30 }, (_, i) => `acme-data-${String(i).padStart(6, '0')}`);
/** The bench's trail shape: each bucket's whole-bucket value and a few prefix values, in two selectors. */
function slicingTrail(id: string, of: readonly string[], extra: ReturnType<typeof fs>[] = []) {
  const values = [
    ...of.map((n) => `arn:aws:s3:::${n}/`),
    ...of.map((n) => `arn:aws:s3:::${n}/p0/`),
    ...of.slice(0, 10).map((n) => `arn:aws:s3:::${n}/p1/`),
  ];
  const half = Math.ceil(values.length / 2);
  return trail({
    id,
    selectors: advancedSet(
      s3adv(fs('resources.ARN', { StartsWith: values.slice(0, half) }), ...extra),
      s3adv(fs('resources.ARN', { StartsWith: values.slice(half) }), ...extra),
    ),
  });
}

describe('buckets a trail lists alike share one evaluation', () => {
  it('covered buckets of a slicing trail share their verdict objects', () => {
    const facts = factsOf(
      [
        slicingTrail('aws_cloudtrail.a', names.slice(0, 15)),
        slicingTrail('aws_cloudtrail.b', names.slice(15)),
      ],
      names.map((n) => bucket(n, null)),
    );
    const policy = policyOf(...names.map((n) => requirement(n)));
    const r = evaluateCoverage(facts, policy);
    expect(r).toEqual(evaluateCoverage(facts, policy, { memoize: false }));
    expect(r.buckets.every((b) => b.status === 'covered')).toBe(true);
    // Buckets 12 and 13 are listed alike (whole bucket and p0/ in the second selector): one evaluation.
    expect(r.buckets[13]!.events[0]).toBe(r.buckets[12]!.events[0]);
    // Bucket 3 has a p1/ value as well, bucket 12 not: told apart.
    expect(r.buckets[3]!.events[0]).not.toBe(r.buckets[12]!.events[0]);
  });

  it('partial buckets get their own names in the gaps; those among the quoted values are evaluated alone', () => {
    // Only p0/ of each bucket is recorded: every bucket is partial, and its gaps quote "StartsWith [the
    // first ten values, … and 20 more]" and name the key it misses. The buckets of those ten values must
    // not carry the list, with their name swapped, to another bucket.
    const facts = factsOf(
      [
        trail({
          id: 'aws_cloudtrail.a',
          selectors: advancedSet(
            s3adv(fs('resources.ARN', { StartsWith: names.map((n) => `arn:aws:s3:::${n}/p0/`) })),
          ),
        }),
      ],
      names.map((n) => bucket(n)),
    );
    const policy = policyOf(...names.map((n) => requirement(n)));
    const r = evaluateCoverage(facts, policy);
    expect(r).toEqual(evaluateCoverage(facts, policy, { memoize: false }));
    expect(r.buckets.every((b) => b.status === 'partial')).toBe(true);
    const gap = (i: number) => r.buckets[i]!.events.flatMap((e) => e.gaps).join('\n');
    expect(gap(25)).toContain(`does not match arn:aws:s3:::${names[25]}/`);
    expect(gap(25)).toContain(`"arn:aws:s3:::${names[2]}/p0/"`);
    expect(gap(25)).not.toContain(`"arn:aws:s3:::${names[25]}/p0/"`);
    expect(gap(2)).toContain(`"arn:aws:s3:::${names[2]}/p0/"`);
    expect(gap(2)).toContain(`does not match arn:aws:s3:::${names[2]}/`);
    // One evaluation for the buckets past the quoted ten; each of the ten on its own.
    expect(verdictClassOf(r.buckets[21]!)).toBeDefined();
    expect(verdictClassOf(r.buckets[21]!)).toBe(verdictClassOf(r.buckets[20]!));
    expect(verdictClassOf(r.buckets[3]!)).not.toBe(verdictClassOf(r.buckets[2]!));
  });
});

describe('the before state of a plan that creates everything', () => {
  // No recorder before the plan; each bucket's Region is known only after apply, each with its own detail.
  const buckets = names.map((n) => ({
    ...bucket(n),
    region: unknown<string>(
      'after-apply',
      `Region of aws_s3_bucket.${n}: the provider's region is not a constant`,
    ),
  }));
  const before = factsOf([], buckets);
  const after = factsOf([slicingTrail('aws_cloudtrail.a', names)], buckets);
  const policy = policyOf(...names.map((n) => requirement(n)));

  it('is one evaluation: the Region matters to no recorder', () => {
    const r = evaluateCoverage(before, policy);
    expect(r).toEqual(evaluateCoverage(before, policy, { memoize: false }));
    expect(r.buckets.every((b) => b.status === 'uncovered')).toBe(true);
    expect(r.buckets[29]!.events[0]).toBe(r.buckets[0]!.events[0]);
  });

  it('the diff is worked out once per pair of verdict classes, and equals the bucket-by-bucket one', () => {
    const memo = diffCoverage(
      evaluateCoverage(before, policy),
      evaluateCoverage(after, policy),
      before,
      after,
    );
    const plain = diffCoverage(
      evaluateCoverage(before, policy, { memoize: false }),
      evaluateCoverage(after, policy, { memoize: false }),
      before,
      after,
    );
    expect(memo).toEqual(plain);
    expect(memo.improvements).toBe(names.length);
    const byName = new Map(memo.buckets.map((b) => [b.name, b]));
    // Buckets 20 and 21 are listed alike: the same changes, not a copy.
    expect(byName.get(names[21]!)!.changes).toBe(byName.get(names[20]!)!.changes);
  });
});

describe('recorders whose constants are shorter than every bucket ARN', () => {
  it('buckets share a view by what the recorder-side checks read: the Region for a single-Region trail', () => {
    const eventNames = ['GetObject', 'PutObject'];
    const facts = factsOf(
      [
        trail({
          id: 'aws_cloudtrail.events',
          selectors: advancedSet(
            s3adv(
              fs('resources.ARN', { StartsWith: ['arn:aws:s3:::'] }),
              fs('eventName', { Equals: eventNames }),
            ),
          ),
        }),
        trail({
          id: 'aws_cloudtrail.east',
          multiRegion: false,
          homeRegion: 'us-east-1',
          selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::acme-'] }))),
        }),
      ],
      names.map((n, i) =>
        i % 3 === 0
          ? bucket(n, 'us-east-1')
          : i % 3 === 1
            ? bucket(n, 'us-west-2')
            : { ...bucket(n), region: unknown<string>('after-apply', `Region of aws_s3_bucket.${n}`) },
      ),
    );
    const policy = policyOf(...names.map((n) => requirement(n)));
    const r = evaluateCoverage(facts, policy);
    expect(r).toEqual(evaluateCoverage(facts, policy, { memoize: false }));
    expect(r.buckets[0]!.status).toBe('covered');
    expect(r.buckets[1]!.status).toBe('partial');
    expect(r.buckets[2]!.status).toBe('unknown');
    expect(r.buckets[3]!.events[5]).toBe(r.buckets[0]!.events[5]);
    expect(verdictClassOf(r.buckets[4]!)).toBe(verdictClassOf(r.buckets[1]!));
    expect(verdictClassOf(r.buckets[4]!)).not.toBe(verdictClassOf(r.buckets[0]!));
    // A Region known only after apply, with a detail of its own: the gaps quote it, per bucket.
    const gaps = r.buckets[5]!.events.flatMap((e) => e.gaps).join('\n');
    expect(gaps).toContain(`Region of aws_s3_bucket.${names[5]}`);
    expect(gaps).not.toContain(`Region of aws_s3_bucket.${names[2]}`);
  });
});
