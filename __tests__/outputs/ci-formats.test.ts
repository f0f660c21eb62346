// JUnit XML and GitLab Code Quality, through the format registry: the shapes those systems read, escaping,
// waivers, and locations inside the repository.
import { describe, expect, it } from '@jest/globals';
import type { BucketCoverage } from '../../src/engine/types.js';
import { formatOf } from '../../src/outputs/index.js';
import type { Finding } from '../../src/rules/types.js';
import { withVerdict } from '../helpers/report.js';

const bucket = (name: string, status: BucketCoverage['status']): BucketCoverage => ({
  name,
  status,
  region: 'us-east-1',
  prefixes: [''],
  events: [{ name: 'GetObject', status, coveredBy: [], gaps: [] }],
  location: { file: 'policy.yml', line: 4, column: 5 },
  ref: null,
});
const coverage = (name: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'data-event-coverage',
  severity: 'error',
  status: 'fail',
  message: `S3 data-event activity on ${name} is not recorded`,
  bucket: name,
  location: { file: 'policy.yml', line: 4, column: 5 },
  ...extra,
});
const kms: Finding = {
  ruleId: 'trail-kms',
  severity: 'warning',
  status: 'fail',
  message: 'aws_cloudtrail.audit: log files are not encrypted',
  trail: 'aws_cloudtrail.audit',
  location: { file: '/runner/temp/plan.json', address: 'aws_cloudtrail.audit' },
};
const evil = 'a<b>&"\'\x1b[2J';
const report = withVerdict({
  schemaVersion: 1,
  tool: { name: 's3-trail-guard', version: '0.1.0' },
  mode: 'plan',
  policy: 'policy.yml',
  summary: { buckets: 3, covered: 1, partial: 0, uncovered: 2, unknown: 0, findings: 3 },
  buckets: [bucket('ok', 'covered'), bucket(evil, 'uncovered'), bucket('accepted', 'uncovered')],
  findings: [coverage(evil), coverage('accepted', { waived: { reason: 'legacy, INFRA-1' } }), kms],
  warnings: [],
});
const toUri = (f: string) => (f.startsWith('/') ? undefined : f);

describe('junit', () => {
  const xml = formatOf('junit')!.render(report, { toUri });
  it('one case per bucket and per other finding; errors fail, waived are skipped, warnings pass', () => {
    expect(xml).toContain('<testsuites name="s3-trail-guard" tests="4" failures="1" errors="0" skipped="1">');
    expect(xml).toMatch(/<testcase classname="data-event-coverage" name="ok"><\/testcase>/);
    expect(xml).toContain('<skipped message="waived: legacy, INFRA-1"/>');
    expect(xml).toContain(
      '<system-out>warning: aws_cloudtrail.audit: log files are not encrypted</system-out>',
    );
  });
  it('escapes names and drops characters XML forbids', () => {
    expect(xml).toContain('name="a&lt;b&gt;&amp;&quot;&apos;"');
    expect(xml.includes('\x1b')).toBe(false);
    expect(xml).not.toContain('<b>');
  });
});

describe('gitlab code quality', () => {
  const issues = JSON.parse(formatOf('gitlab')!.render(report, { toUri })) as {
    check_name: string;
    severity: string;
    fingerprint: string;
    location: { path: string; lines: { begin: number } };
    description: string;
  }[];
  it('waived findings are left out; severities and locations as GitLab reads them', () => {
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['data-event-coverage', 'major', 'policy.yml', 4],
      // The plan lies outside the repository: the policy stands in.
      ['trail-kms', 'minor', 'policy.yml', 1],
    ]);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(2);
    expect(issues[0]?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
  it('is stable across runs', () => {
    expect(formatOf('gitlab')!.render(report, { toUri })).toBe(formatOf('gitlab')!.render(report, { toUri }));
  });
});
