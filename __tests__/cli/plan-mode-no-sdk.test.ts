// Plan mode must not load the AWS SDK: runs the bundled CLI (dist/, rebuilt by `node scripts/build.mjs`;
// this test does not build) with a module hook that records every file it loads.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = resolve('dist');
const MARKER = 'CloudTrailClient';
const dir = mkdtempSync(join(tmpdir(), 's3tg-no-sdk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `node dist/cli.js ...args` and returns the files of dist/ it loaded. */
function loadedDistFiles(args: string[]): {
  files: string[];
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const log = join(dir, 'loaded.txt');
  writeFileSync(log, '');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    [
      "import { appendFileSync } from 'node:fs';",
      'let log;',
      'export async function initialize(data) { log = data.log; }',
      'export async function load(url, context, nextLoad) {',
      "  if (url.startsWith('file:')) appendFileSync(log, url + '\\n');",
      '  return nextLoad(url, context);',
      '}',
    ].join('\n'),
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(
    register,
    [
      "import { register } from 'node:module';",
      `register(${JSON.stringify(pathToFileURL(hooks).href)}, { data: { log: ${JSON.stringify(log)} } });`,
    ].join('\n'),
  );
  const r = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(register).href, join(DIST, 'cli.js'), ...args],
    {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', HOME: dir, NODE_NO_WARNINGS: '1' },
      timeout: 60_000,
    },
  );
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((u) => fileURLToPath(u))
    .filter((f) => f.startsWith(DIST + '/'));
  return { files: [...new Set(files)], status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('plan mode never loads the AWS SDK', () => {
  it('the bundled CLI checks a plan without loading the chunk that holds the SDK', () => {
    expect(existsSync(join(DIST, 'cli.js'))).toBe(true); // else: node scripts/build.mjs
    const chunks = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    const withSdk = chunks.filter((f) => readFileSync(join(DIST, f), 'utf8').includes(MARKER));
    // The SDK is bundled, in a chunk of its own that live mode imports.
    expect(withSdk.length).toBeGreaterThan(0);

    const r = loadedDistFiles([
      'check',
      '--policy',
      'policies/examples/seed.yml',
      '--plan',
      'examples/seed-advanced/plan.json',
    ]);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toContain('plan mode');
    expect(r.files).toContain(join(DIST, 'cli.js'));
    expect(r.files.length).toBeGreaterThan(1); // the hook sees the chunks too
    const loadedWithSdk = r.files.filter((f) => readFileSync(f, 'utf8').includes(MARKER));
    expect(loadedWithSdk).toEqual([]);
  });
});
