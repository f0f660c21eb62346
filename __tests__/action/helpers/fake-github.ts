// GitHub's REST API for issue comments and issues, as nock interceptors over one in-memory repository.
// Only what the Action calls is answered; every request is recorded.
import nock from 'nock';

export const API = 'https://api.github.com';

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
}
export const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };
export const HUMAN: FakeUser = { login: 'octocat', type: 'User' };

interface Comment {
  id: number;
  body: string;
  user: FakeUser;
  html_url: string;
}
interface Issue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  user: FakeUser;
  html_url: string;
  pull_request?: unknown;
}

export interface FakeOptions {
  owner?: string;
  repo?: string;
  /** Answer every write (POST/PATCH/DELETE) with this status, like a fork PR's read-only token (403). */
  failWrites?: number;
  /** Answer every read of comments or issues with this status (e.g. 502). */
  failReads?: number;
  /** The token's own user for GET /user; undefined answers 403 as for an installation token. */
  self?: FakeUser;
  /** GraphQL `viewer.login` (an installation token's bot, without "[bot]"); undefined answers 403. */
  viewer?: string;
  /** Comments this token may not edit (PATCH answers 403). */
  lockedComments?: number[];
  /** Who writes what this token creates (default github-actions[bot]). */
  writer?: FakeUser;
  /** The `message` of denied answers (to check that it never reaches an output). */
  deniedMessage?: string;
}

export class FakeGitHub {
  readonly comments = new Map<number, Comment[]>();
  readonly issues: Issue[] = [];
  readonly requests: { method: string; path: string; body?: unknown }[] = [];
  private nextId = 1000;
  readonly owner: string;
  readonly repo: string;

  constructor(private readonly opts: FakeOptions = {}) {
    this.owner = opts.owner ?? 'o';
    this.repo = opts.repo ?? 'r';
  }

  addComment(pr: number, body: string, user: FakeUser = this.opts.writer ?? BOT): Comment {
    const id = this.nextId++;
    const c = {
      id,
      body,
      user,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr}#issuecomment-${id}`,
    };
    this.comments.set(pr, [...(this.comments.get(pr) ?? []), c]);
    return c;
  }

  addIssue(title: string, body: string, user: FakeUser = BOT, extra: Partial<Issue> = {}): Issue {
    const id = this.nextId++;
    const number = this.issues.length + 1;
    const i: Issue = {
      id,
      number,
      title,
      body,
      state: 'open',
      user,
      html_url: `https://github.com/${this.owner}/${this.repo}/issues/${number}`,
      ...extra,
    };
    this.issues.push(i);
    return i;
  }

  count(method: string, re: RegExp): number {
    return this.requests.filter((r) => r.method === method && re.test(r.path)).length;
  }

  /** Registers the interceptors (persisted until nock.cleanAll()). */
  install(): this {
    const base = `/repos/${this.owner}/${this.repo}`;
    const scope = nock(API).persist();
    const record = (method: string, path: string, body?: unknown) =>
      this.requests.push({ method, path, body });
    const page = <T>(path: string, items: T[]): [number, T[], Record<string, string>] => {
      const url = new URL(path, API);
      const per = Number(url.searchParams.get('per_page') ?? 30);
      const n = Number(url.searchParams.get('page') ?? 1);
      const slice = items.slice((n - 1) * per, n * per);
      const headers: Record<string, string> = {};
      if (n * per < items.length) {
        url.searchParams.set('page', String(n + 1));
        headers['link'] = `<${url.toString()}>; rel="next"`;
      }
      return [200, slice, headers];
    };
    const denied = (status: number) => [
      status,
      {
        message:
          this.opts.deniedMessage ??
          (status === 403 ? 'Resource not accessible by integration' : 'Server Error'),
      },
    ];

    scope.get(/\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments(\?.*)?$/).reply((path) => {
      record('GET', path);
      if (this.opts.failReads) return denied(this.opts.failReads) as [number, unknown];
      const pr = Number(/issues\/(\d+)\/comments/.exec(path)?.[1]);
      return page(path, this.comments.get(pr) ?? []);
    });
    scope.post(/\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/).reply((path, body) => {
      record('POST', path, body);
      if (this.opts.failWrites) return denied(this.opts.failWrites) as [number, unknown];
      const pr = Number(/issues\/(\d+)\/comments/.exec(path)?.[1]);
      return [201, this.addComment(pr, (body as { body: string }).body)];
    });
    scope.patch(/\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/).reply((path, body) => {
      record('PATCH', path, body);
      if (this.opts.failWrites) return denied(this.opts.failWrites) as [number, unknown];
      const id = Number(/comments\/(\d+)$/.exec(path)?.[1]);
      if (this.opts.lockedComments?.includes(id)) return denied(403) as [number, unknown];
      for (const list of this.comments.values())
        for (const c of list)
          if (c.id === id) {
            c.body = (body as { body: string }).body;
            return [200, c];
          }
      return [404, { message: 'Not Found' }];
    });
    scope.delete(/\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/).reply((path) => {
      record('DELETE', path);
      if (this.opts.failWrites) return denied(this.opts.failWrites) as [number, unknown];
      const id = Number(/comments\/(\d+)$/.exec(path)?.[1]);
      for (const [pr, list] of this.comments)
        this.comments.set(
          pr,
          list.filter((c) => c.id !== id),
        );
      return [204, ''];
    });
    scope.post('/graphql').reply((path, body) => {
      record('POST', path, body);
      return this.opts.viewer
        ? [200, { data: { viewer: { login: this.opts.viewer } } }]
        : [403, { message: 'Resource not accessible by integration' }];
    });
    scope.get('/user').reply(() => {
      record('GET', '/user');
      return this.opts.self
        ? [200, this.opts.self]
        : [403, { message: 'Resource not accessible by integration' }];
    });
    scope.get(/\/repos\/[^/]+\/[^/]+\/issues(\?.*)?$/).reply((path) => {
      record('GET', path);
      if (this.opts.failReads) return denied(this.opts.failReads) as [number, unknown];
      const state = new URL(path, API).searchParams.get('state') ?? 'open';
      return page(
        path,
        this.issues.filter((i) => state === 'all' || i.state === state),
      );
    });
    scope.post(`${base}/issues`).reply((path, body) => {
      record('POST', path, body);
      if (this.opts.failWrites) return denied(this.opts.failWrites) as [number, unknown];
      const b = body as { title: string; body: string };
      return [201, this.addIssue(b.title, b.body)];
    });
    scope.patch(/\/repos\/[^/]+\/[^/]+\/issues\/\d+$/).reply((path, body) => {
      record('PATCH', path, body);
      if (this.opts.failWrites) return denied(this.opts.failWrites) as [number, unknown];
      const n = Number(/issues\/(\d+)$/.exec(path)?.[1]);
      const issue = this.issues.find((i) => i.number === n);
      if (!issue) return [404, { message: 'Not Found' }];
      Object.assign(issue, body);
      return [200, issue];
    });
    return this;
  }
}
