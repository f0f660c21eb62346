// `npm run bench`: plan-mode scale and cold start (and live mode, bench/live.mjs, and organization mode,
// bench/organization.mjs, when they are there), each figure a ratio against a baseline measured in the same
// run on the same machine. Run after `npm run bundle`.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generate } from './gen-plan.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// BENCH_ONLY=plan,events,100k,cold,live,organization,algorithms runs only those sections (all by default);
// the table then lists only their rows.
const ONLY = process.env.BENCH_ONLY
  ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim()))
  : undefined;
const only = (section) => ONLY === undefined || ONLY.has(section);
const dir = mkdtempSync(join(tmpdir(), 's3tg-bench-'));
const node = process.execPath;
// The bundle `npm run bundle` wrote (S3TG_DIST_DIR moves it, as in scripts/build.mjs).
const CLI = join(process.env.S3TG_DIST_DIR ?? 'dist', 'cli.js');

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

// --- Plan mode at scale (issue 12's table): plans with 10,000 and 20,000 buckets (a trail per 100 buckets
// with 494 selector values, filler resources), each against its floor (node + read + JSON.parse).
const HEAVY_RUNS = Number(process.env.BENCH_HEAVY_RUNS ?? 1);
const targets = [];
const target = (measure, figure, goal, met) => targets.push({ measure, figure, goal, met });
const floorOf = (file, runs) =>
  (runs ? measureN(runs) : measure)([
    '-e',
    `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`,
  ]);
function measureN(n) {
  return (args, env) => {
    const runs = Array.from({ length: n }, () => timed(args, env));
    return { ms: median(runs.map((r) => r.ms)), maxRssKiB: Math.max(...runs.map((r) => r.maxRssKiB)) };
  };
}
const cliArgs = (policy, file, format, out) => [
  CLI,
  'check',
  '--policy',
  policy,
  '--plan',
  file,
  '--format',
  format,
  '--output',
  out,
];
const plans = {};
for (const [label, buckets] of only('plan')
  ? [
      ['10k', 10000],
      ['20k', 20000],
    ]
  : []) {
  const trails = buckets / 100;
  const { plan, policy } = generate({ buckets, trails, filler: buckets - trails });
  const file = join(dir, `plan-${label}.json`);
  const policyFile = join(dir, `policy-${label}.yml`);
  writeFileSync(file, JSON.stringify(plan));
  writeFileSync(policyFile, policy);
  const bytes = statSync(file).size;
  const floor = floorOf(file);
  const cli = measure(cliArgs(policyFile, file, 'json', join(dir, `report-${label}.json`)));
  const text =
    label === '10k'
      ? measure(cliArgs(policyFile, file, 'text', join(dir, `report-${label}.txt`)))
      : undefined;
  const report = JSON.parse(readFileSync(join(dir, `report-${label}.json`), 'utf8'));
  plans[label] = {
    resources: plan.resource_changes.length,
    bytes,
    floor,
    cli,
    text,
    summary: report.summary,
  };
}
const bare = measure(['-e', '0']);
for (const [label, p] of Object.entries(plans)) {
  results[`plan ${label} buckets: resources`] = p.resources;
  results[`plan ${label} buckets: file MiB`] = fmt(p.bytes / 2 ** 20);
  results[`plan ${label} buckets: floor ms (node + read + JSON.parse)`] = fmt(p.floor.ms, 0);
  results[`plan ${label} buckets: CLI --format json ms`] = fmt(p.cli.ms, 0);
  if (p.text) results[`plan ${label} buckets: CLI --format text ms`] = fmt(p.text.ms, 0);
  results[`plan ${label} buckets: peak RSS MiB (bare node ${fmt(bare.maxRssKiB / 1024, 0)})`] = fmt(
    p.cli.maxRssKiB / 1024,
    0,
  );
  results[`plan ${label} buckets: verdicts`] = JSON.stringify(p.summary);
}
const p10 = plans['10k'];
const p20 = plans['20k'];
if (p10) target('10k-bucket plan, --format json, CLI / floor', p10.cli.ms / p10.floor.ms, 2.0);
if (p10) target('same, --format text, CLI / floor', p10.text.ms / p10.floor.ms, 1.6);
if (p10)
  target(
    'peak RSS at 10k, over bare node, / file size',
    ((p10.cli.maxRssKiB - bare.maxRssKiB) * 1024) / p10.bytes,
    4,
  );

// --- 20,000 buckets under 10 trails with eventName selectors over every bucket.
if (only('events')) {
  const { plan, policy } = generate({ buckets: 20000, trails: 0, eventNameTrails: 10 });
  const file = join(dir, 'plan-events.json');
  const policyFile = join(dir, 'policy-events.yml');
  writeFileSync(file, JSON.stringify(plan));
  writeFileSync(policyFile, policy);
  const bytes = statSync(file).size;
  const floor = floorOf(file);
  const out = join(dir, 'report-events.json');
  const cli = measureN(HEAVY_RUNS)(cliArgs(policyFile, file, 'json', out));
  const reportBytes = statSync(out).size;
  results['eventName plan (20k buckets, 10 trails): file MiB'] = fmt(bytes / 2 ** 20);
  results['eventName plan: floor ms / CLI ms'] = `${fmt(floor.ms, 0)} / ${fmt(cli.ms, 0)}`;
  results['eventName plan: report MiB'] = fmt(reportBytes / 2 ** 20);
  // The report is larger than a string may be: its summary sits near the start.
  const head = Buffer.alloc(1 << 16);
  const fd = openSync(out, 'r');
  readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  results['eventName plan: verdicts'] =
    /"summary":(\{[^}]*\})/.exec(head.toString('utf8'))?.[1] ?? '(summary past the first 64 KiB)';
  target('20k buckets x 10 eventName trails, CLI / floor', cli.ms / floor.ms, 3);
  target('  and its report / the plan (size)', reportBytes / bytes, 1);
}
if (p10 && p20) target('growth per doubling, 10k -> 20k buckets (time)', p20.cli.ms / p10.cli.ms, 2.05);

// --- 100,000 buckets (about 250 MB): a verdict, or the documented cap with exit 2.
if (only('100k')) {
  const { plan } = generate({ buckets: 100000, trails: 100, filler: 100000 });
  const file = join(dir, 'plan-100k.json');
  const policyFile = join(dir, 'policy-100k.yml');
  writeFileSync(file, JSON.stringify(plan));
  // Every bucket by "*": a policy naming 100,000 buckets is over the policy file's own 1 MiB cap.
  writeFileSync(policyFile, 'version: 1\nbuckets:\n  - name: "*"\n');
  const bytes = statSync(file).size;
  const r = spawnSync(node, cliArgs(policyFile, file, 'json', join(dir, 'report-100k.json')), {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const said = (r.stderr || '').trim().split('\n').pop()?.slice(0, 160);
  results['100k-bucket plan: file MiB'] = fmt(bytes / 2 ** 20);
  results['100k-bucket plan: exit code, last message'] = `${r.status}: ${said}`;
  targets.push({
    measure: '100k-bucket plan (a verdict, or a documented cap with exit 2)',
    figure: `exit ${r.status}${r.status === 2 ? ' (cap)' : ''}`,
    goal: 'verdict / cap',
    met: r.status === 0 || r.status === 1 || (r.status === 2 && /MiB this tool reads/.test(r.stderr)),
  });
  rmSync(file, { force: true });
}

// --- Cold start: plan mode on the seed example against bare `node -e 0`.
if (only('cold')) {
  const seed = measure([
    CLI,
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
    CLI,
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
  target('cold start, seed example / bare node -e 0', seed.ms / bare.ms, 1.5);
  target('--terraform-dir seed example / bare node', seedHcl.ms / bare.ms, 3);
}
// --- Live mode against HTTP mocks (bench/live.mjs).
let live;
if (only('live') && existsSync(join(import.meta.dirname, 'live.mjs'))) {
  const { runLiveBench, printFigures } = await import('./live.mjs');
  const f = await runLiveBench({ buckets: Number(process.env.BENCH_LIVE_BUCKETS ?? 2000), runs: HEAVY_RUNS });
  results['live: calls / minimum (target 1)'] = fmt(f.calls.total / f.calls.minimum);
  target(`live, ${f.account.buckets} buckets, AWS phase / critical path`, f.awsOverCriticalPath, 1.5);
  results['live: verdict mismatches'] = f.verdicts.mismatches.length;
  live = printFigures(f);
}

// --- Organization mode against HTTP mocks (bench/organization.mjs): 500 accounts × 17 Regions.
let organization;
if (only('organization') && existsSync(join(import.meta.dirname, 'organization.mjs'))) {
  const { runOrganizationBench, printOrganizationFigures } = await import('./organization.mjs');
  const f = await runOrganizationBench({
    accounts: Number(process.env.BENCH_ORG_ACCOUNTS ?? 500),
    concurrency: Number(process.env.BENCH_ORG_CONCURRENCY ?? 500),
  });
  results['organization: calls / minimum (target 1)'] = `${f.calls.total} / ${f.calls.minimum}`;
  target(
    `organization, ${f.organization.accounts} accounts x ${f.organization.regions} Regions, wall / critical path of one account`,
    f.overAccountCriticalPath,
    3,
  );
  targets.push({
    measure: '  and its calls = the documented minimum',
    figure: `${f.calls.total} / ${f.calls.minimum}`,
    goal: 'equal',
    met: f.calls.atMinimum,
  });
  results['organization: wall / critical path of the run (ListAccounts pages included)'] = fmt(
    f.overRunCriticalPath,
  );
  results['organization: verdict mismatches'] = f.mismatches.length;
  organization = printOrganizationFigures(f);
}

// --- Algorithms that face hostile sizes (bench/algorithms.mjs): growth per doubling, ~2 is linear.
const { runAlgorithmBench, printAlgorithmRows } = await import('./algorithms.mjs');
const algorithms = only('algorithms') ? await runAlgorithmBench() : [];
for (const r of algorithms) results[`growth per doubling: ${r.label} (${r.n})`] = fmt(r.ratio);

rmSync(dir, { recursive: true, force: true });
const width = Math.max(...Object.keys(results).map((k) => k.length));
for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(width)}  ${v}`);
// The table: every row with its target beside it.
console.log('\n| measure | this run | target | met |\n| --- | --- | --- | --- |');
for (const t of targets) {
  const fig = typeof t.figure === 'number' ? `${fmt(t.figure)}x` : t.figure;
  const goal = typeof t.goal === 'number' ? `<= ${t.goal}x` : t.goal;
  const met = t.met ?? t.figure <= t.goal;
  console.log(`| ${t.measure} | ${fig} | ${goal} | ${met ? 'met' : 'NOT MET'} |`);
}
if (live) console.log(`\n${live}`);
if (organization) console.log(`\n${organization}`);
if (algorithms.length > 0) console.log(`\n${printAlgorithmRows(algorithms)}`);
