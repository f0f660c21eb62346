// Input values reach markdown, terminals and logs as text only: a table of hostile values and what each
// output makes of them.
import { describe, expect, it } from '@jest/globals';
import { code, escapeHtml, escapeMarkdown, fence } from '../../src/outputs/markdown.js';
import { stripControls } from '../../src/outputs/sanitize.js';

describe('stripControls', () => {
  const cases: [string, string, string][] = [
    ['CSI colour and clear screen', 'a\x1b[31mred\x1b[0m\x1b[2Jb', 'aredb'],
    ['OSC 8 hyperlink', '\x1b]8;;http://evil\x07click\x1b]8;;\x07', 'click'],
    ['OSC title with ST', '\x1b]0;title\x1b\\x', 'x'],
    ['C0 and DEL', 'a\x00b\x07c\x08d\x7fe', 'abcde'],
    ['C1', 'a\x85b\x9bc', 'abc'],
    ['bidi overrides (Trojan Source)', 'admin\u202e\u2066txt', 'admintxt'],
    ['newlines and tabs are kept', 'a\nb\tc', 'a\nb\tc'],
    ['carriage return is dropped', 'a\rb', 'ab'],
    ['plain text', 'arn:aws:s3:::bucket/key', 'arn:aws:s3:::bucket/key'],
  ];
  it.each(cases)('%s', (_n, input, want) => expect(stripControls(input)).toBe(want));
  it("'none' turns newlines and tabs into spaces", () =>
    expect(stripControls('a\nb\tc', 'none')).toBe('a b c'));
});

describe('markdown escaping in every position', () => {
  const hostile: [string, string, RegExp][] = [
    ['a team mention', '@org/team', /@(?!&#8203;)/],
    ['a user mention', 'hi @octocat', /@(?!&#8203;)/],
    ['an autolink', 'https://evil.example/x', /:(?!&#8203;)\\?\/\//],
    ['a www autolink', 'www.evil.example', /www(?!&#8203;)/],
    ['HTML', '<img src=x onerror=alert(1)>', /<img/],
    ['a table break', 'a | b', /[^\\]\|/],
    ['a link', '[click](http://x)', /[^\\]\[/],
    // eslint-disable-next-line no-control-regex
    ['an escape sequence', 'b\x1b[2Jx', /\x1b/],
    ['a newline (ends a table row)', 'a\nb', /\n/],
  ];
  it.each(hostile)('%s stays text in escapeMarkdown and escapeHtml (<summary>)', (_n, value, bad) => {
    expect(escapeMarkdown(value)).not.toMatch(bad);
    // Inside HTML (<summary>), | and [ are plain characters.
    if (!['a table break', 'a link'].includes(_n)) expect(escapeHtml(value)).not.toMatch(bad);
  });
  it('code spans and fences hold any backtick run and no control character', () => {
    expect(code('a`b``c')).toBe('```a`b``c```');
    expect(code('x\x1b[2Jy\nz')).toBe('`xy z`');
    expect(fence('```\x1b[31m', 'hcl')).toBe('````hcl\n```\n````');
    // A long run of backticks does not overflow the stack (no spread into Math.max).
    const many = '`a'.repeat(300_000);
    expect(fence(many).startsWith('```\n')).toBe(true);
  });
});
