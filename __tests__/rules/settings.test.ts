import { describe, expect, it } from '@jest/globals';
import type { Policy, Waiver } from '../../src/config/policy.js';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { decideVerdict } from '../../src/app/verdict.js';
import { runRules } from '../../src/rules/index.js';
import {
  advancedSet,
  bucket,
  deliveringTrail,
  factsOf,
  policyOf,
  requirement,
  s3adv,
} from '../helpers/facts-builders.js';

const facts = factsOf(
  [deliveringTrail({ id: 'aws_cloudtrail.audit', multiRegion: false })],
  [bucket('sensitive-bucket')],
);
const base = policyOf(requirement('sensitive-bucket'));
const run = (p: Partial<Policy>, today = '2026-11-26') => {
  const policy = { ...base, ...p };
  return runRules({ facts, policy, coverage: evaluateCoverage(facts, policy), today });
};
const waiver = (o: Partial<Waiver>): Waiver => ({
  rule: 'trail-kms',
  trail: 'aws_cloudtrail.audit',
  reason: 'key rollout in Q1',
  location: { file: 'policy.yml', line: 9, column: 5 },
  ...o,
});
const ids = (r: ReturnType<typeof run>) =>
  r.findings.map((f) => `${f.ruleId}:${f.severity}${f.waived ? ':waived' : ''}`).sort();

describe('rule settings and waivers from the policy', () => {
  it('defaults: coverage error, trail-kms and validation warnings, multi-region off', () => {
    const r = run({});
    expect(ids(r)).toEqual([
      'data-event-coverage:error',
      'log-bucket-delivery-grant:error',
      'trail-kms:warning',
      'trail-log-file-validation:warning',
    ]);
  });

  it('require.rules sets severities, turns rules off and turns trail-multi-region on', () => {
    const r = run({
      require: {
        trails: 'covering',
        rules: {
          'trail-kms': 'error',
          'trail-log-file-validation': 'off',
          'trail-multi-region': 'warning',
          'log-bucket-delivery-grant': 'note',
        },
      },
    });
    expect(ids(r)).toEqual([
      'data-event-coverage:error',
      'log-bucket-delivery-grant:note',
      'trail-kms:error',
      'trail-multi-region:warning',
    ]);
  });

  it('a waiver by trail address, name or ARN marks the finding waived', () => {
    for (const trail of ['aws_cloudtrail.audit', 't', 'arn:aws:cloudtrail:us-east-1:111122223333:trail/t']) {
      const r = run({ waivers: [waiver({ trail })] });
      expect(r.findings.find((f) => f.ruleId === 'trail-kms')?.waived).toEqual({
        reason: 'key rollout in Q1',
      });
      expect(r.warnings).toEqual([]);
    }
  });

  it('a waived error does not fail the check; an unwaived one does', () => {
    const policy = {
      require: {
        trails: 'covering' as const,
        rules: {
          'trail-kms': 'error' as const,
          'log-bucket-delivery-grant': 'off' as const,
          'data-event-coverage': 'off' as const,
        },
      },
    };
    const exitCode = (r: ReturnType<typeof run>) =>
      decideVerdict({ buckets: [], findings: r.findings }, 'error', true).exitCode;
    expect(exitCode(run(policy))).toBe(1);
    expect(exitCode(run({ ...policy, waivers: [waiver({ expires: '2026-12-31' })] }))).toBe(0);
  });

  it('an expired waiver no longer waives and is a warning', () => {
    const r = run({ waivers: [waiver({ expires: '2026-11-25' })] });
    expect(r.findings.find((f) => f.ruleId === 'trail-kms')?.waived).toBeUndefined();
    expect(r.warnings).toEqual([
      'policy.yml:9:5: the waiver of trail-kms for trail aws_cloudtrail.audit expired on 2026-11-25 and no longer applies',
    ]);
  });

  it('a waiver is valid through its expiry day', () => {
    expect(
      run({ waivers: [waiver({ expires: '2026-11-26' })] }).findings.find((f) => f.ruleId === 'trail-kms')
        ?.waived,
    ).toBeDefined();
  });

  it('a waiver that matches nothing is a warning', () => {
    const r = run({ waivers: [waiver({ rule: 'log-loop' })] });
    expect(r.warnings[0]).toContain('matches no finding');
  });

  it('a bucket waiver of data-event-coverage', () => {
    const r = run({
      waivers: [
        waiver({
          rule: 'data-event-coverage',
          trail: undefined,
          bucket: 'sensitive-bucket',
        } as Partial<Waiver>),
      ],
    });
    expect(r.findings.find((f) => f.ruleId === 'data-event-coverage')?.waived).toBeDefined();
  });

  it('a crashing rule becomes a labelled unknown error and does not hide the others', () => {
    const boom = {
      meta: { id: 'log-loop' as const, title: 't', defaultSeverity: 'error' as const, description: 'd' },
      check: () => {
        throw new Error('boom');
      },
    };
    const policy = base;
    const r = runRules({ facts, policy, coverage: evaluateCoverage(facts, policy), today: '2026-11-26' }, [
      boom,
    ]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        ruleId: 'log-loop',
        status: 'unknown',
        message: 'rule log-loop failed: boom',
      }),
    ]);
  });
});

describe('plan + live: findings about a trail of another account (issue 10, item 17)', () => {
  const live = (o: { accountId: string; planned?: boolean }) => {
    const t = deliveringTrail({
      id: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org',
      accountId: o.accountId,
      organization: true,
      selectors: advancedSet(s3adv()),
    });
    const rec = o.planned ? t : { ...t, origin: { source: 'aws' as const, ref: t.id } };
    return { ...factsOf([rec], [bucket('sensitive-bucket')]), mode: 'plan+live' as const };
  };
  const severities = (f: ReturnType<typeof live>, p: Partial<Policy> = {}) => {
    const policy = { ...base, ...p };
    return runRules({ facts: f, policy, coverage: evaluateCoverage(f, policy), today: '2026-11-26' })
      .findings.filter((x) => x.ruleId === 'log-bucket-delivery-grant')
      .map((x) => x.severity);
  };
  const cases: [string, ReturnType<typeof live>, Partial<Policy>, string[]][] = [
    ['a live trail of another account: warning', live({ accountId: '999988887777' }), {}, ['warning']],
    [
      'the same with require.trails: all: error',
      live({ accountId: '999988887777' }),
      { require: { trails: 'all', rules: {} } },
      ['error'],
    ],
    ["a live trail of the run's own account: error", live({ accountId: '111122223333' }), {}, ['error']],
    [
      'a trail of the plan (another account): error',
      live({ accountId: '999988887777', planned: true }),
      {},
      ['error'],
    ],
  ];
  it.each(cases)('%s', (_n, f, p, want) => expect(severities(f, p)).toEqual(want));
});
