/**
 * Issue 10, plan adapter: the static tables for the items that are decided while reading the plan
 * (items 2 and 13: which policy a log bucket has once the plan is applied).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCoverage } from '../../../src/engine/coverage.js';
import { loadTerraformDir } from '../../../src/sources/terraform-plan/hcl.js';
import { policyOf, requirement } from '../../helpers/facts-builders.js';
import { adaptPlan } from '../../../src/sources/terraform-plan/adapt.js';
import {
  pairingPlan,
  pairingTf,
  ACCOUNT,
  MGMT,
  newOrgTrail,
  ORG_ID,
  organizationData,
  bucketPolicy,
  bucketSelector,
  deliveryPolicy,
  existingBucket,
  existingTrail,
  LOG,
  newBucket,
  plan,
} from '../../helpers/issue10-plans.js';
import { buildPlan, type ChangeSpec, type PlanSpec } from '../../helpers/plan-builder.js';

const trail = existingTrail({ name: 'audit', bucket: LOG, advanced: [bucketSelector('payroll')] });

describe('items 2 and 13: the log bucket policy after apply', () => {
  const cases: [string, ChangeSpec[], 'doc' | 'none' | 'unknown', string][] = [
    // item 2
    [
      'aws_s3_bucket_policy deleted, the refreshed bucket still shows the old document: no policy',
      [existingBucket(LOG, deliveryPolicy()), bucketPolicy(LOG, deliveryPolicy(), ['delete']), trail],
      'none',
      'deletes aws_s3_bucket_policy.audit_logs',
    ],
    [
      'aws_s3_bucket_policy kept (no-op): its document',
      [existingBucket(LOG, deliveryPolicy()), bucketPolicy(LOG, deliveryPolicy()), trail],
      'doc',
      'aws_s3_bucket_policy.audit_logs',
    ],
    [
      'aws_s3_bucket_policy replaced: its new document',
      [
        existingBucket(LOG, deliveryPolicy()),
        bucketPolicy(LOG, deliveryPolicy(), ['delete', 'create']),
        trail,
      ],
      'doc',
      'aws_s3_bucket_policy.audit_logs',
    ],
    // item 13
    [
      'existing bucket, no aws_s3_bucket_policy, no policy attribute: managed outside this plan (unknown)',
      [existingBucket(LOG, null), trail],
      'unknown',
      'managed outside this plan',
    ],
    [
      'existing bucket, no aws_s3_bucket_policy, refreshed policy attribute: that document',
      [existingBucket(LOG, deliveryPolicy()), trail],
      'doc',
      'aws_s3_bucket.audit_logs',
    ],
    [
      'a bucket this plan creates, with no policy argument: none (a proven fail)',
      [newBucket(LOG), trail],
      'none',
      'aws_s3_bucket.audit_logs',
    ],
  ];
  it.each(cases)('%s', (_n, changes, want, why) => {
    const facts = adaptPlan(buildPlan(plan(changes)), { file: 'plan.json' });
    const doc = facts.buckets.get(LOG)?.policy?.document;
    expect(doc).toBeDefined();
    if (want === 'unknown') expect(doc!.known).toBe(false);
    else {
      expect(doc!.known).toBe(true);
      expect(doc!.known && doc!.value === null).toBe(want === 'none');
    }
    expect(JSON.stringify(facts.buckets.get(LOG)?.policy)).toContain(why);
  });

  it('a created bucket whose configuration writes policy keeps it unknown until apply', () => {
    const created = newBucket(LOG);
    const facts = adaptPlan(
      buildPlan(
        plan([
          { ...created, expressions: { ...created.expressions, policy: { references: ['local.p'] } } },
          trail,
        ]),
      ),
      { file: 'plan.json' },
    );
    expect(facts.buckets.get(LOG)?.policy?.document.known).toBe(false);
  });
});

describe('item 8: an organization trail belongs to the management account', () => {
  const cases: [string, PlanSpec['priorData'], string | null][] = [
    [
      'created from a delegated administrator, organization read: the management account',
      [organizationData],
      MGMT,
    ],
    ['organization not read: unknown (not the caller account)', [], null],
  ];
  it.each(cases)('%s', (_n, priorData, want) => {
    const facts = adaptPlan(buildPlan(plan([newOrgTrail('org', [bucketSelector('payroll')])], priorData)), {
      file: 'plan.json',
    });
    const t = facts.recorders[0]!;
    if (want === null) {
      expect(t.accountId.known).toBe(false);
      expect(t.arn.known).toBe(false);
    } else {
      expect(t.accountId).toEqual({ known: true, value: want });
      expect(t.arn).toEqual({ known: true, value: `arn:aws:cloudtrail:us-east-1:${want}:trail/org` });
      expect(t.organizationId).toEqual({ known: true, value: ORG_ID });
    }
  });

  it('a trail that is not an organization trail keeps the caller account (valid)', () => {
    const facts = adaptPlan(
      buildPlan(
        plan(
          [
            {
              ...newOrgTrail('own', []),
              after: { ...(newOrgTrail('own', []).after as object), is_organization_trail: false },
            },
          ],
          [organizationData],
        ),
      ),
      { file: 'plan.json' },
    );
    expect(facts.recorders[0]!.accountId).toEqual({ known: true, value: ACCOUNT });
  });
});

describe('item 10: a trail only in planned_values (resource_changes stripped)', () => {
  // terraform 1.9.5 `show -json` piped through `jq 'del(.resource_changes)'`: planned_values leaves out
  // values known only after apply (here enable_logging = var.logging_on, read from a data source).
  const stripped = (after: Record<string, unknown>) => {
    const t = existingTrail({
      name: 'audit',
      bucket: LOG,
      advanced: [bucketSelector('payroll')],
      actions: ['update'],
    });
    // Through JSON, as the file is read: undefined members are left out.
    const doc = JSON.parse(
      JSON.stringify(buildPlan(plan([{ ...t, after: { ...(t.after as object), ...after } }]))),
    );
    delete doc['resource_changes'];
    return adaptPlan(doc, { file: 'plan.json' }).recorders[0]!;
  };
  it('enable_logging absent: unknown, not the default true (was: true)', () => {
    const t = stripped({ enable_logging: undefined });
    expect(t.logging.known).toBe(false);
  });
  it('enable_logging written: known (valid)', () => {
    expect(stripped({ enable_logging: false }).logging).toEqual({ known: true, value: false });
  });
  it('enable_logging null (known, unset): the default', () => {
    expect(stripped({ enable_logging: null }).logging).toMatchObject({ known: true, value: true });
  });
  it('selectors absent: unknown', () => {
    expect(stripped({ advanced_event_selector: undefined, event_selector: undefined }).selectors.known).toBe(
      false,
    );
  });
});

describe('item 9: --terraform-dir pairs each unknown field_selector with its own block', () => {
  const dir = mkdtempSync(join(tmpdir(), 's3tg-pair-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cases: [string, 'starts_with' | 'not_starts_with', string][] = [
    [
      'two starts_with blocks of one shape: ambiguous, unknown (was: both read as the first, covered)',
      'starts_with',
      'unknown',
    ],
    [
      'starts_with and not_starts_with: each its own block, reports/ excluded (valid)',
      'not_starts_with',
      'partial',
    ],
  ];
  it.each(cases)('%s', async (_n, second, want) => {
    const d = mkdtempSync(join(dir, 'tf-'));
    writeFileSync(join(d, 'main.tf'), pairingTf(second));
    const config = await loadTerraformDir(d);
    const facts = adaptPlan(buildPlan(pairingPlan(second)), { file: 'plan.json', config });
    const r = evaluateCoverage(facts, policyOf(requirement('payroll', { events: ['GetObject'] })));
    expect(r.buckets[0]!.status).toBe(want);
  });
});
