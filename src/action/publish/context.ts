import type * as core from '@actions/core';
import type { Outcome, RunDeps } from '../../app/run.js';
import type { Settings } from '../../app/settings.js';
import type { Report } from '../../outputs/report.js';
import type { TerraformLocator } from '../../outputs/terraform-lines.js';
import type { Verdict } from '../../app/verdict.js';
import type { Octokit, RepoRef } from '../github/client.js';
import type { ActionInputs } from '../inputs.js';

export type Core = Pick<
  typeof core,
  | 'getInput'
  | 'setOutput'
  | 'setFailed'
  | 'info'
  | 'debug'
  | 'warning'
  | 'error'
  | 'notice'
  | 'summary'
  | 'setSecret'
>;

/** What the Action reads of `github.context` (a getter of the real one throws without GITHUB_REPOSITORY). */
export interface ActionContext {
  readonly eventName: string;
  readonly payload: {
    readonly pull_request?: { readonly number?: number };
    readonly issue?: { readonly number?: number; readonly pull_request?: unknown };
  };
  readonly repo: RepoRef;
  readonly serverUrl: string;
  readonly runId: number;
}

/** Everything with a side effect outside the file system, so tests can put their own in. */
export interface Deps {
  readonly core: Core;
  /**
   * An Octokit whose every request is aborted by `signal`, which strikes `deadlineMs` from now (the
   * deadline of one publication step); retries and rate-limit waits end before it.
   */
  readonly getOctokit: (token: string, signal: AbortSignal, deadlineMs: number) => Octokit;
  /** How long the PR comment, and the drift issue, may each take in total (default GITHUB_DEADLINE_MS). */
  readonly githubDeadlineMs?: number;
  readonly context: ActionContext;
  /** The run; `deps.progress` takes its progress lines (the Action logs them once it is slow). */
  readonly check: (settings: Settings, deps?: RunDeps) => Promise<Outcome>;
  /** Progress lines reach the log once the run has taken this long (default PROGRESS_AFTER_MS). */
  readonly progressAfterMs?: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/**
 * The PR comment and the drift issue are best effort: each gets this long in total (every page, every
 * write), then its requests are aborted and the step goes on to its verdict.
 */
export const GITHUB_DEADLINE_MS = 60_000;

export const OUTPUTS = [
  'result',
  'buckets-covered',
  'buckets-failing',
  'findings',
  'report-file',
  'sarif-file',
  'comment-url',
  'issue-url',
] as const;
export type Output = (typeof OUTPUTS)[number];

/** One publication step's view of the run; each step turns its own failure into a warning. */
export interface Publication {
  readonly d: Deps;
  readonly inputs: ActionInputs;
  readonly settings: Settings;
  readonly report: Report;
  readonly verdict: Verdict;
  readonly workspace: string;
  readonly outputs: Map<Output, string>;
  readonly locate?: TerraformLocator;
  readonly repo?: RepoRef;
  /** The pull request of the event, if any. */
  readonly pr?: number;
  readonly runUrl: string;
  /** A report path as a repository-relative path (forward slashes), or undefined when outside. */
  readonly toRepoPath: (file: string) => string | undefined;
}
