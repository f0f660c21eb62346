import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);

// src/io/read-bounded.ts
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
var DEFAULT_READ_TIMEOUT_MS = 12e4;
var ReadLimitError = class extends Error {
  constructor(kind, message, size) {
    super(message);
    this.kind = kind;
    this.size = size;
    this.name = "ReadLimitError";
  }
  kind;
  size;
};
var CHUNK = 1024 * 1024;
var POLL_MS = 5;
var sleeper = new Int32Array(new SharedArrayBuffer(4));
var sleep = (ms) => Atomics.wait(sleeper, 0, 0, ms);
function kindOf(st) {
  if (st.isFIFO()) return "FIFO";
  if (st.isCharacterDevice()) return "character device";
  if (st.isBlockDevice()) return "block device";
  if (st.isSocket()) return "socket";
  return "special file";
}
function readBoundedSync(file, opts) {
  const { maxBytes } = opts;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  const st = statSync(file);
  check(st, maxBytes);
  const regular = st.isFile();
  const fd = openSync(file, constants.O_RDONLY | (regular ? 0 : constants.O_NONBLOCK));
  try {
    const opened = fstatSync(fd);
    check(opened, maxBytes);
    const waits = !opened.isFile();
    const deadline = Date.now() + timeoutMs;
    const chunks = [];
    let total = 0;
    let size = waits ? CHUNK : opened.size + 1;
    for (; ; ) {
      const buf = Buffer.allocUnsafe(Math.min(size, maxBytes + 1 - total));
      size = CHUNK;
      let n;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if (e.code !== "EAGAIN") throw e;
        n = -1;
      }
      if (n > 0) {
        chunks.push(n === buf.length ? buf : buf.subarray(0, n));
        total += n;
        if (total > maxBytes) throw tooLarge(maxBytes, waits ? kindOf(opened) : "file");
        continue;
      }
      if (n === 0 && (!waits || total > 0 || !opened.isFIFO())) break;
      if (Date.now() >= deadline) {
        if (n === 0) break;
        throw new ReadLimitError(
          "timeout",
          `the ${kindOf(opened)} gave ${total === 0 ? "no data" : `only ${total} bytes and no end`} within ${timeoutMs / 1e3} s`
        );
      }
      sleep(POLL_MS);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
function check(st, maxBytes) {
  if (st.isDirectory()) throw new ReadLimitError("directory", "is a directory, not a file");
  if (st.isSocket()) throw new ReadLimitError("unsupported", "is a socket, not a file");
  if (st.isFile() && st.size > maxBytes) throw tooLarge(maxBytes, "file", st.size);
}
function tooLarge(maxBytes, kind, size) {
  const of = size === void 0 ? `more than ${maxBytes} bytes` : `${size} bytes`;
  return new ReadLimitError(
    "too-large",
    `the ${kind} has ${of}, over the cap of ${formatBytes(maxBytes)}`,
    size
  );
}
function formatBytes(n) {
  if (n >= 1048576 && n % 1048576 === 0) return `${n / 1048576} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

export {
  ReadLimitError,
  readBoundedSync
};
