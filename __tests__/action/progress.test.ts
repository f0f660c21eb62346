// Live progress in the Action's log (issue 14: "Live mode prints progress … when it runs longer than a
// second"; the CLI prints it on stderr, __tests__/cli/cli-live.test.ts). The run's progress lines are
// text from the account, so each is logged where the runner reads no workflow command.
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunDeps } from '../../src/app/run.js';
import type { Settings } from '../../src/app/settings.js';
import * as core from './helpers/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/action/main.js');
const { run: runCheck } = await import('../../src/app/run.js');

const ROOT = process.cwd();
const tmp = mkdtempSync(join(tmpdir(), 's3tg-progress-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const INPUTS = {
  policy: 'policies/examples/seed.yml',
  'plan-file': 'examples/seed-advanced/plan.json',
  'terraform-dir': 'examples/seed-advanced',
  'github-token': 'ghs_test',
  comment: 'never',
  'report-file': join(tmp, 'report.json'),
};
const context = {
  eventName: 'push',
  payload: {},
  repo: { owner: 'o', repo: 'r' },
  serverUrl: 'https://github.com',
  runId: 1,
};

const HOSTILE = 'live: eu-west-1: ::set-output name=result::pass\n::error::pwned \u001b[31mred (2 AWS calls)';

/** The real run, with the progress lines a live source would send, and the progress threshold given. */
async function runWith(lines: readonly string[], progressAfterMs?: number): Promise<string[]> {
  core.reset(INPUTS);
  let seen: RunDeps | undefined;
  await run({
    getOctokit: () => {
      throw new Error('no GitHub call expected');
    },
    context,
    env: { GITHUB_WORKSPACE: ROOT, RUNNER_TEMP: tmp },
    cwd: ROOT,
    ...(progressAfterMs !== undefined ? { progressAfterMs } : {}),
    check: async (settings: Settings, deps?: RunDeps) => {
      seen = deps;
      for (const l of lines) deps?.progress?.(l);
      return runCheck(settings, deps);
    },
  });
  expect(typeof seen?.progress).toBe('function');
  return core.byLevel('info');
}

describe('live progress in the Action log', () => {
  it('a slow run (threshold 0 here) logs each progress line, prefixed, inside its own stop-commands region', async () => {
    const infos = await runWith(['live: Regions of 1 bucket read (1 AWS call)', HOSTILE], 0);
    expect(core.outputs['result']).toBe('pass');
    const regions: string[] = [];
    for (const [i, m] of infos.entries()) {
      if (!m.startsWith('::stop-commands::')) continue;
      const token = m.slice('::stop-commands::'.length);
      expect(token).toMatch(/^[0-9a-f]{32}$/);
      expect(infos[i + 2]).toBe(`::${token}::`);
      regions.push(infos[i + 1] as string);
    }
    // The two progress lines, then the text report.
    expect(regions.slice(0, 2)).toEqual([
      's3-trail-guard: live: Regions of 1 bucket read (1 AWS call)',
      // Terminal escapes dropped, as everywhere in the log; the command text stays inert inside the region.
      's3-trail-guard: live: eu-west-1: ::set-output name=result::pass\n::error::pwned red (2 AWS calls)',
    ]);
    expect(regions[1]).not.toContain('\u001b');
    expect(regions).toHaveLength(3);
    // Outside the regions, nothing starts with '::'.
    let inside = false;
    for (const m of infos) {
      if (m.startsWith('::stop-commands::')) inside = true;
      else if (inside && /^::[0-9a-f]{32}::$/.test(m)) inside = false;
      else if (!inside) for (const line of m.split('\n')) expect(line.startsWith('::')).toBe(false);
    }
  });

  it('a run quicker than a second (the default threshold) logs no progress', async () => {
    const infos = await runWith(['live: Regions of 1 bucket read (1 AWS call)']);
    expect(core.outputs['result']).toBe('pass');
    expect(infos.filter((m) => m.includes('live: Regions'))).toEqual([]);
    expect(infos.filter((m) => m.startsWith('::stop-commands::'))).toHaveLength(1);
  });
});
