/** A run quicker than this prints no progress (issue 14: progress "when it runs longer than a second"). */
export const PROGRESS_AFTER_MS = 1000;

export interface HeldProgress {
  /** One progress line of the run (RunDeps.progress). */
  readonly line: (line: string) => void;
  /** Ends it: later lines are dropped, the timer is cleared. */
  readonly stop: () => void;
}

/**
 * Progress of a slow run: lines are held until the run has taken `afterMs`, then the held ones and every
 * later one go to `write`. The CLI writes them on stderr, the Action in its log.
 */
export function heldProgress(write: (line: string) => void, afterMs: number): HeldProgress {
  const held: string[] = [];
  let showing = afterMs <= 0;
  let stopped = false;
  const timer = showing
    ? undefined
    : setTimeout(() => {
        showing = true;
        for (const l of held.splice(0)) write(l);
      }, afterMs);
  timer?.unref?.();
  return {
    line: (l) => {
      if (stopped) return;
      if (showing) write(l);
      else held.push(l);
    },
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
