import { describe, expect, it } from '@jest/globals';
import { SHAPES, shapeProblem } from '../../../src/sources/aws/shapes.js';

// The problem names where the answer does not fit, with keys and indexes as written in the answer.
describe('shapeProblem names the first place an answer does not fit', () => {
  const cases: [string, unknown, (typeof SHAPES)[keyof typeof SHAPES], string | undefined][] = [
    [
      'an answer that fits',
      { trailList: [{ Name: 'a', IsMultiRegionTrail: true }] },
      SHAPES.DescribeTrails,
      undefined,
    ],
    ['absent fields fit (AWS leaves out what is not set)', {}, SHAPES.DescribeTrails, undefined],
    ['fields the adapters do not read pass', { trailList: [], Other: 1 }, SHAPES.DescribeTrails, undefined],
    ['the answer itself', 'text', SHAPES.DescribeTrails, 'is a string, expected an object'],
    ['a null answer', null, SHAPES.DescribeTrails, 'is null, expected an object'],
    ['a field', { trailList: {} }, SHAPES.DescribeTrails, 'has trailList: an object, expected an array'],
    [
      'a field of an element',
      { trailList: [{ Name: 'a' }, { Name: 'b', IsMultiRegionTrail: 'yes' }] },
      SHAPES.DescribeTrails,
      'has trailList[1].IsMultiRegionTrail: a string, expected a boolean',
    ],
    [
      'an absent element',
      { Buckets: [{ Name: 'a' }, null] },
      SHAPES.ListBuckets,
      'has Buckets[1]: null, expected a value',
    ],
    [
      'deep in selectors',
      { AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'x', Equals: ['a', 3] }] }] },
      SHAPES.GetEventSelectors,
      'has AdvancedEventSelectors[0].FieldSelectors[0].Equals[1]: a number, expected a string',
    ],
    [
      'the first problem in answer order',
      { Buckets: [{ Name: 1 }, { BucketRegion: 2 }] },
      SHAPES.ListBuckets,
      'has Buckets[0].Name: a number, expected a string',
    ],
  ];
  it.each(cases)('%s', (_what, value, shape, problem) => {
    expect(shapeProblem(value, shape)).toBe(problem);
  });
});
