import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/**
 * How long reading one input file may take in total, when it is not a regular file (a FIFO, `<(terraform
 * show -json plan)`, a character device). A regular file never waits; a pipe whose writer never comes, or
 * a device that never answers, would wait for ever without it.
 */
export const DEFAULT_READ_TIMEOUT_MS = 120_000;

export type ReadLimitKind = 'too-large' | 'timeout' | 'directory' | 'unsupported';

/**
 * Reading stopped at a limit. `message` does not name the file (the caller does, in its own words) and
 * never quotes the content.
 */
export class ReadLimitError extends Error {
  constructor(
    readonly kind: ReadLimitKind,
    message: string,
    /** `too-large`: the size `stat` gave for a regular file; undefined when reading hit the cap. */
    readonly size?: number,
  ) {
    super(message);
    this.name = 'ReadLimitError';
  }
}

export interface BoundedReadOptions {
  /** More bytes than this is a {@link ReadLimitError} `too-large`, whatever `stat` says. */
  readonly maxBytes: number;
  /** Total time for a non-regular file (default {@link DEFAULT_READ_TIMEOUT_MS}). */
  readonly timeoutMs?: number;
}

const CHUNK = 1024 * 1024;
const POLL_MS = 5;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'FIFO';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  if (st.isSocket()) return 'socket';
  return 'special file';
}

/**
 * Reads a whole file with a hard byte cap and, for anything but a regular file, a total deadline. The cap
 * holds whatever `stat` reports: `/proc` files and devices say 0 bytes, a FIFO has no size at all, and a
 * file can grow while it is read. Non-regular files are opened non-blocking (a FIFO without a writer does
 * not block the open) and polled until end of file, the cap or the deadline.
 *
 * Synchronous on purpose: the CLI reads its inputs before anything else runs.
 *
 * Throws {@link ReadLimitError} at a limit, a directory or a socket; errors of the file system (ENOENT,
 * EACCES, ...) are thrown as they are, for the caller to word.
 */
export function readBoundedSync(file: string, opts: BoundedReadOptions): Buffer {
  const { maxBytes } = opts;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  const st = statSync(file);
  check(st, maxBytes);
  const regular = st.isFile();
  const fd = openSync(file, constants.O_RDONLY | (regular ? 0 : constants.O_NONBLOCK));
  try {
    // The path may have been swapped between stat and open: decide on what was opened.
    const opened = fstatSync(fd);
    check(opened, maxBytes);
    const waits = !opened.isFile();
    const deadline = Date.now() + timeoutMs;
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file is read into one buffer of its size and a byte more (to see it grow; a short read
    // goes on in chunks): chunks and their concatenation held the file twice and copied it once, and
    // their external memory started V8's incremental marking during the read, so the full collection
    // that followed counted the plan's text as alive (56 MB instead of 37 on the 10k bench plan) and let
    // the heap grow from that for the rest of the run (issue 12: peak RSS 309 -> 273 MB).
    let size = waits ? CHUNK : opened.size + 1;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(size, maxBytes + 1 - total));
      size = CHUNK;
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as { code?: unknown }).code !== 'EAGAIN') throw e;
        n = -1;
      }
      if (n > 0) {
        chunks.push(n === buf.length ? buf : buf.subarray(0, n));
        total += n;
        if (total > maxBytes) throw tooLarge(maxBytes, waits ? kindOf(opened) : 'file');
        continue;
      }
      // End of file. A FIFO also reads as at its end before its writer has opened it: wait for the first
      // byte until the deadline (an empty pipe then reads as empty).
      if (n === 0 && (!waits || total > 0 || !opened.isFIFO())) break;
      if (Date.now() >= deadline) {
        if (n === 0) break;
        throw new ReadLimitError(
          'timeout',
          `the ${kindOf(opened)} gave ${total === 0 ? 'no data' : `only ${total} bytes and no end`} within ${timeoutMs / 1000} s`,
        );
      }
      sleep(POLL_MS);
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function check(st: Stats, maxBytes: number): void {
  if (st.isDirectory()) throw new ReadLimitError('directory', 'is a directory, not a file');
  if (st.isSocket()) throw new ReadLimitError('unsupported', 'is a socket, not a file');
  if (st.isFile() && st.size > maxBytes) throw tooLarge(maxBytes, 'file', st.size);
}

function tooLarge(maxBytes: number, kind: string, size?: number): ReadLimitError {
  const of = size === undefined ? `more than ${maxBytes} bytes` : `${size} bytes`;
  return new ReadLimitError(
    'too-large',
    `the ${kind} has ${of}, over the cap of ${formatBytes(maxBytes)}`,
    size,
  );
}

export function formatBytes(n: number): string {
  if (n >= 1048576 && n % 1048576 === 0) return `${n / 1048576} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
