import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);

// src/errors.ts
var InputError = class extends Error {
  constructor(message, file, options) {
    super(message, options);
    this.file = file;
    this.name = "InputError";
  }
  file;
};
var SYSTEM_ERRORS = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  EMFILE: "too many open files"
};
function errorMessage(e) {
  const code = e?.code;
  if (typeof code === "string" && SYSTEM_ERRORS[code]) return `${code}: ${SYSTEM_ERRORS[code]}`;
  return e instanceof Error ? e.message : String(e);
}

export {
  InputError,
  errorMessage
};
