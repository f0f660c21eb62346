import { describe } from '@jest/globals';
import { trailMultiRegion } from '../../src/rules/trail-multi-region.js';
import { deliveringTrail, factsOf, trail } from '../helpers/facts-builders.js';
import { ruleTable } from '../helpers/rule-tester.js';

describe('trail-multi-region (enabled for these tests; off by default)', () => {
  ruleTable(
    trailMultiRegion,
    [
      { name: 'multi-Region trail', facts: factsOf([deliveringTrail({ multiRegion: true })]) },
      {
        name: 'a deleted single-Region trail is not checked',
        facts: factsOf([deliveringTrail({ multiRegion: false, change: 'delete' })]),
      },
      {
        name: 'event data stores are not trails',
        facts: factsOf([trail({ multiRegion: false, kind: 'event-data-store' })]),
      },
    ],
    [
      {
        name: 'single-Region trail',
        facts: factsOf([deliveringTrail({ multiRegion: false, homeRegion: 'eu-west-1' })]),
        findings: [{ status: 'fail', message: 'single-Region trail (eu-west-1)' }],
      },
      {
        name: 'omitted is_multi_region_trail (defaults to false)',
        facts: factsOf([
          { ...deliveringTrail(), multiRegion: { known: true, value: false, defaulted: true } },
        ]),
        findings: [{ status: 'fail', message: 'defaults to false' }],
      },
      {
        name: 'unknown',
        facts: factsOf([deliveringTrail({ multiRegion: null })]),
        findings: [{ status: 'unknown' }],
      },
    ],
  );
});
