import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  loadHcl2json,
  prepareHcl2json,
  readHclWasm
} from "./chunk-GLBCW5KP.js";
import "./chunk-V7BNKIHQ.js";
export {
  loadHcl2json,
  prepareHcl2json,
  readHclWasm
};
