import { describe, expect, it } from '@jest/globals';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { diffCounts, diffCoverage, type BucketDiff } from '../../src/engine/diff.js';
import type { CoverageStatus } from '../../src/engine/types.js';
import { adaptPlan } from '../../src/sources/terraform-plan/adapt.js';
import { policyOf, requirement } from '../helpers/facts-builders.js';
import { buildPlan, fieldSelector, trailAfter, type ChangeSpec } from '../helpers/plan-builder.js';
import { expectValidReport } from '../helpers/report-schema.js';

const ARN = 'arn:aws:s3:::acme-pii-prod';
const sel = (arnOps: Record<string, string[]>, name = 'sensitive', order: 'set' | 'reversed' = 'set') => {
  const fss = [
    fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
    fieldSelector('resources.ARN', arnOps),
    fieldSelector('eventCategory', { equals: ['Data'] }),
  ];
  return { field_selector: order === 'set' ? fss : [...fss].reverse(), name };
};
const mgmt = {
  name: 'management',
  field_selector: [fieldSelector('eventCategory', { equals: ['Management'] })],
};

/** A trail update (Terraform 1.9.5, format 1.2) from `before` selectors to `after` selectors. */
function trailUpdate(before: unknown[] | null, after: unknown[] | null, actions = ['update']): ChangeSpec {
  const a = trailAfter({ name: 'audit', multiRegion: true, advanced: (after ?? []) as never[] });
  const b = trailAfter({ name: 'audit', multiRegion: true, advanced: (before ?? []) as never[] });
  return {
    address: 'aws_cloudtrail.audit',
    type: 'aws_cloudtrail',
    name: 'audit',
    actions,
    before:
      before === null
        ? null
        : {
            ...b.after,
            arn: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/audit',
            home_region: 'us-east-1',
            s3_bucket_name: 'logs',
          },
    // A trail that exists keeps its ARN and home Region in `after`; a created or replaced one knows them after apply.
    after:
      after === null
        ? null
        : {
            ...a.after,
            s3_bucket_name: 'logs',
            ...(actions.includes('create')
              ? {}
              : { arn: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/audit', home_region: 'us-east-1' }),
          },
    afterUnknown: after === null ? {} : { arn: actions.includes('create') },
  };
}

/** The change of one API (its group). */
const api = (b: BucketDiff, name: string) => b.changes.find((c) => c.apis.includes(name));

function diffOf(change: ChangeSpec) {
  const plan = buildPlan({ formatVersion: '1.2', terraformVersion: '1.9.5', changes: [change] });
  const policy = policyOf(requirement('acme-pii-prod', { region: 'us-east-1' }));
  const beforeFacts = adaptPlan(plan, { file: 'plan.json', side: 'before' });
  const afterFacts = adaptPlan(plan, { file: 'plan.json' });
  return diffCoverage(
    evaluateCoverage(beforeFacts, policy),
    evaluateCoverage(afterFacts, policy),
    beforeFacts,
    afterFacts,
  );
}

describe('coverage diff of a plan', () => {
  it('unchanged selectors: no diff', () => {
    const d = diffOf(trailUpdate([sel({ starts_with: [ARN + '/'] })], [sel({ starts_with: [ARN + '/'] })]));
    expect(d).toEqual({ regressions: 0, improvements: 0, buckets: [] });
  });

  it('selectors reordered only (and field_selector set order changed): no diff', () => {
    const d = diffOf(
      trailUpdate(
        [mgmt, sel({ starts_with: [ARN + '/'] })],
        [sel({ starts_with: [ARN + '/'] }, 'sensitive', 'reversed'), mgmt],
      ),
    );
    expect(d.buckets).toEqual([]);
  });

  it('lost: starts_with changed to equals is a regression, named as such', () => {
    const d = diffOf(trailUpdate([sel({ starts_with: [ARN + '/'] })], [sel({ equals: [ARN + '/'] })]));
    expect(d.regressions).toBe(1);
    const b = d.buckets[0]!;
    expect([b.before, b.after, b.regression]).toEqual(['covered', 'partial', true]);
    const get = api(b, 'GetObject')!;
    expect([get.before, get.after]).toEqual(['covered', 'uncovered']);
    expect(get.because).toContain(
      'aws_cloudtrail.audit selector "sensitive" changed resources.ARN from starts_with to equals',
    );
    expect(api(b, 'HeadBucket')).toBeUndefined();
  });

  it('gained: a new selector covers the bucket', () => {
    const d = diffOf(trailUpdate([mgmt], [mgmt, sel({ starts_with: [ARN + '/'] })]));
    expect(d.regressions).toBe(0);
    expect(d.improvements).toBe(1);
    const put = api(d.buckets[0]!, 'PutObject')!;
    expect([put.before, put.after, put.regression]).toEqual(['uncovered', 'covered', false]);
    expect(put.because).toContain('aws_cloudtrail.audit selector "sensitive" added');
  });

  it('trail deleted: every API lost', () => {
    const d = diffOf(trailUpdate([sel({ starts_with: [ARN + '/'] })], null, ['delete']));
    expect(d.buckets[0]!.after).toBe('uncovered');
    expect(d.buckets[0]!.changes).toHaveLength(1);
    expect(d.buckets[0]!.changes[0]!.apis).toHaveLength(29);
    expect(d.buckets[0]!.changes[0]!.because).toEqual(['aws_cloudtrail.audit is deleted by this plan']);
  });

  it('trail replaced with the same selectors: no diff', () => {
    const d = diffOf(
      trailUpdate(
        [sel({ starts_with: [ARN + '/'] })],
        [sel({ starts_with: [ARN + '/'] })],
        ['delete', 'create'],
      ),
    );
    expect(d.buckets).toEqual([]);
  });

  it('trail created by the plan: gained', () => {
    const d = diffOf(trailUpdate(null, [sel({ starts_with: [ARN + '/'] })], ['create']));
    expect([d.buckets[0]!.before, d.buckets[0]!.after]).toEqual(['uncovered', 'covered']);
    expect(d.buckets[0]!.changes[0]!.because).toEqual(['aws_cloudtrail.audit is added by this plan']);
  });

  it('regressions are listed before improvements', () => {
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [
        trailUpdate(
          [sel({ starts_with: [ARN + '/'] })],
          [sel({ starts_with: ['arn:aws:s3:::other-bucket/'] })],
        ),
      ],
    });
    const policy = policyOf(
      requirement('acme-pii-prod', { region: 'us-east-1' }),
      requirement('other-bucket', { region: 'us-east-1' }),
    );
    const bf = adaptPlan(plan, { file: 'p', side: 'before' });
    const af = adaptPlan(plan, { file: 'p' });
    const d = diffCoverage(evaluateCoverage(bf, policy), evaluateCoverage(af, policy), bf, af);
    expect(d.buckets.map((b) => [b.name, b.regression])).toEqual([
      ['acme-pii-prod', true],
      ['other-bucket', false],
    ]);
  });
});

describe('the diff in a run', () => {
  it('a plan that touches no recorder and no bucket fact: empty diff, before state not evaluated', async () => {
    const { evaluate } = await import('../../src/app/run.js');
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [
        trailUpdate([sel({ starts_with: [ARN + '/'] })], [sel({ starts_with: [ARN + '/'] })], ['no-op']),
      ],
    });
    const policy = policyOf(requirement('acme-pii-prod', { region: 'us-east-1' }));
    const after = adaptPlan(plan, { file: 'p' });
    // A before state that would disagree if it were evaluated: proves the shortcut is taken.
    const before = {
      ...adaptPlan(plan, { file: 'p', side: 'before' }),
      recorders: after.recorders.map((r) => ({
        ...r,
        selectors: { known: true as const, value: { kind: 'none' as const } },
      })),
    };
    const { report } = evaluate(after, policy, { before });
    expectValidReport(report);
    expect(report.diff).toEqual({ regressions: 0, improvements: 0, buckets: [] });
  });

  it('a changed trail: the before state is evaluated', async () => {
    const { evaluate } = await import('../../src/app/run.js');
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [trailUpdate([sel({ starts_with: [ARN + '/'] })], [sel({ equals: [ARN + '/'] })])],
    });
    const policy = policyOf(requirement('acme-pii-prod', { region: 'us-east-1' }));
    const { report } = evaluate(adaptPlan(plan, { file: 'p' }), policy, {
      before: adaptPlan(plan, { file: 'p', side: 'before' }),
    });
    expect(report.diff?.regressions).toBe(1);
  });
});

describe('diffCounts: a change to or from unknown is neither an improvement nor hidden', () => {
  const b = (before: CoverageStatus, after: CoverageStatus, regression: boolean) => ({
    before,
    after,
    regression,
  });
  it.each([
    ['partial → covered', [b('partial', 'covered', false)], { regressions: 0, improvements: 1 }],
    [
      'uncovered → unknown',
      [b('uncovered', 'unknown', false)],
      { regressions: 0, improvements: 0, undecided: 1 },
    ],
    [
      'unknown → covered',
      [b('unknown', 'covered', false)],
      { regressions: 0, improvements: 0, undecided: 1 },
    ],
    [
      'covered → unknown (a regression)',
      [b('covered', 'unknown', true)],
      { regressions: 1, improvements: 0 },
    ],
    ['nothing', [], { regressions: 0, improvements: 0 }],
    [
      'one of each',
      [b('covered', 'partial', true), b('uncovered', 'covered', false), b('uncovered', 'unknown', false)],
      { regressions: 1, improvements: 1, undecided: 1 },
    ],
  ] as const)('%s', (_name, buckets, want) => {
    expect(diffCounts(buckets)).toEqual(want);
  });
});
