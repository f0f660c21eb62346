import { expect } from '@jest/globals';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { readReportJson, reportJson } from '../../src/outputs/json-report.js';
import type { Report } from '../../src/outputs/report.js';

const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync('policies/report.schema.json', 'utf8')) as object,
);

/**
 * Fails the test when a report does not match policies/report.schema.json (the public JSON contract). An
 * in-memory report (schemaVersion 1 shape) is checked as the schemaVersion 2 JSON it is written as, and
 * that JSON must read back to it exactly.
 */
export function expectValidReport(report: unknown): void {
  let doc = JSON.parse(JSON.stringify(report)) as unknown;
  if ((doc as { schemaVersion?: unknown }).schemaVersion === 1) {
    const written = JSON.parse(reportJson(report as Report)) as unknown;
    expect(readReportJson(written)).toEqual(doc);
    doc = written;
  }
  const ok = validate(doc);
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
}

/** A JSON report as the tool wrote it (schemaVersion 2, checked against the schema), read back. */
export function parseReport(text: string): Report {
  const doc = JSON.parse(text) as { schemaVersion?: unknown };
  expect(doc.schemaVersion).toBe(2);
  expectValidReport(doc);
  return readReportJson(doc) as Report;
}
