import { describe, expect, it } from '@jest/globals';
import { maskSecrets } from '../../src/security/mask.js';

// Example credentials of the AWS documentation and made-up GitHub tokens of the documented formats.
const AKIA = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SESSION = `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD${'A'.repeat(300)}`;
const GHS = `ghs_${'a1B2'.repeat(9)}`;
const GHP = `ghp_${'Z9y8'.repeat(9)}`;
const PAT = `github_pat_11ABCDEFG0${'x'.repeat(70)}`;
const SIG = 'a'.repeat(64);

describe('maskSecrets', () => {
  const cases: [string, string, string, readonly string[]][] = [
    [
      'an Authorization header (SigV4)',
      `Authorization: AWS4-HMAC-SHA256 Credential=${AKIA}/20260101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIG}`,
      'Authorization: ***',
      [AKIA, SIG, 'SignedHeaders'],
    ],
    ['a bearer Authorization header', `authorization: Bearer ${GHS}`, 'authorization: ***', [GHS]],
    [
      'an x-amz-security-token header',
      `x-amz-security-token: ${SESSION}`,
      'x-amz-security-token: ***',
      [SESSION],
    ],
    ['an access key ID in text', `key ${AKIA} used`, 'key AKIA*** used', [AKIA]],
    ['a temporary access key ID', 'ASIAY34FZKBOKMUTVV7A failed', 'ASIA*** failed', ['ASIAY34FZKBOKMUTVV7A']],
    [
      'a secret access key given by name',
      `aws_secret_access_key=${SECRET}`,
      'aws_secret_access_key=***',
      [SECRET],
    ],
    ['a JSON secret', `{"SecretAccessKey": "${SECRET}"}`, '{"SecretAccessKey": "***"}', [SECRET]],
    ['a session token without its name', `token ${SESSION} end`, 'token IQoJb3JpZ2lu*** end', [SESSION]],
    [
      'a pre-signed URL',
      `https://b.s3.amazonaws.com/k?X-Amz-Credential=${AKIA}%2F2026&X-Amz-Signature=${SIG}`,
      'https://b.s3.amazonaws.com/k?X-Amz-Credential=***&X-Amz-Signature=***',
      [AKIA, SIG],
    ],
    ['a GitHub App installation token', `token=${GHS}`, 'token=ghs_***', [GHS]],
    ['a personal access token (classic)', `push with ${GHP}`, 'push with ghp_***', [GHP]],
    ['a fine-grained personal access token', `use ${PAT} now`, 'use github_pat_*** now', [PAT]],
    ['a GITHUB_TOKEN assignment', `GITHUB_TOKEN=${GHS}`, 'GITHUB_TOKEN=***', [GHS]],
    // Not secrets: left as they are.
    ['an ARN', 'arn:aws:s3:::acme-pii-prod/exports/*', 'arn:aws:s3:::acme-pii-prod/exports/*', []],
    [
      'an account ID and a request ID',
      'account 111122223333, request ID 4442587FB7D0A2F9',
      'account 111122223333, request ID 4442587FB7D0A2F9',
      [],
    ],
    ['the word token alone', 'the token expired', 'the token expired', []],
  ];
  it.each(cases)('%s', (_name, input, expected, gone) => {
    const out = maskSecrets(input);
    expect(out).toBe(expected);
    for (const g of gone) expect(out).not.toContain(g);
  });

  it('masks every occurrence, not only the first', () => {
    expect(maskSecrets(`${AKIA} and ${AKIA}`)).toBe('AKIA*** and AKIA***');
  });
});
