// Growth ratios of the algorithms that face hostile sizes (issue 11): each scenario runs at size n and 2n
// and prints time(2n) / time(n). A linear algorithm gives about 2, a quadratic one about 4. Ratios, not
// times: they hold on any machine. `node bench/algorithms.mjs` (or part of `npm run bench`).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

async function load() {
  const dir = mkdtempSync(join(tmpdir(), 's3tg-algo-'));
  const outfile = join(dir, 'engine.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'algorithms-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  const mod = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

/** Median of `runs` timings of fn(), in ms, after one warm-up. */
function time(fn, runs = 5) {
  fn();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}

const known = (value) => ({ known: true, value });
const strs = (xs) => known(xs.map(known));
const field = (name, ops) => ({
  field: known(name),
  operators: Object.fromEntries(Object.entries(ops).map(([op, v]) => [op, strs(v)])),
});
const s3sel = (...extra) => ({
  fieldSelectors: known([
    field('eventCategory', { Equals: ['Data'] }),
    field('resources.type', { Equals: ['AWS::S3::Object'] }),
    ...extra,
  ]),
});
const S3_APIS_ALL = null; // requirement() below fills every API from the engine's own list at run time

function trail(selectors) {
  return {
    kind: 'trail',
    id: 'aws_cloudtrail.t',
    origin: { source: 'terraform-plan', ref: 'aws_cloudtrail.t' },
    name: known('t'),
    arn: known('arn:aws:cloudtrail:us-east-1:111122223333:trail/t'),
    partition: known('aws'),
    accountId: known('111122223333'),
    homeRegion: known('us-east-1'),
    multiRegion: known(true),
    organization: known(false),
    logging: known(true),
    selectors: known({ kind: 'advanced', selectors }),
    logBucket: { known: false, reason: 'not-collected', detail: 'bench' },
    logPrefix: known(null),
    kmsKeyId: known(null),
    logFileValidation: known(true),
  };
}

function facts(recorders) {
  return {
    mode: 'plan',
    recorders,
    buckets: new Map(),
    notes: [],
    defaults: { accountId: known('111122223333'), partition: 'aws', region: known('us-east-1') },
  };
}

const EVENTS = ['GetObject', 'PutObject', 'DeleteObject', 'HeadBucket', 'ListObjects'];
function requirement(name, prefixes = ['']) {
  return {
    name,
    prefixes,
    eventsSpec: 'list',
    events: EVENTS,
    location: { file: 'policy.yml', line: 1, column: 1 },
  };
}
const policy = (buckets) => ({ version: 1, file: 'policy.yml', buckets, warnings: [] });
void S3_APIS_ALL;

export async function runAlgorithmBench() {
  const e = await load();
  const rows = [];
  const ratio = (label, sizes, run, unit) => {
    const [a, b] = sizes.map((n) => time(() => run(n), 3));
    rows.push({
      label,
      n: `${sizes[0]} → ${sizes[1]} ${unit}`,
      ms: `${a.toFixed(1)} → ${b.toFixed(1)}`,
      ratio: b / a,
    });
  };

  // IAM wildcards: `*a*a*…*b` against `aaaa…` (the backtracking matcher's worst case).
  ratio(
    'globMatch `*a*a…*b` vs `a…a`',
    [16_000, 32_000],
    (n) => e.globMatch(`${'*a'.repeat(n / 2)}*b`, 'a'.repeat(n)),
    'chars',
  );
  ratio(
    'globMatch `*aaa…ab` vs `a…a`',
    [16_000, 32_000],
    (n) => e.globMatch(`*${'a'.repeat(n / 2)}b`, 'a'.repeat(n)),
    'chars',
  );
  ratio(
    'globMatch `*a?a…?b*` vs `a…a` (segment with ?)',
    [2_000, 4_000],
    (n) => e.globMatch(`*${'a?'.repeat(n / 4)}b*`, 'a'.repeat(n)),
    'chars',
  );

  // Remediation: N buckets, each partially covered by its own selector of one trail (`<bucket>/logs/`).
  const remediation = (n) => {
    const names = Array.from({ length: n }, (_, i) => `bucket-${i}`);
    const t = trail(
      names.map((b) => s3sel(field('resources.ARN', { StartsWith: [`arn:aws:s3:::${b}/logs/`] }))),
    );
    const f = facts([t]);
    const p = policy(names.map((b) => requirement(b)));
    const cov = e.evaluateCoverage(f, p);
    return e.remediate(f, p, cov);
  };
  ratio('remediate: N partial buckets, a selector each', [40, 80], remediation, 'buckets');
  ratio('remediate: N partial buckets, a selector each', [80, 160], remediation, 'buckets');

  // Coverage: one bucket, N prefixes, a trail at AWS's value limit (450 StartsWith, 48 Not*).
  const limits = (n) => {
    const arn = 'arn:aws:s3:::acme-pii-prod';
    const t = trail([
      s3sel(
        field('resources.ARN', {
          StartsWith: Array.from({ length: 450 }, (_, i) => `${arn}/p${i}/`),
          NotStartsWith: Array.from({ length: 24 }, (_, i) => `${arn}/p${i}/tmp/`),
          NotEndsWith: Array.from({ length: 24 }, (_, i) => `.tmp${i}`),
        }),
      ),
    ]);
    return e.evaluateCoverage(
      facts([t]),
      policy([
        requirement(
          'acme-pii-prod',
          Array.from({ length: n }, (_, i) => `p${i}/`),
        ),
      ]),
    );
  };
  ratio('coverage: prefixes of one bucket, trail at the 500-value limit', [400, 800], limits, 'prefixes');

  // maskSecrets and the response shape check over large inputs.
  ratio('maskSecrets over text', [1_000_000, 2_000_000], (n) => e.maskSecrets('x '.repeat(n / 2)), 'chars');
  ratio(
    'shapeProblem: GetEventSelectors with N values',
    [50_000, 100_000],
    (n) =>
      e.shapeProblem(
        {
          AdvancedEventSelectors: [
            {
              FieldSelectors: [
                { Field: 'resources.ARN', StartsWith: Array.from({ length: n }, (_, i) => `v${i}`) },
              ],
            },
          ],
        },
        e.SHAPES.GetEventSelectors,
      ),
    'values',
  );
  return rows;
}

export function printAlgorithmRows(rows) {
  const w = Math.max(...rows.map((r) => r.label.length));
  return rows
    .map(
      (r) =>
        `${r.label.padEnd(w)}  ${r.n.padEnd(24)}  ${r.ms.padEnd(20)} ms  growth ${r.ratio.toFixed(2)} per doubling`,
    )
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(printAlgorithmRows(await runAlgorithmBench()));
}
