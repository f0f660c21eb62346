import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  LIST_BUCKETS_ABOVE,
  collectLiveFacts
} from "./chunk-SQGCQ23J.js";
import "./chunk-LM3JAAGS.js";
import "./chunk-ULUGEN4C.js";
import "./chunk-O5WWRFHX.js";
import "./chunk-46KTH35H.js";
import "./chunk-EUBEWM6F.js";
import "./chunk-NDIWE5B4.js";
import "./chunk-2AG42DZR.js";
import "./chunk-CFUEKAMD.js";
import "./chunk-V7BNKIHQ.js";
export {
  LIST_BUCKETS_ABOVE,
  collectLiveFacts
};
