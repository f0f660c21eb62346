import { setFlagsFromString } from 'node:v8';

/** hcl2json's `parse`: HCL text → the JSON form of its body. */
export type Hcl2JsonParse = (filename: string, contents: string) => Promise<Record<string, unknown>>;

let loading: Promise<Hcl2JsonParse> | undefined;

/**
 * `@cdktf/hcl2json`'s parser, loaded on the first call only (importing it starts instantiating its 6.5 MB
 * Go wasm), once per process.
 *
 * Its wasm runs on V8's baseline compiler only (`--liftoff-only`): with tier-up, starting the Go runtime
 * and the first parse cost ~450 + ~380 ms on a loaded 2-core machine against ~100 + ~60 ms with Liftoff
 * alone (measured on Node 20, main.wasm of hcl2json 0.21), and a `--terraform-dir` run parses a few small
 * files, where optimised code never pays back. The flag only concerns WebAssembly, which nothing else in
 * this program runs. A compiled module cannot be cached on disk instead: Node 20 serialises a
 * `WebAssembly.Module` to nothing (v8.serialize gives 2 bytes), and the bridge compiles from bytes anyway.
 */
export function loadHcl2json(): Promise<Hcl2JsonParse> {
  loading ??= (async () => {
    setFlagsFromString('--liftoff-only');
    const mod = (await import('@cdktf/hcl2json')) as {
      parse?: Hcl2JsonParse;
      default?: { parse?: Hcl2JsonParse };
    };
    // A CommonJS package: Node exposes `parse` as a named export, a bundler may put it under `default`.
    const fn = mod.parse ?? mod.default?.parse;
    if (!fn) throw new Error('@cdktf/hcl2json: no parse function');
    return fn;
  })();
  return loading;
}
