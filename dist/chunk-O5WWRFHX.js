import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);

// src/model/selectors.ts
var ADVANCED_OPERATORS = [
  "Equals",
  "StartsWith",
  "EndsWith",
  "NotEquals",
  "NotStartsWith",
  "NotEndsWith"
];
var OPERATOR_ATTRIBUTES = {
  Equals: "equals",
  StartsWith: "starts_with",
  EndsWith: "ends_with",
  NotEquals: "not_equals",
  NotStartsWith: "not_starts_with",
  NotEndsWith: "not_ends_with"
};

export {
  ADVANCED_OPERATORS,
  OPERATOR_ATTRIBUTES
};
