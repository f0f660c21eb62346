// The organization source's options → specs, with their checks (a static table, the omitted defaults
// included), and the accounts file.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../../src/errors.js';
import { OptionError, type OptionValues } from '../../../src/sources/source.js';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_ROLE_NAME,
  organizationSource,
  readAccountsFile,
} from '../../../src/sources/organization/source.js';

const flag = (o: string) => `--${o}`;
const specs = (v: OptionValues) => organizationSource.specs(v, flag);

describe('organization options', () => {
  it('not asked for: no spec', () => {
    expect(specs({})).toEqual([]);
    // The Action passes the defaults of role-name and concurrency always.
    expect(specs({ 'role-name': DEFAULT_ROLE_NAME, concurrency: String(DEFAULT_CONCURRENCY) })).toEqual([]);
  });

  it('the defaults: role S3TrailGuardReadOnly, 8 accounts at once, every account, no shard', () => {
    expect(specs({ organization: true })).toEqual([
      { kind: 'organization', roleName: 'S3TrailGuardReadOnly', exclude: [], concurrency: 8 },
    ]);
  });

  it('every value given', () => {
    expect(
      specs({
        organization: true,
        'role-name': 'audit/Reader',
        accounts: '111122223333, 444455556666',
        'exclude-accounts': '444455556666',
        shard: '3/4',
        concurrency: '16',
        region: 'eu-west-1',
      }),
    ).toEqual([
      {
        kind: 'organization',
        roleName: 'audit/Reader',
        accounts: ['111122223333', '444455556666'],
        exclude: ['444455556666'],
        shard: { index: 3, count: 4 },
        concurrency: 16,
        region: 'eu-west-1',
      },
    ]);
  });

  const invalid: [string, OptionValues, RegExp][] = [
    ['--shard without --organization', { shard: '1/2' }, /--shard is used only with --organization/],
    ['another role without --organization', { 'role-name': 'X' }, /--role-name is used only with/],
    ['--accounts without --organization', { accounts: '111122223333' }, /--accounts is used only with/],
    ['shard 0/3', { organization: true, shard: '0/3' }, /--shard must be I\/N with 1 <= I <= N/],
    ['shard 4/3', { organization: true, shard: '4/3' }, /--shard must be I\/N/],
    ['shard 2', { organization: true, shard: '2' }, /--shard must be I\/N/],
    ['shard 1/0', { organization: true, shard: '1/0' }, /--shard must be I\/N/],
    [
      'an account ID of 11 digits',
      { organization: true, accounts: '11112222333' },
      /12-digit AWS account IDs/,
    ],
    [
      'a name in --exclude-accounts',
      { organization: true, 'exclude-accounts': 'prod' },
      /--exclude-accounts takes 12-digit/,
    ],
    [
      'both account lists',
      { organization: true, accounts: '111122223333', 'accounts-file': 'a.txt' },
      /not both/,
    ],
    [
      'concurrency 0',
      { organization: true, concurrency: '0' },
      /--concurrency must be a whole number from 1 to 1000/,
    ],
    ['concurrency 2.5', { organization: true, concurrency: '2.5' }, /--concurrency must be/],
    [
      'a role name with a space',
      { organization: true, 'role-name': 'my role' },
      /--role-name must be an IAM role name/,
    ],
    [
      'a role name of 65 characters',
      { organization: true, 'role-name': 'r'.repeat(65) },
      /--role-name must be/,
    ],
  ];
  it.each(invalid)('%s is an OptionError', (_name, v, message) => {
    expect(() => specs(v)).toThrow(OptionError);
    expect(() => specs(v)).toThrow(message);
  });
});

describe('readAccountsFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 's3tg-accounts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };

  it('one ID per line, commas too, # comments and blank lines ignored', () => {
    expect(
      readAccountsFile(file('ok.txt', '# prod\n111122223333\n\n444455556666, 777788889999 # eu\n')),
    ).toEqual(['111122223333', '444455556666', '777788889999']);
  });

  it.each([
    [
      'bad.txt',
      '111122223333\nprod-account\n',
      /bad\.txt:2: expected a 12-digit AWS account ID, not "prod-account"/,
    ],
    ['empty.txt', '# nothing\n', /empty\.txt: the accounts file names no account/],
  ])('%s is an input error naming the file and line', (name, text, message) => {
    const f = file(name, text);
    expect(() => readAccountsFile(f)).toThrow(InputError);
    expect(() => readAccountsFile(f)).toThrow(message);
  });

  it('a missing file is an input error naming it', () => {
    expect(() => readAccountsFile(join(dir, 'none.txt'))).toThrow(
      /none\.txt: cannot read the accounts file \(ENOENT/,
    );
  });
});
