/**
 * Every rule id, sorted. The policy file's `require.rules` and `waivers[].rule` are checked against this
 * list; a meta-test keeps it equal to the registry in rules/index.ts.
 */
export const RULE_IDS = [
  'data-event-coverage',
  'invalid-selector',
  'log-bucket-acl-condition',
  'log-bucket-delivery-grant',
  'log-bucket-source-arn',
  'log-loop',
  'trail-cloudwatch-logs',
  'trail-kms',
  'trail-kms-delivery',
  'trail-log-file-validation',
  'trail-multi-region',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
