import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAwsClients } from '../../../src/sources/aws/clients.js';

// The SDK's default chain through a profile whose credential_process counts its runs (in a tmp dir).
describe('one credential resolution for every Region and service', () => {
  const saved = { ...process.env };
  let dir: string | undefined;
  afterEach(() => {
    process.env = { ...saved };
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the default chain runs once, not once per client (credential_process, SSO or web identity each cost a call)', async () => {
    dir = mkdtempSync(join(tmpdir(), 's3tg-creds-'));
    const runs = join(dir, 'runs');
    writeFileSync(runs, '');
    const script = join(dir, 'cred.cjs');
    writeFileSync(
      script,
      `require('fs').appendFileSync(${JSON.stringify(runs)}, 'x');\n` +
        `process.stdout.write(JSON.stringify({ Version: 1, AccessKeyId: 'AKIDPROCESS', SecretAccessKey: 'process-secret' }));\n`,
    );
    const config = join(dir, 'config');
    writeFileSync(
      config,
      `[profile counted]\ncredential_process = ${JSON.stringify(process.execPath)} ${JSON.stringify(script)}\n`,
    );
    delete process.env['AWS_ACCESS_KEY_ID'];
    delete process.env['AWS_SECRET_ACCESS_KEY'];
    process.env['AWS_CONFIG_FILE'] = config;
    process.env['AWS_SHARED_CREDENTIALS_FILE'] = join(dir, 'none');
    process.env['AWS_PROFILE'] = 'counted';
    process.env['AWS_EC2_METADATA_DISABLED'] = 'true';

    const clients = createAwsClients({ env: {} });
    const got = [];
    for (const c of [
      clients.cloudtrail('us-east-1'),
      clients.cloudtrail('eu-west-1'),
      clients.s3('us-east-1'),
      clients.s3('ap-southeast-2'),
    ])
      got.push((await c.config.credentials()).accessKeyId);
    expect(got).toEqual(['AKIDPROCESS', 'AKIDPROCESS', 'AKIDPROCESS', 'AKIDPROCESS']);
    expect(readFileSync(runs, 'utf8')).toBe('x');
  });

  it('credentials given (organization mode: an assumed role) are used by every client', async () => {
    const calls: string[] = [];
    const clients = createAwsClients({
      env: {},
      credentials: async () => {
        calls.push('provider');
        return { accessKeyId: 'ASIAGIVEN', secretAccessKey: 'given', sessionToken: 't' };
      },
    });
    expect((await clients.cloudtrail('eu-west-1').config.credentials()).accessKeyId).toBe('ASIAGIVEN');
    expect((await clients.s3('us-east-1').config.credentials()).accessKeyId).toBe('ASIAGIVEN');
    expect(calls.length).toBeGreaterThan(0);
  });
});
