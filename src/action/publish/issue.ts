import { explainGitHubError } from '../github/client.js';
import { syncDriftIssue } from '../github/issue.js';
import type { Bodies } from './bodies.js';
import { GITHUB_DEADLINE_MS, type Publication } from './context.js';

/** The drift issue of runs without a pull request: opened on drift, updated, closed when it is gone. */
export async function publishIssue(p: Publication, b: Bodies): Promise<void> {
  const { d, inputs, pr, repo } = p;
  const c = d.core;
  if (!inputs.issue || pr !== undefined) return;
  if (!inputs.githubToken)
    return c.warning("s3-trail-guard: no 'github-token': the drift issue was not updated.");
  if (!repo)
    return c.warning('s3-trail-guard: GITHUB_REPOSITORY is not set: the drift issue was not updated.');
  const deadline = d.githubDeadlineMs ?? GITHUB_DEADLINE_MS;
  try {
    const r = await syncDriftIssue(
      d.getOctokit(inputs.githubToken, AbortSignal.timeout(deadline), deadline),
      {
        repo,
        key: inputs.commentKey,
        drift: p.verdict.result === 'drift',
        body: b.fitComment(b.full),
        resolvedBody: b.fitComment(b.allCovered ? b.short : b.full),
      },
    );
    if (r.url) p.outputs.set('issue-url', r.url);
    c.info(`Drift issue: ${r.action}${r.url ? ` ${r.url}` : ''}`);
  } catch (e) {
    c.warning(`s3-trail-guard: ${explainGitHubError(e, 'update the drift issue')}`);
  }
}
