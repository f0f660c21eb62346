import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AWS_ACTIONS, ORGANIZATION_ACTIONS } from '../../../src/sources/aws/clients.js';

const AWS_DIR = 'src/sources/aws';

function readmePolicy(): { Statement: { Effect: string; Action: string[]; Resource: string }[] } {
  const readme = readFileSync('README.md', 'utf8');
  const m = /<!-- iam-policy:start -->\s*```json\n([\s\S]*?)```\s*<!-- iam-policy:end -->/.exec(readme);
  if (!m?.[1]) throw new Error('README.md has no ```json block between the iam-policy markers');
  return JSON.parse(m[1]);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const SERVICES: Record<string, string> = {
  '@aws-sdk/client-cloudtrail': 'cloudtrail',
  '@aws-sdk/client-s3': 's3',
  '@aws-sdk/client-sts': 'sts',
  '@aws-sdk/client-organizations': 'organizations',
};

/** Organization mode's own calls (sts, organizations, s3:ListBuckets) are made in this file only. */
const ORGANIZATION_FILE = join(AWS_DIR, 'organization.ts');

/** `new XxxCommand(` in the live source, as IAM actions (the service from the file's SDK import). */
function commandsInCode(files = sourceFiles(AWS_DIR).filter((f) => f !== ORGANIZATION_FILE)): Set<string> {
  const out = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const imported = new Map<string, string>();
    for (const imp of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(@aws-sdk\/[^']+)'/g))
      for (const name of imp[1]!.split(',').map((s) => s.trim().replace(/^type\s+/, '')))
        if (name) imported.set(name, imp[2]!);
    for (const m of text.matchAll(/new (\w+)Command\(/g)) {
      const pkg = imported.get(`${m[1]}Command`);
      const service = pkg && SERVICES[pkg];
      if (!service) throw new Error(`${file}: ${m[1]}Command is not imported from a known AWS SDK client`);
      out.add(`${service}:${m[1]}`);
    }
  }
  return out;
}

/** The IAM action of an API action: the same name, but ListBuckets is authorised by s3:ListAllMyBuckets. */
const iamActionOf = (a: string): string => (a === 's3:ListBuckets' ? 's3:ListAllMyBuckets' : a);

describe('the README IAM policy is exactly what live mode calls', () => {
  const policy = readmePolicy();
  const readmeActions = new Set(policy.Statement.flatMap((s) => s.Action));

  it('is one Allow statement of read-only actions', () => {
    expect(policy.Statement.every((s) => s.Effect === 'Allow' && s.Resource === '*')).toBe(true);
    for (const a of readmeActions) expect(a).toMatch(/^(cloudtrail|s3):(Get|List|Describe)\w+$/);
  });

  it('equals the AWS_ACTIONS list every call goes through', () => {
    expect([...readmeActions].sort()).toEqual(AWS_ACTIONS.map(iamActionOf).sort());
  });

  it('equals the SDK commands the code constructs (grep for `new XxxCommand(`)', () => {
    expect([...commandsInCode()].map(iamActionOf).sort()).toEqual([...readmeActions].sort());
  });

  it("organization mode's commands are exactly ORGANIZATION_ACTIONS", () => {
    expect([...commandsInCode([ORGANIZATION_FILE])].sort()).toEqual([...ORGANIZATION_ACTIONS].sort());
  });

  it('every call is labelled with the action of the command it sends', () => {
    let pairs = 0;
    let commands = 0;
    for (const file of sourceFiles(AWS_DIR)) {
      const text = readFileSync(file, 'utf8');
      commands += [...text.matchAll(/new \w+Command\(/g)].length;
      for (const m of text.matchAll(/\.call\(\s*'([a-z0-9]+):(\w+)'[\s\S]*?new (\w+)Command\(/g)) {
        expect(`${m[1]}:${m[3]}`).toBe(`${m[1]}:${m[2]}`);
        pairs++;
      }
    }
    // Every command is sent inside a labelled call (so AccessDenied names the right action).
    expect(pairs).toBe(commands);
  });

  it('no other module talks to AWS: the SDK is imported only under src/sources/aws', () => {
    const outside = sourceFiles('src').filter(
      (f) => relative(AWS_DIR, f).startsWith('..') && /from '@aws-sdk\//.test(readFileSync(f, 'utf8')),
    );
    expect(outside).toEqual([]);
  });
});

function readmeJson(marker: string): { Statement: { Effect: string; Action: string[]; Resource: string }[] } {
  const readme = readFileSync('README.md', 'utf8');
  const m = new RegExp(
    `<!-- ${marker}:start -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\`\\s*<!-- ${marker}:end -->`,
  ).exec(readme);
  if (!m?.[1]) throw new Error(`README.md has no \`\`\`json block between the ${marker} markers`);
  return JSON.parse(m[1]);
}

/** The IAM action of each call organization mode makes (null: no permission needed). */
const IAM_ACTION: Record<(typeof ORGANIZATION_ACTIONS)[number], string | null> = {
  'organizations:DescribeOrganization': 'organizations:DescribeOrganization',
  'organizations:ListAccounts': 'organizations:ListAccounts',
  // ListBuckets is authorised by s3:ListAllMyBuckets (https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html).
  's3:ListBuckets': 's3:ListAllMyBuckets',
  'sts:AssumeRole': 'sts:AssumeRole',
  // "No permissions are required to perform this operation" (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html).
  'sts:GetCallerIdentity': null,
};

describe('the README organization-mode policies are exactly what organization mode calls', () => {
  const member = readmeJson('org-member-policy');
  const management = readmeJson('org-management-policy');
  const actions = (p: typeof member) => p.Statement.flatMap((s) => s.Action).sort();

  it('the member role: the live-mode actions plus what is called in every account (ListBuckets)', () => {
    expect(member.Statement.every((s) => s.Effect === 'Allow' && s.Resource === '*')).toBe(true);
    expect(actions(member)).toEqual(
      [...new Set([...AWS_ACTIONS.map(iamActionOf), IAM_ACTION['s3:ListBuckets'] as string])].sort(),
    );
  });

  it('the management account: the organization and STS calls, AssumeRole only on the default role', async () => {
    const { DEFAULT_ROLE_NAME } = await import('../../../src/sources/organization/source.js');
    const callerOnly = ORGANIZATION_ACTIONS.filter((a) => a !== 's3:ListBuckets')
      .map((a) => IAM_ACTION[a])
      .filter((a): a is string => a !== null)
      .sort();
    expect(actions(management)).toEqual(callerOnly);
    const assume = management.Statement.find((s) => s.Action.includes('sts:AssumeRole'));
    expect(assume?.Action).toEqual(['sts:AssumeRole']);
    expect(assume?.Resource).toBe(`arn:aws:iam::*:role/${DEFAULT_ROLE_NAME}`);
    expect(management.Statement.every((s) => s.Effect === 'Allow')).toBe(true);
  });

  it('every ORGANIZATION_ACTIONS entry has its IAM action here (a new call must be added to a policy)', () => {
    expect(Object.keys(IAM_ACTION).sort()).toEqual([...ORGANIZATION_ACTIONS].sort());
  });
});
