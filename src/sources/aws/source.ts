import type { FactSource } from '../source.js';
import { OptionError } from '../source.js';
import type { LiveProgress } from './collect.js';

export interface AwsSpec {
  readonly kind: 'aws';
  readonly region?: string;
}

/**
 * The live account. The AWS SDK is imported only here, so plan mode never loads it. With plans, the Regions
 * they give their buckets are used (a bucket a plan creates does not exist yet for GetBucketLocation).
 */
export const awsSource: FactSource<AwsSpec> = {
  kind: 'aws',
  options: [
    {
      setting: 'sources[aws]',
      cli: 'live',
      input: 'mode',
      default: '',
      actionDefault: { value: 'auto', why: 'the Action picks plan or live mode from plan-file' },
      description: "read the live AWS account; with plans, the plans' resources are laid over it",
    },
    {
      setting: 'sources[aws].region',
      cli: 'region',
      value: 'REGION',
      input: 'aws-region',
      default: '',
      description: 'Region for AWS calls (else AWS_REGION, then AWS_DEFAULT_REGION); with --organization too',
    },
  ],
  specs(v, flag) {
    const region = typeof v['region'] === 'string' && v['region'] ? v['region'] : undefined;
    // --organization reads the caller's account itself (sources/organization), with --region.
    if (v['organization'] === true) return [];
    if (v['live'] !== true) {
      if (region)
        throw new OptionError(
          'region',
          `${flag('region')} is used only with ${flag('live')} or ${flag('organization')}`,
        );
      return [];
    }
    return [{ kind: 'aws', ...(region ? { region } : {}) }];
  },
  async collect(spec, ctx) {
    const { collectLiveFacts } = await import('./collect.js');
    const knownRegions = new Map<string, string>();
    for (const c of ctx.earlier)
      for (const b of c.after.buckets.values()) if (b.region.known) knownRegions.set(b.name, b.region.value);
    const { organizationIdReader } = await import('./organization-id.js');
    const progress = ctx.progress;
    // The organization's ID for organization trails (AWSLogs/o-ID/ grants), when the account shows one:
    // read beside the rest of collection from the moment a listing shows such a recorder.
    const organizationId = organizationIdReader(spec.region);
    let live;
    try {
      live = await collectLiveFacts(
        ctx.policy,
        {
          ...(spec.region ? { region: spec.region } : {}),
          ...(knownRegions.size > 0 ? { knownRegions } : {}),
        },
        {
          ...(progress ? { onProgress: (p) => progress(progressLine(p)) } : {}),
          onOrganizationRecorder: () => organizationId.prefetch(),
        },
      );
    } catch (e) {
      organizationId.dispose();
      throw e;
    }
    const after = await organizationId.apply(live);
    return { spec, after };
  },
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line of live progress, e.g. "live: eu-west-1: 2 trails or event data stores listed (3 AWS calls)". */
export function progressLine(p: LiveProgress): string {
  const calls = plural(p.calls, 'AWS call');
  if (p.phase === 'bucket-regions') return `live: Regions of ${plural(p.items, 'bucket')} read (${calls})`;
  if (p.phase === 'region-listing')
    return `live: ${p.region ?? '?'}: ${plural(p.items, 'trail or event data store', 'trails and event data stores')} listed (${calls})`;
  return `live: selectors, status and log bucket policies of ${plural(p.items, 'recorder')} read (${calls})`;
}
