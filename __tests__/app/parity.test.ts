// Every setting has a CLI flag and an Action input with the same meaning and default: the table in
// app/settings.ts names them, action.yml and the CLI's parser are checked against it, and equivalent argv
// and inputs build equal Settings. The README's CLI table is generated from the same table
// (UPDATE_README=1 npm run jest -- __tests__/app/parity.test.ts rewrites it).
import { describe, expect, it } from '@jest/globals';
import { parse as load } from 'yaml';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getInputs, settingsOf } from '../../src/action/inputs.js';
import { SETTING_OPTIONS, type Settings } from '../../src/app/settings.js';
import { cliFlags, renderCliTable, settingsFromArgs } from '../../src/cli/cli.js';
import { FORMATS } from '../../src/outputs/index.js';
import { parseArgs } from 'node:util';

const action = load(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
};
const ROOT = process.cwd();
const TEMP = resolve(ROOT, 'tmp-runner');

function fromArgv(argv: string[]): Settings {
  const options = Object.fromEntries(
    cliFlags().map((f) => [
      f.cli,
      {
        type: f.value ? ('string' as const) : ('boolean' as const),
        ...(f.repeatable ? { multiple: true } : {}),
      },
    ]),
  );
  const { values } = parseArgs({ args: argv, options, strict: true });
  return settingsFromArgs(values);
}
function fromInputs(inputs: Record<string, string>): Settings {
  const i = getInputs((n) => inputs[n] ?? '', { workspace: ROOT, cwd: ROOT, runnerTemp: TEMP });
  return settingsOf(i);
}
/** The Action always writes its JSON report (to RUNNER_TEMP by default); the rest must be equal. */
const withoutDefaultReport = (s: Settings) => ({
  ...s,
  outputs: s.outputs.filter((o) => !(o.format === 'json' && o.file?.startsWith(TEMP)) && o.file),
});

describe('Settings parity between the CLI and the Action', () => {
  it('every setting has a CLI flag and an Action input with the same default', () => {
    const flags = new Map(cliFlags().map((f) => [f.cli, f]));
    for (const o of SETTING_OPTIONS) {
      expect([o.setting, flags.has(o.cli)]).toEqual([o.setting, true]);
      const input = action.inputs[o.input];
      expect([o.setting, input !== undefined]).toEqual([o.setting, true]);
      const want = o.actionDefault?.value ?? o.default;
      if (o.setting === 'policy') expect(input?.required).toBe(true);
      else expect([o.input, String(input?.default ?? '')]).toEqual([o.input, want]);
    }
  });

  it('every output format has a --FORMAT-file flag and an Action input of the same name, default empty', () => {
    const flags = new Set(cliFlags().map((f) => f.cli));
    for (const f of FORMATS) {
      expect([f.name, flags.has(f.fileOption)]).toEqual([f.name, true]);
      expect([f.name, action.inputs[f.fileOption]?.default]).toEqual([f.name, '']);
    }
  });

  const P1 = 'examples/seed-advanced/plan.json';
  const P2 = 'examples/seed-basic/plan.json';
  const cases: [string, string[], Record<string, string>][] = [
    ['defaults', ['--policy', 'p.yml', '--plan', P1], { policy: 'p.yml', 'plan-file': P1 }],
    [
      'fail-on and fail-on-unknown',
      ['--policy', 'p.yml', '--plan', P1, '--fail-on', 'warning', '--fail-on-unknown', 'false'],
      { policy: 'p.yml', 'plan-file': P1, 'fail-on': 'warning', 'fail-on-unknown': 'false' },
    ],
    [
      'several plans, each with its terraform dir',
      [
        '--policy',
        'p.yml',
        '--plan',
        P1,
        '--plan',
        P2,
        '--terraform-dir',
        'examples/seed-advanced',
        '--terraform-dir',
        'examples/seed-basic',
      ],
      {
        policy: 'p.yml',
        'plan-file': `${P1}\n${P2}`,
        'terraform-dir': 'examples/seed-advanced, examples/seed-basic',
      },
    ],
    [
      'live with a Region',
      ['--policy', 'p.yml', '--live', '--region', 'eu-west-1'],
      { policy: 'p.yml', 'aws-region': 'eu-west-1' },
    ],
    [
      'organization, one shard, a role and excluded accounts',
      [
        '--policy',
        'p.yml',
        '--organization',
        '--role-name',
        'Audit/Reader',
        '--shard',
        '2/3',
        '--exclude-accounts',
        '111122223333,444455556666',
        '--concurrency',
        '4',
        '--region',
        'eu-west-1',
      ],
      {
        policy: 'p.yml',
        organization: 'true',
        'role-name': 'Audit/Reader',
        shard: '2/3',
        'exclude-accounts': '111122223333,444455556666',
        concurrency: '4',
        'aws-region': 'eu-west-1',
      },
    ],
    [
      'plan over live',
      ['--policy', 'p.yml', '--plan', P1, '--live'],
      { policy: 'p.yml', 'plan-file': P1, mode: 'plan+live' },
    ],
    [
      'file outputs',
      [
        '--policy',
        'p.yml',
        '--plan',
        P1,
        '--sarif-file',
        resolve(ROOT, 'o.sarif'),
        '--markdown-file',
        resolve(ROOT, 'o.md'),
      ],
      { policy: 'p.yml', 'plan-file': P1, 'sarif-file': 'o.sarif', 'markdown-file': 'o.md' },
    ],
  ];
  it.each(cases)('%s: argv and inputs give the same Settings', (_name, argv, inputs) => {
    const cli = fromArgv(argv);
    const act = fromInputs(inputs);
    // The CLI's standard output is not a file; the Action has no standard-output report.
    const cliFiles = { ...cli, outputs: cli.outputs.filter((o) => o.file) };
    expect(withoutDefaultReport(act)).toEqual(cliFiles);
  });

  it("the README's CLI table is generated from the settings and the formats", () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = '<!-- cli-flags:start -->';
    const end = '<!-- cli-flags:end -->';
    const a = readme.indexOf(start);
    const b = readme.indexOf(end);
    expect(a).toBeGreaterThan(-1);
    const block = `${start}\n\n${renderCliTable()}\n\n${end}`;
    if (process.env['UPDATE_README'] && readme.slice(a, b + end.length) !== block)
      writeFileSync('README.md', readme.slice(0, a) + block + readme.slice(b + end.length));
    else expect(readme.slice(a, b + end.length)).toBe(block);
  });
});
