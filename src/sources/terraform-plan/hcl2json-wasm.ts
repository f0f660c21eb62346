import { createRequire } from 'node:module';

/**
 * The file of hcl2json's Go wasm: the package's own when run from the sources; scripts/build.mjs replaces
 * this module in the bundle with the uncompressed copy it puts beside the chunks (dist/ has no
 * node_modules).
 */
export function hclWasmFile(): string {
  return createRequire(import.meta.url).resolve('@cdktf/hcl2json/main.wasm.gz');
}
