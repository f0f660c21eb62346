// The fix as a diff of the user's own Terraform lines (terraform-dir): a table of sources and the change
// each should get, and the cases that must fall back to the HCL block (and say why).
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { remediate, type Fix } from '../../src/engine/remediation.js';
import type { Bucket, Recorder } from '../../src/model/facts.js';
import type { FieldSelector } from '../../src/model/selectors.js';
import { fixDiff, unifiedDiff, type FixSource } from '../../src/outputs/fix-diff.js';
import { renderMarkdown } from '../../src/outputs/markdown.js';
import type { Report } from '../../src/outputs/report.js';
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

const root = mkdtempSync(join(tmpdir(), 's3tg-fixdiff-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function dirWith(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}

function refBucket(name: string, ref: string): Bucket {
  return { ...bucket(name), origin: { source: 'terraform-plan', ref } };
}

interface Case {
  files: Record<string, string>;
  rec: Recorder;
  buckets: Bucket[];
  /** The buckets the policy asks for (default: every bucket). */
  want?: string[];
  /** A hand-made fix instead of remediate's (for patches remediate does not propose). */
  fix?: (rec: Recorder) => Fix;
}

function diffFor(name: string, c: Case): FixSource & { fix: Fix } {
  const dir = dirWith(name, c.files);
  const facts = factsOf([c.rec], c.buckets);
  const policy = policyOf(...(c.want ?? c.buckets.map((b) => b.name)).map((b) => requirement(b)));
  const fix = c.fix ? c.fix(c.rec) : remediate(facts, policy, evaluateCoverage(facts, policy)).at(-1);
  if (!fix) throw new Error('no fix');
  const out = fixDiff(fix, {
    dir,
    locate: terraformLocator(dir),
    recorder: c.rec,
    bucketRef: (b) => c.buckets.find((x) => x.name === b)?.origin.ref,
  });
  return { ...out, fix };
}

const TRAIL_HEAD = `resource "aws_cloudtrail" "audit" {\n  name           = "audit"\n  s3_bucket_name = "org-logs"\n`;
const DATA_FIELDS = `    field_selector {\n      field  = "eventCategory"\n      equals = ["Data"]\n    }\n\n    field_selector {\n      field  = "resources.type"\n      equals = ["AWS::S3::Object"]\n    }\n`;
const advTrail = (arnField: string, eol = '\n') =>
  (
    TRAIL_HEAD +
    `\n  advanced_event_selector {\n    name = "sensitive"\n\n` +
    DATA_FIELDS +
    `\n    field_selector {\n      field  = "resources.ARN"\n${arnField}    }\n  }\n}\n`
  )
    .split('\n')
    .join(eol);
const PII = refBucket('acme-pii-prod', 'aws_s3_bucket.pii');
const PAYROLL = refBucket('acme-payroll', 'aws_s3_bucket.payroll');
const audit = (selectors: Recorder['selectors'] extends infer _ ? Parameters<typeof trail>[0] : never) =>
  trail({ id: 'aws_cloudtrail.audit', ...selectors });

/** Changed lines of a diff: `-…` and `+…`, without the hunk headers. */
const changes = (text = '') => text.split('\n').filter((l) => /^[-+]/.test(l));

describe('a fix as a diff of the user’s own lines', () => {
  it('equals → starts_with: the argument renamed, the `${aws_s3_bucket.x.arn}/` reference kept', () => {
    const r = diffFor('equals', {
      files: { 'main.tf': advTrail('      equals = ["${aws_s3_bucket.pii.arn}/"]\n') },
      rec: audit({
        selectors: advancedSet({
          ...s3adv(fs('resources.ARN', { Equals: ['arn:aws:s3:::acme-pii-prod/'] })),
          name: 'sensitive',
        }),
      }),
      buckets: [PII],
    });
    expect(r.diffUnavailable).toBeUndefined();
    // The `=` of `field` re-aligned with the longer name, as terraform fmt aligns the run.
    expect(changes(r.diff?.text)).toEqual([
      '-      field  = "resources.ARN"',
      '-      equals = ["${aws_s3_bucket.pii.arn}/"]',
      '+      field       = "resources.ARN"',
      '+      starts_with = ["${aws_s3_bucket.pii.arn}/"]',
    ]);
    expect(r.diff?.line).toBe(19);
    expect(r.diff?.text.split('\n')[0]).toBe('@@ -16,8 +16,8 @@ resource "aws_cloudtrail" "audit" {');
  });

  it('equals → starts_with in a multi-line list of bare references: only the argument line changes', () => {
    const r = diffFor('equals-multi', {
      files: { 'main.tf': advTrail('      equals = [\n        "${aws_s3_bucket.pii.arn}/",\n      ]\n') },
      rec: audit({
        selectors: advancedSet({
          ...s3adv(fs('resources.ARN', { Equals: ['arn:aws:s3:::acme-pii-prod/'] })),
          name: 'sensitive',
        }),
      }),
      buckets: [PII],
    });
    expect(changes(r.diff?.text)).toEqual(['-      equals = [', '+      starts_with = [']);
  });

  it('equals on a bare `aws_s3_bucket.x.arn`: starts_with of the same reference with the slash added', () => {
    const r = diffFor('bare-ref', {
      files: { 'main.tf': advTrail('      equals = [aws_s3_bucket.pii.arn]\n') },
      rec: audit({
        selectors: advancedSet({
          ...s3adv(fs('resources.ARN', { Equals: ['arn:aws:s3:::acme-pii-prod'] })),
          name: 'sensitive',
        }),
      }),
      buckets: [PII],
    });
    expect(changes(r.diff?.text)).toEqual([
      '-      field  = "resources.ARN"',
      '-      equals = [aws_s3_bucket.pii.arn]',
      '+      field       = "resources.ARN"',
      '+      starts_with = ["${aws_s3_bucket.pii.arn}/"]',
    ]);
  });

  it('advanced selectors fed by a registry module input: the object key renamed in the caller', () => {
    const files = {
      'main.tf': `module "trail" {\n  source = "acme/cloudtrail/aws"\n\n  advanced_event_selectors = [\n    {\n      name = "sensitive"\n      field_selectors = [\n        { field = "eventCategory", equals = ["Data"] },\n        { field = "resources.type", equals = ["AWS::S3::Object"] },\n        { field = "resources.ARN", equals = ["arn:aws:s3:::acme-pii-prod/"] },\n      ]\n    },\n  ]\n}\n`,
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          {
            Key: 'trail',
            Source: 'registry.terraform.io/acme/cloudtrail/aws',
            Dir: '.terraform/modules/trail',
          },
        ],
      }),
      '.terraform/modules/trail/main.tf': `resource "aws_cloudtrail" "this" {\n  name = var.name\n\n  dynamic "advanced_event_selector" {\n    for_each = var.advanced_event_selectors\n    content {\n      name = lookup(advanced_event_selector.value, "name", null)\n      dynamic "field_selector" {\n        for_each = advanced_event_selector.value.field_selectors\n        iterator = fs\n        content {\n          field       = fs.value.field\n          equals      = lookup(fs.value, "equals", null)\n          starts_with = lookup(fs.value, "starts_with", null)\n        }\n      }\n    }\n  }\n}\n`,
    };
    const r = diffFor('module-advanced', {
      files,
      rec: trail({
        id: 'module.trail.aws_cloudtrail.this',
        selectors: advancedSet({
          ...s3adv(fs('resources.ARN', { Equals: ['arn:aws:s3:::acme-pii-prod/'] })),
          name: 'sensitive',
        }),
      }),
      buckets: [bucket('acme-pii-prod')],
    });
    expect(r.diffUnavailable).toBeUndefined();
    expect(r.diff?.module).toBe('trail');
    expect(changes(r.diff?.text)).toEqual([
      '-        { field = "resources.ARN", equals = ["arn:aws:s3:::acme-pii-prod/"] },',
      '+        { field = "resources.ARN", starts_with = ["arn:aws:s3:::acme-pii-prod/"] },',
    ]);
  });

  it('CRLF files: matched the same, and the diff carries no carriage returns', () => {
    const r = diffFor('crlf', {
      files: { 'main.tf': advTrail('      equals = ["${aws_s3_bucket.pii.arn}/"]\n', '\r\n') },
      rec: audit({
        selectors: advancedSet({
          ...s3adv(fs('resources.ARN', { Equals: ['arn:aws:s3:::acme-pii-prod/'] })),
          name: 'sensitive',
        }),
      }),
      buckets: [PII],
    });
    // The `=` of `field` re-aligned with the longer name, as terraform fmt aligns the run.
    expect(changes(r.diff?.text)).toEqual([
      '-      field  = "resources.ARN"',
      '-      equals = ["${aws_s3_bucket.pii.arn}/"]',
      '+      field       = "resources.ARN"',
      '+      starts_with = ["${aws_s3_bucket.pii.arn}/"]',
    ]);
    expect(r.diff?.text).not.toContain('\r');
  });

  it('a missing bucket ARN is added to a basic data_resource list after the references already there', () => {
    const tf = `${TRAIL_HEAD}\n  event_selector {\n    read_write_type           = "All"\n    include_management_events = true\n\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["\${aws_s3_bucket.pii.arn}/"]\n    }\n  }\n}\n`;
    const r = diffFor('basic-refs', {
      files: { 'main.tf': tf },
      rec: audit({ selectors: basicSet(basic(['arn:aws:s3:::acme-pii-prod/'])) }),
      buckets: [PII, PAYROLL],
    });
    expect(r.fix.bucket).toBe('acme-payroll');
    expect(changes(r.diff?.text)).toEqual([
      '-      values = ["${aws_s3_bucket.pii.arn}/"]',
      '+      values = ["${aws_s3_bucket.pii.arn}/", "${aws_s3_bucket.payroll.arn}/"]',
    ]);
  });

  it('basic data_resource values written one per line with literals: one line added, the comma style kept', () => {
    const tf = `${TRAIL_HEAD}\n  event_selector {\n    read_write_type = "All"\n\n    data_resource {\n      type = "AWS::S3::Object"\n      values = [\n        "arn:aws:s3:::acme-pii-prod/",\n      ]\n    }\n  }\n}\n`;
    const r = diffFor('basic-lines', {
      files: { 'main.tf': tf },
      rec: audit({ selectors: basicSet(basic(['arn:aws:s3:::acme-pii-prod/'])) }),
      // Not managed in this configuration: the ARN is written as a literal.
      buckets: [PII, bucket('acme-payroll')].map((b) =>
        b.name === 'acme-payroll'
          ? { ...b, origin: { source: 'aws' as const, ref: 'arn:aws:s3:::acme-payroll' } }
          : b,
      ),
    });
    expect(changes(r.diff?.text)).toEqual(['+        "arn:aws:s3:::acme-payroll/",']);
  });

  it('a bucket no selector reaches: a new advanced_event_selector after the last one, ARNs as references', () => {
    const r = diffFor('add-selector', {
      files: { 'main.tf': advTrail('      starts_with = ["${aws_s3_bucket.pii.arn}/"]\n') },
      rec: audit({
        selectors: advancedSet({
          ...s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::acme-pii-prod/'] })),
          name: 'sensitive',
        }),
      }),
      buckets: [PII, PAYROLL],
    });
    const added = changes(r.diff?.text);
    expect(added.every((l) => l.startsWith('+'))).toBe(true);
    expect(added[0]).toBe('+');
    expect(added[1]).toBe('+  advanced_event_selector {');
    expect(added).toContain('+      starts_with = ["${aws_s3_bucket.payroll.arn}/"]');
    expect(added.at(-1)).toBe('+  }');
    // Inserted inside the trail's block, after its last selector (before the closing brace).
    const body = r.diff?.text.split('\n') ?? [];
    expect(body.at(-1)).toBe(' }');
  });

  it('a new field_selector goes inside the selector block, in the style of its siblings', () => {
    const old = {
      ...s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::acme-pii-prod/'] })),
      name: 'sensitive',
    };
    const r = diffFor('new-field', {
      files: { 'main.tf': advTrail('      starts_with = ["${aws_s3_bucket.pii.arn}/"]\n') },
      rec: audit({ selectors: advancedSet(old) }),
      buckets: [PII],
      fix: () => ({
        bucket: 'acme-pii-prod',
        recorder: 'aws_cloudtrail.audit',
        summary: '',
        terraform: '',
        closes: true,
        patches: [
          {
            kind: 'replace-advanced',
            index: 0,
            selector: {
              ...old,
              fieldSelectors: {
                known: true,
                value: [
                  ...(old.fieldSelectors.known ? old.fieldSelectors.value : []),
                  fs('readOnly', { Equals: ['false'] }),
                ],
              },
            },
          },
        ],
      }),
    });
    expect(changes(r.diff?.text)).toEqual([
      '+',
      '+    field_selector {',
      '+      field  = "readOnly"',
      '+      equals = ["false"]',
      '+    }',
    ]);
  });

  it('a trail inside a registry module: the module call’s input changes, not the module’s files', () => {
    const files = {
      'main.tf': `resource "aws_s3_bucket" "payroll" {\n  bucket = "acme-payroll"\n}\n\nmodule "cloudtrail" {\n  source  = "cloudposse/cloudtrail/aws"\n  version = "0.24.0"\n\n  name = "audit"\n  event_selector = [\n    {\n      include_management_events = true\n      read_write_type           = "All"\n      data_resource = [\n        {\n          type   = "AWS::S3::Object"\n          values = ["arn:aws:s3:::acme-pii-prod/"]\n        }\n      ]\n    }\n  ]\n}\n`,
      // As `terraform init` installs it (modules.json and the module's own files); the module's resource is
      // written in the shape of cloudposse/terraform-aws-cloudtrail's (dynamic blocks over var.event_selector).
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          {
            Key: 'cloudtrail',
            Source: 'registry.terraform.io/cloudposse/cloudtrail/aws',
            Version: '0.24.0',
            Dir: '.terraform/modules/cloudtrail',
          },
        ],
      }),
      '.terraform/modules/cloudtrail/main.tf': `resource "aws_cloudtrail" "default" {\n  count = module.this.enabled ? 1 : 0\n  name  = module.this.id\n\n  dynamic "event_selector" {\n    for_each = var.event_selector\n    content {\n      include_management_events = lookup(event_selector.value, "include_management_events", null)\n      read_write_type           = lookup(event_selector.value, "read_write_type", null)\n\n      dynamic "data_resource" {\n        for_each = lookup(event_selector.value, "data_resource", [])\n        content {\n          type   = data_resource.value.type\n          values = data_resource.value.values\n        }\n      }\n    }\n  }\n}\n`,
    };
    const r = diffFor('module', {
      files,
      rec: trail({
        id: 'module.cloudtrail.aws_cloudtrail.default[0]',
        selectors: basicSet(basic(['arn:aws:s3:::acme-pii-prod/'])),
      }),
      buckets: [bucket('acme-pii-prod'), refBucket('acme-payroll', 'aws_s3_bucket.payroll')],
    });
    expect(r.diffUnavailable).toBeUndefined();
    expect(r.diff?.module).toBe('cloudtrail');
    expect(r.diff?.file).toBe(join(root, 'module', 'main.tf'));
    expect(changes(r.diff?.text)).toEqual([
      '-          values = ["arn:aws:s3:::acme-pii-prod/"]',
      '+          values = ["arn:aws:s3:::acme-pii-prod/", "${aws_s3_bucket.payroll.arn}/"]',
    ]);
  });

  it('a registry module whose selectors do not come straight from an input: the HCL block, and why', () => {
    const r = diffFor('module-local', {
      files: {
        'main.tf': `module "cloudtrail" {\n  source = "cloudposse/cloudtrail/aws"\n  buckets = ["acme-pii-prod"]\n}\n`,
        '.terraform/modules/modules.json': JSON.stringify({
          Modules: [
            {
              Key: 'cloudtrail',
              Source: 'registry.terraform.io/cloudposse/cloudtrail/aws',
              Dir: '.terraform/modules/cloudtrail',
            },
          ],
        }),
        '.terraform/modules/cloudtrail/main.tf': `resource "aws_cloudtrail" "default" {\n  dynamic "event_selector" {\n    for_each = [for b in var.buckets : "arn:aws:s3:::\${b}/"]\n    content {\n      data_resource {\n        type   = "AWS::S3::Object"\n        values = [event_selector.value]\n      }\n    }\n  }\n}\n`,
      },
      rec: trail({
        id: 'module.cloudtrail.aws_cloudtrail.default',
        selectors: basicSet(basic(['arn:aws:s3:::acme-pii-prod/'])),
      }),
      buckets: [bucket('acme-pii-prod'), bucket('acme-payroll')],
    });
    expect(r.diff).toBeUndefined();
    expect(r.diffUnavailable).toBe(
      'module "cloudtrail" does not pass event_selector blocks from one of its inputs',
    );
  });

  it.each([
    [
      'a list written as a variable',
      { 'main.tf': advTrail('      equals = local.arns\n') },
      'resources.ARN equals is not written as a list literal',
    ],
    [
      'a dynamic selector block',
      {
        'main.tf': `${TRAIL_HEAD}\n  dynamic "advanced_event_selector" {\n    for_each = local.selectors\n    content {\n      name = advanced_event_selector.value.name\n    }\n  }\n}\n`,
      },
      'the advanced_event_selector blocks are written as a dynamic block',
    ],
    [
      'values that differ from the plan',
      { 'main.tf': advTrail('      equals = ["arn:aws:s3:::someone-else/"]\n') },
      'resources.ARN equals in the source differs from the plan',
    ],
    [
      'a heredoc in the block',
      {
        'main.tf': advTrail('      equals = ["${aws_s3_bucket.pii.arn}/"]\n').replace(
          '  name           = "audit"\n',
          '  name           = "audit"\n  tags = jsondecode(<<EOT\n{"a": "}"}\nEOT\n  )\n',
        ),
      },
      'the block holds a heredoc',
    ],
    [
      'JSON syntax (.tf.json)',
      { 'main.tf.json': JSON.stringify({ resource: { aws_cloudtrail: { audit: { name: 'audit' } } } }) },
      'the trail is written in JSON syntax (.tf.json)',
    ],
    [
      'no block for the trail',
      { 'main.tf': 'resource "aws_s3_bucket" "pii" {\n  bucket = "acme-pii-prod"\n}\n' },
      'the block of aws_cloudtrail.audit was not found in terraform-dir',
    ],
  ])('falls back to the HCL block for %s, saying why', (name, files, why) => {
    const r = diffFor(`fallback-${name.replace(/\W+/g, '-')}`, {
      files,
      rec: audit({
        selectors: advancedSet({
          ...s3adv(fs('resources.ARN', { Equals: ['arn:aws:s3:::acme-pii-prod/'] })),
          name: 'sensitive',
        }),
      }),
      buckets: [PII],
    });
    expect(r.diff).toBeUndefined();
    expect(r.diffUnavailable).toBe(why);
  });

  // A trail in a local module called with for_each: the module's file is shared by every instance, so a
  // change there for module.trail["eu"] would change module.trail["us"]'s trail too.
  it.each([
    [
      'module.trail["eu"].aws_cloudtrail.audit',
      'module.trail["eu"].aws_cloudtrail.audit is in one of several for_each instances of module "trail", which a change there would all get',
    ],
    [
      'module.trail["eu"].aws_cloudtrail.audit[0]',
      'module.trail["eu"].aws_cloudtrail.audit[0] is in one of several for_each instances of module "trail", which a change there would all get',
    ],
    [
      'aws_cloudtrail.audit["eu"]',
      'aws_cloudtrail.audit["eu"] is one of several for_each instances of one block, which a change there would all get',
    ],
  ])('falls back to the HCL block for %s (for_each instances share the block)', (address, why) => {
    const r = diffFor(`foreach-${address.replace(/\W+/g, '-')}`, {
      files: {
        'main.tf': address.startsWith('module.')
          ? 'module "trail" {\n  for_each = toset(["eu", "us"])\n  source   = "./modules/trail"\n}\n'
          : advTrail('      equals = ["${aws_s3_bucket.pii.arn}/"]\n').replace(
              '  name ',
              '  for_each = toset(["eu", "us"])\n  name ',
            ),
        'modules/trail/main.tf': advTrail('      equals = ["arn:aws:s3:::acme-pii-prod/"]\n'),
      },
      rec: trail({
        id: address,
        selectors: advancedSet({
          ...s3adv(fs('resources.ARN', { Equals: ['arn:aws:s3:::acme-pii-prod/'] })),
          name: 'sensitive',
        }),
      }),
      buckets: [
        address.startsWith('module.')
          ? { ...bucket('acme-pii-prod'), origin: { source: 'terraform-plan', ref: '' } }
          : PII,
      ],
    });
    expect(r.diff).toBeUndefined();
    expect(r.diffUnavailable).toBe(why);
  });

  it('a trail in a local module that a second module call also uses: the HCL block, and why', () => {
    const call = (name: string, source: string) => `module "${name}" {\n  source = "${source}"\n}\n`;
    const rec = trail({
      id: 'module.trail.aws_cloudtrail.audit',
      selectors: advancedSet({
        ...s3adv(fs('resources.ARN', { Equals: ['arn:aws:s3:::acme-pii-prod/'] })),
        name: 'sensitive',
      }),
    });
    const pii = { ...bucket('acme-pii-prod'), origin: { source: 'terraform-plan' as const, ref: '' } };
    const module = advTrail('      equals = ["arn:aws:s3:::acme-pii-prod/"]\n');
    const shared = diffFor('local-module-shared', {
      files: {
        'main.tf': call('trail', './modules/trail') + call('trail_eu', './modules/trail/'),
        'modules/trail/main.tf': module,
      },
      rec,
      buckets: [pii],
    });
    expect(shared.diff).toBeUndefined();
    expect(shared.diffUnavailable).toBe(
      'module "trail" shares its source with module "trail_eu": a change in its files would change their trails too',
    );
    // Called once (another call uses another module): the module's own lines change.
    const once = diffFor('local-module-once', {
      files: {
        'main.tf': call('trail', './modules/trail') + call('logs', './modules/logs'),
        'modules/trail/main.tf': module,
      },
      rec,
      buckets: [pii],
    });
    expect(once.diffUnavailable).toBeUndefined();
    expect(once.diff?.file).toBe(join(root, 'local-module-once', 'modules/trail/main.tf'));
  });

  it('renders as a ```diff the user text cannot close, with the file and line', () => {
    const tf = advTrail('      # ``` not a fence\n      equals = ["${aws_s3_bucket.pii.arn}/"]\n');
    const r = diffFor('fence', {
      files: { 'main.tf': tf },
      rec: audit({
        selectors: advancedSet({
          ...s3adv(fs('resources.ARN', { Equals: ['arn:aws:s3:::acme-pii-prod/'] })),
          name: 'sensitive',
        }),
      }),
      buckets: [PII],
    });
    const { patches: _p, ...fix } = r.fix;
    const report = {
      verdict: {
        result: 'drift',
        exitCode: 1,
        failingBuckets: [],
        failOn: 'error',
        failOnUnknown: true,
        headline: 'x',
      },
      mode: 'plan',
      buckets: [],
      findings: [],
      warnings: [],
      fixes: [{ ...fix, diff: r.diff }],
    } as unknown as Report;
    const md = renderMarkdown(report);
    expect(md).toContain('````diff\n@@ -18,7 +18,7 @@');
    expect(md).toContain('# ``` not a fence');
    expect(md).toMatch(/\n````\n/);
    expect(md).toContain(`\`${join(root, 'fence', 'main.tf')}\` line 21`);
    expect(md).not.toContain('```hcl');
  });
  it('two changes far apart in a long block: two hunks with three lines of context each', () => {
    const a = Array.from({ length: 500 }, (_, i) => `line ${i}`);
    const b = [...a.slice(0, 10), ...a.slice(11, 400), 'added', ...a.slice(400)];
    const { text, line } = unifiedDiff(a, b, 'resource "x" "y" {');
    expect(text.split('\n')).toEqual([
      '@@ -8,7 +8,6 @@ resource "x" "y" {',
      ' line 7',
      ' line 8',
      ' line 9',
      '-line 10',
      ' line 11',
      ' line 12',
      ' line 13',
      '@@ -398,6 +397,7 @@ resource "x" "y" {',
      ' line 397',
      ' line 398',
      ' line 399',
      '+added',
      ' line 400',
      ' line 401',
      ' line 402',
    ]);
    // The line in the file as it is now (where "line 10" is written).
    expect(line).toBe(11);
  });
});

/** The file after `patch` applied the fix's diff to it (a copy in the case's own directory). */
function patched(dir: string, file: string, diff: string): string {
  const patchFile = join(dir, 'fix.patch');
  writeFileSync(patchFile, `--- a/${file}\n+++ b/${file}\n${diff}\n`);
  execFileSync('patch', ['-s', '--no-backup-if-mismatch', '-d', dir, '-p1', '-i', patchFile]);
  return readFileSync(join(dir, file), 'utf8');
}

// Each `after` is what `terraform fmt` (v1.11) writes for the patched file: it aligns the `=` of a run of
// single-line arguments, a run ending at a blank line, a comment line, a block or a multi-line value.
describe('a patched file keeps the `=` of its arguments aligned as terraform fmt does', () => {
  const ARN = 'arn:aws:s3:::acme-pii-prod/';
  const block = (fields: string) =>
    `resource "aws_cloudtrail" "audit" {\n  name           = "audit"\n  s3_bucket_name = "org-logs"\n\n  advanced_event_selector {\n${DATA_FIELDS}\n    field_selector {\n${fields}    }\n  }\n}\n`;
  const replaceFix =
    (after: FieldSelector) =>
    (rec: Recorder): Fix => ({
      bucket: 'acme-pii-prod',
      recorder: rec.id,
      summary: '',
      terraform: '',
      closes: true,
      patches: [{ kind: 'replace-advanced', index: 0, selector: s3adv(after) }],
    });
  it.each<[string, string, FieldSelector, FieldSelector | undefined, string]>([
    [
      'equals renamed to starts_with: the whole run re-aligned to the longer name',
      '      field  = "resources.ARN"\n      equals = ["${aws_s3_bucket.pii.arn}/"]\n',
      fs('resources.ARN', { Equals: [ARN] }),
      undefined,
      '      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.pii.arn}/"]\n',
    ],
    [
      'a blank line before the renamed argument: the run above is left alone',
      '      field = "resources.ARN"\n\n      equals = ["${aws_s3_bucket.pii.arn}/"]\n',
      fs('resources.ARN', { Equals: [ARN] }),
      undefined,
      '      field = "resources.ARN"\n\n      starts_with = ["${aws_s3_bucket.pii.arn}/"]\n',
    ],
    [
      'a comment line before the renamed argument: the run above is left alone',
      '      field = "resources.ARN"\n      # the sensitive buckets\n      equals = ["${aws_s3_bucket.pii.arn}/"]\n',
      fs('resources.ARN', { Equals: [ARN] }),
      undefined,
      '      field = "resources.ARN"\n      # the sensitive buckets\n      starts_with = ["${aws_s3_bucket.pii.arn}/"]\n',
    ],
    [
      'a multi-line list after the renamed one: its neighbour after the list is another run',
      '      field  = "resources.ARN"\n      equals = ["${aws_s3_bucket.pii.arn}/"]\n      not_equals = [\n        "${aws_s3_bucket.pii.arn}/tmp",\n      ]\n',
      fs('resources.ARN', { Equals: [ARN], NotEquals: [ARN + 'tmp'] }),
      fs('resources.ARN', { StartsWith: [ARN], NotEquals: [ARN + 'tmp'] }),
      '      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.pii.arn}/"]\n      not_equals = [\n        "${aws_s3_bucket.pii.arn}/tmp",\n      ]\n',
    ],
    [
      'the longest argument removed: the run narrowed',
      '      field           = "resources.ARN"\n      starts_with     = ["${aws_s3_bucket.pii.arn}/"]\n      not_starts_with = ["${aws_s3_bucket.pii.arn}/"]\n',
      fs('resources.ARN', { StartsWith: [ARN], NotStartsWith: [ARN] }),
      fs('resources.ARN', { StartsWith: [ARN] }),
      '      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.pii.arn}/"]\n',
    ],
    [
      'a longer argument added: the run widened',
      '      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.pii.arn}/"]\n',
      fs('resources.ARN', { StartsWith: [ARN] }),
      fs('resources.ARN', { StartsWith: [ARN], NotStartsWith: [ARN + 'tmp/'] }),
      '      field           = "resources.ARN"\n      starts_with     = ["${aws_s3_bucket.pii.arn}/"]\n      not_starts_with = ["${aws_s3_bucket.pii.arn}/tmp/"]\n',
    ],
  ])('%s', (name, before, old, after, want) => {
    const dir = dirWith(`fmt-${name.replace(/\W+/g, '-')}`, { 'main.tf': block(before) });
    const rec = audit({ selectors: advancedSet(s3adv(old)) });
    const facts = factsOf([rec], [PII]);
    const policy = policyOf(requirement('acme-pii-prod'));
    const fix = after ? replaceFix(after)(rec) : remediate(facts, policy, evaluateCoverage(facts, policy))[0];
    if (!fix) throw new Error('no fix');
    const out = fixDiff(fix, {
      dir,
      locate: terraformLocator(dir),
      recorder: rec,
      bucketRef: (b) => (b === PII.name ? PII.origin.ref : undefined),
    });
    expect(out.diffUnavailable).toBeUndefined();
    expect(patched(dir, 'main.tf', out.diff?.text ?? '')).toBe(block(want));
  });
});
