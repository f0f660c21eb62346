/**
 * The state before the plan is adapted only when the plan can change a verdict (issue 12): decided from
 * `resource_changes` actions, and the report is the same as when it is always adapted.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../../../src/app/run.js';
import { adaptPlan } from '../../../src/sources/terraform-plan/adapt.js';
import { planMayChangeCoverage } from '../../../src/sources/terraform-plan/changes.js';
import { readPlanFile } from '../../../src/sources/terraform-plan/read-plan.js';
import { terraformPlanSource } from '../../../src/sources/terraform-plan/source.js';
import { policyOf, requirement } from '../../helpers/facts-builders.js';

const rc = (type: string, actions: unknown, mode = 'managed') => ({
  address: `${mode === 'data' ? 'data.' : ''}${type}.x`,
  mode,
  type,
  name: 'x',
  change: { actions, before: {}, after: {} },
});

describe('planMayChangeCoverage', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['no resource_changes (a stripped plan): cannot tell', {}, true],
    ['resource_changes that is not a list', { resource_changes: {} }, true],
    ['an empty list: nothing changes', { resource_changes: [] }, false],
    [
      'every trail and bucket a no-op',
      { resource_changes: [rc('aws_cloudtrail', ['no-op']), rc('aws_s3_bucket', ['no-op'])] },
      false,
    ],
    [
      'only other resources change',
      { resource_changes: [rc('aws_ssm_parameter', ['create']), rc('aws_s3_bucket', ['no-op'])] },
      false,
    ],
    ['a trail updated', { resource_changes: [rc('aws_cloudtrail', ['update'])] }, true],
    [
      'an event data store replaced',
      { resource_changes: [rc('aws_cloudtrail_event_data_store', ['delete', 'create'])] },
      true,
    ],
    ['a bucket created', { resource_changes: [rc('aws_s3_bucket', ['create'])] }, true],
    ['a directory bucket deleted', { resource_changes: [rc('aws_s3_directory_bucket', ['delete'])] }, true],
    ['a bucket policy updated', { resource_changes: [rc('aws_s3_bucket_policy', ['update'])] }, true],
    [
      'aws_caller_identity read during apply',
      { resource_changes: [rc('aws_caller_identity', ['read'], 'data')] },
      true,
    ],
    ['aws_partition read during apply', { resource_changes: [rc('aws_partition', ['read'], 'data')] }, true],
    ['an entry without actions', { resource_changes: [{ type: 'aws_cloudtrail', change: {} }] }, true],
    ['an entry without a type', { resource_changes: [{ change: { actions: ['no-op'] } }] }, true],
    ['an entry that is not an object', { resource_changes: [null] }, true],
    [
      'a prefix of a coverage type is not one (aws_regional_thing)',
      { resource_changes: [rc('aws_regionx', ['create'])] },
      false,
    ],
  ])('%s → %s', (_n, plan, expected) => {
    expect(planMayChangeCoverage(plan)).toBe(expected);
  });
});

/** The plan as Terraform writes it when it is applied and planned again: every change a no-op. */
function appliedAgain(plan: Record<string, unknown>): Record<string, unknown> {
  const changes = (plan['resource_changes'] as Record<string, unknown>[] | undefined) ?? [];
  return {
    ...plan,
    resource_changes: changes
      .filter((c) => (c['change'] as { actions?: string[] }).actions?.[0] !== 'delete')
      .map((c) => {
        const ch = c['change'] as Record<string, unknown>;
        return { ...c, change: { ...ch, actions: ['no-op'], before: ch['after'], after_unknown: {} } };
      }),
  };
}

const ACCEPTANCE = join(import.meta.dirname, '../../../../shared/acceptance/plans');
const files = [
  'examples/seed-advanced/plan.json',
  ...(existsSync(ACCEPTANCE)
    ? readdirSync(ACCEPTANCE)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(ACCEPTANCE, f))
    : []),
];

describe.each(files)('%s', (file) => {
  it('planned again after apply: no before state, and the same report as with it', async () => {
    const plan = appliedAgain(readPlanFile(file));
    expect(planMayChangeCoverage(plan)).toBe(false);
    const after = adaptPlan(plan, { file });
    const policy = policyOf(...[...after.buckets.keys(), 'not-in-the-plan'].map((n) => requirement(n)));
    const now = new Date('2026-12-01T00:00:00Z');
    const always = evaluate(after, policy, { before: adaptPlan(plan, { file, side: 'before' }), now });
    const onDemand = evaluate(after, policy, { before: after, now });
    expect(onDemand.report).toEqual(always.report);
  });

  it('as planned: the decision asks for the before state exactly when a coverage resource changes', () => {
    const plan = readPlanFile(file);
    const changes = (plan['resource_changes'] as { type: string; change: { actions: string[] } }[]) ?? [];
    const changing = changes.some(
      (c) => /^aws_(cloudtrail|s3_)/.test(c.type) && c.change.actions.join() !== 'no-op',
    );
    if (changing) expect(planMayChangeCoverage(plan)).toBe(true);
  });
});

describe('terraformPlanSource.collect', () => {
  it('gives a before state for a plan that creates a trail, none for one that changes nothing', async () => {
    const spec = { kind: 'terraform-plan' as const, file: 'examples/seed-advanced/plan.json' };
    const ctx = { policy: policyOf(requirement('x')) } as Parameters<typeof terraformPlanSource.collect>[1];
    const r = await terraformPlanSource.collect(spec, ctx);
    expect(r.before).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 's3tg-before-'));
    try {
      const file = join(dir, 'again.json');
      writeFileSync(file, JSON.stringify(appliedAgain(readPlanFile(spec.file))));
      const again = await terraformPlanSource.collect({ ...spec, file }, ctx);
      expect(again.before).toBeUndefined();
      expect(again.after.recorders.length).toBe(r.after.recorders.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
