/**
 * A problem with what the user gave us (a policy, a plan, a flag). The CLI prints `message` without a
 * stack trace and exits 2. `message` must name the file and the location (YAML line:column, JSON
 * pointer or Terraform address).
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InputError';
  }
}

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
};

/** A message without stack or internals; file-system errors say what happened in plain words. */
export function errorMessage(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && SYSTEM_ERRORS[code]) return `${code}: ${SYSTEM_ERRORS[code]}`;
  return e instanceof Error ? e.message : String(e);
}
