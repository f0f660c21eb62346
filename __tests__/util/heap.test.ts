/**
 * collectGarbage asks V8 for a full collection without --expose-gc (the CLI and the Action cannot pass
 * node flags): an object nothing refers to any more is gone after it, and `gc` stays out of the global
 * scope.
 */
import { describe, expect, it } from '@jest/globals';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { collectGarbage } from '../../src/util/heap.js';

describe('collectGarbage', () => {
  it('collects an object no longer referenced, and exposes no gc global', async () => {
    // Made in a function of its own, so that no variable (or leftover register) of the test holds it.
    const ref = ((): WeakRef<object> =>
      new WeakRef({ data: Array.from({ length: 100_000 }, (_, i) => i) }))();
    // A WeakRef keeps its target alive until the end of the job that made it.
    await nextTurn();
    expect(collectGarbage()).toBe(true);
    expect(ref.deref()).toBeUndefined();
    expect('gc' in globalThis).toBe(false);
  });

  it('keeps what is still referenced', async () => {
    const kept = { data: [1, 2, 3] };
    const ref = new WeakRef(kept);
    await nextTurn();
    expect(collectGarbage()).toBe(true);
    expect(ref.deref()).toBe(kept);
  });
});
