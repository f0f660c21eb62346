import { describe, expect, it } from '@jest/globals';
import { describeApis, S3_DATA_APIS } from '../../src/model/s3-apis.js';

const ALL = S3_DATA_APIS.map((a) => a.name);

describe('describeApis', () => {
  it.each([
    [ALL, 'all 29 APIs'],
    [ALL.filter((n) => n !== 'HeadBucket'), '28 of 29 APIs (all but HeadBucket)'],
    [['GetObject', 'PutObject'], 'GetObject, PutObject'],
    [[], ''],
  ])('%j → %s', (names, text) => expect(describeApis(names, ALL)).toBe(text));

  it('a short list is spelled out even when it is most of it', () => {
    expect(describeApis(['GetObject', 'PutObject'], ['GetObject', 'PutObject', 'HeadObject'])).toBe(
      'GetObject, PutObject',
    );
  });
});
