/**
 * Buckets whose fixes change the same selector of one recorder get one fix that corrects that selector
 * for all of them: two fixes that each rewrite it would undo each other (the HCL blocks), and the second
 * diff would not apply after the first. Each case's diffs are applied in order with `patch`, and the
 * fixes' patches applied to the recorders must cover every bucket.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../../src/app/run.js';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { applyPatches, remediate } from '../../src/engine/remediation.js';
import type { Bucket, Recorder } from '../../src/model/facts.js';
import { fixDiff } from '../../src/outputs/fix-diff.js';
import { reportJson } from '../../src/outputs/json-report.js';
import { renderMarkdown } from '../../src/outputs/markdown.js';
import { fixTrailLine } from '../../src/outputs/place.js';
import { renderText } from '../../src/outputs/text.js';
import { terraformLocator } from '../../src/outputs/terraform-lines.js';
import {
  advancedSet,
  basic,
  basicSet,
  bucket,
  factsOf,
  fs,
  policyOf,
  requirement,
  s3adv,
  trail,
} from '../helpers/facts-builders.js';
import { parseReport } from '../helpers/report-schema.js';

const root = mkdtempSync(join(tmpdir(), 's3tg-combine-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PII = 'acme-pii-prod';
const PAY = 'acme-payroll';
const arn = (b: string) => `arn:aws:s3:::${b}`;
const refBucket = (name: string, ref: string): Bucket => ({
  ...bucket(name),
  origin: { source: 'terraform-plan', ref },
});
const BUCKETS = [refBucket(PII, 'aws_s3_bucket.pii'), refBucket(PAY, 'aws_s3_bucket.payroll')];

const DATA_FIELDS = `    field_selector {\n      field  = "eventCategory"\n      equals = ["Data"]\n    }\n\n    field_selector {\n      field  = "resources.type"\n      equals = ["AWS::S3::Object"]\n    }\n`;
/** A trail block as terraform fmt writes it, with one advanced selector whose resources.ARN is `arnLines`. */
const advTrail = (name: string, arnLines: string) =>
  `resource "aws_cloudtrail" "${name}" {\n  name           = "${name}"\n  s3_bucket_name = "org-logs"\n\n  advanced_event_selector {\n${DATA_FIELDS}\n    field_selector {\n${arnLines}    }\n  }\n}\n`;
const basicTrail = (values: string) =>
  `resource "aws_cloudtrail" "audit" {\n  name           = "audit"\n  s3_bucket_name = "org-logs"\n\n  event_selector {\n    read_write_type           = "All"\n    include_management_events = true\n\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ${values}\n    }\n  }\n}\n`;

interface Case {
  recorders: Recorder[];
  /** main.tf before the fixes. */
  before: string;
  /** The fixes: their bucket, the buckets of a combined fix, their summary. */
  fixes: { bucket: string; buckets?: string[]; summary: string }[];
  /** main.tf once every fix's diff is applied, in order. */
  after: string;
}

const CASES: [string, Case][] = [
  [
    'two buckets in one equals list of advanced selector #1: one fix, one diff for both',
    {
      recorders: [
        trail({
          id: 'aws_cloudtrail.audit',
          selectors: advancedSet(s3adv(fs('resources.ARN', { Equals: [arn(PII) + '/', arn(PAY) + '/'] }))),
        }),
      ],
      before: advTrail(
        'audit',
        '      field  = "resources.ARN"\n      equals = ["${aws_s3_bucket.pii.arn}/", "${aws_s3_bucket.payroll.arn}/"]\n',
      ),
      fixes: [
        {
          bucket: PII,
          buckets: [PII, PAY],
          summary: 'aws_cloudtrail.audit: correct advanced_event_selector #1',
        },
      ],
      after: advTrail(
        'audit',
        '      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.pii.arn}/", "${aws_s3_bucket.payroll.arn}/"]\n',
      ),
    },
  ],
  [
    'two buckets on two different trails: two fixes, each diff applies',
    {
      recorders: [
        trail({
          id: 'aws_cloudtrail.audit',
          selectors: advancedSet(s3adv(fs('resources.ARN', { Equals: [arn(PII) + '/'] }))),
        }),
        trail({
          id: 'aws_cloudtrail.other',
          selectors: advancedSet(s3adv(fs('resources.ARN', { Equals: [arn(PAY) + '/'] }))),
        }),
      ],
      before:
        advTrail('audit', '      field  = "resources.ARN"\n      equals = ["${aws_s3_bucket.pii.arn}/"]\n') +
        '\n' +
        advTrail(
          'other',
          '      field  = "resources.ARN"\n      equals = ["${aws_s3_bucket.payroll.arn}/"]\n',
        ),
      fixes: [
        { bucket: PII, summary: 'aws_cloudtrail.audit: correct advanced_event_selector #1' },
        { bucket: PAY, summary: 'aws_cloudtrail.other: correct advanced_event_selector #1' },
      ],
      after:
        advTrail(
          'audit',
          '      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.pii.arn}/"]\n',
        ) +
        '\n' +
        advTrail(
          'other',
          '      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.payroll.arn}/"]\n',
        ),
    },
  ],
  [
    'two buckets in one basic data_resource list: one fix adding both ARNs',
    {
      recorders: [
        trail({
          id: 'aws_cloudtrail.audit',
          selectors: basicSet(basic([arn(PII) + '/logs/', arn(PAY) + '/logs/'])),
        }),
      ],
      before: basicTrail('["${aws_s3_bucket.pii.arn}/logs/", "${aws_s3_bucket.payroll.arn}/logs/"]'),
      fixes: [
        { bucket: PII, buckets: [PII, PAY], summary: 'aws_cloudtrail.audit: correct event_selector #1' },
      ],
      after: basicTrail(
        '["${aws_s3_bucket.pii.arn}/logs/", "${aws_s3_bucket.payroll.arn}/logs/", "${aws_s3_bucket.pii.arn}/", "${aws_s3_bucket.payroll.arn}/"]',
      ),
    },
  ],
  [
    'a trail with logging off that records both buckets: one fix switching it on',
    {
      recorders: [
        trail({
          id: 'aws_cloudtrail.audit',
          logging: false,
          selectors: advancedSet(
            s3adv(fs('resources.ARN', { StartsWith: [arn(PII) + '/', arn(PAY) + '/'] })),
          ),
        }),
      ],
      before: advTrail(
        'audit',
        '      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.pii.arn}/", "${aws_s3_bucket.payroll.arn}/"]\n',
      ).replace(
        '  s3_bucket_name = "org-logs"\n',
        '  s3_bucket_name = "org-logs"\n  enable_logging = false\n',
      ),
      fixes: [
        { bucket: PII, buckets: [PII, PAY], summary: 'aws_cloudtrail.audit: set enable_logging = true' },
      ],
      after: advTrail(
        'audit',
        '      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.pii.arn}/", "${aws_s3_bucket.payroll.arn}/"]\n',
      ).replace(
        '  s3_bucket_name = "org-logs"\n',
        '  s3_bucket_name = "org-logs"\n  enable_logging = true\n',
      ),
    },
  ],
  [
    'one bucket: its own fix, without buckets',
    {
      recorders: [
        trail({
          id: 'aws_cloudtrail.audit',
          selectors: advancedSet(s3adv(fs('resources.ARN', { Equals: [arn(PII) + '/'] }))),
        }),
      ],
      before: advTrail(
        'audit',
        '      field  = "resources.ARN"\n      equals = ["${aws_s3_bucket.pii.arn}/"]\n',
      ),
      fixes: [{ bucket: PII, summary: 'aws_cloudtrail.audit: correct advanced_event_selector #1' }],
      after: advTrail(
        'audit',
        '      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.pii.arn}/"]\n',
      ),
    },
  ],
];

describe('fixes that change the same selector are one fix', () => {
  it.each(CASES)('%s', (name, c) => {
    const buckets = c.fixes.flatMap((f) => f.buckets ?? [f.bucket]);
    const facts = factsOf(
      c.recorders,
      BUCKETS.filter((b) => buckets.includes(b.name)),
    );
    const policy = policyOf(...buckets.map((b) => requirement(b)));
    const coverage = evaluateCoverage(facts, policy);
    const fixes = remediate(facts, policy, coverage);
    expect(fixes.map((f) => ({ bucket: f.bucket, buckets: f.buckets, summary: f.summary }))).toEqual(
      c.fixes.map((f) => ({ buckets: undefined, ...f })),
    );
    expect(fixes.every((f) => f.closes)).toBe(true);
    // The memoised search and the reference one combine the same way.
    expect(remediate(facts, policy, coverage, { memoize: false })).toEqual(fixes);

    // Every fix applied to its recorder: every bucket covered.
    const fixed = facts.recorders.map((r) =>
      fixes.filter((f) => f.recorder === r.id).reduce((x, f) => applyPatches(x, f.patches), r),
    );
    const after = evaluateCoverage({ ...facts, recorders: fixed }, policy);
    expect(after.buckets.map((b) => [b.name, b.status])).toEqual(buckets.map((b) => [b, 'covered']));

    // Every diff applied in order to the file, as a user would: none is rejected.
    const dir = join(root, name.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.tf'), c.before);
    const locate = terraformLocator(dir);
    const diffs = fixes.map((f) =>
      fixDiff(f, {
        dir,
        locate,
        recorder: facts.recorders.find((r) => r.id === f.recorder),
        bucketRef: (b) => BUCKETS.find((x) => x.name === b)?.origin.ref,
      }),
    );
    diffs.forEach((d, i) => {
      expect(d.diffUnavailable).toBeUndefined();
      const file = join(dir, `fix-${i}.patch`);
      writeFileSync(file, `--- a/main.tf\n+++ b/main.tf\n${d.diff?.text ?? ''}\n`);
      execFileSync('patch', ['-s', '--no-backup-if-mismatch', '-d', dir, '-p1', '-i', file]);
    });
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe(c.after);
  });
});

describe('a combined fix in the report', () => {
  const rec = trail({
    id: 'aws_cloudtrail.audit',
    selectors: advancedSet(s3adv(fs('resources.ARN', { Equals: [arn(PII) + '/', arn(PAY) + '/'] }))),
  });
  const facts = factsOf([rec], BUCKETS);
  const { report } = evaluate(facts, policyOf(requirement(PII), requirement(PAY)));

  it('is one entry of fixes[] with bucket and buckets, in the JSON report (schema) and read back', () => {
    expect(report.fixes?.map((f) => [f.bucket, f.buckets])).toEqual([[PII, [PII, PAY]]]);
    // parseReport checks the written JSON against the schema and that it reads back to the report.
    const back = parseReport(reportJson(report));
    expect(back.fixes).toEqual(report.fixes);
    expect(back.fixes?.[0]?.buckets).toEqual([PII, PAY]);
  });

  it('names every bucket it covers in markdown and text', () => {
    const md = renderMarkdown(report);
    // Markdown escapes the hyphens of the names.
    expect(md).toContain('**Fix for acme\\-pii\\-prod, acme\\-payroll**');
    expect(md.match(/\*\*Fix for /g)).toHaveLength(1);
    const text = renderText(report);
    expect(text).toContain(
      `Fix for ${PII}, ${PAY}: aws_cloudtrail.audit: correct advanced_event_selector #1`,
    );
    expect(text.match(/^Fix for /gm)).toHaveLength(1);
  });

  it("places each covered bucket's finding on the trail to change", () => {
    const locate = (id: string) => (id === rec.id ? { file: 'main.tf', line: 3 } : undefined);
    for (const b of [PII, PAY]) {
      const f = report.findings.find((x) => x.ruleId === 'data-event-coverage' && x.bucket === b);
      expect(f).toBeDefined();
      expect(fixTrailLine(f!, report, locate as never)?.file).toBe('main.tf');
    }
  });
});
