import { decide } from '../engine/iam-policy.js';
import { deliveryRequests, deliveryTarget, recommendedPolicy } from '../engine/delivery.js';
import { trailFinding, trailsToCheck } from './helpers.js';
import type { Finding, Rule } from './types.js';

/**
 * Confused-deputy protection: the grants must hold only for this trail (aws:SourceArn) or this account
 * (aws:SourceAccount). Judged by asking whether a trail of another account would be let in
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cross-service-confused-deputy-prevention.html).
 */
export const logBucketSourceArn: Rule = {
  meta: {
    id: 'log-bucket-source-arn',
    title:
      "The log bucket's CloudTrail grants are limited to this trail (aws:SourceArn) or its account (aws:SourceAccount)",
    defaultSeverity: 'error',
    description:
      "Both grants (GetBucketAcl and PutObject) must carry an aws:SourceArn condition equal to (or an ArnLike pattern matching) the trail ARN, or an aws:SourceAccount condition, so that no other account's trail can write into the bucket.",
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const trail of trailsToCheck(ctx)) {
      const t = deliveryTarget(trail, ctx.facts);
      if (t.kind === 'unknown' || t.policy === null) continue; // log-bucket-delivery-grant reports these
      const policy = t.policy;
      const own = deliveryRequests(t, 'own');
      const foreign = deliveryRequests(t, 'foreign-trail');
      const open: string[] = [];
      const unsure: string[] = [];
      own.forEach(({ what, request }, i) => {
        if (decide(policy, request).allowed !== true) return; // no grant: not this rule's finding
        const f = decide(policy, foreign[i]!.request);
        if (f.allowed === true) open.push(what);
        else if (f.allowed === undefined) unsure.push(what);
      });
      const fix = () => ({
        text: "Add an aws:SourceArn condition with this trail's ARN to both statements:",
        ...recommendedPolicy(t),
      });
      if (open.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            'fail',
            `log bucket ${t.bucket}: ${open.join(', ')} is granted to CloudTrail without an aws:SourceArn or aws:SourceAccount condition, so a trail of any account can write there`,
            fix(),
          ),
        );
      else if (unsure.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            'unknown',
            `log bucket ${t.bucket}: cannot tell whether ${unsure.join(', ')} is limited to this trail`,
          ),
        );
    }
    return out;
  },
};
