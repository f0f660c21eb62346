// Writes go only where asked, safely: a regular file is replaced atomically; FIFOs and devices are written in
// place and keep their type; a symlink keeps pointing where it did. Every special file is made in a temp
// directory (never /dev/null: running as root, a rename over it would replace the device).
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';
import { InputError } from '../../src/errors.js';
import { writeReportFile } from '../../src/io/write-file.js';

const dir = mkdtempSync(join(tmpdir(), 's3tg-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeReportFile', () => {
  it('replaces a regular file, keeps its mode, leaves no temp file', () => {
    const f = join(dir, 'r.json');
    writeFileSync(f, 'old');
    chmodSync(f, 0o640);
    writeReportFile(f, 'new');
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(statSync(f).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('a temporary name that is taken (a planted file or symlink) is never opened: another name is tried', () => {
    const sub = mkdtempSync(join(dir, 'taken-'));
    const f = join(sub, 'r.json');
    const draws = [0.5, 0.5, 0.25];
    const spy = jest.spyOn(Math, 'random').mockImplementation(() => draws.shift() ?? 0.125);
    const tag = (x: number) => `${process.pid.toString(36)}${x.toString(36).slice(2, 10)}`;
    const planted = join(sub, `.r.json.${tag(0.5)}.tmp`);
    const victim = join(sub, 'victim');
    writeFileSync(victim, 'keep');
    symlinkSync(victim, planted);
    try {
      writeReportFile(f, 'report');
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(f, 'utf8')).toBe('report');
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
    expect(readdirSync(sub).sort()).toEqual([`.r.json.${tag(0.5)}.tmp`, 'r.json', 'victim'].sort());
  });

  it('a new file gets mode 0644', () => {
    const f = join(dir, 'fresh.json');
    writeReportFile(f, 'x');
    expect(statSync(f).mode & 0o777).toBe(0o644);
  });

  it('through a symlink: the link stays, its target gets the report', () => {
    const target = join(dir, 'target.json');
    const link = join(dir, 'link.json');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    writeReportFile(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('a FIFO is written in place and stays a FIFO', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (b: Buffer) => (got += b.toString()));
    const closed = new Promise((r) => reader.on('close', r));
    writeReportFile(fifo, 'through the pipe\n');
    await closed;
    expect(got).toBe('through the pipe\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a character device (our own null device) is written in place and stays a device', () => {
    const dev = join(dir, 'null');
    try {
      execFileSync('mknod', [dev, 'c', '1', '3']);
    } catch {
      // No CAP_MKNOD here: the FIFO case above covers writing in place.
      return;
    }
    writeReportFile(dev, 'discarded');
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('a directory, or a directory that does not exist, is an InputError naming the file; nothing is left', () => {
    const sub = join(dir, 'adir');
    mkdirSync(sub);
    expect(() => writeReportFile(sub, 'x')).toThrow(InputError);
    expect(() => writeReportFile(sub, 'x')).toThrow(`${sub}: cannot write the report`);
    const missing = join(dir, 'no', 'such', 'r.json');
    expect(() => writeReportFile(missing, 'x')).toThrow(`${missing}: cannot write the report`);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  });
});

describe('the CLI writes several outputs in one run', () => {
  it('--format json on stdout plus SARIF, markdown and text files; a FIFO target stays a FIFO', async () => {
    const fifo = join(dir, 'sarif-pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let sarif = '';
    reader.stdout.on('data', (b: Buffer) => (sarif += b.toString()));
    const closed = new Promise((r) => reader.on('close', r));
    let stdout = '';
    const code = await main(
      [
        'check',
        '--policy',
        'policies/examples/seed.yml',
        '--plan',
        'examples/seed-advanced/plan.json',
        '--terraform-dir',
        'examples/seed-advanced',
        '--format',
        'json',
        '--sarif-file',
        fifo,
        '--markdown-file',
        join(dir, 'r.md'),
        '--text-file',
        join(dir, 'r.txt'),
      ],
      { stdout: (t) => (stdout += t), stderr: () => undefined },
    );
    await closed;
    expect(code).toBe(0);
    expect(JSON.parse(stdout).passed).toBe(true);
    expect(JSON.parse(sarif).version).toBe('2.1.0');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain(
      '### ✅ 1 sensitive bucket recorded by CloudTrail · 2 warnings',
    );
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toContain('PASSED');
  });

  it('the same file for two outputs is a usage error', async () => {
    let stderr = '';
    const f = join(dir, 'twice');
    const code = await main(
      ['check', '--policy', 'p.yml', '--plan', 'x.json', '--output', f, '--sarif-file', f],
      { stdout: () => undefined, stderr: (t) => (stderr += t) },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('is given as the file of two outputs');
  });
});
