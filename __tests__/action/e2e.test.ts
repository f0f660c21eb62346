// The bundled Action (dist/index.js) run as the runner runs it: INPUT_* variables (hyphens kept), the event
// file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL at a local stub of GitHub's REST API.
// dist/ is not built here: CI keeps it current (npm run check-dist); build it locally with
// `node scripts/build.mjs` before running this test.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist', 'index.js');
const tmp = mkdtempSync(join(tmpdir(), 's3tg-e2e-'));

interface StubComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}
const comments: StubComment[] = [];
const seen: { method: string; url: string; body?: string; auth?: string }[] = [];
let server: Server;
let api = '';

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
  seen.push({
    method: req.method ?? '',
    url: req.url ?? '',
    ...(body ? { body } : {}),
    auth: req.headers.authorization ?? '',
  });
  const url = new URL(req.url ?? '/', api);
  if (req.method === 'GET' && url.pathname === '/repos/o/r/issues/7/comments')
    return reply(res, 200, comments);
  if (req.method === 'POST' && url.pathname === '/repos/o/r/issues/7/comments') {
    const id = 500 + comments.length;
    const c = {
      id,
      body: (JSON.parse(body) as { body: string }).body,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/o/r/pull/7#issuecomment-${id}`,
    };
    comments.push(c);
    return reply(res, 201, c);
  }
  const patch = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname);
  if (req.method === 'PATCH' && patch) {
    const c = comments.find((x) => x.id === Number(patch[1]));
    if (!c) return reply(res, 404, { message: 'Not Found' });
    c.body = (JSON.parse(body) as { body: string }).body;
    return reply(res, 200, c);
  }
  return reply(res, 404, { message: 'Not Found' });
}

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `node scripts/build.mjs` first');
  writeFileSync(
    join(tmp, 'event.json'),
    JSON.stringify({ pull_request: { number: 7 }, repository: { full_name: 'o/r' } }),
  );
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => handle(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs dist/index.js asynchronously, so the stub server in this process can answer it. */
async function runAction(name: string, inputs: Record<string, string>): Promise<ActionRun> {
  const output = join(tmp, `${name}.output`);
  const summary = join(tmp, `${name}.summary`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(tmp, 'event.json'),
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: api,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: tmp,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [DIST], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
  };
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1]!] = value.join('\n');
  }
  return out;
}

const BASE = {
  policy: 'policies/examples/seed.yml',
  'plan-file': 'examples/seed-advanced/plan.json',
  'github-token': 'ghs_e2e',
};

describe('dist/index.js as a runner runs it', () => {
  it('drift on the seed plan without terraform-dir: comment created, summary and outputs written, exit 1', async () => {
    const sarif = join(tmp, 'guard.sarif');
    const r = await runAction('drift', { ...BASE, 'sarif-file': sarif });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({
      result: 'drift',
      'buckets-covered': '0',
      'buckets-failing': '1',
      'report-file': join(tmp, 's3-trail-guard-default.json'),
      'sarif-file': sarif,
      'comment-url': 'https://github.com/o/r/pull/7#issuecomment-500',
    });
    expect(Number(r.outputs['findings'])).toBeGreaterThan(0);
    expect(r.summary).toContain(
      '### ❌ important\\-bucket\\-yamamoto012345678901: all 29 S3 APIs cannot be proven recorded',
    );
    expect(r.summary).toContain('important\\-bucket\\-yamamoto012345678901');
    expect(r.summary).toContain('[workflow run](https://github.com/o/r/actions/runs/4242)');
    expect(r.stdout).toContain('::error title=s3-trail-guard data-event-coverage');
    expect(r.stdout).toContain('file=policies/examples/seed.yml,line=9');
    expect(r.stdout).toMatch(/::error::s3-trail-guard: CloudTrail coverage drift/);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith('<!-- s3-trail-guard:default -->\n### ❌ important\\-bucket')).toBe(
      true,
    );
    expect(seen.filter((s) => s.method === 'POST')).toHaveLength(1);
    expect(seen.every((s) => s.auth === 'token ghs_e2e')).toBe(true);
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
    expect(report.buckets[0].status).toBe('unknown');
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
  });

  it('with terraform-dir the drift is gone: the same comment becomes "all covered", exit 0', async () => {
    const r = await runAction('pass', { ...BASE, 'terraform-dir': 'examples/seed-advanced' });
    expect(r.stdout).not.toContain('::error::');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      result: 'pass',
      'buckets-covered': '1',
      'buckets-failing': '0',
      'comment-url': 'https://github.com/o/r/pull/7#issuecomment-500',
    });
    expect(r.summary).toContain('### ✅ 1 sensitive bucket recorded by CloudTrail');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('no CloudTrail coverage drift');
    expect(seen.filter((s) => s.method === 'PATCH')).toHaveLength(1);
  });

  it('a bad input fails with its name, exit 1, result error, and no GitHub call', async () => {
    const before = seen.length;
    const r = await runAction('bad', { ...BASE, 'fail-on': 'sometimes' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `::error::Input 'fail-on' must be one of error, warning, never; got "sometimes".`,
    );
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(r.outputs['result']).toBe('error');
    expect(seen.length).toBe(before);
  });
});
