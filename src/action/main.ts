import * as core from '@actions/core';
import { context as githubContext } from '@actions/github';
import { randomBytes } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { heldProgress, PROGRESS_AFTER_MS } from '../app/progress.js';
import { run as runCheck } from '../app/run.js';
import { failureMessage } from '../app/verdict.js';
import { InputError, errorMessage } from '../errors.js';
import { escapeMarkdown } from '../outputs/markdown.js';
import { terraformLocator, type TerraformLocator } from '../outputs/terraform-lines.js';
import { stripControls } from '../outputs/sanitize.js';
import { maskSecrets } from '../security/mask.js';
import { renderText } from '../outputs/text.js';
import type { RepoRef } from './github/client.js';
import { githubOctokit } from './github/octokit.js';
import { getInputs, settingsOf } from './inputs.js';
import { publishAnnotations } from './publish/annotations.js';
import { bodies } from './publish/bodies.js';
import { publishComment } from './publish/comment.js';
import {
  OUTPUTS,
  type ActionContext,
  type Core,
  type Deps,
  type Output,
  type Publication,
} from './publish/context.js';
import { writeFiles } from './publish/files.js';
import { publishIssue } from './publish/issue.js';
import { publishSummary, writeSummary } from './publish/summary.js';

export type { ActionContext, Deps };

function repoOf(ctx: ActionContext): RepoRef | undefined {
  try {
    return ctx.repo;
  } catch {
    return undefined;
  }
}

function prNumber(ctx: ActionContext): number | undefined {
  const p = ctx.payload;
  if (typeof p.pull_request?.number === 'number') return p.pull_request.number;
  if (p.issue?.pull_request && typeof p.issue.number === 'number') return p.issue.number;
  return undefined;
}

/**
 * The text report in the step's log. Lines of it come from the plan, the policy and the account, so none
 * may be read as a workflow command (`::add-mask::`, `::set-output`, `::stop-commands::` of its own): the
 * runner ignores commands between `::stop-commands::TOKEN` and `::TOKEN::`, with a token no input can guess
 * (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#stopping-and-starting-workflow-commands).
 */
function logReport(c: Core, text: string): void {
  const token = randomBytes(16).toString('hex');
  c.info(`::stop-commands::${token}`);
  c.info(text);
  c.info(`::${token}::`);
}

/**
 * Messages and annotation titles carry names from the plan and the account. The toolkit escapes `%`, CR and
 * LF in them; terminal escapes and bidi overrides it leaves, so they are dropped here, once for every call.
 */
function safeCore(c: Core): Core {
  const clean = (m: string | Error) => maskSecrets(stripControls(typeof m === 'string' ? m : m.message));
  const props = (p?: core.AnnotationProperties) =>
    p?.title ? { ...p, title: stripControls(p.title, 'none') } : p;
  return {
    ...c,
    info: (m) => c.info(clean(m)),
    debug: (m) => c.debug(clean(m)),
    warning: (m, p) => c.warning(clean(m), props(p)),
    error: (m, p) => c.error(clean(m), props(p)),
    notice: (m, p) => c.notice(clean(m), props(p)),
    setFailed: (m) => c.setFailed(clean(m)),
  };
}

/**
 * The Action: inputs → Settings → the same run as the CLI → files, job summary, annotations, sticky PR
 * comment or drift issue → outputs → `setFailed` last. The verdict is the run's (app/verdict.ts); nothing
 * GitHub or the file system does after it is known can hide it: each publication step turns its failure
 * into a warning.
 */
export async function run(overrides: Partial<Deps> = {}): Promise<void> {
  const given: Deps = {
    core,
    getOctokit: (token, signal, deadlineMs) => githubOctokit(token, signal, deadlineMs),
    context: githubContext,
    check: (settings, runDeps) => runCheck(settings, runDeps),
    env: process.env,
    cwd: process.cwd(),
    ...overrides,
  };
  const d: Deps = { ...given, core: safeCore(given.core) };
  const c = d.core;
  const outputs = new Map<Output, string>(OUTPUTS.map((o) => [o, '']));
  const flush = () => {
    for (const [k, v] of outputs) c.setOutput(k, v);
  };
  const fail = async (message: string, summary: boolean, at?: unknown) => {
    if (summary) await writeSummary(c, `### s3-trail-guard: error\n\n${escapeMarkdown(message)}\n`);
    // An input error that names a line of a file in the repository (the policy: FILE:LINE:COL) is also an
    // annotation there, so the pull request shows it on the line to fix.
    const where =
      at instanceof InputError ? /^(?:s3-trail-guard: )?([^:\n]+):(\d+):(\d+): /.exec(message) : null;
    const file = where ? repoPath(where[1] as string) : undefined;
    if (where && file)
      c.error(message, {
        title: 's3-trail-guard: input error',
        file,
        startLine: Number(where[2]),
        startColumn: Number(where[3]),
      });
    outputs.set('result', 'error');
    flush();
    c.setFailed(message);
  };
  const repoPath = (file: string): string | undefined => {
    const rel = relative(d.env['GITHUB_WORKSPACE'] || d.cwd, resolve(d.cwd, file));
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
  };
  try {
    const workspace = d.env['GITHUB_WORKSPACE'] || d.cwd;
    let inputs;
    try {
      inputs = getInputs((n) => c.getInput(n), {
        workspace,
        cwd: d.cwd,
        ...(d.env['RUNNER_TEMP'] ? { runnerTemp: d.env['RUNNER_TEMP'] } : {}),
      });
    } catch (e) {
      return await fail(e instanceof InputError ? e.message : `s3-trail-guard: ${errorMessage(e)}`, false);
    }
    // Nothing the run prints may show a credential, even inside an error text from a service.
    for (const secret of [inputs.githubToken, d.env['AWS_SECRET_ACCESS_KEY'], d.env['AWS_SESSION_TOKEN']])
      if (secret) c.setSecret(secret);
    const settings = settingsOf(inputs);
    let outcome;
    // A slow run (live mode) says what it is doing, as the CLI does on stderr; each line is text from the
    // account, so it is logged as the report is, where no workflow command is read.
    const progress = heldProgress(
      (line) => logReport(c, `s3-trail-guard: ${line}`),
      d.progressAfterMs ?? PROGRESS_AFTER_MS,
    );
    try {
      outcome = await d.check(settings, { progress: progress.line });
    } catch (e) {
      if (!(e instanceof InputError) && e instanceof Error && e.stack) c.debug(e.stack);
      const why = e instanceof InputError ? e.message : `the check could not run: ${errorMessage(e)}`;
      return await fail(`s3-trail-guard: ${why}`, inputs.jobSummary, e);
    } finally {
      progress.stop();
    }
    const { report, verdict } = outcome;
    outputs.set('result', verdict.result);
    outputs.set('buckets-covered', String(report.summary.covered));
    outputs.set('buckets-failing', String(verdict.failingBuckets.length));
    outputs.set('findings', String(report.findings.length));
    logReport(c, renderText(report));

    let locate: TerraformLocator | undefined;
    if (inputs.terraformDirs.length) {
      try {
        locate = terraformLocator(inputs.terraformDirs[0] as string);
      } catch (e) {
        c.debug(`terraform-dir not indexed for annotations: ${errorMessage(e)}`);
      }
    }
    const repo = repoOf(d.context);
    const pr = prNumber(d.context);
    const p: Publication = {
      d,
      inputs,
      settings,
      report,
      verdict,
      workspace,
      outputs,
      ...(locate ? { locate } : {}),
      ...(repo ? { repo } : {}),
      ...(pr !== undefined ? { pr } : {}),
      runUrl: repo ? `${d.context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${d.context.runId}` : '',
      toRepoPath: (file) => {
        const rel = relative(workspace, resolve(d.cwd, file));
        return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
      },
    };
    // The verdict's outputs, the files, the summary and the annotations come first: GitHub's API is best
    // effort and bounded in time, and whatever it does, what is written here stays.
    writeFiles(p);
    const b = bodies(p);
    if (inputs.jobSummary) await publishSummary(c, b.summary);
    publishAnnotations(p);
    flush();
    await publishComment(p, b);
    await publishIssue(p, b);
    for (const o of ['comment-url', 'issue-url'] as const) if (outputs.get(o)) c.setOutput(o, outputs.get(o));
    if (verdict.exitCode) c.setFailed(failureMessage(verdict, report.buckets));
    else if (verdict.result === 'drift') c.warning(failureMessage(verdict, report.buckets));
  } catch (e) {
    // Only a bug gets here; the outputs written so far still go out.
    if (e instanceof Error && e.stack) c.debug(e.stack);
    if (!outputs.get('result')) outputs.set('result', 'error');
    flush();
    c.setFailed(`s3-trail-guard: internal error (please report it): ${errorMessage(e)}`);
  }
}
