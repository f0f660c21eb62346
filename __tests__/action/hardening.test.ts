// The Action under hostile input and faults: workflow-command injection through report text, another bot's
// comment carrying our marker, a comment we may not edit, a GitHub that never answers, error texts that
// carry secrets, and output paths that leave the workspace. Real Octokit over nock, or over a local
// 127.0.0.1 server for the stall.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import type { BucketCoverage } from '../../src/engine/types.js';
import { withVerdict } from '../helpers/report.js';
import * as core from './helpers/core.js';
import { API, BOT, FakeGitHub, type FakeUser } from './helpers/fake-github.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/action/main.js');
const { getOctokit } = await import('@actions/github');

const ROOT = process.cwd();
const tmp = mkdtempSync(join(tmpdir(), 's3tg-hard-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const MARKER = '<!-- s3-trail-guard:default -->';
const INPUTS = {
  policy: 'policies/examples/seed.yml',
  'plan-file': 'examples/seed-advanced/plan.json',
  'github-token': 'ghs_0123456789abcdefSECRET',
  'report-file': join(tmp, 'report.json'),
};
const context = {
  eventName: 'pull_request',
  payload: { pull_request: { number: 7 } },
  repo: { owner: 'o', repo: 'r' },
  serverUrl: 'https://github.com',
  runId: 1,
};

function hostileReport(name: string) {
  const bucket: BucketCoverage = {
    name,
    status: 'uncovered',
    region: 'us-east-1',
    prefixes: [''],
    events: [{ name: 'GetObject', status: 'uncovered', coveredBy: [], gaps: [`lost: ${name}`] }],
    location: { file: 'policies/examples/seed.yml', line: 9, column: 5 },
    ref: null,
  };
  return withVerdict({
    schemaVersion: 1,
    tool: { name: 's3-trail-guard', version: '0.1.0' },
    mode: 'plan',
    policy: 'policies/examples/seed.yml',
    summary: { buckets: 1, covered: 0, partial: 0, uncovered: 1, unknown: 0, findings: 1 },
    buckets: [bucket],
    findings: [
      {
        ruleId: 'data-event-coverage',
        severity: 'error',
        status: 'fail',
        message: `S3 data-event activity on ${name} is not recorded`,
        bucket: name,
        location: { file: 'policies/examples/seed.yml', line: 9, column: 5 },
      },
    ],
    warnings: [],
  });
}

async function runWith(
  inputs: Record<string, string>,
  o: { report?: ReturnType<typeof hostileReport>; baseUrl?: string; deadline?: number } = {},
) {
  core.reset(inputs);
  const report = o.report;
  await run({
    getOctokit: (token, signal) =>
      getOctokit(token, {
        baseUrl: o.baseUrl ?? API,
        request: { signal, fetch: (url: string, init: RequestInit) => globalThis.fetch(url, init) },
      }),
    context,
    env: { GITHUB_WORKSPACE: ROOT, RUNNER_TEMP: tmp },
    cwd: ROOT,
    ...(o.deadline ? { githubDeadlineMs: o.deadline } : {}),
    ...(report ? { check: async () => ({ report, verdict: report.verdict }) } : {}),
  });
}

beforeAll(() => nock.disableNetConnect());
beforeEach(() => nock.cleanAll());
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

describe('no workflow command from report text', () => {
  it('the text report is logged between ::stop-commands::TOKEN and ::TOKEN::, with a fresh random token', async () => {
    new FakeGitHub().install();
    const evil =
      'x\n::set-output name=result::pass\n::add-mask::\n::stop-commands::abc\n::abc::\n::error::pwned';
    await runWith({ ...INPUTS, comment: 'never' }, { report: hostileReport(evil) });
    const infos = core.messages.filter((m) => m.level === 'info').map((m) => m.message);
    const start = infos.findIndex((m) => m.startsWith('::stop-commands::'));
    expect(start).toBeGreaterThanOrEqual(0);
    const token = (infos[start] as string).slice('::stop-commands::'.length);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(infos[start + 2]).toBe(`::${token}::`);
    expect(infos[start + 1]).toContain('::set-output name=result::pass');
    expect(infos[start + 1]).not.toContain(token);
    // Outside the block, nothing starts with '::'.
    for (const [i, m] of infos.entries())
      if (i < start || i > start + 2)
        for (const line of m.split('\n')) expect(line.startsWith('::')).toBe(false);
    const first = token;
    await runWith({ ...INPUTS, comment: 'never' }, { report: hostileReport(evil) });
    const again = core.messages.find((m) => m.level === 'info' && m.message.startsWith('::stop-commands::'));
    expect(again?.message).not.toBe(`::stop-commands::${first}`);
  });

  it('terminal escapes and bidi overrides from names never reach the log', async () => {
    new FakeGitHub().install();
    await runWith(
      { ...INPUTS, comment: 'never' },
      { report: hostileReport('b\x1b[2J\x1b]8;;http://x\x07y\u202ez') },
    );
    const log = core.messages.map((m) => m.message).join('\n');
    for (const ch of ['\x1b', '\x07', '\u202e']) expect(log.includes(ch)).toBe(false);
  });
});

describe('the sticky comment is ours', () => {
  const other: FakeUser = { login: 'some-other-app[bot]', type: 'Bot' };

  it("another bot's comment with our marker is left alone; ours is created beside it", async () => {
    const fake = new FakeGitHub().install();
    const theirs = fake.addComment(7, `${MARKER}\nplanted`, other);
    await runWith(INPUTS, { report: hostileReport('b') });
    const list = fake.comments.get(7) ?? [];
    expect(list.find((c) => c.id === theirs.id)?.body).toBe(`${MARKER}\nplanted`);
    expect(list.filter((c) => c.user.login === BOT.login && c.body.startsWith(MARKER))).toHaveLength(1);
    expect(fake.count('DELETE', /comments/)).toBe(0);
  });

  it("an installation token's own bot (GraphQL viewer) is adopted, github-actions[bot] is not", async () => {
    const me: FakeUser = { login: 'my-app[bot]', type: 'Bot' };
    const fake = new FakeGitHub({ viewer: 'my-app', writer: me }).install();
    const mine = fake.addComment(7, `${MARKER}\nold`, me);
    const actions = fake.addComment(7, `${MARKER}\nby another workflow`, BOT);
    await runWith(INPUTS, { report: hostileReport('b') });
    const list = fake.comments.get(7) ?? [];
    expect(list.find((c) => c.id === mine.id)?.body).not.toBe(`${MARKER}\nold`);
    expect(list.find((c) => c.id === actions.id)?.body).toBe(`${MARKER}\nby another workflow`);
    expect(list).toHaveLength(2);
  });

  it('a comment we may not edit leads to a new one, not to no report', async () => {
    const fake = new FakeGitHub().install();
    const locked = fake.addComment(7, `${MARKER}\nold`, BOT);
    const fake2 = new FakeGitHub({ lockedComments: [locked.id] });
    nock.cleanAll();
    fake2.comments.set(7, fake.comments.get(7) ?? []);
    fake2.install();
    await runWith(INPUTS, { report: hostileReport('b') });
    const list = fake2.comments.get(7) ?? [];
    expect(list).toHaveLength(2);
    expect(list[1]?.body).toContain('lost');
    expect(core.outputs['comment-url']).toContain(`#issuecomment-${list[1]?.id}`);
  });
});

describe('GitHub failures are bounded and say nothing secret', () => {
  let server: Server;
  let port = 0;
  const sockets = new Set<import('node:net').Socket>();
  beforeAll(async () => {
    // Accepts every request and never answers: listComments hangs until our deadline.
    server = createServer(() => undefined);
    server.on('connection', (s) => sockets.add(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
    nock.enableNetConnect('127.0.0.1');
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
    nock.disableNetConnect();
  });

  it('a GitHub that never answers: the step ends, outputs and summary written first, setFailed last', async () => {
    await runWith(INPUTS, { report: hostileReport('b'), baseUrl: `http://127.0.0.1:${port}`, deadline: 300 });
    expect(core.outputs['result']).toBe('drift');
    expect(core.log.indexOf('output:result')).toBeLessThan(core.log.lastIndexOf('warning'));
    expect(core.log.indexOf('summary')).toBeLessThan(core.log.lastIndexOf('warning'));
    expect(core.log.at(-1)).toBe('setFailed');
    expect(core.byLevel('warning').join('\n')).toContain('no answer before the deadline');
    expect(core.byLevel('warning').join('\n')).not.toContain('HTTP 500');
  });

  it("a GitHub error's message never reaches the log; the token is masked", async () => {
    new FakeGitHub({ failWrites: 403, deniedMessage: 'token ghs_0123456789abcdefSECRET leaked' }).install();
    await runWith(INPUTS, { report: hostileReport('b') });
    const log = core.messages.map((m) => m.message).join('\n');
    expect(log).toContain('HTTP 403');
    expect(log).not.toContain('SECRET');
    expect(core.secrets).toContain(INPUTS['github-token']);
  });
});

describe('reports are written only inside the workspace or the runner temp', () => {
  it.each([
    ['sarif-file', '/etc/s3tg-should-not-exist.sarif'],
    ['report-file', '../outside.json'],
    ['markdown-file', 'link-out/x.md'],
  ])('%s %s is refused before any work', async (input, path) => {
    const out = mkdtempSync(join(tmpdir(), 's3tg-outside-'));
    const link = join(ROOT, 'link-out');
    rmSync(link, { force: true });
    symlinkSync(out, link);
    try {
      await runWith({ ...INPUTS, [input]: path });
      expect(core.outputs['result']).toBe('error');
      expect(core.byLevel('failed').join('\n')).toContain(
        `Input '${input}' must be a path inside the workspace`,
      );
    } finally {
      rmSync(link, { force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('a path inside the runner temp is fine', async () => {
    mkdirSync(join(tmp, 'sub'), { recursive: true });
    new FakeGitHub().install();
    await runWith({ ...INPUTS, comment: 'never', 'sarif-file': join(tmp, 'sub', 'x.sarif') });
    expect(core.outputs['sarif-file']).toBe(join(tmp, 'sub', 'x.sarif'));
  });
});
