import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

/** A listing reads at most this many pages (of 100): a server whose `next` link never ends cannot hold the step. */
export const MAX_PAGES = 100;

/** The HTTP status of an Octokit error (RequestError), if the failure came from GitHub's answer. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * What a GitHub failure may say in a log, a summary or a comment: the HTTP status, GitHub's request ID and,
 * without an answer, the error's code or name — never the message, which can carry request details.
 */
export function failureOf(e: unknown): string {
  if (timedOut(e)) return 'no answer before the deadline';
  const status = httpStatus(e);
  const headers = (e as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers;
  const id = headers?.['x-github-request-id'];
  const request = typeof id === 'string' && /^[A-Za-z0-9:._-]{1,100}$/.test(id) ? `, request ID ${id}` : '';
  if (status !== undefined) return `HTTP ${status}${request}`;
  const err = e as { name?: unknown; code?: unknown; cause?: { code?: unknown; name?: unknown } } | null;
  const name = [err?.code, err?.cause?.code, err?.name, err?.cause?.name].find(
    (x): x is string => typeof x === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(x),
  );
  return name ?? 'the request failed';
}

/** Whether a request was aborted by its deadline (Octokit wraps a fetch failure as HTTP 500 with the cause). */
function timedOut(e: unknown): boolean {
  const err = e as { name?: unknown; cause?: { name?: unknown } } | null;
  return [err?.name, err?.cause?.name].some((n) => n === 'TimeoutError' || n === 'AbortError');
}

/** Why a GitHub write failed, in words that tell the user what to change. */
export function explainGitHubError(e: unknown, what: string): string {
  if (timedOut(e))
    return `could not ${what}: GitHub gave no answer before the deadline; it will be brought up to date by the next run.`;
  const status = httpStatus(e);
  const detail = failureOf(e);
  if (status === 403 || status === 404)
    return `could not ${what} (${detail}). The token is read-only here: a pull request from a fork (or a Dependabot PR) gets a read-only GITHUB_TOKEN, and otherwise the job needs the permission named in the README. The job summary and the outputs still have the report.`;
  if (status === 401) return `could not ${what} (${detail}): the github-token input is not a valid token.`;
  if (status !== undefined && status >= 500)
    return `could not ${what}: GitHub answered ${detail}; it will be brought up to date by the next run.`;
  return `could not ${what}: ${detail}.`;
}

interface Author {
  readonly login?: string;
  readonly type?: string;
}

/** The Actions token (GITHUB_TOKEN) writes as this user. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Tells whether a comment or issue was written with this token: its author is the token's own identity, and
 * no one else — not another bot that copied the marker, not a person quoting the comment. A personal token
 * is its user (REST /user); an installation token (GITHUB_TOKEN, a GitHub App) cannot read /user, and is the
 * bot GraphQL's `viewer` names (`login` there, `login[bot]` in REST); when neither answers, the Actions
 * token's github-actions[bot]. The identity is asked once, and only when a candidate turns up.
 */
export function ownAuthor(octokit: Octokit): (user: Author | null | undefined) => Promise<boolean> {
  let self: Promise<{ login: string; bot: boolean }> | undefined;
  const identify = async (): Promise<{ login: string; bot: boolean }> => {
    try {
      const r = await octokit.rest.users.getAuthenticated();
      return { login: r.data.login, bot: r.data.type === 'Bot' };
    } catch {
      // an installation token: no /user
    }
    try {
      const r = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
      const login = r.viewer?.login;
      if (typeof login === 'string' && login)
        return { login: login.endsWith('[bot]') ? login : `${login}[bot]`, bot: true };
    } catch {
      // not answered: assume the Actions token
    }
    return { login: ACTIONS_BOT, bot: true };
  };
  return async (user) => {
    if (!user?.login) return false;
    self ??= identify();
    const me = await self;
    return user.login === me.login && (user.type === 'Bot') === me.bot;
  };
}

/** Whether the first line of a body is exactly the marker. */
export function startsWithMarker(body: string | null | undefined, marker: string): boolean {
  if (!body) return false;
  const first = body.split('\n', 1)[0] ?? '';
  return first.trim() === marker;
}
