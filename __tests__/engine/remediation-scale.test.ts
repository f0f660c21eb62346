/**
 * Remediation over many partially covered buckets: each bucket looks only at the selectors that reach it
 * (one each here), and the fix names the selector by its place in the whole recorder.
 */
import { describe, expect, it } from '@jest/globals';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { remediate } from '../../src/engine/remediation.js';
import {
  advancedSet,
  bucket,
  factsOf,
  fs,
  policyOf,
  requirement,
  s3adv,
  trail,
} from '../helpers/facts-builders.js';

const N = 120;
const names = Array.from({ length: N }, (_, i) => `bucket-${i}`);

describe('remediation with a selector per bucket', () => {
  const cases: [string, (b: string) => ReturnType<typeof s3adv>, (i: number) => string][] = [
    [
      'the equals trap on every bucket: each fix corrects its own selector',
      (b) => s3adv(fs('resources.ARN', { Equals: [`arn:aws:s3:::${b}/`] })),
      (i) => `aws_cloudtrail.t: correct advanced_event_selector #${i + 1}`,
    ],
  ];
  it.each(cases)('%s', (_n, selectorOf, summary) => {
    const facts = factsOf([trail({ selectors: advancedSet(...names.map(selectorOf)) })]);
    const policy = policyOf(...names.map((b) => requirement(b)));
    const coverage = evaluateCoverage(facts, policy);
    // The trap records the bucket-level events only; logs/ records part of the keys: partial either way.
    expect(new Set(coverage.buckets.map((b) => b.status))).toEqual(new Set(['partial']));
    const fixes = remediate(facts, policy, coverage);
    expect(fixes).toHaveLength(N);
    fixes.forEach((f, i) => {
      expect(f.bucket).toBe(names[i]);
      expect(f.summary).toBe(summary(i));
      expect(f.closes).toBe(true);
    });
    // A fix is checked against the whole trail: applied, its bucket is covered.
    const i = 77;
    const p = fixes[i]!.patches[0]!;
    if (p.kind === 'replace-advanced') expect(p.index).toBe(i);
  });

  it('only a logs/ prefix of every bucket: one added selector lists every bucket (120 added selectors would pass the 500-value limit)', () => {
    const facts = factsOf([
      trail({
        selectors: advancedSet(
          ...names.map((b) => s3adv(fs('resources.ARN', { StartsWith: [`arn:aws:s3:::${b}/logs/`] }))),
        ),
      }),
    ]);
    const policy = policyOf(...names.map((b) => requirement(b)));
    const coverage = evaluateCoverage(facts, policy);
    expect(new Set(coverage.buckets.map((b) => b.status))).toEqual(new Set(['partial']));
    const fixes = remediate(facts, policy, coverage);
    expect(remediate(facts, policy, coverage, { memoize: false })).toEqual(fixes);
    expect(fixes).toHaveLength(1);
    const [fix] = fixes;
    expect(fix!.buckets).toEqual(names);
    expect(fix!.summary).toBe('aws_cloudtrail.t: add advanced_event_selector "S3 data events"');
    expect(fix!.closes).toBe(true);
    expect(fix!.patches).toHaveLength(1);
    for (const b of names) expect(fix!.terraform).toContain(`"arn:aws:s3:::${b}/"`);
  });
});

describe('remediation of buckets partially covered by eventName trails (the bench estate of issue 12)', () => {
  // The trail counts 5 values (Data, AWS::S3::Object, arn:aws:s3:::, GetObject, PutObject); one added
  // selector for n buckets counts 2 + n: CloudTrail takes 500 over all of a trail's advanced selectors
  // (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html).
  const estate = (n: number) => {
    const names = Array.from({ length: n }, (_, i) => `acme-data-${String(i).padStart(6, '0')}`);
    const facts = factsOf(
      [
        trail({
          selectors: advancedSet(
            s3adv(
              fs('resources.ARN', { StartsWith: ['arn:aws:s3:::'] }),
              fs('eventName', { Equals: ['GetObject', 'PutObject'] }),
            ),
          ),
        }),
      ],
      names.map((b) => bucket(b)),
    );
    const policy = policyOf(...names.map((b) => requirement(b)));
    return { names, fixes: remediate(facts, policy, evaluateCoverage(facts, policy)) };
  };
  it.each([
    [493, 1],
    [494, 494],
    [520, 520],
  ])('%i buckets: %i fix(es), each bucket named by exactly one', (n, count) => {
    const { names, fixes } = estate(n);
    expect(fixes).toHaveLength(count);
    expect(fixes.flatMap((f) => f.buckets ?? [f.bucket])).toEqual(names);
    for (const f of fixes) {
      expect(f.closes).toBe(true);
      expect(f.summary).toMatch(/^aws_cloudtrail\.t: add advanced_event_selector "/);
    }
    if (count === 1) expect(fixes[0]!.terraform).toContain(`"arn:aws:s3:::${names[n - 1]}/"`);
    else
      fixes.forEach((f, i) => expect(f.terraform).toContain(`starts_with = ["arn:aws:s3:::${names[i]}/"]`));
  });
});
