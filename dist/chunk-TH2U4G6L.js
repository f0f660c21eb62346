import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  jsonErrorOf
} from "./chunk-VDCSKCU3.js";
import {
  ReadLimitError,
  readBoundedSync
} from "./chunk-I5QHX6OP.js";
import {
  InputError,
  errorMessage
} from "./chunk-2AG42DZR.js";
import "./chunk-V7BNKIHQ.js";

// src/sources/terraform-plan/read-plan.ts
var MAX_PLAN_BYTES = 128 * 1024 * 1024;
function decodePlanBytes(buf) {
  if (buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191)
    return buf.subarray(3).toString("utf8");
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return buf.subarray(2).toString("utf16le");
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  if (buf.length >= 4 && buf[1] === 0 && buf[3] === 0 && buf[0] !== 0) return buf.toString("utf16le");
  return buf.toString("utf8");
}
function lineCol(text, pos) {
  let line = 1;
  let last = -1;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: pos - last };
}
var SHOW_JSON = "`terraform show -json tfplan > plan.json` (or `tofu show -json tfplan > plan.json`)";
function isZip(buf) {
  return buf.length >= 4 && buf[0] === 80 && buf[1] === 75 && (buf[2] === 3 || buf[2] === 5);
}
function wrapperLine(text) {
  const first = text.trimStart().split("\n", 1)[0] ?? "";
  if (first.startsWith("[command]") || first.startsWith("::debug::")) return true;
  return /^::debug::(?:Terraform exited|stdout:|exitcode:)/m.test(text);
}
function parsePlanText(text, file) {
  if (text.trim() === "")
    throw new InputError(
      `${file}: the plan file is empty (expected the output of \`terraform show -json PLANFILE\`)`,
      file
    );
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    if (wrapperLine(text))
      throw new InputError(
        `${file}:1:1: this is the output of hashicorp/setup-terraform's wrapper (\`[command]\` and \`::debug::\` lines around the JSON); set \`terraform_wrapper: false\` on the setup-terraform step, then ${SHOW_JSON}`,
        file
      );
    const msg = errorMessage(e);
    const m = /position (\d+)/.exec(msg);
    const pos = m ? Number(m[1]) : /end of JSON|Unterminated/i.test(msg) ? text.length : 0;
    const { line, column } = lineCol(text, pos);
    const truncated = /end of JSON|Unterminated/i.test(msg) || pos >= text.trimEnd().length;
    const hint = truncated ? " (the file looks truncated)" : "";
    throw new InputError(
      // The reason only: V8's message quotes the plan text around the error, which may be a secret.
      `${file}:${line}:${column}: not valid JSON${hint}: ${jsonErrorOf(e).reason}`,
      file
    );
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc))
    throw new InputError(`${file}: /: expected a JSON object from \`terraform show -json PLANFILE\``, file);
  const plan = doc;
  const fv = plan["format_version"];
  if (typeof fv !== "string")
    throw new InputError(
      `${file}: /format_version: missing; this is not \`terraform show -json\` output`,
      file
    );
  const major = Number(fv.split(".")[0]);
  if (!Number.isInteger(major) || major < 0 || major > 1)
    throw new InputError(
      `${file}: /format_version: unsupported plan format "${fv}" (this version of s3-trail-guard reads formats 0.x and 1.x)`,
      file
    );
  if (plan["errored"] === true)
    throw new InputError(
      `${file}: /errored: the plan errored (terraform plan failed); fix the plan and check it again`,
      file
    );
  if (!("planned_values" in plan) && !("resource_changes" in plan) && !("configuration" in plan)) {
    const hint = "values" in plan ? " (it looks like a state file: run `terraform show -json PLANFILE` on a saved plan)" : "";
    throw new InputError(
      `${file}: /: not a Terraform plan: no planned_values, resource_changes or configuration${hint}`,
      file
    );
  }
  return plan;
}
function readPlanFile(file, opts = {}) {
  let bytes = readPlanBytes(file, opts);
  const text = decodePlanBytes(bytes);
  bytes = void 0;
  return parsePlanText(text, file);
}
function readPlanBytes(file, opts) {
  const maxBytes = opts.maxBytes ?? MAX_PLAN_BYTES;
  let buf;
  try {
    buf = readBoundedSync(file, {
      maxBytes,
      ...opts.timeoutMs !== void 0 ? { timeoutMs: opts.timeoutMs } : {}
    });
  } catch (e) {
    if (!(e instanceof ReadLimitError))
      throw new InputError(`${file}: cannot read plan file: ${errorMessage(e)}`, file);
    if (e.kind === "directory")
      throw new InputError(`${file}: is a directory, expected a plan JSON file`, file);
    if (e.kind === "too-large")
      throw new InputError(
        `${file}: the plan is ${e.size === void 0 ? `more than ${maxBytes / 1048576}` : (e.size / 1048576).toFixed(0)} MiB, over the ${maxBytes / 1048576} MiB this tool reads; plan smaller parts (-target, or per workspace/stack), or strip the plan with jq to the aws_cloudtrail*, aws_s3_bucket* and aws_iam_policy_document resources`,
        file
      );
    throw new InputError(`${file}: cannot read plan file: ${e.message}`, file);
  }
  if (isZip(buf))
    throw new InputError(
      `${file}: this is a binary plan (a saved \`terraform plan -out\` file, not JSON); run ${SHOW_JSON} and check plan.json`,
      file
    );
  return buf;
}
export {
  MAX_PLAN_BYTES,
  decodePlanBytes,
  parsePlanText,
  readPlanFile
};
