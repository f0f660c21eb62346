import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  UNKNOWN_MARK,
  refusedDuplicates
} from "./chunk-CPV4HZ3R.js";
import {
  pushAll
} from "./chunk-YJWEW7O6.js";
import {
  DIRECTORY_BUCKET_APIS,
  DIRECTORY_BUCKET_API_BY_NAME,
  NOT_S3_DATA_EVENTS,
  S3_API_ALIASES,
  S3_DATA_APIS,
  S3_DATA_API_BY_NAME,
  VERSION,
  apisOf,
  bucketKindOf,
  describeApis,
  eventShapeOf,
  isDirectoryBucketName,
  isTableBucketName
} from "./chunk-F56IW7WK.js";
import {
  ADVANCED_OPERATORS,
  OPERATOR_ATTRIBUTES,
  known,
  unknown
} from "./chunk-2JB2PJZF.js";
import {
  ReadLimitError,
  readBoundedSync
} from "./chunk-GSQUWJZP.js";
import {
  InputError,
  errorMessage
} from "./chunk-2AG42DZR.js";

// src/config/policy-formats.ts
function isCalendarDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
var formats = { date: isCalendarDate };
function ucs2length(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// src/config/policy-validator.generated.ts
var policy_validator_generated_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/org/s3-trail-guard/policies/schema.json", "title": "s3-trail-guard policy", "description": "Lists the sensitive S3 buckets (and key prefixes) whose object-level activity must be recorded by CloudTrail data events.", "type": "object", "required": ["version", "buckets"], "additionalProperties": false, "properties": { "version": { "title": "Policy format version", "description": "Always 1. Lets later releases change the format without misreading older files.", "type": "integer", "const": 1 }, "buckets": { "title": "Sensitive buckets", "description": "Buckets whose object-level activity must be recorded. Each entry is either a bucket name (the whole bucket, every S3 data-event API) or a mapping with `name` and optional `prefixes`, `events`, `region`, `account` and `accept`. A bucket may be listed only once.", "type": "array", "minItems": 1, "items": { "title": "Bucket", "description": "A bucket name (shorthand for the whole bucket and every S3 data-event API) or a mapping with `name` and optional `prefixes`, `events`, `region`, `account` and `accept`.", "anyOf": [{ "title": "Bucket name (whole bucket, all events)", "description": "S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. Shorthand for `{ name: ..., prefixes: [''], events: all }`. \"*\" stands for every bucket the source knows (every aws_s3_bucket of the plan) that is not listed by name.", "type": "string", "pattern": "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$" }, { "title": "Bucket requirement", "description": "A bucket with the key prefixes and the S3 data-event APIs that must be recorded.", "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "title": "Bucket name", "description": 'S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. "*" stands for every bucket the source knows that is not listed by name.', "type": "string", "pattern": "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$" }, "prefixes": { "title": "Key prefixes", "description": "Object key prefixes that must be covered; default: the whole bucket (['']). Prefixes are literal key prefixes, compared character by character with the object key: no '*' wildcards, no leading '/'. 'exports/' covers 'exports/2024/a.csv'; 'exports' also covers 'exports-old/x'. A prefix already covered by a shorter listed prefix is dropped.", "type": "array", "minItems": 1, "uniqueItems": true, "default": [""], "items": { "title": "Key prefix", "description": "A literal object key prefix ('' is the whole bucket). No '*' wildcards; must not start with '/'.", "type": "string", "pattern": "^[^*]*$", "not": { "pattern": "^/" } } }, "events": { "title": "Required S3 data-event APIs", "description": "Which object-level API calls must be recorded: `all` (default, every S3 data-event API), `read` (the readOnly APIs such as GetObject), `write` (the others, such as PutObject and DeleteObject), or a list of CloudTrail eventName values such as [GetObject, PutObject].", "default": "all", "anyOf": [{ "title": "Event group", "description": "`all` (every S3 data-event API), `read` (readOnly APIs) or `write` (APIs that change objects).", "type": "string", "enum": ["all", "read", "write"] }, { "title": "List of S3 data-event API names", "description": "CloudTrail eventName values of S3 data events, such as GetObject, PutObject, DeleteObject. Older spellings (GetObjectLockLegalHold, ...) are accepted with a warning.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "title": "S3 data-event API name", "description": "A CloudTrail eventName such as GetObject or PutObject.", "type": "string", "examples": ["AbortMultipartUpload", "CompleteMultipartUpload", "CopyObject", "CreateMultipartUpload", "DeleteObject", "DeleteObjectTagging", "DeleteObjects", "GetObject", "GetObjectAcl", "GetObjectAttributes", "GetObjectLegalHold", "GetObjectRetention", "GetObjectTagging", "GetObjectTorrent", "HeadBucket", "HeadObject", "ListObjectVersions", "ListObjects", "ListParts", "PutObject", "PutObjectAcl", "PutObjectLegalHold", "PutObjectRetention", "PutObjectTagging", "RestoreObject", "SelectObjectContent", "UpdateObjectEncryption", "UploadPart", "UploadPartCopy"] } }] }, "region": { "title": "AWS region", "description": "The region the bucket is in, such as eu-west-1. Optional.", "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "account": { "title": "AWS account ID", "description": 'The 12-digit ID of the account that owns the bucket. Optional. Quote it ("011122223333") so YAML keeps it a string with its leading zeros.', "type": "string", "pattern": "^[0-9]{12}$" }, "accept": { "title": "Accepted secondary evidence", "description": 'Evidence other than CloudTrail that this bucket accepts. `server-access-logs`: when CloudTrail does not prove the bucket covered but S3 server access logging is on (to another existing bucket), the bucket is reported `covered` with the qualifier "by server access logs (best effort)". Server access logs are delivered best effort and late, without completeness guarantees, session detail or eventName. Default: none (CloudTrail only).', "type": "array", "uniqueItems": true, "items": { "title": "Evidence", "description": "`server-access-logs`: S3 server access logging of the bucket.", "type": "string", "enum": ["server-access-logs"] } } } }] } }, "require": { "title": "Rule settings", "description": "Switches and tunes the rules: their severity (or off), and which trails the trail and log-bucket rules look at.", "type": "object", "additionalProperties": false, "properties": { "trails": { "title": "Trails checked", "description": "Live mode: `covering` (default) checks the trails that record at least one sensitive bucket; `all` checks every trail the account shows. Plan mode always checks every trail in the plan (the change under review).", "type": "string", "enum": ["covering", "all"] }, "rules": { "title": "Rule severities", "description": "Severity per rule id: error (fails the check), warning, note, or off. `trail-multi-region` is off unless set here.", "type": "object", "propertyNames": { "enum": ["data-event-coverage", "invalid-selector", "log-bucket-acl-condition", "log-bucket-delivery-grant", "log-bucket-source-arn", "log-loop", "trail-cloudwatch-logs", "trail-kms", "trail-kms-delivery", "trail-log-file-validation", "trail-multi-region"] }, "additionalProperties": { "type": "string", "enum": ["error", "warning", "note", "off"] } } } }, "waivers": { "title": "Waivers", "description": "Accepted exceptions to a rule for a bucket or a trail, each with a reason and an optional expiry date. A waived finding is reported as waived and does not fail the check; an expired waiver no longer waives and is reported as a warning; a waiver that matches nothing is a warning.", "type": "array", "items": { "title": "Waiver", "description": "An accepted exception to a rule for a bucket or a trail.", "type": "object", "required": ["rule", "reason"], "additionalProperties": false, "properties": { "rule": { "title": "Rule", "description": "The ID of the rule that is waived.", "type": "string", "enum": ["data-event-coverage", "invalid-selector", "log-bucket-acl-condition", "log-bucket-delivery-grant", "log-bucket-source-arn", "log-loop", "trail-cloudwatch-logs", "trail-kms", "trail-kms-delivery", "trail-log-file-validation", "trail-multi-region"] }, "bucket": { "title": "Bucket", "description": "The bucket the waiver applies to.", "type": "string" }, "trail": { "title": "Trail", "description": "The trail the waiver applies to: its Terraform address, name or ARN.", "type": "string" }, "reason": { "title": "Reason", "description": "Why the exception is accepted (shown in reports).", "type": "string", "minLength": 1 }, "expires": { "title": "Expiry date", "description": "Last day the waiver applies, written YYYY-MM-DD. Quote it if your YAML tooling turns dates into timestamps.", "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } }, "anyOf": [{ "properties": { "bucket": { "type": "string" } }, "required": ["bucket"] }, { "properties": { "trail": { "type": "string" } }, "required": ["trail"] }] } } } };
var pattern0 = new RegExp("^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$", "u");
var pattern2 = new RegExp("^/", "u");
var pattern3 = new RegExp("^[^*]*$", "u");
var pattern4 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
var pattern5 = new RegExp("^[0-9]{12}$", "u");
var pattern6 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
var func2 = ucs2length;
var formats0 = formats.date;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.buckets === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "buckets" }, message: "must have required property 'buckets'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "buckets" || key0 === "require" || key0 === "waivers")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (1 !== data0) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.buckets !== void 0) {
      let data1 = data.buckets;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err5 = { instancePath: instancePath + "/buckets", schemaPath: "#/properties/buckets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          const _errs7 = errors;
          let valid3 = false;
          const _errs8 = errors;
          if (typeof data2 === "string") {
            if (!pattern0.test(data2)) {
              const err6 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$" }, message: 'must match pattern "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid0 = _errs8 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs10 = errors;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              if (data2.name === void 0) {
                const err8 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              for (const key1 in data2) {
                if (!(key1 === "name" || key1 === "prefixes" || key1 === "events" || key1 === "region" || key1 === "account" || key1 === "accept")) {
                  const err9 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              if (data2.name !== void 0) {
                let data3 = data2.name;
                if (typeof data3 === "string") {
                  if (!pattern0.test(data3)) {
                    const err10 = { instancePath: instancePath + "/buckets/" + i0 + "/name", schemaPath: "#/properties/buckets/items/anyOf/1/properties/name/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$" }, message: 'must match pattern "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$"' };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                } else {
                  const err11 = { instancePath: instancePath + "/buckets/" + i0 + "/name", schemaPath: "#/properties/buckets/items/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
              if (data2.prefixes !== void 0) {
                let data4 = data2.prefixes;
                if (Array.isArray(data4)) {
                  if (data4.length < 1) {
                    const err12 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes", schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                  const len1 = data4.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data5 = data4[i1];
                    const _errs19 = errors;
                    const _errs20 = errors;
                    if (typeof data5 === "string") {
                      if (!pattern2.test(data5)) {
                        const err13 = {};
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                    var valid7 = _errs20 === errors;
                    if (valid7) {
                      const err14 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes/" + i1, schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/items/not", keyword: "not", params: {}, message: "must NOT be valid" };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    } else {
                      errors = _errs19;
                      if (vErrors !== null) {
                        if (_errs19) {
                          vErrors.length = _errs19;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    if (typeof data5 === "string") {
                      if (!pattern3.test(data5)) {
                        const err15 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes/" + i1, schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/items/pattern", keyword: "pattern", params: { pattern: "^[^*]*$" }, message: 'must match pattern "^[^*]*$"' };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                    } else {
                      const err16 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes/" + i1, schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  }
                  let i2 = data4.length;
                  let j0;
                  if (i2 > 1) {
                    const indices0 = {};
                    for (; i2--; ) {
                      let item0 = data4[i2];
                      if (typeof item0 !== "string") {
                        continue;
                      }
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err17 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes", schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                        break;
                      }
                      indices0[item0] = i2;
                    }
                  }
                } else {
                  const err18 = { instancePath: instancePath + "/buckets/" + i0 + "/prefixes", schemaPath: "#/properties/buckets/items/anyOf/1/properties/prefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              if (data2.events !== void 0) {
                let data6 = data2.events;
                const _errs22 = errors;
                let valid9 = false;
                const _errs23 = errors;
                if (typeof data6 !== "string") {
                  const err19 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (!(data6 === "all" || data6 === "read" || data6 === "write")) {
                  const err20 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.buckets.items.anyOf[1].properties.events.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                var _valid1 = _errs23 === errors;
                valid9 = valid9 || _valid1;
                if (!valid9) {
                  const _errs25 = errors;
                  if (Array.isArray(data6)) {
                    if (data6.length < 1) {
                      const err21 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    const len2 = data6.length;
                    for (let i3 = 0; i3 < len2; i3++) {
                      if (typeof data6[i3] !== "string") {
                        const err22 = { instancePath: instancePath + "/buckets/" + i0 + "/events/" + i3, schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                    let i4 = data6.length;
                    let j1;
                    if (i4 > 1) {
                      const indices1 = {};
                      for (; i4--; ) {
                        let item1 = data6[i4];
                        if (typeof item1 !== "string") {
                          continue;
                        }
                        if (typeof indices1[item1] == "number") {
                          j1 = indices1[item1];
                          const err23 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                          break;
                        }
                        indices1[item1] = i4;
                      }
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                  var _valid1 = _errs25 === errors;
                  valid9 = valid9 || _valid1;
                }
                if (!valid9) {
                  const err25 = { instancePath: instancePath + "/buckets/" + i0 + "/events", schemaPath: "#/properties/buckets/items/anyOf/1/properties/events/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                } else {
                  errors = _errs22;
                  if (vErrors !== null) {
                    if (_errs22) {
                      vErrors.length = _errs22;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data2.region !== void 0) {
                let data8 = data2.region;
                if (typeof data8 === "string") {
                  if (!pattern4.test(data8)) {
                    const err26 = { instancePath: instancePath + "/buckets/" + i0 + "/region", schemaPath: "#/properties/buckets/items/anyOf/1/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                } else {
                  const err27 = { instancePath: instancePath + "/buckets/" + i0 + "/region", schemaPath: "#/properties/buckets/items/anyOf/1/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data2.account !== void 0) {
                let data9 = data2.account;
                if (typeof data9 === "string") {
                  if (!pattern5.test(data9)) {
                    const err28 = { instancePath: instancePath + "/buckets/" + i0 + "/account", schemaPath: "#/properties/buckets/items/anyOf/1/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/buckets/" + i0 + "/account", schemaPath: "#/properties/buckets/items/anyOf/1/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data2.accept !== void 0) {
                let data10 = data2.accept;
                if (Array.isArray(data10)) {
                  const len3 = data10.length;
                  for (let i5 = 0; i5 < len3; i5++) {
                    let data11 = data10[i5];
                    if (typeof data11 !== "string") {
                      const err30 = { instancePath: instancePath + "/buckets/" + i0 + "/accept/" + i5, schemaPath: "#/properties/buckets/items/anyOf/1/properties/accept/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    if (!(data11 === "server-access-logs")) {
                      const err31 = { instancePath: instancePath + "/buckets/" + i0 + "/accept/" + i5, schemaPath: "#/properties/buckets/items/anyOf/1/properties/accept/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.buckets.items.anyOf[1].properties.accept.items.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  }
                  let i6 = data10.length;
                  let j2;
                  if (i6 > 1) {
                    const indices2 = {};
                    for (; i6--; ) {
                      let item2 = data10[i6];
                      if (typeof item2 !== "string") {
                        continue;
                      }
                      if (typeof indices2[item2] == "number") {
                        j2 = indices2[item2];
                        const err32 = { instancePath: instancePath + "/buckets/" + i0 + "/accept", schemaPath: "#/properties/buckets/items/anyOf/1/properties/accept/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                        break;
                      }
                      indices2[item2] = i6;
                    }
                  }
                } else {
                  const err33 = { instancePath: instancePath + "/buckets/" + i0 + "/accept", schemaPath: "#/properties/buckets/items/anyOf/1/properties/accept/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
            } else {
              const err34 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            var _valid0 = _errs10 === errors;
            valid3 = valid3 || _valid0;
          }
          if (!valid3) {
            const err35 = { instancePath: instancePath + "/buckets/" + i0, schemaPath: "#/properties/buckets/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          } else {
            errors = _errs7;
            if (vErrors !== null) {
              if (_errs7) {
                vErrors.length = _errs7;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/buckets", schemaPath: "#/properties/buckets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.require !== void 0) {
      let data12 = data.require;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key2 in data12) {
          if (!(key2 === "trails" || key2 === "rules")) {
            const err37 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data12.trails !== void 0) {
          let data13 = data12.trails;
          if (typeof data13 !== "string") {
            const err38 = { instancePath: instancePath + "/require/trails", schemaPath: "#/properties/require/properties/trails/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (!(data13 === "covering" || data13 === "all")) {
            const err39 = { instancePath: instancePath + "/require/trails", schemaPath: "#/properties/require/properties/trails/enum", keyword: "enum", params: { allowedValues: schema11.properties.require.properties.trails.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data12.rules !== void 0) {
          let data14 = data12.rules;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key3 in data14) {
              const _errs44 = errors;
              if (!(key3 === "data-event-coverage" || key3 === "invalid-selector" || key3 === "log-bucket-acl-condition" || key3 === "log-bucket-delivery-grant" || key3 === "log-bucket-source-arn" || key3 === "log-loop" || key3 === "trail-cloudwatch-logs" || key3 === "trail-kms" || key3 === "trail-kms-delivery" || key3 === "trail-log-file-validation" || key3 === "trail-multi-region")) {
                const err40 = { instancePath: instancePath + "/require/rules", schemaPath: "#/properties/require/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.require.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key3 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              var valid17 = _errs44 === errors;
              if (!valid17) {
                const err41 = { instancePath: instancePath + "/require/rules", schemaPath: "#/properties/require/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            for (const key4 in data14) {
              let data15 = data14[key4];
              if (typeof data15 !== "string") {
                const err42 = { instancePath: instancePath + "/require/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/require/properties/rules/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              if (!(data15 === "error" || data15 === "warning" || data15 === "note" || data15 === "off")) {
                const err43 = { instancePath: instancePath + "/require/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/require/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.require.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/require/rules", schemaPath: "#/properties/require/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data16 = data.waivers;
      if (Array.isArray(data16)) {
        const len4 = data16.length;
        for (let i7 = 0; i7 < len4; i7++) {
          let data17 = data16[i7];
          const _errs52 = errors;
          let valid21 = false;
          const _errs53 = errors;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.bucket === void 0) {
              const err46 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/anyOf/0/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property 'bucket'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data17.bucket !== void 0) {
              if (typeof data17.bucket !== "string") {
                const err47 = { instancePath: instancePath + "/waivers/" + i7 + "/bucket", schemaPath: "#/properties/waivers/items/anyOf/0/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          }
          var _valid2 = _errs53 === errors;
          valid21 = valid21 || _valid2;
          if (!valid21) {
            const _errs56 = errors;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
              if (data17.trail === void 0) {
                const err48 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/anyOf/1/required", keyword: "required", params: { missingProperty: "trail" }, message: "must have required property 'trail'" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              if (data17.trail !== void 0) {
                if (typeof data17.trail !== "string") {
                  const err49 = { instancePath: instancePath + "/waivers/" + i7 + "/trail", schemaPath: "#/properties/waivers/items/anyOf/1/properties/trail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
            }
            var _valid2 = _errs56 === errors;
            valid21 = valid21 || _valid2;
          }
          if (!valid21) {
            const err50 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          } else {
            errors = _errs52;
            if (vErrors !== null) {
              if (_errs52) {
                vErrors.length = _errs52;
              } else {
                vErrors = null;
              }
            }
          }
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.rule === void 0) {
              const err51 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data17.reason === void 0) {
              const err52 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            for (const key5 in data17) {
              if (!(key5 === "rule" || key5 === "bucket" || key5 === "trail" || key5 === "reason" || key5 === "expires")) {
                const err53 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data17.rule !== void 0) {
              let data20 = data17.rule;
              if (typeof data20 !== "string") {
                const err54 = { instancePath: instancePath + "/waivers/" + i7 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (!(data20 === "data-event-coverage" || data20 === "invalid-selector" || data20 === "log-bucket-acl-condition" || data20 === "log-bucket-delivery-grant" || data20 === "log-bucket-source-arn" || data20 === "log-loop" || data20 === "trail-cloudwatch-logs" || data20 === "trail-kms" || data20 === "trail-kms-delivery" || data20 === "trail-log-file-validation" || data20 === "trail-multi-region")) {
                const err55 = { instancePath: instancePath + "/waivers/" + i7 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/enum", keyword: "enum", params: { allowedValues: schema11.properties.waivers.items.properties.rule.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data17.bucket !== void 0) {
              if (typeof data17.bucket !== "string") {
                const err56 = { instancePath: instancePath + "/waivers/" + i7 + "/bucket", schemaPath: "#/properties/waivers/items/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data17.trail !== void 0) {
              if (typeof data17.trail !== "string") {
                const err57 = { instancePath: instancePath + "/waivers/" + i7 + "/trail", schemaPath: "#/properties/waivers/items/properties/trail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data17.reason !== void 0) {
              let data23 = data17.reason;
              if (typeof data23 === "string") {
                if (func2(data23) < 1) {
                  const err58 = { instancePath: instancePath + "/waivers/" + i7 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/waivers/" + i7 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data17.expires !== void 0) {
              let data24 = data17.expires;
              if (typeof data24 === "string") {
                if (!pattern6.test(data24)) {
                  const err60 = { instancePath: instancePath + "/waivers/" + i7 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (!formats0(data24)) {
                  const err61 = { instancePath: instancePath + "/waivers/" + i7 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/waivers/" + i7 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
  } else {
    const err65 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err65];
    } else {
      vErrors.push(err65);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// policies/schema.json
var schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/org/s3-trail-guard/policies/schema.json",
  title: "s3-trail-guard policy",
  description: "Lists the sensitive S3 buckets (and key prefixes) whose object-level activity must be recorded by CloudTrail data events.",
  type: "object",
  required: ["version", "buckets"],
  additionalProperties: false,
  properties: {
    version: {
      title: "Policy format version",
      description: "Always 1. Lets later releases change the format without misreading older files.",
      type: "integer",
      const: 1
    },
    buckets: {
      title: "Sensitive buckets",
      description: "Buckets whose object-level activity must be recorded. Each entry is either a bucket name (the whole bucket, every S3 data-event API) or a mapping with `name` and optional `prefixes`, `events`, `region`, `account` and `accept`. A bucket may be listed only once.",
      type: "array",
      minItems: 1,
      items: {
        title: "Bucket",
        description: "A bucket name (shorthand for the whole bucket and every S3 data-event API) or a mapping with `name` and optional `prefixes`, `events`, `region`, `account` and `accept`.",
        anyOf: [
          {
            title: "Bucket name (whole bucket, all events)",
            description: "S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. Shorthand for `{ name: ..., prefixes: [''], events: all }`. \"*\" stands for every bucket the source knows (every aws_s3_bucket of the plan) that is not listed by name.",
            type: "string",
            pattern: "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$"
          },
          {
            title: "Bucket requirement",
            description: "A bucket with the key prefixes and the S3 data-event APIs that must be recorded.",
            type: "object",
            required: ["name"],
            additionalProperties: false,
            properties: {
              name: {
                title: "Bucket name",
                description: 'S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. "*" stands for every bucket the source knows that is not listed by name.',
                type: "string",
                pattern: "^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|\\*)$"
              },
              prefixes: {
                title: "Key prefixes",
                description: "Object key prefixes that must be covered; default: the whole bucket (['']). Prefixes are literal key prefixes, compared character by character with the object key: no '*' wildcards, no leading '/'. 'exports/' covers 'exports/2024/a.csv'; 'exports' also covers 'exports-old/x'. A prefix already covered by a shorter listed prefix is dropped.",
                type: "array",
                minItems: 1,
                uniqueItems: true,
                default: [""],
                items: {
                  title: "Key prefix",
                  description: "A literal object key prefix ('' is the whole bucket). No '*' wildcards; must not start with '/'.",
                  type: "string",
                  pattern: "^[^*]*$",
                  not: {
                    pattern: "^/"
                  }
                }
              },
              events: {
                title: "Required S3 data-event APIs",
                description: "Which object-level API calls must be recorded: `all` (default, every S3 data-event API), `read` (the readOnly APIs such as GetObject), `write` (the others, such as PutObject and DeleteObject), or a list of CloudTrail eventName values such as [GetObject, PutObject].",
                default: "all",
                anyOf: [
                  {
                    title: "Event group",
                    description: "`all` (every S3 data-event API), `read` (readOnly APIs) or `write` (APIs that change objects).",
                    type: "string",
                    enum: ["all", "read", "write"]
                  },
                  {
                    title: "List of S3 data-event API names",
                    description: "CloudTrail eventName values of S3 data events, such as GetObject, PutObject, DeleteObject. Older spellings (GetObjectLockLegalHold, ...) are accepted with a warning.",
                    type: "array",
                    minItems: 1,
                    uniqueItems: true,
                    items: {
                      title: "S3 data-event API name",
                      description: "A CloudTrail eventName such as GetObject or PutObject.",
                      type: "string",
                      examples: [
                        "AbortMultipartUpload",
                        "CompleteMultipartUpload",
                        "CopyObject",
                        "CreateMultipartUpload",
                        "DeleteObject",
                        "DeleteObjectTagging",
                        "DeleteObjects",
                        "GetObject",
                        "GetObjectAcl",
                        "GetObjectAttributes",
                        "GetObjectLegalHold",
                        "GetObjectRetention",
                        "GetObjectTagging",
                        "GetObjectTorrent",
                        "HeadBucket",
                        "HeadObject",
                        "ListObjectVersions",
                        "ListObjects",
                        "ListParts",
                        "PutObject",
                        "PutObjectAcl",
                        "PutObjectLegalHold",
                        "PutObjectRetention",
                        "PutObjectTagging",
                        "RestoreObject",
                        "SelectObjectContent",
                        "UpdateObjectEncryption",
                        "UploadPart",
                        "UploadPartCopy"
                      ]
                    }
                  }
                ]
              },
              region: {
                title: "AWS region",
                description: "The region the bucket is in, such as eu-west-1. Optional.",
                type: "string",
                pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$"
              },
              account: {
                title: "AWS account ID",
                description: 'The 12-digit ID of the account that owns the bucket. Optional. Quote it ("011122223333") so YAML keeps it a string with its leading zeros.',
                type: "string",
                pattern: "^[0-9]{12}$"
              },
              accept: {
                title: "Accepted secondary evidence",
                description: 'Evidence other than CloudTrail that this bucket accepts. `server-access-logs`: when CloudTrail does not prove the bucket covered but S3 server access logging is on (to another existing bucket), the bucket is reported `covered` with the qualifier "by server access logs (best effort)". Server access logs are delivered best effort and late, without completeness guarantees, session detail or eventName. Default: none (CloudTrail only).',
                type: "array",
                uniqueItems: true,
                items: {
                  title: "Evidence",
                  description: "`server-access-logs`: S3 server access logging of the bucket.",
                  type: "string",
                  enum: ["server-access-logs"]
                }
              }
            }
          }
        ]
      }
    },
    require: {
      title: "Rule settings",
      description: "Switches and tunes the rules: their severity (or off), and which trails the trail and log-bucket rules look at.",
      type: "object",
      additionalProperties: false,
      properties: {
        trails: {
          title: "Trails checked",
          description: "Live mode: `covering` (default) checks the trails that record at least one sensitive bucket; `all` checks every trail the account shows. Plan mode always checks every trail in the plan (the change under review).",
          type: "string",
          enum: ["covering", "all"]
        },
        rules: {
          title: "Rule severities",
          description: "Severity per rule id: error (fails the check), warning, note, or off. `trail-multi-region` is off unless set here.",
          type: "object",
          propertyNames: {
            enum: [
              "data-event-coverage",
              "invalid-selector",
              "log-bucket-acl-condition",
              "log-bucket-delivery-grant",
              "log-bucket-source-arn",
              "log-loop",
              "trail-cloudwatch-logs",
              "trail-kms",
              "trail-kms-delivery",
              "trail-log-file-validation",
              "trail-multi-region"
            ]
          },
          additionalProperties: {
            type: "string",
            enum: ["error", "warning", "note", "off"]
          }
        }
      }
    },
    waivers: {
      title: "Waivers",
      description: "Accepted exceptions to a rule for a bucket or a trail, each with a reason and an optional expiry date. A waived finding is reported as waived and does not fail the check; an expired waiver no longer waives and is reported as a warning; a waiver that matches nothing is a warning.",
      type: "array",
      items: {
        title: "Waiver",
        description: "An accepted exception to a rule for a bucket or a trail.",
        type: "object",
        required: ["rule", "reason"],
        additionalProperties: false,
        properties: {
          rule: {
            title: "Rule",
            description: "The ID of the rule that is waived.",
            type: "string",
            enum: [
              "data-event-coverage",
              "invalid-selector",
              "log-bucket-acl-condition",
              "log-bucket-delivery-grant",
              "log-bucket-source-arn",
              "log-loop",
              "trail-cloudwatch-logs",
              "trail-kms",
              "trail-kms-delivery",
              "trail-log-file-validation",
              "trail-multi-region"
            ]
          },
          bucket: {
            title: "Bucket",
            description: "The bucket the waiver applies to.",
            type: "string"
          },
          trail: {
            title: "Trail",
            description: "The trail the waiver applies to: its Terraform address, name or ARN.",
            type: "string"
          },
          reason: {
            title: "Reason",
            description: "Why the exception is accepted (shown in reports).",
            type: "string",
            minLength: 1
          },
          expires: {
            title: "Expiry date",
            description: "Last day the waiver applies, written YYYY-MM-DD. Quote it if your YAML tooling turns dates into timestamps.",
            type: "string",
            format: "date",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          }
        },
        anyOf: [
          {
            properties: {
              bucket: {
                type: "string"
              }
            },
            required: ["bucket"]
          },
          {
            properties: {
              trail: {
                type: "string"
              }
            },
            required: ["trail"]
          }
        ]
      }
    }
  }
};

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where2 = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where2 += 'in "' + exception2.mark.name + '" ';
    }
    where2 += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where2 += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where2;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value2 = data;
    let sign = 1;
    let ch = value2[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value2 = value2.slice(1);
      ch = value2[0];
    }
    if (value2 === "0") return 0;
    if (ch === "0") {
      if (value2[1] === "b") return sign * parseInt(value2.slice(2), 2);
      if (value2[1] === "x") return sign * parseInt(value2.slice(2), 16);
      if (value2[1] === "o") return sign * parseInt(value2.slice(2), 8);
    }
    return sign * parseInt(value2, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value2 = data.toLowerCase();
    const sign = value2[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value2[0]) >= 0) {
      value2 = value2.slice(1);
    }
    if (value2 === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value2 === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value2, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code2 = map2.indexOf(data.charAt(idx));
      if (code2 > 64) continue;
      if (code2 < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value2) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value: value2
      });
    } else {
      object[key] = value2;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value2) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value2;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str22) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str22)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip2 = string[string.length - 1] === "\n";
    const keep = clip2 && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip2 ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value2 = object[index];
      if (state.replacer) {
        value2 = state.replacer.call(object, String(index), value2);
      }
      if (writeNode(state, level, value2, false, false) || typeof value2 === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value2 = object[index];
      if (state.replacer) {
        value2 = state.replacer.call(object, String(index), value2);
      }
      if (writeNode(state, level + 1, value2, true, true, false, true) || typeof value2 === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value2 = input;
    if (state.replacer) {
      value2 = state.replacer.call({ "": value2 }, "", value2);
    }
    if (writeNode(state, 0, value2, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/config/yaml-source.ts
var YamlSourceError = class extends Error {
  constructor(reason, position, syntax) {
    super(`${position.line}:${position.column}: ${reason}`);
    this.reason = reason;
    this.position = position;
    this.syntax = syntax;
    this.name = "YamlSourceError";
  }
  reason;
  position;
  syntax;
};
var DEFAULT_YAML_LIMITS = { maxNodes: 1e5, maxDepth: 100 };
var SCHEMA = CORE_SCHEMA.extend({
  implicit: [types.merge]
});
function parseYaml(text2, limits = DEFAULT_YAML_LIMITS) {
  let input = text2;
  const roots = [];
  const stack = [];
  let docs;
  try {
    docs = loadAll(text2, null, {
      schema: SCHEMA,
      listener(event, state) {
        input = state.input;
        if (event === "open") {
          stack.push({ open: state.position, close: -1, kind: null, result: void 0, children: [] });
          return;
        }
        const node = stack.pop();
        if (!node) return;
        node.close = state.position;
        node.kind = state.kind ?? null;
        node.result = state.result;
        (stack.at(-1)?.children ?? roots).push(node);
      }
    });
  } catch (e) {
    if (e instanceof YAMLException) {
      const mark = e.mark;
      const position = mark ? { line: mark.line + 1, column: mark.column + 1 } : { line: 1, column: 1 };
      throw new YamlSourceError(e.reason, position, true);
    }
    throw e;
  }
  const src = new Source(input);
  if (docs.length > 1) {
    const second = roots[1];
    const at = second ? src.documentMarkerBefore(second.open) : 0;
    throw new YamlSourceError(
      'expected a single YAML document, found a second one (remove the "---" separator)',
      src.position(at),
      true
    );
  }
  const root = roots[0];
  if (docs.length === 0 || !root || src.isEmpty(root)) {
    return { value: void 0, at: () => ({ line: 1, column: 1 }), keyAt: () => ({ line: 1, column: 1 }) };
  }
  const value2 = docs[0];
  checkExpansion(value2, root, src, limits);
  const table = /* @__PURE__ */ new Map();
  const rootStart = src.start(root);
  table.set("", { value: rootStart });
  src.walk(root, "", table);
  const lookup = (pointer) => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
      const entry = table.get(p);
      if (entry) return entry;
      if (p === "") return { value: rootStart };
    }
  };
  return {
    value: value2,
    at: (pointer) => src.position(lookup(pointer).value),
    keyAt: (pointer) => {
      const entry = table.get(pointer);
      return src.position(entry?.key ?? lookup(pointer).value);
    }
  };
}
function escapePointerToken(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
var Source = class {
  constructor(input) {
    this.input = input;
    for (let i = 0; i < input.length; i++) {
      const ch = input.charCodeAt(i);
      if (ch === 10 || ch === 13 && input.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }
  input;
  lineStarts = [0];
  position(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }
  /** Mirrors js-yaml's skipSeparationSpace: blanks, line breaks and comments. */
  skipSeparation(offset) {
    const s = this.input;
    let p = offset;
    for (; ; ) {
      while (s[p] === " " || s[p] === "	") p++;
      if (s[p] === "#") while (p < s.length && s[p] !== "\n" && s[p] !== "\r" && s[p] !== "\0") p++;
      if (s[p] === "\n" || s[p] === "\r") p++;
      else return p;
    }
  }
  /** Skips anchors and tags in front of a node's content. */
  skipProperties(offset) {
    const s = this.input;
    let p = offset;
    while (s[p] === "&" || s[p] === "!") {
      while (p < s.length && !/[\s\0]/.test(s[p] ?? "\0")) p++;
      p = this.skipSeparation(p);
    }
    return p;
  }
  start(node) {
    return this.skipSeparation(node.open);
  }
  isEmpty(node) {
    return this.start(node) >= node.close;
  }
  isAlias(node) {
    return node.kind === null && !this.isEmpty(node) && this.input[this.start(node)] === "*";
  }
  aliasName(node) {
    const from = this.start(node);
    let to = from + 1;
    while (to < this.input.length && !/[\s\0,[\]{}]/.test(this.input[to] ?? "\0")) to++;
    return this.input.slice(from, to);
  }
  /** Offset of the ':' that makes `node` an implicit mapping key, or -1. */
  colonAfter(node) {
    let p = node.close;
    while (this.input[p] === " " || this.input[p] === "	") p++;
    return this.input[p] === ":" ? p : -1;
  }
  documentMarkerBefore(offset) {
    for (let p = this.input.lastIndexOf("---", offset); p >= 0; p = this.input.lastIndexOf("---", p - 1)) {
      if (p === 0 || this.input[p - 1] === "\n" || this.input[p - 1] === "\r") return p;
    }
    return offset;
  }
  walk(outer, pointer, table) {
    if (this.isEmpty(outer)) return;
    let node = outer;
    for (; ; ) {
      const inner = node.children.find((c) => c.result === node.result && c.kind === node.kind);
      if (!inner || typeof node.result !== "object" || node.result === null) break;
      node = inner;
    }
    if (node.kind === "mapping") this.walkMapping(node, pointer, table);
    else if (node.kind === "sequence" && Array.isArray(node.result)) this.walkSequence(node, pointer, table);
  }
  walkMapping(node, pointer, table) {
    const children = node.children;
    for (let i = 0; i < children.length; ) {
      const key = children[i];
      const colon = this.colonAfter(key);
      if (colon < 0) {
        i += 1;
        continue;
      }
      const keyStart = this.start(key);
      const member = `${pointer}/${escapePointerToken(keyText(key.result))}`;
      const value2 = children[i + 1];
      if (value2 && value2.open > colon) {
        table.set(member, { key: keyStart, value: this.isEmpty(value2) ? keyStart : this.start(value2) });
        this.walk(value2, member, table);
        i += 2;
      } else {
        table.set(member, { key: keyStart, value: keyStart });
        i += 1;
      }
    }
  }
  walkSequence(node, pointer, table) {
    const length = node.result.length;
    const children = node.children;
    const content = this.skipProperties(this.start(node));
    if (this.input[content] === "[") {
      for (let index = 0, i = 0; index < length && i < children.length; index++) {
        const child = children[i];
        const item = `${pointer}/${index}`;
        table.set(item, { value: this.start(child) });
        const colon = this.colonAfter(child);
        const next = children[i + 1];
        if (colon >= 0 && next && next.open > colon) {
          i += 2;
        } else {
          this.walk(child, item, table);
          i += 1;
        }
      }
      return;
    }
    let dash = content;
    for (let index = 0, i = 0; index < length && this.input[dash] === "-"; index++) {
      const itemStart = this.skipSeparation(dash + 1);
      const child = children[i];
      const item = `${pointer}/${index}`;
      if (child && child.open === itemStart) {
        table.set(item, { value: this.isEmpty(child) ? dash : itemStart });
        this.walk(child, item, table);
        dash = this.skipSeparation(child.close);
        i += 1;
      } else {
        table.set(item, { value: dash });
        dash = itemStart;
      }
    }
  }
  *nodes(node) {
    yield node;
    for (const child of node.children) yield* this.nodes(child);
  }
};
function keyText(key) {
  return typeof key === "string" ? key : String(key);
}
var ExpansionError = class extends Error {
  constructor(kind, culprit) {
    super(kind);
    this.kind = kind;
    this.culprit = culprit;
  }
  kind;
  culprit;
};
function checkExpansion(value2, root, src, limits) {
  const memo = /* @__PURE__ */ new Map();
  const active = /* @__PURE__ */ new Set();
  const size = (v, depth) => {
    if (v === null || typeof v !== "object") return 1;
    const known2 = memo.get(v);
    if (known2 !== void 0) return known2;
    if (active.has(v)) throw new ExpansionError("cycle", v);
    if (depth > limits.maxDepth) throw new ExpansionError("depth");
    active.add(v);
    let n = 1;
    for (const child of Object.values(v)) {
      n += size(child, depth + 1);
      if (n > limits.maxNodes) break;
    }
    active.delete(v);
    memo.set(v, n);
    return n;
  };
  let problem;
  try {
    if (size(value2, 0) > limits.maxNodes) problem = new ExpansionError("size");
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    problem = e;
  }
  if (!problem) return;
  const aliases = [...src.nodes(root)].filter((n) => src.isAlias(n));
  if (problem.kind === "cycle") {
    const target = problem.culprit;
    const anchor = [...src.nodes(root)].find((n) => n.kind !== null && n.result === target);
    const alias = aliases.find(
      (a) => a.result === target && anchor && a.open >= anchor.open && a.close <= anchor.close
    ) ?? aliases.find((a) => a.result === target);
    if (!alias)
      throw new YamlSourceError(
        "the document refers to itself through an alias",
        src.position(src.start(root)),
        false
      );
    throw new YamlSourceError(
      `alias ${src.aliasName(alias)} refers to a node that contains it; recursive YAML structures are not allowed`,
      src.position(src.start(alias)),
      false
    );
  }
  let worst;
  let worstSize = -1;
  for (const alias of aliases) {
    let s;
    try {
      s = size(alias.result, 0);
    } catch {
      s = Number.POSITIVE_INFINITY;
    }
    if (s > worstSize) {
      worst = alias;
      worstSize = s;
    }
  }
  const what = problem.kind === "size" ? `expands to more than ${limits.maxNodes} nodes` : `nests deeper than ${limits.maxDepth} levels`;
  if (!worst) {
    throw new YamlSourceError(`the document ${what}`, src.position(src.start(root)), false);
  }
  throw new YamlSourceError(
    `the document ${what} once YAML aliases are expanded (alias ${src.aliasName(worst)} here); a policy never needs that, so aliases this large are refused`,
    src.position(src.start(worst)),
    false
  );
}

// src/model/quote.ts
var MAX_QUOTED_CHARS = 200;
var MAX_LISTED_VALUES = 10;
function shorten(s, max = MAX_QUOTED_CHARS) {
  if (s.length <= max) return s;
  const head = Math.ceil(max * 2 / 3);
  const tail = max - head;
  return `${s.slice(0, head)}\u2026${s.slice(s.length - tail)} (${s.length} characters)`;
}
function quote(s, max = MAX_QUOTED_CHARS) {
  if (s.length <= max) return JSON.stringify(s);
  const head = Math.ceil(max * 2 / 3);
  const tail = max - head;
  return `${JSON.stringify(`${s.slice(0, head)}\u2026${s.slice(s.length - tail)}`)} (${s.length} characters)`;
}
function describeJson(v, max = MAX_QUOTED_CHARS) {
  let text2;
  try {
    text2 = JSON.stringify(v);
  } catch {
    return "(a value nested too deeply to show)";
  }
  if (text2 === void 0) return String(v);
  return text2.length <= max ? text2 : `${text2.slice(0, max)}\u2026 (${text2.length} characters)`;
}

// src/config/load-policy.ts
var MAX_POLICY_BYTES = 1024 * 1024;
function loadPolicy(file, opts = {}) {
  let text2;
  try {
    text2 = readBoundedSync(file, {
      maxBytes: MAX_POLICY_BYTES,
      ...opts.timeoutMs !== void 0 ? { timeoutMs: opts.timeoutMs } : {}
    }).toString("utf8");
  } catch (e) {
    if (e instanceof ReadLimitError) {
      if (e.kind === "too-large") throw tooLarge(file);
      if (e.kind === "directory")
        throw new InputError(`${file}: cannot read policy file: EISDIR: it is a directory, not a file`, file);
      throw new InputError(`${file}: cannot read policy file: ${e.message}`, file);
    }
    throw new InputError(`${file}: cannot read policy file: ${systemErrorMessage(e)}`, file, { cause: e });
  }
  return parsePolicy(text2, file);
}
function systemErrorMessage(e) {
  const message = e !== null && typeof e === "object" ? e.message : void 0;
  return typeof message === "string" ? message : String(e);
}
function parsePolicy(text2, file) {
  if (text2.length > MAX_POLICY_BYTES) throw tooLarge(file);
  let doc;
  try {
    doc = parseYaml(text2);
  } catch (e) {
    if (!(e instanceof YamlSourceError)) throw e;
    const { line, column } = e.position;
    const reason = e.syntax ? `invalid YAML: ${e.reason}` : e.reason;
    throw new InputError(`${file}:${line}:${column}: ${reason}`, file, { cause: e });
  }
  if (doc.value === void 0) {
    throw new InputError(
      `${file}:1:1: policy file is empty; expected a mapping with "version: 1" and "buckets"`,
      file
    );
  }
  if (!isPlainObject(doc.value)) {
    const { line, column } = doc.at("");
    throw new InputError(
      `${file}:${line}:${column}: expected a mapping with "version: 1" and "buckets" at the top level, found ${describe(doc.value)}`,
      file
    );
  }
  const validate = validator();
  if (!validate(doc.value)) {
    throw new InputError(render(file, schemaProblems(validate.errors ?? [], doc)), file);
  }
  return build(doc.value, doc, file);
}
function render(file, problems) {
  const lines = problems.slice().sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column).map(
    (p) => `${file}:${p.position.line}:${p.position.column}: ${p.pointer === "" ? "" : `${p.pointer}: `}${p.message}`
  );
  return [...new Set(lines)].join("\n");
}
function tooLarge(file) {
  return new InputError(`${file}: policy file is larger than ${MAX_POLICY_BYTES / 1024 / 1024} MiB`, file);
}
function validator() {
  return policy_validator_generated_default;
}
var BUCKET = "#/properties/buckets/items/anyOf/1/properties";
var VERSION_MESSAGE = "must be 1 (the only policy format version this release understands)";
var BUCKET_NAME_MESSAGE = "must be an S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit";
var EVENTS_MESSAGE = "must be one of all, read, write, or a list of S3 data-event API names";
var ACCOUNT_MESSAGE = 'must be a 12-digit AWS account ID, e.g. "111122223333"';
var DATE_MESSAGE = "must be a date written YYYY-MM-DD";
var SCHEMA_MESSAGES = {
  "#/properties/version/type": VERSION_MESSAGE,
  "#/properties/version/const": VERSION_MESSAGE,
  "#/properties/buckets/minItems": "must list at least one bucket",
  "#/properties/buckets/items/anyOf": 'must be a bucket name or a mapping with a "name" key',
  "#/properties/buckets/items/anyOf/0/pattern": BUCKET_NAME_MESSAGE,
  [`${BUCKET}/name/pattern`]: BUCKET_NAME_MESSAGE,
  [`${BUCKET}/prefixes/minItems`]: 'must list at least one prefix (omit "prefixes" to cover the whole bucket)',
  [`${BUCKET}/prefixes/items/pattern`]: 'must be a literal key prefix: "*" wildcards are not supported (write "logs/" to cover every key under logs/)',
  [`${BUCKET}/prefixes/items/not`]: 'must not start with "/": S3 object keys have no leading slash',
  [`${BUCKET}/events/anyOf`]: EVENTS_MESSAGE,
  [`${BUCKET}/events/anyOf/0/enum`]: EVENTS_MESSAGE,
  [`${BUCKET}/events/anyOf/1/minItems`]: "must list at least one S3 data-event API name",
  [`${BUCKET}/region/pattern`]: "must be an AWS region name such as eu-west-1",
  [`${BUCKET}/account/type`]: 'must be a 12-digit AWS account ID written as a quoted string, e.g. "111122223333" (unquoted, YAML reads it as a number)',
  [`${BUCKET}/account/pattern`]: ACCOUNT_MESSAGE,
  [`${BUCKET}/accept/items/enum`]: "must be server-access-logs (the only evidence besides CloudTrail that can be accepted)",
  "#/properties/waivers/items/properties/expires/format": DATE_MESSAGE,
  "#/properties/waivers/items/properties/expires/pattern": DATE_MESSAGE,
  "#/properties/waivers/items/properties/reason/minLength": "must say why the waiver is accepted",
  "#/properties/waivers/items/anyOf": 'must name the "bucket" or the "trail" it applies to'
};
function schemaProblems(errors, doc) {
  const dropped = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (e.keyword !== "anyOf") continue;
    const branches = schemaAt(e.schemaPath);
    if (!Array.isArray(branches)) continue;
    const type2 = jsonType(valueAt(doc.value, e.instancePath));
    const chosen = branches.findIndex((b) => typeMatches(type2, b.type));
    const prefix = `${e.schemaPath}/`;
    for (const f of errors) {
      const within = f.instancePath === e.instancePath || f.instancePath.startsWith(`${e.instancePath}/`);
      if (!within || !f.schemaPath.startsWith(prefix)) continue;
      const branch = Number(f.schemaPath.slice(prefix.length).split("/")[0]);
      if (chosen < 0 || branch !== chosen) dropped.add(f);
    }
    if (chosen >= 0) dropped.add(e);
  }
  for (const e of errors) {
    if (e.keyword !== "type" || dropped.has(e)) continue;
    const parent = parentPath(e.schemaPath);
    for (const f of errors) {
      if (f !== e && f.instancePath === e.instancePath && parentPath(f.schemaPath) === parent) dropped.add(f);
    }
  }
  for (const e of errors) if (e.keyword === "propertyNames") dropped.add(e);
  const kept = errors.filter((e) => !dropped.has(e));
  return (kept.length > 0 ? kept : errors).map((e) => describeError(e, doc));
}
function describeError(e, doc) {
  const pointer = e.instancePath;
  const at = (p, message) => ({ pointer: p, position: doc.at(p), message });
  const custom = SCHEMA_MESSAGES[e.schemaPath];
  const params = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const member = `${pointer}/${escapePointerToken(key)}`;
      const properties = schemaAt(`${parentPath(e.schemaPath)}/properties`);
      const allowed2 = isPlainObject(properties) ? Object.keys(properties) : [];
      const guess = closest(key, allowed2);
      const hint = guess === void 0 ? "" : `; did you mean "${guess}"?`;
      return {
        pointer: member,
        position: doc.keyAt(member),
        message: `unknown key "${key}"${hint} (allowed keys: ${allowed2.join(", ")})`
      };
    }
    case "uniqueItems": {
      const [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      const item = `${pointer}/${second}`;
      const here = doc.at(item);
      const there = doc.at(`${pointer}/${first}`);
      const where2 = there.line === here.line ? `line ${there.line}, column ${there.column}` : `line ${there.line}`;
      return at(item, `${describeJson(valueAt(doc.value, item))} is listed twice (also at ${where2})`);
    }
    case "required":
      return at(pointer, custom ?? `missing required key "${String(params.missingProperty)}"`);
    case "type":
      return at(
        pointer,
        custom ?? `must be ${typeWord(String(params.type))}, found ${describe(valueAt(doc.value, pointer))}`
      );
    case "enum": {
      const allowed2 = params.allowedValues.map(String);
      const name = e.propertyName;
      if (name !== void 0) {
        const member = `${pointer}/${escapePointerToken(name)}`;
        const guess = closest(name, allowed2);
        return {
          pointer: member,
          position: doc.keyAt(member),
          message: `unknown rule "${name}"${guess === void 0 ? "" : `; did you mean "${guess}"?`} (rules: ${allowed2.join(", ")})`
        };
      }
      return at(pointer, custom ?? `must be one of ${allowed2.join(", ")}`);
    }
    case "const":
      return at(pointer, custom ?? `must be ${JSON.stringify(params.allowedValue)}`);
    case "minItems":
      return at(
        pointer,
        custom ?? (params.limit === 1 ? "must not be empty" : `must list at least ${String(params.limit)} items`)
      );
    case "minLength":
      return at(pointer, custom ?? "must not be empty");
    case "pattern":
      return at(pointer, custom ?? `must match ${String(params.pattern)}`);
    case "format":
      return at(pointer, custom ?? `must be a valid ${String(params.format)}`);
    case "anyOf":
      return at(pointer, custom ?? "does not have any of the allowed forms");
    default:
      return at(pointer, custom ?? e.message ?? `fails the "${e.keyword}" rule of the policy schema`);
  }
}
function schemaAt(schemaPath) {
  let node = schema_default;
  for (const token of schemaPath.replace(/^#\/?/, "").split("/")) {
    if (token === "") continue;
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node !== null && typeof node === "object" ? node[key] : void 0;
  }
  return node;
}
function valueAt(root, pointer) {
  let node = root;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node !== null && typeof node === "object" ? node[key] : void 0;
  }
  return node;
}
function parentPath(path) {
  return path.slice(0, path.lastIndexOf("/"));
}
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}
function typeMatches(actual, expected) {
  const list4 = Array.isArray(expected) ? expected : [expected];
  return list4.includes(actual) || actual === "integer" && list4.includes("number");
}
function typeWord(type2) {
  const words = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    null: "empty"
  };
  return type2.split(",").map((t) => words[t] ?? t).join(" or ");
}
function describe(v) {
  if (v === void 0 || v === null) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `the string ${JSON.stringify(v)}`;
  return `${typeof v === "number" ? "the number" : "the value"} ${String(v)}`;
}
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
var ALL_EVENTS = S3_DATA_APIS.map((a) => a.name);
var READ_EVENTS = S3_DATA_APIS.filter((a) => a.readOnly).map((a) => a.name);
var WRITE_EVENTS = S3_DATA_APIS.filter((a) => !a.readOnly).map((a) => a.name);
function build(raw, doc, file) {
  const problems = [];
  const warnings = [];
  const locate = (position) => ({
    file,
    line: position.line,
    column: position.column
  });
  const firstSeen = /* @__PURE__ */ new Map();
  const buckets = [];
  let everyBucket;
  raw.buckets.forEach((entry, index) => {
    const pointer = `/buckets/${index}`;
    const position = doc.at(pointer);
    const spec = typeof entry === "string" ? { name: entry } : entry;
    const earlier = firstSeen.get(spec.name);
    if (earlier) {
      problems.push({
        pointer,
        position,
        message: `bucket "${spec.name}" is listed twice (also at line ${earlier.line}); list each bucket once`
      });
    } else {
      firstSeen.set(spec.name, position);
    }
    if (isTableBucketName(spec.name)) {
      problems.push({
        pointer: typeof entry === "string" ? pointer : `${pointer}/name`,
        position: typeof entry === "string" ? position : doc.at(`${pointer}/name`),
        message: `"${spec.name}" is a table bucket (S3 Tables, a name ending --table-s3): its activity is recorded as AWS::S3Tables::Table / TableBucket data events, which s3-trail-guard does not check; remove it from the policy`
      });
      return;
    }
    const events = resolveEvents(
      spec.events ?? "all",
      `${pointer}/events`,
      doc,
      problems,
      warnings,
      isDirectoryBucketName(spec.name)
    );
    if (!events) return;
    if (spec.name === "*") {
      everyBucket = {
        prefixes: normalisePrefixes(spec.prefixes ?? [""]),
        eventsSpec: events.spec,
        events: events.names,
        ...spec.region === void 0 ? {} : { region: spec.region },
        ...spec.account === void 0 ? {} : { account: spec.account },
        ...spec.accept?.length ? { accept: spec.accept } : {},
        location: locate(position)
      };
      return;
    }
    buckets.push({
      name: spec.name,
      prefixes: normalisePrefixes(spec.prefixes ?? [""]),
      eventsSpec: events.spec,
      events: events.names,
      ...spec.region === void 0 ? {} : { region: spec.region },
      ...spec.account === void 0 ? {} : { account: spec.account },
      ...spec.accept?.length ? { accept: spec.accept } : {},
      location: locate(position)
    });
  });
  if (problems.length > 0) throw new InputError(render(file, problems), file);
  const policyWarnings = warnings.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column).map((w) => ({ message: `${w.pointer}: ${w.message}`, location: locate(w.position) }));
  const waivers = (raw.waivers ?? []).map((w, i) => ({
    rule: w.rule,
    ...w.bucket === void 0 ? {} : { bucket: w.bucket },
    ...w.trail === void 0 ? {} : { trail: w.trail },
    reason: w.reason,
    ...w.expires === void 0 ? {} : { expires: w.expires },
    location: locate(doc.at(`/waivers/${i}`))
  }));
  return {
    version: 1,
    file,
    buckets,
    warnings: policyWarnings,
    ...raw.require ? { require: { trails: raw.require.trails ?? "covering", rules: { ...raw.require.rules ?? {} } } } : {},
    ...waivers.length ? { waivers } : {},
    ...everyBucket ? { everyBucket } : {}
  };
}
function resolveDirectoryEvents(events, pointer, doc, problems) {
  const apis = DIRECTORY_BUCKET_APIS;
  if (events === "all") return { spec: "all", names: apis.map((a) => a.name) };
  if (events === "read") return { spec: "read", names: apis.filter((a) => a.readOnly).map((a) => a.name) };
  if (events === "write") return { spec: "write", names: apis.filter((a) => !a.readOnly).map((a) => a.name) };
  let bad2 = false;
  events.forEach((name, index) => {
    if (DIRECTORY_BUCKET_API_BY_NAME.has(name)) return;
    bad2 = true;
    problems.push({
      pointer: `${pointer}/${index}`,
      position: doc.at(`${pointer}/${index}`),
      message: `"${name}" is not a data event of directory buckets (names ending --x-s3); they record ${apis.map((a) => a.name).join(", ")}`
    });
  });
  if (bad2) return void 0;
  return { spec: "list", names: apis.map((a) => a.name).filter((n) => events.includes(n)) };
}
function resolveEvents(events, pointer, doc, problems, warnings, directory = false) {
  if (directory) return resolveDirectoryEvents(events, pointer, doc, problems);
  if (events === "all") return { spec: "all", names: ALL_EVENTS };
  if (events === "read") return { spec: "read", names: READ_EVENTS };
  if (events === "write") return { spec: "write", names: WRITE_EVENTS };
  const wanted = /* @__PURE__ */ new Set();
  const ignored = [];
  let unknown2 = false;
  events.forEach((name, index) => {
    const item = `${pointer}/${index}`;
    const position = doc.at(item);
    const alias = S3_API_ALIASES.get(name);
    const notDataEvent = NOT_S3_DATA_EVENTS.get(name);
    if (S3_DATA_API_BY_NAME.has(name)) {
      wanted.add(name);
    } else if (alias !== void 0) {
      wanted.add(alias);
      warnings.push({
        pointer: item,
        position,
        message: `"${name}" is an older spelling: CloudTrail records this API as "${alias}", which is required instead`
      });
    } else if (notDataEvent !== void 0) {
      ignored.push(name);
      warnings.push({ pointer: item, position, message: `"${name}" is ignored: ${notDataEvent}` });
    } else {
      unknown2 = true;
      problems.push({ pointer: item, position, message: unknownApiMessage(name) });
    }
  });
  if (unknown2) return void 0;
  if (wanted.size === 0) {
    problems.push({
      pointer,
      position: doc.at(pointer),
      message: `no S3 data-event API is left once ${ignored.join(", ")} ${ignored.length === 1 ? "is" : "are"} dropped (see the warnings); list APIs that CloudTrail records, or use all, read or write`
    });
    return void 0;
  }
  return { spec: "list", names: ALL_EVENTS.filter((n) => wanted.has(n)) };
}
function unknownApiMessage(name) {
  if (name === "all" || name === "read" || name === "write") {
    return `"${name}" is not an API name; write "events: ${name}" (not in a list) to require every ${name === "all" ? "" : `${name} `}API`;
  }
  const candidates = new Map(ALL_EVENTS.map((n) => [n, n]));
  for (const [old, canonical] of S3_API_ALIASES) candidates.set(old, canonical);
  const guess = closest(name, [...candidates.keys()]);
  const hint = guess === void 0 ? "; expected a CloudTrail eventName of an S3 data event, such as GetObject or PutObject" : `; did you mean "${candidates.get(guess) ?? guess}"?`;
  return `unknown S3 data-event API "${name}"${hint}`;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array(rows * cols).fill(0);
  const at = (i, j) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}
function normalisePrefixes(prefixes) {
  const out = [];
  for (const p of [...new Set(prefixes)].sort()) {
    if (!out.some((q2) => p.startsWith(q2))) out.push(p);
  }
  return out;
}

// src/sources/source.ts
var OptionError = class extends Error {
  constructor(option, message) {
    super(message);
    this.option = option;
    this.name = "OptionError";
  }
  option;
};

// src/sources/aws/source.ts
var awsSource = {
  kind: "aws",
  options: [
    {
      setting: "sources[aws]",
      cli: "live",
      input: "mode",
      default: "",
      actionDefault: { value: "auto", why: "the Action picks plan or live mode from plan-file" },
      description: "read the live AWS account; with plans, the plans' resources are laid over it"
    },
    {
      setting: "sources[aws].region",
      cli: "region",
      value: "REGION",
      input: "aws-region",
      default: "",
      description: "Region for AWS calls (else AWS_REGION, then AWS_DEFAULT_REGION); with --organization too"
    }
  ],
  specs(v, flag) {
    const region = typeof v["region"] === "string" && v["region"] ? v["region"] : void 0;
    if (v["organization"] === true) return [];
    if (v["live"] !== true) {
      if (region)
        throw new OptionError(
          "region",
          `${flag("region")} is used only with ${flag("live")} or ${flag("organization")}`
        );
      return [];
    }
    return [{ kind: "aws", ...region ? { region } : {} }];
  },
  async collect(spec, ctx) {
    const { collectLiveFacts } = await import("./chunk-UMNXXPH6.js");
    const knownRegions = /* @__PURE__ */ new Map();
    for (const c of ctx.earlier)
      for (const b of c.after.buckets.values()) if (b.region.known) knownRegions.set(b.name, b.region.value);
    const progress = ctx.progress;
    const after = await collectLiveFacts(
      ctx.policy,
      {
        ...spec.region ? { region: spec.region } : {},
        ...knownRegions.size > 0 ? { knownRegions } : {}
      },
      progress ? { onProgress: (p) => progress(progressLine(p)) } : {}
    );
    return { spec, after };
  }
};
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function progressLine(p) {
  const calls = plural(p.calls, "AWS call");
  if (p.phase === "bucket-regions") return `live: Regions of ${plural(p.items, "bucket")} read (${calls})`;
  if (p.phase === "region-listing")
    return `live: ${p.region ?? "?"}: ${plural(p.items, "trail or event data store", "trails and event data stores")} listed (${calls})`;
  return `live: selectors, status and log bucket policies of ${plural(p.items, "recorder")} read (${calls})`;
}

// src/sources/organization/source.ts
import { readFileSync } from "node:fs";
var DEFAULT_ROLE_NAME = "S3TrailGuardReadOnly";
var DEFAULT_CONCURRENCY = 8;
var ACCOUNT_ID = /^\d{12}$/;
var ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
var text = (v) => typeof v === "string" && v ? v : void 0;
function accountList(raw, option, flag) {
  const ids = raw.split(/[\n,]/).map((x) => x.trim()).filter(Boolean);
  const badId = ids.find((id) => !ACCOUNT_ID.test(id));
  if (badId !== void 0)
    throw new OptionError(
      option,
      `${flag(option)} takes 12-digit AWS account IDs separated by commas, not ${JSON.stringify(badId.slice(0, 40))}`
    );
  return ids;
}
function readAccountsFile(file) {
  let content;
  try {
    content = readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(`${file}: cannot read the accounts file (${errorMessage(e)})`, file);
  }
  const ids = [];
  content.split("\n").forEach((line, i) => {
    for (const part of (line.split("#")[0] ?? "").split(",")) {
      const id = part.trim();
      if (!id) continue;
      if (!ACCOUNT_ID.test(id))
        throw new InputError(
          `${file}:${i + 1}: expected a 12-digit AWS account ID, not ${JSON.stringify(id.slice(0, 40))}`,
          file
        );
      ids.push(id);
    }
  });
  if (!ids.length) throw new InputError(`${file}: the accounts file names no account`, file);
  return ids;
}
var organizationSource = {
  kind: "organization",
  options: [
    {
      setting: "sources[organization]",
      cli: "organization",
      input: "organization",
      default: "",
      description: "read every ACTIVE account of the AWS Organization (the caller's credentials: management account or delegated administrator), assuming --role-name in each"
    },
    {
      setting: "sources[organization].roleName",
      cli: "role-name",
      value: "NAME",
      input: "role-name",
      default: DEFAULT_ROLE_NAME,
      description: 'with --organization: the role assumed in each member account (README "Organization mode")'
    },
    {
      setting: "sources[organization].accounts",
      cli: "accounts",
      value: "ID,ID",
      input: "accounts",
      default: "",
      description: "with --organization: scan these accounts instead of organizations:ListAccounts"
    },
    {
      setting: "sources[organization].accountsFile",
      cli: "accounts-file",
      value: "FILE",
      input: "accounts-file",
      default: "",
      path: "file",
      description: "with --organization: the accounts to scan, one ID per line (# comments)"
    },
    {
      setting: "sources[organization].exclude",
      cli: "exclude-accounts",
      value: "ID,ID",
      input: "exclude-accounts",
      default: "",
      description: "with --organization: accounts not to scan"
    },
    {
      setting: "sources[organization].shard",
      cli: "shard",
      value: "I/N",
      input: "shard",
      default: "",
      description: "with --organization: scan share I of N (account IDs sorted, every N-th from the I-th); `merge` joins the shards' JSON reports"
    },
    {
      setting: "sources[organization].concurrency",
      cli: "concurrency",
      value: "K",
      input: "concurrency",
      default: String(DEFAULT_CONCURRENCY),
      description: "with --organization: accounts read at the same time"
    }
  ],
  specs(v, flag) {
    const others = ["role-name", "accounts", "accounts-file", "exclude-accounts", "shard", "concurrency"];
    if (v["organization"] !== true) {
      const given = others.find(
        (o) => o === "role-name" || o === "concurrency" ? text(v[o]) !== void 0 && text(v[o]) !== (o === "role-name" ? DEFAULT_ROLE_NAME : String(DEFAULT_CONCURRENCY)) : text(v[o]) !== void 0
      );
      if (given) throw new OptionError(given, `${flag(given)} is used only with ${flag("organization")}`);
      return [];
    }
    const roleName = text(v["role-name"]) ?? DEFAULT_ROLE_NAME;
    if (!ROLE_NAME.test(roleName))
      throw new OptionError(
        "role-name",
        `${flag("role-name")} must be an IAM role name (optionally with a path)`
      );
    const accountsRaw = text(v["accounts"]);
    const accountsFile = text(v["accounts-file"]);
    if (accountsRaw && accountsFile)
      throw new OptionError("accounts", `give ${flag("accounts")} or ${flag("accounts-file")}, not both`);
    const accounts = accountsRaw ? accountList(accountsRaw, "accounts", flag) : void 0;
    const exclude = text(v["exclude-accounts"]) ? accountList(text(v["exclude-accounts"]), "exclude-accounts", flag) : [];
    let shard;
    const shardRaw = text(v["shard"]);
    if (shardRaw) {
      const m = /^(\d{1,6})\/(\d{1,6})$/.exec(shardRaw);
      const index = m ? Number(m[1]) : NaN;
      const count = m ? Number(m[2]) : NaN;
      if (!m || index < 1 || count < 1 || index > count)
        throw new OptionError(
          "shard",
          `${flag("shard")} must be I/N with 1 <= I <= N (e.g. 2/8), not ${JSON.stringify(shardRaw.slice(0, 20))}`
        );
      shard = { index, count };
    }
    const concRaw = text(v["concurrency"]) ?? String(DEFAULT_CONCURRENCY);
    const concurrency = /^\d{1,4}$/.test(concRaw) ? Number(concRaw) : NaN;
    if (!(concurrency >= 1 && concurrency <= 1e3))
      throw new OptionError("concurrency", `${flag("concurrency")} must be a whole number from 1 to 1000`);
    const region = text(v["region"]);
    return [
      {
        kind: "organization",
        roleName,
        ...accounts ? { accounts } : {},
        ...accountsFile ? { accountsFile } : {},
        exclude,
        ...shard ? { shard } : {},
        concurrency,
        ...region ? { region } : {}
      }
    ];
  },
  async collect(spec, ctx) {
    const { collectOrganizationFacts } = await import("./chunk-XUIIL2ER.js");
    const accounts = spec.accountsFile ? readAccountsFile(spec.accountsFile) : spec.accounts;
    const after = await collectOrganizationFacts(ctx.policy, {
      roleName: spec.roleName,
      ...accounts ? { accounts } : {},
      exclude: spec.exclude,
      ...spec.shard ? { shard: spec.shard } : {},
      concurrency: spec.concurrency,
      ...spec.region ? { region: spec.region } : {}
    });
    return { spec, after };
  }
};

// src/sources/terraform-plan/source.ts
var list = (v) => Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : [];
var terraformPlanSource = {
  kind: "terraform-plan",
  options: [
    {
      setting: "sources[terraform-plan].file",
      cli: "plan",
      value: "FILE",
      input: "plan-file",
      default: "",
      repeatable: true,
      path: "glob",
      description: "`terraform show -json PLANFILE` output; give it once per plan (a stack each): the facts are their union"
    },
    {
      setting: "sources[terraform-plan].terraformDir",
      cli: "terraform-dir",
      value: "DIR",
      input: "terraform-dir",
      default: "",
      repeatable: true,
      path: "dir",
      description: "the root module's source, to evaluate values a plan knows only after apply; with several plans, one per plan in the same order"
    }
  ],
  specs(v, flag) {
    const plans = list(v["plan"]);
    const dirs = list(v["terraform-dir"]);
    if (dirs.length && !plans.length)
      throw new OptionError("terraform-dir", `${flag("terraform-dir")} is used only with ${flag("plan")}`);
    if (dirs.length && dirs.length !== plans.length)
      throw new OptionError(
        "terraform-dir",
        `${flag("terraform-dir")} is given ${dirs.length} time(s) for ${plans.length} plan(s): give one per ${flag("plan")}, in the same order`
      );
    return plans.map((file, i) => ({
      kind: "terraform-plan",
      file,
      ...dirs[i] ? { terraformDir: dirs[i] } : {}
    }));
  },
  async collect(spec) {
    const { readPlanFile } = await import("./chunk-RMIO4EG7.js");
    const { adaptPlan } = await import("./chunk-FWUFTD4E.js");
    const plan = readPlanFile(spec.file);
    let config;
    if (spec.terraformDir) {
      const { loadTerraformDir } = await import("./chunk-ZPXLTMJN.js");
      config = await loadTerraformDir(spec.terraformDir);
    }
    const { planMayChangeCoverage } = await import("./chunk-PVK72QPF.js");
    const after = adaptPlan(plan, { file: spec.file, ...config ? { config } : {} });
    if (!planMayChangeCoverage(plan)) return { spec, after };
    const before = adaptPlan(plan, { file: spec.file, side: "before" });
    return { spec, after, before };
  }
};

// src/sources/index.ts
var SOURCES = [
  terraformPlanSource,
  awsSource,
  organizationSource
];
function sourceOptions() {
  return SOURCES.flatMap((s) => s.options);
}
function specsFrom(values, flag) {
  return SOURCES.flatMap((s) => [...s.specs(values, flag)]);
}
function sourceOf(kind, sources) {
  const s = sources.find((x) => x.kind === kind);
  if (!s) throw new Error(`no source of kind ${kind}`);
  return s;
}
async function collectAll(specs, ctx, sources = SOURCES) {
  const rank = (s) => sources.findIndex((x) => x.kind === s.kind);
  const ordered = [...specs].sort((a, b) => rank(a) - rank(b));
  const out = [];
  for (const spec of ordered)
    out.push(await sourceOf(spec.kind, sources).collect(spec, { ...ctx, earlier: out }));
  return out;
}

// src/app/settings.ts
var FAIL_ON = ["error", "warning", "never"];
var DEFAULTS = { failOn: "error", failOnUnknown: true, format: "text" };
var SETTING_OPTIONS = [
  {
    setting: "policy",
    cli: "policy",
    value: "FILE",
    input: "policy",
    default: "",
    description: "the policy file (YAML, see policies/schema.json); required"
  },
  ...sourceOptions(),
  {
    setting: "failOn",
    cli: "fail-on",
    value: "LEVEL",
    input: "fail-on",
    default: DEFAULTS.failOn,
    description: "error | warning | never: the lowest finding severity that fails the run"
  },
  {
    setting: "failOnUnknown",
    cli: "fail-on-unknown",
    value: "BOOL",
    input: "fail-on-unknown",
    default: String(DEFAULTS.failOnUnknown),
    description: "true | false: whether what could not be decided (unknown) fails like proven drift"
  }
];

// src/app/verdict.ts
var RANK = { error: 3, warning: 2, note: 1 };
function counts(f, failOn, failOnUnknown) {
  if (f.waived) return false;
  if (!failOnUnknown && f.status === "unknown") return false;
  const threshold = failOn === "warning" ? "warning" : "error";
  return RANK[f.severity] >= RANK[threshold];
}
var plural2 = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function decideVerdict(report, failOn, failOnUnknown) {
  const failing = report.findings.filter((f) => counts(f, failOn, failOnUnknown));
  const named = new Set(failing.filter((f) => f.ruleId === "data-event-coverage").map((f) => f.bucket));
  const failingBuckets = report.buckets.filter((b) => b.status !== "covered" && named.has(b.name)).map((b) => b.name);
  const ignoredUnknown = failOnUnknown ? 0 : report.buckets.filter((b) => b.status === "unknown").length + report.findings.filter((f) => f.status === "unknown" && f.ruleId !== "data-event-coverage").length;
  const drift = failing.length > 0;
  let headline;
  if (failingBuckets.length) headline = "CloudTrail coverage drift";
  else if (drift) {
    const errors = failing.filter((f) => f.severity === "error").length;
    headline = errors ? `${plural2(errors, "finding")} of severity error` : `${plural2(failing.length, "warning")} ${failing.length === 1 ? "fails" : "fail"} the check (fail-on: warning)`;
  } else if (report.buckets.every((b) => b.status === "covered"))
    headline = "all sensitive buckets are recorded";
  else if (ignoredUnknown)
    headline = `no proven drift (${plural2(ignoredUnknown, "undecided result")} ignored: fail-on-unknown is false)`;
  else headline = "no drift that fails the check (the rest is waived or lowered by the policy)";
  if (drift && failOn === "never") headline += " (fail-on: never, not failing)";
  return {
    result: drift ? "drift" : "pass",
    exitCode: drift && failOn !== "never" ? 1 : 0,
    failOn,
    failOnUnknown,
    failingBuckets,
    failingFindings: failing.length,
    ignoredUnknown,
    headline
  };
}
function failureMessage(v, buckets) {
  const status = new Map(buckets.map((b) => [b.name, b.status]));
  const parts = [];
  if (v.failingBuckets.length) {
    const names = v.failingBuckets.slice(0, 5).map((n) => `${n} (${status.get(n)})`);
    const more = v.failingBuckets.length > 5 ? ` and ${v.failingBuckets.length - 5} more` : "";
    parts.push(
      `${v.failingBuckets.length} bucket(s) not proven recorded by CloudTrail: ${names.join(", ")}${more}`
    );
  }
  const other = v.failingFindings - v.failingBuckets.length;
  if (other > 0) parts.push(`${other} ${v.failingBuckets.length ? "other " : ""}finding(s)`);
  return `s3-trail-guard: ${v.headline}: ${parts.join("; ")}. See the job summary for details.`;
}

// src/engine/event.ts
var EVENT_TYPES = ["AwsApiCall", "AwsServiceEvent"];
var DATA_EVENT_FIELDS = /* @__PURE__ */ new Map([
  ["eventCategory", ["Equals"]],
  ["resources.type", ["Equals"]],
  ["readOnly", ["Equals"]],
  ["sessionCredentialFromConsole", ["Equals", "NotEquals"]],
  ["eventName", "any"],
  ["eventSource", "any"],
  ["eventType", "any"],
  ["resources.ARN", "any"],
  ["userIdentity.arn", "any"]
]);
function fieldValue(event, field2) {
  switch (field2) {
    case "eventCategory":
      return event.eventCategory;
    case "resources.type":
      return event.resourcesType;
    case "eventSource":
      return event.eventSource;
    case "eventName":
      return event.eventName;
    case "readOnly":
      return event.readOnly ? "true" : "false";
    case "resources.ARN":
      return event.arn;
    case "userIdentity.arn":
      return event.userArn;
    case "eventType":
      return event.eventType;
    case "sessionCredentialFromConsole":
      return event.sessionCredentialFromConsole;
    default:
      return void 0;
  }
}

// src/engine/tri.ts
function or(a, b) {
  if (a === true || b === true) return true;
  if (a === void 0 || b === void 0) return void 0;
  return false;
}
function and(a, b) {
  if (a === false || b === false) return false;
  if (a === void 0 || b === void 0) return void 0;
  return true;
}
function not(a) {
  return a === void 0 ? void 0 : !a;
}

// src/engine/match.ts
var SELECT_OPS = ["Equals", "StartsWith", "EndsWith"];
var DESELECT_OPS = ["NotEquals", "NotStartsWith", "NotEndsWith"];
var compiled = /* @__PURE__ */ new WeakMap();
function compile(list4) {
  let c = compiled.get(list4);
  if (c) return c;
  if (!list4.known) c = { values: /* @__PURE__ */ new Set(), lengths: [], hasUnknown: true, wholeUnknown: true };
  else {
    const values = /* @__PURE__ */ new Set();
    let hasUnknown = false;
    for (const s of list4.value) {
      if (s.known) values.add(s.value);
      else hasUnknown = true;
    }
    const lengths = [...new Set([...values].map((v) => v.length))].sort((a, b) => a - b);
    c = { values, lengths, hasUnknown, wholeUnknown: false };
  }
  compiled.set(list4, c);
  return c;
}
function anyMatches(op, list4, value2) {
  const c = compile(list4);
  if (c.wholeUnknown) return void 0;
  let hit = false;
  if (op === "Equals" || op === "NotEquals") hit = c.values.has(value2);
  else {
    const starts = op === "StartsWith" || op === "NotStartsWith";
    for (const n of c.lengths) {
      if (n > value2.length) break;
      if (c.values.has(starts ? value2.slice(0, n) : value2.slice(value2.length - n))) {
        hit = true;
        break;
      }
    }
  }
  if (hit) return true;
  return c.hasUnknown ? void 0 : false;
}
function matchField(fs, value2) {
  if (value2 === void 0) return false;
  let anySelect = false;
  let selected = false;
  for (const op of SELECT_OPS) {
    const list4 = fs.operators[op];
    if (!list4) continue;
    anySelect = true;
    selected = or(selected, anyMatches(op, list4, value2));
  }
  let result = anySelect ? selected : true;
  for (const op of DESELECT_OPS) {
    const list4 = fs.operators[op];
    if (!list4) continue;
    result = and(result, not(anyMatches(op, list4, value2)));
    if (result === false) return false;
  }
  return result;
}
function matchFieldOf(fs, ev) {
  if (!fs.field.known) return void 0;
  const field2 = fs.field.value;
  if (field2 === "resources.ARN" && ev.arnUnknown !== void 0) return void 0;
  if (field2 === "userIdentity.arn" && ev.userSymbol) return matchSymbol(fs, ev.userSymbol);
  if (field2 === "sessionCredentialFromConsole" && ev.sessionCredentialFromConsole !== "true") {
    const asFalse = matchField(fs, "false");
    return asFalse === matchField(fs, "") ? asFalse : void 0;
  }
  return matchField(fs, fieldValue(ev, field2));
}
function matchSymbol(fs, sym) {
  const hits = (op) => {
    const list4 = fs.operators[op];
    if (!list4?.known) return void 0;
    return list4.value.includes(sym) ? true : void 0;
  };
  let anySelect = false;
  let selected = false;
  for (const op of SELECT_OPS) {
    if (!fs.operators[op]) continue;
    anySelect = true;
    selected = or(selected, hits(op));
  }
  let result = anySelect ? selected : true;
  for (const op of DESELECT_OPS) {
    if (!fs.operators[op]) continue;
    result = and(result, not(hits(op)));
    if (result === false) return false;
  }
  return result;
}
function matchAdvanced(sel, ev) {
  if (!sel.fieldSelectors.known) return void 0;
  let result = true;
  for (const fs of sel.fieldSelectors.value) {
    const r = matchFieldOf(fs, ev);
    result = and(result, r);
    if (result === false) return false;
  }
  return result;
}
function matchBasic(sel, ev) {
  if (ev.resourcesType !== "AWS::S3::Object") return false;
  let rw;
  if (!sel.readWriteType.known) rw = void 0;
  else if (sel.readWriteType.value === "All") rw = true;
  else rw = sel.readWriteType.value === "ReadOnly" ? ev.readOnly : !ev.readOnly;
  if (rw === false) return false;
  if (!sel.dataResources.known) return and(rw, void 0);
  let any = false;
  for (const dr of sel.dataResources.value) {
    const typeOk = dr.type.known ? dr.type.value === "AWS::S3::Object" : void 0;
    if (typeOk === false) continue;
    any = or(any, and(typeOk, anyMatches("StartsWith", dr.values, ev.arn)));
    if (any === true) break;
  }
  return and(rw, any);
}

// src/engine/explain.ts
function formatValues(values) {
  if (!values) return "[]";
  if (!values.known) return "(known only after apply)";
  const shown = values.value.slice(0, MAX_LISTED_VALUES).map((s) => s.known ? s.sensitive ? "(sensitive value)" : quote(s.value) : "(known after apply)");
  const more = values.value.length - shown.length;
  return "[" + shown.join(", ") + (more > 0 ? `, \u2026 and ${more} more` : "") + "]";
}
function describeField(fs) {
  const field2 = fs.field.known ? fs.field.value : "(unknown field)";
  const parts = Object.entries(fs.operators).map(([op, l]) => `${op} ${formatValues(l)}`);
  return `${field2} ${parts.join(" and ")}${starNote(fs)}`;
}
function starNote(fs) {
  const star = Object.values(fs.operators).some(
    (l) => l?.known && l.value.some((s) => s.known && !s.sensitive && s.value.includes("*"))
  );
  return star ? ' ("*" is matched literally: advanced selectors have no wildcards)' : "";
}
function selectorLabel(sel, i) {
  return sel.name ? `selector ${quote(sel.name)}` : `advanced selector #${i + 1}`;
}
function whyFieldRejects(fs, ev, bucketArn2) {
  const field2 = fs.field.known ? fs.field.value : "";
  const eq = fs.operators.Equals;
  if (field2 === "eventCategory") return `records ${formatValues(eq)} events, not data events`;
  if (field2 === "resources.type") return `resources.type is ${formatValues(eq)}, not ${ev.resourcesType}`;
  if (field2 === "readOnly")
    return `records only ${eq?.known && eq.value.some((s) => s.known && s.value === "true") ? "read (readOnly = true)" : "write (readOnly = false)"} events; fix: drop the readOnly field, or add a second selector for readOnly = ${ev.readOnly ? "true" : "false"}`;
  if (field2 === "eventName")
    return `eventName ${describeField(fs).slice("eventName ".length)} leaves out ${ev.eventName}; fix: add ${ev.eventName} or drop the eventName field`;
  if (field2 === "resources.ARN") {
    const trap = eq?.known && eq.value.some((s) => s.known && (s.value === bucketArn2 || s.value === bucketArn2 + "/"));
    if (trap && ev.arn !== bucketArn2 + "/")
      return `resources.ARN uses Equals ${formatValues(eq)}, which matches only that exact ARN and never an object ARN (arn:\u2026:s3:::bucket/key) \u2014 use StartsWith with "${bucketArn2}/" (the equals vs starts_with trap)`;
    const neq = fs.operators.NotEquals;
    if (neq?.known && neq.value.some((s) => s.known && s.value === bucketArn2 + "/") && ev.arn !== bucketArn2 + "/")
      return `note: NotEquals ${formatValues(neq)} does not exclude the bucket's objects; ${describeField(fs)} rejects ${shorten(ev.arn)}`;
    return `${describeField(fs)} does not match ${shorten(ev.arn)}`;
  }
  return `${describeField(fs)} does not match ${quote(String(fieldValue(ev, field2) ?? ""))}`;
}
function explainAdvanced(sel, i, ev, bucketArn2) {
  const label = selectorLabel(sel, i);
  if (!sel.fieldSelectors.known) return `${label}: field selectors known only after apply`;
  const arnUndecided = (fs) => fs.field.known && fs.field.value === "resources.ARN" && ev.arnUnknown !== void 0;
  for (const fs of sel.fieldSelectors.value) {
    if (!fs.field.known || arnUndecided(fs)) continue;
    const r = matchFieldOf(fs, ev);
    if (r === false) return `${label}: ${whyFieldRejects(fs, ev, bucketArn2)}`;
  }
  for (const fs of sel.fieldSelectors.value) {
    if (!fs.field.known) return `${label}: a field name is known only after apply`;
    if (arnUndecided(fs)) return `${label}: resources.ARN cannot be evaluated: ${ev.arnUnknown}`;
    const r = matchFieldOf(fs, ev);
    if (r === void 0 && fs.field.value === "sessionCredentialFromConsole" && ev.sessionCredentialFromConsole !== "true")
      return `${label}: ${describeField(fs)} \u2014 records of calls made outside the console have no sessionCredentialFromConsole field (it is written only when true), and whether such a condition matches a record without it is not documented; fix: drop the field, or select console sessions with Equals ["true"] in a selector of its own`;
    if (r === void 0)
      return `${label}: ${unknownDetail(fs) ?? describeField(fs) + " is known only after apply"}`;
  }
  return `${label}: matches`;
}
function addSelector(bucketArn2, ev) {
  return `an advanced selector with eventCategory = Data, resources.type = ${ev?.resourcesType ?? "AWS::S3::Object"} and resources.ARN StartsWith "${bucketArn2}/"`;
}
function bucketArnOf(arn) {
  const i = arn.indexOf("/");
  return i < 0 ? arn : arn.slice(0, i);
}
function unknownDetail(fs) {
  for (const [op, l] of Object.entries(fs.operators)) {
    if (!l) continue;
    const field2 = fs.field.known ? fs.field.value : "?";
    if (!l.known) return `${field2} ${op} is known only after apply (${l.detail})`;
    const u = l.value.find((s) => !s.known);
    if (u && !u.known) return `${field2} ${op} has a value known only after apply (${u.detail})`;
  }
  return void 0;
}
function explainBasic(sel, i, ev) {
  const label = `event_selector #${i + 1}`;
  if (ev.resourcesType !== "AWS::S3::Object")
    return `${label}: basic event selectors record general purpose buckets only; ${ev.resourcesType} (a directory bucket) needs an advanced selector`;
  if (!sel.readWriteType.known) return `${label}: read_write_type known only after apply`;
  const rw = sel.readWriteType.value;
  if (rw === "ReadOnly" && !ev.readOnly || rw === "WriteOnly" && ev.readOnly)
    return `${label}: read_write_type = ${rw} leaves out ${ev.readOnly ? "read" : "write"} events; fix: read_write_type = "All"`;
  if (!sel.dataResources.known) return `${label}: data resources known only after apply`;
  const s3 = sel.dataResources.value.filter((d) => d.type.known && d.type.value === "AWS::S3::Object");
  if (s3.length === 0) return `${label}: no AWS::S3::Object data resource (management events only)`;
  for (const d of s3) {
    if (!d.values.known)
      return `${label}: S3 data resource values known only after apply (${d.values.detail})`;
    const u = d.values.value.find((s) => !s.known);
    if (u && !u.known) return `${label}: an S3 data resource value is known only after apply (${u.detail})`;
  }
  const values = s3.flatMap((d) => d.values.known ? d.values.value : []);
  return `${label}: no value in ${formatValues({ known: true, value: values })} is a prefix of ${shorten(ev.arn)}; fix: add "${bucketArnOf(ev.arn)}/" to the data_resource values`;
}
function explainSelectors(rec, ev, bucketArn2) {
  if (!rec.selectors.known)
    return rec.selectors.reason === "after-apply" ? `selectors known only after apply (${rec.selectors.detail})` : `selectors could not be read (${rec.selectors.detail})`;
  const set2 = rec.selectors.value;
  switch (set2.kind) {
    case "none":
      return rec.kind === "trail" ? `no data-event selectors (a trail without selectors records management events only); fix: ${addSelector(bucketArn2, ev)}` : `no data-event selectors (the default selector records management events only); fix: ${addSelector(bucketArn2, ev)}`;
    case "conflict":
      return "basic and advanced selectors together are rejected by the API";
    case "basic":
      return set2.selectors.map((s, i) => explainBasic(s, i, ev)).join("; ");
    case "advanced": {
      const data = set2.selectors.map((s, i) => ({ s, i })).filter(({ s }) => isDataSelectorOrUnknown(s));
      if (data.length === 0)
        return `no advanced selector with eventCategory = Data (management events only); fix: ${addSelector(bucketArn2, ev)}`;
      return data.map(({ s, i }) => explainAdvanced(s, i, ev, bucketArn2)).join("; ");
    }
  }
}
function isDataSelectorOrUnknown(sel) {
  if (!sel.fieldSelectors.known) return true;
  const cat = sel.fieldSelectors.value.find((fs) => !fs.field.known || fs.field.value === "eventCategory");
  if (!cat) return true;
  if (!cat.field.known) return true;
  const eq = cat.operators.Equals;
  if (!eq || !eq.known) return true;
  return eq.value.some((s) => !s.known || s.value === "Data");
}

// src/engine/types.ts
var SERVER_ACCESS_LOGS_QUALIFIER = "by server access logs (best effort)";
var SERVER_ACCESS_LOGS_LIMITS = "best effort: delivered with a delay of hours, no guarantee that every request is logged, no userIdentity or session detail, no eventName (https://docs.aws.amazon.com/AmazonS3/latest/userguide/logging-with-S3.html)";

// src/engine/validate.ts
var MAX_BASIC_SELECTORS = 5;
var MAX_BASIC_VALUES = 250;
var MAX_ADVANCED_VALUES = 500;
var MAX_EDS_SELECTORS = 5;
var ALL_RESOURCES = /^arn:[a-z-]+:(s3(:::)?|lambda|dynamodb)$/;
var BASIC_TYPES = /* @__PURE__ */ new Set(["AWS::S3::Object", "AWS::Lambda::Function", "AWS::DynamoDB::Table"]);
var FIELD_PATTERN = /^[\w|\d|.|_]{1,1000}$/;
var MAX_VALUE_LENGTH = 2048;
var MAX_NAME_LENGTH = 1e3;
function knownValues(list4) {
  return (list4 ?? []).flatMap((s) => s.known ? [s.value] : []);
}
function selectorProblems(rec) {
  if (!rec.selectors.known) return [];
  const set2 = rec.selectors.value;
  switch (set2.kind) {
    case "none":
      return [];
    case "conflict":
      return [
        "basic (event_selector) and advanced (advanced_event_selector) selectors on one trail: the API takes one kind or the other"
      ];
    case "basic":
      return basicProblems(set2.selectors);
    case "advanced":
      return advancedProblems(set2.selectors, rec.kind);
  }
}
function basicProblems(selectors) {
  const problems = [];
  if (selectors.length > MAX_BASIC_SELECTORS)
    problems.push(`${selectors.length} event selectors: a trail takes at most ${MAX_BASIC_SELECTORS}`);
  let count = 0;
  selectors.forEach((sel, i) => {
    if (!sel.dataResources.known) return;
    for (const dr of sel.dataResources.value) {
      if (dr.type.known && !BASIC_TYPES.has(dr.type.value))
        problems.push(
          `event_selector[${i}] data_resource type "${dr.type.value}": basic selectors take only ${[...BASIC_TYPES].join(", ")} (use advanced selectors)`
        );
      if (dr.values.known) {
        for (const v of dr.values.value) if (!v.known || !ALL_RESOURCES.test(v.value)) count++;
      }
      if (!dr.type.known || dr.type.value !== "AWS::S3::Object" || !dr.values.known) continue;
      for (const v of knownValues(dr.values.value)) {
        if (v.includes("*")) {
          problems.push(
            `event_selector[${i}] value ${quote(v)}: wildcards are rejected (InvalidEventSelectorsException)`
          );
        } else if (/^arn:[a-z-]+:s3:::[^/]+$/.test(v)) {
          problems.push(
            `event_selector[${i}] value ${quote(v)}: a bucket ARN without the trailing "/" is rejected (InvalidEventSelectorsException); use ${quote(`${v}/`)}`
          );
        } else if (!v.startsWith("arn:") || !/^arn:[a-z-]+:s3(:::.*)?$/.test(v)) {
          problems.push(`event_selector[${i}] value ${quote(v)} is not an S3 ARN or ARN prefix`);
        }
      }
    }
  });
  if (count > MAX_BASIC_VALUES)
    problems.push(`${count} data resource values: a trail takes at most ${MAX_BASIC_VALUES}`);
  return problems;
}
function advancedProblems(selectors, kind) {
  const problems = [];
  if (kind === "event-data-store" && selectors.length > MAX_EDS_SELECTORS)
    problems.push(
      `${selectors.length} advanced selectors: an event data store takes at most ${MAX_EDS_SELECTORS}`
    );
  let values = 0;
  selectors.forEach((sel, i) => {
    const one = oneAdvanced(sel, i);
    values += one.values;
    for (const p of one.problems) problems.push(p);
  });
  if (values > MAX_ADVANCED_VALUES)
    problems.push(`${values} condition values: at most ${MAX_ADVANCED_VALUES} over all advanced selectors`);
  return problems;
}
var STATS = /* @__PURE__ */ new WeakMap();
function advancedSelectorStats(sel) {
  let s = STATS.get(sel);
  if (!s) {
    const one = oneAdvanced(sel, 0);
    s = { values: one.values, ok: one.problems.length === 0 };
    STATS.set(sel, s);
  }
  return s;
}
function oneAdvanced(sel, i) {
  const problems = [];
  let values = 0;
  {
    const label = `advanced selector ${sel.name ? quote(sel.name) : `#${i + 1}`}`;
    if (sel.name !== void 0 && sel.name.length > MAX_NAME_LENGTH)
      problems.push(`${label}: the name is longer than ${MAX_NAME_LENGTH} characters`);
    if (!sel.fieldSelectors.known) return { problems, values };
    const fss = sel.fieldSelectors.value;
    if (fss.length === 0) problems.push(`${label}: an advanced selector needs at least one field selector`);
    for (const fs of fss) {
      if (fs.field.known && !FIELD_PATTERN.test(fs.field.value))
        problems.push(`${label}: field "${fs.field.value.slice(0, 80)}" is not a valid field name`);
      for (const op of ADVANCED_OPERATORS) {
        const list4 = fs.operators[op];
        for (const v of knownValues(list4?.known ? list4.value : []))
          if (v.length > MAX_VALUE_LENGTH || v.length === 0)
            problems.push(
              `${label}: a ${fs.field.known ? fs.field.value : ""} ${op} value has ${v.length} characters (1\u2013${MAX_VALUE_LENGTH} allowed)`
            );
      }
    }
    const fields = fss.flatMap((fs) => fs.field.known ? [fs.field.value] : []);
    const allFieldsKnown = fields.length === fss.length;
    for (const fs of fss) {
      for (const op of ADVANCED_OPERATORS) {
        const list4 = fs.operators[op];
        if (list4?.known) values += list4.value.length;
      }
    }
    const category = fss.find((fs) => fs.field.known && fs.field.value === "eventCategory");
    if (!category) {
      if (allFieldsKnown) problems.push(`${label}: eventCategory is required`);
      return { problems, values };
    }
    for (const op of ADVANCED_OPERATORS)
      if (op !== "Equals" && category.operators[op])
        problems.push(`${label}: eventCategory accepts only Equals, not ${op}`);
    const categories = knownValues(category.operators.Equals?.known ? category.operators.Equals.value : []);
    if (!categories.includes("Data")) return { problems, values };
    const types2 = fss.filter((fs) => fs.field.known && fs.field.value === "resources.type");
    if (types2.length === 0 && allFieldsKnown)
      problems.push(`${label}: resources.type is required for data events`);
    if (types2.length > 1)
      problems.push(`${label}: only one resources.type field is allowed per selector (use another selector)`);
    for (const fs of fss) {
      if (!fs.field.known) continue;
      const field2 = fs.field.value;
      const allowed2 = DATA_EVENT_FIELDS.get(field2);
      if (allowed2 === void 0) {
        problems.push(`${label}: field ${quote(field2)} is not valid for data events`);
        continue;
      }
      for (const op of ADVANCED_OPERATORS) {
        const list4 = fs.operators[op];
        if (!list4) continue;
        if (allowed2 !== "any" && !allowed2.includes(op) && field2 !== "eventCategory")
          problems.push(`${label}: ${field2} accepts only ${allowed2.join("/")}, not ${op}`);
        if (list4.known && list4.value.length === 0) problems.push(`${label}: ${field2} ${op} has no values`);
        for (const v of knownValues(list4.known ? list4.value : [])) {
          if (field2 === "readOnly" && v !== "true" && v !== "false")
            problems.push(`${label}: readOnly must be "true" or "false", not ${quote(v)}`);
        }
      }
    }
  }
  return { problems, values };
}

// src/engine/witness.ts
var FILLERS = "xzqkjw0123456789-_.!~ABCDEFGHIJKLMNOPQRSTUVWXYZ";
function pickFiller(constants2) {
  const used = /* @__PURE__ */ new Set();
  for (const c of constants2) for (const ch of c) used.add(ch);
  for (const ch of FILLERS) if (!used.has(ch)) return ch;
  for (let code2 = 9312; ; code2++) {
    const ch = String.fromCodePoint(code2);
    if (!used.has(ch)) return ch;
  }
}
var SHORT_SUFFIX = 64;
function witnessSuffixes(input) {
  const { base } = input;
  const remainders = /* @__PURE__ */ new Set([""]);
  const all = [];
  for (const c of input.prefixConstants) {
    all.push(c);
    if (c.startsWith(base)) remainders.add(c.slice(base.length));
  }
  const suffixes = /* @__PURE__ */ new Set([""]);
  for (const e of input.suffixConstants) {
    all.push(e);
    suffixes.add(e);
  }
  const f = input.filler ?? pickFiller(all);
  const out = /* @__PURE__ */ new Set();
  for (const r of remainders) {
    out.add(r);
    out.add(r + f);
    for (const e of suffixes) {
      out.add(r + f + e);
      out.add(r + e);
    }
  }
  for (const e of suffixes) {
    out.add(f + e);
    const reach = Math.min(e.length, base.length);
    for (let i = 1; i <= reach; i++) if (base.endsWith(e.slice(0, i))) out.add(e.slice(i));
    if (e.length <= SHORT_SUFFIX) for (let i = 0; i < e.length; i++) out.add(e.slice(i));
  }
  if (!input.allowEmpty) out.delete("");
  return [...out];
}

// src/engine/coverage.ts
var ANY_PRINCIPAL = "arn:aws:sts::000000000000:assumed-role/any-role/any-session";
function factText(f) {
  return f.known ? String(f.value) : `unknown (${f.detail})`;
}
function candidateFor(rec, bucket, problems, refused) {
  const why = [];
  let applies = true;
  const fail = (r, reason) => {
    applies = and(applies, r);
    if (r !== true) why.push(reason);
  };
  if (rec.change === "delete") fail(false, "deleted by this plan (it records nothing once applied)");
  if (refused !== void 0) fail(false, refused);
  if (problems.length > 0) fail(false, `the API would reject its selectors (${problems.join("; ")})`);
  if (!rec.logging.known) fail(void 0, `logging status unknown (${rec.logging.detail})`);
  else if (!rec.logging.value)
    fail(
      false,
      `${rec.loggingDetail ?? "logging is off"}; fix: ${rec.kind === "trail" ? "start logging (enable_logging = true / StartLogging)" : 'start ingestion (suspend = "false" / StartEventDataStoreIngestion)'}`
    );
  if (rec.partition.known && bucket.partition.known && rec.partition.value !== bucket.partition.value)
    fail(false, `in partition ${rec.partition.value}, the bucket is in ${bucket.partition.value}`);
  if (!rec.multiRegion.known) {
    fail(void 0, `multi-Region setting unknown (${rec.multiRegion.detail})`);
  } else if (!rec.multiRegion.value) {
    if (!rec.homeRegion.known || !bucket.region.known) {
      fail(
        void 0,
        `single-Region ${rec.kind === "trail" ? "trail" : "event data store"} in ${factText(rec.homeRegion)}; bucket Region ${factText(bucket.region)}`
      );
    } else if (rec.homeRegion.value !== bucket.region.value) {
      fail(
        false,
        `single-Region ${rec.kind === "trail" ? "trail" : "event data store"} in ${rec.homeRegion.value} does not see ${bucket.region.value}, the bucket's Region; fix: ${rec.kind === "trail" ? "is_multi_region_trail = true" : "multi_region_enabled = true"}, or a recorder in ${bucket.region.value}`
      );
    }
  }
  const org = rec.organization.known && rec.organization.value;
  if (rec.accountId.known && bucket.accountId.known && rec.accountId.value !== bucket.accountId.value) {
    if (!rec.organization.known) fail(void 0, `organization setting unknown (${rec.organization.detail})`);
    else if (!org)
      fail(
        false,
        `belongs to account ${rec.accountId.value} and the bucket to ${bucket.accountId.value}: it records only its own account's calls; fix: a trail in ${bucket.accountId.value} or an organization trail`
      );
  } else if (rec.accountId.known !== bucket.accountId.known && !org) {
    fail(
      void 0,
      `account of ${rec.accountId.known ? "the bucket" : "the recorder"} unknown (${rec.accountId.known ? bucket.accountId.detail : rec.accountId.detail}); it records only its own account's calls`
    );
  }
  if (rec.kind === "trail" && rec.deliveryError)
    fail(
      void 0,
      `its last delivery of log files to the S3 bucket failed (GetTrailStatus LatestDeliveryError: ${rec.deliveryError})`
    );
  return { rec, applies, why };
}
function matchRecorder(rec, ev, only) {
  if (!rec.selectors.known) return void 0;
  const set2 = rec.selectors.value;
  let r = false;
  if (set2.kind === "basic") {
    for (const s of set2.selectors) if ((r = or(r, matchBasic(s, ev))) === true) break;
  } else if (set2.kind === "advanced") {
    if (only) {
      for (const i of only) if ((r = or(r, matchAdvanced(set2.selectors[i], ev))) === true) break;
    } else for (const s of set2.selectors) if ((r = or(r, matchAdvanced(s, ev))) === true) break;
  }
  return r;
}
var SelectorReach = class {
  constructor(count, restrictions) {
    this.count = count;
    restrictions.forEach((values, i) => {
      if (values === void 0) {
        this.globals.push(i);
        return;
      }
      for (const v of values) {
        const l = this.byValue.get(v);
        if (l) l.push(i);
        else this.byValue.set(v, [i]);
      }
    });
    this.sorted = [...this.byValue.keys()].sort();
  }
  count;
  globals = [];
  byValue = /* @__PURE__ */ new Map();
  sorted;
  /** Sorted selector indexes; undefined when all of them reach it. */
  reaching(bucketArn2) {
    if (this.globals.length === this.count) return void 0;
    const base = bucketArn2 + "/";
    const out = new Set(this.globals);
    for (let n = 1; n <= base.length; n++)
      for (const i of this.byValue.get(base.slice(0, n)) ?? []) out.add(i);
    for (const i of this.byValue.get(bucketArn2) ?? []) out.add(i);
    for (const v of withPrefix(this.sorted, base)) for (const i of this.byValue.get(v) ?? []) out.add(i);
    return out.size === this.count ? void 0 : [...out].sort((a, b) => a - b);
  }
};
function knownValues2(list4) {
  if (!list4) return [];
  if (!list4.known || list4.value.some((s) => !s.known)) return void 0;
  return list4.value.map((s) => s.value);
}
function indexRecorder(rec) {
  const arn = /* @__PURE__ */ new Set();
  const arnSuffix = /* @__PURE__ */ new Set();
  const userPrefix = /* @__PURE__ */ new Set();
  const userSuffix = /* @__PURE__ */ new Set();
  const userUnknown = /* @__PURE__ */ new Set();
  const selecting = [];
  const restrictions = [];
  let global = false;
  let usesEventType = false;
  let usesConsole = false;
  let apiSensitivity = "none";
  const sensitive = (level) => {
    if (level === "name" || apiSensitivity === "none") apiSensitivity = level;
  };
  if (!rec.selectors.known) global = true;
  else {
    const set2 = rec.selectors.value;
    if (set2.kind === "basic") {
      for (const sel of set2.selectors) {
        if (!sel.readWriteType.known || sel.readWriteType.value !== "All") sensitive("readOnly");
        if (!sel.dataResources.known) {
          global = true;
          continue;
        }
        for (const dr of sel.dataResources.value) {
          const vals = knownValues2(dr.values);
          if (vals === void 0) global = true;
          for (const s of dr.values.known ? dr.values.value : []) if (s.known) arn.add(s.value);
          if (vals) pushAll(selecting, vals);
        }
      }
    } else if (set2.kind === "advanced") {
      for (const sel of set2.selectors) {
        if (!sel.fieldSelectors.known) {
          global = true;
          sensitive("name");
          restrictions.push(void 0);
          continue;
        }
        let restricted = false;
        let restriction = [];
        for (const fs of sel.fieldSelectors.value) {
          if (!fs.field.known) {
            sensitive("name");
            continue;
          }
          const o = fs.operators;
          const field2 = fs.field.value;
          if (field2 === "eventName") sensitive("name");
          else if (field2 === "readOnly") sensitive("readOnly");
          if (field2 === "resources.ARN" || field2 === "userIdentity.arn") {
            const [p, sfx] = field2 === "resources.ARN" ? [arn, arnSuffix] : [userPrefix, userSuffix];
            if (field2 === "userIdentity.arn") {
              for (const l of [o.NotEquals, o.NotStartsWith, o.NotEndsWith])
                for (const x of l?.known ? l.value : []) if (!x.known) userUnknown.add(x);
            }
            for (const l of [o.Equals, o.StartsWith, o.NotEquals, o.NotStartsWith])
              for (const x of l?.known ? l.value : []) if (x.known) p.add(x.value);
            for (const l of [o.EndsWith, o.NotEndsWith])
              for (const x of l?.known ? l.value : []) if (x.known) sfx.add(x.value);
            if (field2 === "resources.ARN" && !restricted && !o.EndsWith && (o.Equals || o.StartsWith)) {
              const eq = knownValues2(o.Equals);
              const sw = knownValues2(o.StartsWith);
              if (eq !== void 0 && sw !== void 0) {
                restricted = true;
                restriction = [...eq, ...sw];
              }
            }
          } else if (field2 === "eventType") usesEventType = true;
          else if (field2 === "sessionCredentialFromConsole") usesConsole = true;
        }
        if (restricted) pushAll(selecting, restriction);
        else global = true;
        restrictions.push(restricted ? restriction : void 0);
      }
    }
  }
  return {
    global,
    selecting,
    ...restrictions.length > 0 ? { reach: new SelectorReach(restrictions.length, restrictions) } : {},
    arnSorted: [...arn].sort(),
    arnSuffix: [...arnSuffix],
    userPrefix: [...userPrefix],
    userSuffix: [...userSuffix],
    userUnknown: [...userUnknown],
    usesEventType,
    usesConsole,
    apiSensitivity
  };
}
function lowerBound(sorted, key) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function withPrefix(sorted, prefix) {
  const out = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i].startsWith(prefix); i++)
    out.push(sorted[i]);
  return out;
}
var CoverageIndex = class {
  constructor(recorders) {
    this.recorders = recorders;
    this.entries = recorders.map(indexRecorder);
    this.entries.forEach((e, i) => {
      if (e.global) this.globals.push(i);
      for (const v of e.selecting) {
        const l = this.byValue.get(v);
        if (l) l.push(i);
        else this.byValue.set(v, [i]);
      }
    });
    this.sortedValues = [...this.byValue.keys()].sort();
  }
  recorders;
  entries;
  globals = [];
  byValue = /* @__PURE__ */ new Map();
  sortedValues;
  /** Recorders whose selectors can match some event of the bucket; the others match none of them. */
  relevant(bucketArn2) {
    const base = bucketArn2 + "/";
    const out = new Set(this.globals);
    for (let n = 1; n <= base.length; n++)
      for (const i of this.byValue.get(base.slice(0, n)) ?? []) out.add(i);
    for (const v of withPrefix(this.sortedValues, base))
      for (const i of this.byValue.get(v) ?? []) out.add(i);
    return [...out].sort((a, b) => a - b);
  }
  constants(indexes, bucketArn2) {
    const c = {
      arnPrefix: /* @__PURE__ */ new Set(),
      arnSuffix: /* @__PURE__ */ new Set(),
      userPrefix: /* @__PURE__ */ new Set(),
      userSuffix: /* @__PURE__ */ new Set(),
      userUnknown: /* @__PURE__ */ new Set(),
      usesEventType: false,
      usesConsole: false
    };
    for (const i of indexes) {
      const e = this.entries[i];
      for (const v of withPrefix(e.arnSorted, bucketArn2 + "/")) c.arnPrefix.add(v);
      for (const v of e.arnSuffix) c.arnSuffix.add(v);
      for (const v of e.userPrefix) c.userPrefix.add(v);
      for (const v of e.userSuffix) c.userSuffix.add(v);
      for (const v of e.userUnknown) c.userUnknown.add(v);
      c.usesEventType ||= e.usesEventType;
      c.usesConsole ||= e.usesConsole;
    }
    return c;
  }
};
var INDEXES = /* @__PURE__ */ new WeakMap();
function indexFor(recorders) {
  let index = INDEXES.get(recorders);
  if (!index) {
    index = new CoverageIndex(recorders);
    INDEXES.set(recorders, index);
  }
  return index;
}
var PROBLEMS = /* @__PURE__ */ new WeakMap();
function problemsOf(rec) {
  let p = PROBLEMS.get(rec);
  if (!p) {
    p = selectorProblems(rec);
    PROBLEMS.set(rec, p);
  }
  return p;
}
var API_SLOTS = new Map(
  [...new Set([...S3_DATA_APIS, ...DIRECTORY_BUCKET_APIS].map((a) => a.name))].map((n, i) => [n, i])
);
function apiSlot(name) {
  return API_SLOTS.get(name) ?? 60;
}
function witnesses(bucketArn2, prefix, kind, c, arnUnknown) {
  c.arnPrefixSorted ??= [...c.arnPrefix].sort();
  c.filler ??= pickFiller([...c.arnPrefix, ...c.arnSuffix, ...c.userPrefix, ...c.userSuffix]);
  const arns = [];
  if (kind === "bucket") {
    arns.push({ arn: bucketArn2 + "/", key: null });
  } else if (kind === "listing") {
    const seen = /* @__PURE__ */ new Set();
    const add = (p) => {
      if (!seen.has(p)) arns.push({ arn: `${bucketArn2}/${p}`, key: p });
      seen.add(p);
    };
    for (let i = 0; i <= prefix.length; i++) add(prefix.slice(0, i));
    const base = bucketArn2 + "/" + prefix;
    for (const s of witnessSuffixes({
      base,
      prefixConstants: withPrefix(c.arnPrefixSorted, base),
      suffixConstants: c.arnSuffix,
      allowEmpty: true,
      filler: c.filler
    }))
      add(prefix + s);
  } else {
    const base = bucketArn2 + "/" + prefix;
    for (const s of witnessSuffixes({
      base,
      prefixConstants: withPrefix(c.arnPrefixSorted, base),
      suffixConstants: c.arnSuffix,
      allowEmpty: prefix !== "",
      filler: c.filler
    }))
      arns.push({ arn: base + s, key: prefix + s });
  }
  const principalMatters = c.userPrefix.size + c.userSuffix.size + c.userUnknown.size > 0;
  const users = (principalMatters ? witnessSuffixes({
    base: "",
    prefixConstants: c.userPrefix,
    suffixConstants: c.userSuffix,
    allowEmpty: true,
    filler: c.filler
  }) : [ANY_PRINCIPAL]).map((arn) => ({ arn }));
  for (const u of c.userUnknown)
    users.push({ arn: `(the caller named by ${u.known ? u.value : u.detail})`, symbol: u });
  const types2 = c.usesEventType ? EVENT_TYPES : ["AwsApiCall"];
  const consoles = c.usesConsole ? ["false", "true"] : ["false"];
  const out = [];
  for (const a of arns)
    for (const u of users)
      for (const t of types2)
        for (const k of consoles)
          out.push({
            arn: a.arn,
            key: a.key,
            ...kind === "listing" ? { listing: true } : {},
            userArn: u.arn,
            ...u.symbol ? { userSymbol: u.symbol } : {},
            principalMatters,
            eventType: t,
            console: k,
            consoleMatters: c.usesConsole,
            ...arnUnknown !== void 0 ? { arnUnknown } : {}
          });
  return out;
}
function describeWitness(w) {
  const parts = [];
  parts.push(
    w.key === null ? `the bucket-level event (${shorten(w.arn)})` : w.listing ? `a listing with request prefix ${quote(w.key)}` : `key ${quote(w.key)}`
  );
  if (w.principalMatters)
    parts.push(w.userSymbol ? `the caller ${shorten(w.userArn.slice(1, -1))}` : `caller ${quote(w.userArn)}`);
  if (w.eventType !== "AwsApiCall") parts.push(`eventType ${w.eventType} (records AWS generates itself)`);
  if (w.consoleMatters) parts.push(w.console === "true" ? "console sessions" : "calls outside the console");
  return parts.join(", ");
}
function statusOf(t, f, u) {
  if (f === 0 && u === 0) return "covered";
  if (t === 0 && u === 0) return "uncovered";
  if (f === 0) return "unknown";
  return "partial";
}
var MAX_GAPS = 4;
function evaluateEvent(api, kind, bucketArn2, cands, all, skipped, sens, memo, coveredOnly, subsets) {
  let t = 0;
  let f = 0;
  let u = 0;
  let explained = 0;
  const coveredBy = /* @__PURE__ */ new Set();
  const gaps = /* @__PURE__ */ new Set();
  const failingDescriptions = [];
  for (const w of all) {
    const ev = {
      eventCategory: "Data",
      ...eventShapeOf(kind),
      eventName: api.name,
      readOnly: api.readOnly,
      arn: w.arn,
      ...w.arnUnknown !== void 0 ? { arnUnknown: w.arnUnknown } : {},
      userArn: w.userArn,
      ...w.userSymbol ? { userSymbol: w.userSymbol } : {},
      eventType: w.eventType,
      sessionCredentialFromConsole: w.console
    };
    let r = false;
    const perRec = [];
    for (let ci = 0; ci < cands.length; ci++) {
      const c = cands[ci];
      let m;
      if (c.applies === false) m = false;
      else {
        const s = sens[ci];
        const slot = s === "none" ? 0 : s === "readOnly" && !api.readOnlyUnverified ? api.readOnly ? 1 : 2 : 3 + apiSlot(api.name);
        const key = (ci * 1000003 + (w.id ?? 0)) * 64 + slot;
        if (memo.has(key)) m = memo.get(key);
        else {
          m = and(c.applies, matchRecorder(c.rec, ev, subsets[ci]));
          if (api.readOnlyUnverified && m !== void 0 && s !== "none") {
            if (and(c.applies, matchRecorder(c.rec, { ...ev, readOnly: !ev.readOnly }, subsets[ci])) !== m)
              m = void 0;
          }
          memo.set(key, m);
        }
      }
      perRec.push(m);
      if (m === true) coveredBy.add(c.rec.id);
      r = or(r, m);
    }
    if (r === true) {
      t++;
      continue;
    }
    if (r === false) f++;
    else u++;
    if (coveredOnly) break;
    if (explained >= MAX_GAPS) continue;
    explained++;
    const reasons = [];
    if (cands.length === 0)
      reasons.push(
        skipped > 0 ? `none of the ${skipped} trails and event data stores has a selector that reaches this bucket` : "no trail or event data store records it (none in the source)"
      );
    cands.forEach((c, i) => {
      if (perRec[i] === true) return;
      if (c.applies !== true) reasons.push(`${c.rec.id}: ${c.why.join("; ")}`);
      else if (perRec[i] === void 0 && api.readOnlyUnverified && matchRecorder(c.rec, ev) !== matchRecorder(c.rec, { ...ev, readOnly: !ev.readOnly }))
        reasons.push(
          `${c.rec.id}: its ReadWriteType or readOnly condition decides ${api.name}, whose readOnly value AWS does not document (taken as ${api.readOnly}; it records it only if that is right); fix: record both read and write events`
        );
      else reasons.push(`${c.rec.id}: ${explainSelectors(c.rec, ev, bucketArn2)}`);
    });
    if (cands.length && skipped > 0)
      reasons.push(`(${skipped} other recorders have no selector for this bucket)`);
    const verdict = r === false ? "not recorded" : "cannot be proven recorded";
    const g = `${verdict}: ${reasons.join(" | ")}`;
    if (!gaps.has(g)) {
      failingDescriptions.push(describeWitness(w));
      gaps.add(g);
    }
  }
  const status = statusOf(t, f, u);
  const gapList = [...gaps].map(
    (g, i) => status === "partial" && failingDescriptions[i] ? `${failingDescriptions[i]} ${g}` : g
  );
  return { name: api.name, status, coveredBy: [...coveredBy].sort(), gaps: gapList };
}
function combineStatuses(statuses) {
  if (statuses.length === 0) return "covered";
  if (statuses.every((s) => s === "covered")) return "covered";
  if (statuses.every((s) => s === "uncovered")) return "uncovered";
  if (statuses.every((s) => s === "covered" || s === "unknown")) return "unknown";
  return "partial";
}
function bucketFacts(req, facts) {
  const seen = facts.buckets.get(req.name);
  const region = req.region ? { known: true, value: req.region } : seen?.region ?? {
    known: false,
    reason: "not-collected",
    detail: `bucket ${req.name} is not in the source and the policy gives no region`
  };
  const accountId = req.account ? { known: true, value: req.account } : seen?.accountId ?? facts.defaults.accountId;
  return {
    name: req.name,
    kind: seen?.kind ?? bucketKindOf(req.name),
    origin: seen?.origin ?? { source: "policy", ref: req.name, file: req.location.file },
    region,
    accountId,
    partition: seen?.partition ?? { known: true, value: facts.defaults.partition },
    ...seen?.policy ? { policy: seen.policy } : {},
    ...seen?.change ? { change: seen.change } : {}
  };
}
function serverAccessLogsOf(name, f) {
  if (!f) return void 0;
  const limits = SERVER_ACCESS_LOGS_LIMITS;
  if (!f.known) return { status: "unknown", usable: "unknown", detail: f.detail, limits };
  if (f.value === null) return { status: "off", usable: false, detail: "server access logging is off" };
  const v = f.value;
  const target = `${v.targetBucket}/${v.targetPrefix}`;
  const base = { status: "on", target, ref: v.ref, limits };
  if (v.targetBucket === name)
    return {
      ...base,
      usable: false,
      detail: `the bucket logs to itself (${target}), which AWS warns against`
    };
  if (!v.targetExists.known) return { ...base, usable: "unknown", detail: v.targetExists.detail };
  if (!v.targetExists.value)
    return { ...base, usable: false, detail: `target bucket ${v.targetBucket} does not exist` };
  return { ...base, usable: true };
}
function bucketArnOf2(bucket, partition) {
  if ((bucket.kind ?? bucketKindOf(bucket.name)) !== "directory")
    return { arn: `arn:${partition}:s3:::${bucket.name}` };
  const region = bucket.region.known ? bucket.region.value : "?";
  const account = bucket.accountId.known ? bucket.accountId.value : "?";
  const arn = `arn:${partition}:s3express:${region}:${account}:bucket/${bucket.name}`;
  const missing = [
    ...bucket.region.known ? [] : [`Region (${bucket.region.detail})`],
    ...bucket.accountId.known ? [] : [`account (${bucket.accountId.detail})`]
  ];
  return missing.length === 0 ? { arn } : {
    arn,
    unknownDetail: `the ARN of directory bucket ${bucket.name} (arn:${partition}:s3express:REGION:ACCOUNT:bucket/NAME) is not known: its ${missing.join(" and ")}; give region and account in the policy`
  };
}
function eventsFor(req, kind) {
  if (kind === "general-purpose") return req.events;
  const apis = apisOf(kind);
  if (req.eventsSpec === "all") return apis.map((a) => a.name);
  if (req.eventsSpec === "read") return apis.filter((a) => a.readOnly).map((a) => a.name);
  if (req.eventsSpec === "write") return apis.filter((a) => !a.readOnly).map((a) => a.name);
  return req.events.filter((n) => apis.some((a) => a.name === n));
}
var EXPLAIN_ALL_UP_TO = 5;
function constantsPrefixing(sorted, base) {
  const out = [];
  if (sorted.length === 0) return out;
  for (let n = 1; n < base.length; n++) {
    const p = base.slice(0, n);
    const i = lowerBound(sorted, p);
    if (sorted[i] === p) out.push(p);
  }
  return out;
}
var SELECTOR_TEXT = /* @__PURE__ */ new WeakMap();
function recorderText(rec) {
  let t = SELECTOR_TEXT.get(rec);
  if (t === void 0) {
    let sel;
    try {
      sel = JSON.stringify(rec.selectors);
    } catch {
      sel = "\0";
    }
    t = `${rec.id}\0${sel}`;
    SELECTOR_TEXT.set(rec, t);
  }
  return t;
}
function occurrences(text2, s) {
  let n = 0;
  for (let i = text2.indexOf(s); i >= 0; i = text2.indexOf(s, i + 1)) n++;
  return n;
}
function isPortable(e) {
  if (e.portable === void 0) {
    let names = 0;
    let arns = 0;
    for (const ev of e.events)
      for (const g of ev.gaps) {
        names += occurrences(g, e.name);
        arns += occurrences(g, e.arn);
      }
    e.portable = names === arns && !e.foreign().includes(e.name);
  }
  return e.portable;
}
function instantiate(e, name) {
  return e.events.map(
    (ev) => ev.gaps.length === 0 ? ev : { ...ev, gaps: ev.gaps.map((g) => g.includes(e.name) ? g.split(e.name).join(name) : g) }
  );
}
function evaluateCoverage(facts, policy, opts = {}) {
  const coveredOnly = opts.coveredOnly === true;
  const memoize = opts.memoize !== false;
  const signatures = /* @__PURE__ */ new Map();
  const invalidSelectors = [];
  for (const rec of facts.recorders) {
    const p = problemsOf(rec);
    if (p.length > 0 && rec.change !== "delete") invalidSelectors.push({ recorder: rec, problems: p });
  }
  const index = indexFor(facts.recorders);
  const buckets = [];
  for (const req of policy.buckets) {
    const bucket = bucketFacts(req, facts);
    const kind = bucket.kind ?? bucketKindOf(req.name);
    const partition = bucket.partition.known ? bucket.partition.value : facts.defaults.partition;
    const { arn: bucketArn2, unknownDetail: unknownDetail2 } = bucketArnOf2(bucket, partition);
    const relevant = unknownDetail2 === void 0 ? index.relevant(bucketArn2) : facts.recorders.map((_r, i) => i);
    const shown = facts.recorders.length <= EXPLAIN_ALL_UP_TO ? facts.recorders.map((_r, i) => i) : relevant;
    const refused = refusedDuplicates(facts.recorders);
    const cands = shown.map((i) => {
      const r = facts.recorders[i];
      return candidateFor(r, bucket, problemsOf(r), refused.get(r));
    });
    const consts = index.constants(relevant, bucketArn2);
    const sens = shown.map((i) => index.entries[i].apiSensitivity);
    const subsets = shown.map(
      (i) => unknownDetail2 === void 0 ? index.entries[i].reach?.reaching(bucketArn2) : void 0
    );
    let signature;
    const found = () => {
      if (!memoize || unknownDetail2 !== void 0 || bucket.name.length > 63) return void 0;
      if (consts.arnPrefix.size > 0 || consts.arnSuffix.size > 0) return void 0;
      const base = bucketArn2 + "/";
      for (const i of shown) {
        const e2 = index.entries[i];
        if (e2.arnSuffix.length > 0 || withPrefix(e2.arnSorted, base).length > 0) return void 0;
      }
      signature = JSON.stringify([
        kind,
        partition,
        req.name.length,
        bucket.region,
        bucket.accountId,
        bucket.partition,
        req.events,
        req.eventsSpec,
        req.prefixes,
        shown,
        relevant,
        subsets,
        shown.map((i) => constantsPrefixing(index.entries[i].arnSorted, base))
      ]);
      const e = signatures.get(signature);
      return e && isPortable(e) ? instantiate(e, req.name) : void 0;
    };
    const reused = found();
    const memo = /* @__PURE__ */ new Map();
    let nextId = 0;
    const numbered = (ws) => {
      for (const w of ws) w.id = nextId++;
      return ws;
    };
    const objectWitnesses = /* @__PURE__ */ new Map();
    const bucketWitnesses = numbered(witnesses(bucketArn2, "", "bucket", consts, unknownDetail2));
    let listingWitnesses;
    const events = [];
    const level = sens.includes("name") ? 2 : sens.includes("readOnly") ? 1 : 0;
    const byClass = /* @__PURE__ */ new Map();
    const byName = new Map(apisOf(kind).map((a) => [a.name, a]));
    if (reused) pushAll(events, reused);
    else
      for (const name of eventsFor(req, kind)) {
        const api = byName.get(name);
        if (!api) continue;
        const cls = `${api.bucketLevel}|${api.requestPrefix === true}|${level === 2 || level === 1 && api.readOnlyUnverified ? api.name : level === 1 ? api.readOnly : ""}`;
        const same = byClass.get(cls);
        if (same) {
          events.push({ ...same, name: api.name });
          continue;
        }
        let all;
        if (api.requestPrefix) {
          if (!listingWitnesses)
            listingWitnesses = numbered(
              req.prefixes.flatMap((p) => witnesses(bucketArn2, p, "listing", consts, unknownDetail2))
            );
          all = listingWitnesses;
        } else if (api.bucketLevel) all = bucketWitnesses;
        else {
          all = [];
          for (const prefix of req.prefixes) {
            let w = objectWitnesses.get(prefix);
            if (!w) {
              w = numbered(witnesses(bucketArn2, prefix, "object", consts, unknownDetail2));
              objectWitnesses.set(prefix, w);
            }
            pushAll(all, w);
          }
        }
        const ev = evaluateEvent(
          api,
          kind,
          bucketArn2,
          cands,
          all,
          facts.recorders.length - shown.length,
          sens,
          memo,
          coveredOnly,
          subsets
        );
        byClass.set(cls, ev);
        events.push(ev);
        if (coveredOnly && ev.status !== "covered") break;
      }
    if (signature !== void 0 && !reused && signatures.get(signature)?.portable !== true) {
      const shownCands = cands;
      signatures.set(signature, {
        name: req.name,
        arn: bucketArn2,
        events,
        foreign: () => [
          ...shown.map((i) => recorderText(facts.recorders[i])),
          ...shownCands.flatMap((c) => c.why),
          ...req.prefixes
        ].join("\0")
      });
    }
    const cloudTrail = combineStatuses(events.map((e) => e.status));
    const sal = serverAccessLogsOf(req.name, facts.buckets.get(req.name)?.serverAccessLogging);
    const accepted = cloudTrail !== "covered" && req.accept?.includes("server-access-logs") && sal?.usable === true;
    buckets.push({
      name: req.name,
      status: accepted ? "covered" : cloudTrail,
      region: bucket.region.known ? bucket.region.value : null,
      prefixes: req.prefixes,
      events,
      location: req.location,
      ref: facts.buckets.get(req.name)?.origin.ref ?? null,
      ...sal ? { serverAccessLogs: sal } : {},
      ...accepted ? {
        acceptedEvidence: {
          evidence: "server-access-logs",
          qualifier: SERVER_ACCESS_LOGS_QUALIFIER,
          cloudTrailStatus: cloudTrail
        }
      } : {}
    });
  }
  return { buckets, invalidSelectors };
}
function recorderRecords(rec, bucket, ev) {
  const c = candidateFor(rec, bucket, problemsOf(rec));
  const records = and(c.applies, matchRecorder(rec, ev));
  const bucketArn2 = bucketArnOf2(bucket, bucket.partition.known ? bucket.partition.value : "aws").arn;
  const why = records === true ? "" : c.applies !== true ? c.why.join("; ") : explainSelectors(rec, ev, bucketArn2);
  return { records, why };
}
function recordersReaching(facts, bucketName) {
  const index = indexFor(facts.recorders);
  return index.relevant(`arn:${facts.defaults.partition}:s3:::${bucketName}`).map((i) => facts.recorders[i]);
}
function advancedSelectorsReaching(facts, rec, bucketName) {
  const index = indexFor(facts.recorders);
  const i = facts.recorders.indexOf(rec);
  if (i < 0) return void 0;
  return index.entries[i]?.reach?.reaching(`arn:${facts.defaults.partition}:s3:::${bucketName}`);
}

// src/engine/diff.ts
var RANK2 = { covered: 3, unknown: 2, partial: 1, uncovered: 0 };
var OP_ATTR = OPERATOR_ATTRIBUTES;
function fieldName(fs) {
  return fs.field.known ? fs.field.value : "?";
}
function fieldChanges(label, a, b) {
  const out = [];
  const names = /* @__PURE__ */ new Set([...a.map(fieldName), ...b.map(fieldName)]);
  for (const f of names) {
    const x = a.find((fs) => fieldName(fs) === f);
    const y = b.find((fs) => fieldName(fs) === f);
    if (!x) {
      out.push(`${label} added field ${f}`);
      continue;
    }
    if (!y) {
      out.push(`${label} removed field ${f}`);
      continue;
    }
    const xo = Object.keys(x.operators).sort();
    const yo = Object.keys(y.operators).sort();
    if (xo.join() !== yo.join()) {
      const from = xo.map((o) => OP_ATTR[o]).join(" + ");
      const to = yo.map((o) => OP_ATTR[o]).join(" + ");
      out.push(`${label} changed ${f} from ${from || "no condition"} to ${to || "no condition"}`);
      continue;
    }
    for (const o of xo) {
      const before = formatValues(x.operators[o]);
      const after = formatValues(y.operators[o]);
      if (before !== after) out.push(`${label} changed ${f} ${OP_ATTR[o]} ${before} \u2192 ${after}`);
    }
  }
  return out;
}
function advLabel(s, i) {
  return s.name ? `selector "${s.name}"` : `advanced selector #${i + 1}`;
}
function advancedChanges(a, b) {
  const out = [];
  const key = (s, i) => s.name ?? `#${i}`;
  const bk = new Map(b.map((s, i) => [key(s, i), { s, i }]));
  const ak = new Map(a.map((s, i) => [key(s, i), { s, i }]));
  for (const [k, { s, i }] of ak) {
    const other = bk.get(k);
    if (!other) {
      out.push(`${advLabel(s, i)} removed`);
      continue;
    }
    if (s.fieldSelectors.known && other.s.fieldSelectors.known)
      pushAll(out, fieldChanges(advLabel(s, i), s.fieldSelectors.value, other.s.fieldSelectors.value));
    else if (s.fieldSelectors.known !== other.s.fieldSelectors.known)
      out.push(`${advLabel(s, i)} is known only after apply`);
  }
  for (const [k, { s, i }] of bk) if (!ak.has(k)) out.push(`${advLabel(s, i)} added`);
  return out;
}
function basicText(s) {
  const rw = s.readWriteType.known ? s.readWriteType.value : "?";
  const vals = s.dataResources.known ? s.dataResources.value.map((d) => formatValues(d.values)).join(" ") : "?";
  return `${rw} ${vals}`;
}
function selectorChanges(a, b) {
  if (a.kind !== b.kind) return [`selectors changed from ${a.kind} to ${b.kind}`];
  if (a.kind === "advanced" && b.kind === "advanced") return advancedChanges(a.selectors, b.selectors);
  if (a.kind === "basic" && b.kind === "basic") {
    const x = a.selectors.map(basicText);
    const y = b.selectors.map(basicText);
    const out = [];
    x.forEach((t, i) => {
      if (y[i] === void 0) out.push(`event_selector #${i + 1} removed`);
      else if (t !== y[i]) out.push(`event_selector #${i + 1} changed: ${t} \u2192 ${y[i]}`);
    });
    for (let i = x.length; i < y.length; i++) out.push(`event_selector #${i + 1} added`);
    return out;
  }
  return [];
}
function recorderChanges(a, b) {
  if (!a && !b) return [];
  if (!a) return [`${b.id} is added by this plan`];
  if (!b || b.change === "delete") return [`${a.id} is deleted by this plan`];
  const out = [];
  const same = (x, y) => x.known === y.known && x.value === y.value;
  if (!same(a.logging, b.logging))
    out.push(
      `${b.id}: logging ${a.logging.known ? a.logging.value : "?"} \u2192 ${b.logging.known ? b.logging.value : "known after apply"}`
    );
  if (!same(a.multiRegion, b.multiRegion))
    out.push(
      `${b.id}: multi-Region ${a.multiRegion.known ? a.multiRegion.value : "?"} \u2192 ${b.multiRegion.known ? b.multiRegion.value : "known after apply"}`
    );
  if (!same(a.homeRegion, b.homeRegion))
    out.push(
      `${b.id}: home Region ${a.homeRegion.known ? a.homeRegion.value : "?"} \u2192 ${b.homeRegion.known ? b.homeRegion.value : "known after apply"}`
    );
  if (a.selectors.known && b.selectors.known)
    pushAll(
      out,
      selectorChanges(a.selectors.value, b.selectors.value).map((c) => `${b.id} ${c}`)
    );
  else if (a.selectors.known !== b.selectors.known) out.push(`${b.id}: selectors known only after apply`);
  return out;
}
function diffCoverage(before, after, beforeFacts, afterFacts) {
  const buckets = [];
  const beforeByName = new Map(before.buckets.map((b) => [b.name, b]));
  const beforeRecorders = new Map(beforeFacts.recorders.map((r) => [r.id, r]));
  const afterRecorders = new Map(afterFacts.recorders.map((r) => [r.id, r]));
  const changeCache = /* @__PURE__ */ new Map();
  const explained = /* @__PURE__ */ new Map();
  const changesOf = (id) => {
    let c = changeCache.get(id);
    if (!c) {
      c = recorderChanges(beforeRecorders.get(id), afterRecorders.get(id));
      changeCache.set(id, c);
    }
    return c;
  };
  for (const ab of after.buckets) {
    const bb = beforeByName.get(ab.name);
    if (!bb) continue;
    const groups2 = /* @__PURE__ */ new Map();
    const beforeEvents = new Map(bb.events.map((e) => [e.name, e]));
    for (const ae of ab.events) {
      const be = beforeEvents.get(ae.name);
      if (!be || be.status === ae.status) continue;
      let inner = explained.get(be.coveredBy);
      if (!inner) explained.set(be.coveredBy, inner = /* @__PURE__ */ new Map());
      let reasonsKey = inner.get(ae.coveredBy);
      if (!reasonsKey) {
        const ids = [.../* @__PURE__ */ new Set([...be.coveredBy, ...ae.coveredBy])];
        const because = ids.flatMap((id) => changesOf(id));
        if (because.length === 0) {
          for (const r of afterFacts.recorders)
            if (r.change && r.change !== "no-op")
              pushAll(because, recorderChanges(beforeRecorders.get(r.id), r));
        }
        const reasons2 = [...new Set(because)];
        reasonsKey = { reasons: reasons2, key: `${ids.join("\n")}|${reasons2.join("\n")}` };
        inner.set(ae.coveredBy, reasonsKey);
      }
      const reasons = reasonsKey.reasons;
      const key = `${be.status}|${ae.status}|${reasonsKey.key}`;
      const g = groups2.get(key);
      if (g) g.apis.push(ae.name);
      else
        groups2.set(key, {
          apis: [ae.name],
          before: be.status,
          after: ae.status,
          regression: RANK2[ae.status] < RANK2[be.status],
          because: reasons
        });
    }
    if (groups2.size === 0) continue;
    const changes = [...groups2.values()].sort((x, y) => Number(y.regression) - Number(x.regression));
    buckets.push({
      name: ab.name,
      before: bb.status,
      after: ab.status,
      regression: changes.some((e) => e.regression),
      changes
    });
  }
  buckets.sort((x, y) => Number(y.regression) - Number(x.regression));
  return {
    regressions: buckets.filter((b) => b.regression).length,
    improvements: buckets.filter((b) => !b.regression).length,
    buckets
  };
}

// src/engine/hcl-text.ts
function hclString(s) {
  return JSON.stringify(s).replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

// src/engine/remediation.ts
var S = (value2) => ({ known: true, value: value2 });
var list2 = (...values) => known(values.map(S));
var field = (name, ops) => ({
  field: known(name),
  operators: Object.fromEntries(Object.entries(ops).map(([op, v]) => [op, list2(...v)]))
});
var OP_ATTR2 = OPERATOR_ATTRIBUTES;
var q = hclString;
function strList(l) {
  if (!l?.known || l.value.some((s) => !s.known)) return void 0;
  return "[" + l.value.map((s) => q(s.value)).join(", ") + "]";
}
function renderAdvancedSelector(sel, indent = "") {
  const i = indent;
  const lines = [`${i}advanced_event_selector {`];
  if (sel.name) lines.push(`${i}  name = ${q(sel.name)}`);
  for (const fs of sel.fieldSelectors.known ? sel.fieldSelectors.value : []) {
    lines.push(`${i}  field_selector {`);
    lines.push(`${i}    field = ${q(fs.field.known ? fs.field.value : "")}`);
    for (const op of ADVANCED_OPERATORS) {
      const v = strList(fs.operators[op]);
      if (v) lines.push(`${i}    ${OP_ATTR2[op]} = ${v}`);
    }
    lines.push(`${i}  }`);
  }
  lines.push(`${i}}`);
  return lines.join("\n");
}
function renderBasicSelector(sel, indent = "") {
  const i = indent;
  const lines = [`${i}event_selector {`];
  lines.push(`${i}  read_write_type = ${q(sel.readWriteType.known ? sel.readWriteType.value : "All")}`);
  lines.push(`${i}  include_management_events = true`);
  for (const dr of sel.dataResources.known ? sel.dataResources.value : []) {
    const values = dr.values.known ? dr.values.value.filter((s) => s.known).map((s) => q(s.value)) : [];
    lines.push(
      `${i}  data_resource {`,
      `${i}    type   = ${q(dr.type.known ? dr.type.value : "AWS::S3::Object")}`,
      `${i}    values = [${values.join(", ")}]`,
      `${i}  }`
    );
  }
  lines.push(`${i}}`);
  return lines.join("\n");
}
function renderPatches(rec, patches) {
  return patches.map((p) => {
    switch (p.kind) {
      case "set":
        return `${p.attribute} = ${typeof p.value === "string" ? q(p.value) : String(p.value)}`;
      case "replace-advanced":
        return `# replaces advanced_event_selector #${p.index + 1}${rec ? ` of ${rec.id}` : ""}
${renderAdvancedSelector(p.selector)}`;
      case "add-advanced":
        return `# adds an advanced_event_selector${rec ? ` to ${rec.id}` : ""}
${renderAdvancedSelector(p.selector)}`;
      case "replace-basic":
        return `# replaces event_selector #${p.index + 1}${rec ? ` of ${rec.id}` : ""}
${renderBasicSelector(p.selector)}`;
      case "add-basic":
        return `# adds an event_selector${rec ? ` to ${rec.id}` : ""} (at most 5 per trail, 250 data resource values in all)
${renderBasicSelector(p.selector)}`;
    }
  }).join("\n\n");
}
function applyPatches(rec, patches) {
  let r = rec;
  for (const p of patches) {
    if (p.kind === "set") {
      if (p.attribute === "is_multi_region_trail" || p.attribute === "multi_region_enabled")
        r = { ...r, multiRegion: known(p.value === true) };
      else if (p.attribute === "enable_logging") r = { ...r, logging: known(p.value === true) };
      else if (p.attribute === "suspend") r = { ...r, logging: known(p.value !== "true") };
      continue;
    }
    const set2 = r.selectors.known ? r.selectors.value : { kind: "none" };
    if (p.kind === "replace-advanced" || p.kind === "add-advanced") {
      const current = set2.kind === "advanced" ? [...set2.selectors] : [];
      if (p.kind === "replace-advanced") current[p.index] = p.selector;
      else current.push(p.selector);
      r = { ...r, selectors: known({ kind: "advanced", selectors: current }) };
    } else {
      const current = set2.kind === "basic" ? [...set2.selectors] : [];
      if (p.kind === "replace-basic") current[p.index] = p.selector;
      else current.push(p.selector);
      r = { ...r, selectors: known({ kind: "basic", selectors: current }) };
    }
  }
  return r;
}
function bucketArn(facts, name) {
  return `arn:${facts.defaults.partition}:s3:::${name}`;
}
function selectorFor(req, arn) {
  const apis = req.events.map((n) => S3_DATA_API_BY_NAME.get(n)).filter((a) => a !== void 0);
  const all = apis.length === S3_DATA_APIS.length;
  const verified = !apis.some((a) => a.readOnlyUnverified);
  const reads = verified && apis.every((a) => a.readOnly) && apis.length === S3_DATA_APIS.filter((a) => a.readOnly).length;
  const writes = verified && apis.every((a) => !a.readOnly) && apis.length === S3_DATA_APIS.filter((a) => !a.readOnly).length;
  const base = [
    field("eventCategory", { Equals: ["Data"] }),
    field("resources.type", { Equals: ["AWS::S3::Object"] })
  ];
  const scope = reads ? [field("readOnly", { Equals: ["true"] })] : writes ? [field("readOnly", { Equals: ["false"] })] : all ? [] : null;
  const names = (xs) => [field("eventName", { Equals: xs.map((a) => a.name) })];
  const whole = req.prefixes.includes("");
  const objectArns = whole ? [arn + "/"] : req.prefixes.map((p) => `${arn}/${p}`);
  const out = [];
  const objectApis = apis.filter((a) => !a.bucketLevel);
  const bucketApis = apis.filter((a) => a.bucketLevel);
  if (whole || bucketApis.length === 0) {
    out.push({
      name: `${req.name} data events`,
      fieldSelectors: known([
        ...base,
        ...scope ?? names(apis),
        field("resources.ARN", { StartsWith: objectArns })
      ])
    });
    if (!whole && bucketApis.length) out.push(bucketSel());
  } else {
    if (objectApis.length)
      out.push({
        name: `${req.name} object events`,
        fieldSelectors: known([
          ...base,
          ...names(objectApis),
          field("resources.ARN", { StartsWith: objectArns })
        ])
      });
    out.push(bucketSel());
  }
  return out;
  function bucketSel() {
    return {
      name: `${req.name} bucket-level events`,
      fieldSelectors: known([
        ...base,
        ...names(bucketApis),
        field("resources.ARN", { StartsWith: [arn + "/"] })
      ])
    };
  }
}
function covers(facts, views, policy, req, rec, patched) {
  const others = [];
  for (const [r2, view] of views) if (r2 !== rec) others.push(view);
  const f = { ...facts, recorders: [...others, patched] };
  const r = evaluateCoverage(f, { ...policy, buckets: [req] }, { coveredOnly: true });
  return r.buckets[0]?.status === "covered";
}
var TOTALS = /* @__PURE__ */ new WeakMap();
var VALID = /* @__PURE__ */ new WeakMap();
function viewOf(facts, rec, bucket) {
  let valid = VALID.get(rec);
  if (valid === void 0) {
    valid = selectorProblems(rec).length === 0;
    VALID.set(rec, valid);
  }
  if (!valid) return { ...rec, selectors: known({ kind: "none" }) };
  return project(facts, rec, bucket).rec;
}
function acceptable(rec, patches) {
  const set2 = rec.selectors.known ? rec.selectors.value : void 0;
  if (set2?.kind !== "advanced" || patches.some((p) => p.kind === "replace-basic" || p.kind === "add-basic"))
    return selectorProblems(applyPatches(rec, patches)).length === 0;
  let totals = TOTALS.get(rec);
  if (!totals) {
    let values2 = 0;
    let bad3 = 0;
    for (const sel of set2.selectors) {
      const st = advancedSelectorStats(sel);
      values2 += st.values;
      if (!st.ok) bad3++;
    }
    totals = { values: values2, bad: bad3 };
    TOTALS.set(rec, totals);
  }
  let { values, bad: bad2 } = totals;
  let count = set2.selectors.length;
  for (const p of patches) {
    if (p.kind !== "replace-advanced" && p.kind !== "add-advanced") continue;
    const st = advancedSelectorStats(p.selector);
    values += st.values;
    if (!st.ok) bad2++;
    if (p.kind === "add-advanced") count++;
    else {
      const old = set2.selectors[p.index];
      if (old) {
        const was = advancedSelectorStats(old);
        values -= was.values;
        if (!was.ok) bad2--;
      } else count++;
    }
  }
  return bad2 === 0 && values <= MAX_ADVANCED_VALUES && (rec.kind !== "event-data-store" || count <= MAX_EDS_SELECTORS);
}
function project(facts, rec, bucket) {
  if (!rec.selectors.known || rec.selectors.value.kind !== "advanced") return { rec, indexes: void 0 };
  const all = rec.selectors.value.selectors;
  const indexes = advancedSelectorsReaching(facts, rec, bucket);
  if (!indexes || indexes.length === all.length) return { rec, indexes: void 0 };
  return {
    rec: { ...rec, selectors: known({ kind: "advanced", selectors: indexes.map((i) => all[i]) }) },
    indexes
  };
}
function unproject(p, patches) {
  const { indexes } = p;
  if (!indexes) return [...patches];
  return patches.map((x) => x.kind === "replace-advanced" ? { ...x, index: indexes[x.index] } : x);
}
function mapFields(sel, fn) {
  if (!sel.fieldSelectors.known) return sel;
  return {
    ...sel,
    fieldSelectors: known(sel.fieldSelectors.value.map(fn).filter((x) => x !== null))
  };
}
function selectorCandidates(rec, req, arn) {
  if (!rec.selectors.known) return [];
  const set2 = rec.selectors.value;
  const out = [];
  if (set2.kind === "advanced") {
    set2.selectors.forEach((sel, index) => {
      if (!sel.fieldSelectors.known) return;
      const trap = mapFields(sel, (fs) => {
        if (!fs.field.known || fs.field.value !== "resources.ARN" || !fs.operators.Equals?.known) return fs;
        const eq = fs.operators.Equals.value;
        const hit = eq.filter((s) => s.known && (s.value === arn || s.value === arn + "/"));
        if (!hit.length) return fs;
        const rest = eq.filter((s) => !hit.includes(s));
        const sw = fs.operators.StartsWith?.known ? fs.operators.StartsWith.value : [];
        const ops = {
          ...fs.operators,
          StartsWith: known([...sw, S(arn + "/")])
        };
        if (rest.length) ops["Equals"] = known(rest);
        else delete ops["Equals"];
        return { ...fs, operators: ops };
      });
      if (trap !== sel) out.push([{ kind: "replace-advanced", index, selector: trap }]);
      const inside = (v2) => req.prefixes.some(
        (p) => (arn + "/" + p).startsWith(v2) || v2.startsWith(arn + "/" + p) || v2 === arn + "/"
      );
      const noExcl = mapFields(sel, (fs) => {
        if (!fs.field.known || fs.field.value !== "resources.ARN") return fs;
        const ops = { ...fs.operators };
        let changed = false;
        for (const op of ["NotStartsWith", "NotEquals"]) {
          const l = fs.operators[op];
          if (!l?.known) continue;
          const keep = l.value.filter((s) => !(s.known && inside(s.value)));
          if (keep.length === l.value.length) continue;
          changed = true;
          if (keep.length) ops[op] = known(keep);
          else delete ops[op];
        }
        if (!changed) return fs;
        return Object.keys(ops).length ? { ...fs, operators: ops } : null;
      });
      if (JSON.stringify(noExcl) !== JSON.stringify(sel))
        out.push([{ kind: "replace-advanced", index, selector: noExcl }]);
      const ro = sel.fieldSelectors.value.find((fs) => fs.field.known && fs.field.value === "readOnly");
      const v = ro?.operators.Equals?.known ? ro.operators.Equals.value[0] : void 0;
      if (ro && v?.known) {
        const other = mapFields(
          sel,
          (fs) => fs === ro ? field("readOnly", { Equals: [v.value === "true" ? "false" : "true"] }) : fs
        );
        out.push([
          {
            kind: "add-advanced",
            selector: {
              ...other,
              ...sel.name ? { name: `${sel.name} (${v.value === "true" ? "write" : "read"})` } : {}
            }
          }
        ]);
      }
    });
  }
  if (set2.kind === "basic") {
    set2.selectors.forEach((sel, index) => {
      if (!sel.dataResources.known) return;
      const fixed = {
        readWriteType: known("All"),
        dataResources: known(
          sel.dataResources.value.map((dr) => {
            if (!dr.type.known || dr.type.value !== "AWS::S3::Object" || !dr.values.known) return dr;
            const vals = dr.values.value.map((s) => s.known && s.value === arn ? S(arn + "/") : s);
            const wanted = req.prefixes.includes("") ? [arn + "/"] : [arn + "/", ...req.prefixes.map((p) => `${arn}/${p}`)];
            for (const w of wanted) if (!vals.some((s) => s.known && w.startsWith(s.value))) vals.push(S(w));
            return { ...dr, values: known(vals) };
          })
        )
      };
      out.push([{ kind: "replace-basic", index, selector: fixed }]);
    });
  }
  return out;
}
function fallback(rec, req, arn) {
  if (rec?.selectors.known && rec.selectors.value.kind === "basic")
    return [
      {
        kind: "add-basic",
        selector: {
          readWriteType: known("All"),
          dataResources: known([
            {
              type: known("AWS::S3::Object"),
              values: known(
                (req.prefixes.includes("") ? [arn + "/"] : [arn + "/", ...req.prefixes.map((p) => `${arn}/${p}`)]).map(S)
              )
            }
          ])
        }
      }
    ];
  const added = selectorFor(req, arn).map((selector) => ({ kind: "add-advanced", selector }));
  if (rec?.kind === "trail" && rec.selectors.known && rec.selectors.value.kind === "none")
    added.unshift({
      kind: "add-advanced",
      selector: {
        name: "Management events",
        fieldSelectors: known([field("eventCategory", { Equals: ["Management"] })])
      }
    });
  return added;
}
function attributeFixes(rec, bucketRegion) {
  const out = [];
  if (rec.logging.known && !rec.logging.value)
    out.push(
      rec.kind === "trail" ? { kind: "set", attribute: "enable_logging", value: true } : { kind: "set", attribute: "suspend", value: "false" }
    );
  if (rec.multiRegion.known && !rec.multiRegion.value && bucketRegion && rec.homeRegion.known && rec.homeRegion.value !== bucketRegion)
    out.push({
      kind: "set",
      attribute: rec.kind === "trail" ? "is_multi_region_trail" : "multi_region_enabled",
      value: true
    });
  return out;
}
function describe2(patches) {
  return patches.map((p) => {
    switch (p.kind) {
      case "set":
        return `set ${p.attribute} = ${String(p.value)}`;
      case "replace-advanced":
        return `correct advanced_event_selector #${p.index + 1}${p.selector.name ? ` ("${p.selector.name}")` : ""}`;
      case "add-advanced":
        return `add advanced_event_selector "${p.selector.name ?? ""}"`;
      case "replace-basic":
        return `correct event_selector #${p.index + 1}`;
      case "add-basic":
        return "add an event_selector (basic and advanced selectors cannot be mixed on one trail)";
    }
  }).join(", ");
}
function remediate(facts, policy, coverage) {
  const fixes = [];
  const requirements = new Map(policy.buckets.map((r) => [r.name, r]));
  for (const b of coverage.buckets) {
    if (b.status === "covered" || b.status === "unknown") continue;
    if (isDirectoryBucketName(b.name)) continue;
    const req = requirements.get(b.name);
    if (!req) continue;
    const arn = bucketArn(facts, b.name);
    const credit = (r) => b.events.filter((e) => e.coveredBy.includes(r.id)).length;
    const reaching = recordersReaching(facts, b.name);
    const views = new Map(reaching.map((r) => [r, viewOf(facts, r, b.name)]));
    const usable = (r) => r.change !== "delete" && r.selectors.known && r.selectors.value.kind !== "conflict";
    const pool = reaching.some(usable) ? reaching : facts.recorders.filter((r) => r.kind === "trail").slice(0, 3);
    const candidates = pool.filter(usable).sort((x, y) => credit(y) - credit(x) || Number(y.kind === "trail") - Number(x.kind === "trail"));
    let found;
    for (const rec of candidates) {
      const attrs = attributeFixes(rec, b.region);
      const view = project(facts, rec, b.name);
      const tries = [
        attrs,
        ...selectorCandidates(view.rec, req, arn).map((s) => [...attrs, ...s]),
        [...attrs, ...fallback(rec, req, arn)]
      ];
      for (const viewPatches of tries) {
        if (!viewPatches.length) continue;
        if (!covers(facts, views, policy, req, rec, applyPatches(view.rec, viewPatches))) continue;
        const patches = unproject(view, viewPatches);
        if (acceptable(rec, patches)) {
          found = {
            bucket: b.name,
            recorder: rec.id,
            summary: `${rec.id}: ${describe2(patches)}`,
            terraform: renderPatches(rec, patches),
            patches,
            closes: true
          };
          break;
        }
      }
      if (found) break;
    }
    if (!found) {
      const patches = fallback(void 0, req, arn);
      const proposed = applyPatches(
        {
          kind: "trail",
          id: "aws_cloudtrail.s3_data_events",
          origin: { source: "terraform-plan", ref: "aws_cloudtrail.s3_data_events" },
          name: known("s3-data-events"),
          arn: known(""),
          partition: known(facts.defaults.partition),
          accountId: facts.defaults.accountId,
          homeRegion: facts.defaults.region,
          multiRegion: known(true),
          organization: known(false),
          logging: known(true),
          selectors: known({ kind: "none" }),
          logBucket: unknown("not-collected", "the new trail needs a log bucket"),
          logPrefix: known(null),
          kmsKeyId: known(null),
          logFileValidation: known(true),
          cloudWatchLogsGroupArn: known(null),
          cloudWatchLogsRoleArn: known(null)
        },
        patches
      );
      const closes = covers(facts, views, policy, req, void 0, proposed);
      const blocks = patches.map((p) => p.kind === "add-advanced" ? renderAdvancedSelector(p.selector, "  ") : "").join("\n");
      found = {
        bucket: b.name,
        summary: "no trail in the source can be corrected to cover it: add a multi-Region trail",
        terraform: `resource "aws_cloudtrail" "s3_data_events" {
  name                  = "s3-data-events"
  s3_bucket_name        = aws_s3_bucket.cloudtrail_logs.id # a log bucket with the CloudTrail bucket policy
  is_multi_region_trail = true
${blocks}
}`,
        patches,
        closes
      };
    }
    fixes.push(found);
  }
  return fixes;
}

// src/outputs/redact.ts
function secretVariants(secrets) {
  const out = /* @__PURE__ */ new Set();
  for (const s of secrets) {
    if (s.length < 3) continue;
    out.add(s);
    const m = /^arn:[^:]+:s3:::(([^/]+)\/(.*))$/.exec(s);
    if (m) {
      if (m[1].length >= 3) out.add(m[1]);
      if (m[3].length >= 3) out.add(m[3]);
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}
function redact(value2, secrets) {
  const variants = secretVariants(secrets);
  if (!variants.length) return value2;
  const scrub = (s) => variants.reduce((acc, v) => acc.split(v).join("(sensitive value)"), s);
  const walk = (v) => {
    if (typeof v === "string") return scrub(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value2);
}

// src/outputs/report.ts
function summarize(buckets, findings) {
  const count = (s) => buckets.filter((b) => b.status === s).length;
  return {
    buckets: buckets.length,
    covered: count("covered"),
    partial: count("partial"),
    uncovered: count("uncovered"),
    unknown: count("unknown"),
    findings: findings.length
  };
}

// src/rules/data-event-coverage.ts
var dataEventCoverage = {
  meta: {
    id: "data-event-coverage",
    title: "Every required S3 data event of a sensitive bucket is recorded by a logging trail or event data store",
    defaultSeverity: "error",
    description: "For each bucket in the policy, each required data-event API and each required key prefix, at least one trail or event data store that is logging and sees the bucket's Region must record every event."
  },
  check({ coverage, policy }) {
    const out = [];
    for (const b of coverage.buckets) {
      if (b.status === "covered") continue;
      const lost = b.events.filter((e) => e.status !== "covered");
      const names = lost.map((e) => e.name);
      const all = b.events.map((e) => e.name);
      const described = describeApis(names, all);
      const shown = names.length > 6 && names.length <= all.length / 2 ? `${names.slice(0, 6).join(", ")} and ${names.length - 6} more` : described;
      const firstGap = lost.flatMap((e) => e.gaps)[0];
      const verb = b.status === "unknown" ? `cannot be proven recorded for ${shown}` : b.status === "uncovered" ? `is not recorded for ${shown}` : `is only partly recorded for ${shown}`;
      const sal = b.serverAccessLogs;
      const accepts = policy.buckets.find((x) => x.name === b.name)?.accept?.includes("server-access-logs");
      const secondary = !sal ? "" : accepts ? `; server access logs not accepted as evidence: ${sal.detail ?? sal.status}` : sal.status === "on" ? `; server access logging to ${sal.target} is on, as information only (accept: [server-access-logs] on the bucket would accept it, best effort)` : "";
      out.push({
        ruleId: this.meta.id,
        severity: this.meta.defaultSeverity,
        status: b.status === "unknown" ? "unknown" : "fail",
        message: `S3 data-event activity on ${b.name} ${verb}${firstGap ? `: ${firstGap}` : ""}${secondary}`,
        bucket: b.name,
        location: {
          file: policy.file,
          line: b.location.line,
          column: b.location.column,
          ...b.ref ? { address: b.ref } : {}
        }
      });
    }
    return out;
  }
};

// src/rules/invalid-selector.ts
var invalidSelector = {
  meta: {
    id: "invalid-selector",
    title: "Event selectors are ones the CloudTrail API accepts",
    defaultSeverity: "error",
    description: "Flags selectors that PutEventSelectors or CreateEventDataStore reject (a bucket ARN without the trailing slash, wildcards, basic and advanced selectors on one trail, missing required fields, operators a field does not take, over the limits). Such a recorder is credited with nothing."
  },
  check({ coverage }) {
    return coverage.invalidSelectors.map(({ recorder, problems }) => ({
      ruleId: this.meta.id,
      severity: this.meta.defaultSeverity,
      status: "fail",
      message: `${recorder.id}: the CloudTrail API would reject these selectors, so they record nothing: ${problems.join("; ")}`,
      trail: recorder.id,
      location: {
        ...recorder.origin.file ? { file: recorder.origin.file } : {},
        address: recorder.origin.ref,
        ...recorder.origin.pointer ? { pointer: recorder.origin.pointer } : {}
      }
    }));
  }
};

// src/engine/iam-policy.ts
function toStr(v) {
  if (typeof v === "string") return { known: true, value: v };
  if (v !== null && typeof v === "object" && UNKNOWN_MARK in v)
    return { known: false, detail: String(v[UNKNOWN_MARK]) };
  if (typeof v === "boolean" || typeof v === "number") return { known: true, value: String(v) };
  return { known: false, detail: `unexpected value ${describeJson(v)}` };
}
function list3(v) {
  if (v === void 0 || v === null) return void 0;
  if (Array.isArray(v)) return v.map(toStr);
  return [toStr(v)];
}
function isUnknownMark(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) && UNKNOWN_MARK in v;
}
function principals(v) {
  if (v === void 0 || v === null) return void 0;
  if (v === "*") return { any: true, entries: [] };
  if (isUnknownMark(v)) return { any: void 0, entries: [] };
  if (typeof v !== "object" || Array.isArray(v)) return { any: false, entries: [] };
  const entries = [];
  let any = false;
  for (const [type2, ids] of Object.entries(v)) {
    for (const id of list3(ids) ?? []) {
      if (id.known && id.value === "*") any = true;
      entries.push({ type: type2, id });
    }
  }
  return { any, entries };
}
function normalizePolicy(doc) {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc))
    throw new Error("a policy must be a JSON object");
  const raw = doc["Statement"];
  const statements = raw === void 0 ? [] : Array.isArray(raw) ? raw : [raw];
  return {
    statements: statements.map((s) => {
      if (s === null || typeof s !== "object") throw new Error("a Statement must be an object");
      const st = s;
      const effect = st["Effect"] === "Deny" ? "Deny" : st["Effect"] === "Allow" ? "Allow" : void 0;
      if (!effect) throw new Error(`Effect must be Allow or Deny, not ${describeJson(st["Effect"])}`);
      let conditions = [];
      const cond = st["Condition"];
      if (isUnknownMark(cond)) conditions = "unknown";
      else if (cond && typeof cond === "object") {
        for (const [op, block] of Object.entries(cond)) {
          if (isUnknownMark(block) || !block || typeof block !== "object") {
            conditions = "unknown";
            break;
          }
          for (const [key, values] of Object.entries(block))
            conditions.push({
              operator: op.toLowerCase(),
              key: key.toLowerCase(),
              values: list3(values) ?? []
            });
        }
      }
      const sid = typeof st["Sid"] === "string" && st["Sid"] ? st["Sid"] : void 0;
      const p = principals(st["Principal"]);
      const np = principals(st["NotPrincipal"]);
      const a = list3(st["Action"]);
      const na = list3(st["NotAction"]);
      const r = list3(st["Resource"]);
      const nr = list3(st["NotResource"]);
      return {
        ...sid ? { sid } : {},
        effect,
        ...p ? { principal: p } : {},
        ...np ? { notPrincipal: np } : {},
        ...a ? { action: a } : {},
        ...na ? { notAction: na } : {},
        ...r ? { resource: r } : {},
        ...nr ? { notResource: nr } : {},
        conditions
      };
    })
  };
}
function globMatch(pattern, value2, ignoreCase = false) {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value2.toLowerCase() : value2;
  const segments = p.split("*");
  if (segments.length === 1) return v.length === p.length && matchesAt(p, v, 0);
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (first.length + last.length > v.length) return false;
  if (!matchesAt(first, v, 0) || !matchesAt(last, v, v.length - last.length)) return false;
  let from = first.length;
  const to = v.length - last.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const seg = segments[i];
    if (seg === "") continue;
    const at = findSegment(seg, v, from, to);
    if (at < 0) return false;
    from = at + seg.length;
  }
  return true;
}
function matchesAt(seg, v, at) {
  for (let j = 0; j < seg.length; j++) {
    const c = seg.charCodeAt(j);
    if (c !== QUESTION && c !== v.charCodeAt(at + j)) return false;
  }
  return true;
}
var QUESTION = 63;
function findSegment(seg, v, from, to) {
  if (to - from < seg.length) return -1;
  return seg.includes("?") ? shiftAnd(seg, v, from, to) : kmp(seg, v, from, to);
}
function kmp(seg, v, from, to) {
  const m = seg.length;
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && seg.charCodeAt(i) !== seg.charCodeAt(k)) k = fail[k - 1];
    if (seg.charCodeAt(i) === seg.charCodeAt(k)) k++;
    fail[i] = k;
  }
  for (let i = from, k = 0; i < to; i++) {
    const c = v.charCodeAt(i);
    while (k > 0 && c !== seg.charCodeAt(k)) k = fail[k - 1];
    if (c === seg.charCodeAt(k)) k++;
    if (k === m) return i - m + 1;
  }
  return -1;
}
var MAX_MASKS = 256;
function naiveFind(seg, v, from, to) {
  for (let i = from; i + seg.length <= to; i++) if (matchesAt(seg, v, i)) return i;
  return -1;
}
function shiftAnd(seg, v, from, to) {
  const m = seg.length;
  const words = m + 31 >>> 5;
  const wild = new Uint32Array(words);
  for (let j = 0; j < m; j++) if (seg.charCodeAt(j) === QUESTION) wild[j >>> 5] |= 1 << (j & 31);
  const masks = /* @__PURE__ */ new Map();
  for (let j = 0; j < m; j++) {
    const c = seg.charCodeAt(j);
    if (c === QUESTION) continue;
    let mask = masks.get(c);
    if (!mask) {
      if (masks.size >= MAX_MASKS) return naiveFind(seg, v, from, to);
      mask = Uint32Array.from(wild);
      masks.set(c, mask);
    }
    mask[j >>> 5] |= 1 << (j & 31);
  }
  const state = new Uint32Array(words);
  const top = m - 1;
  for (let i = from; i < to; i++) {
    const mask = masks.get(v.charCodeAt(i)) ?? wild;
    let carry = 1;
    for (let w = 0; w < words; w++) {
      const d = state[w];
      state[w] = ((d << 1 | carry) & mask[w]) >>> 0;
      carry = d >>> 31;
    }
    if (state[top >>> 5] >>> (top & 31) & 1) return i - top;
  }
  return -1;
}
function anyStr(values, test) {
  let r = false;
  for (const s of values ?? []) {
    r = or(r, s.known ? test(s.value) : void 0);
    if (r === true) return true;
  }
  return r;
}
function principalMatches(p, req) {
  let r = p.any;
  for (const e of p.entries) {
    if (e.type !== "Service") continue;
    r = or(r, e.id.known ? e.id.value.toLowerCase() === req.servicePrincipal : void 0);
  }
  return r;
}
var CONDITION_MATCHERS = new Map(
  Object.entries({
    stringequals: (p, v) => p === v,
    stringnotequals: (p, v) => p === v,
    stringequalsignorecase: (p, v) => p.toLowerCase() === v.toLowerCase(),
    stringnotequalsignorecase: (p, v) => p.toLowerCase() === v.toLowerCase(),
    stringlike: (p, v) => globMatch(p, v),
    stringnotlike: (p, v) => globMatch(p, v),
    arnequals: (p, v) => globMatch(p, v),
    arnlike: (p, v) => globMatch(p, v),
    arnnotequals: (p, v) => globMatch(p, v),
    arnnotlike: (p, v) => globMatch(p, v),
    bool: (p, v) => p.toLowerCase() === v.toLowerCase()
  })
);
function conditionHolds(c, req) {
  const forAll = c.operator.startsWith("forallvalues:");
  let op = c.operator.replace(/^(foranyvalue|forallvalues):/, "");
  const ifExists = op.endsWith("ifexists");
  if (ifExists) op = op.slice(0, -"ifexists".length);
  const value2 = Object.hasOwn(req.keys, c.key) ? req.keys[c.key] : void 0;
  if (op === "null") {
    const wantsAbsent = anyStr(c.values, (v) => v.toLowerCase() === "true");
    return value2 === void 0 ? wantsAbsent : not(wantsAbsent);
  }
  const matcher = CONDITION_MATCHERS.get(op);
  if (!matcher) return void 0;
  const negated = op.includes("not");
  if (value2 === void 0)
    return ifExists || forAll ? true : c.operator.startsWith("foranyvalue:") ? false : negated;
  if (!value2.known) return void 0;
  const hit = anyStr(c.values, (p) => matcher(p, value2.value));
  return negated ? not(hit) : hit;
}
function statementApplies(st, req, kind = "resource") {
  let r = true;
  if (kind !== "identity") {
    if (st.principal) r = and(r, principalMatches(st.principal, req));
    if (st.notPrincipal) r = and(r, not(principalMatches(st.notPrincipal, req)));
    if (!st.principal && !st.notPrincipal) r = false;
  }
  if (r === false) return false;
  const actionTest = (p) => globMatch(p, req.action, true);
  if (st.action) r = and(r, anyStr(st.action, actionTest));
  if (st.notAction) r = and(r, not(anyStr(st.notAction, actionTest)));
  if (!st.action && !st.notAction) r = false;
  if (r === false) return false;
  const resourceTest = (p) => req.resource.known ? globMatch(p, req.resource.value) : p === "*" ? true : void 0;
  if (st.resource) r = and(r, anyStr(st.resource, resourceTest));
  if (st.notResource) r = and(r, not(anyStr(st.notResource, resourceTest)));
  if (!st.resource && !st.notResource && kind !== "trust") r = false;
  if (r === false) return false;
  if (st.conditions === "unknown") return and(r, void 0);
  for (const c of st.conditions) {
    r = and(r, conditionHolds(c, req));
    if (r === false) return false;
  }
  return r;
}
function decide(policy, req, kind = "resource") {
  let allow = false;
  let deny = false;
  const allowedBy = [];
  const deniedBy = [];
  for (const st of policy.statements) {
    const a = statementApplies(st, req, kind);
    if (st.effect === "Allow") {
      allow = or(allow, a);
      if (a === true) allowedBy.push(st);
    } else {
      deny = or(deny, a);
      if (a === true) deniedBy.push(st);
    }
  }
  return { allowed: and(allow, not(deny)), allowedBy, deniedBy };
}

// src/engine/delivery.ts
var CLOUDTRAIL_PRINCIPAL = "cloudtrail.amazonaws.com";
function str2(f) {
  return f.known ? { known: true, value: String(f.value) } : { known: false, detail: f.detail };
}
var TARGETS = /* @__PURE__ */ new WeakMap();
function deliveryTarget(trail, facts) {
  let perFacts = TARGETS.get(facts);
  if (!perFacts) TARGETS.set(facts, perFacts = /* @__PURE__ */ new WeakMap());
  let t = perFacts.get(trail);
  if (!t) perFacts.set(trail, t = computeTarget(trail, facts));
  return t;
}
function computeTarget(trail, facts) {
  if (trail.kind !== "trail")
    return { kind: "unknown", detail: `${trail.id} has no log bucket (not a trail)` };
  const bucket = trail.logBucket;
  if (!bucket.known) return { kind: "unknown", detail: `log bucket of ${trail.id}: ${bucket.detail}` };
  const prefix = trail.logPrefix;
  if (!prefix.known) return { kind: "unknown", detail: `s3_key_prefix of ${trail.id}: ${prefix.detail}` };
  const b = facts.buckets.get(bucket.value);
  const pol = b?.policy;
  if (!b || !pol)
    return {
      kind: "unknown",
      detail: b ? `the policy of log bucket ${bucket.value} was not read` : `log bucket ${bucket.value} is not in the ${facts.mode === "plan" ? "plan" : "source"}, so its policy cannot be checked (run with --live, or waive the rule for this trail)`
    };
  if (!pol.document.known)
    return { kind: "unknown", detail: `policy of log bucket ${bucket.value}: ${pol.document.detail}` };
  let policy = null;
  if (pol.document.value !== null) {
    try {
      policy = normalizePolicy(pol.document.value);
    } catch (e) {
      return {
        kind: "unknown",
        detail: `policy of log bucket ${bucket.value} is not an IAM policy: ${e.message}`
      };
    }
  }
  const partition = trail.partition.known ? trail.partition.value : facts.defaults.partition;
  const region = trail.homeRegion.known ? trail.homeRegion.value : void 0;
  return {
    kind: "known",
    bucket: bucket.value,
    prefix: prefix?.known && prefix.value ? prefix.value.replace(/\/+$/, "") : "",
    partition,
    account: str2(trail.accountId),
    trailArn: str2(trail.arn),
    region,
    multiRegion: trail.multiRegion.known ? trail.multiRegion.value : false,
    organization: trail.organization.known ? trail.organization.value : false,
    ...trail.organizationId?.known ? { organizationId: trail.organizationId.value } : {},
    policy,
    kmsKeyId: trail.kmsKeyId.known ? trail.kmsKeyId.value ? { known: true, value: trail.kmsKeyId.value } : null : { known: false, detail: trail.kmsKeyId.detail },
    policyRef: pol.origin.ref,
    ...pol.why ? { policyWhy: pol.why } : {}
  };
}
var UNDOCUMENTED = (key) => ({
  known: false,
  detail: `whether CloudTrail's delivery request carries ${key}, and with what value, is not documented`
});
function serviceRequestKeys() {
  const keys = {
    "aws:principalisawsservice": { known: true, value: "true" },
    "aws:principalservicename": { known: true, value: CLOUDTRAIL_PRINCIPAL },
    "aws:securetransport": { known: true, value: "true" }
  };
  for (const k of [
    "aws:principalarn",
    "aws:principalaccount",
    "aws:principaltype",
    "aws:sourceip",
    "aws:viaawsservice",
    "s3:signatureversion",
    "s3:authtype",
    "s3:tlsversion"
  ])
    keys[k] = UNDOCUMENTED(k);
  return keys;
}
function putObjectKeys(t) {
  if (t.kmsKeyId === null)
    return { "s3:x-amz-server-side-encryption": UNDOCUMENTED("s3:x-amz-server-side-encryption") };
  return {
    "s3:x-amz-server-side-encryption": { known: true, value: "aws:kms" },
    "s3:x-amz-server-side-encryption-aws-kms-key-id": t.kmsKeyId
  };
}
function requesterPays(trail, facts) {
  if (trail.kind !== "trail" || !trail.logBucket.known) return void 0;
  return facts.buckets.get(trail.logBucket.value)?.requesterPays;
}
var FOREIGN_ACCOUNT = "000000000000";
function orgIds(policy) {
  const ids = /* @__PURE__ */ new Set();
  for (const st of policy?.statements ?? [])
    for (const r of st.resource ?? [])
      if (r.known) for (const m of r.value.matchAll(/AWSLogs\/(o-[a-z0-9]+)/g)) ids.add(m[1]);
  return [...ids];
}
function deliveryRequests(t, variant) {
  const keys = serviceRequestKeys();
  if (variant === "foreign-trail") {
    keys["aws:sourcearn"] = {
      known: true,
      value: `arn:${t.partition}:cloudtrail:${t.region ?? "us-east-1"}:${FOREIGN_ACCOUNT}:trail/someone-elses-trail`
    };
    keys["aws:sourceaccount"] = { known: true, value: FOREIGN_ACCOUNT };
  } else {
    keys["aws:sourcearn"] = t.trailArn;
    keys["aws:sourceaccount"] = t.account;
  }
  const bucketArn2 = `arn:${t.partition}:s3:::${t.bucket}`;
  const base = `${bucketArn2}/${t.prefix ? t.prefix + "/" : ""}AWSLogs/`;
  const day = "2026/01/01";
  const stamp = "20260101T0000Z";
  const key = (org, region, digest) => {
    if (!t.account.known && !org) return { known: false, detail: `the trail's account: ${t.account.detail}` };
    if (!region) return { known: false, detail: "the trail's home Region is not known" };
    const a = t.account.known ? t.account.value : "999988887777";
    return {
      known: true,
      value: digest ? `${base}${org}${a}/CloudTrail-Digest/${region}/${day}/${a}_CloudTrail-Digest_${region}_trail_${region}_${stamp}.json.gz` : `${base}${org}${a}/CloudTrail/${region}/${day}/${a}_CloudTrail_${region}_${stamp}_a1B2c3D4e5F6g7H8.json.gz`
    };
  };
  const paths = [
    { what: "log file", key: key("", t.region, false) },
    { what: "digest file", key: key("", t.region, true) }
  ];
  if (t.multiRegion && t.region)
    paths.push({
      what: "log file of another Region",
      key: key("", t.region === "eu-west-1" ? "ap-southeast-2" : "eu-west-1", false)
    });
  if (t.organization) {
    for (const p of paths) p.accountPathOfOrgTrail = true;
    const org = `${t.organizationId ?? "o-exampleorgid"}/`;
    paths.push(
      { what: "organization log file", key: key(org, t.region, false), organization: true },
      { what: "organization digest file", key: key(org, t.region, true), organization: true }
    );
  }
  const out = [];
  if (variant !== "no-acl" && variant !== "other-acl")
    out.push({
      what: `s3:GetBucketAcl on ${bucketArn2}`,
      request: {
        servicePrincipal: CLOUDTRAIL_PRINCIPAL,
        action: "s3:GetBucketAcl",
        resource: { known: true, value: bucketArn2 },
        keys
      }
    });
  for (const p of paths) {
    const k = { ...keys, ...putObjectKeys(t) };
    if (variant === "other-acl") k["s3:x-amz-acl"] = { known: true, value: "public-read" };
    else if (variant !== "no-acl") k["s3:x-amz-acl"] = { known: true, value: "bucket-owner-full-control" };
    const shown = p.key.known ? p.key.value.slice(bucketArn2.length + 1).replace(/\/CloudTrail.*$/, "/\u2026") : "path unknown";
    out.push({
      what: `s3:PutObject of the ${p.what} (${shown})`,
      request: { servicePrincipal: CLOUDTRAIL_PRINCIPAL, action: "s3:PutObject", resource: p.key, keys: k },
      ...p.organization ? { organization: true } : {},
      ...p.accountPathOfOrgTrail ? { accountPathOfOrgTrail: true } : {}
    });
  }
  return out;
}
function namedOrganizations(policy) {
  return orgIds(policy);
}
function recommendedPolicy(t) {
  const acct = t.account.known ? t.account.value : "ACCOUNT_ID";
  const arn = t.trailArn.known ? t.trailArn.value : `arn:${t.partition}:cloudtrail:${t.region ?? "REGION"}:${acct}:trail/TRAIL_NAME`;
  const bucketArn2 = `arn:${t.partition}:s3:::${t.bucket}`;
  const path = `${bucketArn2}/${t.prefix ? t.prefix + "/" : ""}AWSLogs/${acct}/*`;
  const cond = { StringEquals: { "aws:SourceArn": arn } };
  const statements = [
    {
      Sid: "AWSCloudTrailAclCheck20150319",
      Effect: "Allow",
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: "s3:GetBucketAcl",
      Resource: bucketArn2,
      Condition: cond
    },
    {
      Sid: "AWSCloudTrailWrite20150319",
      Effect: "Allow",
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: "s3:PutObject",
      Resource: path,
      Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": arn } }
    }
  ];
  if (t.organization)
    statements.push({
      Sid: "AWSCloudTrailOrganizationWrite20150319",
      Effect: "Allow",
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: "s3:PutObject",
      Resource: `${bucketArn2}/${t.prefix ? t.prefix + "/" : ""}AWSLogs/${t.organizationId ?? orgIds(t.policy)[0] ?? "o-ORGANIZATION_ID"}/*`,
      Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": arn } }
    });
  const json2 = JSON.stringify({ Version: "2012-10-17", Statement: statements }, null, 2);
  const hcl = statements.map((s) => {
    const c = s["Condition"].StringEquals;
    const conds = Object.entries(c).map(
      ([k, v]) => `    condition {
      test     = "StringEquals"
      variable = ${hclString(k)}
      values   = [${hclString(v)}]
    }`
    ).join("\n");
    return `  statement {
    sid     = ${hclString(String(s["Sid"]))}
    effect  = "Allow"
    actions = [${hclString(String(s["Action"]))}]
    resources = [${hclString(String(s["Resource"]))}]
    principals {
      type        = "Service"
      identifiers = ["${CLOUDTRAIL_PRINCIPAL}"]
    }
${conds}
  }`;
  }).join("\n");
  const terraform = `data "aws_iam_policy_document" "cloudtrail_delivery" {
${hcl}
}

resource "aws_s3_bucket_policy" "cloudtrail_delivery" {
  bucket = ${hclString(t.bucket)}
  policy = data.aws_iam_policy_document.cloudtrail_delivery.json
}`;
  return { json: json2, terraform };
}

// src/rules/helpers.ts
var COVERING = /* @__PURE__ */ new WeakMap();
function trailsToCheck(ctx) {
  let covering = COVERING.get(ctx.coverage);
  if (!covering) {
    covering = /* @__PURE__ */ new Set();
    for (const b of ctx.coverage.buckets)
      for (const e of b.events) for (const id of e.coveredBy) covering.add(id);
    COVERING.set(ctx.coverage, covering);
  }
  const reached = covering;
  const all = ctx.policy.require?.trails === "all";
  return ctx.facts.recorders.filter(
    (r) => r.kind === "trail" && r.change !== "delete" && (r.origin.source === "terraform-plan" || all || reached.has(r.id))
  );
}
function trailLocation(r) {
  return {
    ...r.origin.file ? { file: r.origin.file } : {},
    address: r.origin.ref,
    ...r.origin.pointer ? { pointer: r.origin.pointer } : {}
  };
}
function trailFinding(meta, r, status, message, remediation) {
  return {
    ruleId: meta.id,
    severity: meta.defaultSeverity,
    status,
    message: `${r.id}: ${message}`,
    trail: r.id,
    location: trailLocation(r),
    ...remediation ? { remediation } : {}
  };
}

// src/rules/log-bucket-acl-condition.ts
var logBucketAclCondition = {
  meta: {
    id: "log-bucket-acl-condition",
    title: "The log bucket lets CloudTrail write only with the bucket-owner-full-control ACL",
    defaultSeverity: "error",
    description: "The PutObject grant to cloudtrail.amazonaws.com must require s3:x-amz-acl = bucket-owner-full-control."
  },
  check(ctx) {
    const out = [];
    for (const trail of trailsToCheck(ctx)) {
      const t = deliveryTarget(trail, ctx.facts);
      if (t.kind === "unknown" || t.policy === null) continue;
      const policy = t.policy;
      const own = deliveryRequests(t, "own").filter((r) => r.request.action === "s3:PutObject");
      const variants = [deliveryRequests(t, "no-acl"), deliveryRequests(t, "other-acl")];
      const open = /* @__PURE__ */ new Set();
      const unsure = /* @__PURE__ */ new Set();
      own.forEach(({ what, request }, i) => {
        if (decide(policy, request).allowed !== true) return;
        for (const v of variants) {
          const a = decide(policy, v[i].request).allowed;
          if (a === true) open.add(what);
          else if (a === void 0) unsure.add(what);
        }
      });
      const fix3 = () => ({
        text: "Require the bucket-owner-full-control ACL on the PutObject statement:",
        ...recommendedPolicy(t)
      });
      if (open.size)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "fail",
            `log bucket ${t.bucket}: ${[...open].join(", ")} is granted without the condition s3:x-amz-acl = bucket-owner-full-control`,
            fix3()
          )
        );
      else if (unsure.size)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "unknown",
            `log bucket ${t.bucket}: cannot tell whether ${[...unsure].join(", ")} requires bucket-owner-full-control`
          )
        );
    }
    return out;
  }
};

// src/rules/log-bucket-delivery-grant.ts
var logBucketDeliveryGrant = {
  meta: {
    id: "log-bucket-delivery-grant",
    title: "The trail's log bucket policy lets CloudTrail check the ACL and write the trail's log files",
    defaultSeverity: "error",
    description: "An Allow to cloudtrail.amazonaws.com for s3:GetBucketAcl on the bucket and s3:PutObject on [prefix/]AWSLogs/ACCOUNT/* (and AWSLogs/o-ORGID/* for an organization trail), valid for this trail's ARN and account, and no Deny that blocks them."
  },
  check(ctx) {
    const out = [];
    for (const trail of trailsToCheck(ctx)) {
      const payer = requesterPays(trail, ctx.facts);
      if (payer?.known && payer.value)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "fail",
            `log bucket ${trail.kind === "trail" && trail.logBucket.known ? trail.logBucket.value : ""} has Requester Pays (payer = Requester), which CloudTrail does not support: it cannot deliver`,
            {
              text: "Let the bucket owner pay for requests to the log bucket:",
              terraform: 'payer = "BucketOwner" # aws_s3_bucket_request_payment_configuration'
            }
          )
        );
      else if (payer && !payer.known)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "unknown",
            `cannot tell whether the log bucket has Requester Pays (${payer.detail})`
          )
        );
      const t = deliveryTarget(trail, ctx.facts);
      if (t.kind === "unknown") {
        out.push(trailFinding(this.meta, trail, "unknown", `cannot check log delivery: ${t.detail}`));
        continue;
      }
      const fix3 = () => ({
        text: "Attach the bucket policy AWS documents for CloudTrail, with this trail's values:",
        ...recommendedPolicy(t)
      });
      if (t.policy === null) {
        out.push(
          trailFinding(
            this.meta,
            trail,
            "fail",
            `log bucket ${t.bucket} has no bucket policy${t.policyWhy ? ` once applied (${t.policyWhy})` : ""}, so CloudTrail cannot deliver its logs`,
            fix3()
          )
        );
        continue;
      }
      const failed = [];
      const unknown2 = [];
      const accountPath = [];
      const named = namedOrganizations(t.policy);
      for (const { what, request, organization, accountPathOfOrgTrail } of deliveryRequests(t, "own")) {
        const d = decide(t.policy, request);
        if (d.allowed === true) continue;
        if (accountPathOfOrgTrail) {
          accountPath.push(d.allowed === false ? what : `${what} (cannot be checked)`);
          continue;
        }
        if (d.allowed === void 0 || organization && named.length && !d.deniedBy.length && t.organizationId === void 0)
          unknown2.push(
            organization && named.length ? `${what} (the grant names ${named.join(", ")}; is it the trail's organization?)` : what
          );
        else if (d.deniedBy.length)
          failed.push(
            `${what} is denied by ${d.deniedBy.map((s) => s.sid ? `statement "${s.sid}"` : "a Deny statement").join(", ")}`
          );
        else failed.push(`${what} is not allowed`);
      }
      if (failed.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "fail",
            `log bucket ${t.bucket}: ${failed.join("; ")} \u2014 CloudTrail cannot deliver, so nothing this trail records is kept`,
            fix3()
          )
        );
      else if (unknown2.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "unknown",
            `log bucket ${t.bucket}: cannot tell whether ${unknown2.join(", ")} is allowed (values known only after apply)`
          )
        );
      if (accountPath.length)
        out.push({
          ...trailFinding(
            this.meta,
            trail,
            accountPath.every((a) => a.endsWith("(cannot be checked)")) ? "unknown" : "fail",
            `log bucket ${t.bucket}: ${accountPath.join(", ")} under AWSLogs/${t.account.known ? t.account.value : "ACCOUNT"}/ is not (or not provably) allowed; the organization trail delivers under AWSLogs/o-ORGID/, but logging stops if it is ever changed to a single-account trail (AWS's documented policy keeps that statement)`,
            fix3()
          ),
          severity: "warning"
        });
    }
    return out;
  }
};

// src/rules/log-bucket-source-arn.ts
var logBucketSourceArn = {
  meta: {
    id: "log-bucket-source-arn",
    title: "The log bucket's CloudTrail grants are limited to this trail (aws:SourceArn) or its account (aws:SourceAccount)",
    defaultSeverity: "error",
    description: "Both grants (GetBucketAcl and PutObject) must carry an aws:SourceArn condition equal to (or an ArnLike pattern matching) the trail ARN, or an aws:SourceAccount condition, so that no other account's trail can write into the bucket."
  },
  check(ctx) {
    const out = [];
    for (const trail of trailsToCheck(ctx)) {
      const t = deliveryTarget(trail, ctx.facts);
      if (t.kind === "unknown" || t.policy === null) continue;
      const policy = t.policy;
      const own = deliveryRequests(t, "own");
      const foreign = deliveryRequests(t, "foreign-trail");
      const open = [];
      const unsure = [];
      own.forEach(({ what, request }, i) => {
        if (decide(policy, request).allowed !== true) return;
        const f = decide(policy, foreign[i].request);
        if (f.allowed === true) open.push(what);
        else if (f.allowed === void 0) unsure.push(what);
      });
      const fix3 = () => ({
        text: "Add an aws:SourceArn condition with this trail's ARN to both statements:",
        ...recommendedPolicy(t)
      });
      if (open.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "fail",
            `log bucket ${t.bucket}: ${open.join(", ")} is granted to CloudTrail without an aws:SourceArn or aws:SourceAccount condition, so a trail of any account can write there`,
            fix3()
          )
        );
      else if (unsure.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "unknown",
            `log bucket ${t.bucket}: cannot tell whether ${unsure.join(", ")} is limited to this trail`
          )
        );
    }
    return out;
  }
};

// src/rules/log-loop.ts
var SOME_ACCOUNTS = ["111111111111", "999988887777"];
var SOME_REGIONS = ["us-east-1", "eu-west-1"];
var STAND_IN_ORG = "o-exampleorgid";
var CALLERS = ["arn:aws:sts::000000000000:assumed-role/any-role/any-session", ""];
function deliveryKeys(trail, prefix) {
  const acct = trail.accountId.known ? [trail.accountId.value] : SOME_ACCOUNTS;
  const home = trail.homeRegion.known ? [trail.homeRegion.value] : SOME_REGIONS;
  const other = home.map((r) => r === "eu-west-1" ? "ap-southeast-2" : "eu-west-1");
  const multi = !trail.multiRegion.known || trail.multiRegion.value;
  const org = !trail.organization.known || trail.organization.value;
  const orgIds2 = trail.organizationId?.known ? [trail.organizationId.value] : [STAND_IN_ORG];
  const paths = [];
  if (!org || !trail.organization.known)
    paths.push({ what: "AWSLogs/ACCOUNT/", path: acct.map((a) => `${a}/`) });
  if (org) {
    const members = [.../* @__PURE__ */ new Set([...acct, ...SOME_ACCOUNTS])];
    paths.push({
      what: "AWSLogs/o-ORGID/ACCOUNT/",
      path: orgIds2.flatMap((o) => members.map((a) => `${o}/${a}/`))
    });
  }
  const out = [];
  for (const p of paths)
    for (const [regionWhat, regions] of [
      ["home Region", home],
      ...multi ? [["another Region", other]] : []
    ])
      for (const type2 of ["CloudTrail", "CloudTrail-Digest", "CloudTrail-Insight"]) {
        const variants = [];
        for (const path of p.path)
          for (const region of regions) {
            const a = path.replace(/\/$/, "").split("/").pop();
            const file = type2 === "CloudTrail-Digest" ? `${a}_${type2}_${region}_trail_${region}_20260101T0000Z.json.gz` : `${a}_${type2}_${region}_20260101T0000Z_a1B2c3D4e5F6g7H8.json.gz`;
            variants.push(`${prefix}AWSLogs/${path}${type2}/${region}/2026/01/01/${file}`);
          }
        out.push({ what: `${type2} files of the ${regionWhat} (${prefix}${p.what}${type2}/\u2026)`, variants });
      }
  return out;
}
var logLoop = {
  meta: {
    id: "log-loop",
    title: "A trail does not record data events of its own log bucket",
    defaultSeverity: "warning",
    description: "Evaluates the trail's selectors on PutObject of the files CloudTrail writes into its log bucket ([prefix/]AWSLogs/[o-ORGID/]ACCOUNT/CloudTrail{,-Digest,-Insight}/REGION/\u2026json.gz). If one is recorded, every delivery produces a new event to deliver."
  },
  check(ctx) {
    const out = [];
    for (const trail of trailsToCheck(ctx)) {
      const bucketName = trail.logBucket;
      if (!bucketName?.known || !bucketName.value) continue;
      const prefix = trail.logPrefix?.known && trail.logPrefix.value ? trail.logPrefix.value.replace(/\/+$/, "") + "/" : "";
      const seen = ctx.facts.buckets.get(bucketName.value);
      const partition = trail.partition.known ? trail.partition.value : ctx.facts.defaults.partition;
      const bucket = {
        name: bucketName.value,
        origin: trail.origin,
        region: seen?.region.known ? seen.region : trail.homeRegion,
        accountId: trail.accountId,
        partition: known(partition)
      };
      const arn = `arn:${partition}:s3:::${bucketName.value}/`;
      const recorded = [];
      const undecided = [];
      for (const { what, variants } of deliveryKeys(trail, prefix)) {
        const results = [];
        let why = "";
        for (const key of variants)
          for (const userArn of CALLERS)
            for (const eventType of EVENT_TYPES) {
              const ev = {
                eventCategory: "Data",
                resourcesType: "AWS::S3::Object",
                eventSource: "s3.amazonaws.com",
                eventName: "PutObject",
                readOnly: false,
                arn: arn + key,
                userArn,
                eventType,
                sessionCredentialFromConsole: "false"
              };
              const r = recorderRecords(trail, bucket, ev);
              if (r.records !== true && !why) why = r.why;
              results.push(r.records);
            }
        const all = results.every((x) => x === true) ? true : results.every((x) => x === false) ? false : void 0;
        if (all === true) recorded.push(what);
        else if (all !== false) undecided.push(`${what}: ${why}`);
      }
      const fix3 = {
        text: `Exclude the log bucket from the trail's data-event selectors (advanced selectors), or deliver to a bucket in another account:`,
        terraform: `field_selector {
  field           = "resources.ARN"
  not_starts_with = [${hclString(arn)}]
}`
      };
      if (recorded.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "fail",
            `records PutObject on its own log bucket ${bucketName.value} (${recorded.join("; ")}): each delivery is logged and delivered again`,
            fix3
          )
        );
      else if (undecided.length)
        out.push(
          trailFinding(
            this.meta,
            trail,
            "unknown",
            `cannot tell whether it records its own log bucket ${bucketName.value}: ${undecided[0]}`
          )
        );
    }
    return out;
  }
};

// src/rules/trail-cloudwatch-logs.ts
function groupBase(arn) {
  return arn.replace(/:\*$/, "");
}
function streams(t, groupArn) {
  const base = groupBase(groupArn);
  const parts = base.split(":");
  const region = t.homeRegion.known ? t.homeRegion.value : parts[3];
  const account = t.accountId.known ? t.accountId.value : void 0;
  const stream = (name) => ({ known: true, value: `${base}:log-stream:${name}` });
  if (!account || !region)
    return [
      { what: "its log stream", arn: { known: false, detail: "the trail's account or Region is not known" } }
    ];
  const out = [
    { what: `log stream ${account}_CloudTrail_${region}`, arn: stream(`${account}_CloudTrail_${region}`) }
  ];
  if (t.organization.known && t.organization.value)
    out.push({
      what: "organization log stream (o-ORGID_\u2026)",
      arn: stream(`o-exampleorgid_222222222222_CloudTrail_${region}`),
      organization: true
    });
  return out;
}
function parse(p) {
  if (!p.document.known) return { ok: false, detail: `${p.origin.ref}: ${p.document.detail}` };
  if (p.document.value === null) return { ok: true, policy: null };
  try {
    return { ok: true, policy: normalizePolicy(p.document.value) };
  } catch (e) {
    return { ok: false, detail: `${p.origin.ref} is not an IAM policy: ${e.message}` };
  }
}
function permissions(role) {
  const unread = [...role.unread];
  const statements = [];
  for (const p of role.policies) {
    const r = parse(p);
    if (!r.ok) unread.push(r.detail);
    else if (r.policy) statements.push(...r.policy.statements);
  }
  return { policy: { statements }, unread };
}
function allowed(policy, action, resource, kind, keys = {}) {
  return decide(policy, { servicePrincipal: CLOUDTRAIL_PRINCIPAL, action, resource, keys }, kind).allowed;
}
var trailCloudwatchLogs = {
  meta: {
    id: "trail-cloudwatch-logs",
    title: "A trail that sends events to CloudWatch Logs can deliver them there",
    defaultSeverity: "error",
    description: "cloud_watch_logs_group_arn ends in :* and cloud_watch_logs_role_arn names a role that trusts cloudtrail.amazonaws.com and may call logs:CreateLogStream and logs:PutLogEvents on the group's streams (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-required-policy-for-cloudwatch-logs.html)."
  },
  check(ctx) {
    const out = [];
    for (const t of trailsToCheck(ctx)) {
      const g = t.cloudWatchLogsGroupArn;
      if (g.known && !g.value) continue;
      const failed = [];
      const undecided = [];
      if (!g.known) undecided.push(`whether cloud_watch_logs_group_arn ends in :* (${g.detail})`);
      else if (g.value && !g.value.endsWith(":*"))
        failed.push(
          `cloud_watch_logs_group_arn ${g.value} does not end in :* (CloudTrail needs the group's streams: "${g.value}:*")`
        );
      const roleArn = t.cloudWatchLogsRoleArn;
      if (roleArn.known && !roleArn.value)
        failed.push(
          "cloud_watch_logs_role_arn is not set: CloudTrail needs a role to write to the log group, and AWS rejects a log group without one"
        );
      if (t.cloudWatchLogsDeliveryError)
        failed.push(
          `the last delivery to CloudWatch Logs failed (LatestCloudWatchLogsDeliveryError: ${t.cloudWatchLogsDeliveryError})`
        );
      const role = t.cloudWatchLogsRole;
      if (!(roleArn.known && !roleArn.value)) {
        if (role) checkRole(t, role, g.known ? g.value : null, failed, undecided);
        else if (t.origin.source === "aws") {
          if (!t.cloudWatchLogsDeliveryError && !t.cloudWatchLogsDelivered)
            undecided.push(
              "whether CloudTrail can deliver to CloudWatch Logs (GetTrailStatus shows no delivery to CloudWatch Logs yet)"
            );
        } else
          undecided.push(
            `whether the role ${roleArn.known ? roleArn.value : "(known only after apply)"} trusts cloudtrail.amazonaws.com and may write to the log group: the role is not in the plan`
          );
      }
      if (failed.length)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            `CloudWatch Logs delivery cannot work: ${failed.join("; ")}${undecided.length ? `; also cannot tell ${undecided.join(", ")}` : ""}`,
            fix(g.known && g.value ? g.value : void 0)
          )
        );
      else if (undecided.length)
        out.push(trailFinding(this.meta, t, "unknown", `cannot tell ${undecided.join("; ")}`));
    }
    return out;
  }
};
function checkRole(t, role, groupArn, failed, undecided) {
  const trust = parse(role.trustPolicy);
  if (!trust.ok) undecided.push(`whether the role trusts cloudtrail.amazonaws.com (${trust.detail})`);
  else {
    const keys = {
      "aws:sourcearn": { known: false, detail: "not documented for this AssumeRole" },
      "aws:sourceaccount": { known: false, detail: "not documented for this AssumeRole" }
    };
    const a = trust.policy ? allowed(trust.policy, "sts:AssumeRole", { known: true, value: role.origin.ref }, "trust", keys) : false;
    if (a === false)
      failed.push(
        `the trust policy of ${role.origin.ref} does not let ${CLOUDTRAIL_PRINCIPAL} assume it (sts:AssumeRole)`
      );
    else if (a === void 0)
      undecided.push(`whether the trust policy of ${role.origin.ref} lets ${CLOUDTRAIL_PRINCIPAL} assume it`);
  }
  if (groupArn === null) return;
  const { policy, unread } = permissions(role);
  const denied = [];
  const open = [];
  const named = policy.statements.some(
    (s) => (s.resource ?? []).some((r) => r.known && /:log-stream:o-[a-z0-9]+_/.test(r.value))
  );
  for (const s of streams(t, groupArn))
    for (const action of ["logs:CreateLogStream", "logs:PutLogEvents"]) {
      const d = decide(
        policy,
        { servicePrincipal: CLOUDTRAIL_PRINCIPAL, action, resource: s.arn, keys: {} },
        "identity"
      );
      const what = `${action} on ${s.what}`;
      if (d.deniedBy.length) denied.push(`${what} (denied)`);
      else if (unread.length || d.allowed === void 0) {
        open.push(what);
      } else if (d.allowed === false) {
        if (s.organization && named)
          open.push(`${what} (the policy names an organization; is it the trail's?)`);
        else denied.push(what);
      }
    }
  if (denied.length)
    failed.push(
      `the policies of ${role.origin.ref} do not allow ${denied.join(", ")} in ${groupBase(groupArn)}`
    );
  if (open.length)
    undecided.push(
      `whether ${role.origin.ref} may call ${open.join(", ")}${unread.length ? ` (not read: ${unread.join("; ")})` : ""}`
    );
}
function fix(groupArn) {
  const group = groupArn ? groupBase(groupArn) : "${aws_cloudwatch_log_group.trail.arn}";
  return {
    text: "Give the trail the log group with :* and a role CloudTrail can assume that may write its streams:",
    terraform: [
      `cloud_watch_logs_group_arn = "${groupArn ? `${group}:*` : "${aws_cloudwatch_log_group.trail.arn}:*"}"`,
      "cloud_watch_logs_role_arn  = aws_iam_role.cloudtrail_cloudwatch.arn",
      "",
      'resource "aws_iam_role" "cloudtrail_cloudwatch" {',
      '  name = "cloudtrail-cloudwatch-logs"',
      "  assume_role_policy = jsonencode({",
      '    Version = "2012-10-17"',
      `    Statement = [{ Effect = "Allow", Principal = { Service = "${CLOUDTRAIL_PRINCIPAL}" }, Action = "sts:AssumeRole" }]`,
      "  })",
      "}",
      "",
      'resource "aws_iam_role_policy" "cloudtrail_cloudwatch" {',
      "  role = aws_iam_role.cloudtrail_cloudwatch.id",
      "  policy = jsonencode({",
      '    Version = "2012-10-17"',
      `    Statement = [{ Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "${group}:log-stream:*" }]`,
      "  })",
      "}"
    ].join("\n")
  };
}

// src/rules/trail-kms.ts
var trailKms = {
  meta: {
    id: "trail-kms",
    title: "Trails encrypt their log files with a KMS key",
    defaultSeverity: "warning",
    description: "kms_key_id (KmsKeyId) makes CloudTrail encrypt log files with SSE-KMS; the key must be in the log bucket's Region and allow cloudtrail.amazonaws.com kms:GenerateDataKey* (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html)."
  },
  check(ctx) {
    const out = [];
    for (const t of trailsToCheck(ctx)) {
      const k = t.kmsKeyId;
      if (!k) continue;
      if (!k.known) continue;
      if (!k.value)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            "log files are not encrypted with a KMS key (kms_key_id is not set)",
            {
              text: "Encrypt the log files with a customer managed key:",
              terraform: "kms_key_id = aws_kms_key.cloudtrail.arn"
            }
          )
        );
    }
    return out;
  }
};

// src/rules/trail-kms-delivery.ts
var str3 = (f) => f.known ? { known: true, value: f.value } : { known: false, detail: f.detail };
var trailKmsDelivery = {
  meta: {
    id: "trail-kms-delivery",
    title: "CloudTrail may encrypt the trail's log files with its KMS key",
    defaultSeverity: "error",
    description: "When kms_key_id is set, the key is enabled, in the log bucket's Region, and its key policy allows cloudtrail.amazonaws.com kms:GenerateDataKey* for this trail (encryption context aws:cloudtrail:arn, aws:SourceArn); otherwise CloudTrail cannot deliver (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail-encrypt.html)."
  },
  check(ctx) {
    const out = [];
    for (const t of trailsToCheck(ctx)) {
      const id = t.kmsKeyId;
      if (id.known && !id.value) continue;
      if (t.origin.source === "aws") continue;
      const key = t.kmsKey;
      if (!key) {
        out.push(
          trailFinding(
            this.meta,
            t,
            "unknown",
            `cannot tell whether CloudTrail may use the KMS key ${id.known ? id.value : "(known only after apply)"}: the key is not in the plan, so its policy and state cannot be checked`
          )
        );
        continue;
      }
      const failed = [];
      const undecided = [];
      if (!key.enabled.known) undecided.push(`whether ${key.origin.ref} is enabled (${key.enabled.detail})`);
      else if (!key.enabled.value) failed.push(`${key.origin.ref} is disabled (is_enabled = false)`);
      const bucket = t.logBucket.known ? ctx.facts.buckets.get(t.logBucket.value) : void 0;
      if (key.region.known && bucket?.region.known && key.region.value !== bucket.region.value)
        failed.push(
          `${key.origin.ref} is in ${key.region.value} and the log bucket ${bucket.name} in ${bucket.region.value} (the key must be in the bucket's Region)`
        );
      const doc = key.policy.document;
      if (!doc.known) undecided.push(`whether the key policy allows CloudTrail (${doc.detail})`);
      else if (doc.value === null)
        failed.push(
          `${key.origin.ref} has no key policy of its own: the default key policy lets only the account's IAM principals use the key, not ${CLOUDTRAIL_PRINCIPAL}`
        );
      else {
        let policy;
        try {
          policy = normalizePolicy(doc.value);
        } catch (e) {
          undecided.push(
            `whether the key policy allows CloudTrail (it is not an IAM policy: ${e.message})`
          );
        }
        if (policy) {
          const arn = str3(t.arn);
          const d = decide(policy, {
            servicePrincipal: CLOUDTRAIL_PRINCIPAL,
            action: "kms:GenerateDataKey",
            resource: { known: false, detail: "the key ARN" },
            keys: {
              "kms:encryptioncontext:aws:cloudtrail:arn": arn,
              "aws:sourcearn": arn,
              "aws:sourceaccount": str3(t.accountId)
            }
          });
          const sids = (xs) => xs.map((s) => s.sid ? `statement "${s.sid}"` : "a Deny statement").join(", ");
          if (d.deniedBy.length)
            failed.push(
              `the key policy of ${key.origin.ref} denies kms:GenerateDataKey by ${sids(d.deniedBy)}`
            );
          else if (d.allowed === false)
            failed.push(
              `the key policy of ${key.origin.ref} does not allow ${CLOUDTRAIL_PRINCIPAL} kms:GenerateDataKey* for this trail`
            );
          else if (d.allowed === void 0)
            undecided.push(
              `whether the key policy of ${key.origin.ref} allows kms:GenerateDataKey* for this trail`
            );
        }
      }
      if (failed.length)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            `CloudTrail cannot encrypt, so it delivers no log files: ${failed.join("; ")}${undecided.length ? `; also cannot tell ${undecided.join(", ")}` : ""}`,
            fix2(t.accountId.known ? t.accountId.value : "ACCOUNT_ID", t.arn.known ? t.arn.value : void 0)
          )
        );
      else if (undecided.length)
        out.push(trailFinding(this.meta, t, "unknown", `cannot tell ${undecided.join("; ")}`));
    }
    return out;
  }
};
function fix2(account, trailArn) {
  const partition = trailArn?.split(":")[1] ?? "aws";
  const statement = {
    Sid: "AllowCloudTrailEncryptLogs",
    Effect: "Allow",
    Principal: { Service: CLOUDTRAIL_PRINCIPAL },
    Action: "kms:GenerateDataKey*",
    Resource: "*",
    Condition: {
      StringLike: {
        "kms:EncryptionContext:aws:cloudtrail:arn": `arn:${partition}:cloudtrail:*:${account}:trail/*`
      },
      ...trailArn ? { StringEquals: { "aws:SourceArn": trailArn } } : {}
    }
  };
  return {
    text: "Enable the key and add this statement to its key policy (keep the statements that let your account administer the key):",
    json: JSON.stringify(statement, null, 2)
  };
}

// src/rules/trail-log-file-validation.ts
var trailLogFileValidation = {
  meta: {
    id: "trail-log-file-validation",
    title: "Trails have log file integrity validation enabled",
    defaultSeverity: "warning",
    description: "enable_log_file_validation (EnableLogFileValidation) makes CloudTrail deliver signed digest files, so tampering with the recorded data events can be detected (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html)."
  },
  check(ctx) {
    const out = [];
    for (const t of trailsToCheck(ctx)) {
      const v = t.logFileValidation;
      if (!v) continue;
      if (!v.known)
        out.push(trailFinding(this.meta, t, "unknown", `log file validation is unknown (${v.detail})`));
      else if (!v.value)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            `log file validation is off${v.defaulted ? " (enable_log_file_validation defaults to false)" : ""}`,
            {
              text: "Enable log file validation:",
              terraform: "enable_log_file_validation = true"
            }
          )
        );
      if (t.digestDeliveryError)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            `its last delivery of a digest file failed (GetTrailStatus LatestDigestDeliveryError: ${t.digestDeliveryError}), so the log files since then cannot be validated`
          )
        );
    }
    return out;
  }
};

// src/rules/trail-multi-region.ts
var trailMultiRegion = {
  meta: {
    id: "trail-multi-region",
    title: "Trails are multi-Region",
    defaultSeverity: "error",
    offByDefault: true,
    description: "A single-Region trail records only its home Region, so a bucket created elsewhere is not covered (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-multi-region-trails.html). Turn on with require.rules.trail-multi-region."
  },
  check(ctx) {
    const out = [];
    for (const t of trailsToCheck(ctx)) {
      if (!t.multiRegion.known)
        out.push(
          trailFinding(this.meta, t, "unknown", `is_multi_region_trail is unknown (${t.multiRegion.detail})`)
        );
      else if (!t.multiRegion.value)
        out.push(
          trailFinding(
            this.meta,
            t,
            "fail",
            `is a single-Region trail (${t.homeRegion.known ? t.homeRegion.value : "home Region unknown"})${t.multiRegion.defaulted ? "; is_multi_region_trail defaults to false" : ""}`,
            {
              text: "Make the trail multi-Region:",
              terraform: "is_multi_region_trail = true"
            }
          )
        );
    }
    return out;
  }
};

// src/rules/index.ts
var RULES = [
  dataEventCoverage,
  invalidSelector,
  logBucketAclCondition,
  logBucketDeliveryGrant,
  logBucketSourceArn,
  logLoop,
  trailCloudwatchLogs,
  trailKms,
  trailKmsDelivery,
  trailLogFileValidation,
  trailMultiRegion
];
function waiverMatches(w, f, ctx) {
  if (w.rule !== f.ruleId) return false;
  if (w.bucket !== void 0 && w.bucket !== f.bucket) return false;
  if (w.trail !== void 0) {
    const rec = ctx.facts.recorders.find((r) => r.id === f.trail);
    const names = [
      f.trail,
      rec?.name.known ? rec.name.value : void 0,
      rec?.arn.known ? rec.arn.value : void 0
    ];
    if (!names.includes(w.trail)) return false;
  }
  return true;
}
function where(w) {
  return `${w.location.file}:${w.location.line}:${w.location.column}`;
}
function foreignTrailSeverity(f, ctx) {
  if (ctx.facts.mode !== "plan+live" || f.trail === void 0 || f.severity !== "error") return f;
  if (ctx.policy.require?.trails === "all") return f;
  const rec = ctx.facts.recorders.find((r) => r.id === f.trail);
  if (!rec || rec.origin.source !== "aws") return f;
  const own = ctx.facts.defaults.accountId;
  const foreign = rec.accountId.known && own.known ? rec.accountId.value !== own.value : rec.organization.known && rec.organization.value;
  if (!foreign) return f;
  const owner = rec.accountId.known ? `account ${rec.accountId.value}` : "another account";
  return {
    ...f,
    severity: "warning",
    message: `${f.message} (a trail of ${owner}, not managed by this plan: a warning here; require.trails: all makes it an error)`
  };
}
function runRules(ctx, rules = RULES) {
  const settings = ctx.policy.require?.rules ?? {};
  const findings = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    if (setting === "off" || setting === void 0 && rule.meta.offByDefault) continue;
    let found;
    try {
      found = rule.check(ctx);
    } catch (e) {
      found = [
        {
          ruleId: rule.meta.id,
          severity: "error",
          status: "unknown",
          message: `rule ${rule.meta.id} failed: ${e instanceof Error ? e.message : String(e)}`,
          location: { file: ctx.policy.file }
        }
      ];
    }
    for (const f of found)
      findings.push(foreignTrailSeverity(setting ? { ...f, severity: setting } : f, ctx));
  }
  const warnings = [];
  const used = /* @__PURE__ */ new Set();
  const waived = findings.map((f) => {
    for (const w of ctx.policy.waivers ?? []) {
      if (!waiverMatches(w, f, ctx)) continue;
      used.add(w);
      if (w.expires !== void 0 && w.expires < ctx.today) continue;
      return { ...f, waived: { reason: w.reason, ...w.expires ? { expires: w.expires } : {} } };
    }
    return f;
  });
  for (const w of ctx.policy.waivers ?? []) {
    const target = w.bucket !== void 0 ? `bucket ${w.bucket}` : `trail ${w.trail ?? ""}`;
    if (w.expires !== void 0 && w.expires < ctx.today)
      warnings.push(
        `${where(w)}: the waiver of ${w.rule} for ${target} expired on ${w.expires} and no longer applies`
      );
    else if (!used.has(w))
      warnings.push(`${where(w)}: the waiver of ${w.rule} for ${target} matches no finding; remove it`);
  }
  return { findings: waived, warnings };
}

// src/sources/merge.ts
var value = (f) => f.known ? f.value : void 0;
function sameRecorder(plan, live) {
  if (plan.kind !== live.kind) return false;
  if (plan.priorArn && plan.priorArn === (value(live.arn) ?? live.id)) return true;
  const planArn = value(plan.arn);
  if (planArn) return planArn === (value(live.arn) ?? live.id);
  const name = value(plan.name);
  const home = value(plan.homeRegion);
  if (!name || !home || name !== value(live.name) || home !== value(live.homeRegion)) return false;
  const a = value(plan.accountId);
  const b = value(live.accountId);
  return a === void 0 || b === void 0 || a === b;
}
function withIdentity(plan, live) {
  return {
    ...plan,
    arn: plan.arn.known && plan.arn.value ? plan.arn : live.arn,
    accountId: plan.accountId.known ? plan.accountId : live.accountId,
    homeRegion: plan.homeRegion.known ? plan.homeRegion : live.homeRegion
  };
}
var orLive = (p, l) => l.known ? l : p;
function mergeRecorder(plan, live) {
  const p = withIdentity(plan, live);
  if (p.change === "replace" || p.change === "create" || p.change === "delete") return p;
  const status = {
    ...live.kind === "trail" && live.deliveryError ? { deliveryError: live.deliveryError } : {}
  };
  if (p.change === "no-op" || p.change === "read") {
    const logging = orLive(p.logging, live.logging);
    const base = {
      ...p,
      multiRegion: orLive(p.multiRegion, live.multiRegion),
      organization: orLive(p.organization, live.organization),
      logging,
      selectors: orLive(p.selectors, live.selectors),
      ...logging === live.logging && live.loggingDetail ? { loggingDetail: live.loggingDetail } : {}
    };
    if (base.kind === "trail" && live.kind === "trail")
      return {
        ...base,
        logBucket: orLive(base.logBucket, live.logBucket),
        logPrefix: orLive(base.logPrefix, live.logPrefix),
        kmsKeyId: orLive(base.kmsKeyId, live.kmsKeyId),
        logFileValidation: orLive(base.logFileValidation, live.logFileValidation),
        ...status
      };
    return base;
  }
  if (p.kind === "event-data-store" && live.logging.known && !live.logging.value && p.logging.known && p.logging.value)
    return {
      ...p,
      logging: live.logging,
      ...live.loggingDetail ? { loggingDetail: `${live.loggingDetail} in the account; this plan does not start it` } : {}
    };
  return { ...p, ...p.kind === "trail" ? status : {} };
}
function mergeBucket(plan, live) {
  if (!live) return plan;
  const exists = plan.change !== "create" && plan.change !== "replace";
  const policy = plan.policy?.managed ? plan.policy : live.policy ?? plan.policy;
  const sal = plan.serverAccessLogging;
  const logging = exists && live.serverAccessLogging && (!sal || sal.known && sal.defaulted) ? live.serverAccessLogging : sal;
  return {
    ...plan,
    ...logging ? { serverAccessLogging: logging } : {},
    region: !plan.region.known && exists && live.region.known ? live.region : plan.region,
    accountId: !plan.accountId.known && exists && live.accountId.known ? live.accountId : plan.accountId,
    ...policy ? { policy } : {}
  };
}
function mergeFacts(plan, live) {
  const replaced = /* @__PURE__ */ new Set();
  const planned = plan.recorders.map((p) => {
    const l = live.recorders.find((r) => !replaced.has(r) && sameRecorder(p, r));
    if (!l) return p;
    replaced.add(l);
    return mergeRecorder(p, l);
  });
  const recorders = [...planned, ...live.recorders.filter((r) => !replaced.has(r))];
  const buckets = new Map(live.buckets);
  for (const [name, b] of plan.buckets) buckets.set(name, mergeBucket(b, live.buckets.get(name)));
  return {
    mode: "plan+live",
    recorders,
    buckets,
    notes: [...plan.notes, ...live.notes],
    secrets: [...plan.secrets ?? [], ...live.secrets ?? []],
    defaults: {
      accountId: plan.defaults.accountId.known ? plan.defaults.accountId : live.defaults.accountId,
      partition: plan.defaults.region.known ? plan.defaults.partition : live.defaults.partition,
      region: plan.defaults.region.known ? plan.defaults.region : live.defaults.region
    }
  };
}

// src/sources/combine.ts
var fileOf = (c) => c.spec.kind === "terraform-plan" ? c.spec.file : "the account";
function essence(x, file) {
  return JSON.stringify(
    x,
    (k, v) => k === "origin" || k === "id" ? void 0 : typeof v === "string" ? v.split(file).join("<plan>") : v
  );
}
function unionPlans(parts) {
  if (parts.length === 1) return parts[0].facts;
  const recorders = [];
  const from = /* @__PURE__ */ new Map();
  const buckets = /* @__PURE__ */ new Map();
  const bucketFrom = /* @__PURE__ */ new Map();
  const idCount = /* @__PURE__ */ new Map();
  for (const p of parts) for (const r of p.facts.recorders) idCount.set(r.id, (idCount.get(r.id) ?? 0) + 1);
  for (const p of parts) {
    for (const r of p.facts.recorders) {
      const twin = recorders.find(
        (x) => from.get(x) !== p.file && (sameRecorder(r, x) || sameRecorder(x, r))
      );
      if (twin) {
        if (essence(twin, from.get(twin)) === essence(r, p.file)) continue;
        throw new InputError(
          `${from.get(twin)} (${twin.origin.ref}) and ${p.file} (${r.origin.ref}) both manage the ${r.kind === "trail" ? "trail" : "event data store"} ${r.name.known ? JSON.stringify(r.name.value) : r.id}, differently: a resource belongs to one plan`,
          p.file
        );
      }
      const id = (idCount.get(r.id) ?? 0) > 1 ? `${p.file}:${r.id}` : r.id;
      const kept = id === r.id ? r : { ...r, id };
      recorders.push(kept);
      from.set(kept, p.file);
    }
    for (const [name, b] of p.facts.buckets) {
      const seen = buckets.get(name);
      if (seen) {
        if (essence(seen, bucketFrom.get(name)) === essence(b, p.file)) continue;
        throw new InputError(
          `${bucketFrom.get(name)} (${seen.origin.ref}) and ${p.file} (${b.origin.ref}) both describe the bucket ${JSON.stringify(name)}, differently: a resource belongs to one plan`,
          p.file
        );
      }
      buckets.set(name, b);
      bucketFrom.set(name, p.file);
    }
  }
  const first = (pick) => parts.map((p) => pick(p.facts)).find((v) => v.known) ?? pick(parts[0].facts);
  const defaults = {
    accountId: first((f) => f.defaults.accountId),
    region: first((f) => f.defaults.region),
    partition: (parts.find((p) => p.facts.defaults.region.known) ?? parts[0]).facts.defaults.partition
  };
  return {
    mode: "plan",
    recorders,
    buckets,
    notes: parts.flatMap((p) => p.facts.notes),
    secrets: parts.flatMap((p) => p.facts.secrets ?? []),
    defaults
  };
}
function combineSources(collected) {
  const plans = collected.filter((c) => c.spec.kind === "terraform-plan");
  const live = collected.filter((c) => c.spec.kind === "aws" || c.spec.kind === "organization");
  if (live.length > 1) throw new InputError("one live account per run: give --live once");
  const account = live[0]?.after;
  if (!plans.length) {
    if (!account) throw new InputError("give --plan FILE, --live, or both");
    return { after: account, plans: [] };
  }
  const files = plans.map(fileOf);
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup) throw new InputError(`${dup}: the same plan is given twice`, dup);
  const over = (f) => account ? mergeFacts(f, account) : f;
  const afterOf = plans.map((c) => ({ file: fileOf(c), facts: c.after }));
  const beforeOf = plans.map((c) => ({ file: fileOf(c), facts: c.before ?? c.after }));
  const after = over(unionPlans(afterOf));
  const before = over(unionPlans(beforeOf));
  if (plans.length === 1) return { after, before, plans: files };
  return {
    after,
    before,
    plans: files,
    perPlan: plans.map((_, i) => ({
      plan: files[i],
      before: over(unionPlans(afterOf.map((a, j) => j === i ? beforeOf[i] : a)))
    }))
  };
}

// src/app/merge.ts
function canonicalFindings(findings, buckets) {
  const place = new Map(buckets.map((b, i) => [b.name, i]));
  const keyed = findings.map((f) => ({
    f,
    rule: f.ruleId,
    at: f.bucket !== void 0 ? place.get(f.bucket) ?? -1 : -1,
    text: JSON.stringify(f)
  }));
  keyed.sort(
    (a, b) => a.rule !== b.rule ? a.rule < b.rule ? -1 : 1 : a.at !== b.at ? a.at - b.at : a.text < b.text ? -1 : a.text > b.text ? 1 : 0
  );
  return keyed.map((k) => k.f);
}
var bad = (file, what) => new InputError(`${file}: ${what}`, file);
function checkShards(shards) {
  const first = shards[0];
  for (const s of shards) {
    const r = s.report;
    if (r.schemaVersion !== 1) throw bad(s.file, "is not an s3-trail-guard JSON report of schemaVersion 1");
    if (r.mode !== "organization" || !r.organization?.shard)
      throw bad(
        s.file,
        `is not the report of one shard of an organization run (mode ${JSON.stringify(r.mode)}); give the --format json reports of --organization --shard I/N`
      );
    if (r.tool.version !== first.report.tool.version)
      throw bad(
        s.file,
        `was written by s3-trail-guard ${r.tool.version}, ${first.file} by ${first.report.tool.version}: merge shards of one version`
      );
    if (r.policy !== first.report.policy)
      throw bad(s.file, `is a report of policy ${r.policy}, ${first.file} of ${first.report.policy}`);
    if (r.verdict.failOn !== first.report.verdict.failOn || r.verdict.failOnUnknown !== first.report.verdict.failOnUnknown)
      throw bad(s.file, `was run with other --fail-on / --fail-on-unknown settings than ${first.file}`);
    if (r.organization.shard.count !== first.report.organization.shard.count)
      throw bad(
        s.file,
        `is shard ${r.organization.shard.index}/${r.organization.shard.count}, ${first.file} is of ${first.report.organization.shard.count} shards`
      );
  }
  const count = first.report.organization.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const s of shards) {
    const i = s.report.organization.shard.index;
    const twice = seen.get(i);
    if (twice) throw bad(s.file, `is shard ${i}/${count} again (also ${twice})`);
    seen.set(i, s.file);
  }
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((i) => !seen.has(i));
  if (missing.length)
    throw bad(
      first.file,
      `shard(s) ${missing.map((i) => `${i}/${count}`).join(", ")} missing from the merge`
    );
}
function mergeReports(shards) {
  if (!shards.length) throw new InputError("merge needs at least one shard report");
  checkShards(shards);
  const ordered = [...shards].sort(
    (a, b) => a.report.organization.shard.index - b.report.organization.shard.index
  );
  const first = ordered[0].report;
  const everywhere = first.buckets.map((b) => b.name).filter((n) => ordered.every((s) => s.report.buckets.some((b) => b.name === n)));
  const ownerOf = /* @__PURE__ */ new Map();
  const entry = /* @__PURE__ */ new Map();
  for (const { report } of ordered)
    for (const b of report.buckets) {
      const held = b.account !== null && b.account !== void 0;
      if (!entry.has(b.name) || held && !ownerOf.has(b.name)) {
        entry.set(b.name, b);
        if (held) ownerOf.set(b.name, report);
      }
    }
  for (const n of entry.keys()) if (!ownerOf.has(n)) ownerOf.set(n, first);
  const named = new Set(everywhere);
  const others = [...entry.keys()].filter((n) => !named.has(n)).sort();
  const buckets = [...everywhere, ...others].map((n) => entry.get(n));
  const bucketNames = new Set(buckets.map((b) => b.name));
  const seenFindings = /* @__PURE__ */ new Set();
  const findings = [];
  for (const { report } of ordered)
    for (const f of report.findings) {
      if (f.bucket !== void 0 && bucketNames.has(f.bucket)) {
        if (ownerOf.get(f.bucket) === report) findings.push(f);
        continue;
      }
      const key = JSON.stringify(f);
      if (!seenFindings.has(key)) {
        seenFindings.add(key);
        findings.push(f);
      }
    }
  const sorted = canonicalFindings(findings, buckets);
  const fixes = buckets.flatMap((b) => (ownerOf.get(b.name)?.fixes ?? []).filter((x) => x.bucket === b.name));
  const warnings = [...new Set(ordered.flatMap((s) => s.report.warnings))];
  const verdict = decideVerdict(
    { buckets, findings: sorted },
    first.verdict.failOn,
    first.verdict.failOnUnknown
  );
  const accounts = [...new Set(ordered.flatMap((s) => s.report.organization.accounts))].sort();
  return {
    schemaVersion: 1,
    tool: first.tool,
    mode: "organization",
    passed: verdict.result === "pass",
    verdict,
    policy: first.policy,
    organization: { accounts },
    summary: summarize(buckets, sorted),
    buckets,
    fixes,
    findings: sorted,
    warnings
  };
}

// src/app/organization.ts
var sees = (r, account) => r.organization.known && r.organization.value || r.accountId.known && r.accountId.value === account;
function groups(facts, policy) {
  const by = /* @__PURE__ */ new Map();
  for (const req of policy.buckets) {
    if (facts.unplaced?.has(req.name)) continue;
    const a = req.account ?? facts.buckets.get(req.name)?.accountId;
    const account = typeof a === "string" ? a : a?.known ? a.value : "";
    by.set(account, [...by.get(account) ?? [], req]);
  }
  return [...by].map(([account, reqs]) => ({
    facts: { ...facts, recorders: facts.recorders.filter((r) => sees(r, account)) },
    policy: { ...policy, buckets: reqs }
  }));
}
function unplacedCoverage(req, why) {
  return {
    name: req.name,
    status: "unknown",
    region: req.region ?? null,
    prefixes: req.prefixes,
    events: req.events.map((name) => ({ name, status: "unknown", coveredBy: [], gaps: [why] })),
    location: req.location,
    ref: null
  };
}
function organizationCoverage(facts, policy) {
  const byName = /* @__PURE__ */ new Map();
  const fixesByName = /* @__PURE__ */ new Map();
  for (const g of groups(facts, policy)) {
    const c = evaluateCoverage(g.facts, g.policy);
    for (const b of c.buckets) byName.set(b.name, b);
    for (const f of remediate(g.facts, g.policy, c))
      fixesByName.set(f.bucket, [...fixesByName.get(f.bucket) ?? [], f]);
  }
  const buckets = policy.buckets.map((req) => {
    const why = facts.unplaced?.get(req.name);
    return why !== void 0 ? unplacedCoverage(req, why) : byName.get(req.name);
  });
  const { invalidSelectors } = evaluateCoverage(facts, { ...policy, buckets: [] });
  return {
    coverage: { buckets, invalidSelectors },
    fixes: policy.buckets.flatMap((req) => fixesByName.get(req.name) ?? [])
  };
}

// src/app/run.ts
async function run(settings, deps = {}) {
  const clock = timer(deps.timing);
  const policy = clock("policy", () => loadPolicy(settings.policy));
  const started = performance.now();
  const collected = await collectAll(
    settings.sources,
    { policy, ...deps.progress ? { progress: deps.progress } : {} },
    deps.sources ?? SOURCES
  );
  const combined = combineSources(collected);
  deps.timing?.("facts", performance.now() - started);
  return evaluate(combined.after, policy, {
    ...combined.before ? { before: combined.before } : {},
    ...combined.perPlan ? { perPlan: combined.perPlan } : {},
    plans: combined.plans,
    failOn: settings.failOn,
    failOnUnknown: settings.failOnUnknown,
    ...settings.now ? { now: settings.now } : {},
    ...deps.timing ? { timing: deps.timing } : {}
  });
}
function planTouchesCoverage(before, after, policy) {
  if (before.recorders.length !== after.recorders.length) return true;
  if (after.recorders.some((r) => r.change !== void 0 && r.change !== "no-op")) return true;
  const same = (a, b) => a.known === b.known && a.value === b.value;
  return policy.buckets.some((req) => {
    const a = bucketFacts(req, before);
    const b = bucketFacts(req, after);
    return !same(a.region, b.region) || !same(a.accountId, b.accountId) || !same(a.partition, b.partition);
  });
}
function expandEveryBucket(policy, facts) {
  const every = policy.everyBucket;
  if (!every) return policy;
  const listed = new Set(policy.buckets.map((b) => b.name));
  const scanned = facts.mode === "organization" ? new Set(facts.scope?.accounts ?? []) : void 0;
  const more = [...facts.buckets].filter(([n, b]) => !listed.has(n) && (!scanned || b.accountId.known && scanned.has(b.accountId.value))).map(([n]) => n).sort();
  return { ...policy, buckets: [...policy.buckets, ...more.map((name) => ({ ...every, name }))] };
}
function diffOf(before, after, coverage, policy, clock) {
  if (!planTouchesCoverage(before, after, policy)) return { regressions: 0, improvements: 0, buckets: [] };
  const beforeCoverage = clock("coverage before the plan", () => evaluateCoverage(before, policy));
  return clock("diff", () => diffCoverage(beforeCoverage, coverage, before, after));
}
function evaluate(facts, input, opts = {}) {
  const clock = timer(opts.timing);
  const policy = expandEveryBucket(input, facts);
  const org = facts.mode === "organization" ? clock("coverage", () => organizationCoverage(facts, policy)) : void 0;
  const coverage = org ? org.coverage : clock("coverage", () => evaluateCoverage(facts, policy));
  let diff;
  if (opts.before) {
    diff = diffOf(opts.before, facts, coverage, policy, clock);
    if (opts.perPlan)
      diff = {
        ...diff,
        plans: opts.perPlan.map((p) => ({
          plan: p.plan,
          ...diffOf(p.before, facts, coverage, policy, clock)
        }))
      };
  }
  const fixes = clock(
    "remediation",
    () => (org ? org.fixes : remediate(facts, policy, coverage)).map(({ patches: _p, ...fix3 }) => fix3)
  );
  const today = (opts.now ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const ruled = clock("rules", () => runRules({ facts, policy, coverage, today }));
  const ruleWarnings = ruled.warnings;
  const findings = facts.mode === "organization" ? canonicalFindings(ruled.findings, coverage.buckets) : ruled.findings;
  const warnings = [
    ...policy.warnings.map((w) => `${w.location.file}:${w.location.line}:${w.location.column}: ${w.message}`),
    ...facts.notes,
    ...ruleWarnings
  ];
  const verdict = decideVerdict(
    { buckets: coverage.buckets, findings },
    opts.failOn ?? DEFAULTS.failOn,
    opts.failOnUnknown ?? DEFAULTS.failOnUnknown
  );
  const plans = opts.plans ?? [];
  const several = plans.length > 1;
  const planOf = (ref, name) => {
    if (!several) return {};
    const file = facts.buckets.get(name)?.origin.file;
    return ref && file && plans.includes(file) ? { plan: file } : {};
  };
  const report = {
    schemaVersion: 1,
    tool: { name: "s3-trail-guard", version: VERSION },
    mode: facts.mode,
    passed: verdict.result === "pass",
    verdict,
    policy: policy.file,
    ...plans.length === 1 ? { plan: plans[0] } : {},
    ...several ? { plans } : {},
    ...facts.scope ? { organization: facts.scope } : {},
    summary: summarize(coverage.buckets, findings),
    buckets: several ? coverage.buckets.map((b) => ({ ...b, ...planOf(b.ref, b.name) })) : facts.mode === "organization" ? coverage.buckets.map((b) => {
      const a = facts.buckets.get(b.name)?.accountId;
      return { ...b, account: a?.known ? a.value : null };
    }) : coverage.buckets,
    ...diff ? { diff } : {},
    fixes,
    findings: several ? findings.map((f) => {
      const file = f.bucket ? facts.buckets.get(f.bucket)?.origin.file : void 0;
      return f.ruleId === "data-event-coverage" && file && plans.includes(file) ? { ...f, plan: file } : f;
    }) : findings,
    warnings
  };
  const out = facts.secrets?.length ? redact(report, facts.secrets) : report;
  return { report: out, verdict: out.verdict };
}
function timer(timing) {
  return (stage, fn) => {
    if (!timing) return fn();
    const started = performance.now();
    const r = fn();
    timing(stage, performance.now() - started);
    return r;
  };
}

// src/io/write-file.ts
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync
} from "node:fs";
import { basename, dirname, join } from "node:path";
function statOrUndefined(f, path) {
  try {
    return f(path);
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
}
function writeAll(fd, text2) {
  for (const piece of typeof text2 === "string" ? [text2] : text2) {
    const buf = Buffer.from(piece, "utf8");
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
  }
}
function writeReportFile(file, text2) {
  try {
    const link = statOrUndefined(lstatSync, file);
    const target = link?.isSymbolicLink() ? realpathSync(file) : file;
    const st = link?.isSymbolicLink() ? statOrUndefined(statSync, target) : link;
    if (st?.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (st && !st.isFile()) {
      const fd2 = openSync(target, constants.O_WRONLY);
      try {
        writeAll(fd2, text2);
      } finally {
        closeSync(fd2);
      }
      return;
    }
    const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
    const fd = openSync(
      tmp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      384
    );
    try {
      try {
        writeAll(fd, text2);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      chmodSync(tmp, st ? st.mode & 4095 : 420);
      renameSync(tmp, target);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
      }
      throw e;
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: cannot write the report: ${errorMessage(e)}`, file);
  }
}

// src/outputs/terraform-lines.ts
import { readFileSync as readFileSync2, readdirSync } from "node:fs";
import { join as join2 } from "node:path";
function selectorLine(at, o = {}) {
  const field2 = o.field ?? "resources.ARN";
  const all = at.selectors ?? [];
  const named = o.name === void 0 ? void 0 : all.filter((x) => x.name === o.name);
  const pool = named?.length ? named : all;
  for (const sel of pool) {
    const f = sel.fields.find((x) => x.field === field2);
    if (f) return f.line;
  }
  const dataSelector = pool.find((x) => x.kind === "event_selector");
  return (pool.length === 1 ? pool[0]?.line : dataSelector?.line) ?? pool[0]?.line ?? at.line;
}
var SELECTOR = /^\s*(?:(advanced_event_selector|event_selector)|dynamic\s+"(advanced_event_selector|event_selector)")\s*\{/;
var FIELD_SELECTOR = /^\s*(?:field_selector|dynamic\s+"field_selector")\s*\{/;
var NAME = /^\s*name\s*=\s*"([^"$]*)"/;
var FIELD = /^\s*field\s*=\s*"([^"$]*)"/;
function braceDelta(text2) {
  const code2 = text2.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(#|\/\/).*$/, "");
  let d = 0;
  for (const ch of code2) d += ch === "{" ? 1 : ch === "}" ? -1 : 0;
  return d;
}
var BLOCK = /^\s*(resource|data)\s+"([^"]+)"\s+"([^"]+)"\s*\{/;
var MODULE = /^\s*module\s+"([^"]+)"\s*\{/;
var LOCAL_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"]*)"/;
function normalize(address) {
  return address.replace(/\[[^\]]*\]/g, "");
}
function indexTerraformDir(dir, prefix = "", depth = 0) {
  const out = /* @__PURE__ */ new Map();
  if (depth > 16) return out;
  let files;
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".tf")).sort();
  } catch {
    return out;
  }
  for (const f of files) {
    const file = join2(dir, f);
    let lines;
    try {
      lines = readFileSync2(file, "utf8").split(/\r?\n/);
    } catch {
      continue;
    }
    let module;
    let open;
    const close = () => {
      if (open?.selectors.length) {
        const at = out.get(open.key);
        if (at && at.file === file && !at.selectors)
          out.set(open.key, {
            ...at,
            selectors: open.selectors.map(({ depth: _d, ...x }) => x)
          });
      }
      open = void 0;
    };
    for (let i = 0; i < lines.length; i++) {
      const text2 = lines[i] ?? "";
      if (open && /^(?:resource|data|module|variable|output|locals|provider|terraform)\b/.test(text2)) close();
      if (open && /^\}/.test(text2)) {
        close();
        continue;
      }
      if (open) {
        const sel = SELECTOR.exec(text2);
        const current = open.selectors.at(-1);
        if (sel && open.depth === 1) {
          open.selectors.push({
            kind: sel[1] ?? sel[2],
            line: i + 1,
            fields: [],
            depth: 1
          });
        } else if (current && open.depth === 2 && FIELD_SELECTOR.test(text2)) {
          current.fields.push({ line: i + 1 });
        } else if (current && open.depth === 2 && NAME.test(text2)) {
          current.name = NAME.exec(text2)?.[1] ?? "";
        } else if (current && open.depth === 3 && FIELD.test(text2)) {
          const f2 = current.fields.at(-1);
          if (f2) f2.field = FIELD.exec(text2)?.[1] ?? "";
        }
        open.depth += braceDelta(text2);
        if (open.depth <= 0) close();
        continue;
      }
      const block = BLOCK.exec(text2);
      if (block) {
        const [, kind, type2, name] = block;
        const key = `${prefix}${kind === "data" ? "data." : ""}${type2}.${name}`;
        if (!out.has(key)) out.set(key, { file, line: i + 1 });
        module = void 0;
        open = { key, depth: braceDelta(text2), selectors: [] };
        if (open.depth <= 0) close();
        continue;
      }
      const call = MODULE.exec(text2);
      if (call) {
        module = call[1];
        continue;
      }
      const source = module ? LOCAL_SOURCE.exec(text2) : null;
      if (module && source) {
        const child = indexTerraformDir(join2(dir, source[1] ?? "."), `${prefix}module.${module}.`, depth + 1);
        for (const [k, v] of child) if (!out.has(k)) out.set(k, v);
        module = void 0;
      } else if (/^\}/.test(text2)) module = void 0;
    }
  }
  return out;
}
function terraformLocator(dir) {
  const index = indexTerraformDir(dir);
  return (address) => index.get(normalize(address));
}

// src/outputs/sanitize.ts
var ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
var CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
function stripControls(text2, keep = "newlines") {
  const out = text2.replace(ESCAPES, "").replace(CONTROLS, "");
  return keep === "newlines" ? out : out.replace(/[\n\t]/g, " ");
}

// src/outputs/rule-docs.ts
var RULE_DOCS = "https://github.com/s3-trail-guard/s3-trail-guard/blob/main/docs/rules/";
function ruleDocUrl(ruleId) {
  return `${RULE_DOCS}${ruleId}.md`;
}

// src/outputs/group.ts
function groupEvents(b) {
  const groups2 = /* @__PURE__ */ new Map();
  for (const e of b.events) {
    const k = JSON.stringify([e.status, e.coveredBy, e.gaps]);
    const g = groups2.get(k);
    if (g) g.names.push(e.name);
    else groups2.set(k, { status: e.status, names: [e.name], coveredBy: e.coveredBy, gaps: e.gaps });
  }
  const order = ["uncovered", "partial", "unknown", "covered"];
  return [...groups2.values()].sort((a, b2) => order.indexOf(a.status) - order.indexOf(b2.status));
}

// src/outputs/markdown.ts
function defuse(text2) {
  return text2.replace(/@/g, "@&#8203;").replace(/:(\\?\/\\?\/)/g, ":&#8203;$1").replace(/\b(www)(\\?\.)/gi, "$1&#8203;$2");
}
function escapeMarkdown(text2) {
  return defuse(
    stripControls(text2, "none").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/([\\`*_{}[\]()#+\-.!|~:])/g, "\\$1")
  );
}
function escapeHtml(text2) {
  return defuse(
    stripControls(text2, "none").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
  );
}
function fence(text2, lang = "") {
  const clean = stripControls(text2);
  const f = "`".repeat(Math.max(2, longestRun(clean)) + 1);
  return `${f}${lang}
${clean}
${f}`;
}
function longestRun(text2) {
  let longest = 0;
  for (const m of text2.matchAll(/`+/g)) if (m[0].length > longest) longest = m[0].length;
  return longest;
}
function code(text2) {
  const clean = stripControls(text2, "none");
  const fence2 = "`".repeat(longestRun(clean) + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence2}${pad}${clean}${pad}${fence2}`;
}
var ICON = {
  covered: "\u2705 covered",
  partial: "\u26A0\uFE0F partial",
  uncovered: "\u274C uncovered",
  unknown: "\u2754 unknown"
};
var ACTION_WORDS = [
  [/--terraform-dir\b/g, "the terraform-dir input"],
  [/--plan FILE --live\b/g, "mode: plan+live"],
  [/--live\b/g, "mode: plan+live"],
  [/--region\b/g, "the aws-region input"],
  [/--plan\b/g, "the plan-file input"]
];
function worded(text2, opts) {
  if (opts.audience !== "action") return text2;
  return ACTION_WORDS.reduce((t, [re, to]) => t.replace(re, to), text2);
}
var plural3 = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var counts2 = (...c) => {
  const shown = c.filter(([n]) => n > 0).map(([n, w]) => plural3(n, w));
  return shown.length ? ` (${shown.join(", ")})` : "";
};
var clip = (t, n = 240) => t.length > n ? t.slice(0, n - 1) + "\u2026" : t;
function changeWord(before, after, regression) {
  if (regression) return "\u{1F53B} **lost**";
  if (before === "unknown" || after === "unknown") return "\u2754 changed";
  return "\u{1F53A} gained";
}
function verdictLine(r, opts = {}) {
  const v = r.verdict;
  const e = (t) => escapeMarkdown(worded(t, opts));
  const label = opts.label ? ` (${escapeMarkdown(opts.label)})` : "";
  const warnings = r.findings.filter((f) => f.severity !== "error" && !f.waived).length;
  const tail = warnings && !(v.result === "drift" && !v.failingBuckets.length) ? ` \xB7 ${plural3(warnings, "warning")}` : "";
  const icon = v.result === "pass" ? "\u2705" : v.exitCode ? "\u274C" : "\u26A0\uFE0F";
  const never = v.result === "drift" && !v.exitCode ? " (fail-on: never, not failing)" : "";
  const failing = r.buckets.filter((b) => v.failingBuckets.includes(b.name));
  if (failing.length === 1) {
    const b = failing[0];
    const lost = b.events.filter((x) => x.status !== "covered");
    const d = r.diff?.buckets.find((x) => x.name === b.name && x.regression);
    const verb = d ? "would no longer be recorded" : b.status === "unknown" ? "cannot be proven recorded" : b.status === "partial" ? "are not fully recorded" : "are not recorded";
    const cause = d?.changes.find((c) => c.regression && c.because.length)?.because[0] ?? lost.flatMap((x) => x.gaps)[0];
    const why = cause?.replace(/^(cannot be proven recorded|not recorded|lost|partly recorded): /, "");
    const apis = lost.length === b.events.length ? `all ${b.events.length} S3 APIs` : `${lost.length} of ${b.events.length} S3 APIs`;
    return `### ${icon}${label} ${e(b.name)}: ${apis} ${verb}${why ? ` \u2014 ${e(clip(why))}` : ""}${never}${tail}`;
  }
  if (failing.length > 1) {
    const names = failing.slice(0, 3).map((b) => e(b.name)).join(", ");
    const more = failing.length > 3 ? ` and ${failing.length - 3} more` : "";
    return `### ${icon}${label} ${failing.length} buckets are not proven recorded by CloudTrail: ${names}${more}${never}${tail}`;
  }
  if (v.result === "drift") {
    const f = r.findings.find(
      (x) => !x.waived && x.ruleId !== "data-event-coverage" && (x.severity === "error" || v.failOn === "warning")
    );
    return `### ${icon}${label} ${e(v.headline)}${f ? ` \u2014 ${e(clip(f.message))}` : ""}${never}${tail}`;
  }
  const covered = r.buckets.filter((b) => b.status === "covered").length;
  const byLogs = r.buckets.filter((b) => b.status === "covered" && b.acceptedEvidence).length;
  if (covered === r.buckets.length && byLogs)
    return `### ${icon}${label} ${plural3(covered, "sensitive bucket")} covered: ${covered - byLogs} recorded by CloudTrail, ${byLogs} ${SERVER_ACCESS_LOGS_QUALIFIER} as the policy accepts${tail}`;
  if (covered === r.buckets.length)
    return `### ${icon}${label} ${plural3(covered, "sensitive bucket")} recorded by CloudTrail${tail}`;
  return `### ${icon}${label} ${e(v.headline)} \xB7 ${covered} of ${plural3(r.buckets.length, "bucket")} proven recorded${tail}`;
}
function firstCause(r) {
  const failing = r.buckets.filter((b) => r.verdict.failingBuckets.includes(b.name));
  if (failing.length !== 1) return void 0;
  const d = r.diff?.buckets.find((x) => x.name === failing[0]?.name && x.regression);
  return d?.changes.find((c) => c.regression && c.because.length)?.because[0];
}
function diffLines(r, opts) {
  const said = opts.variant === "summary" ? void 0 : firstCause(r);
  const out = [];
  if (!r.diff?.buckets.length) return out;
  for (const b of r.diff.buckets) {
    const all = r.buckets.find((x) => x.name === b.name)?.events.map((x) => x.name) ?? [];
    out.push(
      `- ${changeWord(b.before, b.after, b.regression)} ${escapeMarkdown(b.name)}: ${b.before} \u2192 ${b.after}`
    );
    for (const g of b.changes)
      out.push(
        `  - ${escapeMarkdown(describeApis(g.apis, all))}: ${g.before} \u2192 ${g.after}${g.because.length && g.because.join("; ") !== said ? `, because ${escapeMarkdown(worded(g.because.join("; "), opts))}` : ""}`
      );
  }
  return out;
}
function bucketLines(b, opts) {
  const out = [];
  for (const g of groupEvents(b)) {
    out.push(
      `- **${g.status}**: ${escapeMarkdown(
        describeApis(
          g.names,
          b.events.map((x) => x.name)
        )
      )}${g.coveredBy.length ? ` (recorded by ${escapeMarkdown(g.coveredBy.join(", "))})` : ""}`
    );
    for (const gap of g.gaps) out.push(`  - ${escapeMarkdown(worded(gap, opts))}`);
  }
  return out;
}
function findingLine(f, opts) {
  const waived = f.waived ? ` _(waived: ${escapeMarkdown(f.waived.reason)})_` : "";
  return `- **${f.severity}** [${code(f.ruleId)}](${RULE_DOCS}${f.ruleId}.md): ${escapeMarkdown(worded(f.message, opts))}${waived}`;
}
function fixLines(r, opts) {
  const out = [];
  for (const fix3 of r.fixes ?? []) {
    const b = r.buckets.find((x) => x.name === fix3.bucket);
    const noRecorder = r.mode === "plan" && b && b.events.every((x) => x.coveredBy.length === 0) && !fix3.recorder;
    if (noRecorder)
      out.push(
        `No trail or event data store of this plan records ${escapeMarkdown(fix3.bucket)}. If an organization or central trail managed elsewhere does, check the plan over the account (${opts.audience === "action" ? "`mode: plan+live`" : "`--plan \u2026 --live`"}); otherwise add one:`,
        ""
      );
    out.push(
      `**Fix for ${escapeMarkdown(fix3.bucket)}**${fix3.closes ? "" : " (not verified to close every gap)"}: ${escapeMarkdown(worded(fix3.summary, opts))}`,
      "",
      fence(fix3.terraform, "hcl"),
      ""
    );
  }
  return out;
}
function serverAccessLogLines(r) {
  const accepted = [];
  const info = [];
  for (const b of r.buckets) {
    const sal = b.serverAccessLogs;
    if (!sal || sal.status === "off" && !b.acceptedEvidence) continue;
    const line = `- ${escapeMarkdown(b.name)}: server access logging${sal.target ? ` to ${code(sal.target)}` : ""}: ${sal.status}${sal.detail ? ` (${escapeMarkdown(sal.detail)})` : ""}; ${b.acceptedEvidence ? `**accepted as evidence**, ${escapeMarkdown(b.acceptedEvidence.qualifier)}` : "information only"}${sal.limits ? `. ${escapeMarkdown(sal.limits)}` : ""}`;
    (b.acceptedEvidence ? accepted : info).push(line);
  }
  return { accepted, info };
}
function waysOut(r, opts) {
  const action = opts.audience === "action";
  const unknown2 = r.buckets.filter(
    (b) => b.status === "unknown" && r.verdict.failingBuckets.includes(b.name)
  );
  if (!unknown2.length) return [];
  const gaps = unknown2.flatMap((b) => b.events.flatMap((x) => x.gaps)).join("\n");
  const ways = [];
  if (/terraform-dir/.test(gaps))
    ways.push(
      `give ${action ? "the `terraform-dir` input" : "`--terraform-dir DIR`"} so values known only after apply are evaluated from the Terraform source`
    );
  if (/AccessDenied/.test(gaps))
    ways.push('grant the read-only action the reason names (README "Live mode")');
  if (r.mode === "plan") ways.push(`check the account after apply (${action ? "`mode: live`" : "`--live`"})`);
  ways.push("or accept it with a waiver in the policy (`waivers:`)");
  return [`**To decide it**: ${ways.join("; ")}.`, ""];
}
function renderMarkdown(r, opts = {}) {
  const summary = opts.variant === "summary";
  const out = [verdictLine(r, opts), ""];
  const several = r.buckets.length > 1;
  const notCovered = r.buckets.filter((b) => b.status !== "covered");
  const errors = r.findings.filter(
    (f) => f.ruleId !== "data-event-coverage" && f.severity === "error" && !f.waived
  );
  const quiet = r.findings.filter(
    (f) => f.ruleId !== "data-event-coverage" && (f.severity !== "error" || f.waived)
  );
  out.push(...fixLines(r, opts), ...waysOut(r, opts));
  if (errors.length) out.push(...errors.map((f) => findingLine(f, opts)), "");
  if (several && (summary || notCovered.length)) {
    out.push("| Bucket | Status | Not recorded |", "| --- | --- | --- |");
    for (const b of summary ? r.buckets : notCovered) {
      const lost = b.events.filter((x) => x.status !== "covered").map((x) => x.name);
      const all = b.events.map((x) => x.name);
      const q2 = b.acceptedEvidence ? ` ${b.acceptedEvidence.qualifier}` : "";
      out.push(
        `| ${escapeMarkdown(b.name)} | ${ICON[b.status]}${q2} | ${escapeMarkdown(describeApis(lost, all)) || "\u2014"} |`
      );
    }
    out.push("");
  }
  const logs = serverAccessLogLines(r);
  if (logs.accepted.length || summary && logs.info.length)
    out.push(...logs.accepted, ...summary ? logs.info : [], "");
  const details = [];
  if (!summary && logs.info.length)
    details.push("**Server access logs** (information only)", "", ...logs.info, "");
  const diff = diffLines(r, opts);
  if (diff.length)
    details.push(
      `**What this plan changes**${counts2([r.diff.regressions, "regression"], [r.diff.improvements, "improvement"])}`,
      "",
      ...diff,
      ""
    );
  for (const b of notCovered)
    details.push(`**${escapeMarkdown(b.name)}**: ${b.status}`, "", ...bucketLines(b, opts), "");
  if (quiet.length) details.push("**Other findings**", "", ...quiet.map((f) => findingLine(f, opts)), "");
  if (r.warnings.length)
    details.push("**Warnings**", "", ...r.warnings.map((w) => `- ${escapeMarkdown(worded(w, opts))}`), "");
  if (summary) {
    if (details.length) out.push(...details);
    for (const f of errors.filter((x) => x.remediation))
      out.push(
        `**Fix for ${code(f.ruleId)}**: ${escapeMarkdown(f.remediation.text)}`,
        "",
        fence(f.remediation.terraform ?? f.remediation.json ?? "", "hcl"),
        ""
      );
  } else if (details.length) {
    const what = [
      diff.length ? "the change" : "",
      notCovered.length ? "per-API results" : "",
      quiet.length ? plural3(quiet.length, "other finding") : "",
      r.warnings.length ? plural3(r.warnings.length, "warning") : ""
    ].filter(Boolean);
    out.push(
      `<details><summary>Details: ${escapeHtml(what.join(", "))}</summary>`,
      "",
      ...details,
      "</details>",
      ""
    );
  }
  return out.join("\n");
}
function renderAllCovered(r, opts = {}) {
  return [verdictLine(r, opts), "", `${r.mode} mode \xB7 no CloudTrail coverage drift.`, ""].join("\n");
}

// src/outputs/text.ts
var MARK = {
  covered: "PASS",
  partial: "FAIL",
  uncovered: "FAIL",
  unknown: "UNKNOWN"
};
function renderText(r) {
  const lines = [];
  lines.push(
    `s3-trail-guard ${r.tool.version} \u2014 ${r.mode} mode${r.plan ? `, plan ${r.plan}` : ""}, policy ${r.policy}`
  );
  lines.push("");
  if (r.diff && r.diff.buckets.length) {
    lines.push(
      `What this plan changes (${r.diff.regressions} regression(s), ${r.diff.improvements} improvement(s)):`
    );
    for (const b of r.diff.buckets) {
      lines.push(`  ${b.regression ? "LOST  " : "GAINED"} ${b.name}: ${b.before} \u2192 ${b.after}`);
      const all = r.buckets.find((x) => x.name === b.name)?.events.map((e) => e.name) ?? [];
      for (const g of b.changes) {
        const names = describeApis(g.apis, all);
        lines.push(
          `         ${names}: ${g.before} \u2192 ${g.after}${g.because.length ? ` (${g.because.join("; ")})` : ""}`
        );
      }
    }
    lines.push("");
  }
  for (const b of r.buckets) {
    const covered = b.events.filter((e) => e.status === "covered").length;
    lines.push(
      `${MARK[b.status]} ${b.name}: ${b.status}${b.acceptedEvidence ? ` ${b.acceptedEvidence.qualifier}` : ""} (${covered}/${b.events.length} APIs covered${b.prefixes.some((p) => p !== "") ? `, prefixes ${b.prefixes.map((p) => JSON.stringify(p)).join(", ")}` : ""}${b.region ? `, ${b.region}` : ""})`
    );
    const sal = b.serverAccessLogs;
    if (sal && (sal.status !== "off" || b.acceptedEvidence))
      lines.push(
        `  server access logging${sal.target ? ` to ${sal.target}` : ""}: ${sal.status}${sal.detail ? ` (${sal.detail})` : ""}; ${b.acceptedEvidence ? "accepted as evidence" : "information only"}${sal.limits ? `, ${sal.limits}` : ""}`
      );
    for (const g of groupEvents(b)) {
      const names = describeApis(
        g.names,
        b.events.map((e) => e.name)
      );
      lines.push(
        `  ${g.status.padEnd(9)} ${names}${g.coveredBy.length ? ` \u2014 by ${g.coveredBy.join(", ")}` : ""}`
      );
      for (const gap of g.gaps) lines.push(`            - ${gap}`);
    }
    lines.push("");
  }
  for (const f of r.fixes ?? []) {
    lines.push(`Fix for ${f.bucket}: ${f.summary}${f.closes ? "" : " (not verified to close every gap)"}`);
    for (const l of f.terraform.split("\n")) lines.push(`    ${l}`);
    lines.push("");
  }
  const other = r.findings.filter((f) => f.ruleId !== "data-event-coverage");
  if (other.length) {
    lines.push("Findings:");
    for (const f of other) lines.push(`  ${f.severity.toUpperCase()} [${f.ruleId}] ${f.message}`);
    lines.push("");
  }
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  if (r.warnings.length) lines.push("");
  lines.push(summaryLine(r));
  return stripControls(lines.join("\n") + "\n");
}
function summaryLine(r) {
  const s = r.summary;
  const v = r.verdict;
  const word = v.result === "pass" ? "PASSED" : v.exitCode ? "FAILED" : "DRIFT";
  return `${word} (${v.headline}): ${s.buckets} bucket(s): ${s.covered} covered, ${s.partial} partial, ${s.uncovered} uncovered, ${s.unknown} unknown; ${s.findings} finding(s)`;
}

// src/outputs/place.ts
function placeOf(f, report, toUri, locate) {
  const loc = f.location;
  const file = loc.file ? toUri(loc.file) : void 0;
  if (file && loc.line) return { uri: file, line: loc.line, ...loc.column ? { column: loc.column } : {} };
  const tf = loc.address ? locate?.(loc.address) : void 0;
  const tfUri = tf ? toUri(tf.file) : void 0;
  if (tf && tfUri) return { uri: tfUri, line: tf.line };
  if (file) return { uri: file, line: 1 };
  const policy = toUri(report.policy);
  return policy ? { uri: policy, line: 1 } : void 0;
}
var SELECTOR_RULES = /* @__PURE__ */ new Set(["invalid-selector", "log-loop", "data-event-coverage"]);
function terraformLineOf(f, locate) {
  const at = f.location.address ? locate?.(f.location.address) : void 0;
  if (!at) return void 0;
  if (f.trail && SELECTOR_RULES.has(f.ruleId)) return { file: at.file, line: selectorLine(at) };
  return { file: at.file, line: at.line };
}
function fixTrailLine(f, report, locate) {
  if (f.ruleId !== "data-event-coverage" || !f.bucket || !locate) return void 0;
  const fix3 = report.fixes?.find((x) => x.bucket === f.bucket && x.recorder);
  const at = fix3?.recorder ? locate(fix3.recorder) : void 0;
  return at ? { file: at.file, line: selectorLine(at) } : void 0;
}

// src/outputs/sarif.ts
import { createHash } from "node:crypto";

// src/outputs/finding-extras.ts
function waiverOf(f) {
  return f.waived;
}
function remediationText(f) {
  const r = f.remediation;
  if (!r?.text) return void 0;
  return `Fix: ${r.text}${r.terraform ? `
${r.terraform}` : ""}`;
}

// src/outputs/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var DEFAULT_AUTOMATION_ID = "s3-trail-guard/";
var SECURITY_SEVERITY = { error: "7.5", warning: "5.0", note: "2.0" };
function ruleName(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
}
function describe3(meta, documented = true) {
  const doc = documented ? ruleDocUrl(meta.id) : void 0;
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    ...doc ? { helpUri: doc } : {},
    help: {
      text: `${meta.title}

${meta.description}${doc ? `

${doc}` : ""}`,
      markdown: `**${meta.title}**

${meta.description}${doc ? `

[Rule documentation](${doc})` : ""}`
    },
    defaultConfiguration: { level: meta.defaultSeverity },
    properties: {
      tags: ["security", "cloudtrail", "s3", "audit-logging"],
      precision: "very-high",
      "security-severity": SECURITY_SEVERITY[meta.defaultSeverity]
    }
  };
}
function fingerprint(f) {
  const key = [f.ruleId, f.bucket ?? "", f.trail ?? "", f.location.address ?? ""].join("\0");
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}
function locationOf(f, report, opts) {
  const loc = f.location;
  const logical = loc.address ? { logicalLocations: [{ fullyQualifiedName: loc.address, kind: "resource" }] } : {};
  const physical = (uri, startLine, startColumn) => ({
    physicalLocation: {
      artifactLocation: { uri },
      region: { startLine, ...startColumn ? { startColumn } : {} }
    }
  });
  const tf = terraformLineOf(f, opts.locate);
  const tfUri = tf ? opts.toUri(tf.file) : void 0;
  const policy = placeOf(f, report, opts.toUri);
  if (tf && tfUri) {
    const primary = { ...physical(tfUri, tf.line), ...logical };
    if (!policy || policy.uri === tfUri && policy.line === tf.line) return { primary };
    return {
      primary,
      related: {
        id: 1,
        ...physical(policy.uri, policy.line, policy.column),
        message: { text: "policy entry" }
      }
    };
  }
  return { primary: policy ? { ...physical(policy.uri, policy.line, policy.column), ...logical } : logical };
}
function occurrences2(keys) {
  const seen = /* @__PURE__ */ new Map();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}:${n}`;
  });
}
function toSarif(report, rules, opts) {
  const descriptors = rules.map((m) => describe3(m));
  const index = new Map(descriptors.map((r, i) => [r.id, i]));
  for (const f of report.findings) {
    if (index.has(f.ruleId)) continue;
    index.set(f.ruleId, descriptors.length);
    descriptors.push(
      describe3(
        {
          id: f.ruleId,
          title: f.ruleId,
          defaultSeverity: f.severity,
          description: f.ruleId
        },
        false
      )
    );
  }
  const accepted = report.buckets.flatMap(
    (b) => b.acceptedEvidence ? [
      {
        ruleId: "data-event-coverage",
        ruleIndex: index.get("data-event-coverage") ?? 0,
        level: "note",
        message: {
          text: `${b.name}: covered ${b.acceptedEvidence.qualifier}; CloudTrail alone: ${b.acceptedEvidence.cloudTrailStatus}`
        },
        locations: [
          locationOf(
            {
              ruleId: "data-event-coverage",
              severity: "note",
              status: "fail",
              message: "",
              location: { ...b.location, ...b.ref ? { address: b.ref } : {} }
            },
            report,
            { ...opts, locate: void 0 }
          ).primary
        ],
        partialFingerprints: {
          "s3TrailGuardFinding/v1": createHash("sha256").update(["accepted-evidence", b.name].join("\0")).digest("hex").slice(0, 32)
        },
        properties: { status: "covered", bucket: b.name, acceptedEvidence: b.acceptedEvidence.evidence }
      }
    ] : []
  );
  const prints = occurrences2(report.findings.map(fingerprint));
  const results = report.findings.map((f, i) => {
    const waiver = waiverOf(f);
    const remediation = remediationText(f);
    const { primary, related } = locationOf(f, report, opts);
    const text2 = related ? `${f.message} (asked for by the [policy entry](1))` : f.message;
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? 0,
      level: f.severity,
      message: { text: remediation ? `${text2}
${remediation}` : text2 },
      locations: [primary],
      ...related ? { relatedLocations: [related] } : {},
      partialFingerprints: { "s3TrailGuardFinding/v1": prints[i] },
      ...waiver ? { suppressions: [{ kind: "external", justification: waiver.reason }] } : {},
      properties: {
        status: f.status,
        ...f.bucket ? { bucket: f.bucket } : {},
        ...f.trail ? { trail: f.trail } : {},
        ...f.location.pointer ? { pointer: f.location.pointer } : {}
      }
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: descriptors
          }
        },
        automationDetails: { id: opts.automationId ?? DEFAULT_AUTOMATION_ID },
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            executionSuccessful: true,
            ...report.warnings.length ? {
              toolExecutionNotifications: report.warnings.map((w) => ({
                level: "warning",
                message: { text: w }
              }))
            } : {}
          }
        ],
        results: [...results, ...accepted],
        ...report.diff || report.fixes?.length ? {
          properties: {
            ...report.diff ? { coverageDiff: report.diff } : {},
            ...report.fixes?.length ? { fixes: report.fixes } : {}
          }
        } : {}
      }
    ]
  };
}

// src/outputs/gitlab.ts
var SEVERITY = { error: "major", warning: "minor", note: "info" };
function renderGitLab(r, ctx = {}) {
  const toUri = ctx.toUri ?? ((f) => f.split("\\").join("/"));
  const issues = r.findings.filter((f) => !f.waived).map((f) => {
    const place = placeOf(f, r, toUri, ctx.locate);
    return {
      description: f.message,
      check_name: f.ruleId,
      fingerprint: fingerprint(f),
      severity: f.status === "unknown" && f.severity === "error" ? "major" : SEVERITY[f.severity],
      location: { path: place?.uri ?? r.policy, lines: { begin: place?.line ?? 1 } }
    };
  });
  return JSON.stringify(issues, null, 2) + "\n";
}

// src/outputs/junit.ts
function xml(text2) {
  return stripControls(text2).replace(/[\uFFFE\uFFFF]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function renderJUnit(r) {
  const coverage = new Map(
    r.findings.filter((f) => f.ruleId === "data-event-coverage" && f.bucket).map((f) => [f.bucket, f])
  );
  const cases = [];
  let failures = 0;
  let skipped = 0;
  const testcase = (classname, name, f) => {
    const head = `    <testcase classname="${xml(classname)}" name="${xml(name)}">`;
    if (!f) return cases.push(`${head}</testcase>`);
    if (f.waived) {
      skipped++;
      return cases.push(
        `${head}
      <skipped message="${xml(`waived: ${f.waived.reason}`)}"/>
    </testcase>`
      );
    }
    if (f.severity === "error") {
      failures++;
      return cases.push(
        `${head}
      <failure type="${xml(`${f.ruleId}/${f.status}`)}" message="${xml(f.message)}">${xml(f.message)}</failure>
    </testcase>`
      );
    }
    return cases.push(
      `${head}
      <system-out>${xml(`${f.severity}: ${f.message}`)}</system-out>
    </testcase>`
    );
  };
  for (const b of r.buckets) testcase("data-event-coverage", b.name, coverage.get(b.name));
  for (const f of r.findings)
    if (f.ruleId !== "data-event-coverage")
      testcase(f.ruleId, f.trail ?? f.bucket ?? f.location.address ?? f.ruleId, f);
  const attrs = `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="s3-trail-guard" ${attrs}>`,
    `  <testsuite name="${xml(`s3-trail-guard ${r.mode}: ${r.policy}`)}" ${attrs}>`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// src/outputs/json-stream.ts
function* jsonChunks(value2, depth = 0) {
  if (depth >= MAX_SPLIT_DEPTH || value2 === null || typeof value2 !== "object" || !isPlain(value2)) {
    const t = JSON.stringify(value2);
    if (t !== void 0) yield t;
    return;
  }
  if (Array.isArray(value2)) {
    yield "[";
    for (let i = 0; i < value2.length; i++) {
      if (i > 0) yield ",";
      const v = value2[i];
      if (v === void 0 || typeof v === "function" || typeof v === "symbol") yield "null";
      else yield* jsonChunks(v, depth + 1);
    }
    yield "]";
    return;
  }
  yield "{";
  let first = true;
  for (const k of Object.keys(value2)) {
    const v = value2[k];
    if (v === void 0 || typeof v === "function" || typeof v === "symbol") continue;
    yield (first ? "" : ",") + JSON.stringify(k) + ":";
    first = false;
    yield* jsonChunks(v, depth + 1);
  }
  yield "}";
}
var MAX_SPLIT_DEPTH = 3;
function isPlain(v) {
  if (typeof v.toJSON === "function") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}
function* batched(pieces, size = 1 << 20) {
  let buf = [];
  let n = 0;
  for (const p of pieces) {
    buf.push(p);
    n += p.length;
    if (n >= size) {
      yield buf.join("");
      buf = [];
      n = 0;
    }
  }
  if (buf.length) yield buf.join("");
}
function* jsonLine(value2) {
  yield* jsonChunks(value2);
  yield "\n";
}

// src/outputs/index.ts
var FORMATS = [
  {
    name: "text",
    fileOption: "text-file",
    description: "plain text for terminals and CI logs",
    render: (r) => renderText(r)
  },
  {
    name: "json",
    fileOption: "report-file",
    description: "the JSON report (schemaVersion 1, policies/report.schema.json)",
    // Compact: a report of thousands of buckets stays close to the size of its content.
    render: (r) => JSON.stringify(r) + "\n",
    // Bucket by bucket: at 20,000 buckets the report outgrows the longest string V8 can make.
    renderChunks: (r) => batched(jsonLine(r))
  },
  {
    name: "markdown",
    fileOption: "markdown-file",
    description: "GitHub-flavoured markdown (the PR comment and job summary)",
    render: (r, ctx) => renderMarkdown(r, ctx?.label ? { label: ctx.label } : {}) + "\n"
  },
  {
    name: "sarif",
    fileOption: "sarif-file",
    description: "SARIF 2.1.0, for code scanning (github/codeql-action/upload-sarif)",
    render: (r, ctx) => JSON.stringify(
      toSarif(
        r,
        RULES.map((x) => x.meta),
        {
          toUri: ctx?.toUri ?? ((f) => f.split("\\").join("/")),
          ...ctx?.locate ? { locate: ctx.locate } : {},
          ...ctx?.automationId ? { automationId: ctx.automationId } : {}
        }
      ),
      null,
      2
    ) + "\n"
  },
  {
    name: "junit",
    fileOption: "junit-file",
    description: "JUnit XML: a test case per bucket and per finding, for CI test-report views",
    render: (r) => renderJUnit(r)
  },
  {
    name: "gitlab",
    fileOption: "gitlab-file",
    description: "GitLab Code Quality JSON (artifacts:reports:codequality)",
    render: (r, ctx) => renderGitLab(r, ctx)
  }
];
var FORMAT_NAMES = FORMATS.map((f) => f.name);
function formatOf(name) {
  return FORMATS.find((f) => f.name === name);
}

export {
  loadPolicy,
  OptionError,
  sourceOptions,
  specsFrom,
  FAIL_ON,
  DEFAULTS,
  SETTING_OPTIONS,
  failureMessage,
  mergeReports,
  run,
  writeReportFile,
  terraformLocator,
  terraformLineOf,
  fixTrailLine,
  waiverOf,
  remediationText,
  stripControls,
  escapeMarkdown,
  renderMarkdown,
  renderAllCovered,
  renderText,
  summaryLine,
  FORMATS,
  FORMAT_NAMES,
  formatOf
};
