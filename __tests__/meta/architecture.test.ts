// The module graph of src/ has no import cycles (static and dynamic imports; `import type` is erased and does
// not count), and the registries are the only places a source or a format is listed. The folder boundaries
// themselves are lint rules (eslint.config.mjs); this test covers what a per-file lint cannot see.
// (A dependency such as eslint-plugin-import-x would need a TypeScript resolver as well; the graph is small
// enough to read here.)
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const SRC = 'src';
const all = files(SRC);

/** Runtime imports of a file, as paths of src/ files. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const out: string[] = [];
  const re =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(re)) {
    if (m[2]) continue;
    // `import { type A, type B } from` is erased too.
    const clause = /\{([^}]*)\}/.exec(m[0] ?? '')?.[1];
    if (clause && clause.split(',').every((x) => !x.trim() || x.trim().startsWith('type '))) continue;
    const spec = (m[3] ?? m[4]) as string;
    out.push(normalize(join(dirname(file), spec.replace(/\.js$/, '.ts'))));
  }
  return out;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') found.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return found;
}

describe('architecture', () => {
  const graph = new Map(all.map((f) => [f, importsOf(f).filter((t) => all.includes(t))]));

  it('the cycle finder finds a cycle', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(importsOf('src/x/a.ts', "import type { T } from './t.js';\nimport { y } from '../y.js';")).toEqual(
      [join('src', 'y.ts')],
    );
  });

  it('src/ has no import cycles', () => {
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
    expect(graph.get(join(SRC, 'app', 'run.ts'))).toContain(join(SRC, 'sources', 'index.ts'));
    expect(cycles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' → '))).toEqual([]);
  });

  it('only the registries name the sources and the formats', () => {
    const sourceModules = all.filter((f) => /sources\/[^/]+\/source\.ts$/.test(f));
    expect(sourceModules.length).toBeGreaterThanOrEqual(2);
    for (const [file, deps] of graph)
      for (const d of deps)
        if (sourceModules.includes(d))
          expect([relative(SRC, file), relative(SRC, d)]).toEqual([
            join('sources', 'index.ts'),
            relative(SRC, d),
          ]);
  });
});
