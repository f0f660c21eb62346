import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';
import type { Report } from '../../src/outputs/report.js';
import { expectValidReport } from '../helpers/report-schema.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const SEED_POLICY = 'policies/examples/seed.yml';
const SEED_PLAN = 'examples/seed-advanced/plan.json';

describe('s3-trail-guard CLI', () => {
  it('prints help and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: s3-trail-guard check');
  });

  const usage: [string, string[], RegExp][] = [
    ['no command', [], /missing command "check"/],
    ['an unknown command', ['scan'], /unknown command "scan"/],
    ['no policy', ['check', '--plan', SEED_PLAN], /--policy FILE is required/],
    ['no plan', ['check', '--policy', SEED_POLICY], /--plan FILE is required/],
    ['an unknown flag', ['check', '--polcy', 'x'], /Unknown option '--polcy'/],
    [
      'a bad format',
      ['check', '--policy', SEED_POLICY, '--plan', SEED_PLAN, '--format', 'xml'],
      /--format must be one of text, json, markdown/,
    ],
    [
      '--terraform-dir without --plan',
      ['check', '--policy', SEED_POLICY, '--live', '--terraform-dir', 'examples/seed-advanced'],
      /--terraform-dir is used only with --plan/,
    ],
  ];
  it.each(usage)('exits 2 on %s', async (_n, args, msg) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
  });

  it('the seed example with --terraform-dir: covered, exit 0, JSON report contract', async () => {
    const r = await run(
      'check',
      '--policy',
      SEED_POLICY,
      '--plan',
      SEED_PLAN,
      '--terraform-dir',
      'examples/seed-advanced',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expectValidReport(report);
    expect(report.schemaVersion).toBe(1);
    expect(report.mode).toBe('plan');
    expect(report.passed).toBe(true);
    expect(report.buckets).toHaveLength(1);
    const b = report.buckets[0]!;
    expect(b.name).toBe('important-bucket-yamamoto012345678901');
    expect(b.status).toBe('covered');
    expect(b.events).toHaveLength(29);
    expect(b.events.every((e) => e.coveredBy.includes('aws_cloudtrail.example'))).toBe(true);
    // Only the trail-hygiene warnings of the seed's trail (no KMS key, no log file validation).
    expect(report.findings.map((f) => `${f.ruleId}:${f.severity}`).sort()).toEqual([
      'trail-kms:warning',
      'trail-log-file-validation:warning',
    ]);
  });

  it('the seed example without --terraform-dir: unknown is not a pass (exit 1)', async () => {
    const r = await run('check', '--policy', SEED_POLICY, '--plan', SEED_PLAN, '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expectValidReport(report);
    expect(report.passed).toBe(false);
    expect(report.buckets[0]!.status).toBe('unknown');
    expect(report.findings[0]).toMatchObject({
      ruleId: 'data-event-coverage',
      status: 'unknown',
      bucket: 'important-bucket-yamamoto012345678901',
    });
    expect(report.findings[0]!.location).toMatchObject({ file: SEED_POLICY, line: 9 });
  });

  it('bad input: exit 2, file and line in the message, no stack trace', async () => {
    const policy = join(dir, 'bad.yml');
    writeFileSync(policy, 'version: 1\nbuckets:\n  - name: Not_A_Bucket\n');
    const r = await run('check', '--policy', policy, '--plan', SEED_PLAN);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${policy}:3:`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('a plan that is not JSON: exit 2 naming the file', async () => {
    const plan = join(dir, 'plan.txt');
    writeFileSync(plan, 'Plan: 3 to add, 0 to change, 0 to destroy.\n');
    const r = await run('check', '--policy', SEED_POLICY, '--plan', plan);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${plan}:1:1: not valid JSON`);
  });

  it('--output writes the report and nothing is left half-written when the run fails', async () => {
    const out = join(dir, 'report.json');
    const ok = await run(
      'check',
      '--policy',
      SEED_POLICY,
      '--plan',
      SEED_PLAN,
      '--format',
      'json',
      '--output',
      out,
    );
    expect(ok.code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    const out2 = join(dir, 'report2.json');
    const bad = await run(
      'check',
      '--policy',
      join(dir, 'missing.yml'),
      '--plan',
      SEED_PLAN,
      '--output',
      out2,
    );
    expect(bad.code).toBe(2);
    expect(existsSync(out2)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('markdown output escapes names from the plan', async () => {
    const r = await run('check', '--policy', SEED_POLICY, '--plan', SEED_PLAN, '--format', 'markdown');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^### ❌ important\\-bucket/);
    expect(r.stdout).toContain('**To decide it**: give `--terraform-dir DIR`');
    expect(r.stdout).toContain('important\\-bucket\\-yamamoto012345678901');
  });
});
