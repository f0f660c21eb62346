import { describe } from '@jest/globals';
import { dataEventCoverage } from '../../src/rules/data-event-coverage.js';
import { advancedSet, bucket, factsOf, fs, s3adv, trail } from '../helpers/facts-builders.js';
import { ruleTable } from '../helpers/rule-tester.js';

const B = 'arn:aws:s3:::sensitive-bucket';
const facts = (o: Parameters<typeof trail>[0]) => factsOf([trail(o)], [bucket('sensitive-bucket')]);

describe('data-event-coverage', () => {
  ruleTable(
    dataEventCoverage,
    [
      {
        name: 'StartsWith bucket/',
        facts: facts({ selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B + '/'] }))) }),
      },
    ],
    [
      {
        name: 'no selectors (omitted: management events only)',
        facts: facts({}),
        findings: [{ status: 'fail', message: 'is not recorded' }],
      },
      {
        name: 'equals trap: partly recorded',
        facts: facts({ selectors: advancedSet(s3adv(fs('resources.ARN', { Equals: [B + '/'] }))) }),
        findings: [{ status: 'fail', message: 'only partly recorded' }],
      },
      {
        name: 'selectors unknown',
        facts: facts({ selectors: null }),
        findings: [{ status: 'unknown', message: 'cannot be proven recorded' }],
      },
    ],
  );
});
