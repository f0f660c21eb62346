/**
 * Where things are written in a `.tf` file: a small reader of HCL's native syntax that keeps the offset of
 * every block, attribute, list element and object entry, so that a fix can be shown as a change of the
 * user's own text. It understands only the structure (bodies, blocks, attributes, list and object
 * literals, strings with templates, comments, heredocs); expressions are kept as text.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Expr =
  | (Span & { readonly kind: 'list'; readonly items: readonly Expr[]; readonly comments: boolean })
  | (Span & { readonly kind: 'object'; readonly entries: readonly Entry[]; readonly comments: boolean })
  | (Span & {
      readonly kind: 'other';
      /** A `[for …]` / `{for …}` expression. */
      readonly forExpr?: boolean;
      readonly heredoc?: boolean;
    });

/** An attribute of a body (`name = expr`) or an entry of an object literal. */
export interface Entry extends Span {
  readonly name: string;
  readonly nameSpan: Span;
  readonly value: Expr;
}

export interface Block extends Span {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: Body;
}

export interface Body {
  /** The `{` and `}` around the body. */
  readonly open: number;
  readonly close: number;
  readonly attributes: readonly Entry[];
  readonly blocks: readonly Block[];
  readonly heredoc: boolean;
}

export class LayoutError extends Error {}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;

class Reader {
  heredoc = false;
  comment = false;
  constructor(
    readonly s: string,
    public i: number,
  ) {}

  fail(what: string): never {
    throw new LayoutError(`${what} at offset ${this.i}`);
  }

  /** Skips blanks and comments; newlines too when `nl`. */
  space(nl: boolean): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === ' ' || c === '\t' || c === '\r' || (nl && c === '\n')) this.i++;
      else if (c === '#' || (c === '/' && s[this.i + 1] === '/')) {
        this.comment = true;
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
      } else if (c === '/' && s[this.i + 1] === '*') {
        this.comment = true;
        const end = s.indexOf('*/', this.i + 2);
        if (end < 0) this.fail('unterminated comment');
        this.i = end + 2;
      } else break;
    }
  }

  ident(): string | undefined {
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.s);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  /** A quoted string (templates included); returns its raw text. */
  string(): string {
    const s = this.s;
    const start = this.i;
    this.i++;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '\\') this.i += 2;
      else if (c === '"') {
        this.i++;
        return s.slice(start, this.i);
      } else if ((c === '$' || c === '%') && s[this.i + 1] === '{') {
        if (s[this.i - 1] === c && s[this.i - 2] !== c) {
          // `$${` / `%%{` is an escaped literal
          this.i += 2;
          continue;
        }
        this.i += 2;
        this.balanced('}');
      } else if (c === '\n') this.fail('newline in a string');
      else this.i++;
    }
    return this.fail('unterminated string');
  }

  /** Skips to the `close` that matches (strings, comments and nested brackets followed). */
  balanced(close: string): void {
    const s = this.s;
    const stack = [close];
    while (this.i < s.length) {
      const c = s[this.i] as string;
      if (c === '"') this.string();
      else if (c === '#' || (c === '/' && (s[this.i + 1] === '/' || s[this.i + 1] === '*')))
        this.space(false);
      else if (c === '<' && s[this.i + 1] === '<' && /[-A-Za-z_]/.test(s[this.i + 2] ?? ''))
        this.skipHeredoc();
      else if (c === '(' || c === '[' || c === '{') {
        stack.push(c === '(' ? ')' : c === '[' ? ']' : '}');
        this.i++;
      } else if (c === ')' || c === ']' || c === '}') {
        if (stack.pop() !== c) this.fail('unbalanced brackets');
        this.i++;
        if (!stack.length) return;
      } else this.i++;
    }
    this.fail('unterminated expression');
  }

  skipHeredoc(): void {
    const m = /^<<-?([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(this.s.slice(this.i, this.i + 200));
    if (!m) return this.fail('heredoc');
    this.heredoc = true;
    const marker = m[1] as string;
    let at = this.i + m[0].length;
    for (;;) {
      const nl = this.s.indexOf('\n', at);
      const line = this.s.slice(at, nl < 0 ? this.s.length : nl);
      if (line.trim() === marker) {
        this.i = at + line.replace(/\r$/, '').length;
        return;
      }
      if (nl < 0) this.fail('unterminated heredoc');
      at = nl + 1;
    }
  }

  /** The end of an expression: stops before a newline or one of `stops` outside brackets. */
  exprEnd(stops: string, newlines = false): number {
    const s = this.s;
    let last = this.i;
    while (this.i < s.length) {
      const c = s[this.i] as string;
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) {
        this.i++;
        continue;
      }
      if (c === '#' || (c === '/' && (s[this.i + 1] === '/' || s[this.i + 1] === '*'))) {
        this.space(false);
        continue;
      }
      if (c === '\n' || stops.includes(c)) break;
      if (c === '"') this.string();
      else if (c === '<' && s[this.i + 1] === '<' && /[-A-Za-z_]/.test(s[this.i + 2] ?? ''))
        this.skipHeredoc();
      else if (c === '(' || c === '[' || c === '{') {
        this.i++;
        this.balanced(c === '(' ? ')' : c === '[' ? ']' : '}');
      } else this.i++;
      last = this.i;
    }
    return last;
  }
}

/** The structure of the expression written at `start..end` (already trimmed). */
function exprAt(s: string, start: number, end: number): Expr {
  const open = s[start];
  if ((open === '[' || open === '{') && s[end - 1] === (open === '[' ? ']' : '}')) {
    const r = new Reader(s, start + 1);
    r.space(true);
    const save = r.i;
    if (r.ident() === 'for' && /\s/.test(s[r.i] ?? '')) return { kind: 'other', start, end, forExpr: true };
    r.i = save;
    if (open === '[') {
      const items: Expr[] = [];
      for (;;) {
        r.space(true);
        if (r.i >= end - 1) break;
        const at = r.i;
        // Newlines inside a list are blanks: the element ends at a comma or the bracket.
        const e = r.exprEnd(',]', true);
        if (r.i >= end || e <= at) return { kind: 'other', start, end };
        items.push(exprAt(s, at, e));
        r.space(true);
        if (s[r.i] === ',') r.i++;
        else if (r.i < end - 1) return { kind: 'other', start, end };
      }
      return { kind: 'list', start, end, items, comments: r.comment };
    }
    const entries: Entry[] = [];
    for (;;) {
      r.space(true);
      if (s[r.i] === ',') {
        r.i++;
        continue;
      }
      if (r.i >= end - 1) break;
      const nameStart = r.i;
      let name: string | undefined;
      if (s[r.i] === '"') {
        const raw = r.string();
        name = /^"[A-Za-z0-9_.-]*"$/.test(raw) ? raw.slice(1, -1) : undefined;
      } else name = r.ident();
      if (name === undefined) return { kind: 'other', start, end };
      const nameEnd = r.i;
      r.space(false);
      if (s[r.i] !== '=' && s[r.i] !== ':') return { kind: 'other', start, end };
      r.i++;
      r.space(false);
      const vs = r.i;
      const ve = r.exprEnd(',}');
      if (ve <= vs) return { kind: 'other', start, end };
      entries.push({
        name,
        nameSpan: { start: nameStart, end: nameEnd },
        value: exprAt(s, vs, ve),
        start: nameStart,
        end: ve,
      });
    }
    return { kind: 'object', start, end, entries, comments: r.comment };
  }
  const r = new Reader(s, start);
  r.exprEnd('');
  return { kind: 'other', start, end, ...(r.heredoc ? { heredoc: true } : {}) };
}

/** Reads the body that opens with the `{` at `open`. */
function body(r: Reader, open: number): Body {
  const s = r.s;
  r.i = open + 1;
  const attributes: Entry[] = [];
  const blocks: Block[] = [];
  let heredoc = false;
  for (;;) {
    r.space(true);
    if (r.i >= s.length) r.fail('unterminated block');
    if (s[r.i] === '}') {
      const close = r.i;
      r.i++;
      return { open, close, attributes, blocks, heredoc };
    }
    const start = r.i;
    const name = r.ident();
    if (!name) r.fail('expected an attribute or a block');
    r.space(false);
    if (s[r.i] === '=' && s[r.i + 1] !== '=') {
      r.i++;
      r.space(false);
      const vs = r.i;
      const before = r.heredoc;
      r.heredoc = false;
      const ve = r.exprEnd('}');
      if (r.heredoc) heredoc = true;
      r.heredoc = before || r.heredoc;
      attributes.push({
        name,
        nameSpan: { start, end: start + name.length },
        value: exprAt(s, vs, ve),
        start,
        end: ve,
      });
      continue;
    }
    const labels: string[] = [];
    for (;;) {
      r.space(false);
      if (s[r.i] === '"') labels.push(r.string().slice(1, -1));
      else if (s[r.i] === '{') break;
      else {
        const l = r.ident();
        if (!l) r.fail('expected a block label');
        labels.push(l);
      }
    }
    const b = body(r, r.i);
    if (b.heredoc) heredoc = true;
    blocks.push({ type: name, labels, body: b, start, end: r.i });
  }
}

/** Reads the block (`resource "t" "n" {` …) that starts at `start`. */
export function blockAt(text: string, start: number): Block {
  const r = new Reader(text, start);
  const type = r.ident() ?? r.fail('expected a block');
  const labels: string[] = [];
  for (;;) {
    r.space(false);
    if (text[r.i] === '"') labels.push(r.string().slice(1, -1));
    else if (text[r.i] === '{') break;
    else labels.push(r.ident() ?? r.fail('expected a block label'));
  }
  const b = body(r, r.i);
  return { type, labels, body: b, start, end: r.i };
}

/** Every top-level block of a file, in order (for finding `module "…"` calls). */
export function topBlocks(text: string): Block[] {
  const out: Block[] = [];
  const r = new Reader(text, 0);
  for (;;) {
    r.space(true);
    if (r.i >= text.length) return out;
    const b = blockAt(text, r.i);
    out.push(b);
    r.i = b.end;
  }
}

/** The value of a string literal without templates, else undefined. */
export function literal(text: string): string | undefined {
  if (!/^"(?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*"$/.test(text)) return undefined;
  try {
    return JSON.parse(text) as string;
  } catch {
    return undefined;
  }
}
