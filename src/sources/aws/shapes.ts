/**
 * The shapes live mode relies on in AWS answers. The SDK parses JSON and XML but does not check types: an
 * endpoint (an emulator, a proxy, a hostile stand-in) can answer well-formed JSON of the wrong shape
 * (`AdvancedEventSelectors` an object, `Equals` a string). An answer that does not fit is a failed call
 * (MalformedResponse), hence an unknown fact for that call only; the adapters never see it.
 *
 * Only the fields the adapters read are checked; others pass. A problem names where it is and what was
 * expected, never the value.
 */

export type Shape =
  'string' | 'boolean' | { readonly array: Shape } | { readonly object: Readonly<Record<string, Shape>> };

const str = 'string' as const;
const bool = 'boolean' as const;
const arrayOf = (s: Shape): Shape => ({ array: s });
const objectOf = (o: Record<string, Shape>): Shape => ({ object: o });

const strings = arrayOf(str);
const ADVANCED_SELECTORS = arrayOf(
  objectOf({
    Name: str,
    FieldSelectors: arrayOf(
      objectOf({
        Field: str,
        Equals: strings,
        StartsWith: strings,
        EndsWith: strings,
        NotEquals: strings,
        NotStartsWith: strings,
        NotEndsWith: strings,
      }),
    ),
  }),
);

export const SHAPES = {
  DescribeTrails: objectOf({
    trailList: arrayOf(
      objectOf({
        Name: str,
        TrailARN: str,
        HomeRegion: str,
        S3BucketName: str,
        S3KeyPrefix: str,
        KmsKeyId: str,
        IsMultiRegionTrail: bool,
        IsOrganizationTrail: bool,
        LogFileValidationEnabled: bool,
      }),
    ),
  }),
  ListEventDataStores: objectOf({
    EventDataStores: arrayOf(objectOf({ EventDataStoreArn: str, Name: str })),
    NextToken: str,
  }),
  GetTrailStatus: objectOf({ IsLogging: bool, LatestDeliveryError: str }),
  GetEventSelectors: objectOf({
    EventSelectors: arrayOf(
      objectOf({
        ReadWriteType: str,
        DataResources: arrayOf(objectOf({ Type: str, Values: strings })),
      }),
    ),
    AdvancedEventSelectors: ADVANCED_SELECTORS,
  }),
  GetEventDataStore: objectOf({
    Name: str,
    Status: str,
    MultiRegionEnabled: bool,
    OrganizationEnabled: bool,
    AdvancedEventSelectors: ADVANCED_SELECTORS,
  }),
  GetBucketLocation: objectOf({ LocationConstraint: str }),
  GetBucketPolicy: objectOf({ Policy: str }),
  ListBuckets: objectOf({
    Buckets: arrayOf(objectOf({ Name: str, BucketRegion: str })),
    ContinuationToken: str,
  }),
  ListAccounts: objectOf({
    Accounts: arrayOf(objectOf({ Id: str, Status: str, State: str })),
    NextToken: str,
  }),
  DescribeOrganization: objectOf({ Organization: objectOf({ Id: str }) }),
  GetCallerIdentity: objectOf({ Account: str, Arn: str }),
  AssumeRole: objectOf({
    Credentials: objectOf({ AccessKeyId: str, SecretAccessKey: str, SessionToken: str }),
  }),
} as const;

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * The first place where `value` does not fit `shape` ("has AdvancedEventSelectors[0].FieldSelectors: an
 * object, expected an array"), or undefined. Absent (undefined or null) fields fit: AWS leaves out what is
 * not set. Iterative: the depth of the answer does not matter.
 */
export function shapeProblem(value: unknown, shape: Shape): string | undefined {
  // Where a value sits, as a chain of keys written out only for a problem: an answer of 10,000 buckets
  // would otherwise build a path string for every field it checks.
  interface At {
    readonly up: At | undefined;
    readonly key: string | number;
  }
  const pathOf = (at: At | undefined): string => {
    let out = '';
    for (let a = at; a; a = a.up)
      out = typeof a.key === 'number' ? `[${a.key}]${out}` : a.up ? `.${a.key}${out}` : `${a.key}${out}`;
    return out;
  };
  const where = (at: At | undefined) => (at === undefined ? 'is' : `has ${pathOf(at)}:`);
  const stack: [unknown, Shape, At | undefined][] = [[value, shape, undefined]];
  while (stack.length > 0) {
    const [v, s, at] = stack.pop() as [unknown, Shape, At | undefined];
    if (v === undefined || (v === null && at !== undefined)) continue;
    if (s === 'string' || s === 'boolean') {
      if (typeof v !== s) return `${where(at)} ${typeName(v)}, expected a ${s}`;
    } else if ('array' in s) {
      if (!Array.isArray(v)) return `${where(at)} ${typeName(v)}, expected an array`;
      for (let i = v.length - 1; i >= 0; i--) {
        // An element may not be absent: [null] is not a list of strings.
        if (v[i] === null || v[i] === undefined)
          return `has ${pathOf({ up: at, key: i })}: null, expected a value`;
        stack.push([v[i], s.array, { up: at, key: i }]);
      }
    } else {
      if (v === null || typeof v !== 'object' || Array.isArray(v))
        return `${where(at)} ${typeName(v)}, expected an object`;
      const o = v as Record<string, unknown>;
      for (const k in s.object) stack.push([o[k], s.object[k]!, { up: at, key: k }]);
    }
  }
  return undefined;
}

/** A check for {@link AwsCaller.call}. */
export const fits =
  (shape: Shape) =>
  (value: unknown): string | undefined =>
    shapeProblem(value, shape);
