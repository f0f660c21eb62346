import { describe, expect, it } from '@jest/globals';
import { fence, renderMarkdown } from '../../src/outputs/markdown.js';
import type { Report } from '../../src/outputs/report.js';
import { withVerdict } from '../helpers/report.js';
import { toSarif } from '../../src/outputs/sarif.js';
import { RULES } from '../../src/rules/index.js';

const report: Report = withVerdict({
  schemaVersion: 1,
  tool: { name: 's3-trail-guard', version: '0.1.0' },
  mode: 'plan',
  policy: 'policy.yml',
  summary: { buckets: 1, covered: 0, partial: 1, uncovered: 0, unknown: 0, findings: 1 },
  buckets: [
    {
      name: 'acme-pii-prod',
      status: 'partial',
      region: 'eu-west-1',
      prefixes: [''],
      location: { file: 'policy.yml', line: 3, column: 5 },
      ref: null,
      events: [
        {
          name: 'GetObject',
          status: 'uncovered',
          coveredBy: [],
          gaps: ['not recorded: aws_cloudtrail.audit: equals trap'],
        },
        { name: 'HeadBucket', status: 'covered', coveredBy: ['aws_cloudtrail.audit'], gaps: [] },
      ],
    },
  ],
  diff: {
    regressions: 1,
    improvements: 0,
    buckets: [
      {
        name: 'acme-pii-prod',
        before: 'covered',
        after: 'partial',
        regression: true,
        changes: [
          {
            apis: ['GetObject'],
            before: 'covered',
            after: 'uncovered',
            regression: true,
            because: [
              'aws_cloudtrail.audit selector "<img src=x>" changed resources.ARN from starts_with to equals',
            ],
          },
        ],
      },
    ],
  },
  fixes: [
    {
      bucket: 'acme-pii-prod',
      recorder: 'aws_cloudtrail.audit',
      summary: 'aws_cloudtrail.audit: correct advanced_event_selector #1',
      terraform: 'advanced_event_selector {\n  name = "```evil"\n}',
      closes: true,
    },
  ],
  findings: [
    {
      ruleId: 'data-event-coverage',
      severity: 'error',
      status: 'fail',
      message: 'S3 data-event activity on acme-pii-prod is only partly recorded for GetObject',
      bucket: 'acme-pii-prod',
      location: { file: 'policy.yml', line: 3, column: 5 },
    },
  ],
  warnings: [],
});

describe('markdown with a coverage diff and fixes', () => {
  const md = renderMarkdown(report);

  it('says the regression and its cause in the first line; the diff is in the details, regressions called out', () => {
    const first = md.split('\n')[0] as string;
    expect(first).toMatch(
      /^### ❌ acme\\-pii\\-prod: 1 of \d+ S3 APIs would no longer be recorded — aws\\_cloudtrail/,
    );
    const diffAt = md.indexOf('**What this plan changes** (1 regression)');
    expect(diffAt).toBeGreaterThan(md.indexOf('<details>'));
    expect(md).toContain('🔻 **lost** acme\\-pii\\-prod: covered → partial');
    // The cause is said once: in the first line, not again in the diff.
    expect(md).toContain('  - GetObject: covered → uncovered\n');
    expect(md.split('changed resources\\.ARN from starts\\_with to equals').length).toBe(2);
    expect(md).not.toContain('<img src=x>');
  });

  it('shows the fix without a click, in a fence its content cannot close', () => {
    const visible = md.slice(0, md.indexOf('<details>'));
    expect(visible).toContain(
      '**Fix for acme\\-pii\\-prod**: aws\\_cloudtrail\\.audit\\: correct advanced\\_event\\_selector \\#1',
    );
    expect(visible).toContain('````hcl\nadvanced_event_selector {\n  name = "```evil"\n}\n````');
  });

  it('fence() grows past any backtick run', () => {
    expect(fence('a ````` b')).toBe('``````\na ````` b\n``````');
    expect(fence('plain', 'hcl')).toBe('```hcl\nplain\n```');
  });

  it('SARIF carries the diff and the fixes as run properties', () => {
    const sarif = toSarif(
      report,
      RULES.map((r) => r.meta),
      { toUri: (f: string) => f },
    );
    expect(sarif.runs[0]!.properties).toEqual({ coverageDiff: report.diff, fixes: report.fixes });
  });
});

describe('markdown of a plan that changes very many buckets', () => {
  it('lists every change (more lines than one call takes arguments), each bucket read by name', () => {
    // The bench's eventName estate (bench/gen-plan.mjs) changes 20,000 buckets with 11 lines each.
    const n = 60_000;
    const names = Array.from({ length: n }, (_, i) => `acmedata${String(i).padStart(6, '0')}`);
    const one = report.buckets[0]!;
    const change = report.diff!.buckets[0]!;
    const r: Report = {
      ...report,
      buckets: names.map((name) => ({ ...one, name })),
      diff: {
        regressions: n,
        improvements: 0,
        buckets: names.map((name) => ({
          ...change,
          name,
          changes: [change.changes[0]!, change.changes[0]!],
        })),
      },
    };
    const md = renderMarkdown(r, { variant: 'summary' });
    expect(md.split('\n').filter((l) => l.startsWith('- ') && l.includes('acmedata')).length).toBe(n);
    expect(md).toContain(`acmedata${String(n - 1).padStart(6, '0')}`);
  });
});
