import { hclWasmFile } from './hcl2json-wasm.js';

// node:v8 and node:zlib are imported where they are used: plan mode loads this module (through hcl.ts)
// and never needs them.

/** hcl2json's `parse`: HCL text → the JSON form of its body. */
export type Hcl2JsonParse = (filename: string, contents: string) => Promise<Record<string, unknown>>;

/** What Go's wasm_exec.js defines. */
interface GoRuntime {
  readonly importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}
/** What hcl2json's Go main registers on `globalThis.__parse_terraform_config_wasm__`. */
interface Exports {
  parse?: (filename: string, contents: string, done: (err: unknown, json?: string) => void) => void;
}

let compiling: Promise<WebAssembly.Module> | undefined;
let loading: Promise<Hcl2JsonParse> | undefined;

/**
 * Reads and compiles the wasm, once per process. Compiling runs on V8's background threads, so a run that
 * will parse HCL starts it first ({@link prepareHcl2json}) and reads its plan meanwhile.
 *
 * V8 flags, which concern WebAssembly only (nothing else in this program runs it):
 * - `--liftoff-only`: the baseline compiler alone. With tier-up, starting the Go runtime and the first
 *   parse cost ~450 + ~380 ms on a loaded 2-core machine against ~100 + ~60 ms with Liftoff alone
 *   (measured on Node 20, main.wasm of hcl2json 0.21); a `--terraform-dir` run parses a few small files,
 *   where optimised code never pays back.
 * - `--wasm-lazy-validation`: a function is validated when it is first compiled (V8 compiles wasm
 *   functions lazily already), not all 6.5 MB up front: compiling took 27 ms of CPU, 7 ms with it (min of
 *   8, Node 20). The module is the one the package ships, not input.
 * A compiled module cannot be cached on disk instead: Node 20 serialises a `WebAssembly.Module` to nothing
 * (v8.serialize gives 2 bytes).
 */
function compiled(): Promise<WebAssembly.Module> {
  compiling ??= (async () => {
    const { setFlagsFromString } = await import('node:v8');
    setFlagsFromString('--liftoff-only');
    setFlagsFromString('--wasm-lazy-validation');
    return WebAssembly.compile(await readHclWasm(hclWasmFile()));
  })();
  return compiling;
}

/** The wasm's bytes: the bundle's copy is uncompressed (gunzip is ~30 ms of CPU), the package's gzipped. */
export async function readHclWasm(file: string): Promise<Buffer<ArrayBuffer>> {
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(file);
  if (!file.endsWith('.gz')) return bytes;
  const { gunzip } = await import('node:zlib');
  return new Promise((resolve, reject) => gunzip(bytes, (e, out) => (e ? reject(e) : resolve(out))));
}

/** Starts reading and compiling the wasm without waiting for it (failures surface in {@link loadHcl2json}). */
export function prepareHcl2json(): void {
  compiled().catch(() => undefined);
}

/**
 * hcl2json's parser, started on the first call only, once per process: Go's runtime (the package's
 * wasm_exec.js) on the package's wasm, called as the package's own bridge calls it (lib/bridge.js of
 * @cdktf/hcl2json 0.21), without the bridge: it reads the wasm through fs-extra and graceful-fs (110 KB
 * of JavaScript that patches node:fs) and gunzips it on the main thread.
 */
export function loadHcl2json(): Promise<Hcl2JsonParse> {
  loading ??= (async () => {
    const module = await compiled();
    // Defines globalThis.Go (and the globals Go's runtime reads: fs, TextEncoder, crypto, performance).
    await import('@cdktf/hcl2json/wasm/bridge_wasm_exec.js');
    const Go = (globalThis as unknown as { Go: new () => GoRuntime }).Go;
    const go = new Go();
    const instance = await WebAssembly.instantiate(module, go.importObject);
    const exports: Exports = {};
    (globalThis as unknown as { __parse_terraform_config_wasm__: Exports }).__parse_terraform_config_wasm__ =
      exports;
    // Go's main registers its functions, then waits for calls: run() settles only when the program exits.
    void go.run(instance);
    const parse = exports.parse;
    if (typeof parse !== 'function') throw new Error('@cdktf/hcl2json: no parse function');
    return async (filename: string, contents: string) => {
      const json = await new Promise<string>((resolve, reject) => {
        parse(filename, contents, (err, out) => (err ? reject(new Error(String(err))) : resolve(out ?? '')));
      });
      return JSON.parse(json) as Record<string, unknown>;
    };
  })();
  return loading;
}
