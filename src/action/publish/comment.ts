import { explainGitHubError } from '../github/client.js';
import { upsertStickyComment } from '../github/comment.js';
import type { Bodies } from './bodies.js';
import { GITHUB_DEADLINE_MS, type Publication } from './context.js';

/** The sticky PR comment: written on drift (or always), kept up to date once it exists. */
export async function publishComment(p: Publication, b: Bodies): Promise<void> {
  const { d, inputs, pr, repo } = p;
  const c = d.core;
  if (inputs.comment === 'always' && pr === undefined)
    c.info(`No pull request in this ${d.context.eventName} event: no PR comment.`);
  if (inputs.comment === 'never' || pr === undefined) return;
  if (!inputs.githubToken)
    return c.warning("s3-trail-guard: no 'github-token': the PR comment was not written.");
  if (!repo)
    return c.warning('s3-trail-guard: GITHUB_REPOSITORY is not set: the PR comment was not written.');
  const deadline = d.githubDeadlineMs ?? GITHUB_DEADLINE_MS;
  try {
    const r = await upsertStickyComment(
      d.getOctokit(inputs.githubToken, AbortSignal.timeout(deadline), deadline),
      {
        repo,
        issueNumber: pr,
        key: inputs.commentKey,
        body: b.allCovered ? b.short : b.fitComment(b.full),
        create: inputs.comment === 'always' || p.verdict.result === 'drift',
      },
    );
    if (r.url) p.outputs.set('comment-url', r.url);
    c.info(`PR comment: ${r.action}${r.url ? ` ${r.url}` : ''}`);
  } catch (e) {
    c.warning(`s3-trail-guard: ${explainGitHubError(e, 'write the PR comment')}`);
  }
}
