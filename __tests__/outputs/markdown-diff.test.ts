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
  findings: [],
  warnings: [],
});

describe('markdown with a coverage diff and fixes', () => {
  const md = renderMarkdown(report);

  it('shows the diff before the bucket table, regressions called out', () => {
    const diffAt = md.indexOf('What this plan changes: 1 regression(s)');
    expect(diffAt).toBeGreaterThan(0);
    expect(diffAt).toBeLessThan(md.indexOf('| Bucket | Status |'));
    expect(md).toContain('🔻 **lost** acme\\-pii\\-prod: covered → partial');
    expect(md).toContain(
      'GetObject: covered → uncovered, because aws\\_cloudtrail\\.audit selector &quot;&lt;img src=x&gt;&quot; changed',
    );
    expect(md).not.toContain('<img src=x>');
  });

  it('folds the fix into the bucket details, in a fence its content cannot close', () => {
    const details = md.slice(md.indexOf('<details>'), md.indexOf('</details>'));
    expect(details).toContain(
      '**Fix**: aws\\_cloudtrail\\.audit\\: correct advanced\\_event\\_selector \\#1',
    );
    expect(details).toContain('````hcl\nadvanced_event_selector {\n  name = "```evil"\n}\n````');
  });

  it('fence() grows past any backtick run', () => {
    expect(fence('a ````` b')).toBe('``````\na ````` b\n``````');
    expect(fence('plain', 'hcl')).toBe('```hcl\nplain\n```');
  });

  it('SARIF carries the diff and the fixes as run properties', () => {
    const sarif = toSarif(
      report,
      RULES.map((r) => r.meta),
      { cwd: process.cwd() } as never,
    );
    expect(sarif.runs[0]!.properties).toEqual({ coverageDiff: report.diff, fixes: report.fixes });
  });
});
