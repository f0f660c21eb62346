// Preloaded with --require: records the process's peak resident set size (KiB) when it exits.
process.on('exit', () => {
  if (process.env.S3TG_MAXRSS_FILE)
    require('node:fs').writeFileSync(process.env.S3TG_MAXRSS_FILE, String(process.resourceUsage().maxRSS));
});
