import { createRequire as __s3tgCreateRequire } from 'node:module';
import { fileURLToPath as __s3tgFileURLToPath } from 'node:url';
import { dirname as __s3tgDirname } from 'node:path';
const require = __s3tgCreateRequire(import.meta.url);
const __filename = __s3tgFileURLToPath(import.meta.url);
const __dirname = __s3tgDirname(__filename);
import {
  parseArn,
  partitionOfRegion,
  s3BucketArn
} from "./chunk-LM3JAAGS.js";
import {
  isDirectoryBucketName
} from "./chunk-ULUGEN4C.js";
import {
  ADVANCED_OPERATORS
} from "./chunk-O5WWRFHX.js";
import {
  AwsCaller,
  DEFAULT_BOUNDS,
  DEFAULT_TIMEOUTS,
  SHAPES,
  createAwsClients,
  credentialsError,
  failureText,
  fits,
  require_dist_cjs4 as require_dist_cjs,
  require_dist_cjs5 as require_dist_cjs2,
  resolveRegion
} from "./chunk-46KTH35H.js";
import {
  known,
  unknown
} from "./chunk-NDIWE5B4.js";
import {
  InputError
} from "./chunk-2AG42DZR.js";
import {
  __toESM
} from "./chunk-V7BNKIHQ.js";

// src/sources/aws/collect.ts
var import_client_cloudtrail = __toESM(require_dist_cjs(), 1);
var import_client_s3 = __toESM(require_dist_cjs2(), 1);

// src/sources/aws/adapt-buckets.ts
function regionOfLocation(constraint) {
  if (!constraint) return "us-east-1";
  if (constraint === "EU") return "eu-west-1";
  return constraint;
}
var REGION_CODE = /^[a-z]{2,5}(?:-[a-z]+)+-\d{1,2}$/;
function listedRegion(bucketRegion) {
  if (!bucketRegion) return void 0;
  const r = regionOfLocation(bucketRegion);
  return REGION_CODE.test(r) ? r : void 0;
}
function bucketRegionFact(name, r) {
  if (r.ok) return known(regionOfLocation(r.value.LocationConstraint));
  const f = r.failure;
  if (f.code === "NoSuchBucket")
    return unknown("not-collected", `bucket ${name} does not exist (NoSuchBucket from s3:GetBucketLocation)`);
  if (f.kind === "access-denied")
    return unknown("access-denied", `${failureText(f)}, or give the bucket's region in the policy`);
  return unknown("not-collected", failureText(f));
}
function bucketPolicyOf(partition, bucket, r) {
  const origin = { source: "aws", ref: s3BucketArn(partition, bucket) };
  if (r.ok) {
    const text = r.value.Policy;
    if (!text) return { origin, document: known(null) };
    try {
      return { origin, document: known(JSON.parse(text)) };
    } catch {
      return {
        origin,
        document: unknown(
          "unparseable",
          `the policy of bucket ${bucket} (GetBucketPolicy) is not valid JSON`
        )
      };
    }
  }
  const f = r.failure;
  if (f.code === "NoSuchBucketPolicy") return { origin, document: known(null) };
  if (f.kind === "access-denied") return { origin, document: unknown("access-denied", failureText(f)) };
  if (f.code === "MethodNotAllowed")
    return {
      origin,
      document: unknown(
        "access-denied",
        `${f.action} for ${f.resource}: MethodNotAllowed, only the bucket owner's account can read its policy; run from that account`
      )
    };
  return { origin, document: unknown("not-collected", failureText(f)) };
}
function serverAccessLoggingOf(partition, bucket, r, target) {
  if (!r.ok)
    return unknown(
      r.failure.kind === "access-denied" ? "access-denied" : "not-collected",
      failureText(r.failure)
    );
  const on = r.value.LoggingEnabled;
  if (!on?.TargetBucket) return known(null);
  const targetExists = !target ? unknown("not-collected", `the target bucket ${on.TargetBucket} was not looked up`) : target.ok ? known(true) : target.failure.code === "NoSuchBucket" ? known(false) : unknown(
    target.failure.kind === "access-denied" ? "access-denied" : "not-collected",
    failureText(target.failure)
  );
  return known({
    targetBucket: on.TargetBucket,
    targetPrefix: on.TargetPrefix ?? "",
    targetExists,
    ref: s3BucketArn(partition, bucket)
  });
}
function liveBucket(name, o) {
  const partition = o.region.known ? partitionOfRegion(o.region.value) : o.defaultPartition;
  return {
    name,
    origin: { source: "aws", ref: s3BucketArn(partition, name) },
    region: o.region,
    accountId: o.accountId,
    partition: known(partition),
    ...o.policy ? { policy: o.policy } : {},
    ...o.serverAccessLogging ? { serverAccessLogging: o.serverAccessLogging } : {}
  };
}

// src/sources/aws/adapt-selectors.ts
var strs = (values) => values.map((value) => ({ known: true, value }));
var READ_WRITE_TYPES = /* @__PURE__ */ new Set(["ReadOnly", "WriteOnly", "All"]);
function basicSelectorOf(s) {
  const rw = s.ReadWriteType;
  const readWriteType = rw === void 0 ? known("All", true) : READ_WRITE_TYPES.has(rw) ? known(rw) : unknown("unparseable", `GetEventSelectors returned ReadWriteType "${rw}"`);
  const dataResources = (s.DataResources ?? []).map((d) => ({
    type: d.Type ? known(d.Type) : unknown("unparseable", "GetEventSelectors returned a DataResource without Type"),
    values: known(strs(d.Values ?? []))
  }));
  return { readWriteType, dataResources: known(dataResources) };
}
function fieldSelectorOf(f) {
  const operators = {};
  for (const op of ADVANCED_OPERATORS) {
    const list = f[op];
    if (list !== void 0) operators[op] = known(strs(list));
  }
  return {
    field: f.Field ? known(f.Field) : unknown("unparseable", "GetEventSelectors returned a field selector without Field"),
    operators
  };
}
function advancedSelectorOf(s) {
  return {
    ...s.Name ? { name: s.Name } : {},
    fieldSelectors: known((s.FieldSelectors ?? []).map(fieldSelectorOf))
  };
}
function selectorSetOf(r) {
  const basic = (r.EventSelectors ?? []).map(basicSelectorOf);
  const advanced = (r.AdvancedEventSelectors ?? []).map(advancedSelectorOf);
  if (basic.length > 0 && advanced.length > 0) return { kind: "conflict", basic, advanced };
  if (advanced.length > 0) return { kind: "advanced", selectors: advanced };
  if (basic.length > 0) return { kind: "basic", selectors: basic };
  return { kind: "none" };
}

// src/sources/aws/adapt-trails.ts
function reasonOf(f) {
  return f.kind === "access-denied" ? "access-denied" : "not-collected";
}
function memberAccountAdvice(f, owner, ctx) {
  const from = ctx.callerAccount ? `account ${ctx.callerAccount}` : "this account";
  return `${f.action} for organization trail ${f.resource} failed (${f.code}, ${f.message}): the trail belongs to account ${owner} and ${from} is probably a member account, which cannot read it. Run s3-trail-guard from the organization's management account or its CloudTrail delegated administrator account, or check the trail's own Terraform with --plan together with --live` + (f.kind === "access-denied" ? `; if this is the management account, grant ${f.action}` : "");
}
function failedFact(f, org, owner, ctx) {
  const member = org && (ctx.callerAccount === void 0 || ctx.callerAccount !== owner);
  return unknown(reasonOf(f), member ? memberAccountAdvice(f, owner, ctx) : failureText(f));
}
function trailRecorder(r, ctx = {}) {
  const t = r.trail;
  const arn = t.TrailARN;
  const parts = parseArn(arn);
  const home = t.HomeRegion || parts?.region || "";
  const owner = parts?.account ?? "";
  const org = t.IsOrganizationTrail === true;
  let logging;
  let loggingDetail;
  let deliveryError;
  let digestDeliveryError;
  let cloudWatchLogsDeliveryError;
  let cloudWatchLogsDelivered = false;
  if (r.status.ok) {
    const s = r.status.value;
    logging = typeof s.IsLogging === "boolean" ? known(s.IsLogging) : unknown("not-collected", `GetTrailStatus for ${arn} returned no IsLogging`);
    if (s.IsLogging === false)
      loggingDetail = "IsLogging=false (the trail is stopped: StopLogging, it records nothing)";
    if (s.LatestDeliveryError) deliveryError = s.LatestDeliveryError;
    if (s.LatestDigestDeliveryError) digestDeliveryError = s.LatestDigestDeliveryError;
    if (s.LatestCloudWatchLogsDeliveryError)
      cloudWatchLogsDeliveryError = s.LatestCloudWatchLogsDeliveryError;
    cloudWatchLogsDelivered = s.LatestCloudWatchLogsDeliveryTime !== void 0;
  } else {
    logging = failedFact(r.status.failure, org, owner, ctx);
  }
  const selectors = r.selectors.ok ? known(selectorSetOf(r.selectors.value)) : failedFact(r.selectors.failure, org, owner, ctx);
  return {
    kind: "trail",
    id: arn,
    origin: { source: "aws", ref: arn },
    name: t.Name ? known(t.Name) : known(parts?.resource.replace(/^trail\//, "") ?? arn),
    arn: known(arn),
    partition: known(parts?.partition || partitionOfRegion(home)),
    accountId: owner ? known(owner) : unknown("unparseable", `cannot read the account of ${arn}`),
    homeRegion: home ? known(home) : unknown("unparseable", `cannot read the home Region of ${arn}`),
    // DescribeTrails leaves out false booleans; CreateTrail's defaults are single-Region, not organization.
    multiRegion: known(t.IsMultiRegionTrail === true, t.IsMultiRegionTrail === void 0),
    organization: known(org, t.IsOrganizationTrail === void 0),
    logging,
    ...loggingDetail ? { loggingDetail } : {},
    ...deliveryError ? { deliveryError } : {},
    ...digestDeliveryError ? { digestDeliveryError } : {},
    ...cloudWatchLogsDeliveryError ? { cloudWatchLogsDeliveryError } : {},
    ...cloudWatchLogsDelivered ? { cloudWatchLogsDelivered } : {},
    selectors,
    logBucket: t.S3BucketName ? known(t.S3BucketName) : unknown("not-collected", `DescribeTrails returned no S3BucketName for ${arn}`),
    logPrefix: known(t.S3KeyPrefix || null),
    kmsKeyId: known(t.KmsKeyId || null),
    logFileValidation: known(t.LogFileValidationEnabled === true, t.LogFileValidationEnabled === void 0),
    // DescribeTrails leaves both out when the trail does not send events to CloudWatch Logs.
    cloudWatchLogsGroupArn: known(t.CloudWatchLogsLogGroupArn || null),
    cloudWatchLogsRoleArn: known(t.CloudWatchLogsRoleArn || null)
  };
}
function edsLogging(status, arn) {
  if (status === void 0)
    return { logging: unknown("not-collected", `GetEventDataStore for ${arn} returned no Status`) };
  if (status === "ENABLED") return { logging: known(true) };
  return {
    logging: known(false),
    detail: `Status ${status} (the event data store is not ingesting events)`
  };
}
function eventDataStoreRecorder(listed, got) {
  const arn = listed.EventDataStoreArn;
  const parts = parseArn(arn);
  const home = parts?.region ?? "";
  const base = {
    kind: "event-data-store",
    id: arn,
    origin: { source: "aws", ref: arn },
    arn: known(arn),
    partition: known(parts?.partition || partitionOfRegion(home)),
    accountId: parts?.account ? known(parts.account) : unknown("unparseable", `cannot read the account of ${arn}`),
    homeRegion: home ? known(home) : unknown("unparseable", `cannot read the Region of ${arn}`)
  };
  if (!got.ok) {
    const f = got.failure;
    const u = () => unknown(reasonOf(f), failureText(f));
    return {
      ...base,
      name: listed.Name ? known(listed.Name) : u(),
      multiRegion: u(),
      organization: u(),
      logging: u(),
      selectors: u()
    };
  }
  const d = got.value;
  const { logging, detail } = edsLogging(d.Status, arn);
  return {
    ...base,
    name: known(d.Name ?? listed.Name ?? arn),
    // The API's defaults: multi-Region true, organization false (CreateEventDataStore).
    multiRegion: known(d.MultiRegionEnabled ?? true, d.MultiRegionEnabled === void 0),
    organization: known(d.OrganizationEnabled ?? false, d.OrganizationEnabled === void 0),
    logging,
    ...detail ? { loggingDetail: detail } : {},
    selectors: known(selectorSetOf({ AdvancedEventSelectors: d.AdvancedEventSelectors }))
  };
}
function regionFailureText(region, failures) {
  const trails = failures.some((f) => f.action === "cloudtrail:DescribeTrails");
  const stores = failures.some((f) => f.action === "cloudtrail:ListEventDataStores");
  const what = trails && stores ? "the trails and event data stores" : trails ? "the trails" : "the event data stores";
  return `${failures.map(failureText).join("; ")}: ${what} of ${region} are unknown`;
}
function regionPlaceholder(region, failures, callerAccount) {
  const partition = partitionOfRegion(region);
  const trailsFailed = failures.some((f) => f.action === "cloudtrail:DescribeTrails");
  const id = `arn:${partition}:cloudtrail:${region}:${callerAccount ?? "*"}:${trailsFailed ? "trail" : "eventdatastore"}/*`;
  const detail = regionFailureText(region, failures);
  const reason = failures.every((f) => f.kind === "access-denied") ? "access-denied" : "not-collected";
  const u = () => unknown(reason, detail);
  return {
    kind: "event-data-store",
    id,
    origin: { source: "aws", ref: id },
    name: u(),
    arn: u(),
    partition: known(partition),
    accountId: callerAccount ? known(callerAccount) : u(),
    homeRegion: known(region),
    multiRegion: known(false),
    organization: known(false),
    logging: u(),
    selectors: u()
  };
}

// src/sources/aws/paginate.ts
async function paginate(action, region, limits, page, items, next, o = {}) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const started = Date.now();
  const tokenName = o.tokenName ?? "token";
  let token;
  let pages = 0;
  const fail = (code, message) => ({
    ok: false,
    failure: { action, region, resource: "", code, message, kind: "failed" }
  });
  do {
    if (pages >= limits.maxPages)
      return fail("PageLimitExceeded", `more than ${limits.maxPages} pages, each with a new ${tokenName}`);
    if (Date.now() - started >= limits.listingMs)
      return fail("TimeoutError", `the listing took more than ${limits.listingMs / 1e3} s (${pages} pages)`);
    pages++;
    const r = await page(token);
    if (!r.ok) return r;
    for (const x of items(r.value) ?? []) out.push(x);
    token = next(r.value) || void 0;
    if (token !== void 0) {
      if (seen.has(token)) {
        if (o.repeated === "fail") return fail("MalformedResponse", `the listing repeated a ${tokenName}`);
        break;
      }
      seen.add(token);
    }
  } while (token !== void 0);
  return { ok: true, value: out };
}

// src/sources/aws/collect.ts
async function checkCredentials(clients, region) {
  try {
    await clients.cloudtrail(region).config.credentials();
  } catch (e) {
    throw credentialsError(e);
  }
}
async function describeTrails(aws, region) {
  const r = await aws.call(
    "cloudtrail:DescribeTrails",
    region,
    "",
    (abortSignal) => aws.clients.cloudtrail(region).send(new import_client_cloudtrail.DescribeTrailsCommand({ includeShadowTrails: true }), { abortSignal }),
    fits(SHAPES.DescribeTrails)
  );
  return r.ok ? { ok: true, value: r.value.trailList ?? [] } : r;
}
async function listEventDataStores(aws, region, limits) {
  return paginate(
    "cloudtrail:ListEventDataStores",
    region,
    limits,
    (next) => aws.call(
      "cloudtrail:ListEventDataStores",
      region,
      "",
      (abortSignal) => aws.clients.cloudtrail(region).send(new import_client_cloudtrail.ListEventDataStoresCommand(next === void 0 ? {} : { NextToken: next }), {
        abortSignal
      }),
      fits(SHAPES.ListEventDataStores)
    ),
    (p) => p.EventDataStores,
    (p) => p.NextToken,
    { tokenName: "NextToken" }
  );
}
var LIST_BUCKETS_ABOVE = DEFAULT_BOUNDS.s3;
var LIST_BUCKETS_PAGE = 1e4;
var nextTurn = () => new Promise((resolve) => setImmediate(resolve)).then(() => new Promise((resolve) => setImmediate(resolve)));
async function listOwnBuckets(aws, region, limits) {
  const listed = await paginate(
    "s3:ListBuckets",
    region,
    limits,
    (next) => aws.call(
      "s3:ListBuckets",
      region,
      "",
      (abortSignal) => aws.clients.s3(region).send(
        new import_client_s3.ListBucketsCommand({
          MaxBuckets: LIST_BUCKETS_PAGE,
          ...next === void 0 ? {} : { ContinuationToken: next }
        }),
        { abortSignal }
      ),
      fits(SHAPES.ListBuckets)
    ),
    (p) => p.Buckets,
    (p) => p.ContinuationToken,
    { tokenName: "ContinuationToken", repeated: "fail" }
  );
  if (!listed.ok) return listed;
  const out = /* @__PURE__ */ new Map();
  for (const b of listed.value) if (b.Name) out.set(b.Name, listedRegion(b.BucketRegion));
  return { ok: true, value: out };
}
async function readTrail(aws, t, fallbackRegion) {
  const arn = t.TrailARN;
  const home = t.HomeRegion || parseArn(arn)?.region || fallbackRegion;
  const client = aws.clients.cloudtrail(home);
  const [status, selectors] = await Promise.all([
    aws.call(
      "cloudtrail:GetTrailStatus",
      home,
      arn,
      (abortSignal) => client.send(new import_client_cloudtrail.GetTrailStatusCommand({ Name: arn }), { abortSignal }),
      fits(SHAPES.GetTrailStatus)
    ),
    aws.call(
      "cloudtrail:GetEventSelectors",
      home,
      arn,
      (abortSignal) => client.send(new import_client_cloudtrail.GetEventSelectorsCommand({ TrailName: arn }), { abortSignal }),
      fits(SHAPES.GetEventSelectors)
    )
  ]);
  return { trail: t, status, selectors };
}
async function readStore(aws, s, fallbackRegion) {
  const arn = s.EventDataStoreArn;
  const home = parseArn(arn)?.region || fallbackRegion;
  const got = await aws.call(
    "cloudtrail:GetEventDataStore",
    home,
    arn,
    (abortSignal) => aws.clients.cloudtrail(home).send(new import_client_cloudtrail.GetEventDataStoreCommand({ EventDataStore: arn }), { abortSignal }),
    fits(SHAPES.GetEventDataStore)
  );
  return { listed: s, got };
}
async function readLogBucket(aws, [name, trailHome], knownRegion, defaultRegion) {
  let region = knownRegion;
  if (!region) {
    const r2 = await aws.call(
      "s3:GetBucketLocation",
      defaultRegion,
      s3BucketArn(partitionOfRegion(defaultRegion), name),
      (abortSignal) => aws.clients.s3(defaultRegion).send(new import_client_s3.GetBucketLocationCommand({ Bucket: name }), { abortSignal }),
      fits(SHAPES.GetBucketLocation)
    );
    region = bucketRegionFact(name, r2);
  }
  const at = region.known ? region.value : trailHome;
  const partition = partitionOfRegion(at);
  const r = await aws.call(
    "s3:GetBucketPolicy",
    at,
    s3BucketArn(partition, name),
    (abortSignal) => aws.clients.s3(at).send(new import_client_s3.GetBucketPolicyCommand({ Bucket: name }), { abortSignal }),
    fits(SHAPES.GetBucketPolicy)
  );
  return { name, region, policy: bucketPolicyOf(partition, name, r) };
}
async function readAccessLogging(aws, name, region, defaultRegion) {
  const at = region.known ? region.value : defaultRegion;
  const partition = partitionOfRegion(at);
  const r = await aws.call(
    "s3:GetBucketLogging",
    at,
    s3BucketArn(partition, name),
    (abortSignal) => aws.clients.s3(at).send(new import_client_s3.GetBucketLoggingCommand({ Bucket: name }), { abortSignal })
  );
  const target = r.ok ? r.value.LoggingEnabled?.TargetBucket : void 0;
  if (!target || target === name) return serverAccessLoggingOf(partition, name, r);
  const t = await aws.call(
    "s3:GetBucketLocation",
    at,
    s3BucketArn(partition, target),
    (abortSignal) => aws.clients.s3(at).send(new import_client_s3.GetBucketLocationCommand({ Bucket: target }), { abortSignal }),
    fits(SHAPES.GetBucketLocation)
  );
  return serverAccessLoggingOf(partition, name, r, t);
}
function callerAccountOf(trails, stores) {
  const accounts = /* @__PURE__ */ new Set();
  for (const { trail } of trails)
    if (trail.IsOrganizationTrail !== true) {
      const a = parseArn(trail.TrailARN)?.account;
      if (a) accounts.add(a);
    }
  for (const s of stores)
    if (s.organization.known && !s.organization.value && s.accountId.known) accounts.add(s.accountId.value);
  return accounts.size === 1 ? [...accounts][0] : void 0;
}
async function collectLiveFacts(policy, opts, deps = {}) {
  const env = deps.env ?? process.env;
  const region = resolveRegion(opts.region, env);
  if (!region)
    throw new InputError(
      "--live needs an AWS Region: pass --region REGION or set AWS_REGION (aws-actions/configure-aws-credentials sets it with aws-region)"
    );
  const clients = deps.clients ?? createAwsClients({ env });
  await checkCredentials(clients, region);
  const aws = new AwsCaller(
    clients,
    {
      ...DEFAULT_BOUNDS,
      ...deps.bounds,
      ...deps.concurrency !== void 0 ? { total: deps.concurrency } : {}
    },
    { callMs: deps.limits?.callMs ?? DEFAULT_TIMEOUTS.callMs }
  );
  const listing = {
    maxPages: deps.limits?.maxPages ?? DEFAULT_TIMEOUTS.maxPages,
    listingMs: deps.limits?.listingMs ?? DEFAULT_TIMEOUTS.listingMs
  };
  const partition = partitionOfRegion(region);
  const notes = [];
  const sent = () => [...aws.counts.values()].reduce((a, b) => a + b, 0);
  const before = new Map(aws.regionCounts);
  const started = /* @__PURE__ */ new Map();
  const foreignOrg = (t) => opts.skipOrganizationTrails === true && t.IsOrganizationTrail === true && parseArn(t.TrailARN ?? "")?.account !== opts.account;
  const trailReads = /* @__PURE__ */ new Map();
  const storeReads = /* @__PURE__ */ new Map();
  const bucketRegions = /* @__PURE__ */ new Map();
  const logKnown = /* @__PURE__ */ new Map();
  const logReads = /* @__PURE__ */ new Map();
  const logRegionOf = (name) => {
    const given = opts.knownRegions?.get(name) ?? logKnown.get(name);
    return given ? known(given) : bucketRegions.get(name);
  };
  const pendingLogs = /* @__PURE__ */ new Map();
  const startLogReads = () => {
    for (const [name, home] of pendingLogs) {
      const at = logRegionOf(name);
      if (!at?.known) continue;
      pendingLogs.delete(name);
      logReads.set(name, held(readLogBucket(aws, [name, home], at, region)));
    }
  };
  let bucketsPlaced;
  const placed = new Promise((resolve) => bucketsPlaced = resolve);
  let organizationSeen = false;
  const organizationRecorder = () => {
    if (organizationSeen) return;
    organizationSeen = true;
    deps.onOrganizationRecorder?.();
  };
  const held = (p) => {
    p.catch(() => {
    });
    return p;
  };
  const listRegion = (r) => {
    let p = started.get(r);
    if (!p) {
      p = held(
        (async () => {
          const [trails2, stores2] = await Promise.all([
            describeTrails(aws, r),
            listEventDataStores(aws, r, listing)
          ]);
          deps.onProgress?.({
            phase: "region-listing",
            region: r,
            calls: (aws.regionCounts.get(r) ?? 0) - (before.get(r) ?? 0),
            items: (trails2.ok ? trails2.value.length : 0) + (stores2.ok ? stores2.value.length : 0)
          });
          if (trails2.ok) {
            for (const t of trails2.value)
              if (t.TrailARN && !foreignOrg(t)) {
                if (t.IsOrganizationTrail === true) organizationRecorder();
                if (!trailReads.has(t.TrailARN)) {
                  const home = t.HomeRegion || parseArn(t.TrailARN)?.region || region;
                  const read = () => readTrail(aws, t, region);
                  trailReads.set(t.TrailARN, held(home === r ? read() : placed.then(read)));
                }
              }
          }
          if (stores2.ok) {
            for (const s of stores2.value)
              if (s.EventDataStoreArn && !storeReads.has(s.EventDataStoreArn))
                storeReads.set(
                  s.EventDataStoreArn,
                  held(
                    readStore(aws, s, region).then((read) => {
                      if (read.got.ok && read.got.value.OrganizationEnabled === true) organizationRecorder();
                      return read;
                    })
                  )
                );
          }
          if (trails2.ok) {
            for (const t of trails2.value)
              if (t.TrailARN && !foreignOrg(t) && t.S3BucketName && !logReads.has(t.S3BucketName))
                pendingLogs.set(t.S3BucketName, t.HomeRegion || parseArn(t.TrailARN)?.region || region);
          }
          startLogReads();
          return { region: r, trails: trails2, stores: stores2 };
        })()
      );
      started.set(r, p);
    }
    return p;
  };
  const unplaced = /* @__PURE__ */ new Set();
  for (const b of policy.buckets) {
    const given = b.region ?? opts.knownRegions?.get(b.name);
    if (given) bucketRegions.set(b.name, known(given));
    else if (isDirectoryBucketName(b.name))
      bucketRegions.set(
        b.name,
        unknown(
          "not-collected",
          `${b.name} is a directory bucket, whose Region GetBucketLocation does not give; give its region in the policy`
        )
      );
    else unplaced.add(b.name);
  }
  for (const r of /* @__PURE__ */ new Set([region, ...opts.extraRegions ?? []])) void listRegion(r);
  for (const f of bucketRegions.values()) if (f.known) void listRegion(f.value);
  let listedBuckets;
  if (unplaced.size > (deps.listBucketsAbove ?? LIST_BUCKETS_ABOVE) && opts.bucketsListed !== true) {
    const r = await listOwnBuckets(aws, region, listing);
    if (r.ok) listedBuckets = r.value;
    else
      notes.push(
        `live: ${failureText(r.failure)}; the Regions of the ${unplaced.size} policy buckets were read with s3:GetBucketLocation instead`
      );
  }
  if (listedBuckets) {
    for (const name of unplaced) {
      const at = listedBuckets.get(name);
      if (at) {
        bucketRegions.set(name, known(at));
        unplaced.delete(name);
      }
    }
    const listingsBefore = started.size;
    for (const f of bucketRegions.values()) if (f.known) void listRegion(f.value);
    bucketsPlaced();
    if (unplaced.size > 0 && started.size > listingsBefore) await nextTurn();
  }
  if (listedBuckets) {
    for (const [name, at] of listedBuckets) if (at && !bucketRegions.has(name)) logKnown.set(name, at);
    startLogReads();
  }
  const locating = [];
  for (const name of unplaced)
    locating.push(
      (async () => {
        const r = await aws.call(
          "s3:GetBucketLocation",
          region,
          s3BucketArn(partition, name),
          (abortSignal) => clients.s3(region).send(new import_client_s3.GetBucketLocationCommand({ Bucket: name }), { abortSignal }),
          fits(SHAPES.GetBucketLocation)
        );
        const at = bucketRegionFact(name, r);
        bucketRegions.set(name, at);
        if (at.known) void listRegion(at.value);
      })()
    );
  await Promise.all(locating);
  bucketsPlaced();
  const regionCalls = (aws.counts.get("s3:ListBuckets") ?? 0) + (aws.counts.get("s3:GetBucketLocation") ?? 0);
  deps.onProgress?.({ phase: "bucket-regions", calls: regionCalls, items: policy.buckets.length });
  const regions = [
    .../* @__PURE__ */ new Set([
      region,
      ...opts.extraRegions ?? [],
      ...[...bucketRegions.values()].flatMap((f) => f.known ? [f.value] : [])
    ])
  ].sort();
  const listings = await Promise.all(regions.map(listRegion));
  const trails = /* @__PURE__ */ new Map();
  const stores = /* @__PURE__ */ new Map();
  const regionFailures = /* @__PURE__ */ new Map();
  for (const l of listings) {
    const failed = [];
    if (l.trails.ok) {
      for (const t of l.trails.value) {
        if (t.TrailARN) {
          if (!foreignOrg(t) && !trails.has(t.TrailARN)) trails.set(t.TrailARN, t);
        } else
          notes.push(
            `live: DescribeTrails in ${l.region} returned a trail without TrailARN (${t.Name ?? "?"}); skipped`
          );
      }
    } else failed.push(l.trails.failure);
    if (l.stores.ok) {
      for (const s of l.stores.value)
        if (s.EventDataStoreArn && !stores.has(s.EventDataStoreArn))
          stores.set(s.EventDataStoreArn, s);
    } else failed.push(l.stores.failure);
    if (failed.length > 0) {
      regionFailures.set(l.region, failed);
      notes.push(`live: ${regionFailureText(l.region, failed)}`);
    }
  }
  const listed = regionCalls + (aws.counts.get("cloudtrail:DescribeTrails") ?? 0) + (aws.counts.get("cloudtrail:ListEventDataStores") ?? 0);
  const logBuckets = /* @__PURE__ */ new Map();
  for (const t of trails.values())
    if (t.S3BucketName && !logBuckets.has(t.S3BucketName))
      logBuckets.set(t.S3BucketName, t.HomeRegion || parseArn(t.TrailARN)?.region || region);
  const accepting = policy.buckets.filter((b) => b.accept?.includes("server-access-logs"));
  const [trailReadings, storeReadings, logPolicies, accessLogs] = await Promise.all([
    // In the order of the sorted Regions' listings, each with the copy listed first there.
    Promise.all(
      [...trails.values()].map(async (t) => ({
        ...await (trailReads.get(t.TrailARN) ?? readTrail(aws, t, region)),
        trail: t
      }))
    ),
    Promise.all(
      [...stores.values()].map(async (s) => ({
        ...await (storeReads.get(s.EventDataStoreArn) ?? readStore(aws, s, region)),
        listed: s
      }))
    ),
    Promise.all(
      [...logBuckets].map(
        ([name, home]) => logReads.get(name) ?? readLogBucket(aws, [name, home], logRegionOf(name), region)
      )
    ),
    Promise.all(
      accepting.map(
        async (b) => [
          b.name,
          await readAccessLogging(aws, b.name, bucketRegions.get(b.name) ?? known(region), region)
        ]
      )
    )
  ]);
  const accessLogging = new Map(accessLogs);
  deps.onProgress?.({ phase: "details", calls: sent() - listed, items: trails.size + stores.size });
  const storeRecorders = storeReadings.map((s) => eventDataStoreRecorder(s.listed, s.got));
  const callerAccount = opts.account ?? callerAccountOf(trailReadings, storeRecorders);
  const recorders = [
    ...trailReadings.map((r) => trailRecorder(r, callerAccount ? { callerAccount } : {})),
    ...storeRecorders,
    ...[...regionFailures].map(([r, f]) => regionPlaceholder(r, f, callerAccount))
  ];
  const accountId = callerAccount ? known(callerAccount) : unknown(
    "not-collected",
    "the account of the credentials is not known (no trail or event data store of its own was found); give `account` for the bucket in the policy"
  );
  const policies = new Map(logPolicies.map((l) => [l.name, l.policy]));
  const logRegions = new Map(logPolicies.map((l) => [l.name, l.region]));
  const buckets = /* @__PURE__ */ new Map();
  for (const b of policy.buckets) {
    const p = policies.get(b.name);
    buckets.set(
      b.name,
      liveBucket(b.name, {
        region: bucketRegions.get(b.name) ?? unknown("not-collected", `Region of ${b.name} not read`),
        accountId: b.account ? known(b.account) : accountId,
        defaultPartition: partition,
        ...p ? { policy: p } : {},
        ...accessLogging.has(b.name) ? { serverAccessLogging: accessLogging.get(b.name) } : {}
      })
    );
  }
  for (const [name, p] of policies) {
    if (buckets.has(name)) continue;
    buckets.set(
      name,
      liveBucket(name, {
        region: logRegions.get(name) ?? unknown("not-collected", `Region of ${name} not read`),
        accountId: unknown(
          "not-collected",
          `live mode does not read the owner of log bucket ${name} (often a central log-archive account)`
        ),
        defaultPartition: partition,
        policy: p
      })
    );
  }
  deps.onCalls?.(aws.counts);
  return {
    mode: "live",
    recorders,
    buckets,
    notes,
    defaults: { accountId, partition, region: known(region) }
  };
}

export {
  liveBucket,
  paginate,
  LIST_BUCKETS_ABOVE,
  collectLiveFacts
};
