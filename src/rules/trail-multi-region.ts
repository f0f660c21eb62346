import { trailFinding, trailsToCheck } from './helpers.js';
import type { Finding, Rule } from './types.js';

/** Off by default: whether every trail must be multi-Region is an organisation's choice (CIS asks for it). */
export const trailMultiRegion: Rule = {
  meta: {
    id: 'trail-multi-region',
    title: 'Trails are multi-Region',
    defaultSeverity: 'error',
    offByDefault: true,
    description:
      'A single-Region trail records only its home Region, so a bucket created elsewhere is not covered (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-multi-region-trails.html). Turn on with require.rules.trail-multi-region.',
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const t of trailsToCheck(ctx)) {
      if (!t.multiRegion.known)
        out.push(
          trailFinding(this.meta, t, 'unknown', `is_multi_region_trail is unknown (${t.multiRegion.detail})`),
        );
      else if (!t.multiRegion.value)
        out.push(
          trailFinding(
            this.meta,
            t,
            'fail',
            `is a single-Region trail (${t.homeRegion.known ? t.homeRegion.value : 'home Region unknown'})${t.multiRegion.defaulted ? '; is_multi_region_trail defaults to false' : ''}`,
            {
              text: 'Make the trail multi-Region:',
              terraform: 'is_multi_region_trail = true',
            },
          ),
        );
    }
    return out;
  },
};
