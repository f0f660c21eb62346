/**
 * SlashGroups (the values that start with a prefix ending in "/", found by grouping the values by their
 * head up to the n-th slash instead of a binary search in a sorted list) against the reference: every
 * value tested with startsWith. Generated over a small alphabet so that values and prefixes share heads,
 * stop at a slash, repeat slashes and equal each other; the same groups answer prefixes of several depths.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SlashGroups } from '../../src/engine/coverage.js';

const reference = (values: readonly string[], prefix: string) =>
  values.filter((v) => v.startsWith(prefix)).sort();

const of = (g: SlashGroups, prefix: string) => [...g.of(prefix)].sort();

describe('SlashGroups', () => {
  const values = [
    '',
    '/',
    'arn:aws:s3:::b',
    'arn:aws:s3:::b/',
    'arn:aws:s3:::b/k',
    'arn:aws:s3:::b/k/',
    'arn:aws:s3:::b/k//x',
    'arn:aws:s3:::bb/',
    'arn:aws:s3express:us-east-1:1:bucket/d--x-s3/',
    'arn:aws:s3express:us-east-1:1:bucket/d--x-s3/p/',
  ];
  it.each([
    [
      'a bucket ARN',
      'arn:aws:s3:::b/',
      ['arn:aws:s3:::b/', 'arn:aws:s3:::b/k', 'arn:aws:s3:::b/k/', 'arn:aws:s3:::b/k//x'],
    ],
    ['a key prefix of the bucket', 'arn:aws:s3:::b/k/', ['arn:aws:s3:::b/k/', 'arn:aws:s3:::b/k//x']],
    ['an empty path segment', 'arn:aws:s3:::b/k//', ['arn:aws:s3:::b/k//x']],
    ['a longer name than any value', 'arn:aws:s3:::bbb/', []],
    [
      'a directory bucket ARN (a slash in the ARN)',
      'arn:aws:s3express:us-east-1:1:bucket/d--x-s3/',
      ['arn:aws:s3express:us-east-1:1:bucket/d--x-s3/', 'arn:aws:s3express:us-east-1:1:bucket/d--x-s3/p/'],
    ],
    ['a lone slash', '/', ['/']],
  ])('%s', (_what, prefix, expected) => {
    const g = new SlashGroups(values);
    expect(of(g, prefix)).toEqual([...expected].sort());
    expect(of(g, prefix)).toEqual(reference(values, prefix));
  });

  it('agrees with startsWith on generated values and prefixes of several depths', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '/', ':'), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 30 }),
        fc.array(text, { minLength: 1, maxLength: 10 }),
        (vals, heads) => {
          const values = [...new Set(vals)];
          const g = new SlashGroups(values);
          for (const h of heads) {
            const prefix = `${h}/`;
            expect(of(g, prefix)).toEqual(reference(values, prefix));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
