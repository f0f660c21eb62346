import type { Finding, Rule } from './types.js';

/** Selectors CloudTrail would reject: `terraform apply` fails, so they record nothing. */
export const invalidSelector: Rule = {
  meta: {
    id: 'invalid-selector',
    title: 'Event selectors are ones the CloudTrail API accepts',
    defaultSeverity: 'error',
    description:
      'Flags selectors that PutEventSelectors or CreateEventDataStore reject (a bucket ARN without the trailing slash, wildcards, basic and advanced selectors on one trail, missing required fields, operators a field does not take, over the limits). Such a recorder is credited with nothing.',
  },
  check({ coverage }) {
    return coverage.invalidSelectors.map(({ recorder, problems }): Finding => ({
      ruleId: this.meta.id,
      severity: this.meta.defaultSeverity,
      status: 'fail',
      message: `${recorder.id}: the CloudTrail API would reject these selectors, so they record nothing: ${problems.join('; ')}`,
      trail: recorder.id,
      location: {
        ...(recorder.origin.file ? { file: recorder.origin.file } : {}),
        address: recorder.origin.ref,
        ...(recorder.origin.pointer ? { pointer: recorder.origin.pointer } : {}),
      },
    }));
  },
};
