// The shared hcl2json loader (src/sources/terraform-plan/hcl2json.ts): one load per process, and the same
// parse as the package's own entry point. How fast it starts is a row of `npm run bench`, not a test.
import { describe, expect, it } from '@jest/globals';
import { parse as packageParse } from '@cdktf/hcl2json';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadHcl2json, prepareHcl2json, readHclWasm } from '../../../src/sources/terraform-plan/hcl2json.js';
import { hclWasmFile } from '../../../src/sources/terraform-plan/hcl2json-wasm.js';

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
    // As a --terraform-dir run does: the wasm compiles while the plan is read.
    prepareHcl2json();
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

describe('readHclWasm', () => {
  it("reads the package's gzipped wasm and the bundle's uncompressed copy to the same bytes", async () => {
    const gz = hclWasmFile();
    expect(gz.endsWith('main.wasm.gz')).toBe(true);
    const want = gunzipSync(readFileSync(gz));
    // A wasm module starts with "\0asm".
    expect(want.subarray(0, 4).toString('latin1')).toBe('\0asm');
    expect((await readHclWasm(gz)).equals(want)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 's3tg-wasm-'));
    try {
      const raw = join(dir, 'hcl2json-main.wasm');
      writeFileSync(raw, want);
      expect((await readHclWasm(raw)).equals(want)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
