# The read-only role s3-trail-guard assumes in a member account (README "Organization mode"), as a module:
# apply it in each member account (a provider per account), or deploy ../../cloudformation/member-role.yml
# to every account as a StackSet (../management/main.tf does that from Terraform).

variable "role_name" {
  type        = string
  default     = "S3TrailGuardReadOnly"
  description = "the --role-name / role-name the runs use"
}

variable "trusted_principal_arn" {
  type        = string
  description = "the role the runs use in the management (or CloudTrail delegated administrator) account"
}

# IAM stores a role named as principal by its unique ID: if the run's role is deleted and created again, this
# trust no longer matches it until the member role is applied again.
# https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles
data "aws_iam_policy_document" "trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [var.trusted_principal_arn]
    }
  }
}

data "aws_iam_policy_document" "member" {
  statement {
    sid    = "S3TrailGuardMemberReadOnly"
    effect = "Allow"
    actions = [
      "cloudtrail:DescribeTrails",
      "cloudtrail:GetEventDataStore",
      "cloudtrail:GetEventSelectors",
      "cloudtrail:GetTrailStatus",
      "cloudtrail:ListEventDataStores",
      "s3:GetBucketLocation",
      "s3:GetBucketLogging",
      "s3:GetBucketPolicy",
      "s3:ListAllMyBuckets",
    ]
    resources = ["*"]
  }
}

resource "aws_iam_role" "member" {
  name                 = var.role_name
  description          = "assumed by s3-trail-guard (session name s3-trail-guard)"
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  max_session_duration = 3600
}

resource "aws_iam_role_policy" "member" {
  name   = "S3TrailGuardMemberReadOnly"
  role   = aws_iam_role.member.id
  policy = data.aws_iam_policy_document.member.json
}

output "role_arn" {
  value = aws_iam_role.member.arn
}
