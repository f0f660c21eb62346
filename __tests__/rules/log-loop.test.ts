import { describe, expect, it } from '@jest/globals';
import { evaluateCoverage } from '../../src/engine/coverage.js';
import { logLoop, logLoopFindings } from '../../src/rules/log-loop.js';
import {
  advancedSet,
  basic,
  basicSet,
  deliveringTrail,
  factsOf,
  fs,
  LOG_BUCKET,
  policyOf,
  requirement,
  s3adv,
} from '../helpers/facts-builders.js';
import { findingsOf, ruleTable } from '../helpers/rule-tester.js';

const LOGS = `arn:aws:s3:::${LOG_BUCKET}/`;
const only = (selectors: Parameters<typeof deliveringTrail>[0]) => factsOf([deliveringTrail(selectors)]);

describe('log-loop', () => {
  ruleTable(
    logLoop,
    [
      {
        name: 'selectors for the sensitive bucket only',
        facts: only({
          selectors: advancedSet(
            s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::sensitive-bucket/'] })),
          ),
        }),
      },
      {
        name: 'all buckets but the log bucket (NotStartsWith exclusion)',
        facts: only({ selectors: advancedSet(s3adv(fs('resources.ARN', { NotStartsWith: [LOGS] }))) }),
      },
      { name: 'no data-event selectors (omitted: management events only)', facts: only({}) },
      {
        name: 'read-only data events of every bucket',
        facts: only({ selectors: advancedSet(s3adv(fs('readOnly', { Equals: ['true'] }))) }),
      },
      {
        name: 'logs only a prefix other than the delivery path',
        facts: only({ selectors: basicSet(basic([`${LOGS}reports/`])) }),
      },
      {
        // issue 10, item 14: judged on the keys CloudTrail writes, not on any key under AWSLogs/
        name: 'EndsWith ".csv" records none of the .json.gz files CloudTrail writes',
        facts: only({ selectors: advancedSet(s3adv(fs('resources.ARN', { EndsWith: ['.csv'] }))) }),
      },
      {
        name: 'an exclusion of the account path AWSLogs/ACCOUNT/ (a single-account trail)',
        facts: only({
          selectors: advancedSet(
            s3adv(fs('resources.ARN', { NotStartsWith: [`${LOGS}AWSLogs/111122223333/`] })),
          ),
        }),
      },
      {
        name: 'a stopped trail records nothing, so nothing loops',
        facts: only({ selectors: advancedSet(s3adv()), logging: false }),
      },
    ],
    [
      {
        name: 'all S3 data events (advanced, no resources.ARN)',
        facts: only({ selectors: advancedSet(s3adv()) }),
        findings: [{ status: 'fail', message: 'records PutObject on its own log bucket audit-logs' }],
      },
      {
        name: 'basic arn:aws:s3 (all buckets)',
        facts: only({ selectors: basicSet(basic(['arn:aws:s3'])) }),
        findings: [{ status: 'fail' }],
      },
      {
        name: 'exclusion written with NotEquals (does not exclude the objects)',
        facts: only({ selectors: advancedSet(s3adv(fs('resources.ARN', { NotEquals: [LOGS] }))) }),
        findings: [{ status: 'fail' }],
      },
      {
        name: 'log prefix recorded',
        facts: only({ selectors: basicSet(basic([`${LOGS}cloudtrail/`])), logPrefix: 'cloudtrail' }),
        findings: [{ status: 'fail', message: 'cloudtrail/AWSLogs/' }],
      },
      {
        // issue 10, items 14 and 15: "*" is literal, so the AFT exclusion excludes nothing
        name: 'AFT-style NotEquals ["arn:aws:s3:::LOG/*"] loops ("*" is not a wildcard)',
        facts: only({ selectors: advancedSet(s3adv(fs('resources.ARN', { NotEquals: [`${LOGS}*`] }))) }),
        findings: [{ status: 'fail', message: 'CloudTrail files of the home Region' }],
      },
      {
        name: 'an organization trail excluding only AWSLogs/ACCOUNT/ still records AWSLogs/o-ORGID/',
        facts: only({
          organization: true,
          selectors: advancedSet(
            s3adv(fs('resources.ARN', { NotStartsWith: [`${LOGS}AWSLogs/111122223333/`] })),
          ),
        }),
        findings: [{ status: 'fail', message: 'AWSLogs/o-ORGID/ACCOUNT/' }],
      },
      {
        name: 'selectors known only after apply',
        facts: only({ selectors: null }),
        findings: [{ status: 'unknown' }],
      },
    ],
  );

  it('is a warning by default: a cost problem, not lost evidence (issue 10, item 14)', () => {
    const f = findingsOf(logLoop, only({ selectors: advancedSet(s3adv()) }));
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });
});

describe('log-loop narrowed by the engine index', () => {
  // Trails that reach the log bucket or not, by every kind of selector the index reads: the rule asks each
  // delivery key only of those it reaches, and must find what asking every key of every trail finds.
  const selectorTable: [string, Parameters<typeof deliveringTrail>[0]][] = [
    [
      'the sensitive bucket only',
      {
        selectors: advancedSet(
          s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::sensitive-bucket/'] })),
        ),
      },
    ],
    ['all S3 data events', { selectors: advancedSet(s3adv()) }],
    [
      'the log bucket by StartsWith',
      { selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [LOGS] }))) },
    ],
    [
      'a prefix of the log bucket name',
      { selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [LOGS.slice(0, -3)] }))) },
    ],
    [
      'everything but the log bucket',
      { selectors: advancedSet(s3adv(fs('resources.ARN', { NotStartsWith: [LOGS] }))) },
    ],
    ['EndsWith .json.gz', { selectors: advancedSet(s3adv(fs('resources.ARN', { EndsWith: ['.json.gz'] }))) }],
    ['basic, the log bucket', { selectors: basicSet(basic([LOGS])) }],
    ['basic, another bucket', { selectors: basicSet(basic(['arn:aws:s3:::other/'])) }],
    ['selectors known after apply', { selectors: null }],
    ['no selectors', {}],
    ['a stopped trail', { selectors: advancedSet(s3adv()), logging: false }],
    ['an organization trail', { selectors: advancedSet(s3adv()), organization: true }],
  ];
  it.each(selectorTable)('finds what asking every key finds: %s', (_n, o) => {
    for (const facts of [
      only(o),
      factsOf([deliveringTrail(o), deliveringTrail({ ...o, id: 'aws_cloudtrail.u' })]),
    ]) {
      const policy = policyOf(requirement('sensitive-bucket'));
      const ctx = {
        facts,
        policy: { ...policy, require: { trails: 'covering' as const, rules: {} } },
        coverage: evaluateCoverage(facts, policy),
        today: '2026-11-26',
      };
      expect(logLoopFindings(ctx, true)).toEqual(logLoopFindings(ctx, false));
    }
  });

  it('skips the trails that do not reach the log bucket (and only those)', () => {
    const facts = factsOf(
      selectorTable.map(([, o], i) => deliveringTrail({ ...o, id: `aws_cloudtrail.t${i}` })),
    );
    const policy = policyOf(requirement('sensitive-bucket'));
    const ctx = {
      facts,
      policy: { ...policy, require: { trails: 'covering' as const, rules: {} } },
      coverage: evaluateCoverage(facts, policy),
      today: '2026-11-26',
    };
    const narrowed = logLoopFindings(ctx, true);
    expect(narrowed).toEqual(logLoopFindings(ctx, false));
    expect(narrowed.length).toBeGreaterThan(2);
  });
});
