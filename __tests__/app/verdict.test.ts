// One verdict everywhere: for every fail-on × fail-on-unknown × outcome, the CLI's exit code, report.passed,
// the text summary line, the markdown heading, the Action's `result` output and its step status agree with
// one expected table (written here by hand, not computed by the code under test).
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FailOn } from '../../src/app/settings.js';
import type { Facts } from '../../src/model/facts.js';
import { SOURCES, type SourceSpec } from '../../src/sources/index.js';
import type { FactSource } from '../../src/sources/source.js';
import * as core from '../action/helpers/core.js';
import { basic, basicSet, factsOf, trail } from '../helpers/facts-builders.js';
import { expectValidReport, parseReport } from '../helpers/report-schema.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run: actionRun } = await import('../../src/action/main.js');
const { run } = await import('../../src/app/run.js');
const { main } = await import('../../src/cli/cli.js');

const dir = mkdtempSync(join(tmpdir(), 's3tg-verdict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BUCKET = 'acme-pii-prod';
const policyFile = (kms: 'off' | 'warning') => {
  const file = join(dir, `policy-${kms}.yml`);
  writeFileSync(
    file,
    [
      'version: 1',
      'buckets:',
      `  - name: ${BUCKET}`,
      '    region: us-east-1',
      'require:',
      '  rules:',
      '    log-bucket-delivery-grant: "off"',
      '    log-bucket-source-arn: "off"',
      '    log-bucket-acl-condition: "off"',
      '    log-loop: "off"',
      '    trail-log-file-validation: "off"',
      `    trail-kms: "${kms}"`,
      '',
    ].join('\n'),
  );
  return file;
};
const PLAN = join(dir, 'plan.json');
writeFileSync(PLAN, '{}');

const everyObject = basicSet(basic(['arn:aws:s3']));
type Outcome = 'covered' | 'drift' | 'unknown' | 'warning-only';
const SCENARIOS: Record<Outcome, { facts: Facts; kms: 'off' | 'warning' }> = {
  covered: { facts: factsOf([trail({ selectors: everyObject })]), kms: 'off' },
  drift: { facts: factsOf([trail({ selectors: { kind: 'none' } })]), kms: 'off' },
  unknown: { facts: factsOf([trail({ selectors: null })]), kms: 'off' },
  // Covered, and the trail has no KMS key: a warning finding only.
  'warning-only': { facts: factsOf([trail({ selectors: everyObject })]), kms: 'warning' },
};
/** Stands in for the plan source: its options and specs, other facts. */
const fakeSource = (facts: Facts): FactSource<SourceSpec> =>
  ({
    ...SOURCES[0],
    collect: async (spec: SourceSpec) => ({ spec, after: facts }),
  }) as FactSource<SourceSpec>;

type Expected = { result: 'pass' | 'drift'; exit: 0 | 1 };
const P: Expected = { result: 'pass', exit: 0 };
const D1: Expected = { result: 'drift', exit: 1 };
const D0: Expected = { result: 'drift', exit: 0 };
// [outcome, fail-on, fail-on-unknown, expected]
const TABLE: [Outcome, FailOn, boolean, Expected][] = [
  ['covered', 'error', true, P],
  ['covered', 'warning', true, P],
  ['covered', 'never', true, P],
  ['covered', 'error', false, P],
  ['drift', 'error', true, D1],
  ['drift', 'warning', true, D1],
  ['drift', 'never', true, D0],
  ['drift', 'error', false, D1],
  ['drift', 'never', false, D0],
  ['unknown', 'error', true, D1],
  ['unknown', 'warning', true, D1],
  ['unknown', 'never', true, D0],
  ['unknown', 'error', false, P],
  ['unknown', 'warning', false, P],
  ['warning-only', 'error', true, P],
  ['warning-only', 'warning', true, D1],
  ['warning-only', 'never', true, P],
  ['warning-only', 'warning', false, D1],
];

describe('one verdict: CLI exit code, report.passed, headings, summary line, Action result', () => {
  it.each(TABLE)('%s, fail-on %s, fail-on-unknown %s', async (outcome, failOn, failOnUnknown, want) => {
    const s = SCENARIOS[outcome];
    const sources = [fakeSource(s.facts)];
    const policy = policyFile(s.kms);
    const md = join(dir, `${outcome}-${failOn}-${failOnUnknown}.md`);
    let stdout = '';
    const code = await main(
      [
        'check',
        '--policy',
        policy,
        '--plan',
        PLAN,
        '--fail-on',
        failOn,
        '--fail-on-unknown',
        String(failOnUnknown),
        '--format',
        'json',
        '--markdown-file',
        md,
      ],
      { stdout: (t) => (stdout += t), stderr: () => undefined },
      { sources },
    );
    const report = parseReport(stdout);
    expectValidReport(report);
    expect(code).toBe(want.exit);
    expect(report.passed).toBe(want.result === 'pass');
    expect(report.verdict).toMatchObject({ result: want.result, exitCode: want.exit, failOn, failOnUnknown });

    const heading = readFileSync(md, 'utf8').split('\n')[0] as string;
    if (want.result === 'drift') expect(heading).toMatch(want.exit ? /^### ❌ / : /^### ⚠️ .*not failing/);
    else expect(heading).toMatch(/^### ✅ /);
    if (want.result === 'pass')
      expect(heading).not.toMatch(/coverage drift|fails? the check|of severity error/);
    if (outcome === 'covered') expect(heading).toBe('### ✅ 1 sensitive bucket recorded by CloudTrail');
    if (outcome === 'unknown' && !failOnUnknown) expect(heading).toContain('no proven drift');
    if (outcome === 'warning-only' && failOn === 'warning') expect(heading).toContain('fails the check');

    let text = '';
    await main(
      [
        'check',
        '--policy',
        policy,
        '--plan',
        PLAN,
        '--fail-on',
        failOn,
        '--fail-on-unknown',
        String(failOnUnknown),
      ],
      { stdout: (t) => (text += t), stderr: () => undefined },
      { sources },
    );
    const last = text.trimEnd().split('\n').at(-1) as string;
    expect(last.split(' ')[0]).toBe(want.result === 'pass' ? 'PASSED' : want.exit ? 'FAILED' : 'DRIFT');

    core.reset({
      policy,
      'plan-file': PLAN,
      'fail-on': failOn,
      'fail-on-unknown': String(failOnUnknown),
      comment: 'never',
      'report-file': join(dir, 'action-report.json'),
    });
    await actionRun({
      context: { eventName: 'push', payload: {}, repo: { owner: 'o', repo: 'r' }, serverUrl: '', runId: 1 },
      env: { GITHUB_WORKSPACE: '/', RUNNER_TEMP: dir },
      cwd: process.cwd(),
      check: (settings) => run(settings, { sources }),
    });
    expect(core.outputs['result']).toBe(want.result);
    expect(core.byLevel('failed').length).toBe(want.exit);
    const summaryHeading = (core.summaries[0] ?? '').split('\n')[0];
    expect(summaryHeading).toBe(heading);
    const fromAction = parseReport(readFileSync(join(dir, 'action-report.json'), 'utf8'));
    expect(fromAction.passed).toBe(report.passed);
    expect(fromAction.verdict).toEqual(report.verdict);
  });
});
