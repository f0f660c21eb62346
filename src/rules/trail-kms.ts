import { trailFinding, trailsToCheck } from './helpers.js';
import type { Finding, Rule } from './types.js';

/** SSE-KMS on the log files, so reading them needs a key grant as well as bucket access (CIS 3.5). */
export const trailKms: Rule = {
  meta: {
    id: 'trail-kms',
    title: 'Trails encrypt their log files with a KMS key',
    defaultSeverity: 'warning',
    description:
      "kms_key_id (KmsKeyId) makes CloudTrail encrypt log files with SSE-KMS; the key must be in the log bucket's Region and allow cloudtrail.amazonaws.com kms:GenerateDataKey* (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html).",
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const t of trailsToCheck(ctx)) {
      const k = t.kmsKeyId;
      if (!k) continue;
      // A key created in the same plan is unknown until apply but is set: that is a pass.
      if (!k.known) continue;
      if (!k.value)
        out.push(
          trailFinding(
            this.meta,
            t,
            'fail',
            'log files are not encrypted with a KMS key (kms_key_id is not set)',
            {
              text: 'Encrypt the log files with a customer managed key:',
              terraform: 'kms_key_id = aws_kms_key.cloudtrail.arn',
            },
          ),
        );
    }
    return out;
  },
};
