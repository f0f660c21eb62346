/**
 * What one run is asked to do, whoever asks: the CLI (argv) and the Action (inputs) only translate into
 * this. Paths are as the caller resolved them; nothing here reads the environment.
 */

export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

import { sourceOptions, type SourceSpec } from '../sources/index.js';

/** Where facts come from (sources/index.ts): several plans are one source each; `aws` is the live account. */
export type { SourceSpec };

/** One rendering of the report: to `file`, or to standard output when there is none (CLI only). */
export interface OutputSpec {
  readonly format: string;
  readonly file?: string;
}

export interface Settings {
  readonly policy: string;
  readonly sources: readonly SourceSpec[];
  readonly outputs: readonly OutputSpec[];
  /** The lowest finding severity that makes the run fail; `never` reports drift but never fails. */
  readonly failOn: FailOn;
  /** Whether what could not be decided (`unknown`) counts like proven drift. */
  readonly failOnUnknown: boolean;
  /** Today, for waiver expiry (tests fix it). */
  readonly now?: Date;
}

export const DEFAULTS = { failOn: 'error', failOnUnknown: true, format: 'text' } as const;

/**
 * Every setting and the names it has on each side. The CLI's flags and help, the README's CLI table and the
 * parity test (every setting has a CLI flag and an Action input with the same meaning and default) all read
 * this table; action.yml is checked against it.
 */
export interface SettingOption {
  /** The Settings field (dotted for source and output fields). */
  readonly setting: string;
  readonly cli: string;
  /** The CLI's metavariable, for `--flag VALUE`; absent for switches. */
  readonly value?: string;
  /** The Action's input, when it differs in name from the flag (the Action's own wording). */
  readonly input: string;
  /** The default as both sides spell it ('' = none). */
  readonly default: string;
  /** Where the Action's default differs on purpose, why. */
  readonly actionDefault?: { readonly value: string; readonly why: string };
  readonly repeatable?: boolean;
  /** A path (FILE, DIR) is taken from the Action's working-directory; `glob`: the Action expands globs. */
  readonly path?: 'file' | 'dir' | 'glob';
  readonly description: string;
}

export const SETTING_OPTIONS: readonly SettingOption[] = [
  {
    setting: 'policy',
    cli: 'policy',
    value: 'FILE',
    input: 'policy',
    default: '',
    description: 'the policy file (YAML, see policies/schema.json); required',
  },
  ...sourceOptions(),
  {
    setting: 'failOn',
    cli: 'fail-on',
    value: 'LEVEL',
    input: 'fail-on',
    default: DEFAULTS.failOn,
    description: 'error | warning | never: the lowest finding severity that fails the run',
  },
  {
    setting: 'failOnUnknown',
    cli: 'fail-on-unknown',
    value: 'BOOL',
    input: 'fail-on-unknown',
    default: String(DEFAULTS.failOnUnknown),
    description: 'true | false: whether what could not be decided (unknown) fails like proven drift',
  },
];
