import type { AwsAction, CallResult } from './clients.js';

/**
 * A listing page by page, within the page cap and the listing deadline (a token that is always new, or pages
 * that come slowly, end there as a failed listing, never as a shorter list); a failed page fails the whole
 * listing. A token seen before would loop for ever: `repeated` says whether it ends the listing or fails it.
 */
export async function paginate<T, P>(
  action: AwsAction,
  region: string,
  limits: { readonly maxPages: number; readonly listingMs: number },
  page: (token: string | undefined) => Promise<CallResult<P>>,
  items: (p: P) => readonly T[] | undefined,
  next: (p: P) => string | undefined,
  o: { readonly tokenName?: string; readonly repeated?: 'stop' | 'fail' } = {},
): Promise<CallResult<T[]>> {
  const out: T[] = [];
  const seen = new Set<string>();
  const started = Date.now();
  const tokenName = o.tokenName ?? 'token';
  let token: string | undefined;
  let pages = 0;
  const fail = (code: string, message: string): CallResult<never> => ({
    ok: false,
    failure: { action, region, resource: '', code, message, kind: 'failed' },
  });
  do {
    if (pages >= limits.maxPages)
      return fail('PageLimitExceeded', `more than ${limits.maxPages} pages, each with a new ${tokenName}`);
    if (Date.now() - started >= limits.listingMs)
      return fail('TimeoutError', `the listing took more than ${limits.listingMs / 1000} s (${pages} pages)`);
    pages++;
    const r = await page(token);
    if (!r.ok) return r;
    for (const x of items(r.value) ?? []) out.push(x);
    token = next(r.value) || undefined;
    if (token !== undefined) {
      if (seen.has(token)) {
        if (o.repeated === 'fail') return fail('MalformedResponse', `the listing repeated a ${tokenName}`);
        break;
      }
      seen.add(token);
    }
  } while (token !== undefined);
  return { ok: true, value: out };
}
