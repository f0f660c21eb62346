import { describe } from '@jest/globals';
import { trailLogFileValidation } from '../../src/rules/trail-log-file-validation.js';
import { asTrail, deliveringTrail, factsOf } from '../helpers/facts-builders.js';
import { ruleTable } from '../helpers/rule-tester.js';

describe('trail-log-file-validation', () => {
  ruleTable(
    trailLogFileValidation,
    [{ name: 'enabled', facts: factsOf([deliveringTrail({ logFileValidation: true })]) }],
    [
      {
        name: 'omitted (defaults to false)',
        facts: factsOf([deliveringTrail()]),
        findings: [{ status: 'fail', message: 'defaults to false' }],
      },
      {
        name: 'disabled',
        facts: factsOf([deliveringTrail({ logFileValidation: false })]),
        findings: [{ status: 'fail', message: 'log file validation is off' }],
      },
      {
        name: 'unknown',
        facts: factsOf([deliveringTrail({ logFileValidation: null })]),
        findings: [{ status: 'unknown' }],
      },
      {
        name: 'enabled, but the last digest delivery failed (live LatestDigestDeliveryError)',
        facts: factsOf([
          { ...asTrail(deliveringTrail({ logFileValidation: true })), digestDeliveryError: 'AccessDenied' },
        ]),
        findings: [{ status: 'fail', message: 'LatestDigestDeliveryError: AccessDenied' }],
      },
    ],
  );
});
