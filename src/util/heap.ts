import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection now; false where the runtime gives no way to ask for one.
 *
 * Why (issue 12): V8 sets the size at which the old generation is next collected from what its last
 * full collection found alive, times a factor of up to 4. Reading a large plan runs that collection
 * while the parsed plan (and its text) are alive, so the heap is left to grow to several times the plan
 * before the next one, long after the plan is garbage: peak RSS of the 10k bench plan 310 -> 270 MB when
 * the plan is collected as soon as it is adapted (docs/benchmarks.md).
 *
 * Node exposes `gc` only under `--expose-gc`, which the CLI and the Action cannot pass to their own
 * node. V8 installs the `gc` function in contexts created while the flag is set, so one context is
 * created with it set and the flag is reset at once (as jest's leak detector does). The flag is read
 * when a context is made, so setting it after start does not change the running heap's behaviour.
 * Any failure leaves it undone (false): the run is only larger, never different.
 */
export function collectGarbage(): boolean {
  if (gc === undefined) gc = exposedGc();
  if (!gc) return false;
  gc();
  return true;
}

function exposedGc(): (() => void) | null {
  const own = (globalThis as { gc?: unknown }).gc;
  if (typeof own === 'function') return own as () => void;
  try {
    setFlagsFromString('--expose-gc');
    const f: unknown = runInNewContext('gc');
    return typeof f === 'function' ? (f as () => void) : null;
  } catch {
    return null;
  } finally {
    try {
      setFlagsFromString('--no-expose-gc');
    } catch {
      // The flag stays set: only contexts created later get a gc function of their own.
    }
  }
}
