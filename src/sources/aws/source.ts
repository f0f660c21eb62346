import type { FactSource } from '../source.js';

/**
 * The live account. The AWS SDK is imported only here, so plan mode never loads it. With plans, the Regions
 * they give their buckets are used (a bucket a plan creates does not exist yet for GetBucketLocation).
 */
export const awsSource: FactSource<'aws'> = {
  kind: 'aws',
  async collect(spec, ctx) {
    const { collectLiveFacts } = await import('./collect.js');
    const knownRegions = new Map<string, string>();
    for (const c of ctx.earlier)
      for (const b of c.after.buckets.values()) if (b.region.known) knownRegions.set(b.name, b.region.value);
    const after = await collectLiveFacts(ctx.policy, {
      ...(spec.region ? { region: spec.region } : {}),
      ...(knownRegions.size > 0 ? { knownRegions } : {}),
    });
    return { spec, after };
  },
};
