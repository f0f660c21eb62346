import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { InputError } from '../../../src/errors.js';
import {
  blockList,
  evaluateExpression,
  loadTerraformDir,
  traverseValue,
  type EvalResult,
  type EvalScope,
  type TerraformConfig,
} from '../../../src/sources/terraform-plan/hcl.js';

const IMPORTANT_ARN = 'arn:aws:s3:::important-bucket-yamamoto012345678901';

/** Known values by dotted traversal; anything else is "not known". */
const KNOWN: Record<string, unknown> = {
  'aws_s3_bucket.important_bucket.arn': IMPORTANT_ARN,
  'aws_s3_bucket.important_bucket.bucket': 'important-bucket-yamamoto012345678901',
  'data.aws_partition.current.partition': 'aws',
  'data.aws_region.current.name': 'ap-northeast-1',
  'data.aws_caller_identity.current.account_id': '123456789012',
  'aws_s3_bucket.b.0.arn': 'arn:aws:s3:::b0',
  'aws_s3_bucket.b.1.arn': 'arn:aws:s3:::b1',
  'module.m.k.out': 'module-out',
  'var.name': 'Important',
  'var.empty': '',
  'var.nothing': null,
  'var.list': ['x', 'y'],
  'var.flag': true,
  'var.count': 3,
  'var.obj': { a: { b: ['deep'] } },
  'local.idx': 1,
};

const scope: EvalScope = {
  lookup(traversal) {
    const key = traversal.join('.');
    if (Object.hasOwn(KNOWN, key)) return { known: true, value: KNOWN[key] };
    // var.obj.* resolved by prefix, as a plan adapter would do for a known object
    if (traversal[0] === 'var' && traversal[1] === 'obj')
      return traverseValue(KNOWN['var.obj'], traversal.slice(2));
    return { known: false, detail: `${key} is not known` };
  },
};

const known = (value: unknown): EvalResult => ({ known: true, value });

describe('evaluateExpression: known results', () => {
  const cases: [string, unknown, unknown][] = [
    ['number literal', 42, 42],
    ['bool literal', true, true],
    ['null literal', null, null],
    ['plain string', 'AWS::S3::Object', 'AWS::S3::Object'],
    ['empty string', '', ''],
    ['string with $ and %', '50% of $5', '50% of $5'],
    ['list of literals', ['Data', 1, false], ['Data', 1, false]],
    ['object of literals', { a: 1, b: 'x' }, { a: 1, b: 'x' }],
    ['pure reference', '${aws_s3_bucket.important_bucket.arn}', IMPORTANT_ARN],
    ['pure reference keeps non-string type', '${var.list}', ['x', 'y']],
    ['pure reference to a number', '${var.count}', 3],
    ['seed starts_with template', '${aws_s3_bucket.important_bucket.arn}/', `${IMPORTANT_ARN}/`],
    ['seed starts_with list', ['${aws_s3_bucket.important_bucket.arn}/'], [`${IMPORTANT_ARN}/`]],
    [
      'seed SourceArn template',
      'arn:${data.aws_partition.current.partition}:cloudtrail:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:trail/example',
      'arn:aws:cloudtrail:ap-northeast-1:123456789012:trail/example',
    ],
    ['interpolated number and bool', 'n=${var.count},f=${var.flag}', 'n=3,f=true'],
    ['whitespace inside ${ }', '${ aws_s3_bucket.important_bucket.arn }/*', `${IMPORTANT_ARN}/*`],
    ['index [0]', '${aws_s3_bucket.b[0].arn}', 'arn:aws:s3:::b0'],
    ['legacy .1 index', '${aws_s3_bucket.b.1.arn}', 'arn:aws:s3:::b1'],
    ['index by reference', '${aws_s3_bucket.b[local.idx].arn}', 'arn:aws:s3:::b1'],
    ['string key index', '${module.m["k"].out}', 'module-out'],
    ['nested object traversal', '${var.obj.a["b"][0]}', 'deep'],
    ['index into function result', '${tolist(["p", "q"])[1]}', 'q'],
    ['index into tuple literal', '${["p", "q"][0]}', 'p'],
    ['$${ escape', 'literal $${aws_s3_bucket.x.arn}', 'literal ${aws_s3_bucket.x.arn}'],
    ['%%{ escape', 'literal %%{ if x }', 'literal %{ if x }'],
    ['string literal escapes', '${"a\\"b\\\\c\\n\\u00e9"}', 'a"b\\c\né'],
    ['nested template in string literal', '${lower("X-${var.name}")}', 'x-important'],
    ['number and keyword literals', '${[1, 2.5, -3, true, false, null]}', [1, 2.5, -3, true, false, null]],
    [
      'object constructor',
      '${{a = 1, "b" = var.name, (var.name) = 2}}',
      { a: 1, b: 'Important', Important: 2 },
    ],
    [
      'format %s',
      '${format("arn:aws:s3:::%s/*", aws_s3_bucket.important_bucket.bucket)}',
      `${IMPORTANT_ARN}/*`,
    ],
    ['format %d %% %v %t', '${format("%d%% %v %t", 7, "v", true)}', '7% v true'],
    ['join', '${join(",", var.list, ["z"])}', 'x,y,z'],
    ['argument expansion', '${format("%s-%s", ["a", "b"]...)}', 'a-b'],
    ['lower / upper', '${lower(var.name)}-${upper("x")}', 'important-X'],
    ['trimsuffix', '${trimsuffix("arn:aws:s3:::b/", "/")}', 'arn:aws:s3:::b'],
    ['trimprefix', '${trimprefix("arn:aws:s3:::b", "arn:aws:s3:::")}', 'b'],
    ['replace plain string', '${replace("a.b.c", ".", "-")}', 'a-b-c'],
    ['concat', '${concat(["a"], var.list)}', ['a', 'x', 'y']],
    ['tolist unifies to string', '${tolist(["a", 1, true])}', ['a', '1', 'true']],
    ['toset dedupes and sorts', '${toset(["b", "a", "b"])}', ['a', 'b']],
    ['jsonencode sorts keys', '${jsonencode({b = [1, "<"], a = null})}', '{"a":null,"b":[1,"\\u003c"]}'],
    ['coalesce skips null and empty', '${coalesce(var.nothing, var.empty, var.name)}', 'Important'],
    ['coalesce stops before a later unknown', '${coalesce("first", aws_s3_bucket.new.arn)}', 'first'],
    ['conditional', '${var.flag ? "yes" : "no"}', 'yes'],
    ['conditional with ==', '${var.name == "" ? "none" : var.name}', 'Important'],
    ['!= && || !', '${var.count != 3 || (!var.flag && true)}', false],
    ['|| with unknown decided by a known true', '${var.flag || aws_s3_bucket.new.x}', true],
    ['strip markers', 'a ${~ var.name ~} b', 'aImportantb'],
  ];
  it.each(cases)('%s', (_name, expr, value) => {
    expect(evaluateExpression(expr, scope)).toEqual(known(value));
  });

  it('evaluates object keys that are templates', () => {
    expect(evaluateExpression({ 'k-${var.name}': '${var.count}', '${(var.name)}': 1 }, scope)).toEqual(
      known({ 'k-Important': 3, Important: 1 }),
    );
  });
});

describe('evaluateExpression: unknown results (never thrown)', () => {
  const cases: [string, unknown, RegExp][] = [
    ['unknown reference', '${aws_s3_bucket.new_bucket.arn}/', /aws_s3_bucket\.new_bucket\.arn is not known/],
    ['unknown inside a list', ['ok', '${aws_s3_bucket.new_bucket.arn}'], /new_bucket\.arn is not known/],
    ['unknown index', '${aws_s3_bucket.b[count.index].arn}', /count\.index is not known/],
    ['unknown function argument', '${lower(aws_s3_bucket.new.arn)}', /aws_s3_bucket\.new\.arn is not known/],
    ['unsupported function', '${cidrsubnet("10.0.0.0/16", 8, 1)}', /function "cidrsubnet" is not supported/],
    [
      'unsupported function with unknown args',
      '${md5(aws_s3_bucket.new.arn)}',
      /function "md5" is not supported/,
    ],
    [
      'provider function',
      '${provider::aws::arn_build("aws", "s3", "", "", "b")}',
      /function "provider::aws::arn_build"/,
    ],
    ['for expression', '${[for b in var.list : upper(b)]}', /for expression is not supported/],
    ['object for expression', '${{for k, v in var.obj : k => v}}', /for expression is not supported/],
    ['splat', '${aws_s3_bucket.b[*].arn}', /splat expression is not supported/],
    ['arithmetic', '${var.count + 1}', /operator "\+" is not supported/],
    ['comparison', '${var.count > 1 ? "a" : "b"}', /operator ">" is not supported/],
    ['template directive', '%{ if var.flag }x%{ endif }', /template directive %\{\.\.\.\} is not supported/],
    ['replace regex form', '${replace("abc", "/b/", "x")}', /regular-expression form is not supported/],
    ['format verb with width', '${format("%05d", 1)}', /verb "%0" is not supported/],
    ['format too few arguments', '${format("%s-%s", "a")}', /not enough arguments/],
    ['null interpolated in template', 'x-${var.nothing}', /null value/],
    ['list interpolated in template', 'x-${var.list}', /expected a string, got list/],
    ['unknown condition', '${aws_s3_bucket.new.x ? "a" : "b"}', /aws_s3_bucket\.new\.x is not known/],
    [
      'coalesce with unknown first',
      '${coalesce(aws_s3_bucket.new.arn, "x")}',
      /aws_s3_bucket\.new\.arn is not known/,
    ],
    ['coalesce all empty', '${coalesce(var.nothing, "")}', /no non-null/],
    ['missing element', '${var.obj.a.b[5]}', /no element \[5\]/],
    ['syntax error', '${aws_s3_bucket.}', /expression syntax/],
    ['unterminated interpolation', '${aws_s3_bucket.b.arn', /expected "}"/],
    ['unterminated string literal', '${lower("abc)}', /unterminated string literal/],
    ['undefined input', undefined, /no expression/],
  ];
  it.each(cases)('%s', (_name, expr, detail) => {
    const r = evaluateExpression(expr, scope);
    expect(r.known).toBe(false);
    if (!r.known) expect(r.detail).toMatch(detail);
  });
});

describe('evaluateExpression: robustness', () => {
  const fragments = [
    '${',
    '}',
    '$${',
    '%{',
    '%%{',
    '"',
    '\\',
    '(',
    ')',
    '[',
    ']',
    '{',
    '.',
    ',',
    '...',
    '?',
    ':',
    '=',
    '==',
    '!',
    '-',
    '+',
    '*',
    '~',
    ' ',
    '\n',
    '0',
    '1.5',
    'var',
    'x',
    'for',
    'in',
    'format',
    'join',
    'toset',
    'coalesce',
    'true',
    'null',
    '"%s"',
    'aws_s3_bucket.b',
    '[0]',
    '["k"]',
    '::',
    '#',
    '/*',
    '*/',
    '<<EOT',
  ];
  it('never throws, whatever the input string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.constantFrom(...fragments)).map((a) => a.join('')),
        ),
        (s) => {
          const r = evaluateExpression(s, scope);
          expect(typeof r.known).toBe('boolean');
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('turns very deep nesting into an unknown result', () => {
    const r = evaluateExpression('${' + '('.repeat(20000) + '1' + ')'.repeat(20000) + '}', scope);
    expect(r.known).toBe(false);
  });
});

// The seed article's Terraform (advanced_event_selector variant), plus the basic-selector trail for comparison.
const SEED_MAIN_TF = `# 機密情報が含まれるファイルが保存されるS3バケット
resource "aws_s3_bucket" "important_bucket" {
  bucket        = "important-bucket-yamamoto012345678901"
  force_destroy = true
}

# CloudTrail を有効化
resource "aws_cloudtrail" "example" {
  depends_on = [aws_s3_bucket_policy.example, aws_s3_bucket.important_bucket]

  name                          = "example"
  s3_bucket_name                = aws_s3_bucket.example.id
  s3_key_prefix                 = "prefix"
  include_global_service_events = false

  advanced_event_selector {
    name = "Log all S3 objects events except for two S3 buckets"

    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }

    field_selector {
      field = "resources.ARN"
      starts_with = [
        "\${aws_s3_bucket.important_bucket.arn}/"
      ]
    }

    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
  }

  advanced_event_selector {
    name = "Log readOnly and writeOnly management events"

    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
  }
}

resource "aws_cloudtrail" "basic" {
  name           = "basic"
  s3_bucket_name = aws_s3_bucket.example.id
  event_selector {
    read_write_type           = "All"
    include_management_events = true
    data_resource {
      type = "AWS::S3::Object"
      # Make sure to append a trailing '/' to your ARN if you want
      # to monitor all objects in a bucket.
      values = ["\${aws_s3_bucket.important_bucket.arn}/"]
    }
  }
  dynamic "advanced_event_selector" {
    for_each = var.buckets
    content {
      name = "dyn"
      field_selector {
        field       = "resources.ARN"
        starts_with = ["\${advanced_event_selector.value}/"]
      }
    }
  }
}

# CloudTrail のログを保存する S3 バケット
resource "aws_s3_bucket" "example" {
  bucket        = "tf-test-trail-yamamoto012345678901"
  force_destroy = true
}

data "aws_iam_policy_document" "example" {
  statement {
    sid    = "AWSCloudTrailAclCheck"
    effect = "Allow"
    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }
    actions   = ["s3:GetBucketAcl"]
    resources = [aws_s3_bucket.example.arn]
    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values   = ["arn:\${data.aws_partition.current.partition}:cloudtrail:\${data.aws_region.current.name}:\${data.aws_caller_identity.current.account_id}:trail/example"]
    }
  }
}

resource "aws_s3_bucket_policy" "example" {
  bucket = aws_s3_bucket.example.id
  policy = data.aws_iam_policy_document.example.json
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}
`;

const VARIABLES_TF = `variable "buckets" {
  type    = list(string)
  default = ["arn:aws:s3:::a"]
}
variable "no_default" {}
locals {
  prefix = "\${aws_s3_bucket.important_bucket.arn}/"
}
locals {
  other = 1
}
module "trail" {
  source      = "./modules/trail"
  bucket_arn  = aws_s3_bucket.important_bucket.arn
}
module "registry" {
  source  = "example/trail/aws"
  version = "1.0.0"
}
module "not_installed" {
  source = "example/missing/aws"
}
`;

const CHILD_TF = `variable "bucket_arn" {}
resource "aws_cloudtrail" "t" {
  name           = "child"
  s3_bucket_name = "logs"
  event_selector {
    data_resource {
      type   = "AWS::S3::Object"
      values = ["\${var.bucket_arn}/"]
    }
  }
}
module "inner" {
  source = "./inner"
}
`;

const INNER_TF_JSON = JSON.stringify({
  resource: {
    aws_cloudtrail: {
      inner: {
        name: 'inner',
        advanced_event_selector: { field_selector: { field: 'resources.ARN', starts_with: ['${var.arn}/'] } },
      },
    },
  },
  locals: { from_json: true },
});

const REGISTRY_TF = `resource "aws_s3_bucket" "logs" {
  bucket = "registry-logs"
}
`;

describe('loadTerraformDir', () => {
  let tmp: string;
  let config: TerraformConfig;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'hcl-test-'));
    const root = path.join(tmp, 'infra');
    await mkdir(path.join(root, 'modules', 'trail', 'inner'), { recursive: true });
    await mkdir(path.join(root, '.terraform', 'modules', 'registry'), { recursive: true });
    await writeFile(path.join(root, 'main.tf'), SEED_MAIN_TF);
    await writeFile(path.join(root, 'variables.tf'), VARIABLES_TF);
    await writeFile(path.join(root, 'README.md'), 'not terraform');
    await writeFile(path.join(root, 'modules', 'trail', 'main.tf'), CHILD_TF);
    await writeFile(path.join(root, 'modules', 'trail', 'inner', 'main.tf.json'), INNER_TF_JSON);
    await writeFile(path.join(root, '.terraform', 'modules', 'registry', 'main.tf'), REGISTRY_TF);
    // Local modules appear with their source directory; "trail.inner" is left out to exercise the
    // local-source fallback; "not_installed" points to a missing directory.
    await writeFile(
      path.join(root, '.terraform', 'modules', 'modules.json'),
      JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          { Key: 'trail', Source: './modules/trail', Dir: 'modules/trail' },
          {
            Key: 'registry',
            Source: 'registry.terraform.io/example/trail/aws',
            Version: '1.0.0',
            Dir: '.terraform/modules/registry',
          },
          {
            Key: 'not_installed',
            Source: 'registry.terraform.io/example/missing/aws',
            Dir: '.terraform/modules/not_installed',
          },
        ],
      }),
    );
    config = await loadTerraformDir(root);
  });

  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('returns the seed trail body with advanced_event_selector / field_selector blocks and the template kept', () => {
    const r = config.resource([], 'managed', 'aws_cloudtrail', 'example');
    expect(r?.file).toBe(path.join(tmp, 'infra', 'main.tf'));
    const selectors = blockList(r?.body, 'advanced_event_selector');
    expect(selectors.map((s) => s['name'])).toEqual([
      'Log all S3 objects events except for two S3 buckets',
      'Log readOnly and writeOnly management events',
    ]);
    const fields = blockList(selectors[0], 'field_selector');
    expect(fields).toEqual([
      { field: 'eventCategory', equals: ['Data'] },
      { field: 'resources.ARN', starts_with: ['${aws_s3_bucket.important_bucket.arn}/'] },
      { field: 'resources.type', equals: ['AWS::S3::Object'] },
    ]);
    expect(r?.body['depends_on']).toEqual([
      '${aws_s3_bucket_policy.example}',
      '${aws_s3_bucket.important_bucket}',
    ]);
    expect(r?.body['s3_bucket_name']).toBe('${aws_s3_bucket.example.id}');
    expect(evaluateExpression(fields[1]!['starts_with'], scope)).toEqual(known([`${IMPORTANT_ARN}/`]));
  });

  it('returns event_selector / data_resource and dynamic blocks', () => {
    const body = config.resource([], 'managed', 'aws_cloudtrail', 'basic')?.body;
    const es = blockList(body, 'event_selector');
    expect(es).toEqual([
      {
        read_write_type: 'All',
        include_management_events: true,
        data_resource: [{ type: 'AWS::S3::Object', values: ['${aws_s3_bucket.important_bucket.arn}/'] }],
      },
    ]);
    expect(body?.['dynamic']).toEqual({
      advanced_event_selector: [
        {
          for_each: '${var.buckets}',
          content: [
            {
              name: 'dyn',
              field_selector: [
                { field: 'resources.ARN', starts_with: ['${advanced_event_selector.value}/'] },
              ],
            },
          ],
        },
      ],
    });
  });

  it('finds data sources separately from managed resources', () => {
    const doc = config.resource([], 'data', 'aws_iam_policy_document', 'example');
    const cond = blockList(blockList(doc?.body, 'statement')[0], 'condition')[0];
    expect(cond?.['values']).toEqual([
      'arn:${data.aws_partition.current.partition}:cloudtrail:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:trail/example',
    ]);
    expect(evaluateExpression(cond?.['values'], scope)).toEqual(
      known(['arn:aws:cloudtrail:ap-northeast-1:123456789012:trail/example']),
    );
    expect(config.resource([], 'data', 'aws_caller_identity', 'current')?.body).toEqual({});
    expect(config.resource([], 'managed', 'aws_iam_policy_document', 'example')).toBeUndefined();
    expect(config.resource([], 'managed', 'aws_s3_bucket', 'nope')).toBeUndefined();
  });

  it('merges locals blocks and reads variable defaults', () => {
    expect(config.locals([])).toEqual({ prefix: '${aws_s3_bucket.important_bucket.arn}/', other: 1 });
    expect(config.variableDefault([], 'buckets')).toEqual(['arn:aws:s3:::a']);
    expect(config.variableDefault([], 'no_default')).toBeUndefined();
    expect(config.variableDefault([], 'undeclared')).toBeUndefined();
  });

  it('returns module calls and resources of child modules by call path', () => {
    expect(config.moduleCall([], 'trail')).toEqual({
      source: './modules/trail',
      bucket_arn: '${aws_s3_bucket.important_bucket.arn}',
    });
    const t = config.resource(['trail'], 'managed', 'aws_cloudtrail', 't');
    expect(t?.file).toBe(path.join(tmp, 'infra', 'modules', 'trail', 'main.tf'));
    expect(blockList(blockList(t?.body, 'event_selector')[0], 'data_resource')[0]?.['values']).toEqual([
      '${var.bucket_arn}/',
    ]);
    expect(config.moduleCall(['trail'], 'inner')).toEqual({ source: './inner' });
    expect(config.resource(['registry'], 'managed', 'aws_s3_bucket', 'logs')?.file).toBe(
      path.join(tmp, 'infra', '.terraform', 'modules', 'registry', 'main.tf'),
    );
  });

  it('reads .tf.json modules found through a local source not listed in modules.json', () => {
    const inner = config.resource(['trail', 'inner'], 'managed', 'aws_cloudtrail', 'inner');
    expect(inner?.file).toBe(path.join(tmp, 'infra', 'modules', 'trail', 'inner', 'main.tf.json'));
    const sel = blockList(inner?.body, 'advanced_event_selector');
    expect(blockList(sel[0], 'field_selector')).toEqual([
      { field: 'resources.ARN', starts_with: ['${var.arn}/'] },
    ]);
    expect(config.locals(['trail', 'inner'])).toEqual({ from_json: true });
  });

  it('treats a missing module directory as empty, not as an error', () => {
    expect(config.moduleCall([], 'not_installed')).toEqual({ source: 'example/missing/aws' });
    expect(config.resource(['not_installed'], 'managed', 'aws_s3_bucket', 'x')).toBeUndefined();
    expect(config.moduleCall(['not_installed'], 'x')).toBeUndefined();
    expect(config.locals(['not_installed'])).toEqual({});
    expect(config.variableDefault(['not_installed'], 'x')).toBeUndefined();
  });

  it('applies override files', async () => {
    const dir = path.join(tmp, 'override');
    await mkdir(dir);
    await writeFile(
      path.join(dir, 'main.tf'),
      'resource "aws_s3_bucket" "b" {\n  bucket = "a"\n  tags = {}\n}\n',
    );
    await writeFile(
      path.join(dir, 'main_override.tf'),
      'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
    );
    const c = await loadTerraformDir(dir);
    expect(c.resource([], 'managed', 'aws_s3_bucket', 'b')?.body).toEqual({ bucket: 'b', tags: {} });
  });

  describe('errors', () => {
    const loadError = async (dir: string): Promise<InputError> => {
      const e = await loadTerraformDir(dir).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(InputError);
      return e as InputError;
    };

    it('reports a missing directory', async () => {
      const e = await loadError(path.join(tmp, 'does-not-exist'));
      expect(e.message).toMatch(/does-not-exist: Terraform directory does not exist/);
    });

    it('reports a directory without Terraform files', async () => {
      const dir = path.join(tmp, 'empty');
      await mkdir(dir);
      expect((await loadError(dir)).message).toMatch(/empty: no \*\.tf or \*\.tf\.json files found/);
    });

    it('reports an HCL syntax error with file:line:col', async () => {
      const dir = path.join(tmp, 'bad');
      await mkdir(dir);
      const file = path.join(dir, 'main.tf');
      await writeFile(
        file,
        'resource "aws_s3_bucket" "b" {\n  bucket = "ok"\n}\n\nresource "aws_cloudtrail" "t" {\n  name = \n}\n',
      );
      const e = await loadError(dir);
      expect(e.message).toBe(`${file}:6:10: invalid HCL: Invalid expression`);
      expect(e.file).toBe(file);
    });

    it('reports a single-line block syntax error with file:line:col', async () => {
      const dir = path.join(tmp, 'bad-block');
      await mkdir(dir);
      const file = path.join(dir, 'trail.tf');
      await writeFile(
        file,
        'resource "aws_cloudtrail" "t" {\n  advanced_event_selector { name = "a" field_selector { field = "x" } }\n}\n',
      );
      expect((await loadError(dir)).message).toMatch(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+: invalid HCL: \\S`),
      );
    });

    it('reports invalid .tf.json', async () => {
      const dir = path.join(tmp, 'bad-json');
      await mkdir(dir);
      await writeFile(path.join(dir, 'main.tf.json'), '{"resource": ');
      expect((await loadError(dir)).message).toMatch(/main\.tf\.json: invalid JSON: /);
    });
  });
});
