import { expect } from '@jest/globals';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';

const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync('policies/report.schema.json', 'utf8')) as object,
);

/** Fails the test when a report does not match policies/report.schema.json (the public JSON contract). */
export function expectValidReport(report: unknown): void {
  const ok = validate(JSON.parse(JSON.stringify(report)));
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
}
