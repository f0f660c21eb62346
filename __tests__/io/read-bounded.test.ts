/**
 * Inputs that are not regular files: a FIFO (with no writer, or one that writes too much), a character
 * device that never ends (our own /dev/zero, made with mknod in a temp dir), a Unix socket. Each is read
 * with a hard byte cap and a total deadline, or refused, with the file named; none hangs the run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';
import { loadPolicy, MAX_POLICY_BYTES } from '../../src/config/load-policy.js';
import { InputError } from '../../src/errors.js';
import { ReadLimitError, readBoundedSync } from '../../src/io/read-bounded.js';
import { readPlanFile } from '../../src/sources/terraform-plan/read-plan.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-nonreg-'));
const children: ChildProcess[] = [];
let socketServer: Server | undefined;
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill();
  if (socketServer) await new Promise((r) => socketServer?.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const POLICY = 'version: 1\nbuckets:\n  - acme-pii-prod\n';
const PLAN =
  '{"format_version":"1.2","terraform_version":"1.9.5","planned_values":{"root_module":{}},"configuration":{}}';

let n = 0;
function fifo(): string {
  const p = join(dir, `fifo-${n++}`);
  execFileSync('mkfifo', [p]);
  return p;
}

/** A FIFO whose writer (another process: the read is synchronous) writes `content`, then closes. */
function fifoWriting(content: string | { repeat: string; times: number }): string {
  const p = fifo();
  const text =
    typeof content === 'string'
      ? JSON.stringify(content)
      : `${JSON.stringify(content.repeat)}.repeat(${content.times})`;
  const child = spawn(
    process.execPath,
    ['-e', `try { require('fs').writeFileSync(${JSON.stringify(p)}, ${text}) } catch {}`],
    { stdio: 'ignore' },
  );
  children.push(child);
  return p;
}

/** Our own copy of /dev/zero (char device 1,5), or undefined where mknod is not allowed. */
function zeroDevice(): string | undefined {
  const p = join(dir, `zero-${n++}`);
  try {
    execFileSync('mknod', [p, 'c', '1', '5'], { stdio: 'ignore' });
    return p;
  } catch {
    return undefined;
  }
}
const zero = zeroDevice();
const itWithDevice = zero ? it : it.skip;

let socketPath = '';
beforeAll(async () => {
  socketPath = join(dir, 'sock');
  socketServer = createServer(() => {});
  await new Promise<void>((r) => socketServer?.listen(socketPath, r));
});

function failure(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}

describe('readBoundedSync: a hard cap and a deadline whatever stat says', () => {
  const cases: [string, () => string, { maxBytes: number; timeoutMs: number }, string | RegExp][] = [
    [
      'a FIFO nobody writes to: the deadline, then empty',
      () => fifo(),
      { maxBytes: 100, timeoutMs: 100 },
      '',
    ],
    [
      'a FIFO whose writer writes more than the cap',
      () => fifoWriting({ repeat: 'x', times: 5000 }),
      { maxBytes: 1000, timeoutMs: 5000 },
      /^too-large: the FIFO has more than 1000 bytes/,
    ],
    ['a FIFO with a small content', () => fifoWriting('hello'), { maxBytes: 1000, timeoutMs: 5000 }, 'hello'],
    ['a socket', () => socketPath, { maxBytes: 1000, timeoutMs: 100 }, /^unsupported: is a socket/],
    ['a directory', () => dir, { maxBytes: 1000, timeoutMs: 100 }, /^directory: /],
    [
      'a regular file over the cap (stat says so)',
      () => (writeFileSync(join(dir, 'big'), 'y'.repeat(2000)), join(dir, 'big')),
      { maxBytes: 1000, timeoutMs: 100 },
      /^too-large: the file has 2000 bytes/,
    ],
    [
      'a symlink to a FIFO (decided on what is opened)',
      () => {
        const target = fifoWriting({ repeat: 'z', times: 3000 });
        const link = join(dir, `link-${n++}`);
        symlinkSync(target, link);
        return link;
      },
      { maxBytes: 1000, timeoutMs: 5000 },
      /^too-large: the FIFO/,
    ],
  ];
  it.each(cases)('%s', (_name, make, opts, expected) => {
    const file = make();
    let got: string;
    try {
      got = readBoundedSync(file, opts).toString('utf8');
    } catch (e) {
      if (!(e instanceof ReadLimitError)) throw e;
      got = `${e.kind}: ${e.message}`;
    }
    if (typeof expected === 'string') expect(got).toBe(expected);
    else expect(got).toMatch(expected);
  });

  it('a regular file of several chunks is read whole, in one buffer of its size', () => {
    const p = join(dir, `several-chunks-${n++}`);
    const content = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < content.length; i++) content[i] = (i * 31 + 7) % 251;
    writeFileSync(p, content);
    const got = readBoundedSync(p, { maxBytes: 8 * 1024 * 1024 });
    expect(got.equals(content)).toBe(true);
    // Not a copy of chunks: the file's size and the byte read to see it grow, nothing more.
    expect(got.buffer.byteLength).toBe(content.length + 1);
  });

  it('a regular file whose stat says 0 bytes (/proc) is read to its end', () => {
    const got = readBoundedSync('/proc/self/status', { maxBytes: 1024 * 1024 }).toString('utf8');
    expect(got).toMatch(/^Name:/);
    expect(got).toMatch(/\nPid:\s+\d+\n/);
  });

  itWithDevice('a character device that never ends (stat size 0): the cap', () => {
    const e = failure(() => readBoundedSync(zero as string, { maxBytes: 4096, timeoutMs: 5000 }));
    expect(e).toBeInstanceOf(ReadLimitError);
    expect(e.message).toMatch(/^the character device has more than 4096 bytes, over the cap of 4 KiB/);
  });

  it('a FIFO that trickles and never closes: timeout naming what arrived', () => {
    const p = fifo();
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const fd = require('fs').openSync(${JSON.stringify(p)}, 'w'); require('fs').writeSync(fd, 'ab'); setInterval(() => {}, 1000);`,
      ],
      { stdio: 'ignore' },
    );
    children.push(child);
    const e = failure(() => readBoundedSync(p, { maxBytes: 1000, timeoutMs: 1500 }));
    child.kill();
    expect(e).toBeInstanceOf(ReadLimitError);
    expect((e as ReadLimitError).kind).toBe('timeout');
    expect(e.message).toMatch(/^the FIFO gave (only 2 bytes and no end|no data) within 1.5 s$/);
  });
});

describe('--plan and --policy that are not regular files', () => {
  it('a plan FIFO that nobody writes to ends (empty), naming the file', () => {
    const p = fifo();
    const e = failure(() => readPlanFile(p, { timeoutMs: 100 }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(
      `${p}: the plan file is empty (expected the output of \`terraform show -json PLANFILE\`)`,
    );
  });

  it('a plan through a pipe (`--plan <(terraform show -json plan)`) is read', () => {
    expect(readPlanFile(fifoWriting(PLAN), { timeoutMs: 5000 })['format_version']).toBe('1.2');
  });

  it('a policy through a FIFO is read; one over 1 MiB is refused', () => {
    expect(loadPolicy(fifoWriting(POLICY), { timeoutMs: 5000 }).buckets.map((b) => b.name)).toEqual([
      'acme-pii-prod',
    ]);
    const big = fifoWriting({ repeat: '#', times: MAX_POLICY_BYTES + 10 });
    expect(failure(() => loadPolicy(big, { timeoutMs: 5000 })).message).toBe(
      `${big}: policy file is larger than 1 MiB`,
    );
  });

  it('a policy FIFO with a writer that never writes: exit-2 error naming the file', () => {
    const p = fifo();
    const child = spawn(
      process.execPath,
      ['-e', `require('fs').openSync(${JSON.stringify(p)}, 'w'); setInterval(() => {}, 1000);`],
      { stdio: 'ignore' },
    );
    children.push(child);
    const e = failure(() => loadPolicy(p, { timeoutMs: 1500 }));
    child.kill();
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(
      new RegExp(`^${p}: cannot read policy file: the FIFO gave no data within 1.5 s$`),
    );
  });

  it('a policy that is a socket', () => {
    expect(failure(() => loadPolicy(socketPath)).message).toBe(
      `${socketPath}: cannot read policy file: is a socket, not a file`,
    );
  });

  const cli = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await main(['check', ...args, '--format', 'json'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    return { code, stdout, stderr };
  };

  itWithDevice(
    'the CLI: a device as --plan and as --policy exits 2 naming it (stat size 0 is not small)',
    async () => {
      const policy = join(dir, 'ok.yml');
      writeFileSync(policy, POLICY);
      const asPlan = await cli(['--policy', policy, '--plan', zero as string]);
      expect(asPlan.code).toBe(2);
      expect(asPlan.stdout).toBe('');
      expect(asPlan.stderr).toContain(
        `${zero}: the plan is more than 128 MiB, over the 128 MiB this tool reads`,
      );
      const asPolicy = await cli(['--policy', zero as string, '--plan', 'examples/seed-advanced/plan.json']);
      expect(asPolicy.code).toBe(2);
      expect(asPolicy.stderr).toContain(`${zero}: policy file is larger than 1 MiB`);
    },
  );

  it('the CLI: a FIFO plan that writes more than 128 MiB exits 2 naming it', async () => {
    const policy = join(dir, 'ok2.yml');
    writeFileSync(policy, POLICY);
    const plan = fifoWriting({ repeat: ' ', times: 129 * 1024 * 1024 });
    const r = await cli(['--policy', policy, '--plan', plan]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${plan}: the plan is more than 128 MiB`);
  });
});
