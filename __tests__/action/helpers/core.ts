// A stand-in for @actions/core (jest.unstable_mockModule): inputs come from `inputs`, and every call that
// writes something lands in `log` in order, so tests can check that setFailed comes last.
import { jest } from '@jest/globals';

export const inputs: Record<string, string> = {};
export const outputs: Record<string, string> = {};
export const log: string[] = [];
export const summaries: string[] = [];
export const messages: { level: string; message: string; props?: Record<string, unknown> }[] = [];

let buffer = '';
let summaryFails = false;

export const getInput = jest.fn((name: string) => inputs[name] ?? '');
export const setOutput = jest.fn((name: string, value: unknown) => {
  outputs[name] = String(value);
  log.push(`output:${name}`);
});
export const setFailed = jest.fn((message: string | Error) => {
  messages.push({ level: 'failed', message: String(message) });
  log.push('setFailed');
});
const say = (level: string) =>
  jest.fn((message: string | Error, props?: Record<string, unknown>) => {
    messages.push({ level, message: String(message), ...(props ? { props } : {}) });
    log.push(level);
  });
export const secrets: string[] = [];
export const setSecret = jest.fn((secret: string) => {
  secrets.push(secret);
});
export const info = say('info');
export const debug = say('debug');
export const warning = say('warning');
export const error = say('error');
export const notice = say('notice');

export const summary = {
  addRaw: jest.fn((text: string, eol = false) => {
    buffer += text + (eol ? '\n' : '');
    return summary;
  }),
  write: jest.fn(async () => {
    if (summaryFails) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY');
    summaries.push(buffer);
    buffer = '';
    log.push('summary');
    return summary;
  }),
};

/** Clears every record and sets the inputs of the next run. */
export function reset(next: Record<string, string> = {}, opts: { summaryFails?: boolean } = {}): void {
  for (const k of Object.keys(inputs)) delete inputs[k];
  for (const k of Object.keys(outputs)) delete outputs[k];
  Object.assign(inputs, next);
  log.length = 0;
  secrets.length = 0;
  summaries.length = 0;
  messages.length = 0;
  buffer = '';
  summaryFails = opts.summaryFails ?? false;
}

export const byLevel = (level: string): string[] =>
  messages.filter((m) => m.level === level).map((m) => m.message);
