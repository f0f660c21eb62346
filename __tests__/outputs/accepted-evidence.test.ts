/**
 * A bucket accepted by server access logs (`accept: [server-access-logs]`) shows the qualifier
 * "by server access logs (best effort)" in every format, and the JSON report says which evidence was
 * accepted; without the setting the logging is information only.
 */
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { known } from '../../src/model/fact.js';
import { escapeMarkdown, renderMarkdown } from '../../src/outputs/markdown.js';
import { toSarif } from '../../src/outputs/sarif.js';
import { renderText } from '../../src/outputs/text.js';
import { RULES } from '../../src/rules/index.js';
import { evaluate } from '../../src/app/run.js';
import {
  advancedSet,
  bucket,
  deliveringTrail,
  factsOf,
  policyOf,
  requirement,
} from '../helpers/facts-builders.js';

const B = 'pii-bucket';
const QUALIFIER = 'by server access logs (best effort)';

function report(accept: boolean) {
  // A trail with management events only: CloudTrail records nothing of the bucket.
  const facts = factsOf(
    [deliveringTrail({ selectors: advancedSet(), logFileValidation: true, kmsKeyId: null })],
    [
      {
        ...bucket(B),
        serverAccessLogging: known({
          targetBucket: 'access-logs',
          targetPrefix: 'pii/',
          targetExists: known(true),
          ref: 'aws_s3_bucket_logging.pii',
        }),
      },
    ],
  );
  const policy = policyOf({
    ...requirement(B),
    ...(accept ? { accept: ['server-access-logs'] as const } : {}),
  });
  return evaluate(facts, policy).report;
}

describe('accepted server access logs in every format', () => {
  it('JSON: status covered, the accepted evidence and the fact with its limits', () => {
    const r = JSON.parse(JSON.stringify(report(true))) as {
      buckets: Record<string, unknown>[];
      passed: boolean;
    };
    expect(r.buckets[0]).toMatchObject({
      status: 'covered',
      acceptedEvidence: {
        evidence: 'server-access-logs',
        qualifier: QUALIFIER,
        cloudTrailStatus: 'uncovered',
      },
      serverAccessLogs: { status: 'on', target: 'access-logs/pii/', usable: true },
    });
    expect(JSON.stringify(r.buckets[0])).toContain('no eventName');
  });

  it('text and markdown show the qualifier next to the status', () => {
    const r = report(true);
    expect(renderText(r)).toContain(`PASS ${B}: covered ${QUALIFIER} (0/29 APIs covered`);
    expect(renderText(r)).toContain(
      'server access logging to access-logs/pii/: on; accepted as evidence, best effort',
    );
    // One bucket: no table; the accepted evidence is said visibly (before the folded details).
    const md = renderMarkdown(r);
    const visible = md.split('<details>')[0] as string;
    expect(visible).toContain(`**accepted as evidence**, ${escapeMarkdown(QUALIFIER)}`);
    // With several buckets, the table's status cell carries the qualifier.
    const two = {
      ...r,
      buckets: [
        ...r.buckets,
        { ...r.buckets[0]!, name: 'other', status: 'uncovered' as const, acceptedEvidence: undefined },
      ],
    };
    expect(renderMarkdown(two as typeof r, { variant: 'summary' })).toContain(`| ✅ covered ${QUALIFIER} |`);
  });

  it('SARIF: a note result carries the qualifier, and the log still validates', () => {
    const r = report(true);
    const log = toSarif(
      r,
      RULES.map((x) => x.meta),
      { toUri: (f) => f },
    );
    const notes = log.runs[0]!.results.filter((x) => x.level === 'note');
    expect(notes.map((n) => n.message.text)).toEqual([
      `${B}: covered ${QUALIFIER}; CloudTrail alone: uncovered`,
    ]);
    const schema = JSON.parse(
      readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'),
    ) as Record<string, unknown>;
    delete schema['$schema'];
    delete schema['id'];
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(JSON.stringify(log)))).toBe(true);
  });

  it('without accept: uncovered, the logging is information only, no qualifier anywhere', () => {
    const r = report(false);
    expect(r.buckets[0]!.status).toBe('uncovered');
    expect(r.buckets[0]!.acceptedEvidence).toBeUndefined();
    expect(r.passed).toBe(false);
    expect(renderText(r)).toContain('information only');
    expect(renderText(r)).not.toContain(QUALIFIER);
    expect(renderMarkdown(r)).not.toContain(QUALIFIER);
    expect(
      JSON.stringify(
        toSarif(
          r,
          RULES.map((x) => x.meta),
          { toUri: (f) => f },
        ),
      ),
    ).not.toContain(QUALIFIER);
  });
});
