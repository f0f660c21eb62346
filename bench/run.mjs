// `npm run bench`: plan-mode scale and cold start (and live mode, bench/live.mjs, when it is there), each
// figure a ratio against a baseline measured in the same run on the same machine. Run after `npm run bundle`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generate } from './gen-plan.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 's3tg-bench-'));
const node = process.execPath;

function timed(args, env = {}) {
  const rss = join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(node, ['--require', join(import.meta.dirname, 'maxrss.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, S3TG_MAXRSS_FILE: rss },
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const maxRssKiB = existsSync(rss) ? Number(readFileSync(rss, 'utf8')) : NaN;
  return { ms, maxRssKiB };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(args, env) {
  const runs = Array.from({ length: RUNS }, () => timed(args, env));
  return { ms: median(runs.map((r) => r.ms)), maxRssKiB: Math.max(...runs.map((r) => r.maxRssKiB)) };
}

const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
const results = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
};

// --- Plan mode at scale: 10,000 resources (5,000 buckets, 50 trails × 494 selector values, nested
// module instances with for_each) and the same doubled.
const plans = {};
for (const [label, buckets] of [
  ['10k', 5000],
  ['20k', 10000],
]) {
  const { plan, policy } = generate({
    buckets,
    trails: 50 * (buckets / 5000),
    filler: buckets - 50 * (buckets / 5000),
  });
  const file = join(dir, `plan-${label}.json`);
  writeFileSync(file, JSON.stringify(plan));
  writeFileSync(join(dir, `policy-${label}.yml`), policy);
  const bytes = statSync(file).size;
  const floor = measure(['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`]);
  const cli = measure([
    'dist/cli.js',
    'check',
    '--policy',
    join(dir, `policy-${label}.yml`),
    '--plan',
    file,
    '--format',
    'json',
    '--output',
    join(dir, `report-${label}.json`),
  ]);
  const report = JSON.parse(readFileSync(join(dir, `report-${label}.json`), 'utf8'));
  plans[label] = { resources: plan.resource_changes.length, bytes, floor, cli, summary: report.summary };
}
const bare = measure(['-e', '0']);
for (const [label, p] of Object.entries(plans)) {
  results[`plan ${label}: resources`] = p.resources;
  results[`plan ${label}: file MiB`] = fmt(p.bytes / 2 ** 20);
  results[`plan ${label}: floor ms (node + read + JSON.parse)`] = fmt(p.floor.ms, 0);
  results[`plan ${label}: CLI ms`] = fmt(p.cli.ms, 0);
  results[`plan ${label}: CLI / floor (target <= 2)`] = fmt(p.cli.ms / p.floor.ms);
  results[`plan ${label}: peak RSS MiB (bare node ${fmt(bare.maxRssKiB / 1024, 0)})`] = fmt(
    p.cli.maxRssKiB / 1024,
    0,
  );
  results[`plan ${label}: (peak RSS - bare node) / file size (target <= 3)`] = fmt(
    ((p.cli.maxRssKiB - bare.maxRssKiB) * 1024) / p.bytes,
  );
  results[`plan ${label}: verdicts`] = JSON.stringify(p.summary);
}
results['plan 20k / 10k time (target <= 2.2)'] = fmt(plans['20k'].cli.ms / plans['10k'].cli.ms);

// --- Cold start: plan mode on the seed example against bare `node -e 0`.
const seed = measure([
  'dist/cli.js',
  'check',
  '--policy',
  'policies/examples/seed.yml',
  '--plan',
  'examples/seed-advanced/plan.json',
  '--format',
  'json',
  '--output',
  join(dir, 'seed.json'),
]);
const seedHcl = measure([
  'dist/cli.js',
  'check',
  '--policy',
  'policies/examples/seed.yml',
  '--plan',
  'examples/seed-advanced/plan.json',
  '--terraform-dir',
  'examples/seed-advanced',
  '--format',
  'json',
  '--output',
  join(dir, 'seed2.json'),
]);
results['cold start: bare node ms'] = fmt(bare.ms, 0);
results['cold start: seed example ms'] = fmt(seed.ms, 0);
results['cold start: seed / bare node (target <= 2)'] = fmt(seed.ms / bare.ms);
results['cold start: seed with --terraform-dir (HCL parser) / bare node'] = fmt(seedHcl.ms / bare.ms);

// --- Live mode against HTTP mocks (bench/live.mjs).
let live;
if (existsSync(join(import.meta.dirname, 'live.mjs'))) {
  const { runLiveBench, printFigures } = await import('./live.mjs');
  const f = await runLiveBench();
  results['live: calls / minimum (target 1)'] = fmt(f.calls.total / f.calls.minimum);
  results['live: AWS phase / critical path (target <= 1.5)'] = fmt(f.awsOverCriticalPath);
  results['live: verdict mismatches'] = f.verdicts.mismatches.length;
  live = printFigures(f);
}

// --- Algorithms that face hostile sizes (bench/algorithms.mjs): growth per doubling, ~2 is linear.
const { runAlgorithmBench, printAlgorithmRows } = await import('./algorithms.mjs');
const algorithms = await runAlgorithmBench();
for (const r of algorithms) results[`growth per doubling: ${r.label} (${r.n})`] = fmt(r.ratio);

rmSync(dir, { recursive: true, force: true });
const width = Math.max(...Object.keys(results).map((k) => k.length));
for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(width)}  ${v}`);
if (live) console.log(`\n${live}`);
console.log(`\n${printAlgorithmRows(algorithms)}`);
