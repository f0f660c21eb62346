// SARIF output: valid against the SARIF 2.1.0 JSON schema (the OASIS schema, as shipped in the npm package
// @microsoft/jest-sarif), plus what GitHub code scanning reads: rules with help, levels, repo-relative
// locations, stable fingerprints, suppressions for waivers.
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { run } from '../../src/app/run.js';
import { withVerdict } from '../helpers/report.js';
import type { Report } from '../../src/outputs/report.js';
import {
  DEFAULT_AUTOMATION_ID,
  SARIF_SCHEMA,
  fingerprint,
  toSarif,
  type SarifLog,
} from '../../src/outputs/sarif.js';
import { RULE_DOCS } from '../../src/outputs/rule-docs.js';
import { terraformLocator } from '../../src/outputs/terraform-lines.js';
import { RULES } from '../../src/rules/index.js';
import type { Finding } from '../../src/rules/types.js';

const SCHEMA_FILE = 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

function validator() {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  // The schema is written in draft-04, whose only differences from the draft-07 Ajv speaks that this schema
  // uses are the root `id` keyword and the meta-schema URI.
  delete schema['$schema'];
  delete schema['id'];
  // unicodeRegExp off: the schema's `language` pattern has a stray "]" that only the u flag rejects.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

const metas = RULES.map((r) => r.meta);
const toUri = (f: string) => (f.startsWith('/') ? undefined : f.replace(/^\.\//, ''));

async function seedReport(terraformDir?: string): Promise<Report> {
  const { report } = await run({
    policy: 'policies/examples/seed.yml',
    sources: [
      {
        kind: 'terraform-plan',
        file: 'examples/seed-advanced/plan.json',
        ...(terraformDir ? { terraformDir } : {}),
      },
    ],
    outputs: [],
    failOn: 'error',
    failOnUnknown: true,
  });
  return report;
}

describe('toSarif', () => {
  it('the seed plan gives a SARIF log that validates against the 2.1.0 schema', async () => {
    const validate = validator();
    for (const report of [await seedReport(), await seedReport('examples/seed-advanced')]) {
      const log = toSarif(report, metas, { toUri, automationId: 's3-trail-guard/default/' });
      const ok = validate(JSON.parse(JSON.stringify(log)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(log.runs[0]!.results).toHaveLength(report.findings.length);
    }
  });

  it('the schema check does catch a broken log', () => {
    const validate = validator();
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    const log = JSON.parse(JSON.stringify(toSarif(base, metas, { toUri }))) as {
      runs: { results: Record<string, unknown>[] }[];
    };
    expect(validate(log)).toBe(true);
    log.runs[0]!.results[0]!['level'] = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('describes every rule with help text and a security severity', async () => {
    const log = toSarif(await seedReport(), metas, { toUri });
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(metas.map((m) => m.id));
    for (const r of rules) {
      expect(r.shortDescription.text.length).toBeLessThanOrEqual(1024);
      expect(r.help.text).toBeTruthy();
      expect(r.help.markdown).toBeTruthy();
      expect(r.properties['tags']).toContain('security');
      expect(Number(r.properties['security-severity'])).toBeGreaterThan(0);
    }
    expect(log.$schema).toBe(SARIF_SCHEMA);
  });

  it('bucket findings point at the policy line; the Terraform address is a logical location', async () => {
    const report = await seedReport();
    const log = toSarif(report, metas, { toUri });
    const r = log.runs[0]!.results.find((x) => x.ruleId === 'data-event-coverage')!;
    expect(r.level).toBe('error');
    expect(r.ruleIndex).toBe(metas.findIndex((m) => m.id === 'data-event-coverage'));
    expect(r.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'policies/examples/seed.yml' },
      region: { startLine: 9, startColumn: 5 },
    });
    expect(r.properties['status']).toBe('unknown');
  });

  const trail: Finding = {
    ruleId: 'invalid-selector',
    severity: 'warning',
    status: 'fail',
    message: 'aws_cloudtrail.t: bad selector',
    trail: 'aws_cloudtrail.t',
    location: { file: '/runner/temp/plan.json', address: 'aws_cloudtrail.t', pointer: '/planned_values/x' },
  };
  const base: Report = withVerdict({
    schemaVersion: 1,
    tool: { name: 's3-trail-guard', version: '0.1.0' },
    mode: 'plan',
    policy: 'policy.yml',
    summary: { buckets: 0, covered: 0, partial: 0, uncovered: 0, unknown: 0, findings: 1 },
    buckets: [],
    findings: [trail],
    warnings: ['policy.yml:3:5: an alias'],
  });

  it('trail findings: the Terraform block when known, else the plan in the repository, else the policy', () => {
    const at = (log: SarifLog) => log.runs[0]!.results[0]!.locations[0]!;
    const withTf = toSarif(base, metas, { toUri, locate: () => ({ file: 'infra/main.tf', line: 40 }) });
    expect(at(withTf).physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/main.tf' },
      region: { startLine: 40 },
    });
    expect(at(withTf).logicalLocations).toEqual([
      { fullyQualifiedName: 'aws_cloudtrail.t', kind: 'resource' },
    ]);
    const inRepo = toSarif(
      { ...base, findings: [{ ...trail, location: { ...trail.location, file: 'plan.json' } }] },
      metas,
      { toUri },
    );
    expect(at(inRepo).physicalLocation?.artifactLocation.uri).toBe('plan.json');
    const outside = toSarif(base, metas, { toUri });
    expect(at(outside).physicalLocation).toEqual({
      artifactLocation: { uri: 'policy.yml' },
      region: { startLine: 1 },
    });
    expect(outside.runs[0]!.results[0]!.level).toBe('warning');
    expect(outside.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
  });

  it('fingerprints are stable across runs and lines, and differ between findings', () => {
    const moved = { ...trail, location: { ...trail.location, line: 99 }, message: 'other words' };
    expect(fingerprint(moved)).toBe(fingerprint(trail));
    expect(
      fingerprint({ ...trail, trail: 'aws_cloudtrail.u', location: { address: 'aws_cloudtrail.u' } }),
    ).not.toBe(fingerprint(trail));
    const log = toSarif(base, metas, { toUri });
    expect(log.runs[0]!.results[0]!.partialFingerprints).toEqual({
      's3TrailGuardFinding/v1': fingerprint(trail),
    });
  });

  it('a waived finding is a suppressed result; an unknown rule still gets a descriptor', () => {
    const waived: Finding = { ...trail, waived: { reason: 'migrating in Q3' } };
    const stray: Finding = { ...trail, ruleId: 'from-the-future' };
    const log = toSarif({ ...base, findings: [waived, stray] }, metas, { toUri });
    const validate = validator();
    expect(validate(JSON.parse(JSON.stringify(log)))).toBe(true);
    const [a, b] = log.runs[0]!.results;
    expect(a!.suppressions).toEqual([{ kind: 'external', justification: 'migrating in Q3' }]);
    expect(log.runs[0]!.tool.driver.rules[b!.ruleIndex]!.id).toBe('from-the-future');
  });

  it('each registry rule links its doc page (helpUri); a rule without a page has none', () => {
    const stray: Finding = { ...trail, ruleId: 'from-the-future' };
    const rules = toSarif({ ...base, findings: [stray] }, metas, { toUri }).runs[0]!.tool.driver.rules;
    for (const m of metas) {
      const r = rules.find((x) => x.id === m.id)!;
      expect(r.helpUri).toBe(`${RULE_DOCS}${m.id}.md`);
      expect(existsSync(`docs/rules/${m.id}.md`)).toBe(true);
      expect(r.help.markdown).toContain(`(${RULE_DOCS}${m.id}.md)`);
    }
    expect(rules.find((x) => x.id === 'from-the-future')!.helpUri).toBeUndefined();
  });

  it('with terraform-dir, the Terraform line is the primary location and the policy entry a related one', async () => {
    const atPolicy: Finding = {
      ...trail,
      ruleId: 'data-event-coverage',
      bucket: 'b',
      location: { file: 'policy.yml', line: 9, column: 5, address: 'aws_s3_bucket.b' },
    };
    const log = toSarif({ ...base, findings: [atPolicy] }, metas, {
      toUri,
      locate: (a) => (a === 'aws_s3_bucket.b' ? { file: 'infra/s3.tf', line: 12 } : undefined),
    });
    const validate = validator();
    expect(validate(JSON.parse(JSON.stringify(log)))).toBe(true);
    const r = log.runs[0]!.results[0]!;
    expect(r.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/s3.tf' },
      region: { startLine: 12 },
    });
    expect(r.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'policy.yml' },
          region: { startLine: 9, startColumn: 5 },
        },
        message: { text: 'policy entry' },
      },
    ]);
    expect(r.message.text).toContain('[policy entry](1)');
    // Without terraform-dir the policy entry stays the primary location, with no related one.
    const plain = toSarif({ ...base, findings: [atPolicy] }, metas, { toUri }).runs[0]!.results[0]!;
    expect(plain.locations[0]!.physicalLocation?.artifactLocation.uri).toBe('policy.yml');
    expect(plain.relatedLocations).toBeUndefined();
  });

  it('the seed run with terraform-dir: trail findings land in main.tf; the log validates', async () => {
    const report = await seedReport('examples/seed-advanced');
    const log = toSarif(report, metas, { toUri, locate: terraformLocator('examples/seed-advanced') });
    expect(validator()(JSON.parse(JSON.stringify(log)))).toBe(true);
    const uris = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation?.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    expect(uris.every((u) => u === 'examples/seed-advanced/main.tf')).toBe(true);
  });

  it('partialFingerprints: two runs of the same inputs give the same; one identity twice is told apart', async () => {
    const prints = async () =>
      toSarif(await seedReport('examples/seed-advanced'), metas, { toUri }).runs[0]!.results.map(
        (r) => r.partialFingerprints['s3TrailGuardFinding/v1'],
      );
    const [a, b] = [await prints(), await prints()];
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    const twice = toSarif({ ...base, findings: [trail, { ...trail, message: 'another selector' }] }, metas, {
      toUri,
    }).runs[0]!.results.map((r) => r.partialFingerprints['s3TrailGuardFinding/v1']);
    expect(twice).toEqual([fingerprint(trail), `${fingerprint(trail)}:2`]);
  });

  it('one run with its category: automationDetails always set (the given id, else the default)', () => {
    const given = toSarif(base, metas, { toUri, automationId: 's3-trail-guard/live/' });
    expect(given.runs).toHaveLength(1);
    expect(given.runs[0]!.automationDetails).toEqual({ id: 's3-trail-guard/live/' });
    const plain = toSarif(base, metas, { toUri });
    expect(plain.runs).toHaveLength(1);
    expect(plain.runs[0]!.automationDetails).toEqual({ id: DEFAULT_AUTOMATION_ID });
  });
});
