// Rewrites the README's table of the Action's inputs and outputs from action.yml, so the two never
// disagree (a test runs `renderActionTables` and compares). Usage: node scripts/gen-readme-action.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as load } from 'yaml';

export const START = '<!-- action-io:start -->';
export const END = '<!-- action-io:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

function defaultCell(spec) {
  if (spec.required) return 'required';
  const d = spec.default;
  if (d === undefined || d === '') return '`""`';
  return `\`${String(d)}\``;
}

/** The generated block (markers included) for an action.yml text. */
export function renderActionTables(actionYml) {
  const action = load(actionYml);
  const lines = [START, '', '| input | default | description |', '| --- | --- | --- |'];
  for (const [name, spec] of Object.entries(action.inputs ?? {}))
    lines.push(`| \`${name}\` | ${defaultCell(spec)} | ${cell(spec.description)} |`);
  lines.push('', '| output | description |', '| --- | --- |');
  for (const [name, spec] of Object.entries(action.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(spec.description)} |`);
  lines.push('', END);
  return lines.join('\n');
}

/** The README with its generated block replaced. */
export function updateReadme(readme, actionYml) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md: markers ${START} ... ${END} not found`);
  return readme.slice(0, a) + renderActionTables(actionYml) + readme.slice(b + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8');
  const next = updateReadme(readme, readFileSync('action.yml', 'utf8'));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error(
        'README.md: the Action inputs/outputs table is stale; run node scripts/gen-readme-action.mjs',
      );
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync('README.md', next);
    console.log('README.md: Action inputs/outputs table updated');
  }
}
