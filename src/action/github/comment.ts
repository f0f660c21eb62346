import { ownAuthor, startsWithMarker, type Octokit, type RepoRef } from './client.js';

/** The hidden first line that finds this instance's comment again (one per comment key). */
export function commentMarker(key: string): string {
  return `<!-- s3-trail-guard:${key} -->`;
}

export interface StickyCommentRequest {
  readonly repo: RepoRef;
  readonly issueNumber: number;
  readonly key: string;
  /** The body without the marker; it must already fit GitHub's limit less the marker line. */
  readonly body: string;
  /** Whether to create the comment when there is none yet (otherwise only an existing one is updated). */
  readonly create: boolean;
}

export interface StickyCommentResult {
  readonly action: 'created' | 'updated' | 'unchanged' | 'none';
  readonly url?: string;
  readonly id?: number;
  /** Extra copies (from two runs that raced) that were deleted. */
  readonly removedDuplicates: number;
}

/**
 * Creates or updates in place the one comment of this comment key on a pull request. Every page of comments
 * is read; the comment must start with the marker and be written by a bot account (the Actions token
 * writes as github-actions[bot]) or by the token's own user, so a person quoting it, or another instance
 * with a different key, is never touched. Duplicates left by racing runs are removed.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  req: StickyCommentRequest,
): Promise<StickyCommentResult> {
  const marker = commentMarker(req.key);
  const body = `${marker}\n${req.body}`;
  const { owner, repo } = req.repo;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: req.issueNumber,
    per_page: 100,
  });
  const isOwn = ownAuthor(octokit);
  const mine = [];
  for (const c of comments) if (startsWithMarker(c.body, marker) && (await isOwn(c.user))) mine.push(c);
  const [keep, ...extra] = mine;
  let removedDuplicates = 0;
  for (const c of extra) {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: c.id });
      removedDuplicates++;
    } catch {
      // A leftover copy is untidy, not wrong: the kept comment is the one updated from now on.
    }
  }
  if (keep) {
    if (keep.body === body)
      return { action: 'unchanged', url: keep.html_url, id: keep.id, removedDuplicates };
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
    return { action: 'updated', url: data.html_url, id: data.id, removedDuplicates };
  }
  if (!req.create) return { action: 'none', removedDuplicates };
  const { data } = await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: req.issueNumber,
    body,
  });
  return { action: 'created', url: data.html_url, id: data.id, removedDuplicates };
}
