/**
 * The JSON report's schemaVersion 2 (issue 12, item 4): APIs grouped by verdict, texts and lists shared
 * across buckets with the bucket's name as {{bucket}}, and a reader that gives back the very report it was
 * written from (the schemaVersion 1 shape, which merge and every format work on).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../../src/app/run.js';
import { readShardReport } from '../../src/cli/merge.js';
import { readReportJson, reportJson, ReportShapeError } from '../../src/outputs/json-report.js';
import type { Report } from '../../src/outputs/report.js';
import {
  advancedSet,
  bucket,
  factsOf,
  fs,
  policyOf,
  requirement,
  s3adv,
  trail,
} from '../helpers/facts-builders.js';
import { withVerdict } from '../helpers/report.js';
import { expectValidReport } from '../helpers/report-schema.js';

/** Written and read back: the same JSON text as the in-memory report's. */
function roundTrip(r: Report): { doc: Record<string, unknown>; text: string } {
  const text = reportJson(r);
  const doc = JSON.parse(text) as Record<string, unknown>;
  expect(JSON.stringify(readReportJson(doc))).toBe(JSON.stringify(r));
  expectValidReport(doc);
  return { doc, text };
}

// The bench's estate (bench/gen-plan.mjs, eventNameTrails) in small: trails whose eventName selectors
// reach every bucket, so every bucket is partial with one gap sentence per recorder and lost API.
const EVENT_SETS = [['GetObject', 'PutObject'], ['DeleteObject'], ['HeadObject', 'ListObjectsV2']];
function eventNameEstate(n: number) {
  const names = Array.from({ length: n }, (_, i) => `acme-data-${String(i).padStart(4, '0')}`);
  const facts = factsOf(
    EVENT_SETS.map((e, i) =>
      trail({
        id: `aws_cloudtrail.e${i}`,
        selectors: advancedSet(
          s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::'] }), fs('eventName', { Equals: e })),
        ),
      }),
    ),
    names.map((x) => bucket(x)),
  );
  return { names, facts, policy: policyOf(...names.map((x) => requirement(x))) };
}

describe('schemaVersion 2', () => {
  it('says what schemaVersion 1 said, and a sentence quoted for every bucket is written once', () => {
    const { facts, policy } = eventNameEstate(200);
    const { report } = evaluate(facts, policy);
    expect(report.buckets.every((b) => b.status === 'partial')).toBe(true);
    const { doc, text } = roundTrip(report);
    expect(doc['schemaVersion']).toBe(2);
    const v1 = JSON.stringify(report);
    // Every bucket has the same verdicts up to its name: one `apis` and one `verdicts` list for all.
    const buckets = doc['buckets'] as Record<string, unknown>[];
    expect(new Set(buckets.map((b) => JSON.stringify([b['apis'], b['verdicts']]))).size).toBe(1);
    const gap = report.buckets[0]!.events.find((e) => e.gaps.length)!.gaps[0]!;
    expect(v1.split(JSON.stringify(gap).slice(1, -1)).length - 1).toBeGreaterThanOrEqual(200);
    // Once as the gap, once in the finding message that quotes it (one message for every bucket).
    expect(text.split(JSON.stringify(gap).slice(1, -1)).length - 1).toBe(2);
    // One added selector lists the 200 buckets (202 values fit CloudTrail's 500): one fix for all of them.
    const fixes = doc['fixes'] as Record<string, unknown>[];
    expect(fixes).toHaveLength(1);
    expect(report.fixes?.[0]?.buckets).toHaveLength(200);
    expect(text.length * 8).toBeLessThan(v1.length);
  });

  it('writes the fix of each bucket once as a shared text with the name as {{bucket}} (too many buckets for one selector)', () => {
    const { facts, policy } = eventNameEstate(520);
    const { report } = evaluate(facts, policy);
    const { doc } = roundTrip(report);
    const fixes = doc['fixes'] as Record<string, unknown>[];
    expect(fixes).toHaveLength(520);
    expect(new Set(fixes.map((f) => JSON.stringify(f['terraform']))).size).toBe(1);
  });

  it('keeps each bucket its own text where verdicts differ by more than the name', () => {
    // One bucket is covered by a trail of its own; the others are not covered at all.
    const facts = factsOf(
      [
        trail({
          id: 'aws_cloudtrail.one',
          selectors: advancedSet(s3adv(fs('resources.ARN', { StartsWith: ['arn:aws:s3:::abc/'] }))),
        }),
      ],
      [bucket('abc'), bucket('abd'), bucket('covered')],
    );
    const policy = policyOf(requirement('abc'), requirement('abd'), requirement('covered'));
    const { report } = evaluate(facts, policy);
    expect(report.buckets.map((b) => b.status)).toEqual(['covered', 'uncovered', 'uncovered']);
    const { doc } = roundTrip(report);
    // A bucket named like a status keeps its statuses written as they are (they are not its name).
    const covered = (doc['buckets'] as Record<string, unknown>[])[2]!;
    expect(covered['status']).toBe('uncovered');
  });

  const event = (name: string, status = 'covered', gaps: string[] = []) => ({
    name,
    status: status as 'covered',
    coveredBy: status === 'covered' ? ['aws_cloudtrail.t'] : [],
    gaps,
  });
  const handMade = (events: unknown[], extra: Partial<Report> = {}): Report =>
    withVerdict({
      schemaVersion: 1,
      tool: { name: 's3-trail-guard', version: '0.1.0' },
      mode: 'plan',
      policy: 'policy.yml',
      summary: { buckets: 1, covered: 0, partial: 1, uncovered: 0, unknown: 0, findings: 1 },
      buckets: [
        {
          name: 'ab',
          status: 'partial',
          region: 'us-east-1',
          prefixes: ['', 'ab/'],
          events: events as Report['buckets'][number]['events'],
          location: { file: 'policy.yml', line: 3, column: 5 },
          ref: 'aws_s3_bucket.ab',
        },
      ],
      findings: [
        {
          ruleId: 'data-event-coverage',
          severity: 'error',
          status: 'fail',
          message:
            'S3 data-event activity on ab is only partly recorded for PutObject: {{bucket}} is literal here',
          bucket: 'ab',
          location: { file: 'policy.yml', line: 3, column: 5, address: 'aws_s3_bucket.ab' },
        },
        {
          ruleId: 'trail-kms',
          severity: 'warning',
          status: 'fail',
          message: 'aws_cloudtrail.t: its log files are not encrypted with a KMS key of yours (SSE-S3 only)',
          trail: 'aws_cloudtrail.t',
          location: { address: 'aws_cloudtrail.t' },
        },
      ],
      warnings: ['a warning that is long enough to be shared but is about no bucket'],
      ...extra,
    });

  it.each<[string, unknown[]]>([
    [
      'APIs in an order the groups do not give (interleaved verdicts), a two-letter name inside other words',
      [
        event('GetObject'),
        event('PutObject', 'uncovered', ['not recorded: aws_cloudtrail.t: no selector for ab (abc, cab)']),
        event('HeadObject'),
        event('DeleteObject', 'uncovered', ['not recorded: aws_cloudtrail.t: no selector for ab (abc, cab)']),
      ],
    ],
    ['an API listed twice (written as events)', [event('GetObject'), event('GetObject', 'uncovered', ['x'])]],
    [
      'an event with a member the grouping does not know (written as events)',
      [event('GetObject'), { ...event('PutObject'), note: 'new fact' }],
    ],
    [
      'a gap holding {{bucket}} itself (written where it is)',
      [event('GetObject', 'uncovered', ['the text {{bucket}} is literal and names ab'])],
    ],
    ['no APIs at all', []],
  ])('reads back exactly: %s', (_n, events) => {
    roundTrip(handMade(events));
  });

  it('reads back exactly with a diff given per plan, fixes and accepted evidence', () => {
    const changes = [
      {
        apis: ['GetObject', 'PutObject'],
        before: 'covered' as const,
        after: 'uncovered' as const,
        regression: true,
        because: ['aws_cloudtrail.t: resources.ARN no longer starts with arn:aws:s3:::ab/'],
      },
    ];
    const diffBucket = {
      name: 'ab',
      before: 'covered' as const,
      after: 'partial' as const,
      regression: true,
      changes,
    };
    const r = handMade([event('GetObject', 'uncovered', ['gap naming ab and arn:aws:s3:::ab/'])], {
      plans: ['a.json', 'b.json'],
      diff: {
        regressions: 1,
        improvements: 0,
        buckets: [diffBucket],
        plans: [{ plan: 'a.json', regressions: 1, improvements: 0, buckets: [diffBucket] }],
      },
      fixes: [
        {
          bucket: 'ab',
          recorder: 'aws_cloudtrail.t',
          summary: 'aws_cloudtrail.t: add advanced_event_selector "ab data events"',
          terraform: 'advanced_event_selector {\n  name = "ab data events"\n}',
          closes: true,
        },
      ],
    });
    const { doc } = roundTrip(r);
    const fix = (doc['fixes'] as Record<string, unknown>[])[0]!;
    expect(fix['bucket']).toBe('ab');
    const shared = doc['shared'] as unknown[];
    expect(shared).toContain('aws_cloudtrail.t: add advanced_event_selector "{{bucket}} data events"');
  });

  it('leaves a schemaVersion 1 report as it is', () => {
    const r = handMade([event('GetObject')]);
    const v1 = JSON.parse(JSON.stringify(r)) as unknown;
    expect(readReportJson(v1)).toEqual(v1);
  });

  it.each<[string, (doc: Record<string, unknown>) => void, RegExp]>([
    [
      'a reference past the end of shared',
      (d) => {
        d['shared'] = [];
      },
      /buckets\[0\]: \{"shared": \d+\} refers to nothing/,
    ],
    [
      'an API of apis in no verdict group',
      (d) => {
        const b = (d['buckets'] as Record<string, unknown>[])[0]!;
        b['verdicts'] = [];
      },
      /buckets\[0\]: API "GetObject" is in no verdict group/,
    ],
  ])('refuses %s', (_n, spoil, message) => {
    const doc = JSON.parse(reportJson(handMade([event('GetObject')]))) as Record<string, unknown>;
    spoil(doc);
    expect(() => readReportJson(doc)).toThrow(ReportShapeError);
    expect(() => readReportJson(doc)).toThrow(message);
  });
});

describe('merge reads shard reports of both versions', () => {
  const dir = mkdtempSync(join(tmpdir(), 's3tg-json-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a schemaVersion 1 and a schemaVersion 2 file of one report read as the same report', () => {
    const { facts, policy } = eventNameEstate(5);
    const { report } = evaluate(facts, policy);
    const v1 = join(dir, 'v1.json');
    const v2 = join(dir, 'v2.json');
    writeFileSync(v1, JSON.stringify(report));
    writeFileSync(v2, reportJson(report));
    expect(readShardReport(v2).report).toEqual(readShardReport(v1).report);
    expect(readShardReport(v2).report).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('a schemaVersion 2 file that does not read back is an input error naming the file', () => {
    const bad = join(dir, 'bad.json');
    const { facts, policy } = eventNameEstate(1);
    const doc = JSON.parse(reportJson(evaluate(facts, policy).report)) as Record<string, unknown>;
    doc['shared'] = [];
    writeFileSync(bad, JSON.stringify(doc));
    expect(() => readShardReport(bad)).toThrow(/bad\.json: not an s3-trail-guard JSON report \(buckets\[0\]/);
  });
});
