# Apply in the management account (or the CloudTrail delegated administrator account; the StackSet part
# needs the management account or a StackSets delegated administrator): the policy of the role the runs
# use, and the member role in every account of the given OUs through a service-managed StackSet of
# ../../cloudformation/member-role.yml (new accounts get it automatically).

variable "ci_role_name" {
  type        = string
  description = "the role the runs use (e.g. assumed by GitHub Actions through OIDC)"
}

variable "member_role_name" {
  type    = string
  default = "S3TrailGuardReadOnly"
}

variable "organizational_unit_ids" {
  type        = list(string)
  description = "where the member role goes: the root (r-…) or OUs (ou-…)"
}

data "aws_partition" "current" {}

data "aws_iam_role" "ci" {
  name = var.ci_role_name
}

data "aws_iam_policy_document" "management" {
  statement {
    sid    = "S3TrailGuardOrganization"
    effect = "Allow"
    actions = [
      "organizations:DescribeOrganization",
      "organizations:ListAccounts",
    ]
    resources = ["*"]
  }
  statement {
    sid       = "S3TrailGuardAssumeMemberRole"
    effect    = "Allow"
    actions   = ["sts:AssumeRole"]
    resources = ["arn:${data.aws_partition.current.partition}:iam::*:role/${var.member_role_name}"]
  }
  # The run reads its own account with its own credentials.
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

resource "aws_iam_policy" "organization_scan" {
  name        = "S3TrailGuardOrganizationScan"
  description = "s3-trail-guard --organization"
  policy      = data.aws_iam_policy_document.management.json
}

resource "aws_iam_role_policy_attachment" "ci" {
  role       = data.aws_iam_role.ci.name
  policy_arn = aws_iam_policy.organization_scan.arn
}

resource "aws_cloudformation_stack_set" "member_role" {
  name             = "s3-trail-guard-member-role"
  permission_model = "SERVICE_MANAGED"
  capabilities     = ["CAPABILITY_NAMED_IAM"]
  template_body    = file("${path.module}/../../cloudformation/member-role.yml")
  parameters = {
    RoleName            = var.member_role_name
    TrustedPrincipalArn = data.aws_iam_role.ci.arn
  }
  auto_deployment {
    enabled                          = true
    retain_stacks_on_account_removal = false
  }
  lifecycle {
    ignore_changes = [administration_role_arn]
  }
}

# IAM is global: one Region is enough.
resource "aws_cloudformation_stack_set_instance" "member_role" {
  stack_set_name = aws_cloudformation_stack_set.member_role.name
  region         = "us-east-1"
  deployment_targets {
    organizational_unit_ids = var.organizational_unit_ids
  }
}
