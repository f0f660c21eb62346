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
import { known } from '../../src/model/fact.js';

const str = (value: string) => ({ known: true as const, value });

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
        // issue 10, item 15: Control Tower AFT's exclusion is accepted by the API ("*" is literal)
        name: 'advanced value with "*" (AFT NotEquals ["arn:aws:s3:::NAME/*"])',
        facts: one({
          selectors: advancedSet(s3adv(fs('resources.ARN', { NotEquals: ['arn:aws:s3:::aft-logs/*'] }))),
        }),
      },
      {
        name: '250 data resources across S3 and Lambda, "all functions" not counted',
        facts: one({
          selectors: basicSet({
            readWriteType: known('All'),
            dataResources: known([
              {
                type: known('AWS::S3::Object'),
                values: known(Array.from({ length: 250 }, (_x, i) => str(`${B}-${i}/`))),
              },
              { type: known('AWS::Lambda::Function'), values: known([str('arn:aws:lambda')]) },
            ]),
          }),
        }),
      },
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
      // issue 10, item 4: selectors the API rejects
      {
        name: 'eventCategory StartsWith ["Data"] (Equals only)',
        facts: one({
          selectors: advancedSet(
            adv(
              fs('eventCategory', { StartsWith: ['Data'] }),
              fs('resources.type', { Equals: ['AWS::S3::Object'] }),
            ),
          ),
        }),
        findings: [{ status: 'fail', message: 'eventCategory accepts only Equals, not StartsWith' }],
      },
      {
        name: 'eventCategory NotEquals ["Management"] (Equals only)',
        facts: one({
          selectors: advancedSet(
            adv(
              fs('eventCategory', { NotEquals: ['Management'] }),
              fs('resources.type', { Equals: ['AWS::S3::Object'] }),
            ),
          ),
        }),
        findings: [{ status: 'fail', message: 'eventCategory accepts only Equals, not NotEquals' }],
      },
      {
        name: '200 S3 + 100 Lambda data resources: the 250 cap counts every type',
        facts: one({
          selectors: basicSet({
            readWriteType: known('All'),
            dataResources: known([
              {
                type: known('AWS::S3::Object'),
                values: known(Array.from({ length: 200 }, (_x, i) => str(`${B}-${i}/`))),
              },
              {
                type: known('AWS::Lambda::Function'),
                values: known(
                  Array.from({ length: 100 }, (_x, i) =>
                    str(`arn:aws:lambda:us-east-1:111122223333:function:f${i}`),
                  ),
                ),
              },
            ]),
          }),
        }),
        findings: [{ status: 'fail', message: '300 data resource values: a trail takes at most 250' }],
      },
      {
        name: 'a value longer than 2048 characters',
        facts: one({
          selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: [B + '/' + 'k'.repeat(2100)] }))),
        }),
        findings: [{ status: 'fail', message: '(1–2048 allowed)' }],
      },
      {
        name: 'a basic data resource type basic selectors do not take',
        facts: one({
          selectors: basicSet({
            readWriteType: known('All'),
            dataResources: known([{ type: known('AWS::S3Express::Object'), values: known([]) }]),
          }),
        }),
        findings: [{ status: 'fail', message: 'basic selectors take only' }],
      },
      {
        name: 'network-activity field on a data selector',
        facts: one({ selectors: advancedSet(s3adv(fs('vpcEndpointId', { Equals: ['vpce-1'] }))) }),
        findings: [{ status: 'fail', message: 'not valid for data events' }],
      },
    ],
  );
});
