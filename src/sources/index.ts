import type { SettingOption } from '../app/settings.js';
import { awsSource, type AwsSpec } from './aws/source.js';
import { organizationSource, type OrganizationSpec } from './organization/source.js';
import type { Collected, FactSource, OptionValues, SourceContext } from './source.js';
import { terraformPlanSource, type TerraformPlanSpec } from './terraform-plan/source.js';

/** Every kind of source a run can read; a new source adds its spec here and its entry to SOURCES. */
export type SourceSpec = TerraformPlanSpec | AwsSpec | OrganizationSpec;

/** The one list of sources, in the order they run (the account last: it reuses what the plans know). */
// Each entry handles only its own kind of spec (collectAll routes by kind), hence the widening.
export const SOURCES = [
  terraformPlanSource,
  awsSource,
  organizationSource,
] as unknown as readonly FactSource<SourceSpec>[];

/** The sources' rows of the settings table. */
export function sourceOptions(): readonly SettingOption[] {
  return SOURCES.flatMap((s) => s.options);
}

/** The specs the option values ask for, source by source, in registry order. */
export function specsFrom(values: OptionValues, flag: (option: string) => string): SourceSpec[] {
  return SOURCES.flatMap((s) => [...s.specs(values, flag)]);
}

function sourceOf(kind: string, sources: readonly FactSource<SourceSpec>[]): FactSource<SourceSpec> {
  const s = sources.find((x) => x.kind === kind);
  if (!s) throw new Error(`no source of kind ${kind}`);
  return s;
}

/** Runs every source of the settings, in registry order, each seeing what the ones before it found. */
export async function collectAll(
  specs: readonly SourceSpec[],
  ctx: Omit<SourceContext, 'earlier'>,
  sources: readonly FactSource<SourceSpec>[] = SOURCES,
): Promise<Collected<SourceSpec>[]> {
  const rank = (s: SourceSpec) => sources.findIndex((x) => x.kind === s.kind);
  const ordered = [...specs].sort((a, b) => rank(a) - rank(b));
  const out: Collected<SourceSpec>[] = [];
  for (const spec of ordered)
    out.push(await sourceOf(spec.kind, sources).collect(spec, { ...ctx, earlier: out }));
  return out;
}
