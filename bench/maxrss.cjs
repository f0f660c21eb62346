// Preloaded with --require: records the process's peak resident set size (KiB) when it exits.
/* eslint-disable @typescript-eslint/no-require-imports, no-undef */
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.S3TG_MAXRSS_FILE)
    writeFileSync(process.env.S3TG_MAXRSS_FILE, String(process.resourceUsage().maxRSS));
});
