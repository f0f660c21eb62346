import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ActionInputError, getInputs } from '../../src/action/inputs.js';

const ROOT = process.cwd();
const env = { workspace: ROOT, cwd: ROOT, runnerTemp: '/runner/temp' };
const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const BASE = { policy: 'policies/examples/seed.yml', 'plan-file': 'examples/seed-advanced/plan.json' };

describe('getInputs', () => {
  it('applies the defaults of action.yml to empty inputs', () => {
    expect(getInputs(read(BASE), env)).toEqual({
      policy: 'policies/examples/seed.yml',
      planFiles: ['examples/seed-advanced/plan.json'],
      terraformDirs: [],
      files: {},
      sourceValues: {
        live: false,
        plan: ['examples/seed-advanced/plan.json'],
        'terraform-dir': [],
        organization: false,
        'role-name': 'S3TrailGuardReadOnly',
        concurrency: '8',
      },
      mode: 'plan',
      failOn: 'error',
      failOnUnknown: true,
      comment: 'auto',
      commentKey: 'default',
      githubToken: '',
      reportFile: '/runner/temp/s3-trail-guard-default.json',
      jobSummary: true,
      issue: false,
      workingDirectory: ROOT,
    });
  });

  it('mode auto is plan with a plan file, else live', () => {
    expect(getInputs(read({ policy: 'p.yml' }), env).mode).toBe('live');
    expect(getInputs(read({ ...BASE, mode: 'plan+live' }), env).mode).toBe('plan+live');
  });

  it('resolves paths from working-directory; outputs are absolute', () => {
    const i = getInputs(
      read({
        policy: 'seed.yml',
        'plan-file': '/abs/plan.json',
        'working-directory': 'policies/examples',
        'sarif-file': 'out/x.sarif',
        'report-file': 'r.json',
        'comment-key': 'prod/eu',
      }),
      env,
    );
    expect(i.policy).toBe(join('policies', 'examples', 'seed.yml'));
    expect(i.planFiles).toEqual(['/abs/plan.json']);
    expect(i.files['sarif-file']).toBe(resolve(ROOT, 'policies/examples/out/x.sarif'));
    expect(i.reportFile).toBe(resolve(ROOT, 'policies/examples/r.json'));
    expect(i.workingDirectory).toBe(resolve(ROOT, 'policies/examples'));
  });

  it('the default report file name is safe for any comment key', () => {
    const dir = mkdtempSync(join(tmpdir(), 's3tg-in-'));
    const i = getInputs(read({ ...BASE, 'comment-key': 'prod/eu-1' }), { ...env, runnerTemp: dir });
    expect(i.reportFile).toBe(join(dir, 's3-trail-guard-prod_eu-1.json'));
  });

  it('accepts the YAML 1.2 booleans', () => {
    expect(getInputs(read({ ...BASE, 'job-summary': 'FALSE', issue: 'True' }), env)).toMatchObject({
      jobSummary: false,
      issue: true,
    });
  });

  const bad: [string, Record<string, string>, string][] = [
    ['policy', { 'plan-file': 'x.json' }, "Input 'policy' is required: the path of the policy file (YAML)."],
    [
      'fail-on',
      { ...BASE, 'fail-on': 'fatal' },
      `Input 'fail-on' must be one of error, warning, never; got "fatal".`,
    ],
    [
      'comment',
      { ...BASE, comment: 'yes' },
      `Input 'comment' must be one of auto, always, never; got "yes".`,
    ],
    [
      'mode',
      { ...BASE, mode: 'both' },
      `Input 'mode' must be one of auto, plan, live, plan+live; got "both".`,
    ],
    [
      'fail-on-unknown',
      { ...BASE, 'fail-on-unknown': 'yes' },
      `Input 'fail-on-unknown' must be true or false; got "yes".`,
    ],
    ['job-summary', { ...BASE, 'job-summary': '1' }, `Input 'job-summary' must be true or false; got "1".`],
    ['issue', { ...BASE, issue: 'on' }, `Input 'issue' must be true or false; got "on".`],
    ['aws-region', { ...BASE, 'aws-region': 'Frankfurt' }, 'must be an AWS Region name such as us-east-1'],
    ['comment-key', { ...BASE, 'comment-key': 'a -->' }, "Input 'comment-key' must be 1-64 characters"],
    ['plan-file', { policy: 'p.yml', mode: 'plan' }, "Input 'plan-file' is required when mode is plan"],
    ['mode', { ...BASE, mode: 'live' }, "Input 'mode' is live, but 'plan-file' is set"],
    [
      'terraform-dir',
      { policy: 'p.yml', 'terraform-dir': 'infra' },
      "Input 'terraform-dir' needs 'plan-file'",
    ],
    [
      'working-directory',
      { ...BASE, 'working-directory': 'nope' },
      "Input 'working-directory' must be an existing directory",
    ],
  ];
  it.each(bad)('a bad %s names the input and what was expected', (name, values, message) => {
    let err: unknown;
    try {
      getInputs(read(values), env);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ActionInputError);
    expect((err as ActionInputError).input).toBe(name);
    expect((err as Error).message).toContain(message);
  });
});
