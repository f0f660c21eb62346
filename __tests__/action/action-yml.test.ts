// action.yml is the Action's contract: its inputs match what src/inputs.ts reads (with the same defaults),
// its outputs match what src/main.ts sets, the README's table is generated from it, and the example
// workflows only use inputs and outputs that exist, with the permissions they need.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse as load } from 'yaml';
import { evaluate } from '../../src/app/run.js';
import { main } from '../../src/cli/cli.js';
import type { Facts } from '../../src/model/facts.js';
import type { Report } from '../../src/outputs/report.js';
import { DEFAULT_ROLE_NAME } from '../../src/sources/organization/source.js';
import { bucket, factsOf, policyOf, requirement } from '../helpers/facts-builders.js';
import { INPUT_DEFAULTS } from '../../src/action/inputs.js';
import { expandPlanFiles } from '../../src/action/plan-files.js';
// @ts-expect-error: a plain ES module script without type declarations
import { END, START, renderActionTables } from '../../scripts/gen-readme-action.mjs';
import { FORMATS } from '../../src/outputs/index.js';
import { sourceOptions } from '../../src/sources/index.js';

interface ActionYml {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}
const text = readFileSync('action.yml', 'utf8');
const action = load(text) as ActionYml;

describe('action.yml', () => {
  it('runs dist/index.js on node24, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it('every input has a description, and the defaults are the ones src/inputs.ts applies', () => {
    for (const [name, spec] of Object.entries(action.inputs))
      expect([name, spec.description]).toEqual([name, expect.any(String)]);
    const defaults = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([name, spec]) => !spec.required && name !== 'github-token')
        .map(([name, spec]) => [name, String(spec.default ?? '')]),
    );
    expect(defaults).toEqual(INPUT_DEFAULTS);
    expect(action.inputs['policy']?.required).toBe(true);
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
  });

  it('declares every input src/inputs.ts reads and every output src/main.ts sets', () => {
    const inputsTs = readFileSync('src/action/inputs.ts', 'utf8');
    // Inputs read by name, and the file input of every output format (read through the format registry).
    const read = new Set([
      ...[...inputsTs.matchAll(/(?:get|read)\('([a-z-]+)'\)/g)].map((m) => m[1]),
      ...FORMATS.map((f) => f.fileOption),
      // The sources' inputs, read through the source registry.
      ...sourceOptions().map((o) => o.input),
    ]);
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
    const mainTs = readFileSync('src/action/publish/context.ts', 'utf8');
    const block = /const OUTPUTS = \[([^\]]*)\]/.exec(mainTs)?.[1] ?? '';
    const set = [...block.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    expect(set.sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

describe('README', () => {
  it('has the inputs and outputs table generated from action.yml (run node scripts/gen-readme-action.mjs)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const a = readme.indexOf(START);
    const b = readme.indexOf(END);
    expect(a).toBeGreaterThan(-1);
    expect(readme.slice(a, b + END.length)).toBe(renderActionTables(text));
  });

  it('names the permission each feature needs', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const p of ['pull-requests: write', 'security-events: write', 'id-token: write', 'issues: write'])
      expect(readme).toContain(p);
  });
});

describe('examples/workflows', () => {
  interface Step {
    uses?: string;
    id?: string;
    if?: string;
    'continue-on-error'?: boolean;
    with?: Record<string, unknown>;
    run?: string;
    name?: string;
  }
  interface Workflow {
    permissions?: Record<string, string>;
    jobs: Record<
      string,
      {
        permissions?: Record<string, string>;
        steps: Step[];
        needs?: string;
        if?: string;
        strategy?: { 'fail-fast'?: boolean; matrix: Record<string, unknown[]> };
      }
    >;
  }
  const dir = 'examples/workflows';
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

  it('has the five documented workflows, each linked from the README', () => {
    expect(files.sort()).toEqual([
      'monorepo-plans.yml',
      'organization-shards.yml',
      'plan-and-live.yml',
      'pr-plan-gate.yml',
      'scheduled-live-scan.yml',
    ]);
    const readme = readFileSync('README.md', 'utf8');
    for (const f of files) expect(readme).toContain(`(examples/workflows/${f})`);
  });

  it("monorepo-plans.yml passes every stack's plan JSON through one plan-file glob that the Action expands", () => {
    const wf = load(readFileSync(`${dir}/monorepo-plans.yml`, 'utf8')) as Workflow;
    const steps = Object.values(wf.jobs)[0]!.steps;
    const planned = steps.find((s) => s.run?.includes('show -json tfplan'))!.run!;
    const out = /> "\$RUNNER_TEMP\/plans\/.*\.json"$/m.exec(planned);
    expect(out).not.toBeNull();
    const guard = steps.find((s) => s.uses?.startsWith('org/s3-trail-guard@'))!;
    expect(guard.with?.['plan-file']).toBe('${{ runner.temp }}/plans/*.json');
    // The glob as the Action reads it: every stack's file, sorted, none of another directory.
    const tmp = mkdtempSync(join(tmpdir(), 's3tg-monorepo-'));
    mkdirSync(join(tmp, 'plans'));
    for (const f of ['live_prod_logs.json', 'live_dev_app.json', 'notes.txt'])
      writeFileSync(join(tmp, 'plans', f), '{}');
    expect(expandPlanFiles(join(tmp, 'plans', '*.json'), '/')).toEqual([
      join(tmp, 'plans', 'live_dev_app.json'),
      join(tmp, 'plans', 'live_prod_logs.json'),
    ]);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('organization-shards.yml: N shards of a matrix, each uploading its report; one job merges them (the CLI), opens the issue, fails on drift', async () => {
    const wf = load(readFileSync(`${dir}/organization-shards.yml`, 'utf8')) as Workflow;
    const { shard, merge } = wf.jobs as Record<string, Workflow['jobs'][string]>;
    const guard = shard!.steps.find((s) => s.uses?.startsWith('org/s3-trail-guard@'))!;
    const w = guard.with ?? {};
    expect([w['organization'], w['role-name']]).toEqual([true, DEFAULT_ROLE_NAME]);
    // shard: ${{ matrix.shard }}/N with the matrix listing 1..N.
    const n = Number(/^\$\{\{ matrix\.shard \}\}\/(\d+)$/.exec(String(w['shard']))?.[1]);
    expect(shard!.strategy?.matrix['shard']).toEqual(Array.from({ length: n }, (_, k) => k + 1));
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThanOrEqual(256); // GitHub's limit of jobs per matrix
    expect(shard!.strategy?.['fail-fast']).toBe(false);
    // A shard with drift still uploads its report, for the merge.
    expect(guard['continue-on-error']).toBe(true);
    const upload = shard!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toBe('always()');
    expect(upload.with?.['path']).toBe(w['report-file']);
    expect(String(upload.with?.['name'])).toContain('${{ matrix.shard }}');
    // The merge job: after every shard, even failed ones (merge names a missing shard: exit 2).
    expect(merge!.needs).toBe('shard');
    expect(merge!.if).toContain('!cancelled()');
    const download = merge!.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(String(upload.with?.['name']).replace('${{ matrix.shard }}', '*')).toBe(
      download.with?.['pattern'],
    );
    expect(download.with?.['merge-multiple']).toBe(true);
    // The merge command line, run as the workflow runs it: the CLI's flags, over real shard reports.
    const script = merge!.steps.find((s) => s.id === 'merge')!.run!;
    const line = script.split('\n').find((l) => /s3-trail-guard@\S* merge /.test(l))!;
    const tmp = mkdtempSync(join(tmpdir(), 's3tg-org-wf-'));
    mkdirSync(join(tmp, 'shards'));
    const policy = policyOf(requirement('acme-pii-prod'));
    for (let index = 1; index <= n; index++) {
      const facts: Facts = {
        ...factsOf([], [bucket('acme-pii-prod', 'us-east-1', '111111111111')]),
        mode: 'organization',
        scope: { accounts: index === 1 ? ['111111111111'] : [], shard: { index, count: n } },
      };
      const file = basename(String(w['report-file']).replace('${{ matrix.shard }}', String(index)));
      writeFileSync(join(tmp, 'shards', file), JSON.stringify(evaluate(facts, policy).report));
    }
    const argv = line
      .replace(/^.*?s3-trail-guard@\S* merge /, '')
      .replaceAll('$RUNNER_TEMP', tmp)
      .replaceAll('"', '')
      .split(/\s+/)
      .flatMap((a) =>
        a.includes('*') ? readdirSync(join(tmp, 'shards')).map((f) => join(tmp, 'shards', f)) : [a],
      );
    const err: string[] = [];
    const code = await main(['merge', ...argv], { stdout: () => {}, stderr: (t) => err.push(t) });
    expect([code, err.join('')]).toEqual([1, expect.stringContaining('drift')]);
    expect(readFileSync(join(tmp, 'merged.md'), 'utf8')).toContain('acme\\-pii\\-prod');
    expect((JSON.parse(readFileSync(join(tmp, 'merged.json'), 'utf8')) as Report).mode).toBe('organization');
    rmSync(tmp, { recursive: true, force: true });
    expect(script).toContain('echo "code=$code" >> "$GITHUB_OUTPUT"');
    // The step itself under bash, with an npx that writes the reports merge would (or fails as npm does).
    const runStep = (shards: Record<string, unknown>, npx: string) => {
      const t = mkdtempSync(join(tmpdir(), 's3tg-org-step-'));
      mkdirSync(join(t, 'shards'));
      mkdirSync(join(t, 'bin'));
      for (const [f, j] of Object.entries(shards)) writeFileSync(join(t, 'shards', f), JSON.stringify(j));
      writeFileSync(
        join(t, 'bin', 'npx'),
        `#!/usr/bin/env bash\necho "$2" > "$RUNNER_TEMP/npx-package"\n${npx}\n`,
        {
          mode: 0o755,
        },
      );
      const env = {
        PATH: `${join(t, 'bin')}:${process.env['PATH'] ?? ''}`,
        RUNNER_TEMP: t,
        GITHUB_OUTPUT: join(t, 'output'),
        GITHUB_STEP_SUMMARY: join(t, 'summary'),
      };
      const res = spawnSync('bash', ['-e', '-c', script], { env, encoding: 'utf8' });
      const out = {
        status: res.status,
        output: readFileSync(join(t, 'output'), 'utf8'),
        pkg: readFileSync(join(t, 'npx-package'), 'utf8').trim(),
      };
      rmSync(t, { recursive: true, force: true });
      return out;
    };
    const shardReport = { tool: { name: 's3-trail-guard', version: '0.1.0' } };
    // Drift: merge wrote its reports and exited 1.
    expect(
      runStep(
        { 'shard-1.json': shardReport },
        'touch "$RUNNER_TEMP/merged.json" "$RUNNER_TEMP/merged.md"; exit 1',
      ),
    ).toEqual({
      status: 0,
      output: 'code=1\n',
      pkg: 's3-trail-guard@0.1.0',
    });
    // npm could not install the CLI (exit 1, no report), shard 1 missing: an error, not drift.
    expect(runStep({ 'shard-2.json': shardReport }, 'exit 1')).toEqual({
      status: 0,
      output: 'code=2\n',
      pkg: 's3-trail-guard@0.1.0',
    });
    // The issue: opened or updated on drift (code 1), closed on pass; the run fails on drift or error.
    const issue = merge!.steps.find((s) => /gh issue create/.test(s.run ?? ''))!;
    expect(issue.run).toMatch(/gh issue edit/);
    expect(issue.run).toMatch(/gh issue close/);
    const verdict = merge!.steps.find((s) => s.name === 'Verdict')!;
    expect(verdict.run).toMatch(/1\) .*exit 1/);
    expect(verdict.run).toMatch(/\*\) .*exit 2/);
  });

  it.each(files)('%s uses only declared inputs and outputs, with the permissions they need', (file) => {
    const wfText = readFileSync(`${dir}/${file}`, 'utf8');
    const wf = load(wfText) as Workflow;
    for (const job of Object.values(wf.jobs)) {
      const perms = job.permissions ?? wf.permissions ?? {};
      const guard = job.steps.find((s) => s.uses?.startsWith('org/s3-trail-guard@'));
      // A job without the Action runs the CLI (the merge of organization shards).
      if (!guard) {
        expect(job.steps.some((s) => /s3-trail-guard@\S* merge /.test(s.run ?? ''))).toBe(true);
        if (job.steps.some((s) => /gh issue (create|edit|close)/.test(s.run ?? '')))
          expect(perms['issues']).toBe('write');
        continue;
      }
      for (const k of Object.keys(guard!.with ?? {})) expect(Object.keys(action.inputs)).toContain(k);
      const w = guard!.with ?? {};
      if (w['plan-file']) {
        const tf = job.steps.find((s) => s.uses?.startsWith('hashicorp/setup-terraform@'));
        expect(tf?.with?.['terraform_wrapper']).toBe(false);
      }
      if (w['comment'] !== 'never' && /pull_request/.test(wfText))
        expect(perms['pull-requests']).toBe('write');
      if (w['issue'] === true || w['issue'] === 'true') expect(perms['issues']).toBe('write');
      if (job.steps.some((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@')))
        expect(perms['id-token']).toBe('write');
      if (job.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))) {
        expect(perms['security-events']).toBe('write');
        expect(w['sarif-file']).toBeTruthy();
      }
      for (const m of wfText.matchAll(/steps\.guard\.outputs\.([a-z-]+)/g))
        expect(Object.keys(action.outputs)).toContain(m[1]);
    }
  });
});
