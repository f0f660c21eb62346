// The package people install: publishable, licensed, runnable from the packed tarball with npx, and usable as
// a pre-commit hook (each hook's entry is run as pre-commit would run it: the package's bin).
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as load } from 'yaml';

const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  private?: boolean;
  license: string;
  bin: Record<string, string>;
  files: string[];
};
const dir = mkdtempSync(join(tmpdir(), 's3tg-pkg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A hook's entry as pre-commit runs it for `language: node`: the package's bin by name. */
function runEntry(entry: string, args: string[]) {
  const [bin, ...rest] = entry.split(' ');
  const script = pkg.bin[bin as string];
  expect(script).toBeDefined();
  return spawnSync(process.execPath, [resolve(ROOT, script as string), ...rest, ...args], {
    encoding: 'utf8',
  });
}

describe('the package', () => {
  it('is publishable, MIT with a LICENSE file, and ships its bin', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toContain('MIT License');
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/', 'policies/', 'action.yml', 'LICENSE']));
    expect(pkg.bin['s3-trail-guard']).toBe('dist/cli.js');
  });

  it('npm pack → install in an empty project → npx s3-trail-guard check works', () => {
    const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1) as string;
    const app = join(dir, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, tgz)], { cwd: app });
    const r = spawnSync(
      'npx',
      [
        '--offline',
        's3-trail-guard',
        'check',
        '--policy',
        join(ROOT, 'policies/examples/seed.yml'),
        '--plan',
        join(ROOT, 'examples/seed-advanced/plan.json'),
        '--terraform-dir',
        join(ROOT, 'examples/seed-advanced'),
      ],
      { cwd: app, encoding: 'utf8' },
    );
    expect(r.stdout).toContain('PASSED');
    expect(r.status).toBe(0);
  }, 120_000);
});

describe('pre-commit hooks', () => {
  const hooks = load(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as {
    id: string;
    entry: string;
    files?: string;
    language: string;
  }[];
  const hook = (id: string) => hooks.find((h) => h.id === id)!;

  it('the policy hook picks policy files by name and validates them (exit 0, or 2 naming the line)', () => {
    const h = hook('s3-trail-guard-policy');
    expect(h.language).toBe('node');
    const re = new RegExp(h.files as string);
    expect(['.github/s3-trail-guard.yml', 'infra/s3-trail-guard.prod.yaml'].every((f) => re.test(f))).toBe(
      true,
    );
    expect(re.test('infra/main.yml')).toBe(false);
    const ok = runEntry(h.entry, ['policies/examples/seed.yml']);
    expect(ok.status).toBe(0);
    const bad = join(dir, 's3-trail-guard.yml');
    writeFileSync(bad, 'version: 1\nbuckets:\n  - name: acme-pii-prod\n    events: [GetObjekt]\n');
    const r = runEntry(h.entry, ['policies/examples/seed.yml', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}:4:`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('the plan hook checks the plan given in args', () => {
    const h = hook('s3-trail-guard-plan');
    const args = ['--policy', 'policies/examples/seed.yml', '--plan', 'examples/seed-advanced/plan.json'];
    expect(runEntry(h.entry, [...args, '--terraform-dir', 'examples/seed-advanced']).status).toBe(0);
    // Without the Terraform source the selector value is known only after apply: unknown fails the hook.
    expect(runEntry(h.entry, args).status).toBe(1);
  });
});
