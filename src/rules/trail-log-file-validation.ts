import { trailFinding, trailsToCheck } from './helpers.js';
import type { Finding, Rule } from './types.js';

/** Digest files prove that delivered logs were not changed or deleted (CIS AWS Foundations 3.2). */
export const trailLogFileValidation: Rule = {
  meta: {
    id: 'trail-log-file-validation',
    title: 'Trails have log file integrity validation enabled',
    defaultSeverity: 'warning',
    description:
      'enable_log_file_validation (EnableLogFileValidation) makes CloudTrail deliver signed digest files, so tampering with the recorded data events can be detected (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html).',
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const t of trailsToCheck(ctx)) {
      const v = t.logFileValidation;
      if (!v) continue;
      if (!v.known)
        out.push(trailFinding(this.meta, t, 'unknown', `log file validation is unknown (${v.detail})`));
      else if (!v.value)
        out.push(
          trailFinding(
            this.meta,
            t,
            'fail',
            `log file validation is off${v.defaulted ? ' (enable_log_file_validation defaults to false)' : ''}`,
            {
              text: 'Enable log file validation:',
              terraform: 'enable_log_file_validation = true',
            },
          ),
        );
      // Digest files are what validation checks the log files against: without them, nothing proves
      // the delivered logs were not changed (GetTrailStatus LatestDigestDeliveryError).
      if (t.digestDeliveryError)
        out.push(
          trailFinding(
            this.meta,
            t,
            'fail',
            `its last delivery of a digest file failed (GetTrailStatus LatestDigestDeliveryError: ${t.digestDeliveryError}), so the log files since then cannot be validated`,
          ),
        );
    }
    return out;
  },
};
