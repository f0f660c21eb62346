/**
 * Evaluate once per verdict signature (issue 12): buckets that share reaching recorders, Region, account,
 * partition and requirements get the verdicts of the first one, with their own name in the gaps. The
 * memoised evaluation must give exactly what evaluating every bucket on its own gives.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { adaptPlan } from '../../src/sources/terraform-plan/adapt.js';
import { readPlanFile } from '../../src/sources/terraform-plan/read-plan.js';
import type { Facts } from '../../src/model/facts.js';
import type { Policy } from '../../src/config/policy.js';
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

function bothWays(facts: Facts, policy: Policy) {
  const memo = evaluateCoverage(facts, policy);
  const plain = evaluateCoverage(facts, policy, { memoize: false });
  expect(memo).toEqual(plain);
  return memo;
}

const EVENT_SETS = [
  ['GetObject', 'PutObject'],
  ['DeleteObject', 'DeleteObjects'],
  ['PutObject', 'CopyObject'],
  ['ListObjects', 'ListObjectsV2'],
];

/** Ten trails with eventName selectors over every bucket: the setup that used to crash. */
function eventNameTrails(extra: ReturnType<typeof trail>[] = []) {
  return [
    ...EVENT_SETS.map((names, t) =>
      trail({
        id: `module.audit.aws_cloudtrail.by_event["e${t}"]`,
        selectors: advancedSet(
          s3adv(fs('eventName', { Equals: names }), fs('resources.ARN', { StartsWith: ['arn:aws:s3:::'] })),
        ),
      }),
    ),
    ...extra,
  ];
}

describe('memoised coverage equals bucket-by-bucket coverage', () => {
  const names = Array.from({ length: 40 }, (_, i) => `acme-data-${String(i).padStart(4, '0')}`);

  it('eventName selectors over every bucket: one evaluation, the others instantiated', () => {
    // Five recorders: every gap explains each of them, the one of another prefix by the key it misses.
    const other = trail({
      id: 'aws_cloudtrail.other',
      selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::zzz-'] }))),
    });
    const facts = factsOf(
      eventNameTrails([other]),
      names.map((n) => bucket(n)),
    );
    const r = bothWays(facts, policyOf(...names.map((n) => requirement(n))));
    // The gaps name each bucket's own ARN, never the first bucket's.
    const gaps = r.buckets.map((b) => b.events.flatMap((e) => e.gaps).join('\n'));
    expect(gaps[7]).toContain(`arn:aws:s3:::${names[7]}/`);
    expect(gaps[7]).not.toContain(names[0]);
    // Covered APIs are shared objects: the second bucket was not evaluated on its own.
    const i = r.buckets[0]!.events.findIndex((e) => e.status === 'covered');
    expect(r.buckets[1]!.events[i]).toBe(r.buckets[0]!.events[i]);
  });

  it.each<[string, () => { facts: Facts; policy: Policy }]>([
    [
      'constants that are a prefix of some ARNs only, the equals trap on one bucket, a prefix per bucket',
      () => ({
        facts: factsOf(
          eventNameTrails([
            trail({
              id: 'aws_cloudtrail.prefix',
              selectors: advancedSet(
                s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::acme-data-001'] })),
              ),
            }),
            trail({
              id: 'aws_cloudtrail.trap',
              selectors: advancedSet(s3adv(fs('resources.ARN', { Equals: [`arn:aws:s3:::${names[3]}`] }))),
            }),
            trail({
              id: 'aws_cloudtrail.excl',
              selectors: advancedSet(
                s3adv(fs('resources.ARN', { NotStartsWith: [`arn:aws:s3:::${names[5]}-old`] })),
              ),
            }),
            trail({
              id: 'aws_cloudtrail.basic',
              selectors: basicSet(basic(['arn:aws:s3:::acme-'], 'ReadOnly')),
            }),
          ]),
          names.map((n, i) => bucket(n, i % 3 === 0 ? 'us-west-2' : i % 7 === 0 ? null : 'us-east-1')),
        ),
        policy: policyOf(
          ...names.map((n, i) => requirement(n, i % 4 === 0 ? { prefixes: ['logs/', 'raw/'] } : {})),
        ),
      }),
    ],
    [
      'a single-Region trail, other accounts, unknown values, a bucket named in a recorder id',
      () => ({
        facts: factsOf(
          eventNameTrails([
            trail({
              id: `aws_cloudtrail.${names[2]}`,
              homeRegion: 'us-west-2',
              multiRegion: false,
              selectors: advancedSet(s3adv()),
            }),
            trail({
              id: 'aws_cloudtrail.unknown',
              selectors: advancedSet(s3adv(fs('eventName', { Equals: [U()] }))),
            }),
            trail({ id: 'aws_cloudtrail.other', accountId: '444455556666', selectors: advancedSet(s3adv()) }),
          ]),
          names.map((n, i) =>
            bucket(n, i % 2 ? 'us-west-2' : 'us-east-1', i % 5 ? '111122223333' : '444455556666'),
          ),
        ),
        policy: policyOf(...names.map((n, i) => requirement(n, i % 3 ? {} : { events: 'read' }))),
      }),
    ],
    [
      // Names that occur in the engine's own words ("arn", "aws", "not", "the", "add"): they cannot be
      // swapped in the gaps, so each is evaluated on its own.
      'bucket names that occur in the sentences of the gaps',
      () => {
        const odd = ['not', 'arn', 'the', 'aws', 'add', 'data', 'eventname', 'fix', 'abc', 'xyz'];
        const other = trail({
          id: 'aws_cloudtrail.other',
          selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::zzz-'] }))),
        });
        return {
          facts: factsOf(
            eventNameTrails([other]),
            odd.map((n) => bucket(n)),
          ),
          policy: policyOf(...odd.map((n) => requirement(n, { prefixes: ['not/', ''] }))),
        };
      },
    ],
    [
      'directory buckets with and without a known ARN',
      () => {
        const dir = ['aaaa--usw2-az1--x-s3', 'bbbb--usw2-az1--x-s3', 'cccc--usw2-az1--x-s3'];
        return {
          facts: factsOf(
            eventNameTrails([
              trail({
                id: 'aws_cloudtrail.dir',
                selectors: advancedSet(
                  s3adv(fs('resources.type', { Equals: ['AWS::S3Express::Object'] })),
                  s3adv(fs('eventName', { Equals: ['GetObject'] })),
                ),
              }),
            ]),
            [bucket(dir[0]!, 'us-west-2'), bucket(dir[1]!, 'us-west-2'), bucket(dir[2]!, null)],
          ),
          policy: policyOf(...dir.map((n) => requirement(n))),
        };
      },
    ],
  ])('%s', (_n, make) => {
    const { facts, policy } = make();
    bothWays(facts, policy);
  });
});

// The shared acceptance plans (real Terraform runs, see their provenance.tsv), where this checkout has them.
const ACCEPTANCE = join(import.meta.dirname, '../../../shared/acceptance/plans');
const plans = existsSync(ACCEPTANCE) ? readdirSync(ACCEPTANCE).filter((f) => f.endsWith('.json')) : [];

describe.each(plans.length ? plans : ['(no acceptance plans in this checkout)'])(
  'acceptance plan %s',
  (file) => {
    it('memoised and bucket-by-bucket coverage agree, before and after the plan', () => {
      if (!plans.length) return;
      const plan = readPlanFile(join(ACCEPTANCE, file));
      for (const side of ['after', 'before'] as const) {
        const facts = adaptPlan(plan, { file, side });
        const seen = [...facts.buckets.keys()];
        // Every bucket of the plan, twice over (with prefixes), and one the plan does not have.
        const policy = policyOf(
          ...seen.map((n) => requirement(n)),
          ...seen.map((n) => requirement(n, { prefixes: ['logs/'] })),
          requirement('not-in-the-plan'),
        );
        bothWays(facts, policy);
      }
    });
  },
);
