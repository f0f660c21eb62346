import { describe } from '@jest/globals';
import { logBucketAclCondition } from '../../src/rules/log-bucket-acl-condition.js';
import { cloudTrailPolicy, deliveringTrail, factsOf, logBucket } from '../helpers/facts-builders.js';
import { ruleTable } from '../helpers/rule-tester.js';

const withPolicy = (doc: unknown | null | 'unknown') => factsOf([deliveringTrail()], [logBucket(doc)]);

describe('log-bucket-acl-condition', () => {
  ruleTable(
    logBucketAclCondition,
    [
      {
        name: 'StringEquals s3:x-amz-acl bucket-owner-full-control (seed article)',
        facts: withPolicy(cloudTrailPolicy()),
      },
      { name: 'no policy: reported by log-bucket-delivery-grant', facts: withPolicy(null) },
      { name: 'policy unknown: reported by log-bucket-delivery-grant', facts: withPolicy('unknown') },
      {
        name: 'ACL value known only after apply: the grant itself is unknown, reported by log-bucket-delivery-grant',
        facts: withPolicy(
          JSON.parse(
            JSON.stringify(cloudTrailPolicy()).replace(
              '"bucket-owner-full-control"',
              '{"$unknown":"var.acl"}',
            ),
          ),
        ),
      },
      {
        name: 'condition key written in another case (keys are case-insensitive)',
        facts: withPolicy(
          JSON.parse(JSON.stringify(cloudTrailPolicy()).replace('s3:x-amz-acl', 'S3:X-Amz-Acl')),
        ),
      },
    ],
    [
      {
        name: 'PutObject grant without the ACL condition (omitted)',
        facts: withPolicy(cloudTrailPolicy({ acl: false })),
        findings: [{ status: 'fail', message: 'bucket-owner-full-control' }],
      },
      {
        name: 'StringEqualsIfExists lets a request without the header through',
        facts: withPolicy(
          JSON.parse(
            JSON.stringify(cloudTrailPolicy()).replace(
              '"StringEquals":{"aws:SourceArn":"arn:aws:cloudtrail:us-east-1:111122223333:trail/t","s3:x-amz-acl"',
              '"StringEquals":{"aws:SourceArn":"arn:aws:cloudtrail:us-east-1:111122223333:trail/t"},"StringEqualsIfExists":{"s3:x-amz-acl"',
            ),
          ),
        ),
        findings: [{ status: 'fail' }],
      },
      {
        name: 'a second PutObject grant whose conditions are known only after apply',
        facts: withPolicy(
          cloudTrailPolicy({
            extra: [
              {
                Effect: 'Allow',
                Principal: { Service: 'cloudtrail.amazonaws.com' },
                Action: 's3:PutObject',
                Resource: 'arn:aws:s3:::audit-logs/*',
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
