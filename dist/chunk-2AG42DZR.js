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

// src/security/mask.ts
function maskSecrets(text) {
  let out = text;
  for (const [pattern, replace] of RULES)
    out = typeof replace === "string" ? out.replace(pattern, replace) : out.replace(pattern, replace);
  return out;
}
var MASK = "***";
var RULES = [
  // Header-like "name: value" or "name=value" pairs whose value is a secret, up to the end of the value.
  [
    /\b(authorization|proxy-authorization|x-amz-security-token|x-amz-signature|x-amz-credential|x-amz-session-token|aws_session_token|aws_secret_access_key|secret_?access_?key|session_?token|securitytoken|sessiontoken|secretaccesskey|x-github-token|github_token|password|passwd|client_secret)(["']?\s*[:=]\s*["']?)(?:(?:Bearer|token|Basic|AWS4-HMAC-SHA256)\s+)?[^\s"',;&}]+(?:,\s*(?:SignedHeaders|Signature)=[^\s"',&}]+)*/gi,
    (_m, name, sep) => `${name}${sep}${MASK}`
  ],
  // SigV4 parts anywhere (a pre-signed URL, an Authorization value quoted without its name).
  [/\b(Credential|Signature)=[A-Za-z0-9/+=_%.-]{8,}/g, (_m, name) => `${name}=${MASK}`],
  [/\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/g, `Bearer ${MASK}`],
  // AWS access key IDs: AKIA (long-term), ASIA (temporary) and the other documented 4-letter prefixes.
  [/\b(AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|APKA|ABIA|ACCA)[A-Z0-9]{12,}\b/g, (_m, p) => `${p}${MASK}`],
  // AWS session tokens (base64 of a protobuf; they start with these) and other very long base64 runs.
  [/\b(IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9+/=]*/g, (_m, p) => `${p}${MASK}`],
  [/[A-Za-z0-9+/]{200,}={0,2}/g, MASK],
  // GitHub tokens (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/).
  [/\b(gh[pousr]_)[A-Za-z0-9]{20,}\b/g, (_m, p) => `${p}${MASK}`],
  [/\b(github_pat_)[A-Za-z0-9_]{20,}/g, (_m, p) => `${p}${MASK}`]
];

export {
  InputError,
  errorMessage,
  maskSecrets
};
