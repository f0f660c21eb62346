import { describe } from '@jest/globals';
import { logBucketSourceArn } from '../../src/rules/log-bucket-source-arn.js';
import { cloudTrailPolicy, deliveringTrail, factsOf, logBucket } from '../helpers/facts-builders.js';
import { ruleTable } from '../helpers/rule-tester.js';

const withPolicy = (doc: unknown | null | 'unknown') => factsOf([deliveringTrail()], [logBucket(doc)]);

describe('log-bucket-source-arn', () => {
  ruleTable(
    logBucketSourceArn,
    [
      { name: 'SourceArn equal to the trail ARN (seed article)', facts: withPolicy(cloudTrailPolicy()) },
      {
        name: "SourceAccount of the trail's account",
        facts: withPolicy(cloudTrailPolicy({ sourceArn: false, sourceAccount: '111122223333' })),
      },
      {
        name: "ArnLike over the account's trails",
        facts: withPolicy(
          cloudTrailPolicy({
            arnOperator: 'ArnLike',
            sourceArn: 'arn:aws:cloudtrail:*:111122223333:trail/*',
          }),
        ),
      },
      { name: 'no policy: reported by log-bucket-delivery-grant, not here', facts: withPolicy(null) },
      {
        name: 'SourceArn of another trail: no grant, reported by log-bucket-delivery-grant',
        facts: withPolicy(
          cloudTrailPolicy({ sourceArn: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/other' }),
        ),
      },
      { name: 'policy unknown: reported by log-bucket-delivery-grant', facts: withPolicy('unknown') },
    ],
    [
      {
        name: 'no SourceArn / SourceAccount (omitted, as in real plan 03)',
        facts: withPolicy(cloudTrailPolicy({ sourceArn: false })),
        findings: [{ status: 'fail', message: 'without an aws:SourceArn or aws:SourceAccount condition' }],
      },
      {
        name: 'StringLike with a wildcard account',
        facts: withPolicy(
          cloudTrailPolicy({ arnOperator: 'StringLike', sourceArn: 'arn:aws:cloudtrail:*:*:trail/*' }),
        ),
        findings: [{ status: 'fail' }],
      },
      {
        name: 'a second grant whose conditions are known only after apply',
        facts: withPolicy(
          cloudTrailPolicy({
            extra: [
              {
                Effect: 'Allow',
                Principal: { Service: 'cloudtrail.amazonaws.com' },
                Action: 's3:GetBucketAcl',
                Resource: 'arn:aws:s3:::audit-logs',
                Condition: { $unknown: 'data.aws_iam_policy_document.x' },
              },
            ],
          }),
        ),
        findings: [{ status: 'unknown' }],
      },
    ],
  );
});
