import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { RULE_IDS } from '../../src/rules/ids.js';
import { RULES } from '../../src/rules/index.js';

const HEADINGS = [
  '## What',
  '## Why',
  '## How it is evaluated',
  '## Passing Terraform',
  '## Failing Terraform',
  '## Fix',
];

describe('rules, docs and tests stay in step', () => {
  it('the registry equals RULE_IDS, sorted, without duplicates', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...RULE_IDS]);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every rule has a source file named after it', () => {
    const files = readdirSync('src/rules')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    for (const id of RULE_IDS) expect(files).toContain(id);
  });

  it.each(RULE_IDS.map((id) => [id]))('%s has docs with the fixed headings in order', (id) => {
    const file = `docs/rules/${id}.md`;
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    const positions = HEADINGS.map((h) => text.indexOf(`\n${h}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each(RULE_IDS.map((id) => [id]))('%s has a test table with valid and invalid cases', (id) => {
    const file = `__tests__/rules/${id}.test.ts`;
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('ruleTable(');
  });

  it('no stray docs or tests for rules that do not exist', () => {
    const docs = readdirSync('docs/rules').map((f) => f.replace(/\.md$/, ''));
    const tests = readdirSync('__tests__/rules').map((f) => f.replace(/\.test\.ts$/, ''));
    expect(docs.sort()).toEqual([...RULE_IDS]);
    expect(tests.filter((t) => t !== 'settings' && t !== 'seed-rules').sort()).toEqual([...RULE_IDS]);
  });

  it('README lists every rule with a link to its docs', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const id of RULE_IDS) expect(readme).toContain(`[${id}](docs/rules/${id}.md)`);
  });

  it('the policy schema knows every rule id', () => {
    const schema = JSON.parse(readFileSync('policies/schema.json', 'utf8'));
    expect(schema.properties.require.properties.rules.propertyNames.enum).toEqual([...RULE_IDS]);
    expect(schema.properties.waivers.items.properties.rule.enum).toEqual([...RULE_IDS]);
  });
});
