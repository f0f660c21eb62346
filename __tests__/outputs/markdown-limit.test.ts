// The Action keeps only COMMENT_LIMIT / SUMMARY_LIMIT characters of the markdown (fitMarkdown). Rendering
// with `limit` stops at what would be cut: the kept text must be the same as the whole text cut, for every
// variant and size, and a report of many buckets must not be rendered whole (the bench's eventName estate,
// 20,000 partial buckets with a fix each, is 522 MB of markdown).
import { describe, expect, it } from '@jest/globals';
import { renderMarkdown, type MarkdownOptions } from '../../src/outputs/markdown.js';
import type { Report } from '../../src/outputs/report.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT, fitMarkdown } from '../../src/outputs/truncate.js';
import { withVerdict } from '../helpers/report.js';
import { FORMATS, MARKDOWN_CUT } from '../../src/outputs/index.js';

const NOTICE = '**The report was cut.**';

/** n buckets, each partial with a fix, a finding and a diff entry; some warnings and notes. */
function estate(n: number, opts: { fixes?: boolean; warnings?: number; quiet?: number } = {}): Report {
  const names = Array.from({ length: n }, (_, i) => `acme-data-${String(i).padStart(6, '0')}`);
  const loc = { file: 'policy.yml', line: 3, column: 5 };
  return withVerdict({
    schemaVersion: 1,
    tool: { name: 's3-trail-guard', version: '0.1.0' },
    mode: 'plan',
    policy: 'policy.yml',
    summary: { buckets: n, covered: 0, partial: n, uncovered: 0, unknown: 0, findings: n },
    buckets: names.map((name) => ({
      name,
      status: 'partial' as const,
      region: 'us-east-1',
      prefixes: [''],
      location: loc,
      ref: `module.data.aws_s3_bucket.this["${name}"]`,
      events: [
        {
          name: 'GetObject',
          status: 'uncovered' as const,
          coveredBy: [],
          gaps: [
            `not recorded: module.audit.aws_cloudtrail.by_event["e1"]: eventName does not list GetObject (${name})`,
          ],
        },
        {
          name: 'PutObject',
          status: 'covered' as const,
          coveredBy: ['module.audit.aws_cloudtrail.by_event["e0"]'],
          gaps: [],
        },
      ],
    })),
    diff: {
      regressions: 0,
      improvements: n,
      buckets: names.map((name) => ({
        name,
        before: 'uncovered' as const,
        after: 'partial' as const,
        regression: false,
        changes: [
          {
            apis: ['PutObject'],
            before: 'uncovered' as const,
            after: 'covered' as const,
            regression: false,
            because: ['module.audit.aws_cloudtrail.by_event["e0"] is added by this plan'],
          },
        ],
      })),
    },
    ...(opts.fixes === false
      ? {}
      : {
          fixes: names.map((name) => ({
            bucket: name,
            recorder: 'module.audit.aws_cloudtrail.by_event["e2"]',
            summary: `module.audit.aws_cloudtrail.by_event["e2"]: add advanced_event_selector "${name} data events"`,
            terraform: `advanced_event_selector {\n  name = "${name} data events"\n  field_selector {\n    field       = "resources.ARN"\n    starts_with = ["arn:aws:s3:::${name}/"]\n  }\n}`,
            closes: true,
          })),
        }),
    findings: [
      ...names.map((name) => ({
        ruleId: 'data-event-coverage',
        severity: 'error' as const,
        status: 'fail' as const,
        message: `S3 data-event activity on ${name} is only partly recorded for GetObject`,
        bucket: name,
        location: loc,
      })),
      ...Array.from({ length: opts.quiet ?? 0 }, (_, i) => ({
        ruleId: 'trail-log-file-validation',
        severity: 'warning' as const,
        status: 'fail' as const,
        message: `module.audit.aws_cloudtrail.by_event["e${i}"]: log file validation is off`,
        location: loc,
      })),
    ],
    warnings: Array.from({ length: opts.warnings ?? 0 }, (_, i) => `warning ${i}: something to know`),
  });
}

const variants: MarkdownOptions[] = [{}, { variant: 'summary' }, { audience: 'action' }];

describe('renderMarkdown with a limit', () => {
  it.each([
    ['1 bucket', estate(1), [200, 1_000, COMMENT_LIMIT]],
    ['40 buckets', estate(40, { warnings: 3, quiet: 2 }), [500, 3_000, 10_000, COMMENT_LIMIT]],
    [
      '400 buckets, no fixes',
      estate(400, { fixes: false, warnings: 200, quiet: 200 }),
      [2_000, 30_000, COMMENT_LIMIT],
    ],
    ['2,000 buckets', estate(2_000, { warnings: 5, quiet: 5 }), [COMMENT_LIMIT, SUMMARY_LIMIT]],
  ] as const)('%s: the text cut to the limit is the whole text cut to it', (_label, r, limits) => {
    for (const v of variants) {
      const whole = renderMarkdown(r, v);
      for (const limit of limits) {
        const limited = renderMarkdown(r, { ...v, limit });
        expect([v, limit, fitMarkdown(limited, limit, NOTICE).text]).toEqual([
          v,
          limit,
          fitMarkdown(whole, limit, NOTICE).text,
        ]);
        // Under the limit nothing is left out.
        if (whole.length <= limit) expect(limited).toBe(whole);
      }
    }
  });

  it('20,000 partial buckets with a fix each: renders about the limit, not the whole report', () => {
    const r = estate(20_000, { warnings: 10, quiet: 10 });
    for (const v of variants) {
      const limited = renderMarkdown(r, { ...v, limit: COMMENT_LIMIT });
      expect(limited.length).toBeGreaterThan(COMMENT_LIMIT);
      // The sections past the limit are not rendered: a few lines over it, not 20,000 fixes.
      expect(limited.length).toBeLessThan(COMMENT_LIMIT + 20_000);
      expect(fitMarkdown(limited, COMMENT_LIMIT, NOTICE).text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    }
  });

  it('no limit: every fix, finding and diff entry is there', () => {
    const md = renderMarkdown(estate(300));
    expect(md.split('\n').filter((l) => l.startsWith('**Fix for ')).length).toBe(300);
    expect(md).toContain('acme\\-data\\-000299: uncovered → partial');
  });

  it('--format markdown is cut as the job summary is, with the note; a small report is whole', () => {
    const md = FORMATS.find((f) => f.name === 'markdown')!;
    const big = estate(20_000);
    const text = md.render(big);
    expect(text.length).toBeLessThanOrEqual(SUMMARY_LIMIT + 1);
    expect(text).toBe(fitMarkdown(renderMarkdown(big), SUMMARY_LIMIT, MARKDOWN_CUT).text + '\n');
    expect(text.trimEnd().endsWith(MARKDOWN_CUT)).toBe(true);
    const small = estate(3);
    expect(md.render(small)).toBe(renderMarkdown(small) + '\n');
  });
});
