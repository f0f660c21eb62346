import { realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import {
  SETTING_OPTIONS,
  type FailOn,
  type OutputSpec,
  type Settings,
  type SourceSpec,
} from '../app/settings.js';
import { sourceOptions, specsFrom } from '../sources/index.js';
import { OptionError, type OptionValues } from '../sources/source.js';
import { InputError } from '../errors.js';
import { FORMATS } from '../outputs/index.js';
import { expandPlanFiles } from './plan-files.js';

export type { FailOn };
export type CommentMode = 'auto' | 'always' | 'never';
export type CheckMode = 'plan' | 'live' | 'plan+live';

/** The Action's inputs, validated once; paths are resolved (see {@link getInputs}). */
export interface ActionInputs {
  readonly policy: string;
  /** `plan-file`: one path, or several (newline- or comma-separated, globs expanded), in order. */
  readonly planFiles: readonly string[];
  /** `terraform-dir`: none, or one per plan file in the same order. */
  readonly terraformDirs: readonly string[];
  /** Every source option's value by its CLI name (sources/*: options), read from its input. */
  readonly sourceValues: OptionValues;
  readonly mode: CheckMode;
  readonly awsRegion?: string;
  readonly failOn: FailOn;
  readonly failOnUnknown: boolean;
  readonly comment: CommentMode;
  readonly commentKey: string;
  readonly githubToken: string;
  /** Each output format's file (`sarif-file`, `markdown-file`, …; outputs/index.ts), absolute. */
  readonly files: Readonly<Record<string, string>>;
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
  'markdown-file': '',
  'text-file': '',
  'junit-file': '',
  'gitlab-file': '',
  'report-file': '',
  'job-summary': 'true',
  issue: 'false',
  'working-directory': '.',
  // The other sources' inputs (organization mode), with the defaults of their rows.
  ...Object.fromEntries(
    sourceOptions()
      .filter((o) => !['plan-file', 'terraform-dir', 'mode', 'aws-region'].includes(o.input))
      .map((o) => [o.input, o.actionDefault?.value ?? o.default]),
  ),
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
  const planFiles = planRaw ? expandPlanFiles(planRaw, workingDirectory) : [];
  const tfDirs = splitList(tfDirRaw);

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
  if (planRaw && !planFiles.length)
    throw new ActionInputError('plan-file', 'matches no file (relative to working-directory)', planRaw);
  if (tfDirRaw && !planRaw)
    throw new ActionInputError('terraform-dir', "needs 'plan-file': it is used to read values of the plan");
  if (tfDirs.length && tfDirs.length !== planFiles.length)
    throw new ActionInputError(
      'terraform-dir',
      `must name one directory per plan file, in the same order (${planFiles.length} plan file(s))`,
      tfDirRaw,
    );

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
  // Reports go only under the workspace or the runner's temp directory, symlinks resolved: a workflow
  // input (or a symlink a pull request commits) must not make the step overwrite files elsewhere.
  const roots = [env.workspace, env.runnerTemp || tmpdir()];
  const outPath = (name: string, raw: string): string => {
    const abs = absPath(raw);
    if (!inside(abs, roots))
      throw new ActionInputError(
        name,
        'must be a path inside the workspace or the runner temp directory',
        raw,
      );
    return abs;
  };
  if (reportRaw) outPath('report-file', reportRaw);
  const files: Record<string, string> = {};
  for (const f of FORMATS) {
    if (f.fileOption === 'report-file') continue;
    const raw = get(f.fileOption);
    if (raw) files[f.fileOption] = outPath(f.fileOption, raw);
  }

  return {
    policy: path(policyRaw),
    planFiles: planFiles.map((p) => path(p)),
    terraformDirs: tfDirs.map((d) => path(d)),
    sourceValues: sourceValues(get, mode, (p) => path(p), workingDirectory),
    mode,
    ...(awsRegion ? { awsRegion } : {}),
    failOn: oneOf('fail-on', get('fail-on'), ['error', 'warning', 'never'] as const),
    failOnUnknown: bool('fail-on-unknown', get('fail-on-unknown')),
    comment: oneOf('comment', get('comment'), ['auto', 'always', 'never'] as const),
    commentKey,
    githubToken: read('github-token').trim(),
    files,
    reportFile,
    jobSummary: bool('job-summary', get('job-summary')),
    issue: bool('issue', get('issue')),
    workingDirectory,
  };
}

/**
 * The sources' options as the Action has them: each read from its input the way its row says (lists one per
 * line or comma-separated, paths from working-directory, globs expanded); the `mode` input stands for the
 * live account's switch.
 */
function sourceValues(
  get: (name: string) => string,
  mode: CheckMode,
  path: (p: string) => string,
  workingDirectory: string,
): OptionValues {
  const out: Record<string, string | boolean | readonly string[]> = {};
  for (const o of sourceOptions()) {
    if (o.input === 'mode') {
      out[o.cli] = mode === 'live' || mode === 'plan+live';
      continue;
    }
    const raw = get(o.input);
    if (!o.value) out[o.cli] = raw === 'true';
    else if (o.path === 'glob') out[o.cli] = raw ? expandPlanFiles(raw, workingDirectory).map(path) : [];
    else if (o.repeatable) out[o.cli] = splitList(raw).map((x) => (o.path ? path(x) : x));
    else if (raw) out[o.cli] = o.path ? path(raw) : raw;
  }
  return out;
}

function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** The path with every existing ancestor's symlinks resolved (the file itself may not exist yet). */
function resolvedPath(abs: string): string {
  const rest: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      return join(realpathSync(cur), ...rest.reverse());
    } catch {
      const parent = dirname(cur);
      if (parent === cur) return abs;
      rest.push(basename(cur));
      cur = parent;
    }
  }
}

function inside(abs: string, roots: readonly string[]): boolean {
  const real = resolvedPath(abs);
  return roots.some((root) => {
    const rel = relative(resolvedPath(resolve(root)), real);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  });
}

/** The Action's inputs as the run's settings (the same type the CLI builds from argv). */
export function settingsOf(i: ActionInputs): Settings {
  const values = i.sourceValues;
  const input = (o: string) => SETTING_OPTIONS.find((x) => x.cli === o)?.input ?? o;
  let sources: SourceSpec[];
  try {
    sources = specsFrom(values, (o) => `'${input(o)}'`);
  } catch (e) {
    if (e instanceof OptionError) throw new ActionInputError(input(e.option), `is not valid: ${e.message}`);
    throw e;
  }
  const files: Record<string, string | undefined> = { ...i.files, 'report-file': i.reportFile };
  const outputs: OutputSpec[] = FORMATS.flatMap((f) =>
    files[f.fileOption] ? [{ format: f.name, file: files[f.fileOption] as string }] : [],
  );
  return { policy: i.policy, sources, outputs, failOn: i.failOn, failOnUnknown: i.failOnUnknown };
}
