// Bundles src/ into dist/ (committed; the Action runs dist/, not src/).
// esbuild rather than rollup: one dependency, no plugins needed for JSON or dynamic imports, and code
// splitting keeps the AWS SDK and the HCL parser out of plan mode's start-up path.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { generateValidator } from './gen-validator.mjs';

const out = process.env['S3TG_DIST_DIR'] ?? 'dist';
// The policy schema, compiled to code (src/config/policy-validator.generated.ts), must match the schema.
{
  const { writeFileSync: write, readFileSync: read } = await import('node:fs');
  const generated = generateValidator();
  if (read('src/config/policy-validator.generated.ts', 'utf8') !== generated)
    write('src/config/policy-validator.generated.ts', generated);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// @cdktf/hcl2json loads its wasm from `__dirname/../main.wasm.gz`; in the bundle it sits beside the chunks.
const hclWasmPath = {
  name: 'hcl2json-wasm-path',
  setup(b) {
    b.onLoad({ filter: /@cdktf[\\/]hcl2json[\\/]lib[\\/]bridge\.js$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const patched = src.replace(
        '(0, path_1.join)(__dirname, "..", "main.wasm.gz")',
        '(0, path_1.join)(__dirname, "hcl2json-main.wasm.gz")',
      );
      if (patched === src) throw new Error('hcl2json: wasm path not found; update scripts/build.mjs');
      return { contents: patched, loader: 'js' };
    });
  },
};

const entryPoints = { cli: 'src/cli/bin.ts', index: 'src/action/index.ts' };

await build({
  entryPoints,
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [hclWasmPath],
  // hcl2json's Go runtime polyfills performance only when the global is missing (never on Node 20+).
  external: ['performance'],
  banner: {
    js: [
      "import { createRequire as __s3tgCreateRequire } from 'node:module';",
      "import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';",
      "import { dirname as __s3tgDirname } from 'node:path';",
      'const require = __s3tgCreateRequire(import.meta.url);',
      'const __filename = __s3tgFileURLToPath(import.meta.url);',
      'const __dirname = __s3tgDirname(__filename);',
    ].join('\n'),
  },
});
copyFileSync('node_modules/@cdktf/hcl2json/main.wasm.gz', join(out, 'hcl2json-main.wasm.gz'));
const cli = join(out, 'cli.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) {
  const { writeFileSync, chmodSync } = await import('node:fs');
  writeFileSync(cli, '#!/usr/bin/env node\n' + text);
  chmodSync(cli, 0o755);
}
console.log('dist/:', readdirSync(out).join(' '));
