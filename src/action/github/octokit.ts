import { getOctokit } from '@actions/github';
import { defaults as githubDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Octokit } from './client.js';

export interface OctokitTuning {
  /** The API root (GHES, or a test server). */
  readonly baseUrl?: string;
  /** The fetch to use (tests: one nock can see). */
  readonly fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** One unit of retry delay in ms: retries wait 1, 4, 9 units; Retry-After seconds count as units. Default 1000. */
  readonly retryUnitMs?: number;
  /**
   * The least time between two writes, in ms. GitHub asks integrations to space writes by about a second
   * to stay under the secondary rate limits
   * (https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#pause-between-mutative-requests).
   * Default 1000.
   */
  readonly writeSpacingMs?: number;
  readonly now?: () => number;
}

/** How often a rate-limited request is tried again at most. */
const RATE_LIMIT_RETRIES = 2;

type Hook = {
  wrap: (
    name: 'request',
    fn: (request: (o: unknown) => Promise<unknown>, o: unknown) => Promise<unknown>,
  ) => void;
  error: (name: 'request', fn: (error: unknown, o: unknown) => unknown) => void;
};
/**
 * A write queue in the shape plugin-throttling schedules on (`group.key(id).schedule(options, fn, ...args)`):
 * one job at a time, each starting at least `minTimeMs` after the one before.
 */
function spacedGroup(minTimeMs: number, now: () => number) {
  let tail: Promise<unknown> = Promise.resolve();
  let last = -Infinity;
  const limiter = {
    schedule: (_job: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => {
      const run = tail.then(async () => {
        const wait = last + minTimeMs - now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        last = now();
        return fn(...args);
      });
      tail = run.catch(() => undefined);
      return run;
    },
  };
  return { key: () => limiter };
}

type RequestOptions = { request?: { retries?: number; retryCount?: number } };

/**
 * The Octokit of the PR comment and the drift issue: transient 5xx answers are tried again
 * (@octokit/plugin-retry: after 1, 4, 9 s), secondary and primary rate limits wait for GitHub's Retry-After
 * (@octokit/plugin-throttling) — but only while the wait ends before the step's deadline. The deadline
 * stays authoritative: `signal` aborts every request at `deadlineMs`, no retry is scheduled past it, and
 * a request still waiting in a retry queue when it strikes is rejected at once.
 */
export function githubOctokit(
  token: string,
  signal: AbortSignal,
  deadlineMs: number,
  t: OctokitTuning = {},
): Octokit {
  const now = t.now ?? Date.now;
  const unit = t.retryUnitMs ?? 1000;
  const deadlineAt = now() + deadlineMs;
  const fits = (waitMs: number) => !signal.aborted && now() + waitMs < deadlineAt;

  // Registered first, so inside plugin-retry's hooks: a failure whose next try would start after the
  // deadline (or after it struck: an aborted fetch reaches plugin-retry as an HTTP 500) is not tried again.
  const lastTryBeforeDeadline = (octokit: { hook: Hook }) => {
    octokit.hook.error('request', (error, o) => {
      const req = (o as RequestOptions).request;
      if (req) {
        const next = ((req.retryCount ?? 0) + 1) ** 2 * unit;
        if (!fits(next)) req.retries = 0;
      }
      throw error;
    });
  };
  // Registered last, so outermost: whatever waits inside (a retry delay, the write queue) ends with the signal.
  const endAtDeadline = (octokit: { hook: Hook }) => {
    octokit.hook.wrap('request', (request, o) => {
      if (signal.aborted) return Promise.reject(signal.reason as Error);
      return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason as Error);
        signal.addEventListener('abort', onAbort, { once: true });
        request(o).then(
          (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
          (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e as Error)),
        );
      });
    });
  };
  const onLimit = (retryAfterS: number, _o: unknown, _k: unknown, retryCount: number) =>
    retryCount < RATE_LIMIT_RETRIES && fits(retryAfterS * unit);
  const spacing = t.writeSpacingMs ?? 1000;
  const options = {
    // Octokit merges options shallowly: a `request` of our own would drop @actions/github's proxy-aware
    // fetch and agent (HTTPS_PROXY on self-hosted runners), so they are carried over.
    request: { ...githubDefaults.request, signal, ...(t.fetch ? { fetch: t.fetch } : {}) },
    ...(t.baseUrl ? { baseUrl: t.baseUrl } : {}),
    // 429 is a rate limit: plugin-throttling waits for its Retry-After instead of plugin-retry's 1, 4, 9 s.
    retry: { retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      retryAfterBaseValue: unit,
      onRateLimit: onLimit,
      onSecondaryRateLimit: onLimit,
      // The plugin's own write queues (1 s between writes, 3 s between writes that notify) are shared by
      // every Octokit of the process; these are this client's own, with a spacing tests can shorten.
      write: spacedGroup(spacing, now),
      notifications: spacedGroup(spacing, now),
    },
  };
  return getOctokit(
    token,
    options as unknown as Parameters<typeof getOctokit>[1],
    lastTryBeforeDeadline as never,
    retry as never,
    throttling as never,
    endAtDeadline as never,
  );
}
