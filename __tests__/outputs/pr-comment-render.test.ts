/**
 * The golden comments and summaries rendered as GitHub renders them (GitHub Flavored Markdown, via marked),
 * and held to ../shared/design/pr-comment.md's checklist on the HTML a reader gets rather than on the
 * markdown text: the first block is one sentence, the fix is a visible code block before the one
 * `<details>`, a table only with several buckets, and nothing from the input becomes markup.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';

const GOLDEN = join(import.meta.dirname, 'golden');
const files = readdirSync(GOLDEN).filter((f) => f.endsWith('.md'));
const render = (f: string) =>
  marked.parse(readFileSync(join(GOLDEN, f), 'utf8'), { gfm: true, async: false });
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe.each(files)('%s rendered as GFM', (file) => {
  const html = render(file);
  const comment = file.endsWith('.comment.md');
  const [first] = /^<h3>[\s\S]*?<\/h3>/.exec(html) ?? [''];

  it('opens with one heading: one sentence naming the verdict', () => {
    expect(first).not.toBe('');
    const sentence = text(first);
    expect(sentence).not.toContain('\n');
    expect(sentence).toMatch(/^(✅|❌|⚠️|❔)/u);
    // No counter that is zero, in the heading or anywhere a reader sees.
    expect(text(html)).not.toMatch(
      /\b0 (covered|partial|uncovered|unknown|regressions?|improvements?|findings?)\b/,
    );
  });

  it('shows the fix, when there is one, as a code block before any <details>', () => {
    const details = html.indexOf('<details>');
    const fix = html.search(/<pre><code class="language-(diff|hcl)">/);
    if (/^<p><strong>Fix for /m.test(html)) {
      expect(fix).toBeGreaterThan(-1);
      if (details >= 0) expect(fix).toBeLessThan(details);
    }
    if (file.startsWith('clean.')) expect(html).not.toContain('<strong>Fix for ');
  });

  it('puts the details in one <details> (comment) and a table only with several buckets', () => {
    const n = html.split('<details>').length - 1;
    if (comment) expect(n).toBeLessThanOrEqual(1);
    if (!file.startsWith('many-buckets.')) expect(html).not.toContain('<table>');
    else if (comment) expect(html).toContain('<table>');
  });

  it('lets no input become markup: only the tags the comment itself writes', () => {
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
    const allowed = [
      'h3',
      'p',
      'strong',
      'em',
      'code',
      'pre',
      'ul',
      'ol',
      'li',
      'a',
      'details',
      'summary',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'br',
      'hr',
      'sub',
      'sup',
      'blockquote',
    ];
    expect([...tags].filter((t) => !allowed.includes(t as string))).toEqual([]);
  });
});

it('renders every golden case (drift, clean, unknown, many buckets, terraform-dir; comment and summary)', () => {
  expect(files.sort()).toEqual(
    ['clean', 'drift', 'many-buckets', 'seed-terraform-dir', 'unknown']
      .flatMap((c) => [`${c}.comment.md`, `${c}.summary.md`])
      .sort(),
  );
});
