import type { SettingOption } from '../app/settings.js';
import type { Policy } from '../config/policy.js';
import type { Facts } from '../model/facts.js';

/** What a source of some kind is asked to read (one plan file, the account, …). */
export interface SpecBase {
  readonly kind: string;
}

/** What one source learned: the state it describes and, for a change (a plan), the state before it. */
export interface Collected<S extends SpecBase = SpecBase> {
  readonly spec: S;
  readonly after: Facts;
  /** The state before the change, for the coverage diff (plans); absent for the live account. */
  readonly before?: Facts;
}

export interface SourceContext {
  readonly policy: Policy;
  /** What the sources that ran before this one found (every plan runs before the account). */
  readonly earlier: readonly Collected[];
  /** Where a long source tells how far it got (one line each, no newline); the caller decides if it shows. */
  readonly progress?: (line: string) => void;
}

/** Option values by the option's CLI name, as the CLI parsed them or the Action read them. */
export type OptionValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** A wrong option value; `option` is the CLI name, and each side says it in its own words. */
export class OptionError extends Error {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
    this.name = 'OptionError';
  }
}

/**
 * One kind of source of facts. A source only describes the world (defaults and unknowns included); it never
 * decides pass or fail. It owns its options (rows of the settings table, so the CLI, the Action, the help
 * and the README get them) and turns their values into specs. Heavy modules (the plan adapter, the AWS SDK)
 * are imported inside `collect`, so a run loads only what its sources need.
 */
export interface FactSource<S extends SpecBase = SpecBase> {
  readonly kind: S['kind'];
  readonly options: readonly SettingOption[];
  /** The specs the option values ask for (none when this source is not asked for). `flag` names an option. */
  specs(values: OptionValues, flag: (option: string) => string): readonly S[];
  collect(spec: S, ctx: SourceContext): Promise<Collected<S>>;
}
