import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError, errorMessage } from '../errors.js';

function statOrUndefined(f: (p: string) => Stats, path: string): Stats | undefined {
  try {
    return f(path);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    throw e;
  }
}

function writeAll(fd: number, text: string | Iterable<string>): void {
  for (const piece of typeof text === 'string' ? [text] : text) {
    const buf = Buffer.from(piece, 'utf8');
    for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off, buf.length - off);
  }
}

/**
 * Writes a report where the user asked, and nowhere else:
 * - a regular file (or a new one) is replaced atomically: a temp file beside it, created exclusively
 *   (O_EXCL, never through a symlink someone planted) with mode 0600, written, synced, then renamed over
 *   the target — a failed run never leaves half a report, and a reader never sees one;
 * - a symlink is resolved first, so the link stays and its target gets the report;
 * - anything else that exists (a FIFO, a character device, a socket) is written in place and never
 *   replaced: running as root, renaming over /dev/null would replace the device for everyone.
 * Errors name the file and say what happened, without a stack trace (InputError: exit 2).
 * `text` may come in pieces (a report too large to be one string): they are written in order.
 */
export function writeReportFile(file: string, text: string | Iterable<string>): void {
  try {
    const link = statOrUndefined(lstatSync, file);
    const target = link?.isSymbolicLink() ? realpathSync(file) : file;
    const st = link?.isSymbolicLink() ? statOrUndefined(statSync, target) : link;
    if (st?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (st && !st.isFile()) {
      const fd = openSync(target, constants.O_WRONLY);
      try {
        writeAll(fd, text);
      } finally {
        closeSync(fd);
      }
      return;
    }
    const { tmp, fd } = openTemporary(target);
    try {
      try {
        writeAll(fd, text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      // The report is not a secret of the machine: give it the mode the old file had, or the usual one.
      chmodSync(tmp, st ? st.mode & 0o7777 : 0o644);
      renameSync(tmp, target);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // already gone
      }
      throw e;
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: cannot write the report: ${errorMessage(e)}`, file);
  }
}

/**
 * A new file beside `target` for the atomic replace. O_EXCL | O_NOFOLLOW refuse a name that exists (a
 * planted file or symlink), so the name needs no cryptographic randomness, only another try when taken:
 * node:crypto is not loaded for it (a few ms of every start, issue 12).
 */
function openTemporary(target: string): { tmp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const tag = `${process.pid.toString(36)}${Math.random().toString(36).slice(2, 10)}`;
    const tmp = join(dirname(target), `.${basename(target)}.${tag}.tmp`);
    try {
      return {
        tmp,
        fd: openSync(
          tmp,
          constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
          0o600,
        ),
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw e;
    }
  }
}
