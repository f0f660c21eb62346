import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import {
  loadPolicy,
  MAX_POLICY_BYTES,
  normalisePrefixes,
  parsePolicy,
  SCHEMA_MESSAGES,
} from '../../src/config/load-policy.js';
import policySchema from '../../policies/schema.json' with { type: 'json' };
import type { BucketRequirement, Policy } from '../../src/config/policy.js';
import { InputError } from '../../src/errors.js';
import { S3_DATA_APIS } from '../../src/model/s3-apis.js';

const FILE = 'policies/test.yml';
const ALL = S3_DATA_APIS.map((a) => a.name);
const READ = S3_DATA_APIS.filter((a) => a.readOnly).map((a) => a.name);
const WRITE = S3_DATA_APIS.filter((a) => !a.readOnly).map((a) => a.name);
const POLICIES_DIR = fileURLToPath(new URL('../../policies/', import.meta.url));

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const at = (line: number, column: number) => ({ file: FILE, line, column });

function failure(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parsePolicy: valid policies', () => {
  interface ValidCase {
    readonly name: string;
    readonly yaml: string;
    readonly buckets: readonly BucketRequirement[];
    readonly warnings?: readonly { readonly line: number; readonly column: number; readonly text: string }[];
  }

  const cases: readonly ValidCase[] = [
    {
      name: 'shorthand string: whole bucket, every data-event API',
      yaml: lines('version: 1', 'buckets:', '  - acme-pii-prod'),
      buckets: [
        { name: 'acme-pii-prod', prefixes: [''], eventsSpec: 'all', events: ALL, location: at(3, 5) },
      ],
    },
    {
      name: 'full entry',
      yaml: lines(
        'version: 1',
        'buckets:',
        '  - name: payroll-exports',
        '    prefixes: [exports/]',
        '    events: write',
        '    region: eu-west-1',
        '    account: "111122223333"',
      ),
      buckets: [
        {
          name: 'payroll-exports',
          prefixes: ['exports/'],
          eventsSpec: 'write',
          events: WRITE,
          region: 'eu-west-1',
          account: '111122223333',
          location: at(3, 5),
        },
      ],
    },
    {
      name: 'events: read selects the readOnly APIs',
      yaml: lines('version: 1', 'buckets:', '  - name: reads-only', '    events: read'),
      buckets: [{ name: 'reads-only', prefixes: [''], eventsSpec: 'read', events: READ, location: at(3, 5) }],
    },
    {
      name: 'event list: canonical order, not the written order',
      yaml: lines(
        'version: 1',
        'buckets:',
        '  - name: listed',
        '    events: [PutObject, DeleteObject, GetObject]',
      ),
      buckets: [
        {
          name: 'listed',
          prefixes: [''],
          eventsSpec: 'list',
          events: ['DeleteObject', 'GetObject', 'PutObject'],
          location: at(3, 5),
        },
      ],
    },
    {
      name: 'aliases resolve to the canonical name, with a warning at the alias, and de-duplicate',
      yaml: lines(
        'version: 1',
        'buckets:',
        '  - name: locked',
        '    events:',
        '      - GetObjectLegalHold',
        '      - GetObjectLockLegalHold',
        '      - PutObjectLockRetention',
      ),
      buckets: [
        {
          name: 'locked',
          prefixes: [''],
          eventsSpec: 'list',
          events: ['GetObjectLegalHold', 'PutObjectRetention'],
          location: at(3, 5),
        },
      ],
      warnings: [
        { line: 6, column: 9, text: '/buckets/0/events/1: "GetObjectLockLegalHold" is an older spelling' },
        { line: 7, column: 9, text: '/buckets/0/events/2: "PutObjectLockRetention" is an older spelling' },
      ],
    },
    {
      name: 'names that are not S3 data events are dropped with a warning',
      yaml: lines('version: 1', 'buckets:', '  - name: lister', '    events: [ListObjects, ListObjectsV2]'),
      buckets: [
        { name: 'lister', prefixes: [''], eventsSpec: 'list', events: ['ListObjects'], location: at(3, 5) },
      ],
      warnings: [
        {
          line: 4,
          column: 27,
          text: '/buckets/0/events/1: "ListObjectsV2" is ignored: recorded as ListObjects',
        },
      ],
    },
    {
      name: 'omitted prefixes and events take their defaults',
      yaml: lines('version: 1', 'buckets:', '  - name: defaults-only'),
      buckets: [
        { name: 'defaults-only', prefixes: [''], eventsSpec: 'all', events: ALL, location: at(3, 5) },
      ],
    },
    {
      name: 'prefixes: sorted, and those covered by a shorter listed prefix dropped',
      yaml: lines('version: 1', 'buckets:', '  - name: prefixed', '    prefixes: [b/, a/b/c, a/, a/b/]'),
      buckets: [
        { name: 'prefixed', prefixes: ['a/', 'b/'], eventsSpec: 'all', events: ALL, location: at(3, 5) },
      ],
    },
    {
      name: "'' (whole bucket) covers every other prefix",
      yaml: lines('version: 1', 'buckets:', '  - name: prefixed', '    prefixes: [x/, ""]'),
      buckets: [{ name: 'prefixed', prefixes: [''], eventsSpec: 'all', events: ALL, location: at(3, 5) }],
    },
    {
      name: 'flow style, several buckets, locations of each item',
      yaml: lines(
        'version: 1',
        'buckets: [first-bucket, {name: second-bucket, events: read},',
        '  third-bucket]',
      ),
      buckets: [
        { name: 'first-bucket', prefixes: [''], eventsSpec: 'all', events: ALL, location: at(2, 11) },
        { name: 'second-bucket', prefixes: [''], eventsSpec: 'read', events: READ, location: at(2, 25) },
        { name: 'third-bucket', prefixes: [''], eventsSpec: 'all', events: ALL, location: at(3, 3) },
      ],
    },
    {
      name: 'anchors and merge keys',
      yaml: lines(
        'version: 1',
        'buckets:',
        '  - &defaults {name: bucket-one, events: write, prefixes: [in/]}',
        '  - <<: *defaults',
        '    name: bucket-two',
      ),
      buckets: [
        { name: 'bucket-one', prefixes: ['in/'], eventsSpec: 'write', events: WRITE, location: at(3, 5) },
        { name: 'bucket-two', prefixes: ['in/'], eventsSpec: 'write', events: WRITE, location: at(4, 5) },
      ],
    },
    {
      name: 'YAML 1.2 core types: a date-like bucket name stays a string',
      yaml: lines('version: 1', 'buckets:', '  - 2024-01-31'),
      buckets: [{ name: '2024-01-31', prefixes: [''], eventsSpec: 'all', events: ALL, location: at(3, 5) }],
    },
    {
      name: 'CRLF line ends and a byte order mark',
      yaml: '\uFEFFversion: 1\r\nbuckets:\r\n  # a comment\r\n  - crlf-bucket\r\n',
      buckets: [{ name: 'crlf-bucket', prefixes: [''], eventsSpec: 'all', events: ALL, location: at(4, 5) }],
    },
  ];

  it('require and waivers are read, with their locations', () => {
    const policy = parsePolicy(
      lines(
        'version: 1',
        'buckets: [waived-bucket]',
        'require:',
        '  trails: all',
        '  rules:',
        '    trail-multi-region: error',
        '    trail-kms: off',
        'waivers:',
        '  - rule: log-loop',
        '    trail: aws_cloudtrail.main',
        '    reason: migration in progress',
        '    expires: 2030-01-31',
      ),
      FILE,
    );
    expect(policy.warnings).toEqual([]);
    expect(policy.require).toEqual({
      trails: 'all',
      rules: { 'trail-multi-region': 'error', 'trail-kms': 'off' },
    });
    expect(policy.waivers).toEqual([
      {
        rule: 'log-loop',
        trail: 'aws_cloudtrail.main',
        reason: 'migration in progress',
        expires: '2030-01-31',
        location: at(9, 5),
      },
    ]);
  });

  it('"*" stands for every other bucket the source knows', () => {
    const policy = parsePolicy(
      lines('version: 1', 'buckets:', '  - named-bucket', '  - name: "*"', '    events: write'),
      FILE,
    );
    expect(policy.buckets.map((b) => b.name)).toEqual(['named-bucket']);
    expect(policy.everyBucket).toMatchObject({ eventsSpec: 'write', prefixes: [''], location: at(4, 5) });
  });

  it.each(cases)('$name', ({ yaml, buckets, warnings = [] }) => {
    const policy = parsePolicy(yaml, FILE);
    expect(policy).toEqual({ version: 1, file: FILE, buckets, warnings: expect.any(Array) });
    expect(policy.warnings.map((w) => ({ ...w.location, text: w.message }))).toEqual(
      warnings.map((w) => ({
        file: FILE,
        line: w.line,
        column: w.column,
        text: expect.stringContaining(w.text),
      })),
    );
  });

  it('keeps region and account out of the requirement when they are not given', () => {
    const [bucket] = parsePolicy(lines('version: 1', 'buckets: [plain-bucket]'), FILE).buckets;
    expect(bucket).not.toHaveProperty('region');
    expect(bucket).not.toHaveProperty('account');
    expect(bucket).not.toHaveProperty('accept');
  });

  it('accept: [server-access-logs] is kept per bucket (and for "*")', () => {
    const p = parsePolicy(
      lines(
        'version: 1',
        'buckets:',
        '  - name: logged-bucket',
        '    accept: [server-access-logs]',
        '  - other-bucket',
        '  - name: "*"',
        '    accept: [server-access-logs]',
      ),
      FILE,
    );
    expect(p.buckets.map((b) => b.accept)).toEqual([['server-access-logs'], undefined]);
    expect(p.everyBucket?.accept).toEqual(['server-access-logs']);
  });
});

describe('parsePolicy: invalid policies', () => {
  const billionLaughs = ['version: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const name of 'bcdefghi') {
    const previous = String.fromCharCode(name.charCodeAt(0) - 1);
    billionLaughs.push(`${name}: &${name} [${Array<string>(9).fill(`*${previous}`).join(', ')}]`);
  }

  interface InvalidCase {
    readonly name: string;
    readonly yaml: string;
    /** Every line of the message, each `FILE:LINE:COL: ` followed by text it must start with. */
    readonly errors: readonly string[];
  }

  const cases: readonly InvalidCase[] = [
    { name: 'empty file', yaml: '', errors: ['1:1: policy file is empty'] },
    { name: 'only comments', yaml: lines('# nothing here', ''), errors: ['1:1: policy file is empty'] },
    {
      name: 'root is a list',
      yaml: lines('- some-bucket'),
      errors: ['1:1: expected a mapping with "version: 1" and "buckets" at the top level, found a list'],
    },
    {
      name: 'root is a scalar',
      yaml: lines('', 'just some text'),
      errors: ['2:1: expected a mapping with "version: 1" and "buckets" at the top level, found the string'],
    },
    {
      name: 'non-YAML garbage',
      yaml: lines('{{{ not: yaml ]]'),
      errors: [
        '1:15: invalid YAML: flow map in block collection must be sufficiently indented and end with a }',
      ],
    },
    {
      name: 'YAML syntax error (bad indentation)',
      yaml: lines('version: 1', 'buckets:', '  - name: a-bucket', '   events: all'),
      errors: ['4:1: invalid YAML: sequence item without - indicator'],
    },
    {
      name: 'tab indentation',
      yaml: lines('version: 1', 'buckets:', '\t- a-bucket'),
      errors: ['3:1: invalid YAML: tab characters must not be used in indentation'],
    },
    {
      name: 'duplicate key',
      yaml: lines('version: 1', 'buckets: [a-bucket]', 'version: 1'),
      errors: ['3:1: invalid YAML: duplicated mapping key (each key may appear once in a mapping)'],
    },
    {
      name: 'two documents',
      yaml: lines('version: 1', 'buckets: [a-bucket]', '---', 'version: 1'),
      errors: ['3:1: invalid YAML: expected a single YAML document'],
    },
    {
      name: 'YAML bomb (billion laughs)',
      yaml: lines(...billionLaughs),
      errors: [
        '10:8: the document expands to more than 100000 nodes once YAML aliases are expanded (alias *h here)',
      ],
    },
    {
      name: 'recursive alias',
      yaml: lines('version: 1', 'buckets: &b', '  - *b'),
      errors: ['3:5: alias *b refers to a node that contains it'],
    },
    {
      name: 'nesting deeper than the limit, pointing at the first list too deep',
      yaml: lines('version: 1', `buckets: ${'['.repeat(150)}${']'.repeat(150)}`),
      errors: ['2:110: the document nests deeper than 100 levels'],
    },
    {
      // Refused while parsing, before the (recursive) composer sees it.
      name: 'nesting half a megabyte deep',
      yaml: lines('version: 1', `buckets: ${'['.repeat(500_000)}${']'.repeat(500_000)}`),
      errors: ['2:218: the document nests deeper than 100 levels'],
    },
    {
      name: 'nesting through an alias',
      yaml: lines(
        'version: 1',
        `deep: &d ${'['.repeat(60)}${']'.repeat(60)}`,
        `buckets: ${'['.repeat(60)}*d${']'.repeat(60)}`,
      ),
      errors: [
        '3:70: the document nests deeper than 100 levels once YAML aliases are expanded (alias *d here)',
      ],
    },
    {
      name: 'a control character',
      yaml: lines('version: 1', 'buckets: [a-\x07bucket]'),
      errors: ['2:13: invalid YAML: the file contains a non-printable character (U+0007)'],
    },
    {
      name: 'a list as a mapping key',
      yaml: lines('version: 1', 'buckets:', '  - {name: a-bucket, ? [x]: 1}'),
      errors: ['3:24: invalid YAML: a mapping key must be a plain value, not a list or a mapping'],
    },
    {
      name: 'an alias as a mapping key',
      yaml: lines('version: 1', 'k: &k name', 'buckets:', '  - {*k : a-bucket}'),
      errors: ['4:6: invalid YAML: a mapping key must be written out, not an alias'],
    },
    {
      // A YAML 1.1 schema would read 2024-01-31 as a date and `no` as false; the core schema is kept.
      name: 'a %YAML 1.1 directive does not change the schema',
      yaml: lines('%YAML 1.1', '---', 'version: 1', 'buckets: [2024-01-31, no]'),
      errors: ['4:23: /buckets/1: must be an S3 bucket name'],
    },
    {
      name: 'version 2',
      yaml: lines('version: 2', 'buckets: [a-bucket]'),
      errors: ['1:10: /version: must be 1 (the only policy format version this release understands)'],
    },
    {
      name: 'version as a string',
      yaml: lines('version: "1"', 'buckets: [a-bucket]'),
      errors: ['1:10: /version: must be 1'],
    },
    { name: 'missing buckets', yaml: lines('version: 1'), errors: ['1:1: missing required key "buckets"'] },
    {
      name: 'misspelt top-level key',
      yaml: lines('version: 1', 'bucket: [a-bucket]'),
      errors: [
        '1:1: missing required key "buckets"',
        '2:1: /bucket: unknown key "bucket"; did you mean "buckets"? (allowed keys: version, buckets, require, waivers)',
      ],
    },
    {
      name: 'empty bucket list',
      yaml: lines('version: 1', 'buckets: []'),
      errors: ['2:10: /buckets: must list at least one bucket'],
    },
    {
      name: 'buckets is a mapping',
      yaml: lines('version: 1', 'buckets:', '  name: a-bucket'),
      errors: ['3:3: /buckets: must be a list, found a mapping'],
    },
    {
      name: 'bad bucket names (shorthand and in a mapping)',
      yaml: lines('version: 1', 'buckets:', '  - Bad_Name', '  - name: ab'),
      errors: [
        '3:5: /buckets/0: must be an S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens',
        '4:11: /buckets/1/name: must be an S3 bucket name',
      ],
    },
    {
      name: 'bucket entry of the wrong type',
      yaml: lines('version: 1', 'buckets:', '  - 123'),
      errors: ['3:5: /buckets/0: must be a bucket name or a mapping with a "name" key'],
    },
    {
      name: 'bucket mapping without a name',
      yaml: lines('version: 1', 'buckets:', '  - events: all'),
      errors: ['3:5: /buckets/0: missing required key "name"'],
    },
    {
      name: 'unknown key in a bucket',
      yaml: lines('version: 1', 'buckets:', '  - name: a-bucket', '    regoin: eu-west-1'),
      errors: [
        '4:5: /buckets/0/regoin: unknown key "regoin"; did you mean "region"? (allowed keys: name, prefixes, events, region, account, accept)',
      ],
    },
    {
      name: 'accept names evidence that does not exist',
      yaml: lines('version: 1', 'buckets:', '  - name: a-bucket', '    accept: [vpc-flow-logs]'),
      errors: [
        '4:14: /buckets/0/accept/0: must be server-access-logs (the only evidence besides CloudTrail that can be accepted)',
      ],
    },
    {
      name: 'events keyword misspelt',
      yaml: lines('version: 1', 'buckets:', '  - name: a-bucket', '  - name: payroll', '    events: writes'),
      errors: [
        '5:13: /buckets/1/events: must be one of all, read, write, or a list of S3 data-event API names',
      ],
    },
    {
      name: 'events left empty',
      yaml: lines('version: 1', 'buckets:', '  - name: a-bucket', '    events:'),
      errors: [
        '4:5: /buckets/0/events: must be one of all, read, write, or a list of S3 data-event API names',
      ],
    },
    {
      name: 'events an empty list',
      yaml: lines('version: 1', 'buckets:', '  - name: a-bucket', '    events: []'),
      errors: ['4:13: /buckets/0/events: must list at least one S3 data-event API name'],
    },
    {
      name: 'event name listed twice',
      yaml: lines(
        'version: 1',
        'buckets:',
        '  - name: a-bucket',
        '    events:',
        '      - GetObject',
        '      - GetObject',
      ),
      errors: ['6:9: /buckets/0/events/1: "GetObject" is listed twice (also at line 5)'],
    },
    {
      name: 'unknown API names, with and without a suggestion',
      yaml: lines(
        'version: 1',
        'buckets:',
        '  - name: a-bucket',
        '    events:',
        '      - PutObjekt',
        '      - GetObjectLockLegalHol',
        '      - Frobnicate',
        '      - read',
      ),
      errors: [
        '5:9: /buckets/0/events/0: unknown S3 data-event API "PutObjekt"; did you mean "PutObject"?',
        '6:9: /buckets/0/events/1: unknown S3 data-event API "GetObjectLockLegalHol"; did you mean "GetObjectLegalHold"?',
        '7:9: /buckets/0/events/2: unknown S3 data-event API "Frobnicate"; expected a CloudTrail eventName',
        '8:9: /buckets/0/events/3: "read" is not an API name; write "events: read" (not in a list)',
      ],
    },
    {
      name: 'events list emptied by names that are not data events',
      yaml: lines('version: 1', 'buckets:', '  - name: a-bucket', '    events: [ListObjectsV2, PostObject]'),
      errors: [
        '4:13: /buckets/0/events: no S3 data-event API is left once ListObjectsV2, PostObject are dropped',
      ],
    },
    {
      name: 'account as a number',
      yaml: lines('version: 1', 'buckets:', '  - name: a-bucket', '    account: 111122223333'),
      errors: ['4:14: /buckets/0/account: must be a 12-digit AWS account ID written as a quoted string'],
    },
    {
      name: 'account of the wrong length',
      yaml: lines('version: 1', 'buckets:', '  - name: a-bucket', '    account: "1234"'),
      errors: ['4:14: /buckets/0/account: must be a 12-digit AWS account ID, e.g. "111122223333"'],
    },
    {
      name: 'region not a region name',
      yaml: lines('version: 1', 'buckets:', '  - name: a-bucket', '    region: Europe'),
      errors: ['4:13: /buckets/0/region: must be an AWS region name such as eu-west-1'],
    },
    {
      name: 'prefixes with a wildcard, a leading slash and a duplicate',
      yaml: lines('version: 1', 'buckets:', '  - name: a-bucket', '    prefixes: ["logs/*", /data, a/, a/]'),
      errors: [
        '4:16: /buckets/0/prefixes/0: must be a literal key prefix: "*" wildcards are not supported',
        '4:26: /buckets/0/prefixes/1: must not start with "/"',
        '4:37: /buckets/0/prefixes/3: "a/" is listed twice (also at line 4, column 33)',
      ],
    },
    {
      name: 'duplicate buckets',
      yaml: lines(
        'version: 1',
        'buckets:',
        '  - a-bucket',
        '  - other-bucket',
        '  - name: a-bucket',
        '    events: read',
      ),
      errors: ['5:5: /buckets/2: bucket "a-bucket" is listed twice (also at line 3)'],
    },
    {
      name: 'waiver without a reason and with an impossible date',
      yaml: lines(
        'version: 1',
        'buckets: [a-bucket]',
        'waivers:',
        '  - rule: log-loop',
        '    bucket: a-bucket',
        '    expires: 2025-02-30',
      ),
      errors: [
        '4:5: /waivers/0: missing required key "reason"',
        '6:14: /waivers/0/expires: must be a date written YYYY-MM-DD',
      ],
    },
    {
      name: 'waiver naming neither a bucket nor a trail',
      yaml: lines(
        'version: 1',
        'buckets: [a-bucket]',
        'waivers:',
        '  - rule: log-loop',
        '    reason: accepted',
      ),
      errors: ['4:5: /waivers/0: must name the "bucket" or the "trail" it applies to'],
    },
    {
      name: 'waiver of an unknown rule',
      yaml: lines(
        'version: 1',
        'buckets: [a-bucket]',
        'waivers:',
        '  - rule: log-loops',
        '    bucket: a-bucket',
        '    reason: accepted',
      ),
      errors: ['4:11: /waivers/0/rule: '],
    },
    {
      name: 'require.rules with an unknown rule id and a bad severity',
      yaml: lines(
        'version: 1',
        'buckets: [a-bucket]',
        'require:',
        '  rules:',
        '    log-looop: error',
        '    trail-kms: fatal',
      ),
      errors: [
        '5:5: /require/rules/log-looop: unknown rule "log-looop"; did you mean "log-loop"?',
        '6:16: /require/rules/trail-kms: must be one of error, warning, note, off',
      ],
    },
    {
      name: 'null byte',
      yaml: 'version: 1\0\n',
      errors: ['1:11: invalid YAML: null byte is not allowed in input'],
    },
  ];

  it.each(cases)('$name', ({ yaml, errors }) => {
    const error = failure(() => parsePolicy(yaml, FILE));
    expect(error.file).toBe(FILE);
    const got = error.message.split('\n');
    expect(got).toHaveLength(errors.length);
    got.forEach((line, i) => expect(line.startsWith(`${FILE}:${errors[i] ?? ''}`)).toBe(true));
  });

  it('fails fast on a YAML bomb', () => {
    const started = performance.now();
    expect(() => parsePolicy(lines(...billionLaughs), FILE)).toThrow(InputError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses text larger than 1 MiB', () => {
    const text = lines('version: 1', 'buckets: [a-bucket]') + `#${'x'.repeat(MAX_POLICY_BYTES)}\n`;
    expect(failure(() => parsePolicy(text, FILE)).message).toBe(`${FILE}: policy file is larger than 1 MiB`);
  });
});

describe('loadPolicy: files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 's3-trail-guard-policy-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads a policy file and names it in locations', () => {
    const file = join(dir, 'policy.yml');
    writeFileSync(file, lines('version: 1', 'buckets:', '  - a-bucket'));
    const policy = loadPolicy(file);
    expect(policy.file).toBe(file);
    expect(policy.buckets[0]?.location).toEqual({ file, line: 3, column: 5 });
  });

  it('missing file', () => {
    const file = join(dir, 'missing.yml');
    const error = failure(() => loadPolicy(file));
    expect(error.message).toBe(
      `${file}: cannot read policy file: ENOENT: no such file or directory, stat '${file}'`,
    );
    expect(error.file).toBe(file);
  });

  it('directory', () => {
    const sub = join(dir, 'a-directory.yml');
    mkdirSync(sub);
    expect(failure(() => loadPolicy(sub)).message.startsWith(`${sub}: cannot read policy file: EISDIR`)).toBe(
      true,
    );
  });

  it('unreadable file', () => {
    const file = join(dir, 'unreadable.yml');
    writeFileSync(file, lines('version: 1', 'buckets: [a-bucket]'));
    chmodSync(file, 0o000);
    try {
      let readable = true;
      try {
        readFileSync(file);
      } catch {
        readable = false;
      }
      // root reads anything: then there is nothing to test.
      if (!readable) {
        expect(
          failure(() => loadPolicy(file)).message.startsWith(`${file}: cannot read policy file: EACCES`),
        ).toBe(true);
      }
    } finally {
      chmodSync(file, 0o600);
    }
  });

  it('file larger than 1 MiB', () => {
    const file = join(dir, 'huge.yml');
    writeFileSync(file, `#${'x'.repeat(MAX_POLICY_BYTES)}\n`);
    expect(failure(() => loadPolicy(file)).message).toBe(`${file}: policy file is larger than 1 MiB`);
  });

  it('empty file', () => {
    const file = join(dir, 'empty.yml');
    writeFileSync(file, '');
    expect(failure(() => loadPolicy(file)).message.startsWith(`${file}:1:1: policy file is empty`)).toBe(
      true,
    );
  });

  it('syntax error in a file', () => {
    const file = join(dir, 'broken.yml');
    writeFileSync(file, lines('version: 1', 'buckets: [a-bucket'));
    expect(failure(() => loadPolicy(file)).message.startsWith(`${file}:3:1: invalid YAML: `)).toBe(true);
  });
});

describe('normalisePrefixes', () => {
  it.each([
    [[''], ['']],
    [['a/', 'a/'], ['a/']],
    [['a/b/', 'a/'], ['a/']],
    [['a', 'a-old/', 'ab'], ['a']],
    [
      ['b/', 'a/'],
      ['a/', 'b/'],
    ],
    [['x/', '', 'y/'], ['']],
  ])('%j -> %j', (input, expected) => {
    expect(normalisePrefixes(input)).toEqual(expected);
  });
});

describe('policies/schema.json and the examples', () => {
  const examplesDir = join(POLICIES_DIR, 'examples');
  const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.yml'));
  const schema = JSON.parse(readFileSync(join(POLICIES_DIR, 'schema.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples)('%s loads without error', (name) => {
    const policy = parsePolicy(readFileSync(join(examplesDir, name), 'utf8'), name);
    expect(policy.buckets.length).toBeGreaterThan(0);
  });

  it.each(examples)('%s is valid against policies/schema.json on its own', (name) => {
    const validate = new Ajv({ allErrors: true, formats: { date: true } }).compile(schema);
    const doc = parse(readFileSync(join(examplesDir, name), 'utf8'), { schema: 'core' });
    const valid = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the loader uses policies/schema.json itself', () => {
    expect(policySchema).toEqual(schema);
  });

  it('lists the 29 S3 data-event API names, in the model order, for editor completion', () => {
    const bucket = (schema as { properties: { buckets: { items: { anyOf: unknown[] } } } }).properties.buckets
      .items.anyOf[1] as {
      properties: Record<string, { anyOf?: { items?: { examples?: string[] } }[]; pattern?: string }>;
    };
    expect(bucket.properties['events']?.anyOf?.[1]?.items?.examples).toEqual(ALL);
  });

  it('every custom error message is keyed by a schema location that exists', () => {
    for (const path of Object.keys(SCHEMA_MESSAGES)) {
      const tokens = path.replace(/^#\//, '').split('/');
      const node = tokens.reduce<unknown>(
        (n, t) => (n !== null && typeof n === 'object' ? (n as Record<string, unknown>)[t] : undefined),
        schema,
      );
      expect([path, node !== undefined]).toEqual([path, true]);
    }
  });

  it('uses one bucket-name pattern for the shorthand and for "name"', () => {
    const items = (schema as { properties: { buckets: { items: { anyOf: Record<string, unknown>[] } } } })
      .properties.buckets.items.anyOf;
    const shorthand = items[0]?.['pattern'];
    const named = (items[1]?.['properties'] as Record<string, { pattern?: string }>)['name']?.pattern;
    expect(shorthand).toBe(named);
  });

  it('the examples read as documented', () => {
    const read = (name: string): Policy => parsePolicy(readFileSync(join(examplesDir, name), 'utf8'), name);
    expect(read('seed.yml').buckets).toEqual([
      expect.objectContaining({
        name: 'important-bucket-yamamoto012345678901',
        eventsSpec: 'all',
        events: ALL,
      }),
    ]);
    expect(read('read-write-split.yml').buckets.map((b) => [b.name, b.eventsSpec])).toEqual([
      ['acme-customer-pii-prod', 'read'],
      ['acme-audit-archive', 'write'],
    ]);
    const scoped = read('prefix-scoped.yml');
    expect(scoped.buckets[0]).toMatchObject({
      prefixes: ['exports/', 'reports/monthly/'],
      eventsSpec: 'list',
      events: ['DeleteObject', 'DeleteObjects', 'GetObject', 'GetObjectRetention', 'PutObject'],
    });
    expect(scoped.warnings).toHaveLength(1);
  });
});
