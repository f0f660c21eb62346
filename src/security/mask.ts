/**
 * Masks anything in `text` that looks like a credential, before it reaches a fact, a report, a comment, a
 * summary, SARIF or a log: HTTP `Authorization` and `x-amz-security-token` values, SigV4 signatures and
 * credentials, AWS access key IDs (AKIA/ASIA...), AWS session tokens, secret access keys given by name,
 * GitHub tokens (ghp_, ghs_, gho_, ghu_, ghr_, github_pat_) and bearer tokens.
 *
 * The patterns are linear (no nested quantifiers) so that a hostile 100 MB message cannot stall the run.
 * What is kept is a short prefix that tells what kind of secret was masked.
 */
export function maskSecrets(text: string): string {
  let out = text;
  for (const [pattern, replace] of RULES)
    out = typeof replace === 'string' ? out.replace(pattern, replace) : out.replace(pattern, replace);
  return out;
}

export const MASK = '***';

type Rule = readonly [RegExp, string | ((...m: string[]) => string)];

const RULES: readonly Rule[] = [
  // Header-like "name: value" or "name=value" pairs whose value is a secret, up to the end of the value.
  [
    /\b(authorization|proxy-authorization|x-amz-security-token|x-amz-signature|x-amz-credential|x-amz-session-token|aws_session_token|aws_secret_access_key|secret_?access_?key|session_?token|securitytoken|sessiontoken|secretaccesskey|x-github-token|github_token|password|passwd|client_secret)(["']?\s*[:=]\s*["']?)(?:(?:Bearer|token|Basic|AWS4-HMAC-SHA256)\s+)?[^\s"',;&}]+(?:,\s*(?:SignedHeaders|Signature)=[^\s"',&}]+)*/gi,
    (_m, name: string, sep: string) => `${name}${sep}${MASK}`,
  ],
  // SigV4 parts anywhere (a pre-signed URL, an Authorization value quoted without its name).
  [/\b(Credential|Signature)=[A-Za-z0-9/+=_%.-]{8,}/g, (_m, name: string) => `${name}=${MASK}`],
  [/\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/g, `Bearer ${MASK}`],
  // AWS access key IDs: AKIA (long-term), ASIA (temporary) and the other documented 4-letter prefixes.
  [/\b(AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|APKA|ABIA|ACCA)[A-Z0-9]{12,}\b/g, (_m, p: string) => `${p}${MASK}`],
  // AWS session tokens (base64 of a protobuf; they start with these) and other very long base64 runs.
  [/\b(IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9+/=]*/g, (_m, p: string) => `${p}${MASK}`],
  [/[A-Za-z0-9+/]{200,}={0,2}/g, MASK],
  // GitHub tokens (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/).
  [/\b(gh[pousr]_)[A-Za-z0-9]{20,}\b/g, (_m, p: string) => `${p}${MASK}`],
  [/\b(github_pat_)[A-Za-z0-9_]{20,}/g, (_m, p: string) => `${p}${MASK}`],
];
