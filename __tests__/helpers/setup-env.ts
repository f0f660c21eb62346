// Tests never reach a network or a real AWS account: fake credentials, no proxies, no profiles.
process.env['AWS_ACCESS_KEY_ID'] = 'AKIDTEST';
process.env['AWS_SECRET_ACCESS_KEY'] = 'test-secret';
process.env['AWS_REGION'] = 'us-east-1';
process.env['AWS_MAX_ATTEMPTS'] = '3';
delete process.env['AWS_PROFILE'];
delete process.env['AWS_SESSION_TOKEN'];
for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'])
  delete process.env[k];
