import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../src/app/run.js';
import { adaptPlan } from '../../src/sources/terraform-plan/adapt.js';
import { redact, secretVariants } from '../../src/outputs/redact.js';
import { renderMarkdown } from '../../src/outputs/markdown.js';
import { renderText } from '../../src/outputs/text.js';
import { policyOf, requirement } from '../helpers/facts-builders.js';
import { buildPlan, fieldSelector, trailAfter } from '../helpers/plan-builder.js';

describe('sensitive values never reach a report', () => {
  it('variants: the value, and for an S3 ARN its bucket/key and key parts', () => {
    expect(secretVariants(['arn:aws:s3:::b/TOPSECRET/'])).toEqual([
      'arn:aws:s3:::b/TOPSECRET/',
      'b/TOPSECRET/',
      'TOPSECRET/',
    ]);
    expect(redact({ a: ['x TOPSECRET/y'] }, ['arn:aws:s3:::b/TOPSECRET/'])).toEqual({
      a: ['x (sensitive value)y'],
    });
  });

  it('a sensitive exclusion prefix is used for coverage but printed nowhere (JSON, text, markdown)', () => {
    // Terraform 1.9.5: not_starts_with from a sensitive variable (after_sensitive marks the element).
    const { after, afterUnknown } = trailAfter({
      name: 'audit',
      multiRegion: true,
      advanced: [
        {
          name: 'pii',
          field_selector: [
            fieldSelector('eventCategory', { equals: ['Data'] }),
            fieldSelector('resources.type', { equals: ['AWS::S3::Object'] }),
            fieldSelector('resources.ARN', {
              starts_with: ['arn:aws:s3:::acme-pii/'],
              not_starts_with: ['arn:aws:s3:::acme-pii/TOPSECRET-PREFIX/'],
            }),
          ],
        },
      ],
    });
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [
        {
          address: 'aws_cloudtrail.audit',
          type: 'aws_cloudtrail',
          name: 'audit',
          actions: ['create'],
          after,
          afterUnknown,
          afterSensitive: {
            advanced_event_selector: [{ field_selector: [{}, {}, { not_starts_with: [true] }] }],
          },
        },
      ],
    });
    const { report } = evaluate(
      adaptPlan(plan, { file: 'plan.json' }),
      policyOf(requirement('acme-pii', { region: 'us-east-1' })),
    );
    expect(report.buckets[0]!.status).toBe('partial');
    for (const out of [JSON.stringify(report), renderText(report), renderMarkdown(report)]) {
      expect(out).not.toContain('TOPSECRET');
      expect(out).toContain('sensitive value');
    }
  });
});

describe('sensitive root variables', () => {
  it('their values are secrets of the facts (they can reach selectors through --terraform-dir)', () => {
    const plan = buildPlan({
      formatVersion: '1.2',
      terraformVersion: '1.9.5',
      changes: [],
      configuration: {
        provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'us-east-1' } } } },
        root_module: { variables: { hidden_prefix: { sensitive: true }, shown: {} } },
      },
    });
    plan['variables'] = { hidden_prefix: { value: 'TOPSECRET-VAR/' }, shown: { value: 'public' } };
    expect(adaptPlan(plan, { file: 'p' }).secrets).toEqual(['TOPSECRET-VAR/']);
  });
});
