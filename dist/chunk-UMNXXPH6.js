import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  collectLiveFacts
} from "./chunk-UKZ4SSNF.js";
import "./chunk-LM3JAAGS.js";
import "./chunk-F56IW7WK.js";
import "./chunk-2JB2PJZF.js";
import "./chunk-CFUEKAMD.js";
import "./chunk-2AG42DZR.js";
import "./chunk-V7BNKIHQ.js";
export {
  collectLiveFacts
};
