/**
 * The JSON report in pieces (issue 12): the text is JSON.stringify's, byte for byte, and no piece holds a
 * whole list of buckets, so a report larger than V8's longest string can still be written.
 */
import { parseReport } from '../helpers/report-schema.js';
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';
import { writeReportFile } from '../../src/io/write-file.js';
import { formatOf } from '../../src/outputs/index.js';
import { batched, jsonChunks } from '../../src/outputs/json-stream.js';

const sparse: unknown[] = [1];
sparse[3] = 2;
const nullProto = Object.assign(Object.create(null) as object, { b: 1, a: [2] });

describe('jsonChunks', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 42],
    ['NaN and infinities', [NaN, Infinity, -Infinity, -0]],
    ['a string with quotes, controls and non-BMP characters', 'a"b\\c\n\u0001\u2028😀'],
    ['lone surrogates', ['\ud800', '\udfff']],
    [
      'undefined, functions and symbols in arrays and objects',
      [undefined, () => 1, Symbol('s'), { a: undefined, b: () => 1, c: Symbol('x'), d: 1 }],
    ],
    ['array holes', sparse],
    ['an empty object and array', { a: {}, b: [] }],
    ['objects with toJSON (Date), Maps and Sets', { d: new Date(0), m: new Map([[1, 2]]), s: new Set([1]) }],
    ['a null-prototype object', nullProto],
    ['integer-like keys (JSON.stringify writes them first)', { b: 1, 2: 'two', a: 3, 1: 'one' }],
    ['nesting deeper than the split depth', { a: [{ b: [{ c: [{ d: [1, { e: [2] }] }] }] }] }],
    ['booleans and nested lists', [[true, false], [[null]]]],
  ])('%s: the same text as JSON.stringify', (_n, v) => {
    expect([...jsonChunks(v)].join('')).toBe(JSON.stringify(v));
  });

  it('undefined at the top has no text, as JSON.stringify gives none', () => {
    expect([...jsonChunks(undefined)]).toEqual([]);
    expect(JSON.stringify(undefined)).toBeUndefined();
  });

  it('random values: the same text as JSON.stringify', () => {
    let seed = 12;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const gen = (d: number): unknown => {
      const k = Math.floor(rnd() * (d > 4 ? 5 : 8));
      if (k === 0) return null;
      if (k === 1) return rnd() < 0.5;
      if (k === 2) return rnd() * 1e6 - 5e5;
      if (k === 3)
        return String.fromCharCode(
          ...Array.from({ length: Math.floor(rnd() * 6) }, () => Math.floor(rnd() * 0xffff)),
        );
      if (k === 4) return undefined;
      if (k === 5) return Array.from({ length: Math.floor(rnd() * 5) }, () => gen(d + 1));
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(rnd() * 5); i > 0; i--)
        o[String.fromCharCode(97 + Math.floor(rnd() * 26))] = gen(d + 1);
      return o;
    };
    for (let i = 0; i < 500; i++) {
      const v = gen(0);
      // undefined at the top: no pieces (see above).
      expect([...jsonChunks(v)].join('')).toBe(JSON.stringify(v) ?? '');
    }
  });

  it('a list of buckets is never one piece: each bucket is a piece of its own', () => {
    const buckets = Array.from({ length: 1000 }, (_, i) => ({
      name: `b${i}`,
      events: [{ name: 'GetObject' }],
    }));
    const pieces = [...jsonChunks({ schemaVersion: 1, buckets })];
    const longest = Math.max(...pieces.map((p) => p.length));
    expect(longest).toBeLessThan(100);
    expect(pieces.join('')).toBe(JSON.stringify({ schemaVersion: 1, buckets }));
  });

  it('batched joins pieces into strings of about the size asked, in order', () => {
    const pieces = Array.from({ length: 100 }, (_, i) => `${i},`);
    const out = [...batched(pieces, 50)];
    expect(out.join('')).toBe(pieces.join(''));
    expect(out.length).toBeGreaterThan(1);
    expect(out.slice(0, -1).every((s) => s.length >= 50 && s.length < 60)).toBe(true);
  });
});

const dir = mkdtempSync(join(tmpdir(), 's3tg-json-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the JSON format in pieces', () => {
  it('renderChunks gives exactly what render gives, and the CLI writes it to a file and to stdout', async () => {
    const file = join(dir, 'r.json');
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: () => undefined };
    const args = [
      'check',
      '--policy',
      'policies/examples/seed.yml',
      '--plan',
      'examples/seed-advanced/plan.json',
      '--format',
      'json',
    ];
    await main([...args, '--output', file], io);
    await main(args, io);
    const text = readFileSync(file, 'utf8');
    const report = parseReport(text);
    const json = formatOf('json')!;
    expect([...json.renderChunks!(report)].join('')).toBe(json.render(report));
    expect(text).toBe(json.render(report));
    expect(out.join('')).toBe(text);
  });

  it('writeReportFile writes pieces in order', () => {
    const f = join(dir, 'pieces.json');
    writeReportFile(f, ['{"a":', '[1,', '2]}', '\n']);
    expect(readFileSync(f, 'utf8')).toBe('{"a":[1,2]}\n');
  });
});
