import * as core from '@actions/core';
import { context as githubContext, getOctokit } from '@actions/github';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError, errorMessage } from './errors.js';
import { explainGitHubError, type Octokit, type RepoRef } from './github/client.js';
import { upsertStickyComment, commentMarker } from './github/comment.js';
import { syncDriftIssue } from './github/issue.js';
import { getInputs, type ActionInputs } from './inputs.js';
import { buildAnnotations } from './report/annotations.js';
import { decideFailure, failureMessage, type Verdict } from './report/exit-policy.js';
import { escapeMarkdown, renderAllCovered, renderMarkdown } from './report/markdown.js';
import type { Report } from './report/report.js';
import { toSarif } from './report/sarif.js';
import { terraformLocator, type TerraformLocator } from './report/terraform-lines.js';
import { renderText } from './report/text.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT, fitMarkdown } from './report/truncate.js';
import { RULES } from './rules/index.js';
import { runCheck, type CheckOptions, type CheckResult } from './run.js';

type Core = Pick<
  typeof core,
  'getInput' | 'setOutput' | 'setFailed' | 'info' | 'debug' | 'warning' | 'error' | 'notice' | 'summary'
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
  readonly getOctokit: (token: string) => Octokit;
  readonly context: ActionContext;
  readonly check: (opts: CheckOptions) => Promise<CheckResult>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

const OUTPUTS = [
  'result',
  'buckets-covered',
  'buckets-failing',
  'findings',
  'report-file',
  'sarif-file',
  'comment-url',
  'issue-url',
] as const;
type Output = (typeof OUTPUTS)[number];

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

function writeFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * The Action: validated inputs → the CLI's engine (`runCheck`) → JSON report, SARIF, job summary,
 * annotations, sticky PR comment or scheduled-run issue → outputs → `setFailed` last. Nothing GitHub or the
 * file system does after the verdict is known can hide it: each of those steps turns its failure into a
 * warning.
 */
export async function run(overrides: Partial<Deps> = {}): Promise<void> {
  const d: Deps = {
    core,
    getOctokit: (token) => getOctokit(token),
    context: githubContext,
    check: runCheck,
    env: process.env,
    cwd: process.cwd(),
    ...overrides,
  };
  const c = d.core;
  const outputs = new Map<Output, string>(OUTPUTS.map((o) => [o, '']));
  const flush = () => {
    for (const [k, v] of outputs) c.setOutput(k, v);
  };
  try {
    const workspace = d.env['GITHUB_WORKSPACE'] || d.cwd;
    let inputs: ActionInputs;
    try {
      inputs = getInputs((n) => c.getInput(n), {
        workspace,
        cwd: d.cwd,
        ...(d.env['RUNNER_TEMP'] ? { runnerTemp: d.env['RUNNER_TEMP'] } : {}),
      });
    } catch (e) {
      outputs.set('result', 'error');
      flush();
      c.setFailed(e instanceof InputError ? e.message : `s3-trail-guard: ${errorMessage(e)}`);
      return;
    }

    let checked: CheckResult;
    try {
      checked = await d.check({
        policy: inputs.policy,
        ...(inputs.planFile ? { plan: inputs.planFile } : {}),
        ...(inputs.terraformDir ? { terraformDir: inputs.terraformDir } : {}),
        live: inputs.mode !== 'plan',
        ...(inputs.awsRegion ? { region: inputs.awsRegion } : {}),
      });
    } catch (e) {
      const message =
        e instanceof InputError
          ? `s3-trail-guard: ${e.message}`
          : `s3-trail-guard: the check could not run: ${errorMessage(e)}`;
      if (!(e instanceof InputError) && e instanceof Error && e.stack) c.debug(e.stack);
      if (inputs.jobSummary)
        await writeSummary(c, `### s3-trail-guard: error\n\n${escapeMarkdown(message)}\n`);
      outputs.set('result', 'error');
      flush();
      c.setFailed(message);
      return;
    }

    const { report } = checked;
    const verdict = decideFailure(report, inputs.failOn, inputs.failOnUnknown);
    outputs.set('result', verdict.result);
    outputs.set('buckets-covered', String(report.summary.covered));
    outputs.set('buckets-failing', String(verdict.failingBuckets.length));
    outputs.set('findings', String(report.findings.length));
    c.info(renderText(report));
    await publish(d, inputs, report, verdict, workspace, outputs);
    flush();
    if (verdict.fail) c.setFailed(failureMessage(verdict));
    else if (verdict.result === 'drift') c.warning(`${failureMessage(verdict)} (fail-on: never)`);
  } catch (e) {
    // Only a bug gets here; the outputs written so far still go out.
    if (e instanceof Error && e.stack) c.debug(e.stack);
    if (!outputs.get('result')) outputs.set('result', 'error');
    flush();
    c.setFailed(`s3-trail-guard: internal error (please report it): ${errorMessage(e)}`);
  }
}

async function writeSummary(c: Core, text: string): Promise<void> {
  try {
    await c.summary.addRaw(text, true).write();
  } catch (e) {
    c.warning(`s3-trail-guard: could not write the job summary: ${errorMessage(e)}`);
  }
}

/** Writes every report; each failure is a warning, never a lost verdict. */
async function publish(
  d: Deps,
  inputs: ActionInputs,
  report: Report,
  verdict: Verdict,
  workspace: string,
  outputs: Map<Output, string>,
): Promise<void> {
  const c = d.core;
  const toRepoPath = (file: string): string | undefined => {
    const rel = relative(workspace, resolve(d.cwd, file));
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
  };
  let locate: TerraformLocator | undefined;
  if (inputs.terraformDir) {
    try {
      locate = terraformLocator(inputs.terraformDir);
    } catch (e) {
      c.debug(`terraform-dir not indexed for annotations: ${errorMessage(e)}`);
    }
  }

  try {
    writeFile(inputs.reportFile, JSON.stringify(report, null, 2) + '\n');
    outputs.set('report-file', inputs.reportFile);
  } catch (e) {
    c.warning(`s3-trail-guard: could not write the JSON report ${inputs.reportFile}: ${errorMessage(e)}`);
  }

  if (inputs.sarifFile) {
    try {
      const sarif = toSarif(
        report,
        RULES.map((r) => r.meta),
        {
          toUri: toRepoPath,
          ...(locate ? { locate } : {}),
          automationId: `s3-trail-guard/${inputs.commentKey}/`,
        },
      );
      writeFile(inputs.sarifFile, JSON.stringify(sarif, null, 2) + '\n');
      outputs.set('sarif-file', inputs.sarifFile);
    } catch (e) {
      c.warning(`s3-trail-guard: could not write the SARIF file ${inputs.sarifFile}: ${errorMessage(e)}`);
    }
  }

  const repo = repoOf(d.context);
  const runUrl = repo
    ? `${d.context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${d.context.runId}`
    : '';
  const label = inputs.commentKey === 'default' ? {} : { label: inputs.commentKey };
  const footer = [
    '',
    '---',
    `<sub>s3-trail-guard ${escapeMarkdown(report.tool.version)} · result: ${verdict.result} · fail-on: ${inputs.failOn}${inputs.failOnUnknown ? '' : ' (unknown ignored)'}${runUrl ? ` · [workflow run](${runUrl})` : ''}</sub>`,
    '',
  ].join('\n');
  const full = renderMarkdown(report, label) + footer;
  const allCovered = verdict.result === 'pass' && report.summary.covered === report.summary.buckets;
  const short = renderAllCovered(report, label) + footer;

  if (inputs.jobSummary) {
    const fitted = fitMarkdown(
      full,
      SUMMARY_LIMIT,
      "**The report was cut to fit the job summary's size limit.** The JSON report (output `report-file`) has every bucket and finding.",
    );
    await writeSummary(c, fitted.text);
  }

  for (const a of buildAnnotations(report, {
    toRepoPath,
    ...(locate ? { locate } : {}),
    failOnUnknown: inputs.failOnUnknown,
  })) {
    c[a.level](a.message, {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {}),
      ...(a.startColumn ? { startColumn: a.startColumn } : {}),
    });
  }

  const where =
    inputs.jobSummary && runUrl
      ? `the [job summary](${runUrl})`
      : runUrl
        ? `the JSON report of the [workflow run](${runUrl})`
        : 'the job summary';
  const cutNotice = `**The report was cut to fit GitHub's comment size limit.** The full report is in ${where}.`;
  const bodyLimit = COMMENT_LIMIT - commentMarker(inputs.commentKey).length - 1;
  const pr = prNumber(d.context);

  if (inputs.comment === 'always' && pr === undefined)
    c.info(`No pull request in this ${d.context.eventName} event: no PR comment.`);
  if (inputs.comment !== 'never' && pr !== undefined) {
    if (!inputs.githubToken) c.warning("s3-trail-guard: no 'github-token': the PR comment was not written.");
    else if (!repo)
      c.warning('s3-trail-guard: GITHUB_REPOSITORY is not set: the PR comment was not written.');
    else {
      try {
        const r = await upsertStickyComment(d.getOctokit(inputs.githubToken), {
          repo,
          issueNumber: pr,
          key: inputs.commentKey,
          body: allCovered ? short : fitMarkdown(full, bodyLimit, cutNotice).text,
          create: inputs.comment === 'always' || verdict.result === 'drift',
        });
        if (r.url) outputs.set('comment-url', r.url);
        c.info(`PR comment: ${r.action}${r.url ? ` ${r.url}` : ''}`);
      } catch (e) {
        c.warning(`s3-trail-guard: ${explainGitHubError(e, 'write the PR comment')}`);
      }
    }
  }

  if (inputs.issue && pr === undefined) {
    if (!inputs.githubToken) c.warning("s3-trail-guard: no 'github-token': the drift issue was not updated.");
    else if (!repo)
      c.warning('s3-trail-guard: GITHUB_REPOSITORY is not set: the drift issue was not updated.');
    else {
      try {
        const r = await syncDriftIssue(d.getOctokit(inputs.githubToken), {
          repo,
          key: inputs.commentKey,
          drift: verdict.result === 'drift',
          body: fitMarkdown(full, bodyLimit, cutNotice).text,
          resolvedBody: fitMarkdown(allCovered ? short : full, bodyLimit, cutNotice).text,
        });
        if (r.url) outputs.set('issue-url', r.url);
        c.info(`Drift issue: ${r.action}${r.url ? ` ${r.url}` : ''}`);
      } catch (e) {
        c.warning(`s3-trail-guard: ${explainGitHubError(e, 'update the drift issue')}`);
      }
    }
  }
}
