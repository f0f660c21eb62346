import { hclString } from '../engine/hcl-text.js';
import { evaluateCoverage } from '../engine/coverage.js';
import { known } from '../model/fact.js';
import { trailFinding, trailsToCheck } from './helpers.js';
import type { Finding, Rule } from './types.js';

/**
 * A trail that records data events of its own log bucket logs each of its deliveries, which is
 * delivered again, and so on (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html,
 * note under "Examples: Logging data events for Amazon S3 objects").
 */
export const logLoop: Rule = {
  meta: {
    id: 'log-loop',
    title: 'A trail does not record data events of its own log bucket',
    defaultSeverity: 'error',
    description:
      "Evaluates the trail's selectors on PutObject of its own log files (log bucket, [prefix/]AWSLogs/). If they are recorded, every delivery produces a new event to deliver.",
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const trail of trailsToCheck(ctx)) {
      const bucket = trail.logBucket;
      if (!bucket?.known || !bucket.value) continue;
      const prefix =
        trail.logPrefix?.known && trail.logPrefix.value
          ? trail.logPrefix.value.replace(/\/+$/, '') + '/'
          : '';
      const seen = ctx.facts.buckets.get(bucket.value);
      // A log bucket outside the source is assumed to be in the trail's home Region (where a loop can happen).
      const region = seen?.region.known ? seen.region : trail.homeRegion;
      const facts = {
        ...ctx.facts,
        recorders: [trail],
        buckets: new Map([
          [
            bucket.value,
            {
              name: bucket.value,
              origin: trail.origin,
              region,
              accountId: trail.accountId,
              partition: trail.partition.known ? trail.partition : known(ctx.facts.defaults.partition),
            },
          ],
        ]),
      };
      const r = evaluateCoverage(facts, {
        version: 1,
        file: ctx.policy.file,
        warnings: [],
        buckets: [
          {
            name: bucket.value,
            prefixes: [prefix + 'AWSLogs/'],
            eventsSpec: 'list',
            events: ['PutObject'],
            location: { file: ctx.policy.file, line: 1, column: 1 },
          },
        ],
      });
      const status = r.buckets[0]?.status;
      const arn = `arn:${trail.partition.known ? trail.partition.value : ctx.facts.defaults.partition}:s3:::${bucket.value}/`;
      const fix = {
        text: `Exclude the log bucket from the trail's data-event selectors (advanced selectors), or deliver to a bucket in another account:`,
        terraform: `field_selector {\n  field           = "resources.ARN"\n  not_starts_with = [${hclString(arn)}]\n}`,
      };
      if (status === 'covered' || status === 'partial')
        out.push(
          trailFinding(
            this.meta,
            trail,
            'fail',
            `records PutObject on its own log bucket ${bucket.value} (${prefix}AWSLogs/…): each delivery is logged and delivered again`,
            fix,
          ),
        );
      else if (status === 'unknown')
        out.push(
          trailFinding(
            this.meta,
            trail,
            'unknown',
            `cannot tell whether it records its own log bucket ${bucket.value}: ${r.buckets[0]?.events[0]?.gaps[0] ?? ''}`,
          ),
        );
    }
    return out;
  },
};
