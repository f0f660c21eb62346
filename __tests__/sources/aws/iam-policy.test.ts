import { describe, expect, it } from '@jest/globals';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { parse as parseYaml } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AWS_ACTIONS, ORGANIZATION_ACTIONS } from '../../../src/sources/aws/clients.js';
import { LIVE_ORGANIZATION_ACTIONS } from '../../../src/sources/aws/organization-id.js';

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
    for (const a of readmeActions)
      expect(a).toMatch(/^(cloudtrail|s3|organizations):(Get|List|Describe)\w+$/);
  });

  it('equals the AWS_ACTIONS list every call goes through, and the organization ID read for organization trails', () => {
    expect([...readmeActions].sort()).toEqual(
      [...AWS_ACTIONS.map(iamActionOf), ...LIVE_ORGANIZATION_ACTIONS].sort(),
    );
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

interface Statement {
  readonly Sid?: string;
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
}
const list = (a: string | string[]) => (Array.isArray(a) ? [...a] : [a]).sort();
const EXAMPLES = 'examples/organization';

describe('the CloudFormation and Terraform forms of the organization-mode policies are what organization mode calls', () => {
  const member = readmeJson('org-member-policy');
  const management = readmeJson('org-management-policy');
  // The actions the code calls, as in the README tests above (not read from the README).
  const memberActions = [
    ...new Set([...AWS_ACTIONS.map(iamActionOf), IAM_ACTION['s3:ListBuckets'] as string]),
  ].sort();
  const callerOnly = ORGANIZATION_ACTIONS.filter((a) => a !== 's3:ListBuckets')
    .map((a) => IAM_ACTION[a])
    .filter((a): a is string => a !== null)
    .sort();
  const bySid = (statements: readonly Statement[]) =>
    Object.fromEntries(statements.map((s) => [s.Sid ?? '', [s.Effect, list(s.Action)]]));
  const readmeSids = {
    ...bySid(management.Statement as Statement[]),
    ...bySid(member.Statement as Statement[]),
  };
  const cfn = (file: string) => parseYaml(readFileSync(join(EXAMPLES, 'cloudformation', file), 'utf8'));
  const tf = async (dir: string) => {
    const file = join(EXAMPLES, 'terraform', dir, 'main.tf');
    return (await parseHcl(file, readFileSync(file, 'utf8'))) as {
      data: Record<string, Record<string, { statement: TfStatement[] }[]>>;
      resource: Record<string, Record<string, Record<string, unknown>[]>>;
      variable: Record<string, { default?: string }[]>;
    };
  };
  interface TfStatement {
    readonly sid?: string;
    readonly effect: string;
    readonly actions: string[];
    readonly resources?: string[];
    readonly principals?: { type: string; identifiers: string[] }[];
  }
  const tfStatements = (s: readonly TfStatement[]): Statement[] =>
    s.map((x) => ({
      ...(x.sid ? { Sid: x.sid } : {}),
      Effect: x.effect,
      Action: x.actions,
      Resource: x.resources,
    }));

  it('README links the files', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const f of [
      'cloudformation/member-role.yml',
      'cloudformation/management-policy.yml',
      'terraform/member-role/main.tf',
      'terraform/management/main.tf',
    ])
      expect(readme).toContain(`(${EXAMPLES}/${f})`);
  });

  it('CloudFormation (StackSet): the member role has the member actions, trusts the given principal, is named --role-name', async () => {
    const { DEFAULT_ROLE_NAME } = await import('../../../src/sources/organization/source.js');
    const t = cfn('member-role.yml');
    expect(t.Parameters.RoleName.Default).toBe(DEFAULT_ROLE_NAME);
    const role = t.Resources.MemberRole;
    expect(role.Type).toBe('AWS::IAM::Role');
    expect(role.Properties.RoleName).toEqual({ Ref: 'RoleName' });
    // The tool asks for one-hour sessions; a shorter maximum would fail every AssumeRole.
    expect(role.Properties.MaxSessionDuration).toBeGreaterThanOrEqual(3600);
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Effect: 'Allow', Principal: { AWS: { Ref: 'TrustedPrincipalArn' } }, Action: 'sts:AssumeRole' },
    ]);
    const statements = role.Properties.Policies.flatMap(
      (p: { PolicyDocument: { Statement: Statement[] } }) => p.PolicyDocument.Statement,
    ) as Statement[];
    expect(statements.every((s) => s.Effect === 'Allow' && s.Resource === '*')).toBe(true);
    expect(statements.flatMap((s) => list(s.Action)).sort()).toEqual(memberActions);
    expect(bySid(statements)).toEqual(bySid(member.Statement as Statement[]));
  });

  it('CloudFormation: the management policy is the README management policy plus the member actions', () => {
    const t = cfn('management-policy.yml');
    const policy = t.Resources.OrganizationScanPolicy;
    expect(policy.Type).toBe('AWS::IAM::ManagedPolicy');
    const statements = policy.Properties.PolicyDocument.Statement as Statement[];
    expect(statements.flatMap((s) => list(s.Action)).sort()).toEqual(
      [...callerOnly, ...memberActions].sort(),
    );
    expect(bySid(statements)).toEqual(readmeSids);
    const assume = statements.find((s) => list(s.Action).includes('sts:AssumeRole'));
    expect(assume?.Resource).toEqual({ 'Fn::Sub': 'arn:${AWS::Partition}:iam::*:role/${MemberRoleName}' });
    expect(statements.filter((s) => s !== assume).every((s) => s.Resource === '*')).toBe(true);
  });

  it('Terraform: the member role module and the management configuration have the same statements', async () => {
    const { DEFAULT_ROLE_NAME } = await import('../../../src/sources/organization/source.js');
    const m = await tf('member-role');
    expect(m.variable['role_name']?.[0]?.default).toBe(DEFAULT_ROLE_NAME);
    const memberStatements = tfStatements(m.data['aws_iam_policy_document']!['member']![0]!.statement);
    expect(memberStatements.flatMap((s) => list(s.Action)).sort()).toEqual(memberActions);
    expect(bySid(memberStatements)).toEqual(bySid(member.Statement as Statement[]));
    expect(m.data['aws_iam_policy_document']!['trust']![0]!.statement).toEqual([
      {
        effect: 'Allow',
        actions: ['sts:AssumeRole'],
        principals: [{ type: 'AWS', identifiers: ['${var.trusted_principal_arn}'] }],
      },
    ]);
    const g = await tf('management');
    expect(g.variable['member_role_name']?.[0]?.default).toBe(DEFAULT_ROLE_NAME);
    const statements = tfStatements(g.data['aws_iam_policy_document']!['management']![0]!.statement);
    expect(statements.flatMap((s) => list(s.Action)).sort()).toEqual(
      [...callerOnly, ...memberActions].sort(),
    );
    expect(bySid(statements)).toEqual(readmeSids);
    expect(statements.find((s) => s.Sid === 'S3TrailGuardAssumeMemberRole')?.Resource).toEqual([
      'arn:${data.aws_partition.current.partition}:iam::*:role/${var.member_role_name}',
    ]);
    // The StackSet deploys the CloudFormation member role above.
    const stackSet = g.resource['aws_cloudformation_stack_set']!['member_role']![0]!;
    expect(stackSet['permission_model']).toBe('SERVICE_MANAGED');
    expect(stackSet['template_body']).toContain('cloudformation/member-role.yml');
  });
});
