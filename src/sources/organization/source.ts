import { readFileSync } from 'node:fs';
import { InputError, errorMessage } from '../../errors.js';
import type { FactSource, OptionValues } from '../source.js';
import { OptionError } from '../source.js';
import type { OrganizationProgress } from '../aws/organization.js';

/** The member role's default name and the default number of accounts read at once (README "Organization mode"). */
export const DEFAULT_ROLE_NAME = 'S3TrailGuardReadOnly';
export const DEFAULT_CONCURRENCY = 8;

export interface OrganizationSpec {
  readonly kind: 'organization';
  readonly roleName: string;
  readonly accounts?: readonly string[];
  readonly accountsFile?: string;
  readonly exclude: readonly string[];
  readonly shard?: { readonly index: number; readonly count: number };
  readonly concurrency: number;
  readonly region?: string;
}

const ACCOUNT_ID = /^\d{12}$/;
// An IAM role name (1-64 of [\w+=,.@-]), optionally after a path.
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

const text = (v: OptionValues[string]): string | undefined => (typeof v === 'string' && v ? v : undefined);

function accountList(raw: string, option: string, flag: (o: string) => string): string[] {
  const ids = raw
    .split(/[\n,]/)
    .map((x) => x.trim())
    .filter(Boolean);
  const badId = ids.find((id) => !ACCOUNT_ID.test(id));
  if (badId !== undefined)
    throw new OptionError(
      option,
      `${flag(option)} takes 12-digit AWS account IDs separated by commas, not ${JSON.stringify(badId.slice(0, 40))}`,
    );
  return ids;
}

/**
 * The accounts of an --accounts-file: one 12-digit ID per line (commas also separate); `#` starts a comment.
 * A wrong line is an input error naming the file and the line.
 */
export function readAccountsFile(file: string): string[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read the accounts file (${errorMessage(e)})`, file);
  }
  const ids: string[] = [];
  content.split('\n').forEach((line, i) => {
    for (const part of (line.split('#')[0] ?? '').split(',')) {
      const id = part.trim();
      if (!id) continue;
      if (!ACCOUNT_ID.test(id))
        throw new InputError(
          `${file}:${i + 1}: expected a 12-digit AWS account ID, not ${JSON.stringify(id.slice(0, 40))}`,
          file,
        );
      ids.push(id);
    }
  });
  if (!ids.length) throw new InputError(`${file}: the accounts file names no account`, file);
  return ids;
}

/**
 * Every account of an AWS Organization (or the accounts given), each read like live mode with a role
 * assumed into it; organization trails are read once, from the caller's account. The AWS SDK is imported
 * only in collect.
 */
export const organizationSource: FactSource<OrganizationSpec> = {
  kind: 'organization',
  options: [
    {
      setting: 'sources[organization]',
      cli: 'organization',
      input: 'organization',
      default: '',
      description:
        "read every ACTIVE account of the AWS Organization (the caller's credentials: management account or delegated administrator), assuming --role-name in each",
    },
    {
      setting: 'sources[organization].roleName',
      cli: 'role-name',
      value: 'NAME',
      input: 'role-name',
      default: DEFAULT_ROLE_NAME,
      description:
        'with --organization: the role assumed in each member account (README "Organization mode")',
    },
    {
      setting: 'sources[organization].accounts',
      cli: 'accounts',
      value: 'ID,ID',
      input: 'accounts',
      default: '',
      description: 'with --organization: scan these accounts instead of organizations:ListAccounts',
    },
    {
      setting: 'sources[organization].accountsFile',
      cli: 'accounts-file',
      value: 'FILE',
      input: 'accounts-file',
      default: '',
      path: 'file',
      description: 'with --organization: the accounts to scan, one ID per line (# comments)',
    },
    {
      setting: 'sources[organization].exclude',
      cli: 'exclude-accounts',
      value: 'ID,ID',
      input: 'exclude-accounts',
      default: '',
      description: 'with --organization: accounts not to scan',
    },
    {
      setting: 'sources[organization].shard',
      cli: 'shard',
      value: 'I/N',
      input: 'shard',
      default: '',
      description:
        "with --organization: scan share I of N (account IDs sorted, every N-th from the I-th); `merge` joins the shards' JSON reports",
    },
    {
      setting: 'sources[organization].concurrency',
      cli: 'concurrency',
      value: 'K',
      input: 'concurrency',
      default: String(DEFAULT_CONCURRENCY),
      description: 'with --organization: accounts read at the same time',
    },
  ],
  specs(v, flag) {
    const others = ['role-name', 'accounts', 'accounts-file', 'exclude-accounts', 'shard', 'concurrency'];
    if (v['organization'] !== true) {
      const given = others.find((o) =>
        o === 'role-name' || o === 'concurrency'
          ? text(v[o]) !== undefined &&
            text(v[o]) !== (o === 'role-name' ? DEFAULT_ROLE_NAME : String(DEFAULT_CONCURRENCY))
          : text(v[o]) !== undefined,
      );
      if (given) throw new OptionError(given, `${flag(given)} is used only with ${flag('organization')}`);
      return [];
    }
    const roleName = text(v['role-name']) ?? DEFAULT_ROLE_NAME;
    if (!ROLE_NAME.test(roleName))
      throw new OptionError(
        'role-name',
        `${flag('role-name')} must be an IAM role name (optionally with a path)`,
      );
    const accountsRaw = text(v['accounts']);
    const accountsFile = text(v['accounts-file']);
    if (accountsRaw && accountsFile)
      throw new OptionError('accounts', `give ${flag('accounts')} or ${flag('accounts-file')}, not both`);
    const accounts = accountsRaw ? accountList(accountsRaw, 'accounts', flag) : undefined;
    const exclude = text(v['exclude-accounts'])
      ? accountList(text(v['exclude-accounts']) as string, 'exclude-accounts', flag)
      : [];
    let shard: OrganizationSpec['shard'];
    const shardRaw = text(v['shard']);
    if (shardRaw) {
      const m = /^(\d{1,6})\/(\d{1,6})$/.exec(shardRaw);
      const index = m ? Number(m[1]) : NaN;
      const count = m ? Number(m[2]) : NaN;
      if (!m || index < 1 || count < 1 || index > count)
        throw new OptionError(
          'shard',
          `${flag('shard')} must be I/N with 1 <= I <= N (e.g. 2/8), not ${JSON.stringify(shardRaw.slice(0, 20))}`,
        );
      shard = { index, count };
    }
    const concRaw = text(v['concurrency']) ?? String(DEFAULT_CONCURRENCY);
    const concurrency = /^\d{1,4}$/.test(concRaw) ? Number(concRaw) : NaN;
    if (!(concurrency >= 1 && concurrency <= 1000))
      throw new OptionError('concurrency', `${flag('concurrency')} must be a whole number from 1 to 1000`);
    const region = text(v['region']);
    return [
      {
        kind: 'organization',
        roleName,
        ...(accounts ? { accounts } : {}),
        ...(accountsFile ? { accountsFile } : {}),
        exclude,
        ...(shard ? { shard } : {}),
        concurrency,
        ...(region ? { region } : {}),
      },
    ];
  },
  async collect(spec, ctx) {
    const { collectOrganizationFacts } = await import('../aws/organization.js');
    const accounts = spec.accountsFile ? readAccountsFile(spec.accountsFile) : spec.accounts;
    const progress = ctx.progress;
    const after = await collectOrganizationFacts(
      ctx.policy,
      {
        roleName: spec.roleName,
        ...(accounts ? { accounts } : {}),
        exclude: spec.exclude,
        ...(spec.shard ? { shard: spec.shard } : {}),
        concurrency: spec.concurrency,
        ...(spec.region ? { region: spec.region } : {}),
      },
      progress ? { onProgress: progressLines(progress) } : {},
    );
    return { spec, after };
  },
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line of organization progress, e.g. "organization: 3/5 accounts read (42 AWS calls, 1 account not read)". */
export function organizationProgressLine(p: OrganizationProgress): string {
  return `organization: ${p.done}/${plural(p.total, 'account')} read (${plural(p.calls, 'AWS call')}, ${plural(p.failures, 'account')} not read)`;
}

/**
 * Progress lines of an organization run: the count of accounts to scan, then at most about 50 more (every
 * ⌈total/50⌉-th account done, every account that could not be read, and the last one), so 5,000 accounts
 * do not print 5,000 lines.
 */
export function progressLines(line: (l: string) => void): (p: OrganizationProgress) => void {
  let failures = 0;
  return (p) => {
    const step = Math.max(1, Math.ceil(p.total / 50));
    if (p.done === 0 || p.done === p.total || p.done % step === 0 || p.failures !== failures)
      line(organizationProgressLine(p));
    failures = p.failures;
  };
}
