// action.yml is the Action's contract: its inputs match what src/inputs.ts reads (with the same defaults),
// its outputs match what src/main.ts sets, the README's table is generated from it, and the example
// workflows only use inputs and outputs that exist, with the permissions they need.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { INPUT_DEFAULTS } from '../../src/action/inputs.js';
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

  it('has the three documented workflows', () => {
    expect(files.sort()).toEqual(['plan-and-live.yml', 'pr-plan-gate.yml', 'scheduled-live-scan.yml']);
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
