import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { isCalendarDate, ucs2length } from '../../src/config/policy-formats.js';

describe('the generated policy validator', () => {
  it('is what scripts/gen-validator.mjs makes from policies/schema.json today', async () => {
    // @ts-expect-error plain ESM script without types
    const { generateValidator } = await import('../../scripts/gen-validator.mjs');
    expect(readFileSync('src/config/policy-validator.generated.ts', 'utf8')).toBe(generateValidator());
  });

  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
  ])('date format %s → %s', (s, ok) => expect(isCalendarDate(s)).toBe(ok));

  it('counts code points like JSON Schema', () => {
    expect(ucs2length('a😀b')).toBe(3);
    expect(ucs2length('')).toBe(0);
  });
});
