import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { globMatch } from '../../src/engine/iam-policy.js';

/** The textbook backtracking matcher (correct, O(n·m)): the oracle for the linear one. */
function reference(p: string, v: string): boolean {
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = vi;
    } else if (star >= 0) {
      pi = star + 1;
      vi = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

describe('globMatch (IAM StringLike / ArnLike)', () => {
  const cases: [string, string, boolean][] = [
    ['', '', true],
    ['', 'a', false],
    ['*', '', true],
    ['*', 'anything', true],
    ['?', '', false],
    ['?', 'a', true],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['arn:aws:s3:::logs/AWSLogs/*', 'arn:aws:s3:::logs/AWSLogs/111122223333/x', true],
    ['arn:aws:s3:::logs/AWSLogs/*', 'arn:aws:s3:::logs/other', false],
    [
      'arn:aws:cloudtrail:*:111122223333:trail/*',
      'arn:aws:cloudtrail:us-east-1:111122223333:trail/main',
      true,
    ],
    ['*a*a*a', 'aaa', true],
    ['*a*a*a', 'aa', false],
    ['a*b*c', 'abbbc', true],
    ['a*b*c', 'acb', false],
    ['*ab?d*', 'xxabcdyy', true],
    ['*ab?d', 'abxd abzd', true],
    ['*aab', 'aaab', true],
    ['*abab', 'abaabab', true],
    ['**', 'x', true],
    ['a*', 'a', true],
    ['*a', 'ba', true],
    ['ab*ba', 'aba', false],
  ];
  it.each(cases)('%j against %j is %s', (p, v, expected) => {
    expect(globMatch(p, v)).toBe(expected);
    expect(reference(p, v)).toBe(expected);
  });

  it('ignores case when asked (actions)', () => {
    expect(globMatch('S3:Put*', 's3:PutObject', true)).toBe(true);
    expect(globMatch('S3:Put*', 's3:PutObject')).toBe(false);
  });

  it('agrees with the backtracking matcher on random patterns and values', () => {
    const ch = fc.constantFrom('a', 'b', '*', '?');
    const vch = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 12 }), fc.array(vch, { maxLength: 16 }), (p, v) => {
        expect(globMatch(p.join(''), v.join(''))).toBe(reference(p.join(''), v.join('')));
      }),
      { numRuns: 5000 },
    );
  });

  it('segments with `?` over many distinct characters (the naive fallback) agree too', () => {
    const seg = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const p = `*${seg.slice(0, 150)}?${seg.slice(151)}*`;
    expect(globMatch(p, `xx${seg}yy`)).toBe(true);
    expect(globMatch(p, `xx${seg.slice(1)}yy`)).toBe(false);
  });

  it('answers hostile sizes (a 32k-character pattern and value) without backtracking', () => {
    // `*a*a*...*a*b` against a value of only `a`: the backtracking matcher takes O(n·m) here.
    const p = `${'*a'.repeat(16_000)}*b`;
    const v = 'a'.repeat(32_000);
    expect(globMatch(p, v)).toBe(false);
    expect(globMatch(p, `${v}b`)).toBe(true);
    // `*aaa…ab` against `aaa…a`: the backtracking matcher retries every start (O(n²); bench/algorithms.mjs).
    const q = `*${'a'.repeat(16_000)}b`;
    expect(globMatch(q, v)).toBe(false);
    expect(globMatch(q, `${v}b`)).toBe(true);
    expect(globMatch(`*${'a?'.repeat(1000)}b*`, v)).toBe(false);
    expect(globMatch(`*${'a?'.repeat(1000)}b*`, `${'a'.repeat(2000)}b`)).toBe(true);
  });
});
