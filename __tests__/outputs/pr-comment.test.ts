// The PR comment and the job summary, rendered from real runs, golden-tested, and held to the checklist of
// shared/design/pr-comment.md. `UPDATE_GOLDEN=1 npm run jest -- __tests__/outputs/pr-comment.test.ts`
// rewrites the golden files after a deliberate change (review the diff).
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/app/run.js';
import { renderMarkdown } from '../../src/outputs/markdown.js';
import type { Report } from '../../src/outputs/report.js';
import { renderText } from '../../src/outputs/text.js';
import { buildPlan, fieldSelector, trailAfter, type ChangeSpec } from '../helpers/plan-builder.js';

const GOLDEN = '__tests__/outputs/golden';
const dir = mkdtempSync(join(tmpdir(), 's3tg-comment-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TRAIL_ARN = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/audit';
const sel = (op: string, buckets: string[]) => ({
  name: 'sensitive',
  field_selector: [
    fieldSelector('eventCategory', { equals: ['Data'] }),
    fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
    fieldSelector('resources.ARN', { [op]: buckets.map((b) => `arn:aws:s3:::${b}/`) }),
  ],
});
/** Terraform 1.9.5 (format 1.2), provider 5.x: an existing trail whose selector this PR edits. */
function trailUpdate(before: ReturnType<typeof sel>, after: ReturnType<typeof sel>): ChangeSpec {
  const a = trailAfter({ name: 'audit', multiRegion: true, bucket: 'org-logs', advanced: [after] });
  const b = trailAfter({ name: 'audit', multiRegion: true, bucket: 'org-logs', advanced: [before] });
  const known = { arn: TRAIL_ARN, home_region: 'us-east-1', id: TRAIL_ARN };
  return {
    address: 'aws_cloudtrail.audit',
    type: 'aws_cloudtrail',
    name: 'audit',
    actions: ['update'],
    before: { ...b.after, ...known },
    after: { ...a.after, ...known },
    afterUnknown: { tags_all: true },
  };
}
function planFile(name: string, changes: ChangeSpec[]): string {
  const file = join(dir, `${name}.json`);
  const identity = {
    address: 'data.aws_caller_identity.current',
    type: 'aws_caller_identity',
    name: 'current',
    values: { account_id: '111122223333', arn: 'arn:aws:iam::111122223333:role/ci', id: '111122223333' },
  };
  writeFileSync(
    file,
    JSON.stringify(
      buildPlan({ formatVersion: '1.2', terraformVersion: '1.9.5', changes, priorData: [identity] }),
    ),
  );
  return file;
}
function policyFile(name: string, buckets: string[]): string {
  const file = join(dir, `${name}.yml`);
  writeFileSync(
    file,
    [
      'version: 1',
      'buckets:',
      ...buckets.flatMap((b) => [`  - name: ${b}`, '    region: us-east-1']),
      'require:',
      '  rules:',
      '    log-bucket-delivery-grant: "off"',
      '    log-bucket-source-arn: "off"',
      '    log-bucket-acl-condition: "off"',
      '',
    ].join('\n'),
  );
  return file;
}

async function report(policy: string, file: string, terraformDir?: string): Promise<Report> {
  const { report } = await run({
    policy,
    sources: [{ kind: 'terraform-plan', file, ...(terraformDir ? { terraformDir } : {}) }],
    outputs: [],
    failOn: 'error',
    failOnUnknown: true,
    now: new Date('2026-12-01T00:00:00Z'),
  });
  // Temp paths differ per run: the golden files name them by their role.
  return JSON.parse(JSON.stringify(report).split(dir).join('<tmp>')) as Report;
}

const CASES: Record<string, () => Promise<Report>> = {
  // The seed article's trail changed from starts_with to equals: 25 APIs lost.
  drift: async () =>
    report(
      policyFile('drift', ['acme-pii-prod']),
      planFile('drift', [
        trailUpdate(sel('starts_with', ['acme-pii-prod']), sel('equals', ['acme-pii-prod'])),
      ]),
    ),
  clean: async () =>
    report('policies/examples/seed.yml', 'examples/seed-advanced/plan.json', 'examples/seed-advanced'),
  unknown: async () => report('policies/examples/seed.yml', 'examples/seed-advanced/plan.json'),
  // The seed example with terraform-dir, its trail written with `equals` where the article has
  // `starts_with` (source and plan changed alike): the fix is a diff of the user's own line.
  'seed-terraform-dir': async () => {
    const seed = join(dir, 'seed-equals');
    mkdirSync(seed, { recursive: true });
    const tf = readFileSync('examples/seed-advanced/main.tf', 'utf8');
    writeFileSync(join(seed, 'main.tf'), tf.replace('starts_with = [', 'equals = ['));
    const plan = JSON.parse(readFileSync('examples/seed-advanced/plan.json', 'utf8')) as unknown;
    writeFileSync(join(seed, 'plan.json'), JSON.stringify(startsWithToEquals(plan)));
    return report('policies/examples/seed.yml', join(seed, 'plan.json'), seed);
  },
  // Four buckets, one trail: the PR narrows it to two of them.
  'many-buckets': async () => {
    const all = ['acme-pii-prod', 'acme-payroll', 'acme-hr-exports', 'acme-audit-docs'];
    return report(
      policyFile('many', all),
      planFile('many', [trailUpdate(sel('starts_with', all), sel('starts_with', all.slice(0, 2)))]),
    );
  },
};

/** The plan as Terraform would write it for the seed trail with `equals`: every `starts_with` list moved to `equals`. */
function startsWithToEquals(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(startsWithToEquals);
  if (!v || typeof v !== 'object') return v;
  const o = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, startsWithToEquals(x)]));
  if (o['starts_with'] !== undefined && o['starts_with'] !== null && (o['equals'] ?? null) === null) {
    o['equals'] = o['starts_with'];
    // In `after` every argument is present (null when unset); in after_unknown and the configuration only set ones.
    if ('field' in o) o['starts_with'] = null;
    else delete o['starts_with'];
  }
  return o;
}

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN'] || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe.each(Object.keys(CASES))('the %s case', (name) => {
  let r: Report;
  let comment: string;
  let summary: string;
  it('renders the comment and the summary as the golden files', async () => {
    r = await (CASES[name] as () => Promise<Report>)();
    comment = renderMarkdown(r, { audience: 'action' });
    summary = renderMarkdown(r, { audience: 'action', variant: 'summary' });
    golden(`${name}.comment.md`, comment);
    golden(`${name}.summary.md`, summary);
  });

  it('1-2: the first line is one sentence with the verdict; a clean run still counts its warnings', () => {
    const first = comment.split('\n')[0] as string;
    expect(first).toMatch(/^### (✅|❌|⚠️) /);
    expect(comment.split('\n')[1]).toBe('');
    const warnings = r.findings.filter((f) => f.severity === 'warning').length;
    if (warnings && r.verdict.result === 'pass') expect(first).toContain(`${warnings} warning`);
  });

  it('3: the fix is visible without a click', () => {
    const visible = comment.split('<details>')[0] as string;
    for (const f of r.fixes ?? []) expect(visible).toContain(f.diff ? '```diff' : '```hcl');
    expect(comment.match(/<details>/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('4: no zero counters; a table only with several buckets; each explanation once in the comment', () => {
    expect(comment).not.toMatch(/\b0 (covered|partial|uncovered|unknown|regression|improvement|finding)/);
    expect(comment.includes('| Bucket |')).toBe(
      r.buckets.length > 1 && r.buckets.some((b) => b.status !== 'covered'),
    );
    for (const gap of new Set(r.buckets.flatMap((b) => b.events.flatMap((e) => e.gaps)))) {
      const shown = gap.replace(/^(cannot be proven recorded|not recorded|lost|partly recorded): /, '');
      const probe = shown.slice(0, 60);
      const count = comment
        .split('\n')
        .filter((l) => l.replace(/\\/g, '').includes(probe.replace(/\\/g, ''))).length;
      expect(count).toBeLessThanOrEqual(2);
    }
  });

  it('7-8: Action wording; unknown says what would decide it, and uncovered → unknown is no gain', () => {
    expect(comment).not.toMatch(/--terraform-dir|--live\b/);
    if (r.buckets.some((b) => b.status === 'unknown')) expect(comment).toContain('**To decide it**');
    expect(comment).not.toMatch(/gained[^\n]*uncovered → unknown/);
  });

  it('8: the change counters count as the lines word it: a change to or from unknown is no improvement', () => {
    for (const text of [comment, summary]) {
      const lines = text.split('\n');
      const gained = lines.filter((l) => l.startsWith('- 🔺 gained ')).length;
      const changed = lines.filter((l) => l.startsWith('- ❔ changed ')).length;
      const heading = lines.find((l) => l.startsWith('**What this plan changes**')) ?? '';
      expect(/(\d+) improvements?\b/.exec(heading)?.[1] ?? '0').toBe(String(gained));
      expect(/(\d+) changes? to or from unknown/.exec(heading)?.[1] ?? '0').toBe(String(changed));
    }
  });

  it('10: the summary carries more than the comment and does not repeat it word for word', () => {
    expect(summary).not.toBe(comment);
    expect(summary.split('\n')[0]).toBe(comment.split('\n')[0]);
    expect(summary).not.toContain('<details>');
  });
});

describe('the text report of the same change', () => {
  it('calls uncovered → unknown a change, neither GAINED nor an improvement', async () => {
    const report = await (CASES['unknown'] as () => Promise<Report>)();
    // The JSON report counts it the same way (diff.undecided, never diff.improvements).
    expect([report.diff?.improvements, report.diff?.undecided]).toEqual([0, 1]);
    const text = renderText(report);
    expect(text).toContain(
      'What this plan changes (0 regression(s), 0 improvement(s), 1 change(s) to or from unknown):',
    );
    expect(text).toMatch(/^ {2}CHANGED important-bucket-yamamoto012345678901: uncovered → unknown$/m);
    expect(text).not.toMatch(/GAINED[^\n]*→ unknown/);
  });
});
