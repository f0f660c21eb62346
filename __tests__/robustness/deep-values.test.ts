/**
 * Values nested deeper than the call stack: JSON.parse takes them (it is iterative), a recursive walk or
 * JSON.stringify does not ("Maximum call stack size exceeded"). Each such value makes its fact unknown or
 * is described, never crashes the run.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';
import { normalizePolicy } from '../../src/engine/iam-policy.js';
import { describeJson } from '../../src/model/quote.js';
import { evaluateExpression, traverseValue } from '../../src/sources/terraform-plan/hcl.js';

const D = 100_000;
const deepText = (leaf: string) => '['.repeat(D) + leaf + ']'.repeat(D);
const deep = (): unknown => JSON.parse(deepText('"x"'));
const deepObject = (): unknown => JSON.parse('{"a":'.repeat(D) + '1' + '}'.repeat(D));

const dir = mkdtempSync(join(tmpdir(), 's3tg-deep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('deep values', () => {
  it.each([
    ['Resource', () => ({ Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: deep() })],
    [
      'Principal',
      () => ({ Effect: 'Allow', Principal: deepObject(), Action: 's3:PutObject', Resource: '*' }),
    ],
    [
      'Condition value',
      () => ({
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:PutObject',
        Resource: '*',
        Condition: { StringEquals: { 'aws:SourceArn': deep() } },
      }),
    ],
  ])('a bucket policy with a deep %s: normalised, the value unknown', (_n, statement) => {
    const p = normalizePolicy({ Statement: [statement()] });
    expect(p.statements).toHaveLength(1);
  });

  it('a bucket policy whose Effect is deep: an error of its own, not a stack overflow', () => {
    expect(() => normalizePolicy({ Statement: [{ Effect: deep() }] })).toThrow(
      'Effect must be Allow or Deny, not (a value nested too deeply to show)',
    );
  });

  it('HCL evaluation of a deep .tf.json value, and a traversal into it: unknown', () => {
    const scope = { lookup: () => ({ known: false as const, detail: 'x' }) };
    expect(evaluateExpression(deep(), scope as never)).toEqual({
      known: false,
      detail: 'the value is nested too deeply or too large to evaluate',
    });
    expect(traverseValue(deep(), [0, 0, 0]).known).toBe(true);
  });

  it('describeJson: short values as JSON, long ones cut, deep ones described', () => {
    expect(describeJson({ a: 1 })).toBe('{"a":1}');
    expect(describeJson('x'.repeat(1000))).toMatch(/^"x{199}… \(1002 characters\)$/);
    expect(describeJson(deep())).toBe('(a value nested too deeply to show)');
  });

  it('a plan with deep values in tags, after_unknown, sensitive values and an instance key: a verdict', async () => {
    const base = JSON.stringify(JSON.parse(readFileSync('examples/seed-advanced/plan.json', 'utf8')));
    let text = base
      .replace('"after_unknown":{', `"after_unknown":{"zz":${deepText('true')},`)
      .replace('"sensitive_values":{', `"sensitive_values":{"zz":${deepText('true')},`)
      .replace('"configuration":{', `"configuration":{"zz":${deepText('1')},`);
    // A for_each instance key that is a deep list (Terraform writes a string or a number).
    text = text.replace('"mode":"managed"', `"index":${deepText('"k"')},"mode":"managed"`);
    expect(text).not.toBe(base);
    const plan = join(dir, 'deep-plan.json');
    writeFileSync(plan, text);
    let stderr = '';
    const code = await main(
      ['check', '--policy', 'policies/examples/seed.yml', '--plan', plan, '--format', 'json'],
      { stdout: () => {}, stderr: (t) => (stderr += t) },
    );
    expect(stderr).not.toMatch(/call stack|internal error/i);
    expect([0, 1, 2]).toContain(code);
  });
});
