import { decide } from '../engine/iam-policy.js';
import { deliveryRequests, deliveryTarget, recommendedPolicy } from '../engine/delivery.js';
import { trailFinding, trailsToCheck } from './helpers.js';
import type { Finding, Rule } from './types.js';

/**
 * The PutObject grant should require `s3:x-amz-acl = bucket-owner-full-control`, so every log object is
 * owned by the bucket owner; the condition keeps working when ACLs are disabled (BucketOwnerEnforced)
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html).
 */
export const logBucketAclCondition: Rule = {
  meta: {
    id: 'log-bucket-acl-condition',
    title: 'The log bucket lets CloudTrail write only with the bucket-owner-full-control ACL',
    defaultSeverity: 'error',
    description:
      'The PutObject grant to cloudtrail.amazonaws.com must require s3:x-amz-acl = bucket-owner-full-control.',
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const trail of trailsToCheck(ctx)) {
      const t = deliveryTarget(trail, ctx.facts);
      if (t.kind === 'unknown' || t.policy === null) continue;
      const policy = t.policy;
      const own = deliveryRequests(t, 'own').filter((r) => r.request.action === 's3:PutObject');
      const variants = [deliveryRequests(t, 'no-acl'), deliveryRequests(t, 'other-acl')];
      const open = new Set<string>();
      const unsure = new Set<string>();
      own.forEach(({ what, request }, i) => {
        if (decide(policy, request).allowed !== true) return;
        for (const v of variants) {
          const a = decide(policy, v[i]!.request).allowed;
          if (a === true) open.add(what);
          else if (a === undefined) unsure.add(what);
        }
      });
      const fix = () => ({
        text: 'Require the bucket-owner-full-control ACL on the PutObject statement:',
        ...recommendedPolicy(t),
      });
      if (open.size)
        out.push(
          trailFinding(
            this.meta,
            trail,
            'fail',
            `log bucket ${t.bucket}: ${[...open].join(', ')} is granted without the condition s3:x-amz-acl = bucket-owner-full-control`,
            fix(),
          ),
        );
      else if (unsure.size)
        out.push(
          trailFinding(
            this.meta,
            trail,
            'unknown',
            `log bucket ${t.bucket}: cannot tell whether ${[...unsure].join(', ')} requires bucket-owner-full-control`,
          ),
        );
    }
    return out;
  },
};
