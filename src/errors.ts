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

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
