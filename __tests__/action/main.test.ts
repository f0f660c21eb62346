// run() end to end in-process: a mocked @actions/core, the real engine on real plans, and the real Octokit
// of @actions/github talking HTTP to nock (its fetch is injected, since nock cannot see the toolkit's own
// undici dispatcher).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import type { BucketCoverage } from '../../src/engine/types.js';
import type { Report } from '../../src/outputs/report.js';
import type { Outcome } from '../../src/app/run.js';
import { withVerdict } from '../helpers/report.js';
import * as core from './helpers/core.js';
import { API, BOT, FakeGitHub, HUMAN } from './helpers/fake-github.js';
import { expectValidReport, parseReport } from '../helpers/report-schema.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/action/main.js');
const { getOctokit } = await import('@actions/github');
type ActionContext = import('../../src/action/main.js').ActionContext;

const ROOT = process.cwd();
const tmp = mkdtempSync(join(tmpdir(), 's3tg-main-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SEED = {
  policy: 'policies/examples/seed.yml',
  'plan-file': 'examples/seed-advanced/plan.json',
  'github-token': 'ghs_test',
  'report-file': join(tmp, 'report.json'),
};
const COVERED = { ...SEED, 'terraform-dir': 'examples/seed-advanced' };
const MARKER = '<!-- s3-trail-guard:default -->';

const prContext = (runId = 1, pr = 7): ActionContext => ({
  eventName: 'pull_request',
  payload: { pull_request: { number: pr } },
  repo: { owner: 'o', repo: 'r' },
  serverUrl: 'https://github.com',
  runId,
});
const scheduleContext = (runId = 1): ActionContext => ({
  eventName: 'schedule',
  payload: {},
  repo: { owner: 'o', repo: 'r' },
  serverUrl: 'https://github.com',
  runId,
});

const octokitFactory = (token: string) =>
  getOctokit(token, {
    baseUrl: API,
    request: { fetch: (url: string, init: RequestInit) => globalThis.fetch(url, init) },
  });

async function runWith(
  inputs: Record<string, string>,
  context: ActionContext = prContext(),
  extra: { check?: () => Promise<Outcome>; summaryFails?: boolean } = {},
): Promise<void> {
  core.reset(inputs, { summaryFails: extra.summaryFails ?? false });
  await run({
    getOctokit: octokitFactory,
    context,
    env: { GITHUB_WORKSPACE: ROOT, RUNNER_TEMP: tmp },
    cwd: ROOT,
    ...(extra.check ? { check: extra.check } : {}),
  });
}

const ours = (fake: FakeGitHub, pr = 7) =>
  (fake.comments.get(pr) ?? []).filter((c) => c.body.startsWith(MARKER));

beforeAll(() => nock.disableNetConnect());
beforeEach(() => nock.cleanAll());
afterEach(() => nock.cleanAll());
// Test files can share a process: give Node's http and fetch back so the next file's nock sees its requests.
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

describe('sticky PR comment', () => {
  it('the first run creates the comment and the next ten update it in place', async () => {
    const fake = new FakeGitHub().install();
    fake.addComment(7, 'LGTM', HUMAN);
    for (let i = 1; i <= 11; i++) {
      await runWith(SEED, prContext(i));
      expect(core.outputs['result']).toBe('drift');
      expect(core.log.at(-1)).toBe('setFailed');
    }
    expect(ours(fake)).toHaveLength(1);
    expect(fake.count('POST', /\/comments$/)).toBe(1);
    expect(fake.count('PATCH', /\/issues\/comments\/\d+$/)).toBe(10);
    expect(fake.comments.get(7)).toHaveLength(2);
    const comment = ours(fake)[0]!;
    expect(core.outputs['comment-url']).toBe(comment.html_url);
    expect(comment.body).toMatch(/^<!-- s3-trail-guard:default -->\n### ❌ important\\-bucket/);
    expect(comment.body).toContain('actions/runs/11');
  });

  it('does not rewrite a comment whose body would not change', async () => {
    const fake = new FakeGitHub().install();
    await runWith(SEED, prContext(5));
    await runWith(SEED, prContext(5));
    expect(fake.count('POST', /\/comments$/)).toBe(1);
    expect(fake.count('PATCH', /comments\/\d+$/)).toBe(0);
    expect(core.outputs['comment-url']).toBe(ours(fake)[0]!.html_url);
  });

  it('reads every page of comments and updates the one on page 3', async () => {
    const fake = new FakeGitHub().install();
    for (let i = 0; i < 230; i++) fake.addComment(7, `comment ${i}`, i % 2 ? HUMAN : BOT);
    const mine = fake.addComment(7, `${MARKER}\nold report`, BOT);
    for (let i = 0; i < 20; i++) fake.addComment(7, `later ${i}`, HUMAN);
    await runWith(SEED);
    expect(fake.requests.filter((r) => r.method === 'GET' && /comments/.test(r.path))).toHaveLength(3);
    expect(fake.count('POST', /\/comments$/)).toBe(0);
    expect(fake.count('PATCH', new RegExp(`comments/${mine.id}$`))).toBe(1);
    expect(mine.body).toContain('### ❌');
    expect(ours(fake)).toHaveLength(1);
  });

  it("touches only its own key's comment written with this token", async () => {
    const fake = new FakeGitHub().install();
    const quoted = fake.addComment(7, `${MARKER}\ncopied by a person`, HUMAN);
    const other = fake.addComment(7, '<!-- s3-trail-guard:live -->\nthe live instance', BOT);
    const inline = fake.addComment(7, `see ${MARKER}`, BOT);
    await runWith(SEED);
    expect(fake.count('POST', /\/comments$/)).toBe(1);
    expect(fake.count('PATCH', /comments\/\d+$/)).toBe(0);
    expect(quoted.body).toBe(`${MARKER}\ncopied by a person`);
    expect(other.body).toBe('<!-- s3-trail-guard:live -->\nthe live instance');
    expect(inline.body).toBe(`see ${MARKER}`);
    // An installation token cannot read /user: asked once, then user-written comments never match.
    expect(fake.count('GET', /^\/user$/)).toBe(1);
  });

  it("with a personal token, updates the token user's own comment", async () => {
    const fake = new FakeGitHub({ self: HUMAN }).install();
    const mine = fake.addComment(7, `${MARKER}\nold`, HUMAN);
    await runWith(SEED);
    expect(fake.count('POST', /\/comments$/)).toBe(0);
    expect(mine.body).toContain('### ❌');
  });

  it('keeps separate comments per comment-key', async () => {
    const fake = new FakeGitHub().install();
    await runWith({ ...SEED, 'comment-key': 'plan' });
    await runWith({ ...SEED, 'comment-key': 'live' });
    await runWith({ ...SEED, 'comment-key': 'plan' }, prContext(2));
    const bodies = (fake.comments.get(7) ?? []).map((c) => c.body.split('\n', 1)[0]);
    expect(bodies).toEqual(['<!-- s3-trail-guard:plan -->', '<!-- s3-trail-guard:live -->']);
    expect(fake.comments.get(7)![0]!.body).toContain('### ❌ (plan) ');
  });

  it('removes duplicates left by racing runs', async () => {
    const fake = new FakeGitHub().install();
    const first = fake.addComment(7, `${MARKER}\none`, BOT);
    fake.addComment(7, `${MARKER}\ntwo`, BOT);
    await runWith(SEED);
    expect(ours(fake).map((c) => c.id)).toEqual([first.id]);
    expect(fake.count('DELETE', /comments\/\d+$/)).toBe(1);
  });

  it('collapses to "all covered" when the drift is gone, and creates nothing on a clean PR', async () => {
    const fake = new FakeGitHub().install();
    await runWith(SEED, prContext(1));
    expect(ours(fake)).toHaveLength(1);
    await runWith(COVERED, prContext(2));
    expect(core.outputs['result']).toBe('pass');
    expect(core.byLevel('failed')).toEqual([]);
    const body = ours(fake)[0]!.body;
    expect(body).toContain('sensitive bucket recorded by CloudTrail');
    expect(body).toContain('no CloudTrail coverage drift');
    expect(body).not.toContain('| Bucket |');

    nock.cleanAll();
    const clean = new FakeGitHub().install();
    await runWith(COVERED, prContext(1, 8));
    expect(clean.count('POST', /\/comments$/)).toBe(0);
    expect(core.outputs['comment-url']).toBe('');
    await runWith({ ...COVERED, comment: 'always' }, prContext(1, 8));
    expect(ours(clean, 8)).toHaveLength(1);
  });

  it('comment: never and non-PR events make no GitHub call', async () => {
    await runWith({ ...SEED, comment: 'never' });
    await runWith({ ...SEED, comment: 'always' }, scheduleContext());
    expect(core.byLevel('info').join('\n')).toContain('No pull request in this schedule event');
    expect(core.outputs['result']).toBe('drift');
  });
});

describe('GitHub failures never hide the verdict', () => {
  it("a fork PR's read-only token (403): warning, summary and outputs written, check still fails last", async () => {
    const fake = new FakeGitHub({ failWrites: 403 }).install();
    await runWith(SEED);
    expect(fake.count('POST', /\/comments$/)).toBe(1);
    const warnings = core.byLevel('warning').join('\n');
    expect(warnings).toContain('HTTP 403');
    expect(warnings).toContain('fork');
    expect(core.summaries).toHaveLength(1);
    expect(core.summaries[0]).toContain('### ❌');
    expect(core.outputs).toMatchObject({ result: 'drift', 'buckets-failing': '1', 'comment-url': '' });
    expect(core.byLevel('failed')).toHaveLength(1);
    expect(core.log.at(-1)).toBe('setFailed');
    expect(core.log.indexOf('summary')).toBeLessThan(core.log.indexOf('setFailed'));
    expect(core.log.lastIndexOf('output:result')).toBeLessThan(core.log.indexOf('setFailed'));
  });

  it('a GitHub 5xx is a warning too', async () => {
    new FakeGitHub({ failReads: 502 }).install();
    await runWith(SEED);
    expect(core.byLevel('warning').join('\n')).toContain('HTTP 502');
    expect(core.outputs['result']).toBe('drift');
    expect(core.log.at(-1)).toBe('setFailed');
  });

  it('a passing check stays green when GitHub fails', async () => {
    new FakeGitHub({ failReads: 503 }).install();
    await runWith({ ...COVERED, comment: 'always' });
    expect(core.outputs['result']).toBe('pass');
    expect(core.byLevel('failed')).toEqual([]);
    expect(core.byLevel('warning').join('\n')).toContain('HTTP 503');
  });

  it('no github-token: the comment is skipped with a warning', async () => {
    await runWith({ ...SEED, 'github-token': '' });
    expect(core.byLevel('warning').join('\n')).toContain("no 'github-token'");
    expect(core.log.at(-1)).toBe('setFailed');
  });

  it('a job summary that cannot be written is a warning', async () => {
    await runWith({ ...SEED, comment: 'never' }, prContext(), { summaryFails: true });
    expect(core.byLevel('warning').join('\n')).toContain('could not write the job summary');
    expect(core.outputs['result']).toBe('drift');
  });
});

describe('markdown injection', () => {
  it('a selector name from the plan renders as text in the comment and the summary', async () => {
    const evil = '<img src=x onerror=alert(1)> | ](javascript:alert(1)) **bold** `tick';
    const plan = readFileSync('examples/seed-advanced/plan.json', 'utf8').replaceAll(
      'Log all S3 objects events except for two S3 buckets',
      evil.replace(/"/g, '\\"'),
    );
    const planFile = join(tmp, 'evil-plan.json');
    writeFileSync(planFile, plan);
    const fake = new FakeGitHub().install();
    await runWith({ ...SEED, 'plan-file': planFile });
    const body = ours(fake)[0]!.body;
    expect(body).toContain('&lt;img src=x onerror=alert\\(1\\)&gt; \\| \\]\\(javascript\\:alert\\(1\\)\\)');
    for (const text of [body, core.summaries[0]!]) {
      expect(text).not.toContain('<img');
      expect(text).not.toContain('](javascript');
      expect(text).not.toContain('**bold**');
      // Every table row keeps its four columns: no unescaped pipe got in.
      for (const row of text.split('\n').filter((l) => l.startsWith('| ')))
        expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    }
  });

  it('bucket and recorder names in the table, the folded details and the summary line are escaped', async () => {
    const bucket: BucketCoverage = {
      name: '<img src=x>',
      status: 'partial',
      region: 'us-east-1',
      prefixes: [''],
      location: { file: 'policies/examples/seed.yml', line: 9, column: 5 },
      ref: null,
      events: [
        { name: 'GetObject', status: 'covered', coveredBy: ['| ](x)'], gaps: [] },
        {
          name: 'PutObject',
          status: 'uncovered',
          coveredBy: [],
          gaps: ['lost: </details><script>x</script>'],
        },
      ],
    };
    const report = syntheticReport([bucket]);
    const fake = new FakeGitHub().install();
    await runWith(SEED, prContext(), { check: async () => ({ report, verdict: report.verdict }) });
    const body = ours(fake)[0]!.body;
    expect(body.split('\n')[1]).toContain('&lt;img src=x&gt;: 1 of 2 S3 APIs are not fully recorded');
    expect(body).toContain('**&lt;img src=x&gt;**: partial');
    expect(body).toContain('lost\\: &lt;/details&gt;&lt;script&gt;x&lt;/script&gt;');
    expect(body).not.toMatch(/<script|<img/);
    expect(body.match(/<details>/g)).toHaveLength(body.match(/<\/details>/g)!.length);
  });
});

function syntheticReport(buckets: BucketCoverage[]): Report {
  const findings = buckets
    .filter((b) => b.status !== 'covered')
    .map((b) => ({
      ruleId: 'data-event-coverage',
      severity: 'error' as const,
      status: 'fail' as const,
      message: `S3 data-event activity on ${b.name} is only partly recorded`,
      bucket: b.name,
      location: { file: b.location.file, line: b.location.line, column: b.location.column },
    }));
  return withVerdict({
    schemaVersion: 1,
    tool: { name: 's3-trail-guard', version: '0.1.0' },
    mode: 'plan',
    policy: 'policies/examples/seed.yml',
    summary: {
      buckets: buckets.length,
      covered: buckets.filter((b) => b.status === 'covered').length,
      partial: buckets.filter((b) => b.status === 'partial').length,
      uncovered: buckets.filter((b) => b.status === 'uncovered').length,
      unknown: buckets.filter((b) => b.status === 'unknown').length,
      findings: findings.length,
    },
    buckets,
    findings,
    warnings: [],
  });
}

describe('size', () => {
  it("cuts the comment under GitHub's 65,536 characters, on a line, with a pointer to the job summary", async () => {
    const buckets: BucketCoverage[] = Array.from({ length: 600 }, (_, i) => ({
      name: `bucket-${String(i).padStart(4, '0')}-${'x'.repeat(30)}`,
      status: 'uncovered',
      region: 'eu-west-1',
      prefixes: [''],
      location: { file: 'policies/examples/seed.yml', line: 9, column: 5 },
      ref: null,
      events: [
        { name: 'GetObject', status: 'uncovered', coveredBy: [], gaps: ['not recorded: no trail sees it'] },
      ],
    }));
    const fake = new FakeGitHub().install();
    await runWith(SEED, prContext(42), {
      check: async () => {
        const report = syntheticReport(buckets);
        return { report, verdict: report.verdict };
      },
    });
    const body = ours(fake)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("cut to fit GitHub's comment size limit");
    expect(body).toContain('[job summary](https://github.com/o/r/actions/runs/42)');
    expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
    expect(body.split('\n').filter((l) => l.startsWith('| bucket\\-')).length).toBeGreaterThan(300);
    // The summary holds the whole report.
    expect(core.summaries[0]).toContain('bucket\\-0599');
    expect(core.outputs['buckets-failing']).toBe('600');
    // Only the first 10 errors are annotated, then a notice says how many more there are.
    expect(core.byLevel('error')).toHaveLength(10);
    expect(core.byLevel('notice').join('\n')).toContain('590 more annotation(s)');
  });
});

describe('inputs, outputs, files, verdict', () => {
  it('a bad input fails with its name and what was expected, before any other work', async () => {
    await runWith({ ...SEED, 'fail-on': 'fatal' });
    expect(core.byLevel('failed')).toEqual([
      `Input 'fail-on' must be one of error, warning, never; got "fatal".`,
    ]);
    expect(core.outputs['result']).toBe('error');
    expect(core.summaries).toEqual([]);
  });

  it('a policy that cannot be read is result error with the message, and a summary saying so', async () => {
    await runWith({ ...SEED, policy: 'no-such-policy.yml' });
    expect(core.outputs['result']).toBe('error');
    const [failed] = core.byLevel('failed');
    expect(failed).toContain('no-such-policy.yml');
    expect(failed).not.toContain('    at ');
    expect(core.summaries[0]).toContain('s3-trail-guard: error');
    expect(core.log.at(-1)).toBe('setFailed');
  });

  it('a policy error naming a line is an annotation on that line of the policy file', async () => {
    const bad = join(ROOT, '__tests__', 'tmp-bad-policy.yml');
    writeFileSync(bad, 'version: 1\nbuckets:\n  - name: acme-pii-prod\n    events: [GetObjekt]\n');
    try {
      await runWith({ ...SEED, policy: '__tests__/tmp-bad-policy.yml' });
      expect(core.outputs['result']).toBe('error');
      const ann = core.messages.find((m) => m.level === 'error');
      expect(ann?.props).toMatchObject({ file: '__tests__/tmp-bad-policy.yml', startLine: 4 });
      expect(core.log.at(-1)).toBe('setFailed');
    } finally {
      rmSync(bad, { force: true });
    }
  });

  it('writes the JSON report and the SARIF file and outputs their paths and counts', async () => {
    const sarif = join(tmp, 'out', 'guard.sarif');
    await runWith({ ...SEED, comment: 'never', 'sarif-file': sarif });
    expect(core.outputs).toMatchObject({
      result: 'drift',
      'buckets-covered': '0',
      'buckets-failing': '1',
      'report-file': SEED['report-file'],
      'sarif-file': sarif,
    });
    const report = parseReport(readFileSync(SEED['report-file'], 'utf8'));
    expectValidReport(report);
    expect(report.schemaVersion).toBe(1);
    expect(core.outputs['findings']).toBe(String(report.findings.length));
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(report.findings.length);
    expect(log.runs[0].automationDetails.id).toBe('s3-trail-guard/default/');
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'policies/examples/seed.yml',
    );
  });

  it('annotates the policy line of a failing bucket and the Terraform block of a trail finding', async () => {
    await runWith({ ...SEED, comment: 'never' });
    const bucket = core.messages.find((m) => m.level === 'error' && /important-bucket/.test(m.message))!;
    expect(bucket.props).toMatchObject({ file: 'policies/examples/seed.yml', startLine: 9, startColumn: 5 });

    await runWith({ ...COVERED, comment: 'never', 'fail-on': 'warning' });
    const warning = core.messages.find((m) => m.level === 'warning' && m.props?.['file'])!;
    const tf = readFileSync('examples/seed-advanced/main.tf', 'utf8').split('\n');
    expect(warning.props?.['file']).toBe('examples/seed-advanced/main.tf');
    expect(tf[(warning.props?.['startLine'] as number) - 1]).toContain('resource "aws_cloudtrail" "example"');
  });

  it('fail-on: warning fails on warnings; fail-on: never reports drift without failing', async () => {
    await runWith({ ...COVERED, comment: 'never', 'fail-on': 'warning' });
    expect(core.outputs['result']).toBe('drift');
    expect(core.byLevel('failed')).toHaveLength(1);
    await runWith({ ...SEED, comment: 'never', 'fail-on': 'never' });
    expect(core.outputs['result']).toBe('drift');
    expect(core.byLevel('failed')).toEqual([]);
    expect(core.byLevel('warning').join('\n')).toContain('(fail-on: never, not failing)');
  });

  it('working-directory is where relative paths start; annotations stay repository-relative', async () => {
    await runWith({
      policy: 'policies/examples/seed.yml',
      'plan-file': 'examples/seed-advanced/plan.json',
      comment: 'never',
      'working-directory': '.',
      'report-file': 'nested/../report-wd.json',
    });
    expect(core.outputs['report-file']).toBe(join(ROOT, 'report-wd.json'));
    rmSync(join(ROOT, 'report-wd.json'), { force: true });
    await runWith({
      policy: 'seed.yml',
      'plan-file': '../../examples/seed-advanced/plan.json',
      comment: 'never',
      'working-directory': 'policies/examples',
    });
    expect(core.outputs['result']).toBe('drift');
    const bucket = core.messages.find((m) => m.level === 'error' && m.props?.['file'])!;
    expect(bucket.props?.['file']).toBe('policies/examples/seed.yml');
  });
});

describe('scheduled runs: the drift issue', () => {
  it('opens one issue when drift appears, updates it while it lasts, closes it when it is gone', async () => {
    const fake = new FakeGitHub().install();
    fake.addIssue('s3-trail-guard: CloudTrail coverage drift', 'a person wrote this', HUMAN);
    await runWith({ ...SEED, issue: 'true' }, scheduleContext(1));
    expect(fake.count('POST', /\/issues$/)).toBe(1);
    const issue = fake.issues[1]!;
    expect(issue.title).toBe('s3-trail-guard: CloudTrail coverage drift');
    expect(issue.body.startsWith(MARKER)).toBe(true);
    expect(core.outputs['issue-url']).toBe(issue.html_url);
    expect(core.log.at(-1)).toBe('setFailed');

    await runWith({ ...SEED, issue: 'true' }, scheduleContext(2));
    expect(fake.count('POST', /\/issues$/)).toBe(1);
    expect(issue.body).toContain('actions/runs/2');

    await runWith({ ...COVERED, issue: 'true' }, scheduleContext(3));
    expect(issue.state).toBe('closed');
    expect(issue.body).toContain('recorded by CloudTrail');
    expect(fake.issues[0]!.state).toBe('open');
    expect(core.byLevel('failed')).toEqual([]);

    // Drift that comes back opens a new issue.
    await runWith({ ...SEED, issue: 'true' }, scheduleContext(4));
    expect(fake.issues.filter((i) => i.state === 'open' && i.body.startsWith(MARKER))).toHaveLength(1);
    expect(fake.issues).toHaveLength(3);
  });

  it('issue: true on a pull request does nothing to issues', async () => {
    const fake = new FakeGitHub().install();
    await runWith({ ...SEED, issue: 'true' });
    expect(fake.count('POST', /\/issues$/)).toBe(0);
    expect(fake.count('GET', /\/issues\?/)).toBe(0);
  });
});
