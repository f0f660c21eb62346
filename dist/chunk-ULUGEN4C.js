import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);

// src/model/s3-apis.ts
var S3_DATA_APIS = [
  { name: "AbortMultipartUpload", readOnly: false, bucketLevel: false },
  { name: "CompleteMultipartUpload", readOnly: false, bucketLevel: false },
  { name: "CopyObject", readOnly: false, bucketLevel: false },
  { name: "CreateMultipartUpload", readOnly: false, bucketLevel: false },
  { name: "DeleteObject", readOnly: false, bucketLevel: false },
  { name: "DeleteObjectTagging", readOnly: false, bucketLevel: false },
  { name: "DeleteObjects", readOnly: false, bucketLevel: true },
  { name: "GetObject", readOnly: true, bucketLevel: false },
  { name: "GetObjectAcl", readOnly: true, bucketLevel: false },
  { name: "GetObjectAttributes", readOnly: true, bucketLevel: false },
  { name: "GetObjectLegalHold", readOnly: true, bucketLevel: false },
  { name: "GetObjectRetention", readOnly: true, bucketLevel: false },
  { name: "GetObjectTagging", readOnly: true, bucketLevel: false },
  { name: "GetObjectTorrent", readOnly: true, bucketLevel: false },
  { name: "HeadBucket", readOnly: true, bucketLevel: true },
  { name: "HeadObject", readOnly: true, bucketLevel: false },
  { name: "ListObjectVersions", readOnly: true, bucketLevel: true, requestPrefix: true },
  { name: "ListObjects", readOnly: true, bucketLevel: true, requestPrefix: true },
  { name: "ListParts", readOnly: true, bucketLevel: false },
  { name: "PutObject", readOnly: false, bucketLevel: false },
  { name: "PutObjectAcl", readOnly: false, bucketLevel: false },
  { name: "PutObjectLegalHold", readOnly: false, bucketLevel: false },
  { name: "PutObjectRetention", readOnly: false, bucketLevel: false },
  { name: "PutObjectTagging", readOnly: false, bucketLevel: false },
  { name: "RestoreObject", readOnly: false, bucketLevel: false, readOnlyUnverified: true },
  { name: "SelectObjectContent", readOnly: true, bucketLevel: false, readOnlyUnverified: true },
  { name: "UpdateObjectEncryption", readOnly: false, bucketLevel: false },
  { name: "UploadPart", readOnly: false, bucketLevel: false },
  { name: "UploadPartCopy", readOnly: false, bucketLevel: false }
];
var S3_DATA_API_BY_NAME = new Map(
  S3_DATA_APIS.map((a) => [a.name, a])
);
var DIRECTORY_BUCKET_APIS = [
  { name: "AbortMultipartUpload", readOnly: false, bucketLevel: false },
  { name: "CompleteMultipartUpload", readOnly: false, bucketLevel: false },
  { name: "CopyObject", readOnly: false, bucketLevel: false },
  { name: "CreateMultipartUpload", readOnly: false, bucketLevel: false },
  { name: "CreateSession", readOnly: true, bucketLevel: true },
  { name: "DeleteObject", readOnly: false, bucketLevel: false },
  { name: "DeleteObjects", readOnly: false, bucketLevel: true },
  { name: "GetObject", readOnly: true, bucketLevel: false },
  { name: "GetObjectAttributes", readOnly: true, bucketLevel: false },
  { name: "HeadBucket", readOnly: true, bucketLevel: true },
  { name: "HeadObject", readOnly: true, bucketLevel: false },
  { name: "ListObjectsV2", readOnly: true, bucketLevel: true, requestPrefix: true },
  { name: "ListParts", readOnly: true, bucketLevel: false },
  { name: "PutObject", readOnly: false, bucketLevel: false },
  { name: "RenameObject", readOnly: false, bucketLevel: false },
  { name: "UploadPart", readOnly: false, bucketLevel: false },
  { name: "UploadPartCopy", readOnly: false, bucketLevel: false }
];
var DIRECTORY_BUCKET_API_BY_NAME = new Map(
  DIRECTORY_BUCKET_APIS.map((a) => [a.name, a])
);
function isDirectoryBucketName(name) {
  return name.endsWith("--x-s3");
}
function isTableBucketName(name) {
  return name.endsWith("--table-s3");
}
function bucketKindOf(name) {
  return isDirectoryBucketName(name) ? "directory" : "general-purpose";
}
function apisOf(kind) {
  return kind === "directory" ? DIRECTORY_BUCKET_APIS : S3_DATA_APIS;
}
function eventShapeOf(kind) {
  return kind === "directory" ? { resourcesType: "AWS::S3Express::Object", eventSource: "s3express.amazonaws.com" } : { resourcesType: "AWS::S3::Object", eventSource: "s3.amazonaws.com" };
}
var S3_API_ALIASES = /* @__PURE__ */ new Map([
  ["GetObjectLockLegalHold", "GetObjectLegalHold"],
  ["GetObjectLockRetention", "GetObjectRetention"],
  ["PutObjectLockLegalHold", "PutObjectLegalHold"],
  ["PutObjectLockRetention", "PutObjectRetention"]
]);
var NOT_S3_DATA_EVENTS = /* @__PURE__ */ new Map([
  [
    "ListMultipartUploads",
    "not in AWS's current list of S3 data events (for directory buckets AWS logs it as a management event)"
  ],
  [
    "PostObject",
    "no longer in AWS's list of S3 data events (whether CloudTrail records browser POST uploads, and under which eventName, is not documented)"
  ],
  [
    "ListObjectsV2",
    "recorded as ListObjects on general purpose buckets (a published record of a V2 listing shows eventName ListObjects); require ListObjects instead"
  ]
]);
function describeApis(names, all) {
  if (names.length === all.length && all.length > 1) return `all ${all.length} APIs`;
  if (names.length > all.length / 2 && all.length > 6) {
    const rest = all.filter((n) => !names.includes(n));
    return `${names.length} of ${all.length} APIs (all but ${rest.join(", ")})`;
  }
  return names.join(", ");
}

export {
  S3_DATA_APIS,
  S3_DATA_API_BY_NAME,
  DIRECTORY_BUCKET_APIS,
  DIRECTORY_BUCKET_API_BY_NAME,
  isDirectoryBucketName,
  isTableBucketName,
  bucketKindOf,
  apisOf,
  eventShapeOf,
  S3_API_ALIASES,
  NOT_S3_DATA_EVENTS,
  describeApis
};
