import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../../src/errors.js';
import { readPlanFile } from '../../../src/sources/terraform-plan/read-plan.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD =
  '{"format_version":"1.2","terraform_version":"1.9.5","planned_values":{"root_module":{}},"configuration":{}}';

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('reading plan files', () => {
  const valid: [string, Buffer | string][] = [
    ['UTF-8', GOOD],
    [
      'UTF-8 with BOM (PowerShell Out-File -Encoding utf8)',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]),
    ],
    [
      'UTF-16LE with BOM (PowerShell > redirection)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]),
    ],
    ['UTF-16LE without BOM', Buffer.from(GOOD, 'utf16le')],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD, 'utf16le').swap16()])],
    ['format 0.1 (Terraform 0.12)', GOOD.replace('"1.2"', '"0.1"')],
    ['an unknown minor version', GOOD.replace('"1.2"', '"1.9"')],
  ];
  it.each(valid)('accepts %s', (_n, content) => {
    expect(readPlanFile(file('ok.json', content))['format_version']).toBeDefined();
  });

  const invalid: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'nope.json'), /nope\.json: cannot read plan file: ENOENT/],
    [
      'a directory',
      () => (mkdirSync(join(dir, 'd'), { recursive: true }), join(dir, 'd')),
      /d: is a directory/,
    ],
    ['an empty file', () => file('empty.json', ''), /empty\.json: the plan file is empty/],
    [
      'text that is not JSON',
      () => file('text.json', 'Terraform will perform the following actions:\n'),
      /text\.json:1:1: not valid JSON/,
    ],
    [
      'a truncated plan',
      () => file('trunc.json', '{\n  "format_version": "1.2",\n  "planned_values": {'),
      /trunc\.json:3:\d+: not valid JSON \(the file looks truncated\)/,
    ],
    [
      'format_version 2.0',
      () => file('v2.json', GOOD.replace('"1.2"', '"2.0"')),
      /v2\.json: \/format_version: unsupported plan format "2\.0"/,
    ],
    [
      'no format_version',
      () => file('nofv.json', '{"planned_values":{}}'),
      /nofv\.json: \/format_version: missing/,
    ],
    ['a JSON array', () => file('arr.json', '[1,2]'), /arr\.json: \/: expected a JSON object/],
    [
      'a state file',
      () => file('state.json', '{"format_version":"1.0","values":{}}'),
      /state\.json: \/: not a Terraform plan.*state file/,
    ],
    [
      // The first bytes of a `terraform plan -out=tfplan` file (Terraform 1.9: a zip of tfplan, tfstate, ...).
      'a binary saved plan (zip)',
      () =>
        file(
          'tfplan',
          Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x08\x00', 'latin1'), Buffer.alloc(64)]),
        ),
      /tfplan: this is a binary plan.*run `terraform show -json tfplan > plan\.json`/,
    ],
    [
      // `terraform show -json tfplan > plan.json` under hashicorp/setup-terraform@v3 with its wrapper on.
      'setup-terraform wrapper output',
      () =>
        file(
          'wrapped.json',
          `[command]/home/runner/work/_temp/0b6f/terraform-bin show -json tfplan\n${GOOD}\n::debug::Terraform exited with code 0.\n::debug::stdout: ${GOOD}%0A\n::debug::stderr: \n::debug::exitcode: 0\n`,
        ),
      /wrapped\.json:1:1: .*setup-terraform's wrapper.*set `terraform_wrapper: false`/,
    ],
    [
      'wrapper output with only the ::debug:: lines after the JSON',
      () => file('wrapped2.json', `${GOOD}\n::debug::Terraform exited with code 0.\n::debug::exitcode: 0\n`),
      /wrapped2\.json:1:1: .*set `terraform_wrapper: false`/,
    ],
  ];
  it.each(invalid)('rejects %s with the file and location', (_n, make, message) => {
    const p = make();
    let err: unknown;
    try {
      readPlanFile(p);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(message);
  });
});
