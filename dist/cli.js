#!/usr/bin/env node
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
  DEFAULTS,
  FAIL_ON,
  FORMATS,
  FORMAT_NAMES,
  OptionError,
  PROGRESS_AFTER_MS,
  ReportShapeError,
  SETTING_OPTIONS,
  formatOf,
  heldProgress,
  loadPolicy,
  mergeReports,
  readReportJson,
  run,
  specsFrom,
  stripControls,
  summaryLine,
  terraformLocator,
  writeReportFile
} from "./chunk-7A65SR3S.js";
import "./chunk-CPV4HZ3R.js";
import "./chunk-YJWEW7O6.js";
import {
  ReadLimitError,
  readBoundedSync
} from "./chunk-I5QHX6OP.js";
import "./chunk-ULUGEN4C.js";
import "./chunk-O5WWRFHX.js";
import {
  VERSION
} from "./chunk-EUBEWM6F.js";
import "./chunk-NDIWE5B4.js";
import {
  InputError,
  errorMessage,
  maskSecrets
} from "./chunk-2AG42DZR.js";
import "./chunk-V7BNKIHQ.js";

// src/cli/cli.ts
import { isAbsolute, relative, sep } from "node:path";
import { parseArgs } from "node:util";

// src/cli/merge.ts
var MAX_REPORT_BYTES = 256 * 1024 * 1024;
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function shapeProblem(r) {
  if (!isObject(r["tool"]) || typeof r["tool"]["version"] !== "string") return "tool.version";
  if (typeof r["policy"] !== "string") return "policy";
  if (!isObject(r["verdict"])) return "verdict";
  for (const k of ["buckets", "findings", "warnings"]) if (!Array.isArray(r[k])) return k;
  if (r["fixes"] !== void 0 && !Array.isArray(r["fixes"])) return "fixes";
  const buckets = r["buckets"];
  const b = buckets.findIndex(
    (x) => !isObject(x) || typeof x["name"] !== "string" || typeof x["status"] !== "string"
  );
  if (b >= 0) return `buckets[${b}]`;
  const f = r["findings"].findIndex((x) => !isObject(x) || typeof x["ruleId"] !== "string");
  if (f >= 0) return `findings[${f}]`;
  const o = r["organization"];
  if (o !== void 0 && (!isObject(o) || !Array.isArray(o["accounts"]))) return "organization";
  const s = isObject(o) ? o["shard"] : void 0;
  if (s !== void 0 && (!isObject(s) || !Number.isInteger(s["index"]) || !Number.isInteger(s["count"])))
    return "organization.shard";
  return void 0;
}
function readShardReport(file) {
  let text;
  try {
    text = readBoundedSync(file, { maxBytes: MAX_REPORT_BYTES }).toString("utf8");
  } catch (e) {
    if (e instanceof ReadLimitError) throw new InputError(`${file}: ${e.message}`, file);
    throw new InputError(`${file}: cannot read the report (${errorMessage(e)})`, file);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const { position, reason } = jsonErrorOf(e);
    throw new InputError(
      `${file}: not JSON${position !== void 0 ? ` at position ${position}` : ""} (${reason}); merge reads --format json reports`,
      file
    );
  }
  if (!isObject(parsed)) throw new InputError(`${file}: not a JSON report (an object expected)`, file);
  try {
    parsed = readReportJson(parsed);
  } catch (e) {
    if (e instanceof ReportShapeError)
      throw new InputError(`${file}: not an s3-trail-guard JSON report (${e.message})`, file);
    throw e;
  }
  if (!isObject(parsed)) throw new InputError(`${file}: not a JSON report (an object expected)`, file);
  const problem = shapeProblem(parsed);
  if (problem)
    throw new InputError(
      `${file}: not an s3-trail-guard JSON report (${problem} missing or malformed)`,
      file
    );
  return { file, report: parsed };
}
function mergeFiles(files) {
  if (!files.length) throw new InputError("merge needs the JSON reports of the shards: merge SHARD.json...");
  return mergeReports(files.map(readShardReport));
}

// src/cli/cli.ts
var OUTPUT_FLAGS = [
  {
    cli: "format",
    value: "FORMAT",
    default: DEFAULTS.format,
    description: `${FORMAT_NAMES.join(" | ")}: the report on standard output (or in --output)`
  },
  {
    cli: "output",
    value: "FILE",
    default: "",
    description: "write that report to FILE instead of standard output"
  },
  ...FORMATS.map((f) => ({
    cli: f.fileOption,
    value: "FILE",
    default: "",
    description: `also write the ${f.name} report to FILE: ${f.description}`
  }))
];
function cliFlags() {
  return [...SETTING_OPTIONS, ...OUTPUT_FLAGS];
}
function usageText() {
  const rows = [
    ...cliFlags().map((f) => [
      `--${f.cli}${f.value ? ` ${f.value}` : ""}`,
      f.description + (f.repeatable ? " (repeatable)" : "")
    ]),
    ["-h, --help", "show this help"],
    ["-V, --version", "show the version"]
  ];
  const width = Math.max(...rows.map(([a]) => a.length)) + 2;
  return `Usage: s3-trail-guard check --policy FILE (--plan FILE... | --live | --plan FILE... --live) [options]
       s3-trail-guard check --policy FILE --organization [--role-name NAME] [--accounts ID,ID | --accounts-file FILE]
                            [--exclude-accounts ID,ID] [--shard I/N] [--concurrency K] [options]
       s3-trail-guard merge SHARD.json... [--format FORMAT] [--output FILE] [--FORMAT-file FILE]
                            (the JSON reports of --shard 1/N..N/N as one report; exit code of the whole)
       s3-trail-guard lint POLICY...   (validate policy files only)

Proves that S3 data events of the buckets in the policy are recorded by CloudTrail.

Options:
${rows.map(([a, b]) => `  ${a.padEnd(width)}${b}`).join("\n")}

Exit codes: 0 pass (nothing counts under --fail-on / --fail-on-unknown), 1 drift, 2 usage or input error.
`;
}
function parse(argv) {
  const options = {};
  for (const f of cliFlags())
    options[f.cli] = {
      type: "value" in f && f.value ? "string" : "boolean",
      ...f.repeatable ? { multiple: true } : {}
    };
  options["help"] = { type: "boolean", short: "h" };
  options["version"] = { type: "boolean", short: "V" };
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
}
var UsageError = class extends Error {
};
var str = (v) => typeof v === "string" ? v : void 0;
function settingsFromArgs(v) {
  const policy = str(v["policy"]);
  if (!policy) throw new UsageError("--policy FILE is required");
  let sources;
  try {
    sources = specsFrom(v, (o) => `--${o}`);
  } catch (e) {
    if (e instanceof OptionError) throw new UsageError(e.message);
    throw e;
  }
  if (!sources.length)
    throw new UsageError("--live or --plan FILE is required: give --plan FILE, --live, or both");
  const failOn = str(v["fail-on"]) ?? DEFAULTS.failOn;
  if (!FAIL_ON.includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, not "${failOn}"`);
  const unknownRaw = str(v["fail-on-unknown"]) ?? String(DEFAULTS.failOnUnknown);
  if (unknownRaw !== "true" && unknownRaw !== "false")
    throw new UsageError(`--fail-on-unknown must be true or false, not "${unknownRaw}"`);
  return { policy, sources, outputs: outputsFrom(v), failOn, failOnUnknown: unknownRaw === "true" };
}
function toUri(file) {
  const rel = isAbsolute(file) ? relative(process.cwd(), file) : file;
  return rel.startsWith("..") || isAbsolute(rel) ? void 0 : rel.split(sep).join("/");
}
function lint(files, io) {
  if (!files.length) {
    io.stderr("s3-trail-guard: lint needs at least one policy file\n");
    return 2;
  }
  let code2 = 0;
  for (const file of files) {
    try {
      const policy = loadPolicy(file);
      for (const w of policy.warnings)
        io.stderr(`${w.location.file}:${w.location.line}:${w.location.column}: warning: ${w.message}
`);
      io.stdout(
        `${file}: valid (${policy.buckets.length} bucket entr${policy.buckets.length === 1 ? "y" : "ies"})
`
      );
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`s3-trail-guard: ${e.message}
`);
      code2 = 2;
    }
  }
  return code2;
}
var OUTPUT_ONLY = /* @__PURE__ */ new Set(["format", "output", ...FORMATS.map((f) => f.fileOption)]);
function outputsFrom(v) {
  const format = str(v["format"]) ?? DEFAULTS.format;
  if (!formatOf(format))
    throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(", ")}, not "${format}"`);
  const output = str(v["output"]);
  const outputs = [{ format, ...output ? { file: output } : {} }];
  for (const f of FORMATS) {
    const file = str(v[f.fileOption]);
    if (file) outputs.push({ format: f.name, file });
  }
  const files = outputs.flatMap((o) => o.file ? [o.file] : []);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new UsageError(`${twice} is given as the file of two outputs`);
  return outputs;
}
function writeOutputs(report, outputs, io, locate) {
  const ctx = { toUri, ...locate ? { locate } : {} };
  for (const o of outputs) {
    const format = formatOf(o.format) ?? FORMATS[0];
    const text = format.renderChunks ? format.renderChunks(report, ctx) : [format.render(report, ctx)];
    if (o.file) writeReportFile(o.file, text);
    else for (const piece of text) io.stdout(piece);
  }
  if (outputs.every((o) => o.file)) io.stderr(summaryLine(report) + "\n");
}
function reportFailure(e, io) {
  if (e instanceof InputError) {
    io.stderr(`s3-trail-guard: ${maskSecrets(stripControls(e.message))}
`);
    return 2;
  }
  io.stderr(
    `s3-trail-guard: internal error (please report it): ${maskSecrets(stripControls(errorMessage(e)))}
`
  );
  if (process.env["S3TG_DEBUG"] && e instanceof Error && e.stack) io.stderr(e.stack + "\n");
  return 2;
}
function merge(files, v, io, usage) {
  const other = Object.keys(v).find((k) => v[k] !== void 0 && !OUTPUT_ONLY.has(k));
  if (other) return usage(`merge takes only the shard reports and output flags, not --${other}`);
  let outputs;
  try {
    outputs = outputsFrom(v);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  try {
    const report = mergeFiles(files);
    writeOutputs(report, outputs, io);
    return report.verdict.exitCode;
  } catch (e) {
    return reportFailure(e, io);
  }
}
function progressOnStderr(io, afterMs) {
  return heldProgress((l) => io.stderr(`s3-trail-guard: ${stripControls(l)}
`), afterMs);
}
async function main(argv, io, deps = {}) {
  const usage = (msg) => {
    io.stderr(`s3-trail-guard: ${msg}

${usageText()}`);
    return 2;
  };
  let parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    return usage(errorMessage(e));
  }
  const v = parsed.values;
  if (v["help"]) {
    io.stdout(usageText());
    return 0;
  }
  if (v["version"]) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const [command, ...rest] = parsed.positionals;
  if (command === "lint") return lint(rest, io);
  if (command === "merge") return merge(rest, v, io, usage);
  if (command !== "check") return usage(command ? `unknown command "${command}"` : 'missing command "check"');
  if (rest.length) return usage(`unexpected argument "${rest[0]}"`);
  let settings;
  try {
    settings = settingsFromArgs(v);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  const timing = process.env["S3TG_TIMINGS"] ? (stage, ms) => io.stderr(`timing ${stage}: ${ms.toFixed(1)} ms
`) : void 0;
  const progress = progressOnStderr(io, deps.progressAfterMs ?? PROGRESS_AFTER_MS);
  try {
    let outcome;
    try {
      outcome = await (deps.check ?? run)(settings, {
        ...deps,
        ...timing && !deps.timing ? { timing } : {},
        ...deps.progress ? {} : { progress: progress.line }
      });
    } finally {
      progress.stop();
    }
    const { report, verdict } = outcome;
    const started = timing ? performance.now() : 0;
    const dir = settings.sources.flatMap(
      (s) => s.kind === "terraform-plan" && s.terraformDir ? [s.terraformDir] : []
    )[0];
    const locate = dir ? terraformLocator(dir) : void 0;
    writeOutputs(report, settings.outputs, io, locate);
    timing?.("report", performance.now() - started);
    return verdict.exitCode;
  } catch (e) {
    return reportFailure(e, io);
  }
}

// src/cli/bin.ts
var code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t)
});
process.exitCode = code;
