#!/usr/bin/env node
import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  renderMarkdown,
  renderText,
  runCheck,
  summaryLine,
  timing
} from "./chunk-Q5GY7J7F.js";
import {
  VERSION
} from "./chunk-EUBEWM6F.js";
import "./chunk-LNLGZIBH.js";
import "./chunk-2JB2PJZF.js";
import {
  InputError,
  errorMessage
} from "./chunk-X4INS2XP.js";
import "./chunk-V7BNKIHQ.js";

// src/cli.ts
import { renameSync, writeFileSync } from "node:fs";
import { dirname, basename, join } from "node:path";
import { parseArgs } from "node:util";
var USAGE = `Usage: s3-trail-guard check --policy FILE (--plan FILE | --live | --plan FILE --live) [options]

Proves that S3 data events of the buckets in the policy are recorded by CloudTrail.

Options:
  --policy FILE          policy file (YAML, see policies/schema.json)            (required)
  --plan FILE            output of \`terraform show -json PLANFILE\`
  --live                 read the live AWS account (read-only calls; credentials from
                         the SDK's default chain); with --plan, the plan's resources
                         replace their live counterparts
  --region REGION        default AWS Region for --live (else AWS_REGION, then
                         AWS_DEFAULT_REGION)
  --terraform-dir DIR    the root module's source, to evaluate values the plan
                         knows only after apply (e.g. "\${aws_s3_bucket.b.arn}/")
  --format FORMAT        text (default) | json | markdown
  --output FILE          write the report to FILE instead of standard output
  -h, --help             show this help
  -V, --version          show the version

Exit codes: 0 all covered, 1 drift (a bucket not covered, or a failing finding), 2 usage or input error.
`;
var FORMATS = ["text", "json", "markdown"];
function render(report, format) {
  if (format === "json") return JSON.stringify(report) + "\n";
  if (format === "markdown") return renderMarkdown(report) + "\n";
  return renderText(report);
}
function writeAtomically(file, text) {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    throw new InputError(`${file}: cannot write the report: ${errorMessage(e)}`, file);
  }
}
async function main(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: "string" },
        plan: { type: "string" },
        live: { type: "boolean" },
        region: { type: "string" },
        "terraform-dir": { type: "string" },
        format: { type: "string", default: "text" },
        output: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "V" }
      }
    });
  } catch (e) {
    io.stderr(`s3-trail-guard: ${errorMessage(e)}

${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (v.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const [command, ...rest] = parsed.positionals;
  const usage = (msg) => {
    io.stderr(`s3-trail-guard: ${msg}

${USAGE}`);
    return 2;
  };
  if (command !== "check") return usage(command ? `unknown command "${command}"` : 'missing command "check"');
  if (rest.length) return usage(`unexpected argument "${rest[0]}"`);
  if (!v.policy) return usage("--policy FILE is required");
  if (!v.plan && !v.live)
    return usage("--live or --plan FILE is required: give --plan FILE, --live, or both");
  if (v.region !== void 0 && !v.live) return usage("--region is used only with --live");
  if (v["terraform-dir"] !== void 0 && !v.plan) return usage("--terraform-dir is used only with --plan");
  const format = v.format;
  if (!FORMATS.includes(format))
    return usage(`--format must be one of ${FORMATS.join(", ")}, not "${v.format}"`);
  try {
    const { report, exitCode } = await runCheck({
      policy: v.policy,
      ...v.plan ? { plan: v.plan } : {},
      ...v.live ? { live: true } : {},
      ...v.region ? { region: v.region } : {},
      ...v["terraform-dir"] ? { terraformDir: v["terraform-dir"] } : {}
    });
    const started = performance.now();
    const text = render(report, format);
    if (v.output) writeAtomically(v.output, text);
    else io.stdout(text);
    timing("report", started);
    if (v.output) io.stderr(summaryLine(report) + "\n");
    return exitCode;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`s3-trail-guard: ${e.message}
`);
      return 2;
    }
    io.stderr(`s3-trail-guard: internal error (please report it): ${errorMessage(e)}
`);
    if (process.env["S3TG_DEBUG"] && e instanceof Error && e.stack) io.stderr(e.stack + "\n");
    return 2;
  }
}

// src/bin/cli.ts
var code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t)
});
process.exitCode = code;
