import { describe } from '@jest/globals';
import { invalidSelector } from '../../src/rules/invalid-selector.js';
import {
  adv,
  advancedSet,
  basic,
  basicSet,
  factsOf,
  fs,
  s3adv,
  trail,
  U,
} from '../helpers/facts-builders.js';
import { ruleTable } from '../helpers/rule-tester.js';

const B = 'arn:aws:s3:::sensitive-bucket';
const one = (o: Parameters<typeof trail>[0]) => factsOf([trail(o)]);

describe('invalid-selector', () => {
  ruleTable(
    invalidSelector,
    [
      {
        name: 'advanced S3 selector',
        facts: one({ selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B + '/'] }))) }),
      },
      { name: 'basic bucket/ value', facts: one({ selectors: basicSet(basic([B + '/'])) }) },
      { name: 'no selectors (omitted)', facts: one({}) },
      {
        name: 'management selector',
        facts: one({ selectors: advancedSet(adv(fs('eventCategory', { Equals: ['Management'] }))) }),
      },
      { name: 'unknown values cannot be judged', facts: one({ selectors: basicSet(basic([U()])) }) },
      {
        name: 'a deleted trail is not reported',
        facts: one({ selectors: basicSet(basic([B])), change: 'delete' }),
      },
    ],
    [
      {
        name: 'basic bucket ARN without the trailing slash',
        facts: one({ selectors: basicSet(basic([B])) }),
        findings: [{ status: 'fail', message: 'without the trailing "/"' }],
      },
      {
        name: 'basic wildcard',
        facts: one({ selectors: basicSet(basic(['arn:aws:s3:::logs-*/'])) }),
        findings: [{ status: 'fail', message: 'wildcards' }],
      },
      {
        name: 'basic and advanced on one trail',
        facts: one({ selectors: { kind: 'conflict', basic: [basic([B + '/'])], advanced: [s3adv()] } }),
        findings: [{ status: 'fail', message: 'one kind or the other' }],
      },
      {
        name: 'advanced without resources.type',
        facts: one({ selectors: advancedSet(adv(fs('eventCategory', { Equals: ['Data'] }))) }),
        findings: [{ status: 'fail', message: 'resources.type is required' }],
      },
      {
        name: 'advanced without eventCategory',
        facts: one({ selectors: advancedSet(adv(fs('resources.type', { Equals: ['AWS::S3::Object'] }))) }),
        findings: [{ status: 'fail', message: 'eventCategory is required' }],
      },
      {
        name: 'StartsWith on readOnly',
        facts: one({ selectors: advancedSet(s3adv(fs('readOnly', { StartsWith: ['t'] }))) }),
        findings: [{ status: 'fail', message: 'readOnly accepts only Equals' }],
      },
      {
        name: 'advanced wildcard value',
        facts: one({
          selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::*/'] }))),
        }),
        findings: [{ status: 'fail', message: 'wildcards are not supported' }],
      },
      {
        name: 'network-activity field on a data selector',
        facts: one({ selectors: advancedSet(s3adv(fs('vpcEndpointId', { Equals: ['vpce-1'] }))) }),
        findings: [{ status: 'fail', message: 'not valid for data events' }],
      },
    ],
  );
});
