import { describe } from '@jest/globals';
import { logLoop } from '../../src/rules/log-loop.js';
import {
  advancedSet,
  basic,
  basicSet,
  deliveringTrail,
  factsOf,
  fs,
  LOG_BUCKET,
  s3adv,
} from '../helpers/facts-builders.js';
import { ruleTable } from '../helpers/rule-tester.js';

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
        name: 'selectors known only after apply',
        facts: only({ selectors: null }),
        findings: [{ status: 'unknown' }],
      },
    ],
  );
});
