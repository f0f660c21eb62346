// The markdown renderer as the Action uses it (comment, job summary, drift issue).
import { describe, expect, it } from '@jest/globals';
import type { BucketCoverage } from '../../src/engine/types.js';
import { escapeHtml, escapeMarkdown, renderAllCovered, renderMarkdown } from '../../src/outputs/markdown.js';
import type { Report } from '../../src/outputs/report.js';
import { withVerdict } from '../helpers/report.js';

const bucket = (name: string, status: BucketCoverage['status']): BucketCoverage => ({
  name,
  status,
  region: null,
  prefixes: [''],
  events: [{ name: 'GetObject', status, coveredBy: [], gaps: status === 'covered' ? [] : ['lost | ](x)'] }],
  location: { file: 'p.yml', line: 3, column: 5 },
  ref: null,
});
const report = (buckets: BucketCoverage[]): Report =>
  withVerdict({
    schemaVersion: 1,
    tool: { name: 's3-trail-guard', version: '0.1.0' },
    mode: 'live',
    policy: 'p.yml',
    summary: {
      buckets: buckets.length,
      covered: buckets.filter((b) => b.status === 'covered').length,
      partial: 0,
      uncovered: buckets.filter((b) => b.status === 'uncovered').length,
      unknown: 0,
      findings: 0,
    },
    buckets,
    findings: buckets
      .filter((b) => b.status !== 'covered')
      .map((b) => ({
        ruleId: 'data-event-coverage',
        severity: 'error' as const,
        status: b.status === 'unknown' ? ('unknown' as const) : ('fail' as const),
        message: `${b.name} is ${b.status}`,
        bucket: b.name,
        location: { file: 'p.yml', line: 3, column: 5 },
      })),
    warnings: [],
  });

describe('renderMarkdown for the Action', () => {
  it('one folded details block whose summary holds no input value; names escaped everywhere', () => {
    const md = renderMarkdown(
      report([bucket('acme-pii.prod', 'uncovered'), bucket('<b>x</b>', 'uncovered')]),
    );
    expect(md.match(/<details>/g)).toHaveLength(1);
    expect(md).toContain('<details><summary>Details: per-API results</summary>');
    expect(md).toContain('**&lt;b&gt;x&lt;/b&gt;**: uncovered');
    expect(md).toContain('| acme\\-pii\\.prod | ❌ uncovered |');
    expect(md).toContain('lost \\| \\]\\(x\\)');
    expect(md).not.toContain('<b>');
  });

  it('a label tells several instances apart, and is escaped too', () => {
    expect(renderMarkdown(report([]), { label: 'prod_[eu]' })).toMatch(
      /^### ✅ \(prod\\_\\\[eu\\\]\) 0 sensitive buckets recorded by CloudTrail/,
    );
    expect(renderMarkdown(report([]))).toMatch(/^### ✅ 0 sensitive buckets recorded by CloudTrail\n/);
  });

  it('renderAllCovered is the short body once every bucket is covered', () => {
    const md = renderAllCovered(report([bucket('a', 'covered'), bucket('b', 'covered')]), { label: 'live' });
    expect(md).toBe(
      '### ✅ (live) 2 sensitive buckets recorded by CloudTrail\n\nlive mode · no CloudTrail coverage drift.\n',
    );
  });

  it('escapeHtml encodes only what HTML needs; escapeMarkdown also backslashes markdown', () => {
    expect(escapeHtml('a&b <i> "q"\nnext')).toBe('a&amp;b &lt;i&gt; &quot;q&quot; next');
    expect(escapeMarkdown('<img src=x> | ](')).toBe('&lt;img src=x&gt; \\| \\]\\(');
  });
});
