// Tags a release: vX.Y.Z from package.json, and moves the major tag (v1) that `uses: org/s3-trail-guard@v1`
// follows. Refuses unless the tree is clean and dist/ is what the sources build. It tags locally and prints
// the push commands; publishing to npm is `npm publish` after the push (prepublishOnly checks dist/ again).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`package.json version ${version} is not X.Y.Z`);
if (git('status', '--porcelain')) {
  console.error('release: the work tree is not clean; commit or stash first');
  process.exit(1);
}
execFileSync('npm', ['run', 'check-dist'], { stdio: 'inherit' });
const tag = `v${version}`;
const major = `v${version.split('.')[0]}`;
if (git('tag', '--list', tag)) {
  console.error(`release: ${tag} exists already; bump the version in package.json`);
  process.exit(1);
}
git('tag', '-a', tag, '-m', `s3-trail-guard ${tag}`);
git('tag', '-f', '-a', major, '-m', `s3-trail-guard ${major} (= ${tag})`);
console.log(
  `Tagged ${tag} and moved ${major} to it. Publish with:\n  git push origin ${tag}\n  git push -f origin ${major}\n  npm publish`,
);
