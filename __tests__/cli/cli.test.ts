import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';
import { expectValidReport, parseReport } from '../helpers/report-schema.js';

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
    const report = parseReport(r.stdout);
    expectValidReport(report);
    expect((JSON.parse(r.stdout) as { schemaVersion: number }).schemaVersion).toBe(2);
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
    const report = parseReport(r.stdout);
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

  it('a binary saved plan or setup-terraform wrapper output: exit 2 with the way out, no stack trace', async () => {
    const tfplan = join(dir, 'tfplan');
    writeFileSync(tfplan, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(32)]));
    const bin = await run('check', '--policy', SEED_POLICY, '--plan', tfplan);
    expect(bin.code).toBe(2);
    expect(bin.stderr).toContain('this is a binary plan');
    expect(bin.stderr).toContain('`terraform show -json tfplan > plan.json`');
    expect(bin.stderr).not.toMatch(/\n\s+at /);

    const wrapped = join(dir, 'wrapped.json');
    const json = readFileSync(SEED_PLAN, 'utf8');
    writeFileSync(
      wrapped,
      `[command]/home/runner/work/_temp/1f2e/terraform-bin show -json tfplan\n${json}\n::debug::Terraform exited with code 0.\n`,
    );
    const wr = await run('check', '--policy', SEED_POLICY, '--plan', wrapped);
    expect(wr.code).toBe(2);
    expect(wr.stderr).toContain('set `terraform_wrapper: false`');
    expect(wr.stdout).toBe('');
  });

  it("OpenTofu's `tofu show -json` is evaluated as Terraform's", async () => {
    // The seed plan as OpenTofu 1.9.1 writes `tofu show -json tfplan` for the same configuration: the
    // same format 1.2 document, its own version in terraform_version, and provider addresses in the
    // OpenTofu registry (registry.opentofu.org/hashicorp/aws in provider_name and full_name).
    const tofu = join(dir, 'tofu-plan.json');
    const text = readFileSync(SEED_PLAN, 'utf8')
      .replace('"terraform_version": "1.9.5"', '"terraform_version": "1.9.1"')
      .replaceAll('registry.terraform.io/hashicorp/aws', 'registry.opentofu.org/hashicorp/aws');
    expect(text).not.toContain('registry.terraform.io');
    writeFileSync(tofu, text);
    const args = [
      'check',
      '--policy',
      SEED_POLICY,
      '--terraform-dir',
      'examples/seed-advanced',
      '--format',
      'json',
    ];
    const tf = await run(...args, '--plan', SEED_PLAN);
    const ot = await run(...args, '--plan', tofu);
    expect(ot.code).toBe(tf.code);
    expect(ot.code).toBe(0);
    const strip = (s: string) =>
      JSON.stringify(JSON.parse(s)).replaceAll(tofu, 'PLAN').replaceAll(SEED_PLAN, 'PLAN');
    expect(strip(ot.stdout)).toBe(strip(tf.stdout));
    expect(parseReport(ot.stdout).buckets[0]!.status).toBe('covered');
  });

  it('--format sarif with --terraform-dir: results point at the Terraform lines, one run with its category', async () => {
    const r = await run(
      'check',
      '--policy',
      SEED_POLICY,
      '--plan',
      SEED_PLAN,
      '--terraform-dir',
      'examples/seed-advanced',
      '--format',
      'sarif',
    );
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout) as {
      runs: {
        automationDetails?: { id: string };
        results: {
          locations: {
            physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }[];
      }[];
    };
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.automationDetails?.id).toBe('s3-trail-guard/');
    const main = readFileSync('examples/seed-advanced/main.tf', 'utf8').split('\n');
    const places = log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation!);
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) {
      expect(p.artifactLocation.uri).toBe('examples/seed-advanced/main.tf');
      expect(main[p.region.startLine - 1]).toMatch(/aws_cloudtrail/);
    }
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
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(2);
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
    expect(r.stdout).toContain(
      '**To decide it**: the values come from `aws_s3_bucket.important_bucket.arn`, known only after apply — give `--terraform-dir DIR`',
    );
    expect(r.stdout).toContain('important\\-bucket\\-yamamoto012345678901');
  });
});
