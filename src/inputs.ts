import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from './errors.js';

import type { FailOn } from './report/exit-policy.js';
export type { FailOn };
export type CommentMode = 'auto' | 'always' | 'never';
export type CheckMode = 'plan' | 'live' | 'plan+live';

/** The Action's inputs, validated once; paths are resolved (see {@link getInputs}). */
export interface ActionInputs {
  readonly policy: string;
  readonly planFile?: string;
  readonly terraformDir?: string;
  readonly mode: CheckMode;
  readonly awsRegion?: string;
  readonly failOn: FailOn;
  readonly failOnUnknown: boolean;
  readonly comment: CommentMode;
  readonly commentKey: string;
  readonly githubToken: string;
  readonly sarifFile?: string;
  readonly reportFile: string;
  readonly jobSummary: boolean;
  readonly issue: boolean;
  /** Absolute. */
  readonly workingDirectory: string;
}

/**
 * Defaults, identical to action.yml's (a test compares them): outside a runner, or when a workflow passes an
 * empty string, getInput returns '' and these apply. `github-token` is absent on purpose: action.yml's
 * default is an expression only the runner can evaluate.
 */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  'plan-file': '',
  'terraform-dir': '',
  mode: 'auto',
  'aws-region': '',
  'fail-on': 'error',
  'fail-on-unknown': 'true',
  comment: 'auto',
  'comment-key': 'default',
  'sarif-file': '',
  'report-file': '',
  'job-summary': 'true',
  issue: 'false',
  'working-directory': '.',
};

/** An input the workflow got wrong; the message names the input and what was expected. */
export class ActionInputError extends InputError {
  constructor(
    readonly input: string,
    expected: string,
    got?: string,
  ) {
    super(`Input '${input}' ${expected}${got !== undefined ? `; got ${JSON.stringify(got)}` : ''}.`);
    this.name = 'ActionInputError';
  }
}

export interface InputEnv {
  /** Where repo-relative paths start (GITHUB_WORKSPACE on a runner). */
  readonly workspace: string;
  /** The process's directory: paths handed to the engine are shown relative to it when below it. */
  readonly cwd: string;
  /** RUNNER_TEMP, for the default report file. */
  readonly runnerTemp?: string;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ActionInputError(name, `must be one of ${allowed.join(', ')}`, value);
}

// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
function bool(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ActionInputError(name, 'must be true or false', value);
}

/** A path for the engine and for messages: relative to cwd when it lies below it, else absolute. */
function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/**
 * Reads every input through `read` (core.getInput in the Action) and validates it. Relative paths are
 * taken from `working-directory`, which itself is taken from the workspace.
 */
export function getInputs(read: (name: string) => string, env: InputEnv): ActionInputs {
  const get = (name: string): string => {
    const v = read(name).trim();
    return v === '' ? (INPUT_DEFAULTS[name] ?? '') : v;
  };

  const workingDirectory = resolve(env.workspace, get('working-directory'));
  let isDir = false;
  try {
    isDir = statSync(workingDirectory).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir)
    throw new ActionInputError(
      'working-directory',
      'must be an existing directory (relative to the workspace)',
      get('working-directory'),
    );
  const path = (p: string) => displayPath(resolve(workingDirectory, p), env.cwd);
  const absPath = (p: string) => resolve(workingDirectory, p);

  const policyRaw = get('policy');
  if (!policyRaw) throw new ActionInputError('policy', 'is required: the path of the policy file (YAML)');
  const planRaw = get('plan-file');
  const tfDirRaw = get('terraform-dir');

  const modeIn = oneOf('mode', get('mode'), ['auto', 'plan', 'live', 'plan+live'] as const);
  const mode: CheckMode = modeIn === 'auto' ? (planRaw ? 'plan' : 'live') : modeIn;
  if (mode !== 'live' && !planRaw)
    throw new ActionInputError(
      'plan-file',
      `is required when mode is ${mode}: the output of \`terraform show -json PLANFILE\``,
    );
  if (mode === 'live' && planRaw)
    throw new ActionInputError(
      'mode',
      "is live, but 'plan-file' is set: use mode plan+live to check the plan over the live account, or drop plan-file",
      modeIn,
    );
  if (tfDirRaw && !planRaw)
    throw new ActionInputError('terraform-dir', "needs 'plan-file': it is used to read values of the plan");

  const awsRegion = get('aws-region');
  if (awsRegion && !/^[a-z]{2}(-[a-z0-9]+)+-\d+$/.test(awsRegion))
    throw new ActionInputError('aws-region', 'must be an AWS Region name such as us-east-1', awsRegion);

  const commentKey = get('comment-key');
  // The key goes inside an HTML comment and an issue title: nothing that could end the comment.
  if (!/^[A-Za-z0-9][A-Za-z0-9_./-]{0,63}$/.test(commentKey))
    throw new ActionInputError(
      'comment-key',
      'must be 1-64 characters of letters, digits, ".", "_", "/" or "-", starting with a letter or digit',
      commentKey,
    );

  const reportRaw = get('report-file');
  const reportFile = reportRaw
    ? absPath(reportRaw)
    : join(env.runnerTemp || tmpdir(), `s3-trail-guard-${commentKey.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`);
  const sarifRaw = get('sarif-file');

  return {
    policy: path(policyRaw),
    ...(planRaw ? { planFile: path(planRaw) } : {}),
    ...(tfDirRaw ? { terraformDir: path(tfDirRaw) } : {}),
    mode,
    ...(awsRegion ? { awsRegion } : {}),
    failOn: oneOf('fail-on', get('fail-on'), ['error', 'warning', 'never'] as const),
    failOnUnknown: bool('fail-on-unknown', get('fail-on-unknown')),
    comment: oneOf('comment', get('comment'), ['auto', 'always', 'never'] as const),
    commentKey,
    githubToken: read('github-token').trim(),
    ...(sarifRaw ? { sarifFile: absPath(sarifRaw) } : {}),
    reportFile,
    jobSummary: bool('job-summary', get('job-summary')),
    issue: bool('issue', get('issue')),
    workingDirectory,
  };
}
