// Bundles src/ into dist/ (committed; the Action runs dist/, not src/).
// esbuild rather than rollup: one dependency, no plugins needed for JSON or dynamic imports, and code
// splitting keeps the AWS SDK and the HCL parser out of plan mode's start-up path.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
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

// hcl2json's wasm sits beside the chunks, uncompressed (gunzipping its 1.7 MB took ~30 ms of CPU per
// --terraform-dir run; the repository and the npm tarball compress it anyway).
const HCL_WASM = 'hcl2json-main.wasm';
const hclWasmPath = {
  name: 'hcl2json-wasm-path',
  setup(b) {
    b.onLoad({ filter: /src[\\/]sources[\\/]terraform-plan[\\/]hcl2json-wasm\.ts$/ }, () => ({
      // __dirname: the chunk's directory (the banner below defines it).
      contents: `import { join } from 'node:path';\nexport function hclWasmFile(): string { return join(__dirname, ${JSON.stringify(HCL_WASM)}); }\n`,
      loader: 'ts',
    }));
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
writeFileSync(join(out, HCL_WASM), gunzipSync(readFileSync('node_modules/@cdktf/hcl2json/main.wasm.gz')));
const cli = join(out, 'cli.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) {
  const { chmodSync } = await import('node:fs');
  writeFileSync(cli, '#!/usr/bin/env node\n' + text);
  chmodSync(cli, 0o755);
}
console.log('dist/:', readdirSync(out).join(' '));
