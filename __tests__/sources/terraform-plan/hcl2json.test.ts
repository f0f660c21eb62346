// The shared hcl2json loader (src/sources/terraform-plan/hcl2json.ts): one load per process, and the same
// parse as the package's own entry point. How fast it starts is a row of `npm run bench`, not a test.
import { describe, expect, it } from '@jest/globals';
import { parse as packageParse } from '@cdktf/hcl2json';
import { loadHcl2json } from '../../../src/sources/terraform-plan/hcl2json.js';

// A resource as `terraform fmt` writes it, with a template, a reference and a nested block.
const TF = [
  'resource "aws_cloudtrail" "audit" {',
  '  name           = "audit-${var.env}"',
  '  s3_bucket_name = aws_s3_bucket.logs.id',
  '  advanced_event_selector {',
  '    name = "sensitive"',
  '    field_selector {',
  '      field       = "resources.ARN"',
  '      starts_with = ["${aws_s3_bucket.pii.arn}/"]',
  '    }',
  '  }',
  '}',
  '',
].join('\n');

describe('loadHcl2json', () => {
  it('loads the parser once and parses as @cdktf/hcl2json does', async () => {
    const [a, b] = await Promise.all([loadHcl2json(), loadHcl2json()]);
    expect(a).toBe(b);
    expect(await loadHcl2json()).toBe(a);
    const ours = await a('main.tf', TF);
    expect(ours).toEqual(await packageParse('main.tf', TF));
    expect(ours).toMatchObject({ resource: { aws_cloudtrail: { audit: [{ name: 'audit-${var.env}' }] } } });
  });

  it('rejects HCL that does not parse, naming the file', async () => {
    const parse = await loadHcl2json();
    await expect(parse('broken.tf', 'resource "a" {\n')).rejects.toThrow(/broken\.tf/);
  });
});
