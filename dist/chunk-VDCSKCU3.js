import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  maskSecrets
} from "./chunk-2AG42DZR.js";

// src/io/json-error.ts
function jsonErrorOf(e) {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(msg);
  const reason = msg.replace(/,\s*(?:\.\.\.)?".*is not valid JSON$/s, "").replace(/\s+in JSON at position \d+.*$/s, "").replace(/\s+\(line \d+ column \d+\)$/, "").replace(/\s+/g, " ").trim().slice(0, 200);
  return { ...m ? { position: Number(m[1]) } : {}, reason: maskSecrets(reason) || "invalid JSON" };
}

export {
  jsonErrorOf
};
