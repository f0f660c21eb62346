import type { SourceSpec } from '../app/settings.js';
import { awsSource } from './aws/source.js';
import type { Collected, FactSource, SourceContext } from './source.js';
import { terraformPlanSource } from './terraform-plan/source.js';

/** The one list of sources, in the order they run (the account last: it reuses what the plans know). */
export const SOURCES: readonly FactSource[] = [terraformPlanSource, awsSource] as readonly FactSource[];

export function sourceOf(kind: SourceSpec['kind'], sources = SOURCES): FactSource {
  const s = sources.find((x) => x.kind === kind);
  if (!s) throw new Error(`no source of kind ${kind}`);
  return s;
}

/** Runs every source of the settings, in registry order, each seeing what the ones before it found. */
export async function collectAll(
  specs: readonly SourceSpec[],
  ctx: Omit<SourceContext, 'earlier'>,
  sources = SOURCES,
): Promise<Collected[]> {
  const rank = (s: SourceSpec) => sources.findIndex((x) => x.kind === s.kind);
  const ordered = [...specs].sort((a, b) => rank(a) - rank(b));
  const out: Collected[] = [];
  for (const spec of ordered)
    out.push(await sourceOf(spec.kind, sources).collect(spec as never, { ...ctx, earlier: out }));
  return out;
}
