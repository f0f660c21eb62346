import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  MAX_TF_FILE_BYTES,
  MAX_TF_TOTAL_BYTES,
  blockList,
  evaluateExpression,
  loadTerraformDir,
  traverseValue
} from "./chunk-HL7N5HKL.js";
import "./chunk-GLBCW5KP.js";
import "./chunk-VDCSKCU3.js";
import "./chunk-YJWEW7O6.js";
import "./chunk-I5QHX6OP.js";
import "./chunk-2AG42DZR.js";
import "./chunk-V7BNKIHQ.js";
export {
  MAX_TF_FILE_BYTES,
  MAX_TF_TOTAL_BYTES,
  blockList,
  evaluateExpression,
  loadTerraformDir,
  traverseValue
};
