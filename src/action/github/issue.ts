import { MAX_PAGES, ownAuthor, startsWithMarker, type Octokit, type RepoRef } from './client.js';
import { commentMarker } from './comment.js';

export function issueTitle(key: string): string {
  return `s3-trail-guard: CloudTrail coverage drift${key === 'default' ? '' : ` (${key})`}`;
}

export interface DriftIssueRequest {
  readonly repo: RepoRef;
  readonly key: string;
  readonly drift: boolean;
  /** The report, without the marker (used while there is drift). */
  readonly body: string;
  /** The closing text, without the marker (used when the drift is gone). */
  readonly resolvedBody: string;
}

export interface DriftIssueResult {
  readonly action: 'opened' | 'updated' | 'unchanged' | 'closed' | 'none';
  readonly url?: string;
  readonly number?: number;
}

/**
 * Scheduled runs: one open issue per comment key while drift lasts. It is opened when drift appears, its body
 * is replaced by the latest report on every run, and it is closed (as completed) when the drift is gone; drift
 * that comes back later opens a new issue.
 */
export async function syncDriftIssue(octokit: Octokit, req: DriftIssueRequest): Promise<DriftIssueResult> {
  const marker = commentMarker(req.key);
  const title = issueTitle(req.key);
  const { owner, repo } = req.repo;
  const isOwn = ownAuthor(octokit);
  let pages = 0;
  const candidates = await octokit.paginate(
    octokit.rest.issues.listForRepo,
    { owner, repo, state: 'open', per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_PAGES) done();
      return response.data.filter(
        (i) => !i.pull_request && i.title === title && startsWithMarker(i.body, marker),
      );
    },
  );
  let found;
  for (const i of candidates) if (await isOwn(i.user)) found ??= i;
  if (req.drift) {
    const body = `${marker}\n${req.body}`;
    if (!found) {
      const { data } = await octokit.rest.issues.create({ owner, repo, title, body });
      return { action: 'opened', url: data.html_url, number: data.number };
    }
    if (found.body === body) return { action: 'unchanged', url: found.html_url, number: found.number };
    const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: found.number, body });
    return { action: 'updated', url: data.html_url, number: data.number };
  }
  if (!found) return { action: 'none' };
  const { data } = await octokit.rest.issues.update({
    owner,
    repo,
    issue_number: found.number,
    body: `${marker}\n${req.resolvedBody}`,
    state: 'closed',
    state_reason: 'completed',
  });
  return { action: 'closed', url: data.html_url, number: data.number };
}
