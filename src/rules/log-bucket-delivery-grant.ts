import { decide } from '../engine/iam-policy.js';
import {
  deliveryRequests,
  deliveryTarget,
  namedOrganizations,
  recommendedPolicy,
  requesterPays,
} from '../engine/delivery.js';
import { trailFinding, trailsToCheck } from './helpers.js';
import type { Finding, Rule } from './types.js';

/** Without these grants CloudTrail cannot deliver, so nothing the trail records reaches the bucket. */
export const logBucketDeliveryGrant: Rule = {
  meta: {
    id: 'log-bucket-delivery-grant',
    title: "The trail's log bucket policy lets CloudTrail check the ACL and write the trail's log files",
    defaultSeverity: 'error',
    description:
      "An Allow to cloudtrail.amazonaws.com for s3:GetBucketAcl on the bucket and s3:PutObject on [prefix/]AWSLogs/ACCOUNT/* (and AWSLogs/o-ORGID/* for an organization trail), valid for this trail's ARN and account, and no Deny that blocks them.",
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const trail of trailsToCheck(ctx)) {
      const payer = requesterPays(trail, ctx.facts);
      if (payer?.known && payer.value)
        out.push(
          trailFinding(
            this.meta,
            trail,
            'fail',
            `log bucket ${trail.kind === 'trail' && trail.logBucket.known ? trail.logBucket.value : ''} has Requester Pays (payer = Requester), which CloudTrail does not support: it cannot deliver`,
            {
              text: 'Let the bucket owner pay for requests to the log bucket:',
              terraform: 'payer = "BucketOwner" # aws_s3_bucket_request_payment_configuration',
            },
          ),
        );
      else if (payer && !payer.known)
        out.push(
          trailFinding(
            this.meta,
            trail,
            'unknown',
            `cannot tell whether the log bucket has Requester Pays (${payer.detail})`,
          ),
        );
      const t = deliveryTarget(trail, ctx.facts);
      if (t.kind === 'unknown') {
        out.push(trailFinding(this.meta, trail, 'unknown', `cannot check log delivery: ${t.detail}`));
        continue;
      }
      const fix = () => ({
        text: "Attach the bucket policy AWS documents for CloudTrail, with this trail's values:",
        ...recommendedPolicy(t),
      });
      if (t.policy === null) {
        out.push(
          trailFinding(
            this.meta,
            trail,
            'fail',
            `log bucket ${t.bucket} has no bucket policy${t.policyWhy ? ` once applied (${t.policyWhy})` : ''}, so CloudTrail cannot deliver its logs`,
            fix(),
          ),
        );
        continue;
      }
      const failed: string[] = [];
      const unknown: string[] = [];
      const accountPath: string[] = [];
      const named = namedOrganizations(t.policy);
      for (const { what, request, organization, accountPathOfOrgTrail } of deliveryRequests(t, 'own')) {
        const d = decide(t.policy, request);
        if (d.allowed === true) continue;
        // Only a warning matter (see below), whether denied or undecided.
        if (accountPathOfOrgTrail) {
          accountPath.push(d.allowed === false ? what : `${what} (cannot be checked)`);
          continue;
        }
        // A grant for one named organization (AWSLogs/o-abc123/*) cannot be checked against the trail's
        // organization when the facts do not give its ID.
        if (
          d.allowed === undefined ||
          (organization && named.length && !d.deniedBy.length && t.organizationId === undefined)
        )
          unknown.push(
            organization && named.length
              ? `${what} (the grant names ${named.join(', ')}; is it the trail's organization?)`
              : what,
          );
        else if (d.deniedBy.length)
          failed.push(
            `${what} is denied by ${d.deniedBy.map((s) => (s.sid ? `statement "${s.sid}"` : 'a Deny statement')).join(', ')}`,
          );
        else failed.push(`${what} is not allowed`);
      }
      if (failed.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            'fail',
            `log bucket ${t.bucket}: ${failed.join('; ')} — CloudTrail cannot deliver, so nothing this trail records is kept`,
            fix(),
          ),
        );
      else if (unknown.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            'unknown',
            `log bucket ${t.bucket}: cannot tell whether ${unknown.join(', ')} is allowed (values known only after apply)`,
          ),
        );
      if (accountPath.length)
        // AWS's organization-trail policy keeps the AWSLogs/ACCOUNT/ statement only "in the event the trail
        // is changed from an organization trail": today's deliveries do not need it, so a warning.
        out.push({
          ...trailFinding(
            this.meta,
            trail,
            accountPath.every((a) => a.endsWith('(cannot be checked)')) ? 'unknown' : 'fail',
            `log bucket ${t.bucket}: ${accountPath.join(', ')} under AWSLogs/${t.account.known ? t.account.value : 'ACCOUNT'}/ is not (or not provably) allowed; the organization trail delivers under AWSLogs/o-ORGID/, but logging stops if it is ever changed to a single-account trail (AWS's documented policy keeps that statement)`,
            fix(),
          ),
          severity: 'warning',
        });
    }
    return out;
  },
};
