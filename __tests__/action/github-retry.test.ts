// The Action's own Octokit (src/action/github/octokit.ts: @actions/github with plugin-retry and
// plugin-throttling) over nock: transient 5xx and secondary rate limits end with the comment written, and
// no retry outlives the step's deadline. Retry delays are 1 ms units here instead of 1 s.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import nock from 'nock';
import * as core from './helpers/core.js';
import { API, FakeGitHub } from './helpers/fake-github.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/action/main.js');
const { githubOctokit } = await import('../../src/action/github/octokit.js');
const { defaults: githubDefaults } = await import('@actions/github/lib/utils');
type ActionContext = import('../../src/action/main.js').ActionContext;

const ROOT = process.cwd();
const tmp = mkdtempSync(join(tmpdir(), 's3tg-retry-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SEED = {
  policy: 'policies/examples/seed.yml',
  'plan-file': 'examples/seed-advanced/plan.json',
  'github-token': 'ghs_test',
};
const MARKER = '<!-- s3-trail-guard:default -->';
const context: ActionContext = {
  eventName: 'pull_request',
  payload: { pull_request: { number: 7 } },
  repo: { owner: 'o', repo: 'r' },
  serverUrl: 'https://github.com',
  runId: 1,
};
const COMMENTS = /\/repos\/o\/r\/issues\/7\/comments$/;
const SECONDARY = {
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
};

async function runWith(o: { unitMs: number; deadlineMs: number; baseUrl?: string }): Promise<void> {
  core.reset(SEED, { summaryFails: false });
  await run({
    getOctokit: (token, signal, deadlineMs) =>
      githubOctokit(token, signal, deadlineMs, {
        fetch: (url, init) => globalThis.fetch(url, init),
        retryUnitMs: o.unitMs,
        writeSpacingMs: 0,
        ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}),
      }),
    githubDeadlineMs: o.deadlineMs,
    context,
    env: { GITHUB_WORKSPACE: ROOT, RUNNER_TEMP: tmp },
    cwd: ROOT,
  });
}

const ours = (fake: FakeGitHub) => (fake.comments.get(7) ?? []).filter((c) => c.body.startsWith(MARKER));
// The Action's own warnings (annotations of findings are warnings too).
const warnings = () =>
  core.messages
    .filter((m) => m.level === 'warning' && m.message.startsWith('s3-trail-guard:'))
    .map((m) => m.message);

beforeAll(() => nock.disableNetConnect());
beforeEach(() => nock.cleanAll());
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

describe('GitHub I/O that survives transient failures', () => {
  it('a 502 on the comment write, then 200: the comment is written, no warning', async () => {
    const flaky = nock(API).post(COMMENTS).reply(502, { message: 'Server Error' });
    const fake = new FakeGitHub().install();
    await runWith({ unitMs: 1, deadlineMs: 30_000 });
    expect(flaky.isDone()).toBe(true);
    expect(fake.count('POST', /\/comments$/)).toBe(1);
    expect(ours(fake)).toHaveLength(1);
    expect(core.outputs['comment-url']).toBe(ours(fake)[0]!.html_url);
    expect(warnings()).toEqual([]);
  });

  it('a 502 on reading the comments, then 200: the listing is read again', async () => {
    const flaky = nock(API)
      .get(/\/issues\/7\/comments/)
      .reply(502, { message: 'Server Error' });
    const fake = new FakeGitHub().install();
    await runWith({ unitMs: 1, deadlineMs: 30_000 });
    expect(flaky.isDone()).toBe(true);
    expect(ours(fake)).toHaveLength(1);
    expect(warnings()).toEqual([]);
  });

  it('a secondary rate limit (403, Retry-After) is waited out within the deadline', async () => {
    const limited = nock(API)
      .post(COMMENTS)
      .reply(403, SECONDARY, { 'retry-after': '3', 'x-github-request-id': 'AB12:3456' });
    const fake = new FakeGitHub().install();
    await runWith({ unitMs: 1, deadlineMs: 30_000 });
    expect(limited.isDone()).toBe(true);
    expect(fake.count('POST', /\/comments$/)).toBe(1);
    expect(ours(fake)).toHaveLength(1);
    expect(warnings()).toEqual([]);
  });

  it('a 429 secondary rate limit is waited out too', async () => {
    const limited = nock(API).post(COMMENTS).reply(429, SECONDARY, { 'retry-after': '2' });
    const fake = new FakeGitHub().install();
    await runWith({ unitMs: 1, deadlineMs: 30_000 });
    expect(limited.isDone()).toBe(true);
    expect(ours(fake)).toHaveLength(1);
    expect(warnings()).toEqual([]);
  });

  it('a rate limit whose Retry-After ends past the deadline is not waited for: a warning, the verdict stands', async () => {
    // 60 units of 100 ms = 6 s, past the 2 s deadline.
    const limited = nock(API).post(COMMENTS).reply(403, SECONDARY, { 'retry-after': '60' });
    const fake = new FakeGitHub().install();
    await runWith({ unitMs: 100, deadlineMs: 2_000 });
    expect(limited.isDone()).toBe(true);
    expect(fake.count('POST', /\/comments$/)).toBe(0);
    expect(warnings().join('\n')).toMatch(/could not write the PR comment \(HTTP 403/);
    expect(core.outputs['result']).toBe('drift');
    expect(core.log.at(-1)).toBe('setFailed');
  });

  it('a 5xx whose next try would start past the deadline is not tried again', async () => {
    // The first retry waits 1 unit (1 s), past the 500 ms deadline.
    const fake = new FakeGitHub({ failWrites: 502 }).install();
    await runWith({ unitMs: 1000, deadlineMs: 500 });
    expect(fake.count('POST', /\/comments$/)).toBe(1);
    expect(warnings().join('\n')).toMatch(/could not write the PR comment: GitHub answered HTTP 502/);
  });

  it('a 5xx that lasts is tried three times, then a warning', async () => {
    const fake = new FakeGitHub({ failWrites: 503 }).install();
    await runWith({ unitMs: 1, deadlineMs: 30_000 });
    expect(fake.count('POST', /\/comments$/)).toBe(4);
    expect(warnings().join('\n')).toMatch(/GitHub answered HTTP 503/);
  });

  it('a 403 of a read-only token is not retried', async () => {
    const fake = new FakeGitHub({ failWrites: 403 }).install();
    await runWith({ unitMs: 1, deadlineMs: 30_000 });
    expect(fake.count('POST', /\/comments$/)).toBe(1);
    expect(warnings().join('\n')).toMatch(/read-only/);
  });

  it('a GitHub that never answers: the deadline ends the step, no retry after it', async () => {
    let requests = 0;
    const sockets = new Set<Socket>();
    const server = createServer(() => void requests++);
    server.on('connection', (c) => sockets.add(c));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    nock.enableNetConnect('127.0.0.1');
    try {
      const port = (server.address() as AddressInfo).port;
      await runWith({ unitMs: 1, deadlineMs: 300, baseUrl: `http://127.0.0.1:${port}` });
      expect(warnings().join('\n')).toContain('no answer before the deadline');
      expect(requests).toBe(1);
      expect(core.log.at(-1)).toBe('setFailed');
    } finally {
      nock.disableNetConnect();
      for (const c of sockets) c.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it("keeps @actions/github's proxy-aware fetch and agent beside the deadline's signal", () => {
    const signal = AbortSignal.timeout(60_000);
    const o = githubOctokit('t', signal, 60_000);
    const req = (o.request.endpoint.DEFAULTS as { request?: Record<string, unknown> }).request ?? {};
    expect(req['fetch']).toBe(githubDefaults.request?.fetch);
    expect(req['agent']).toBe(githubDefaults.request?.agent);
    expect(req['signal']).toBe(signal);
  });
});
