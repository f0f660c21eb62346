import { describe } from '@jest/globals';
import { trailKms } from '../../src/rules/trail-kms.js';
import { deliveringTrail, factsOf } from '../helpers/facts-builders.js';
import { ruleTable } from '../helpers/rule-tester.js';

describe('trail-kms', () => {
  ruleTable(
    trailKms,
    [
      {
        name: 'a KMS key ARN',
        facts: factsOf([deliveringTrail({ kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234' })]),
      },
      {
        name: 'a key created in the same plan (unknown until apply, but set)',
        facts: factsOf([deliveringTrail({ kmsKeyId: null })]),
      },
    ],
    [
      {
        name: 'omitted',
        facts: factsOf([deliveringTrail()]),
        findings: [{ status: 'fail', message: 'not encrypted with a KMS key' }],
      },
      {
        name: 'empty string (as the API returns for no key)',
        facts: factsOf([deliveringTrail({ kmsKeyId: '' })]),
        findings: [{ status: 'fail' }],
      },
    ],
  );
});
