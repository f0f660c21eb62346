/**
 * The bad-input corpus: every case goes through the CLI and must exit 2 with a message naming the file
 * (and the location where there is one), no stack trace, nothing on stdout, and no report file written.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SEED_PLAN = 'examples/seed-advanced/plan.json';
const GOOD_POLICY = 'policies/examples/seed.yml';
const PLAN =
  '{"format_version":"1.2","terraform_version":"1.9.5","planned_values":{"root_module":{}},"configuration":{}}';

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

interface Case {
  name: string;
  /** [policy, plan] paths, made lazily. */
  make: () => [string, string];
  /** Text the message must contain, after the file name. */
  where: (policy: string, plan: string) => string;
}

const bomb = [
  'version: 1',
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'buckets: [*f]',
].join('\n');

const cases: Case[] = [
  { name: 'empty policy', make: () => [file('empty.yml', ''), SEED_PLAN], where: (p) => `${p}:1:1` },
  {
    name: 'policy that is not YAML',
    make: () => [file('garbage.yml', 'version: 1\nbuckets: [a, b\n  c: }\n'), SEED_PLAN],
    where: (p) => `${p}:`,
  },
  {
    name: 'YAML bomb (deep aliases)',
    make: () => [file('bomb.yml', bomb), SEED_PLAN],
    where: (p) => `${p}:`,
  },
  {
    name: 'wrong schema',
    make: () => [
      file('schema.yml', 'version: 1\nbuckets:\n  - name: payroll\n    events: sometimes\n'),
      SEED_PLAN,
    ],
    where: (p) => `${p}:4:13: /buckets/0/events`,
  },
  {
    name: 'unknown API name',
    make: () => [
      file('api.yml', 'version: 1\nbuckets:\n  - name: payroll\n    events: [GetObjekt]\n'),
      SEED_PLAN,
    ],
    where: (p) => `${p}:4:14`,
  },
  {
    name: 'duplicate buckets',
    make: () => [file('dup.yml', 'version: 1\nbuckets:\n  - payroll\n  - payroll\n'), SEED_PLAN],
    where: (p) => `${p}:4:5`,
  },
  { name: 'missing policy file', make: () => [join(dir, 'nope.yml'), SEED_PLAN], where: (p) => p },
  {
    name: 'policy is a directory',
    make: () => [(mkdirSync(join(dir, 'pdir'), { recursive: true }), join(dir, 'pdir')), SEED_PLAN],
    where: (p) => p,
  },
  {
    name: 'plan that is not JSON',
    make: () => [GOOD_POLICY, file('plan.txt', 'Plan: 1 to add\n')],
    where: (_p, q) => `${q}:1:1`,
  },
  {
    name: 'truncated plan',
    make: () => [GOOD_POLICY, file('trunc.json', PLAN.slice(0, 60))],
    where: (_p, q) => `${q}:1:`,
  },
  {
    name: 'plan with format_version 2.0',
    make: () => [GOOD_POLICY, file('v2.json', PLAN.replace('"1.2"', '"2.0"'))],
    where: (_p, q) => `${q}: /format_version`,
  },
  {
    name: 'UTF-16 plan that is truncated',
    make: () => [
      GOOD_POLICY,
      file('u16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN.slice(0, 40), 'utf16le')])),
    ],
    where: (_p, q) => `${q}:1:`,
  },
  {
    name: 'BOM plan with garbage',
    make: () => [
      GOOD_POLICY,
      file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"format_version": }')])),
    ],
    where: (_p, q) => `${q}:1:`,
  },
  {
    name: 'a 200 MB plan (refused before reading)',
    make: () => {
      const p = join(dir, 'huge.json');
      const fd = openSync(p, 'w');
      ftruncateSync(fd, 200 * 1024 * 1024);
      closeSync(fd);
      return [GOOD_POLICY, p];
    },
    where: (_p, q) => `${q}: the plan is 200 MiB, over the 128 MiB`,
  },
  {
    name: 'missing plan file',
    make: () => [GOOD_POLICY, join(dir, 'nope.json')],
    where: (_p, q) => `${q}: cannot read plan file: ENOENT`,
  },
  {
    name: 'plan is a directory',
    make: () => [GOOD_POLICY, (mkdirSync(join(dir, 'qdir'), { recursive: true }), join(dir, 'qdir'))],
    where: (_p, q) => `${q}: is a directory`,
  },
  {
    name: 'a state file instead of a plan',
    make: () => [GOOD_POLICY, file('state.json', '{"format_version":"1.0","values":{}}')],
    where: (_p, q) => `${q}: /: not a Terraform plan`,
  },
];

describe('bad inputs: exit 2, file and location, no stack trace, nothing written', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const [policy, plan] = c.make();
    const out = join(dir, `report-${c.name.replace(/\W+/g, '-')}.json`);
    let stdout = '';
    let stderr = '';
    const started = Date.now();
    const code = await main(
      ['check', '--policy', policy, '--plan', plan, '--format', 'json', '--output', out],
      {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
      },
    );
    expect(code).toBe(2);
    expect(stderr).toContain(c.where(policy, plan));
    expect(stderr).not.toMatch(/\n\s+at \S+ \(/);
    expect(stderr).not.toMatch(/internal error/);
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a terraform-dir that does not exist', async () => {
    let stderr = '';
    const code = await main(
      ['check', '--policy', GOOD_POLICY, '--plan', SEED_PLAN, '--terraform-dir', join(dir, 'no-such-dir')],
      { stdout: () => {}, stderr: (t) => (stderr += t) },
    );
    expect(code).toBe(2);
    expect(stderr).toContain(join(dir, 'no-such-dir'));
  });

  it('a terraform-dir with invalid HCL names the file, line and column', async () => {
    const tf = join(dir, 'tf');
    mkdirSync(tf, { recursive: true });
    writeFileSync(join(tf, 'main.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n');
    let stderr = '';
    const code = await main(['check', '--policy', GOOD_POLICY, '--plan', SEED_PLAN, '--terraform-dir', tf], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(`${join(tf, 'main.tf').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: invalid HCL`),
    );
  });
});
