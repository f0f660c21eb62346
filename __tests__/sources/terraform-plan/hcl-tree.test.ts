/**
 * `--terraform-dir` is source a pull request controls, symbolic links and module paths included: it reads
 * only regular files inside the repository tree, within byte caps, and its errors never quote a file.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/cli.js';
import { InputError } from '../../../src/errors.js';
import { loadTerraformDir, type TerraformDirLimits } from '../../../src/sources/terraform-plan/hcl.js';
import { readPlanFile } from '../../../src/sources/terraform-plan/read-plan.js';

const tmp = mkdtempSync(path.join(tmpdir(), 's3tg-tree-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SECRET = 'hunter2-SECRET-VALUE-0123456789';
const BUCKET = 'resource "aws_s3_bucket" "b" {\n  bucket = "acme-pii-prod"\n}\n';
let n = 0;

/** A fresh directory under tmp with these files ([name, content | {symlink} | {fifo}]). */
function tree(files: Record<string, string | { symlink: string } | { fifo: true }>): string {
  const root = path.join(tmp, `t${n++}`);
  for (const [name, c] of Object.entries(files)) {
    const p = path.join(root, name);
    mkdirSync(path.dirname(p), { recursive: true });
    if (typeof c === 'string') writeFileSync(p, c);
    else if ('symlink' in c) symlinkSync(c.symlink, p);
    else execFileSync('mkfifo', [p]);
  }
  return root;
}

const outside = tree({ 'secret.tf': `# ${SECRET}\n${BUCKET}`, 'x/main.tf': BUCKET });

async function failure(dir: string, limits?: TerraformDirLimits): Promise<Error> {
  try {
    await loadTerraformDir(dir, limits);
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}

describe('--terraform-dir reads only regular files inside its tree', () => {
  // Four entries each: jest takes a fourth parameter that a row leaves out for a `done` callback.
  const refused: [string, () => string, RegExp, TerraformDirLimits][] = [
    [
      'a .tf symlink to a file outside the directory',
      () => tree({ 'main.tf': BUCKET, 'evil.tf': { symlink: path.join(outside, 'secret.tf') } }),
      /evil\.tf: resolves to .*secret\.tf, outside .*; not read$/,
      {},
    ],
    [
      'a .tf.json symlink to /proc/self/environ',
      () => tree({ 'main.tf': BUCKET, 'env.tf.json': { symlink: '/proc/self/environ' } }),
      /env\.tf\.json: resolves to \/proc\/\S+, outside .*; not read$/,
      {},
    ],
    [
      'a FIFO named main.tf (would block for ever)',
      () => tree({ 'a.tf': BUCKET, 'main.tf': { fifo: true } }),
      /main\.tf: not a regular file; not read$/,
      {},
    ],
    [
      'a local module source that leaves the directory (no repository around it)',
      () => tree({ 'main.tf': `${BUCKET}module "m" {\n  source = "../${path.basename(outside)}/x"\n}\n` }),
      /resolves to .*, outside .*; not read$/,
      {},
    ],
    [
      'a modules.json Dir that is absolute and elsewhere',
      () =>
        tree({
          'main.tf': `${BUCKET}module "m" {\n  source = "registry/x/aws"\n}\n`,
          '.terraform/modules/modules.json': JSON.stringify({
            Modules: [{ Key: 'm', Source: 'registry/x/aws', Dir: path.join(outside, 'x') }],
          }),
        }),
      /resolves to .*, outside .*; not read$/,
      {},
    ],
    [
      'a file over the per-file cap',
      () => tree({ 'main.tf': `${BUCKET}#${'x'.repeat(5000)}\n` }),
      /main\.tf: over .* MiB; not read$/,
      { maxFileBytes: 4096 },
    ],
    [
      'files over the total cap',
      () => tree({ 'a.tf': `${BUCKET}#${'x'.repeat(3000)}\n`, 'b.tf': `#${'y'.repeat(3000)}\n` }),
      /b\.tf: the Terraform files are over .* MiB in all; not read$/,
      { maxFileBytes: 4096, maxTotalBytes: 5000 },
    ],
  ];
  it.each(refused)('refuses %s', async (_n, make, message, limits) => {
    const e = await failure(make(), limits);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain(SECRET);
  });

  it('a symlink inside the tree, and a ../ module inside the repository, are read', async () => {
    const repo = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'modules/trail/main.tf': 'resource "aws_cloudtrail" "t" {\n  name = "central"\n}\n',
      'envs/prod/main.tf': `${BUCKET}module "m" {\n  source = "../../modules/trail"\n}\n`,
      'envs/prod/linked.tf': { symlink: '../../modules/shared.tf' },
      'modules/shared.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "audit-logs"\n}\n',
    });
    const cfg = await loadTerraformDir(path.join(repo, 'envs/prod'));
    expect(cfg.resource([], 'managed', 'aws_s3_bucket', 'logs')?.body['bucket']).toBe('audit-logs');
    expect(cfg.resource(['m'], 'managed', 'aws_cloudtrail', 't')?.body['name']).toBe('central');
  });
});

describe('errors never quote file contents', () => {
  it.each([
    [
      'a .tf.json that is not JSON',
      { 'main.tf.json': `{"resource": ${SECRET}}` },
      /main\.tf\.json(:1:\d+)?: invalid JSON: Unexpected token/,
    ],
    [
      'a modules.json that is not JSON',
      { 'main.tf': BUCKET, '.terraform/modules/modules.json': `{"Modules": [${SECRET}` },
      /modules\.json:1:\d+: invalid JSON: |modules\.json: invalid JSON: /,
    ],
    [
      'HCL with a secret on the bad line',
      { 'main.tf': `${BUCKET}locals {\n  x = ${SECRET} ${SECRET}\n}\n` },
      /main\.tf:\d+:\d+: invalid HCL/,
    ],
  ])('%s', async (_n, files, message) => {
    const e = await failure(tree(files));
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain(SECRET);
    expect(e.message).not.toContain('hunter2');
  });

  it('a plan that is not JSON: the location and reason, not the text', () => {
    const dir = tree({ 'plan.json': `{"format_version": "1.2", "planned_values": ${SECRET}}` });
    let msg = '';
    try {
      readPlanFile(path.join(dir, 'plan.json'));
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/plan\.json:1:\d+: not valid JSON: /);
    expect(msg).not.toContain('hunter2');
  });

  it('through the CLI: exit 2, no content', async () => {
    const dir = tree({ 'main.tf': BUCKET, 'evil.tf': { symlink: path.join(outside, 'secret.tf') } });
    let stderr = '';
    const code = await main(
      [
        'check',
        '--policy',
        'policies/examples/seed.yml',
        '--plan',
        'examples/seed-advanced/plan.json',
        '--terraform-dir',
        dir,
      ],
      { stdout: () => {}, stderr: (t) => (stderr += t) },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('evil.tf: resolves to');
    expect(stderr).not.toContain(SECRET);
  });
});
