/**
 * The seed article's Terraform (examples/seed-*) through plan adapter, engine and every rule: the correct
 * policy passes every error rule; removing one condition from the policy document (in the source and in
 * the plan alike, as a real re-plan would) fails exactly the rule about it.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicy } from '../../src/config/load-policy.js';
import { evaluate } from '../../src/app/run.js';
import { adaptPlan } from '../../src/sources/terraform-plan/adapt.js';
import { loadTerraformDir } from '../../src/sources/terraform-plan/hcl.js';
import { expectValidReport } from '../helpers/report-schema.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Plan = {
  resource_changes: {
    type: string;
    change: {
      after: { statement: { condition: { variable: string }[] }[] };
      after_unknown: { statement: { condition: unknown[] }[] };
    };
  }[];
};

/** Drops the condition on `variable` from the policy document, in main.tf and in the plan. */
async function variant(example: string, drop?: string) {
  const dir = mkdtempSync(join(tmpdir(), 's3tg-seed-'));
  dirs.push(dir);
  let tf = readFileSync(`examples/${example}/main.tf`, 'utf8');
  const plan = JSON.parse(readFileSync(`examples/${example}/plan.json`, 'utf8')) as Plan;
  if (drop) {
    const lines = tf.split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
      if (!lines[i]!.includes(`variable = "${drop}"`)) continue;
      let start = i;
      while (!/^\s*condition \{\s*$/.test(lines[start]!)) start--;
      const indent = /^\s*/.exec(lines[start]!)![0];
      let end = i;
      while (lines[end] !== `${indent}}`) end++;
      lines.splice(start, end - start + 1);
    }
    tf = lines.join('\n');
    for (const rc of plan.resource_changes) {
      if (rc.type !== 'aws_iam_policy_document') continue;
      rc.change.after.statement.forEach((st, i) => {
        const keep = st.condition.map((c) => c.variable !== drop);
        st.condition = st.condition.filter((_c, j) => keep[j]);
        const u = rc.change.after_unknown.statement[i]!;
        u.condition = u.condition.filter((_c, j) => keep[j]);
      });
    }
  }
  writeFileSync(join(dir, 'main.tf'), tf);
  const planFile = join(dir, 'plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  copyFileSync('policies/examples/seed.yml', join(dir, 'seed.yml'));
  const config = await loadTerraformDir(dir);
  const facts = adaptPlan(JSON.parse(readFileSync(planFile, 'utf8')), { file: planFile, config });
  const { report } = evaluate(facts, loadPolicy(join(dir, 'seed.yml')));
  expectValidReport(report);
  return report;
}

const errorRules = (r: Awaited<ReturnType<typeof variant>>) =>
  r.findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.ruleId}:${f.status}`)
    .sort();

describe.each(['seed-advanced', 'seed-basic'])('%s', (example) => {
  it('as written: covered, and every error rule passes (KMS and validation are warnings)', async () => {
    const r = await variant(example);
    expect(r.buckets[0]!.status).toBe('covered');
    expect(errorRules(r)).toEqual([]);
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['trail-kms', 'trail-log-file-validation']);
    expect(r.passed).toBe(true);
  });

  it('without the aws:SourceArn conditions: exactly log-bucket-source-arn fails', async () => {
    const r = await variant(example, 'aws:SourceArn');
    expect(errorRules(r)).toEqual(['log-bucket-source-arn:fail']);
    const f = r.findings.find((x) => x.ruleId === 'log-bucket-source-arn')!;
    expect(f.remediation?.json).toContain(
      '"aws:SourceArn": "arn:aws:cloudtrail:ap-northeast-1:123456789012:trail/example"',
    );
    expect(f.remediation?.terraform).toContain(
      'arn:aws:s3:::tf-test-trail-yamamoto012345678901/prefix/AWSLogs/123456789012/*',
    );
  });

  it('without the s3:x-amz-acl condition: exactly log-bucket-acl-condition fails', async () => {
    const r = await variant(example, 's3:x-amz-acl');
    expect(errorRules(r)).toEqual(['log-bucket-acl-condition:fail']);
  });
});
