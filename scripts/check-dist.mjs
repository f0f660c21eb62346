// Fails when dist/ is not what `npm run bundle` makes from the current src/ (the Action runs dist/).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 's3tg-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, S3TG_DIST_DIR: tmp },
    stdio: 'pipe',
  });
  const want = readdirSync(tmp).sort();
  const have = readdirSync('dist').sort();
  const problems = [];
  for (const f of want) {
    if (!have.includes(f)) problems.push(`missing dist/${f}`);
    else if (!readFileSync(join(tmp, f)).equals(readFileSync(join('dist', f))))
      problems.push(`stale dist/${f}`);
  }
  for (const f of have) if (!want.includes(f)) problems.push(`extra dist/${f}`);
  if (problems.length) {
    console.error(
      `dist/ is out of date with src/ — run \`npm run bundle\` and commit dist/:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`dist/ is up to date (${want.length} files)`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
