import { MAX_PAGES, httpStatus, ownAuthor, startsWithMarker, type Octokit, type RepoRef } from './client.js';

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
 * is read (up to MAX_PAGES pages); the comment must start with the marker and be written by this token's own
 * identity (see ownAuthor), so a person quoting it, another bot copying it, or another instance with a
 * different key, is never touched. Duplicates left by racing runs are removed.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  req: StickyCommentRequest,
): Promise<StickyCommentResult> {
  const marker = commentMarker(req.key);
  const body = `${marker}\n${req.body}`;
  const { owner, repo } = req.repo;
  let pages = 0;
  const comments = await octokit.paginate(
    octokit.rest.issues.listComments,
    { owner, repo, issue_number: req.issueNumber, per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_PAGES) done();
      return response.data;
    },
  );
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
    try {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
      return { action: 'updated', url: data.html_url, id: data.id, removedDuplicates };
    } catch (e) {
      // A comment this token may no longer edit (locked, or made by an earlier token of the same identity
      // that lost access) must not leave the PR without the report: write a new one.
      const status = httpStatus(e);
      if (status !== 403 && status !== 404) throw e;
    }
  } else if (!req.create) return { action: 'none', removedDuplicates };
  const { data } = await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: req.issueNumber,
    body,
  });
  return { action: 'created', url: data.html_url, id: data.id, removedDuplicates };
}
