import type { Finding } from '../rules/types.js';
import type { Report } from './report.js';
import { stripControls } from './sanitize.js';

/** XML text and attribute values: the five entities, and no character XML 1.0 forbids. */
function xml(text: string): string {
  return stripControls(text)
    .replace(/[\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML, the test-report format most CI systems show (GitLab `artifacts:reports:junit`, Jenkins, Azure
 * Pipelines): one test case per policy bucket and one per other finding. A case fails when its finding is of
 * severity error and not waived — the findings that fail the run with the default fail-on; waived ones are
 * skipped with the waiver's reason; warnings and notes pass, with their message as output.
 */
export function renderJUnit(r: Report): string {
  const coverage = new Map(
    r.findings.filter((f) => f.ruleId === 'data-event-coverage' && f.bucket).map((f) => [f.bucket, f]),
  );
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  const testcase = (classname: string, name: string, f: Finding | undefined) => {
    const head = `    <testcase classname="${xml(classname)}" name="${xml(name)}">`;
    if (!f) return cases.push(`${head}</testcase>`);
    if (f.waived) {
      skipped++;
      return cases.push(
        `${head}\n      <skipped message="${xml(`waived: ${f.waived.reason}`)}"/>\n    </testcase>`,
      );
    }
    if (f.severity === 'error') {
      failures++;
      return cases.push(
        `${head}\n      <failure type="${xml(`${f.ruleId}/${f.status}`)}" message="${xml(f.message)}">${xml(f.message)}</failure>\n    </testcase>`,
      );
    }
    return cases.push(
      `${head}\n      <system-out>${xml(`${f.severity}: ${f.message}`)}</system-out>\n    </testcase>`,
    );
  };
  for (const b of r.buckets) testcase('data-event-coverage', b.name, coverage.get(b.name));
  for (const f of r.findings)
    if (f.ruleId !== 'data-event-coverage')
      testcase(f.ruleId, f.trail ?? f.bucket ?? f.location.address ?? f.ruleId, f);
  const attrs = `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="s3-trail-guard" ${attrs}>`,
    `  <testsuite name="${xml(`s3-trail-guard ${r.mode}: ${r.policy}`)}" ${attrs}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
