// What a start of the bundled CLI loads: builds the bundle into a temporary directory (scripts/build.mjs
// with S3TG_DIST_DIR; dist/ is left alone) and runs the seed example with a preload that records Node's
// built-in modules. How fast it starts is a row of `npm run bench`, not a test.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 's3tg-start-'));
const dist = join(dir, 'dist');
const preload = join(dir, 'modules.cjs');

beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, S3TG_DIST_DIR: dist },
  });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  writeFileSync(
    preload,
    [
      "process.on('exit', () => {",
      "  require('node:fs').writeFileSync(process.env.S3TG_MODULES_FILE, JSON.stringify(process.moduleLoadList));",
      '});',
    ].join('\n'),
  );
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the bundled CLI on the seed example; the built-in modules it loaded. */
function seed(extra: string[]): { status: number | null; stderr: string; builtins: string[] } {
  const modules = join(dir, 'modules.json');
  const r = spawnSync(
    process.execPath,
    [
      '--require',
      preload,
      join(dist, 'cli.js'),
      'check',
      '--policy',
      'policies/examples/seed.yml',
      '--plan',
      'examples/seed-advanced/plan.json',
      ...extra,
      '--format',
      'json',
      '--output',
      join(dir, 'report.json'),
    ],
    {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', S3TG_MODULES_FILE: modules },
      timeout: 60_000,
    },
  );
  const list = JSON.parse(readFileSync(modules, 'utf8')) as string[];
  const builtins = list
    .filter((m) => m.startsWith('NativeModule '))
    .map((m) => m.slice('NativeModule '.length));
  return { status: r.status, stderr: r.stderr, builtins };
}

describe('start-up of the bundled CLI', () => {
  it('plan mode loads neither node:v8 and node:zlib (the HCL parser), node:perf_hooks (timings) nor node:crypto (SARIF fingerprints only)', () => {
    const r = seed([]);
    expect([0, 1]).toContain(r.status);
    expect(r.builtins).toContain('fs');
    for (const m of ['v8', 'zlib', 'perf_hooks', 'crypto']) expect(r.builtins).not.toContain(m);
  });

  it('--terraform-dir runs the uncompressed wasm beside the chunks, without the package bridge', () => {
    expect(existsSync(join(dist, 'hcl2json-main.wasm'))).toBe(true);
    expect(readFileSync(join(dist, 'hcl2json-main.wasm')).subarray(0, 4).toString('latin1')).toBe('\0asm');
    // fs-extra and graceful-fs (which patches node:fs) came with the package's bridge only.
    for (const f of readdirSync(dist).filter((n) => n.endsWith('.js')))
      expect([f, readFileSync(join(dist, f), 'utf8').includes('graceful-fs')]).toEqual([f, false]);
    const r = seed(['--terraform-dir', 'examples/seed-advanced']);
    // The seed example is covered once the Terraform source gives the ARN (README).
    expect([r.status, r.stderr]).toEqual([0, expect.stringContaining('PASSED')]);
    expect(r.builtins).toContain('v8');
    expect(r.builtins).not.toContain('zlib');
  });
});
