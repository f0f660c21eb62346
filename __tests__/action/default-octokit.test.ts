// The Action's default Octokit (no factory injected), as a real run builds it: @actions/github's base URL
// comes from GITHUB_API_URL, read when the module loads, so it is set before the import. A local server
// answers the first comment write with 502: the production retry (one second later) writes the comment.
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from './helpers/core.js';

const requests: string[] = [];
let posts = 0;
const server: Server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    requests.push(`${req.method} ${req.url}`);
    const json = (status: number, v: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(v));
    };
    if (req.method === 'GET' && /\/issues\/7\/comments/.test(req.url ?? '')) return json(200, []);
    if (req.method === 'POST' && /\/issues\/7\/comments$/.test(req.url ?? '')) {
      if (++posts === 1) return json(502, { message: 'Server Error' });
      const text = (JSON.parse(body) as { body: string }).body;
      return json(201, {
        id: 1,
        body: text,
        html_url: 'https://github.com/o/r/pull/7#issuecomment-1',
        user: { login: 'github-actions[bot]', type: 'Bot' },
      });
    }
    return json(403, { message: 'Resource not accessible by integration' });
  });
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const saved = process.env['GITHUB_API_URL'];
process.env['GITHUB_API_URL'] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/action/main.js');

const tmp = mkdtempSync(join(tmpdir(), 's3tg-default-octokit-'));
afterAll(async () => {
  if (saved === undefined) delete process.env['GITHUB_API_URL'];
  else process.env['GITHUB_API_URL'] = saved;
  rmSync(tmp, { recursive: true, force: true });
  await new Promise<void>((r) => server.close(() => r()));
});

describe("the Action's own Octokit", () => {
  it('retries a 502 on the comment write and writes the comment', async () => {
    core.reset(
      {
        policy: 'policies/examples/seed.yml',
        'plan-file': 'examples/seed-advanced/plan.json',
        'github-token': 'ghs_test',
      },
      { summaryFails: false },
    );
    await run({
      context: {
        eventName: 'pull_request',
        payload: { pull_request: { number: 7 } },
        repo: { owner: 'o', repo: 'r' },
        serverUrl: 'https://github.com',
        runId: 1,
      },
      githubDeadlineMs: 20_000,
      env: { GITHUB_WORKSPACE: process.cwd(), RUNNER_TEMP: tmp },
      cwd: process.cwd(),
    });
    expect(posts).toBe(2);
    expect(requests.filter((r) => r.startsWith('POST /repos/o/r/issues/7/comments'))).toHaveLength(2);
    expect(core.outputs['comment-url']).toBe('https://github.com/o/r/pull/7#issuecomment-1');
    expect(core.messages.filter((m) => m.message.startsWith('s3-trail-guard: could not'))).toEqual([]);
    expect(core.log.at(-1)).toBe('setFailed');
  });
});
