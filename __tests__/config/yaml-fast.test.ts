import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseFastYaml } from '../../src/config/yaml-fast.js';
import {
  DEFAULT_YAML_LIMITS,
  escapePointerToken,
  parseYaml,
  type ParsedYaml,
  type YamlLimits,
} from '../../src/config/yaml-source.js';

// The fast reader (yaml-fast.ts) against the reference (the `yaml` package, parseYaml with
// referenceOnly): wherever the fast reader answers, value and every position must be the reference's;
// wherever the reference refuses a document, the fast reader must not answer.

type Outcome = { readonly error: string } | { readonly doc: ParsedYaml };

function read(text: string, referenceOnly: boolean, limits: YamlLimits = DEFAULT_YAML_LIMITS): Outcome {
  try {
    return { doc: parseYaml(text, limits, { referenceOnly }) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function pointers(value: unknown, pointer = '', out: string[] = []): string[] {
  out.push(pointer);
  if (Array.isArray(value)) value.forEach((v, i) => pointers(v, `${pointer}/${i}`, out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pointers(v, `${pointer}/${escapePointerToken(k)}`, out);
  return out;
}

/** Every sequence of the value: its pointer and its length. */
function sequences(value: unknown, pointer = '', out: [string, number][] = []): [string, number][] {
  if (Array.isArray(value)) {
    out.push([pointer, value.length]);
    value.forEach((v, i) => sequences(v, `${pointer}/${i}`, out));
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) sequences(v, `${pointer}/${escapePointerToken(k)}`, out);
  return out;
}

/** Asserts parseYaml (fast reader first) = the reference on `text`; says whether the fast reader answered. */
function agrees(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): boolean {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fast = parseFastYaml(input, limits);
  const reference = read(text, true, limits);
  const actual = read(text, false, limits);
  if ('error' in reference) {
    expect(fast).toBeUndefined();
    expect(actual).toEqual(reference);
    return false;
  }
  if (!('doc' in actual)) throw new Error(`fast path failed where the reference read: ${actual.error}`);
  const want = reference.doc;
  const got = actual.doc;
  expect(got.value).toStrictEqual(want.value);
  expect(JSON.stringify(got.value)).toBe(JSON.stringify(want.value));
  const positions = (d: ParsedYaml) =>
    pointers(want.value).flatMap((p) =>
      [p, `${p}/missing`, `${p}/01`, `${p}/-1`].map((q) => [q, d.at(q), d.keyAt(q)]),
    );
  expect(positions(got)).toEqual(positions(want));
  // itemsAt (one pass over a sequence's offsets on the fast path) is at() of each item, one past the end
  // included (the nearest ancestor's position), on both paths.
  const items = (d: ParsedYaml) =>
    sequences(want.value).map(([p, n]) => [p, d.itemsAt(p, n + 1), d.itemsAt(p, 0)]);
  const expected = sequences(want.value).map(([p, n]) => [
    p,
    Array.from({ length: n + 1 }, (_, i) => want.at(`${p}/${i}`)),
    [],
  ]);
  expect(items(got)).toEqual(expected);
  expect(items(want)).toEqual(expected);
  if (fast) expect(fast.value).toStrictEqual(want.value);
  return fast !== undefined;
}

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

describe('fast YAML reader: a table of documents', () => {
  // [name, document, whether the fast reader answers (false: the reference reads it alone)]
  const cases: readonly [string, string, boolean][] = [
    ['shorthand bucket list', lines('version: 1', 'buckets:', '  - acme-pii-prod', '  - other-bucket'), true],
    ['sequence at its key indentation', lines('version: 1', 'buckets:', '- a-bucket', '- b-bucket'), true],
    [
      'entries as mappings, nested lists, comments',
      lines(
        '# a policy',
        'version: 1  # the format',
        'buckets:',
        '  # first',
        '  - name: payroll-exports',
        '    prefixes:',
        '      - exports/',
        '',
        '      - reports/monthly/   ',
        '    events: [GetObject, "PutObject", \'DeleteObject\']',
        '    region: eu-west-1',
        '    account: "111122223333" # quoted',
        '  - name: b-bucket',
        '    events:',
        '    - GetObject',
        '    accept: []',
        'waivers:',
        '  - rule: STG001',
        '    bucket: b-bucket',
        "    reason: 'it''s # not a comment'",
        '    expires: 2026-12-31',
      ),
      true,
    ],
    [
      'scalars of the core schema',
      lines('a: 1', 'b: 007', 'c: true', 'd: FALSE', 'e: null', 'f: Null'),
      true,
    ],
    [
      'strings that look like other types',
      lines('a: 2024-01-31', 'b: 1_000', 'c: yes', 'd: 12ab', 'e: a:b'),
      true,
    ],
    ['a hash inside a word is text', lines('a: x#y', 'b: [x#y]'), true],
    ['null value of an empty key', lines('a:', 'b:   ', 'c: # comment', 'd: 1'), true],
    ['no final newline', 'version: 1\nbuckets: [x]', true],
    ['item on the line after its dash', lines('a:', '  -', '    b: 1', '  -', '    - 1'), true],
    ['deep nesting of mappings', lines('a:', '  b:', '    c:', '      d: [x]'), true],
    ['empty file', '', false],
    ['only comments', lines('# nothing'), false],
    ['root scalar', lines('just text'), false],
    ['root sequence', lines('- a', '- b'), true],
    ['CRLF line ends', 'version: 1\r\nbuckets:\r\n  - a\r\n', false],
    ['tab in indentation', lines('a:', '\t- b'), false],
    ['tab inside a value', lines('a: "x\ty"'), false],
    ['directive', lines('%YAML 1.1', '---', 'a: no'), false],
    ['document start', lines('---', 'a: 1'), false],
    ['second document', lines('a: 1', '---', 'b: 2'), false],
    ['document end', lines('a: 1', '...'), false],
    ['anchor and alias', lines('a: &x 1', 'b: *x'), false],
    ['tag', lines('a: !!str 1'), false],
    ['merge key', lines('base: {x: 1}', 'a:', '  <<: {y: 2}'), false],
    ['flow mapping', lines('a: {x: 1}'), false],
    ['block scalar', lines('a: |', '  text'), false],
    ['multi-line plain scalar', lines('a: one', '  two'), false],
    ['multi-line quoted scalar', lines('a: "one', '  two"'), false],
    ['escape in double quotes', lines('a: "x\\ty"'), false],
    ['duplicate key', lines('a: 1', 'a: 2'), false],
    ['duplicate key in an entry', lines('buckets:', '  - name: a', '    name: b'), false],
    ['__proto__ key', lines('__proto__: 1'), false],
    ['boolean-looking key', lines('true: 1'), false],
    ['quoted key', lines('"a": 1'), false],
    ['complex key', lines('? a', ': 1'), false],
    ['numeric key', lines('1: a'), false],
    ['empty sequence item', lines('a:', '  -', 'b: 1'), false],
    ['sequence in sequence on one line', lines('- - a'), false],
    ['bad indentation', lines('buckets:', '  - name: a', '   events: all'), false],
    ['more indentation after a value', lines('a: 1', '  b: 2'), false],
    ['mapping value in a plain scalar', lines('a: b: c'), false],
    ['text after a quoted scalar', lines('a: "x" y'), false],
    ['comment without a space after quotes', lines('a: "x"#c'), false],
    ['trailing comma in flow', lines('a: [x, ]'), false],
    ['empty flow item', lines('a: [x,,y]'), false],
    ['nested flow', lines('a: [[x]]'), false],
    ['unclosed flow', lines('a: [x, y'), false],
    ['comment in flow', lines('a: [x #c', ']'), false],
    ['colon in a flow scalar', lines('a: [x:y]'), false],
    ['hex, octal, float, infinity', lines('a: 0x1F'), false],
    ['float', lines('a: 1.5'), false],
    ['signed integer', lines('a: -1'), false],
    ['integer beyond 15 digits', lines('a: 1234567890123456'), false],
    ['tilde', lines('a: ~'), false],
    ['indicator first', lines('a: @x'), false],
    ['line separator', lines('a: x\u2028y'), false],
  ];
  it.each(cases)('%s', (_name, text, fast) => {
    expect(agrees(text)).toBe(fast);
  });

  it('the policies in policies/ and a 2,000-bucket policy of each bench shape', () => {
    const dir = fileURLToPath(new URL('../../policies/', import.meta.url));
    const files = [
      ...readdirSync(`${dir}examples`).map((f) => `${dir}examples/${f}`),
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.yml'))
        .map((f) => dir + f),
    ];
    let answered = 0;
    for (const f of files) if (agrees(readFileSync(f, 'utf8'))) answered++;
    expect(answered).toBe(files.length);
    const names = Array.from({ length: 2000 }, (_, i) => `acme-data-${String(i).padStart(6, '0')}`);
    expect(agrees(lines('version: 1', 'buckets:', ...names.map((n) => `  - ${n}`)))).toBe(true);
    expect(
      agrees(lines('version: 1', 'buckets:', ...names.map((n) => `  - name: ${n}\n    events: [GetObject]`))),
    ).toBe(true);
  });

  it('documents near the node and depth limits are left to the reference', () => {
    const limits = { maxNodes: 20, maxDepth: 4 };
    expect(agrees(lines('a:', ...Array.from({ length: 30 }, (_, i) => `  - x${i}`)), limits)).toBe(false);
    expect(agrees(lines('a:', '  b:', '    c:', '      d:', '        e: 1'), limits)).toBe(false);
    expect(agrees(lines('a: [x]'), limits)).toBe(true);
  });
});

describe('fast YAML reader: generated documents', () => {
  type Tree = string | number | boolean | null | Tree[] | { [k: string]: Tree };
  const word = fc.stringMatching(/^[a-z][a-z0-9._/-]{0,8}$/);
  const scalar: fc.Arbitrary<Tree> = fc.oneof(
    { arbitrary: word, weight: 8 },
    {
      arbitrary: fc.constantFrom(
        '2024-01-31',
        'yes',
        '1.5',
        '0x1F',
        '-1',
        '+2',
        '~',
        'Null',
        'TRUE',
        'a:b',
        'a #b',
      ),
      weight: 1,
    },
    { arbitrary: fc.integer({ min: 0, max: 99999 }), weight: 2 },
    { arbitrary: fc.boolean(), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.stringMatching(/^[ a-zA-Z0-9#:'"\\,[\]{}&*!|>%@`-]{0,8}$/), weight: 1 },
  );
  const key = fc.oneof(
    { arbitrary: fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/), weight: 12 },
    { arbitrary: fc.constantFrom('true', '__proto__', '<<', 'a b', '1', 'x:y', 'é'), weight: 1 },
  );
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }),
    ),
  })).node;
  // A policy is a mapping at the top.
  const root = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 });

  interface Style {
    readonly indent: number;
    readonly quote: number;
    readonly flow: boolean;
    readonly sameIndent: boolean;
    readonly comments: boolean;
  }
  const style = fc.record({
    indent: fc.integer({ min: 1, max: 4 }),
    quote: fc.integer({ min: 0, max: 3 }),
    flow: fc.boolean(),
    sameIndent: fc.boolean(),
    comments: fc.boolean(),
  });

  function scalarText(v: Tree, s: Style): string {
    if (typeof v !== 'string') return String(v);
    if (s.quote === 1) return `"${v}"`;
    if (s.quote === 2) return `'${v.replace(/'/g, "''")}'`;
    return v;
  }
  /** `v` in block style: `lead` is what its first line starts with, `pad` the indentation of its other lines. */
  function render(v: Tree, s: Style, pad: string, out: string[], lead: string): void {
    const comment = s.comments ? ' # c' : '';
    if (Array.isArray(v)) {
      if (v.length === 0 || (s.flow && v.every((x) => x === null || typeof x !== 'object'))) {
        out.push(`${lead}[${v.map((x) => scalarText(x, s)).join(', ')}]${comment}`);
        return;
      }
      if (lead) out.push(lead.trimEnd());
      for (const item of v) render(item, s, `${pad}  `, out, `${pad}- `);
      return;
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      if (entries.length === 0) {
        out.push(`${lead}{}`);
        return;
      }
      entries.forEach(([k, x], i) => {
        let line = pad;
        if (i === 0 && lead.endsWith('- ')) line = lead;
        else if (i === 0 && lead) out.push(lead.trimEnd());
        const childPad = Array.isArray(x) && s.sameIndent ? pad : `${pad}${' '.repeat(s.indent)}`;
        render(x, s, childPad, out, `${line}${k}: `);
      });
      return;
    }
    out.push(`${lead}${scalarText(v, s)}${comment}`);
  }
  const document = fc
    .tuple(
      root,
      style,
      // Half of the documents get one or two stray characters.
      fc.oneof(
        fc.constant<[number, string][]>([]),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '#', ':', '-', '\t', '\r', '&', '"', '\n')), {
          minLength: 1,
          maxLength: 2,
        }),
      ),
    )
    .map(([t, s, noise]) => {
      const out: string[] = [];
      if (s.comments) out.push('# generated');
      render(t, s, '', out, '');
      let text = `${out.join('\n')}\n`;
      for (const [at, c] of noise) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + c + text.slice(i);
      }
      return text;
    });

  it('agree with the reference wherever the fast reader answers, and it answers often', () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(document, (text) => {
        runs++;
        if (agrees(text)) answered++;
        else if (process.env.SHOW_REFUSED) process.stderr.write(`----\n${text}`);
      }),
      { numRuns: 700, seed: 12 },
    );
    expect(answered / runs).toBeGreaterThan(0.15);
  });
});
