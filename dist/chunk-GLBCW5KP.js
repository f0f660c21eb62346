import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);

// src/sources/terraform-plan/hcl2json-wasm.ts
import { join } from "node:path";
function hclWasmFile() {
  return join(__dirname, "hcl2json-main.wasm");
}

// src/sources/terraform-plan/hcl2json.ts
var compiling;
var loading;
function compiled() {
  compiling ??= (async () => {
    const { setFlagsFromString } = await import("node:v8");
    setFlagsFromString("--liftoff-only");
    setFlagsFromString("--wasm-lazy-validation");
    return WebAssembly.compile(await readHclWasm(hclWasmFile()));
  })();
  return compiling;
}
async function readHclWasm(file) {
  const { readFile } = await import("node:fs/promises");
  const bytes = await readFile(file);
  if (!file.endsWith(".gz")) return bytes;
  const { gunzip } = await import("node:zlib");
  return new Promise((resolve, reject) => gunzip(bytes, (e, out) => e ? reject(e) : resolve(out)));
}
function prepareHcl2json() {
  compiled().catch(() => void 0);
}
function loadHcl2json() {
  loading ??= (async () => {
    const module = await compiled();
    await import("./chunk-M5FUA332.js");
    const Go = globalThis.Go;
    const go = new Go();
    const instance = await WebAssembly.instantiate(module, go.importObject);
    const exports = {};
    globalThis.__parse_terraform_config_wasm__ = exports;
    void go.run(instance);
    const parse = exports.parse;
    if (typeof parse !== "function") throw new Error("@cdktf/hcl2json: no parse function");
    return async (filename, contents) => {
      const json = await new Promise((resolve, reject) => {
        parse(filename, contents, (err, out) => err ? reject(new Error(String(err))) : resolve(out ?? ""));
      });
      return JSON.parse(json);
    };
  })();
  return loading;
}

export {
  readHclWasm,
  prepareHcl2json,
  loadHcl2json
};
