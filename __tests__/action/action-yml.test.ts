// action.yml is the Action's contract: its inputs match what src/inputs.ts reads (with the same defaults),
// its outputs match what src/main.ts sets, the README's table is generated from it, and the example
// workflows only use inputs and outputs that exist, with the permissions they need.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as load } from 'yaml';
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
    with?: Record<string, unknown>;
    run?: string;
  }
  interface Workflow {
    permissions?: Record<string, string>;
    jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
  }
  const dir = 'examples/workflows';
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

  it('has the four documented workflows, each linked from the README', () => {
    expect(files.sort()).toEqual([
      'monorepo-plans.yml',
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

  it.each(files)('%s uses only declared inputs and outputs, with the permissions they need', (file) => {
    const wfText = readFileSync(`${dir}/${file}`, 'utf8');
    const wf = load(wfText) as Workflow;
    for (const job of Object.values(wf.jobs)) {
      const perms = job.permissions ?? wf.permissions ?? {};
      const guard = job.steps.find((s) => s.uses?.startsWith('org/s3-trail-guard@'));
      expect(guard).toBeDefined();
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
