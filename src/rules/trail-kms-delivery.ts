import { CLOUDTRAIL_PRINCIPAL } from '../engine/delivery.js';
import { decide, normalizePolicy } from '../engine/iam-policy.js';
import type { Str } from '../model/selectors.js';
import { trailFinding, trailsToCheck } from './helpers.js';
import type { Finding, Rule } from './types.js';

const str = (f: { known: true; value: string } | { known: false; detail: string }): Str =>
  f.known ? { known: true, value: f.value } : { known: false, detail: f.detail };

/**
 * With kms_key_id set, CloudTrail encrypts every log and digest file with the key: it calls
 * kms:GenerateDataKey as cloudtrail.amazonaws.com with the encryption context
 * aws:cloudtrail:arn = the trail's ARN, and delivers nothing when the key policy does not allow it or the
 * key is disabled (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html,
 * InsufficientEncryptionPolicyException in the CloudTrail API reference).
 */
export const trailKmsDelivery: Rule = {
  meta: {
    id: 'trail-kms-delivery',
    title: "CloudTrail may encrypt the trail's log files with its KMS key",
    defaultSeverity: 'error',
    description:
      "When kms_key_id is set, the key is enabled, in the log bucket's Region, and its key policy allows cloudtrail.amazonaws.com kms:GenerateDataKey* for this trail (encryption context aws:cloudtrail:arn, aws:SourceArn); otherwise CloudTrail cannot deliver (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail-encrypt.html).",
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const t of trailsToCheck(ctx)) {
      const id = t.kmsKeyId;
      if (id.known && !id.value) continue; // not encrypted with KMS: trail-kms's finding, not a delivery failure
      // Live mode reads no key policy: a key that blocks delivery shows as LatestDeliveryError, which the
      // coverage verdict already counts.
      if (t.origin.source === 'aws') continue;
      const key = t.kmsKey;
      if (!key) {
        out.push(
          trailFinding(
            this.meta,
            t,
            'unknown',
            `cannot tell whether CloudTrail may use the KMS key ${id.known ? id.value : '(known only after apply)'}: the key is not in the plan, so its policy and state cannot be checked`,
          ),
        );
        continue;
      }
      const failed: string[] = [];
      const undecided: string[] = [];
      if (!key.enabled.known) undecided.push(`whether ${key.origin.ref} is enabled (${key.enabled.detail})`);
      else if (!key.enabled.value) failed.push(`${key.origin.ref} is disabled (is_enabled = false)`);
      const bucket = t.logBucket.known ? ctx.facts.buckets.get(t.logBucket.value) : undefined;
      if (key.region.known && bucket?.region.known && key.region.value !== bucket.region.value)
        failed.push(
          `${key.origin.ref} is in ${key.region.value} and the log bucket ${bucket.name} in ${bucket.region.value} (the key must be in the bucket's Region)`,
        );
      const doc = key.policy.document;
      if (!doc.known) undecided.push(`whether the key policy allows CloudTrail (${doc.detail})`);
      else if (doc.value === null)
        failed.push(
          `${key.origin.ref} has no key policy of its own: the default key policy lets only the account's IAM principals use the key, not ${CLOUDTRAIL_PRINCIPAL}`,
        );
      else {
        let policy;
        try {
          policy = normalizePolicy(doc.value);
        } catch (e) {
          undecided.push(
            `whether the key policy allows CloudTrail (it is not an IAM policy: ${(e as Error).message})`,
          );
        }
        if (policy) {
          const arn = str(t.arn);
          // The request context of CloudTrail's GenerateDataKey: its service principal, the encryption
          // context AWS documents, and the confused-deputy keys AWS recommends conditioning on.
          const d = decide(policy, {
            servicePrincipal: CLOUDTRAIL_PRINCIPAL,
            action: 'kms:GenerateDataKey',
            resource: { known: false, detail: 'the key ARN' },
            keys: {
              'kms:encryptioncontext:aws:cloudtrail:arn': arn,
              'aws:sourcearn': arn,
              'aws:sourceaccount': str(t.accountId),
            },
          });
          const sids = (xs: readonly { sid?: string }[]) =>
            xs.map((s) => (s.sid ? `statement "${s.sid}"` : 'a Deny statement')).join(', ');
          if (d.deniedBy.length)
            failed.push(
              `the key policy of ${key.origin.ref} denies kms:GenerateDataKey by ${sids(d.deniedBy)}`,
            );
          else if (d.allowed === false)
            failed.push(
              `the key policy of ${key.origin.ref} does not allow ${CLOUDTRAIL_PRINCIPAL} kms:GenerateDataKey* for this trail`,
            );
          else if (d.allowed === undefined)
            undecided.push(
              `whether the key policy of ${key.origin.ref} allows kms:GenerateDataKey* for this trail`,
            );
        }
      }
      if (failed.length)
        out.push(
          trailFinding(
            this.meta,
            t,
            'fail',
            `CloudTrail cannot encrypt, so it delivers no log files: ${failed.join('; ')}${undecided.length ? `; also cannot tell ${undecided.join(', ')}` : ''}`,
            fix(t.accountId.known ? t.accountId.value : 'ACCOUNT_ID', t.arn.known ? t.arn.value : undefined),
          ),
        );
      else if (undecided.length)
        out.push(trailFinding(this.meta, t, 'unknown', `cannot tell ${undecided.join('; ')}`));
    }
    return out;
  },
};

function fix(account: string, trailArn: string | undefined): Finding['remediation'] {
  const partition = trailArn?.split(':')[1] ?? 'aws';
  const statement = {
    Sid: 'AllowCloudTrailEncryptLogs',
    Effect: 'Allow',
    Principal: { Service: CLOUDTRAIL_PRINCIPAL },
    Action: 'kms:GenerateDataKey*',
    Resource: '*',
    Condition: {
      StringLike: {
        'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${partition}:cloudtrail:*:${account}:trail/*`,
      },
      ...(trailArn ? { StringEquals: { 'aws:SourceArn': trailArn } } : {}),
    },
  };
  return {
    text: 'Enable the key and add this statement to its key policy (keep the statements that let your account administer the key):',
    json: JSON.stringify(statement, null, 2),
  };
}
