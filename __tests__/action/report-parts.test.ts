// The pure pieces behind the Action: truncation, annotations, Terraform line lookup (the verdict: __tests__/app).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BucketCoverage } from '../../src/engine/types.js';
import { buildAnnotations } from '../../src/outputs/annotations.js';
import type { Report } from '../../src/outputs/report.js';
import { withVerdict } from '../helpers/report.js';
import { indexTerraformDir, selectorLine, terraformLocator } from '../../src/outputs/terraform-lines.js';
import { COMMENT_LIMIT, fitMarkdown } from '../../src/outputs/truncate.js';
import type { Finding } from '../../src/rules/types.js';

const bucket = (name: string, status: BucketCoverage['status']): BucketCoverage => ({
  name,
  status,
  region: 'us-east-1',
  prefixes: [''],
  events: [{ name: 'GetObject', status, coveredBy: [], gaps: [] }],
  location: { file: 'policy.yml', line: 3, column: 5 },
  ref: null,
});
const coverageFinding = (b: BucketCoverage, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'data-event-coverage',
  severity: 'error',
  status: b.status === 'unknown' ? 'unknown' : 'fail',
  message: `${b.name} is ${b.status}`,
  bucket: b.name,
  location: { file: 'policy.yml', line: b.location.line, column: 5 },
  ...extra,
});
const trailFinding = (severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'trail-kms',
  severity,
  status: 'fail',
  message: 'aws_cloudtrail.main: log files are not encrypted',
  trail: 'aws_cloudtrail.main',
  location: { file: 'plan.json', address: 'aws_cloudtrail.main', pointer: '/planned_values' },
  ...extra,
});
function report(buckets: BucketCoverage[], findings: Finding[]): Report {
  return withVerdict({
    schemaVersion: 1,
    tool: { name: 's3-trail-guard', version: '0.1.0' },
    mode: 'plan',
    policy: 'policy.yml',
    summary: {
      buckets: buckets.length,
      covered: 0,
      partial: 0,
      uncovered: 0,
      unknown: 0,
      findings: findings.length,
    },
    buckets,
    findings,
    warnings: [],
  });
}

describe('fitMarkdown', () => {
  it('leaves text under the limit alone', () => {
    expect(fitMarkdown('short', 10, 'cut')).toEqual({ text: 'short', truncated: false });
  });

  it('cuts on a line, closes an open <details> and ends with the notice', () => {
    const text = [
      '# t',
      '<details><summary>a</summary>',
      '',
      ...Array.from({ length: 50 }, (_, i) => `- line ${i}`),
      '</details>',
    ].join('\n');
    const { text: out, truncated } = fitMarkdown(text, 200, 'see the job summary');
    expect(truncated).toBe(true);
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out).toMatch(/- line \d+\n\n<\/details>\n\nsee the job summary\n$/);
  });

  it('property: never over the limit, always a prefix of whole lines plus closing tags and the notice', () => {
    const line = fc.oneof(
      fc.constant('<details><summary>x</summary>'),
      fc.constant('</details>'),
      fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => s.replace(/\n/g, ' ')),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 200 }), fc.integer({ min: 40, max: 3000 }), (lines, limit) => {
        const text = lines.join('\n');
        const { text: out, truncated } = fitMarkdown(text, limit, 'NOTICE');
        expect(out.length).toBeLessThanOrEqual(limit);
        if (!truncated) return expect(out).toBe(text);
        expect(out.endsWith('\n\nNOTICE\n')).toBe(true);
        const kept = out.slice(0, -'\n\nNOTICE\n'.length).replace(/(\n\n<\/details>)+$/, '');
        expect(text.startsWith(kept)).toBe(true);
        // A cut inside a line happens only when the first line alone is too long.
        if (kept.includes('\n'))
          expect(text[kept.length] === undefined || /\s/.test(text[kept.length]!)).toBe(true);
        // No lone surrogate at the cut.
        expect(/[\uD800-\uDBFF]$/.test(kept)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a single line longer than the limit is cut between code points', () => {
    const { text } = fitMarkdown('😀'.repeat(40_000), COMMENT_LIMIT, 'cut');
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(/[\uD800-\uDBFF]\n/.test(text)).toBe(false);
  });
});

describe('Terraform line lookup', () => {
  it('finds resource and data blocks of the root module and of local child modules', () => {
    const dir = mkdtempSync(join(tmpdir(), 's3tg-tf-'));
    mkdirSync(join(dir, 'modules', 'logs'), { recursive: true });
    writeFileSync(
      join(dir, 'main.tf'),
      [
        'resource "aws_s3_bucket" "b" {',
        '  bucket = "x"',
        '}',
        '',
        'module "logs" {',
        '  source = "./modules/logs"',
        '}',
        'module "registry" {',
        '  source = "terraform-aws-modules/s3-bucket/aws"',
        '}',
        'data "aws_caller_identity" "me" {}',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'modules', 'logs', 'trail.tf'), '\n\n  resource "aws_cloudtrail" "main" {\n}\n');
    const locate = terraformLocator(dir);
    expect(locate('aws_s3_bucket.b')).toEqual({ file: join(dir, 'main.tf'), line: 1 });
    expect(locate('data.aws_caller_identity.me')).toEqual({ file: join(dir, 'main.tf'), line: 11 });
    expect(locate('module.logs.aws_cloudtrail.main[0]')).toEqual({
      file: join(dir, 'modules', 'logs', 'trail.tf'),
      line: 3,
    });
    expect(locate('module.registry.aws_s3_bucket.this')).toBeUndefined();
    expect(indexTerraformDir(join(dir, 'missing')).size).toBe(0);
  });

  it('finds the seed example trail', () => {
    expect(terraformLocator('examples/seed-advanced')('aws_cloudtrail.example')?.file).toBe(
      join('examples/seed-advanced', 'main.tf'),
    );
  });
  it("indexes a trail's selector blocks: the resources.ARN field_selector of the seed trail", () => {
    const at = terraformLocator('examples/seed-advanced')('aws_cloudtrail.example')!;
    expect(at.line).toBe(25);
    expect(at.selectors).toEqual([
      {
        kind: 'advanced_event_selector',
        line: 33,
        name: 'Log all S3 objects events except for two S3 buckets',
        fields: [
          { line: 36, field: 'eventCategory' },
          { line: 41, field: 'resources.ARN' },
          { line: 48, field: 'resources.type' },
        ],
      },
      {
        kind: 'advanced_event_selector',
        line: 54,
        name: 'Log readOnly and writeOnly management events',
        fields: [{ line: 57, field: 'eventCategory' }],
      },
    ]);
    expect(selectorLine(at)).toBe(41);
    expect(selectorLine(at, { name: 'Log readOnly and writeOnly management events' })).toBe(54);
    // A bucket block has no selectors: its own line.
    expect(terraformLocator('examples/seed-advanced')('aws_s3_bucket.important_bucket')).toEqual({
      file: join('examples/seed-advanced', 'main.tf'),
      line: 19,
    });
  });

  it('basic event_selector blocks, dynamic blocks, and a heredoc with unbalanced braces', () => {
    const dir = mkdtempSync(join(tmpdir(), 's3tg-tf-sel-'));
    writeFileSync(
      join(dir, 'main.tf'),
      [
        'resource "aws_cloudtrail" "basic" {', // 1
        '  name = "basic"',
        '  event_selector {', // 3
        '    read_write_type = "All"',
        '    data_resource {',
        '      type   = "AWS::S3::Object"',
        '      values = ["${aws_s3_bucket.b.arn}/"]',
        '    }',
        '  }',
        '}',
        'resource "aws_iam_policy" "p" {', // 11
        '  policy = <<EOF',
        '{ "Statement": [ {',
        'EOF',
        '}',
        'resource "aws_cloudtrail" "dyn" {', // 16
        '  dynamic "advanced_event_selector" {', // 17
        '    for_each = var.selectors',
        '    content {',
        '      name = advanced_event_selector.value.name',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
    const locate = terraformLocator(dir);
    const basic = locate('aws_cloudtrail.basic')!;
    expect(basic.selectors).toEqual([{ kind: 'event_selector', line: 3, fields: [] }]);
    expect(selectorLine(basic)).toBe(3);
    expect(locate('aws_iam_policy.p')).toEqual({ file: join(dir, 'main.tf'), line: 11 });
    const dyn = locate('aws_cloudtrail.dyn')!;
    expect(dyn.line).toBe(16);
    expect(selectorLine(dyn)).toBe(17);
  });
});

describe('buildAnnotations', () => {
  const toRepoPath = (f: string) => (f.startsWith('/') ? undefined : f);

  it('bucket findings on the policy line; trail findings on the Terraform block; waived left out', () => {
    const lost = { ...bucket('lost', 'uncovered'), ref: 'aws_s3_bucket.lost' };
    const locate = (a: string) =>
      a === 'aws_cloudtrail.main'
        ? { file: 'infra/main.tf', line: 12 }
        : a === 'aws_s3_bucket.lost'
          ? { file: 'infra/s3.tf', line: 3 }
          : undefined;
    const out = buildAnnotations(
      report(
        [lost],
        [
          coverageFinding(lost, {
            location: { file: 'policy.yml', line: 3, column: 5, address: 'aws_s3_bucket.lost' },
          }),
          trailFinding('warning', {
            remediation: { text: 'Use a KMS key:', terraform: 'kms_key_id = aws_kms_key.k.arn' },
          }),
          trailFinding('error', { waived: { reason: 'ok' } }),
        ],
      ),
      { toRepoPath, locate },
    );
    expect(out).toEqual([
      expect.objectContaining({
        level: 'error',
        file: 'policy.yml',
        startLine: 3,
        startColumn: 5,
        title: 's3-trail-guard data-event-coverage: lost',
      }),
      expect.objectContaining({ level: 'error', file: 'infra/s3.tf', startLine: 3 }),
      expect.objectContaining({
        level: 'warning',
        file: 'infra/main.tf',
        startLine: 12,
        message:
          'aws_cloudtrail.main: log files are not encrypted\nFix: Use a KMS key:\nkms_key_id = aws_kms_key.k.arn',
      }),
    ]);
  });

  it("with terraform-dir, selector findings point at the trail's resources.ARN field_selector; a gap a trail can close also at that trail", () => {
    const at = {
      file: 'infra/main.tf',
      line: 12,
      selectors: [
        {
          kind: 'advanced_event_selector' as const,
          line: 20,
          name: 'data',
          fields: [
            { line: 22, field: 'eventCategory' },
            { line: 26, field: 'resources.ARN' },
          ],
        },
      ],
    };
    const locate = (a: string) =>
      a === 'aws_cloudtrail.main'
        ? at
        : a === 'aws_s3_bucket.lost'
          ? { file: 'infra/s3.tf', line: 3 }
          : undefined;
    const lost = { ...bucket('lost', 'uncovered'), ref: 'aws_s3_bucket.lost' };
    const r = {
      ...report(
        [lost],
        [
          coverageFinding(lost, {
            location: { file: 'policy.yml', line: 3, column: 5, address: 'aws_s3_bucket.lost' },
          }),
          trailFinding('error', { ruleId: 'invalid-selector', message: 'aws_cloudtrail.main: rejected' }),
          trailFinding('warning'),
        ],
      ),
      fixes: [
        { bucket: 'lost', recorder: 'aws_cloudtrail.main', summary: 'add it', terraform: '', closes: true },
      ],
    };
    const out = buildAnnotations(r, { toRepoPath, locate });
    const places = out.map((a) => `${a.level} ${a.title} ${a.file}:${a.startLine}`);
    expect(places).toEqual([
      'error s3-trail-guard data-event-coverage: lost policy.yml:3',
      'error s3-trail-guard invalid-selector: aws_cloudtrail.main infra/main.tf:26',
      // Where the change goes first, then the bucket's block.
      'error s3-trail-guard data-event-coverage: lost infra/main.tf:26',
      'error s3-trail-guard data-event-coverage: lost infra/s3.tf:3',
      // trail-kms is about the trail, not its selectors: the block.
      'warning s3-trail-guard trail-kms: aws_cloudtrail.main infra/main.tf:12',
    ]);
    expect(out[2]!.message).toContain('(the selector of the trail that can record lost)');
  });

  it('unknown is a warning when it does not fail the check; a file outside the repository is dropped', () => {
    const maybe = bucket('maybe', 'unknown');
    const out = buildAnnotations(
      report([maybe], [coverageFinding(maybe, { location: { file: '/tmp/policy.yml', line: 3 } })]),
      { toRepoPath, failOnUnknown: false },
    );
    expect(out).toEqual([expect.objectContaining({ level: 'warning' })]);
    expect(out[0]!.file).toBeUndefined();
  });

  it('caps each level and counts the rest in a notice', () => {
    const buckets = Array.from({ length: 15 }, (_, i) => bucket(`b${i}`, 'partial'));
    const findings = [
      ...buckets.map((b) => coverageFinding(b)),
      ...Array.from({ length: 12 }, () => trailFinding('note')),
    ];
    const out = buildAnnotations(report(buckets, findings), { toRepoPath, maxPerLevel: 10 });
    expect(out.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(out.filter((a) => a.level === 'notice')).toHaveLength(10);
    expect(out.at(-1)!.message).toContain('8 more annotation(s) not shown');
  });
});

describe('fitMarkdown and code fences', () => {
  it('closes a code fence the cut leaves open, before closing the details', async () => {
    const { fitMarkdown } = await import('../../src/outputs/truncate.js');
    const text = [
      '<details><summary>b</summary>',
      '',
      '```hcl',
      ...Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(40)}`),
      '```',
      '',
      '</details>',
    ].join('\n');
    const { text: out, truncated } = fitMarkdown(text, 2000, 'cut: see the job summary');
    expect(truncated).toBe(true);
    expect(out.length).toBeLessThanOrEqual(2000);
    expect(out).toMatch(/\n```\n\n<\/details>\n\ncut: see the job summary\n$/);
  });
});
