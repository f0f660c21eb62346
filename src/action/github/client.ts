import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

/** The HTTP status of an Octokit error (RequestError), if the failure came from GitHub's answer. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Why a GitHub write failed, in words that tell the user what to change. */
export function explainGitHubError(e: unknown, what: string): string {
  const status = httpStatus(e);
  const detail = e instanceof Error ? e.message : String(e);
  if (status === 403 || status === 404)
    return `could not ${what} (HTTP ${status}: ${detail}). The token is read-only here: a pull request from a fork (or a Dependabot PR) gets a read-only GITHUB_TOKEN, and otherwise the job needs the permission named in the README. The job summary and the outputs still have the report.`;
  if (status === 401)
    return `could not ${what} (HTTP 401: ${detail}): the github-token input is not a valid token.`;
  if (status !== undefined && status >= 500)
    return `could not ${what}: GitHub answered HTTP ${status} (${detail}); it will be brought up to date by the next run.`;
  return `could not ${what}: ${detail}`;
}

interface Author {
  readonly login?: string;
  readonly type?: string;
}

/**
 * Tells whether a comment or issue was written with this token. Any bot counts (the GITHUB_TOKEN writes as
 * github-actions[bot], a GitHub App token as its own bot); a user counts only when it is the token's own user
 * (a personal token), which is asked once and only when a user-written candidate turns up.
 */
export function ownAuthor(octokit: Octokit): (user: Author | null | undefined) => Promise<boolean> {
  let self: Promise<string | undefined> | undefined;
  return async (user) => {
    if (!user) return false;
    if (user.type === 'Bot') return true;
    self ??= octokit.rest.users.getAuthenticated().then(
      (r) => r.data.login,
      // An installation token (GITHUB_TOKEN) cannot read /user: such a token never writes as a user.
      () => undefined,
    );
    const login = await self;
    return login !== undefined && login === user.login;
  };
}

/** Whether the first line of a body is exactly the marker. */
export function startsWithMarker(body: string | null | undefined, marker: string): boolean {
  if (!body) return false;
  const first = body.split('\n', 1)[0] ?? '';
  return first.trim() === marker;
}
