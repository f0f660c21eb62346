import type { BucketRequirement, Policy } from '../config/policy.js';
import { known, unknown } from '../model/fact.js';
import type { Facts, Recorder } from '../model/facts.js';
import { isDirectoryBucketName, S3_DATA_API_BY_NAME, S3_DATA_APIS } from '../model/s3-apis.js';
import {
  ADVANCED_OPERATORS,
  OPERATOR_ATTRIBUTES,
  type AdvancedEventSelector,
  type AdvancedOperator,
  type BasicEventSelector,
  type FieldSelector,
  type Str,
} from '../model/selectors.js';
import {
  advancedSelectorsReaching,
  bucketFacts,
  evaluateCoverage,
  nameFreeConstants,
  recordersReaching,
  verdictSignatureOf,
  type CoverageResult,
} from './coverage.js';
import type { BucketCoverage } from './types.js';
import { hclString } from './hcl-text.js';
import {
  advancedSelectorStats,
  MAX_ADVANCED_VALUES,
  MAX_EDS_SELECTORS,
  selectorProblems,
} from './validate.js';

/** One change to one recorder, at the level of whole blocks so it can be shown as valid HCL. */
export type Patch =
  | { readonly kind: 'set'; readonly attribute: string; readonly value: boolean | string }
  | { readonly kind: 'replace-advanced'; readonly index: number; readonly selector: AdvancedEventSelector }
  | { readonly kind: 'add-advanced'; readonly selector: AdvancedEventSelector }
  | { readonly kind: 'replace-basic'; readonly index: number; readonly selector: BasicEventSelector }
  | { readonly kind: 'add-basic'; readonly selector: BasicEventSelector };

export interface Fix {
  /** The bucket the fix is for; the first of `buckets` when it covers several. */
  readonly bucket: string;
  /**
   * Every bucket the fix covers, when it covers more than one: the fixes of buckets that change the same
   * selector (or switch) of one recorder are one fix, one change of that selector for all of them.
   */
  readonly buckets?: readonly string[];
  /** The recorder to change (Terraform address or ARN); undefined when a new trail is proposed. */
  readonly recorder?: string;
  readonly summary: string;
  /** HCL to write into the recorder's resource block (or a whole new resource). */
  readonly terraform: string;
  readonly patches: readonly Patch[];
  /** Re-evaluated with the patches applied: the bucket is then covered. */
  readonly closes: boolean;
}

const S = (value: string): Str => ({ known: true, value });
const list = (...values: string[]) => known(values.map(S));
const field = (name: string, ops: Partial<Record<AdvancedOperator, string[]>>): FieldSelector => ({
  field: known(name),
  operators: Object.fromEntries(Object.entries(ops).map(([op, v]) => [op, list(...(v as string[]))])),
});

// ---------------------------------------------------------------------------------------------- HCL

const OP_ATTR = OPERATOR_ATTRIBUTES;

const q = hclString;

function strList(l: FieldSelector['operators'][AdvancedOperator]): string | undefined {
  if (!l?.known || l.value.some((s) => !s.known)) return undefined;
  return '[' + l.value.map((s) => q((s as { value: string }).value)).join(', ') + ']';
}

export function renderAdvancedSelector(sel: AdvancedEventSelector, indent = ''): string {
  const i = indent;
  const lines = [`${i}advanced_event_selector {`];
  if (sel.name) lines.push(`${i}  name = ${q(sel.name)}`);
  for (const fs of sel.fieldSelectors.known ? sel.fieldSelectors.value : []) {
    lines.push(`${i}  field_selector {`);
    lines.push(`${i}    field = ${q(fs.field.known ? fs.field.value : '')}`);
    for (const op of ADVANCED_OPERATORS) {
      const v = strList(fs.operators[op]);
      if (v) lines.push(`${i}    ${OP_ATTR[op]} = ${v}`);
    }
    lines.push(`${i}  }`);
  }
  lines.push(`${i}}`);
  return lines.join('\n');
}

export function renderBasicSelector(sel: BasicEventSelector, indent = ''): string {
  const i = indent;
  const lines = [`${i}event_selector {`];
  lines.push(`${i}  read_write_type = ${q(sel.readWriteType.known ? sel.readWriteType.value : 'All')}`);
  lines.push(`${i}  include_management_events = true`);
  for (const dr of sel.dataResources.known ? sel.dataResources.value : []) {
    const values = dr.values.known
      ? dr.values.value.filter((s) => s.known).map((s) => q((s as { value: string }).value))
      : [];
    lines.push(
      `${i}  data_resource {`,
      `${i}    type   = ${q(dr.type.known ? dr.type.value : 'AWS::S3::Object')}`,
      `${i}    values = [${values.join(', ')}]`,
      `${i}  }`,
    );
  }
  lines.push(`${i}}`);
  return lines.join('\n');
}

export function renderPatches(rec: Recorder | undefined, patches: readonly Patch[]): string {
  return patches
    .map((p) => {
      switch (p.kind) {
        case 'set':
          return `${p.attribute} = ${typeof p.value === 'string' ? q(p.value) : String(p.value)}`;
        case 'replace-advanced':
          return `# replaces advanced_event_selector #${p.index + 1}${rec ? ` of ${rec.id}` : ''}\n${renderAdvancedSelector(p.selector)}`;
        case 'add-advanced':
          return `# adds an advanced_event_selector${rec ? ` to ${rec.id}` : ''}\n${renderAdvancedSelector(p.selector)}`;
        case 'replace-basic':
          return `# replaces event_selector #${p.index + 1}${rec ? ` of ${rec.id}` : ''}\n${renderBasicSelector(p.selector)}`;
        case 'add-basic':
          return `# adds an event_selector${rec ? ` to ${rec.id}` : ''} (at most 5 per trail, 250 data resource values in all)\n${renderBasicSelector(p.selector)}`;
      }
    })
    .join('\n\n');
}

// ------------------------------------------------------------------------------------- applying

export function applyPatches(rec: Recorder, patches: readonly Patch[]): Recorder {
  let r: Recorder = rec;
  for (const p of patches) {
    if (p.kind === 'set') {
      if (p.attribute === 'is_multi_region_trail' || p.attribute === 'multi_region_enabled')
        r = { ...r, multiRegion: known(p.value === true) };
      else if (p.attribute === 'enable_logging') r = { ...r, logging: known(p.value === true) };
      else if (p.attribute === 'suspend') r = { ...r, logging: known(p.value !== 'true') };
      continue;
    }
    const set = r.selectors.known ? r.selectors.value : { kind: 'none' as const };
    if (p.kind === 'replace-advanced' || p.kind === 'add-advanced') {
      const current = set.kind === 'advanced' ? [...set.selectors] : [];
      if (p.kind === 'replace-advanced') current[p.index] = p.selector;
      else current.push(p.selector);
      r = { ...r, selectors: known({ kind: 'advanced', selectors: current }) };
    } else {
      const current = set.kind === 'basic' ? [...set.selectors] : [];
      if (p.kind === 'replace-basic') current[p.index] = p.selector;
      else current.push(p.selector);
      r = { ...r, selectors: known({ kind: 'basic', selectors: current }) };
    }
  }
  return r;
}

// ------------------------------------------------------------------------------------ proposing

function bucketArn(facts: Facts, name: string): string {
  return `arn:${facts.defaults.partition}:s3:::${name}`;
}

/** The advanced selector that records exactly what the requirement asks for. */
export function selectorFor(req: BucketRequirement, arn: string): AdvancedEventSelector[] {
  const apis = req.events.map((n) => S3_DATA_API_BY_NAME.get(n)).filter((a) => a !== undefined);
  const all = apis.length === S3_DATA_APIS.length;
  // A readOnly condition is proposed only where no API's readOnly value is unverified
  // (RestoreObject, SelectObjectContent): otherwise the names are listed.
  const verified = !apis.some((a) => a.readOnlyUnverified);
  const reads =
    verified &&
    apis.every((a) => a.readOnly) &&
    apis.length === S3_DATA_APIS.filter((a) => a.readOnly).length;
  const writes =
    verified &&
    apis.every((a) => !a.readOnly) &&
    apis.length === S3_DATA_APIS.filter((a) => !a.readOnly).length;
  const base = [
    field('eventCategory', { Equals: ['Data'] }),
    field('resources.type', { Equals: ['AWS::S3::Object'] }),
  ];
  const scope = reads
    ? [field('readOnly', { Equals: ['true'] })]
    : writes
      ? [field('readOnly', { Equals: ['false'] })]
      : all
        ? []
        : null;
  const names = (xs: typeof apis) => [field('eventName', { Equals: xs.map((a) => a.name) })];
  const whole = req.prefixes.includes('');
  const objectArns = whole ? [arn + '/'] : req.prefixes.map((p) => `${arn}/${p}`);
  const out: AdvancedEventSelector[] = [];
  const objectApis = apis.filter((a) => !a.bucketLevel);
  const bucketApis = apis.filter((a) => a.bucketLevel);
  if (whole || bucketApis.length === 0) {
    out.push({
      name: `${req.name} data events`,
      fieldSelectors: known([
        ...base,
        ...(scope ?? names(apis)),
        field('resources.ARN', { StartsWith: objectArns }),
      ]),
    });
    if (!whole && bucketApis.length) out.push(bucketSel());
  } else {
    if (objectApis.length)
      out.push({
        name: `${req.name} object events`,
        fieldSelectors: known([
          ...base,
          ...names(objectApis),
          field('resources.ARN', { StartsWith: objectArns }),
        ]),
      });
    out.push(bucketSel());
  }
  return out;
  // Bucket-level events carry the ARN "arn:…:s3:::bucket/" whatever the key prefix.
  function bucketSel(): AdvancedEventSelector {
    return {
      name: `${req.name} bucket-level events`,
      fieldSelectors: known([
        ...base,
        ...names(bucketApis),
        field('resources.ARN', { StartsWith: [arn + '/'] }),
      ]),
    };
  }
}

/**
 * Whether the bucket is covered once `patched` (the bucket's view of a recorder with a fix applied)
 * replaces `rec`. Asks the engine for the verdict only (no gap texts, it stops at the first lost key).
 * Recorders and selectors that cannot reach the bucket match none of its events, so leaving them out is
 * exact; that the whole patched recorder is one the API accepts is checked by the caller.
 */
function covers(
  facts: Facts,
  views: ReadonlyMap<Recorder, Recorder>,
  policy: Policy,
  req: BucketRequirement,
  rec: Recorder | undefined,
  patched: Recorder,
): boolean {
  const others: Recorder[] = [];
  for (const [r, view] of views) if (r !== rec) others.push(view);
  const f: Facts = { ...facts, recorders: [...others, patched] };
  const r = evaluateCoverage(f, { ...policy, buckets: [req] }, { coveredOnly: true });
  return r.buckets[0]?.status === 'covered';
}

const TOTALS = new WeakMap<Recorder, { readonly values: number; readonly bad: number }>();
const VALID = new WeakMap<Recorder, boolean>();

/**
 * The bucket's view of a recorder that is not being changed: its selectors that reach the bucket, or none
 * at all when the API would reject the recorder (it records nothing, as the engine says of it).
 */
function viewOf(facts: Facts, rec: Recorder, bucket: string): Recorder {
  let valid = VALID.get(rec);
  if (valid === undefined) {
    valid = selectorProblems(rec).length === 0;
    VALID.set(rec, valid);
  }
  if (!valid) return { ...rec, selectors: known({ kind: 'none' }) };
  return project(facts, rec, bucket).rec;
}

/**
 * Whether the API accepts the recorder with the patches applied, in time proportional to the patches (not
 * to the recorder's selectors): per-selector checks are cached, and the limits over all selectors are
 * adjusted by what the patches replace and add.
 */
function acceptable(rec: Recorder, patches: readonly Patch[]): boolean {
  const set = rec.selectors.known ? rec.selectors.value : undefined;
  if (set?.kind !== 'advanced' || patches.some((p) => p.kind === 'replace-basic' || p.kind === 'add-basic'))
    return selectorProblems(applyPatches(rec, patches)).length === 0;
  let totals = TOTALS.get(rec);
  if (!totals) {
    let values = 0;
    let bad = 0;
    for (const sel of set.selectors) {
      const st = advancedSelectorStats(sel);
      values += st.values;
      if (!st.ok) bad++;
    }
    totals = { values, bad };
    TOTALS.set(rec, totals);
  }
  let { values, bad } = totals;
  let count = set.selectors.length;
  for (const p of patches) {
    if (p.kind !== 'replace-advanced' && p.kind !== 'add-advanced') continue;
    const st = advancedSelectorStats(p.selector);
    values += st.values;
    if (!st.ok) bad++;
    if (p.kind === 'add-advanced') count++;
    else {
      const old = set.selectors[p.index];
      if (old) {
        const was = advancedSelectorStats(old);
        values -= was.values;
        if (!was.ok) bad--;
      } else count++;
    }
  }
  return (
    bad === 0 &&
    values <= MAX_ADVANCED_VALUES &&
    (rec.kind !== 'event-data-store' || count <= MAX_EDS_SELECTORS)
  );
}

/**
 * The bucket's view of a recorder: its advanced selectors that can reach the bucket, and where each one
 * is in the recorder. A recorder with a selector per bucket then costs each bucket one selector, not N.
 */
interface Projection {
  readonly rec: Recorder;
  /** Index in the projection → index in the recorder. */
  readonly indexes: readonly number[] | undefined;
}

function project(facts: Facts, rec: Recorder, bucket: string): Projection {
  if (!rec.selectors.known || rec.selectors.value.kind !== 'advanced') return { rec, indexes: undefined };
  const all = rec.selectors.value.selectors;
  const indexes = advancedSelectorsReaching(facts, rec, bucket);
  if (!indexes || indexes.length === all.length) return { rec, indexes: undefined };
  return {
    rec: { ...rec, selectors: known({ kind: 'advanced', selectors: indexes.map((i) => all[i]!) }) },
    indexes,
  };
}

/** Patches of the projection, in the recorder's own selector numbering. */
function unproject(p: Projection, patches: readonly Patch[]): Patch[] {
  const { indexes } = p;
  if (!indexes) return [...patches];
  return patches.map((x) => {
    if (x.kind !== 'replace-advanced') return x;
    const y = { ...x, index: indexes[x.index]! };
    const again = REDO.get(x);
    if (again) REDO.set(y, again);
    return y;
  });
}

/**
 * How a corrected selector was made from the one it replaces, for one bucket: the same correction applied
 * to another selector. Fixes of several buckets that correct one selector are then combined by applying
 * each bucket's correction in turn (see combine).
 */
type Redo = (sel: AdvancedEventSelector | BasicEventSelector) => AdvancedEventSelector | BasicEventSelector;
const REDO = new WeakMap<Patch, Redo>();

function withRedo<P extends Patch>(p: P, redo: Redo): P {
  REDO.set(p, redo);
  return p;
}

function mapFields(
  sel: AdvancedEventSelector,
  fn: (fs: FieldSelector) => FieldSelector | null,
): AdvancedEventSelector {
  if (!sel.fieldSelectors.known) return sel;
  return {
    ...sel,
    fieldSelectors: known(sel.fieldSelectors.value.map(fn).filter((x): x is FieldSelector => x !== null)),
  };
}

/** Targeted one-selector corrections, smallest first. */
function selectorCandidates(rec: Recorder, req: BucketRequirement, arn: string): Patch[][] {
  if (!rec.selectors.known) return [];
  const set = rec.selectors.value;
  const out: Patch[][] = [];
  if (set.kind === 'advanced') {
    set.selectors.forEach((sel, index) => {
      if (!sel.fieldSelectors.known) return;
      // The equals vs starts_with trap: Equals on the bucket ARN matches no object ARN.
      const trapOf = (sel: AdvancedEventSelector) =>
        mapFields(sel, (fs) => {
          if (!fs.field.known || fs.field.value !== 'resources.ARN' || !fs.operators.Equals?.known) return fs;
          const eq = fs.operators.Equals.value;
          const hit = eq.filter((s) => s.known && (s.value === arn || s.value === arn + '/'));
          if (!hit.length) return fs;
          const rest = eq.filter((s) => !hit.includes(s));
          const sw = fs.operators.StartsWith?.known ? fs.operators.StartsWith.value : [];
          const ops = {
            ...fs.operators,
            StartsWith: known([...sw, S(arn + '/')]),
          } as FieldSelector['operators'];
          if (rest.length) (ops as Record<string, unknown>)['Equals'] = known(rest);
          else delete (ops as Record<string, unknown>)['Equals'];
          return { ...fs, operators: ops };
        });
      const trap = trapOf(sel);
      if (trap !== sel)
        out.push([
          withRedo({ kind: 'replace-advanced', index, selector: trap }, (x) =>
            trapOf(x as AdvancedEventSelector),
          ),
        ]);
      // An exclusion that reaches into the required keys.
      const inside = (v: string) =>
        req.prefixes.some(
          (p) => (arn + '/' + p).startsWith(v) || v.startsWith(arn + '/' + p) || v === arn + '/',
        );
      // Whether the exclusion changed anything (a value or operator dropped): what a comparison of the two
      // selectors' JSON told, without writing it for every selector of every bucket.
      let excluded = false;
      const noExclOf = (sel: AdvancedEventSelector) =>
        mapFields(sel, (fs) => {
          if (!fs.field.known || fs.field.value !== 'resources.ARN') return fs;
          const ops: Record<string, unknown> = { ...fs.operators };
          let changed = false;
          for (const op of ['NotStartsWith', 'NotEquals'] as const) {
            const l = fs.operators[op];
            if (!l?.known) continue;
            const keep = l.value.filter((s) => !(s.known && inside(s.value)));
            if (keep.length === l.value.length) continue;
            changed = true;
            if (keep.length) ops[op] = known(keep);
            else delete ops[op];
          }
          if (!changed) return fs;
          excluded = true;
          return Object.keys(ops).length ? { ...fs, operators: ops as FieldSelector['operators'] } : null;
        });
      const noExcl = noExclOf(sel);
      if (excluded)
        out.push([
          withRedo({ kind: 'replace-advanced', index, selector: noExcl }, (x) =>
            noExclOf(x as AdvancedEventSelector),
          ),
        ]);
      // A read/write split with one half missing: add the other half.
      const ro = sel.fieldSelectors.value.find((fs) => fs.field.known && fs.field.value === 'readOnly');
      const v = ro?.operators.Equals?.known ? ro.operators.Equals.value[0] : undefined;
      if (ro && v?.known) {
        const other = mapFields(sel, (fs) =>
          fs === ro ? field('readOnly', { Equals: [v.value === 'true' ? 'false' : 'true'] }) : fs,
        );
        out.push([
          {
            kind: 'add-advanced',
            selector: {
              ...other,
              ...(sel.name ? { name: `${sel.name} (${v.value === 'true' ? 'write' : 'read'})` } : {}),
            },
          },
        ]);
      }
    });
  }
  if (set.kind === 'basic') {
    const fixedOf = (sel: BasicEventSelector): BasicEventSelector =>
      !sel.dataResources.known
        ? sel
        : {
            readWriteType: known('All'),
            dataResources: known(
              sel.dataResources.value.map((dr) => {
                if (!dr.type.known || dr.type.value !== 'AWS::S3::Object' || !dr.values.known) return dr;
                // A bucket ARN without the trailing slash is rejected by the API.
                const vals = dr.values.value.map((s) => (s.known && s.value === arn ? S(arn + '/') : s));
                const wanted = req.prefixes.includes('')
                  ? [arn + '/']
                  : [arn + '/', ...req.prefixes.map((p) => `${arn}/${p}`)];
                for (const w of wanted)
                  if (!vals.some((s) => s.known && w.startsWith(s.value))) vals.push(S(w));
                return { ...dr, values: known(vals) };
              }),
            ),
          };
    set.selectors.forEach((sel, index) => {
      if (!sel.dataResources.known) return;
      out.push([
        withRedo({ kind: 'replace-basic', index, selector: fixedOf(sel) }, (x) =>
          fixedOf(x as BasicEventSelector),
        ),
      ]);
    });
  }
  return out;
}

function fallback(rec: Recorder | undefined, req: BucketRequirement, arn: string): Patch[] {
  if (rec?.selectors.known && rec.selectors.value.kind === 'basic')
    return [
      {
        kind: 'add-basic',
        selector: {
          readWriteType: known('All'),
          dataResources: known([
            {
              type: known('AWS::S3::Object'),
              values: known(
                (req.prefixes.includes('')
                  ? [arn + '/']
                  : [arn + '/', ...req.prefixes.map((p) => `${arn}/${p}`)]
                ).map(S),
              ),
            },
          ]),
        },
      },
    ];
  const added: Patch[] = selectorFor(req, arn).map((selector) => ({ kind: 'add-advanced', selector }));
  // A trail without selectors records management events by default; once it has selectors of its own it
  // records only what they select, so keep its management events with a selector for them
  // (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html).
  if (rec?.kind === 'trail' && rec.selectors.known && rec.selectors.value.kind === 'none')
    added.unshift({
      kind: 'add-advanced',
      selector: {
        name: 'Management events',
        fieldSelectors: known([field('eventCategory', { Equals: ['Management'] })]),
      },
    });
  return added;
}

function attributeFixes(rec: Recorder, bucketRegion: string | null): Patch[] {
  const out: Patch[] = [];
  if (rec.logging.known && !rec.logging.value)
    out.push(
      rec.kind === 'trail'
        ? { kind: 'set', attribute: 'enable_logging', value: true }
        : { kind: 'set', attribute: 'suspend', value: 'false' },
    );
  if (
    rec.multiRegion.known &&
    !rec.multiRegion.value &&
    bucketRegion &&
    rec.homeRegion.known &&
    rec.homeRegion.value !== bucketRegion
  )
    out.push({
      kind: 'set',
      attribute: rec.kind === 'trail' ? 'is_multi_region_trail' : 'multi_region_enabled',
      value: true,
    });
  return out;
}

function describe(patches: readonly Patch[]): string {
  return patches
    .map((p) => {
      switch (p.kind) {
        case 'set':
          return `set ${p.attribute} = ${String(p.value)}`;
        case 'replace-advanced':
          return `correct advanced_event_selector #${p.index + 1}${p.selector.name ? ` ("${p.selector.name}")` : ''}`;
        case 'add-advanced':
          return `add advanced_event_selector "${p.selector.name ?? ''}"`;
        case 'replace-basic':
          return `correct event_selector #${p.index + 1}`;
        case 'add-basic':
          return 'add an event_selector (basic and advanced selectors cannot be mixed on one trail)';
      }
    })
    .join(', ');
}

export interface RemediationOptions {
  /**
   * Search once per verdict signature (default true): a bucket whose signature (see coverage.ts) and
   * candidate recorders match an earlier bucket's takes the same candidate and the same attempt, built for
   * its own name, without re-evaluating the attempts. False searches every bucket on its own: the
   * reference the memoised path is tested against.
   */
  readonly memoize?: boolean;
}

/** Which attempt closed the first bucket of a signature: the candidate and the try, or the new trail. */
type Choice =
  | { readonly kind: 'patch'; readonly candidate: number; readonly attempt: number; readonly shape: string }
  | { readonly kind: 'new-trail'; readonly closes: boolean };

/** The patches' kinds and positions: two buckets of one signature must get attempts of the same shape. */
function shapeOf(tries: readonly (readonly Patch[])[]): string {
  return tries.map((t) => t.map((p) => `${p.kind}${'index' in p ? p.index : ''}`).join(',')).join('|');
}

const NEW_TRAIL_ID = 'aws_cloudtrail.s3_data_events';

/** The multi-Region trail a new-trail fix proposes, with its selectors. */
function newTrail(facts: Facts, patches: readonly Patch[]): Recorder {
  return applyPatches(
    {
      kind: 'trail',
      id: NEW_TRAIL_ID,
      origin: { source: 'terraform-plan', ref: NEW_TRAIL_ID },
      name: known('s3-data-events'),
      arn: known(''),
      partition: known(facts.defaults.partition),
      accountId: facts.defaults.accountId,
      homeRegion: facts.defaults.region,
      multiRegion: known(true),
      organization: known(false),
      logging: known(true),
      selectors: known({ kind: 'none' }),
      logBucket: unknown('not-collected', 'the new trail needs a log bucket'),
      logPrefix: known(null),
      kmsKeyId: known(null),
      logFileValidation: known(true),
      cloudWatchLogsGroupArn: known(null),
      cloudWatchLogsRoleArn: known(null),
    },
    patches,
  );
}

function newTrailTerraform(patches: readonly Patch[]): string {
  const blocks = patches
    .map((p) => (p.kind === 'add-advanced' ? renderAdvancedSelector(p.selector, '  ') : ''))
    .join('\n');
  return `resource "aws_cloudtrail" "s3_data_events" {\n  name                  = "s3-data-events"\n  s3_bucket_name        = aws_s3_bucket.cloudtrail_logs.id # a log bucket with the CloudTrail bucket policy\n  is_multi_region_trail = true\n${blocks}\n}`;
}

function newTrailFix(
  facts: Facts,
  views: ReadonlyMap<Recorder, Recorder>,
  policy: Policy,
  req: BucketRequirement,
  arn: string,
  memoClosed?: boolean,
): Fix {
  const patches = fallback(undefined, req, arn);
  const closes = memoClosed ?? covers(facts, views, policy, req, undefined, newTrail(facts, patches));
  return {
    bucket: req.name,
    summary: 'no trail in the source can be corrected to cover it: add a multi-Region trail',
    terraform: newTrailTerraform(patches),
    patches,
    closes,
  };
}

/**
 * One new trail for every bucket that needs one: each bucket's fix proposes the same resource address, so
 * two of them cannot both be added. Selectors that differ only in their `resources.ARN` values become one
 * selector listing every bucket's values (CloudTrail counts at most 500 values over all of a trail's
 * advanced selectors: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html
 * — a merged trail over that limit is not claimed to close).
 */
function combineNewTrails(facts: Facts, policy: Policy, fixes: readonly Fix[]): Fix[] {
  const group = fixes.filter((f) => !f.recorder);
  if (group.length < 2) return [...fixes];
  const patches = mergeAdded(group.flatMap((f) => f.patches));
  const buckets = group.map((f) => f.bucket);
  const proposed = newTrail(facts, patches);
  const one: Fix = {
    bucket: buckets[0] as string,
    buckets,
    summary: 'no trail in the source can be corrected to cover them: add one multi-Region trail',
    terraform: newTrailTerraform(patches),
    patches,
    closes:
      group.every((f) => f.closes) &&
      selectorProblems(proposed).length === 0 &&
      coversAll(facts, policy, buckets, [...facts.recorders, proposed]),
  };
  const out: Fix[] = [];
  for (const f of fixes)
    if (f.recorder) out.push(f);
    else if (f === group[0]) out.push(one);
  return out;
}

/**
 * Buckets whose fixes only add selectors to the same recorder: one fix adding one selector for all of them
 * where their selectors differ only in `resources.ARN` (the same shape for buckets with the same
 * requirements), taken only when it closes every one of them and keeps the recorder within AWS's limits.
 */
function combineAdded(facts: Facts, policy: Policy, fixes: readonly Fix[]): Fix[] {
  const groups = new Map<string, Fix[]>();
  for (const f of fixes)
    if (f.recorder && !f.buckets && f.patches.length && f.patches.every((p) => p.kind === 'add-advanced')) {
      const g = groups.get(f.recorder);
      if (g) g.push(f);
      else groups.set(f.recorder, [f]);
    }
  const replaced = new Map<Fix, Fix | null>();
  for (const [id, group] of groups) {
    if (group.length < 2) continue;
    const rec = facts.recorders.find((r) => r.id === id);
    if (!rec) continue;
    // Past the value limit the merged selectors are refused (acceptable below): merging stops there.
    const patches = mergeAdded(
      group.flatMap((f) => f.patches),
      MAX_ADVANCED_VALUES,
    );
    if (!patches || patches.length >= group.reduce((n, f) => n + f.patches.length, 0)) continue;
    const patched = applyPatches(rec, patches);
    const buckets = group.map((f) => f.bucket);
    if (
      !group.every((f) => f.closes) ||
      !acceptable(rec, patches) ||
      !coversAll(
        facts,
        policy,
        buckets,
        facts.recorders.map((r) => (r === rec ? patched : r)),
      )
    )
      continue;
    const one: Fix = {
      bucket: buckets[0] as string,
      buckets,
      recorder: id,
      summary: `${id}: ${describe(patches)}`,
      terraform: renderPatches(rec, patches),
      patches,
      closes: true,
    };
    group.forEach((f, i) => replaced.set(f, i === 0 ? one : null));
  }
  if (!replaced.size) return [...fixes];
  const out: Fix[] = [];
  for (const f of fixes) {
    const r = replaced.get(f);
    if (r === undefined) out.push(f);
    else if (r) out.push(r);
  }
  return out;
}

function coversAll(facts: Facts, policy: Policy, buckets: readonly string[], recorders: Recorder[]): boolean {
  const wanted = new Set(buckets);
  const check = evaluateCoverage(
    { ...facts, recorders },
    { ...policy, buckets: policy.buckets.filter((b) => wanted.has(b.name)) },
    { coveredOnly: true },
  );
  return check.buckets.every((b) => b.status === 'covered');
}

/**
 * Added selectors, with the same selector added twice taken once and selectors that differ only in their
 * `resources.ARN` values made one listing every value (CloudTrail counts at most 500 values over all of a
 * trail's advanced selectors: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html
 * — callers check the limits of the result).
 */
function mergeAdded(all: readonly Patch[]): Patch[];
function mergeAdded(all: readonly Patch[], budget: number): Patch[] | undefined;
/**
 * `budget`: undefined as soon as the merged `resources.ARN` values are more than that many (a lower bound
 * of the values the merged selectors count).
 */
function mergeAdded(all: readonly Patch[], budget = Infinity): Patch[] | undefined {
  let values = 0;
  const patches: Patch[] = [];
  // Per shape: where its selector is, and the ARN values of every selector of that shape (built once at
  // the end, so merging N selectors is linear in their values).
  const byShape = new Map<
    string,
    { at: number; arnAt: number; ops: Map<AdvancedOperator, Set<string>>; n: number }
  >();
  const seen = new Set<string>();
  for (const p of all) {
    if (p.kind !== 'add-advanced' || !p.selector.fieldSelectors.known) {
      patches.push(p);
      continue;
    }
    const fields = p.selector.fieldSelectors.value;
    const texts = fields.map(fieldText);
    const whole = `[${texts.join(',')}]`;
    if (seen.has(whole)) continue;
    seen.add(whole);
    const arnAt = fields.findIndex((x) => x.field.known && x.field.value === 'resources.ARN');
    if (arnAt < 0) {
      patches.push(p);
      continue;
    }
    const shape = `[${texts.filter((_, i) => i !== arnAt).join(',')}]`;
    let entry = byShape.get(shape);
    if (!entry) {
      entry = { at: patches.length, arnAt, ops: new Map(), n: 0 };
      byShape.set(shape, entry);
      patches.push(p);
    }
    entry.n++;
    const arn = fields[arnAt] as FieldSelector;
    for (const op of Object.keys(arn.operators) as AdvancedOperator[]) {
      let set = entry.ops.get(op);
      if (!set) entry.ops.set(op, (set = new Set()));
      for (const v of strValues(arn.operators[op])) {
        if (set.has(v)) continue;
        set.add(v);
        if (++values > budget) return undefined;
      }
    }
  }
  for (const e of byShape.values()) {
    if (e.n < 2) continue;
    const prev = patches[e.at] as Extract<Patch, { kind: 'add-advanced' }>;
    const fields = (prev.selector.fieldSelectors as { value: readonly FieldSelector[] }).value;
    const ops: Partial<Record<AdvancedOperator, string[]>> = {};
    for (const [op, set] of e.ops) ops[op] = [...set];
    const merged = fields.map((x, i) => (i === e.arnAt ? field('resources.ARN', ops) : x));
    patches[e.at] = {
      ...prev,
      selector: { ...prev.selector, name: 'S3 data events', fieldSelectors: known(merged) },
    };
  }
  return patches;
}

const FIELD_TEXT = new WeakMap<FieldSelector, string>();

/**
 * JSON.stringify of a field selector, kept per object: the fixes of one signature share the field
 * selectors that hold no bucket name (see Template), so their text is written once.
 */
function fieldText(fs: FieldSelector): string {
  let t = FIELD_TEXT.get(fs);
  if (t === undefined) {
    t = JSON.stringify(fs);
    FIELD_TEXT.set(fs, t);
  }
  return t;
}

function strValues(l: FieldSelector['operators'][AdvancedOperator] | undefined): string[] {
  if (!l?.known) return [];
  return l.value.filter((v) => v.known).map((v) => (v as { value: string }).value);
}

/**
 * For every bucket that is not covered, the smallest Terraform change found that makes it covered:
 * a switch (multi-Region, logging), a corrected selector (equals → starts_with, a removed exclusion,
 * the missing half of a read/write split, a basic value with its trailing slash), or a new selector.
 * Each proposal is checked by re-evaluating the bucket with the change applied (once per verdict
 * signature: see RemediationOptions).
 */
export function remediate(
  facts: Facts,
  policy: Policy,
  coverage: CoverageResult,
  opts: RemediationOptions = {},
): Fix[] {
  const memoize = opts.memoize !== false;
  const fixes: Fix[] = [];
  const requirements = new Map(policy.buckets.map((r) => [r.name, r]));
  const trails = facts.recorders.filter((r) => r.kind === 'trail').slice(0, 3);
  // By verdict signature, then by the rest of the key (a signature is long: looked up as it is, the
  // engine's own string, not copied into a longer one).
  const memo = new Map<string, Map<string, MemoEntry>>();
  const keyTexts = new KeyTexts(facts);
  let lastSignature: string | undefined;
  let last: Map<string, MemoEntry> | undefined;
  let previous: { readonly parts: readonly unknown[]; readonly entry: MemoEntry } | undefined;
  for (const b of coverage.buckets) {
    if (b.status === 'covered' || b.status === 'unknown') continue;
    // Fixes are built for general purpose buckets (AWS::S3::Object selectors); a directory bucket's
    // gaps name its own resource type instead.
    if (isDirectoryBucketName(b.name)) continue;
    const req = requirements.get(b.name);
    if (!req) continue;
    const reaching = recordersReaching(facts, b.name);
    // Correct a recorder that already reaches the bucket; else add a selector to one of the first trails.
    const pool = reaching.some(usable) ? reaching : trails;
    const key = memoize ? choiceKey(facts, req, b, reaching, pool, keyTexts) : undefined;
    let entry: MemoEntry | undefined;
    if (key !== undefined) {
      // Buckets of one key mostly come one after the other: their parts are compared with the previous
      // bucket's (each bucket's signature is a string of its own, hashed anew by a look-up).
      if (key.signature !== lastSignature) {
        lastSignature = key.signature;
        last = memo.get(key.signature);
        previous = undefined;
      }
      if (previous && sameParts(previous.parts, key.parts)) entry = previous.entry;
      else {
        entry = last?.get(keyText(key.parts));
        if (entry) previous = { parts: key.parts, entry };
      }
    }
    if (entry?.template) {
      fixes.push(instantiate(facts, entry.template, req, b.region));
      continue;
    }
    const result = searchBucket(facts, policy, b, req, reaching, pool, entry?.choice);
    fixes.push(result.fix);
    if (key === undefined || !result.chosen) continue;
    const e: MemoEntry = { choice: result.chosen };
    if (!last) memo.set(key.signature, (last = new Map()));
    last.set(keyText(key.parts), e);
    previous = { parts: key.parts, entry: e };
    if (key.nameFree) {
      const t = templateOf(facts, policy, result, req, b.region);
      if (t) e.template = t;
    }
  }
  return combineNewTrails(facts, policy, combineAdded(facts, policy, combine(facts, policy, fixes)));
}

const usable = (r: Recorder) =>
  r.change !== 'delete' && r.selectors.known && r.selectors.value.kind !== 'conflict';

/** What is remembered of a verdict signature's first bucket: the attempt that closed it, and its fix as a template. */
interface MemoEntry {
  readonly choice: Choice;
  template?: Template;
}

/** The attempts on one candidate recorder for one bucket, on its view of the recorder, smallest first. */
function attemptsOf(
  facts: Facts,
  rec: Recorder,
  req: BucketRequirement,
  region: string | null,
): { readonly view: Projection; readonly tries: Patch[][] } {
  const arn = bucketArn(facts, req.name);
  const attrs = attributeFixes(rec, region);
  const view = project(facts, rec, req.name);
  const tries = [
    attrs,
    ...selectorCandidates(view.rec, req, arn).map((s) => [...attrs, ...s]),
    [...attrs, ...fallback(rec, req, arn)],
  ];
  return { view, tries };
}

function fixOf(bucket: string, rec: Recorder, patches: Patch[]): Fix {
  return {
    bucket,
    recorder: rec.id,
    summary: `${rec.id}: ${describe(patches)}`,
    terraform: renderPatches(rec, patches),
    patches,
    closes: true,
  };
}

/**
 * The patches of a remembered attempt, built for this bucket's name, when the attempts have the shape the
 * first bucket's had (for a bucket of its signature they are the same attempts with another name).
 */
function replayPatches(
  facts: Facts,
  rec: Recorder,
  choice: Extract<Choice, { kind: 'patch' }>,
  req: BucketRequirement,
  region: string | null,
): Patch[] | undefined {
  const a = attemptsOf(facts, rec, req, region);
  const viewPatches = a.tries[choice.attempt];
  if (!viewPatches || shapeOf(a.tries) !== choice.shape) return undefined;
  return unproject(a.view, viewPatches);
}

interface SearchResult {
  readonly fix: Fix;
  /** Set when the bucket was searched (not replayed): what closed it, for the buckets of its signature. */
  readonly chosen?: Choice;
  /** The recorder the chosen attempt patches. */
  readonly rec?: Recorder;
}

/** The fix of one bucket: the remembered attempt of its signature when it still applies, else a search. */
function searchBucket(
  facts: Facts,
  policy: Policy,
  b: BucketCoverage,
  req: BucketRequirement,
  reaching: readonly Recorder[],
  pool: readonly Recorder[],
  choice: Choice | undefined,
): SearchResult {
  const arn = bucketArn(facts, b.name);
  const credits = new Map<Recorder, number>();
  const credit = (r: Recorder) => {
    let n = credits.get(r);
    if (n === undefined) {
      n = b.events.filter((e) => e.coveredBy.includes(r.id)).length;
      credits.set(r, n);
    }
    return n;
  };
  const views = new Map(reaching.map((r) => [r, viewOf(facts, r, b.name)]));
  const candidates = pool
    .filter(usable)
    .sort((x, y) => credit(y) - credit(x) || Number(y.kind === 'trail') - Number(x.kind === 'trail'));
  if (choice?.kind === 'new-trail')
    return { fix: newTrailFix(facts, views, policy, req, arn, choice.closes) };
  if (choice?.kind === 'patch') {
    // The first bucket of this signature was closed by this attempt, and every earlier one failed: for
    // this bucket they are the same attempts with its own name, and fare the same.
    const rec = candidates[choice.candidate];
    const patches = rec ? replayPatches(facts, rec, choice, req, b.region) : undefined;
    if (rec && patches && acceptable(rec, patches)) return { fix: fixOf(b.name, rec, patches) };
  }
  let found: SearchResult | undefined;
  candidates.some((rec, ci) => {
    const { view, tries } = attemptsOf(facts, rec, req, b.region);
    return tries.some((viewPatches, ti) => {
      if (!viewPatches.length) return false;
      if (!covers(facts, views, policy, req, rec, applyPatches(view.rec, viewPatches))) return false;
      const patches = unproject(view, viewPatches);
      // The whole recorder must stay one the API accepts (value limits count every selector).
      if (!acceptable(rec, patches)) return false;
      found = {
        fix: fixOf(b.name, rec, patches),
        chosen: { kind: 'patch', candidate: ci, attempt: ti, shape: shapeOf(tries) },
        rec,
      };
      return true;
    });
  });
  if (found) return found;
  const fix = newTrailFix(facts, views, policy, req, arn);
  return { fix, chosen: { kind: 'new-trail', closes: fix.closes } };
}

// ------------------------------------------------------------------------- templates (issue 12)

/**
 * A signature's fix with a placeholder where the bucket's name goes: built once from the remembered
 * attempt replayed for a name of placeholder characters (of the same length, so that every limit on
 * lengths fares the same) and instantiated for each bucket of the signature by writing its name in.
 * Taken only where no ARN constant of the recorders in the key holds part of a name (they are all
 * prefixes of "arn:PARTITION:s3:::"): the attempts then compare nothing of the name but its length, and
 * are the first bucket's attempts with another name. Checked once: instantiated for the first bucket, the
 * template must give that bucket's own fix.
 */
interface Template {
  /** The whole fix, in one piece: a new array of patches for each bucket, the patches that `redo` marks copied. */
  readonly fix: Node;
  /** Per patch: replayed for the bucket on demand when another fix of its selector redoes its correction. */
  readonly redo: readonly boolean[];
  readonly rec?: Recorder;
  readonly choice: Choice;
}

/** A value with the placeholder in some strings: kept as is where it has none. */
type Node =
  | { readonly k: 0; readonly v: unknown }
  | { readonly k: 1; readonly parts: readonly string[] }
  | { readonly k: 2; readonly items: readonly Node[] }
  | { readonly k: 3; readonly keys: readonly string[]; readonly vals: readonly Node[] };

/** Private-use characters: in no bucket name (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html). */
const PLACEHOLDER = '\uE000';

function nodeOf(v: unknown, mark: string, copy = false): Node {
  if (typeof v === 'string') return v.includes(mark) ? { k: 1, parts: v.split(mark) } : { k: 0, v };
  if (Array.isArray(v)) {
    const items = v.map((x) => nodeOf(x, mark));
    return !copy && items.every((x) => x.k === 0) ? { k: 0, v } : { k: 2, items };
  }
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    const vals = keys.map((key) => nodeOf((v as Record<string, unknown>)[key], mark));
    return !copy && vals.every((x) => x.k === 0) ? { k: 0, v } : { k: 3, keys, vals };
  }
  return { k: 0, v };
}

function build(n: Node, name: string): unknown {
  switch (n.k) {
    case 0:
      return n.v;
    case 1:
      return n.parts.join(name);
    case 2:
      return n.items.map((x) => build(x, name));
    case 3: {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < n.keys.length; i++) o[n.keys[i] as string] = build(n.vals[i] as Node, name);
      return o;
    }
  }
}

/** Plain data compared in full: values, key order and keys set to undefined. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k, i) => kb[i] === k && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

function templateOf(
  facts: Facts,
  policy: Policy,
  searched: SearchResult,
  req: BucketRequirement,
  region: string | null,
): Template | undefined {
  const { chosen: choice, rec, fix } = searched;
  if (!choice || req.name.includes(PLACEHOLDER)) return undefined;
  const mark = PLACEHOLDER.repeat(req.name.length);
  const other: BucketRequirement = { ...req, name: mark };
  let marked: Fix;
  if (choice.kind === 'new-trail') {
    // Replayed: whether it closes is the first bucket's answer (no re-evaluation, no views needed).
    marked = newTrailFix(facts, new Map(), policy, other, bucketArn(facts, mark), choice.closes);
  } else {
    if (!rec) return undefined;
    const patches = replayPatches(facts, rec, choice, other, region);
    if (!patches || !acceptable(rec, patches)) return undefined;
    marked = fixOf(mark, rec, patches);
  }
  const redo = marked.patches.map((p) => REDO.has(p));
  const node = nodeOf(marked, mark, true) as Extract<Node, { k: 3 }>;
  // Patches that another bucket's fix may redo are copied for each bucket (their redo is its own).
  const patches: Node = { k: 2, items: marked.patches.map((p, i) => nodeOf(p, mark, redo[i])) };
  const t: Template = {
    fix: { ...node, vals: node.vals.map((v, i) => (node.keys[i] === 'patches' ? patches : v)) },
    redo,
    choice,
    ...(rec ? { rec } : {}),
  };
  const again = instantiate(facts, t, req, region);
  if (!same(again, fix) || fix.patches.some((p, i) => REDO.has(p) !== redo[i])) return undefined;
  return t;
}

/** The template's fix for one bucket of its signature. */
function instantiate(facts: Facts, t: Template, req: BucketRequirement, region: string | null): Fix {
  const fix = build(t.fix, req.name) as Fix;
  if (!t.redo.includes(true)) return fix;
  // The correction redone on another selector is this bucket's own: replayed for it when first asked.
  let own: readonly Patch[] | undefined;
  fix.patches.forEach((p, i) => {
    if (!t.redo[i]) return;
    REDO.set(p, (sel) => {
      if (!own) {
        own =
          t.rec && t.choice.kind === 'patch' ? replayPatches(facts, t.rec, t.choice, req, region) : undefined;
        if (!own) throw new Error(`remediation: the fix of ${req.name} does not replay`);
      }
      const redo = own[i] && REDO.get(own[i]);
      if (!redo) throw new Error(`remediation: the fix of ${req.name} does not replay`);
      return redo(sel);
    });
  });
  return fix;
}

/** What a patch changes in its recorder, when two patches of it cannot both be applied as they are. */
function targetOfPatch(p: Patch): string | undefined {
  switch (p.kind) {
    case 'set':
      return `set ${p.attribute}`;
    case 'replace-advanced':
      return `advanced ${p.index}`;
    case 'replace-basic':
      return `basic ${p.index}`;
    default:
      return undefined;
  }
}

/**
 * One fix for the buckets whose fixes change the same selector (or switch) of one recorder: each fix
 * rewrites that selector for its own bucket, so applied one after the other the second undoes the first
 * (and its diff no longer applies). The combined fix applies each bucket's correction in turn to the
 * selector, and is checked against all its buckets at once. It takes the place of its first bucket's fix.
 */
function combine(facts: Facts, policy: Policy, fixes: readonly Fix[]): Fix[] {
  // Union-find over the fixes, joined by a recorder's target they share.
  const parent = fixes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const owner = new Map<string, number>();
  let joined = false;
  fixes.forEach((f, i) => {
    if (!f.recorder) return;
    for (const p of f.patches) {
      const t = targetOfPatch(p);
      // A correction that cannot be redone on another bucket's selector stays a fix of its own.
      if (t === undefined || (p.kind !== 'set' && !REDO.has(p))) continue;
      const key = JSON.stringify([f.recorder, t]);
      const o = owner.get(key);
      if (o === undefined) owner.set(key, i);
      else if (find(o) !== find(i)) {
        parent[find(i)] = find(o);
        joined = true;
      }
    }
  });
  if (!joined) return [...fixes];
  const groups = new Map<number, Fix[]>();
  fixes.forEach((f, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(f);
    else groups.set(r, [f]);
  });
  const out: Fix[] = [];
  fixes.forEach((f, i) => {
    const group = groups.get(find(i)) as Fix[];
    if (group.length === 1) out.push(f);
    else if (group[0] === f) out.push(combined(facts, policy, group));
  });
  return out;
}

function combined(facts: Facts, policy: Policy, group: readonly Fix[]): Fix {
  const first = group[0] as Fix;
  const rec = facts.recorders.find((r) => r.id === first.recorder) as Recorder;
  const patches: Patch[] = [];
  const at = new Map<string, number>();
  const added = new Set<string>();
  for (const f of group)
    for (const p of f.patches) {
      const t = targetOfPatch(p);
      const i = t === undefined ? undefined : at.get(t);
      if (t === undefined) {
        // The same selector added for two buckets (the other half of one read/write split) is added once.
        const key = JSON.stringify(p);
        if (!added.has(key)) patches.push(p);
        added.add(key);
      } else if (i === undefined) {
        at.set(t, patches.length);
        patches.push(p);
      } else {
        const prev = patches[i] as Patch;
        const redo = REDO.get(p);
        if (prev.kind === 'replace-advanced' && redo)
          patches[i] = { ...prev, selector: redo(prev.selector) as AdvancedEventSelector };
        else if (prev.kind === 'replace-basic' && redo)
          patches[i] = { ...prev, selector: redo(prev.selector) as BasicEventSelector };
      }
    }
  const buckets = group.map((f) => f.bucket);
  const patched = applyPatches(rec, patches);
  const closes =
    group.every((f) => f.closes) &&
    selectorProblems(patched).length === 0 &&
    coversAll(
      facts,
      policy,
      buckets,
      facts.recorders.map((r) => (r === rec ? patched : r)),
    );
  return {
    bucket: first.bucket,
    buckets,
    recorder: rec.id,
    summary: `${rec.id}: ${describe(patches)}`,
    terraform: renderPatches(rec, patches),
    patches,
    closes,
  };
}

/**
 * What a bucket's search depends on besides its name, when that is all it depends on: its verdict
 * signature (same reaching recorders, Region, account, partition, requirements, per-API verdicts), its
 * accepted evidence, and the
 * candidate recorders and those reaching it, none of which may tell its name from another's by an ARN
 * constant (their constants that prefix its ARN are part of the key). Undefined: searched on its own.
 */
function choiceKey(
  facts: Facts,
  req: BucketRequirement,
  b: BucketCoverage,
  reaching: readonly Recorder[],
  pool: readonly Recorder[],
  known: KeyTexts,
):
  { readonly signature: string; readonly parts: readonly unknown[]; readonly nameFree: boolean } | undefined {
  const signature = verdictSignatureOf(b);
  if (signature === undefined) return undefined;
  // The engine's signature is of the bucket's own partition; the search works in the facts' default one.
  const partition = bucketFacts(req, facts).partition;
  if (!partition.known || partition.value !== facts.defaults.partition) return undefined;
  let nameFree = true;
  // Accepted server access logs turn a re-evaluation into `covered` (coverage.ts): per bucket. The
  // requirement's name length, events and prefixes are what a template depends on besides the name.
  const parts: unknown[] = [
    b.status,
    b.region,
    String(req.accept ?? null),
    b.serverAccessLogs?.usable ?? null,
    req.name.length,
    eventsId(req.events),
    req.prefixes.length === 1 ? req.prefixes[0] : JSON.stringify(req.prefixes),
  ];
  for (const list of pool === reaching ? [reaching] : [reaching, pool]) {
    parts.push(LIST);
    for (const r of list) {
      const t = known.of(r, b.name);
      if (t === undefined) return undefined;
      if (!t.nameFree) nameFree = false;
      parts.push(t);
    }
  }
  return { signature, parts, nameFree };
}

/** Where a list of recorders starts in a key. */
const LIST = { list: true };

function sameParts(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The key as text: parts that are equal as values (KeyText objects by their text) give one text. */
function keyText(parts: readonly unknown[]): string {
  return JSON.stringify(
    parts.map((p) => (p === LIST ? '\u0001' : p !== null && typeof p === 'object' ? (p as KeyText).text : p)),
  );
}

/** A recorder's part of a key: its place and its ARN constants that prefix the bucket's ARN. */
interface KeyText {
  readonly text: string;
  /** Whether those constants hold no part of a name (all prefixes of "arn:PARTITION:s3:::"). */
  readonly nameFree: boolean;
}

/**
 * The key texts of the recorders for one run. A recorder with no string in its selectors that starts with
 * "arn:PARTITION:s3:::" and goes on (the strings hold its ARN constants) says nothing about any bucket
 * name: its constants that prefix a bucket's ARN are the prefixes of "arn:PARTITION:s3:::", for every
 * name, and none extends one. Its text is then worked out once.
 */
class KeyTexts {
  private readonly position = new Map<Recorder, number>();
  private readonly blind = new Map<Recorder, KeyText | undefined | null>();
  private readonly free: string;
  private readonly ids = new Map<string, KeyText>();

  constructor(private readonly facts: Facts) {
    facts.recorders.forEach((r, i) => {
      if (!this.position.has(r)) this.position.set(r, i);
    });
    this.free = `arn:${facts.defaults.partition}:s3:::`;
  }

  of(rec: Recorder, bucket: string): KeyText | undefined {
    let once = this.blind.get(rec);
    if (once === null) return this.compute(rec, bucket);
    if (once === undefined && !this.blind.has(rec)) {
      let mentions: boolean;
      try {
        mentions = mentionsName(rec.selectors, this.free);
      } catch {
        mentions = true; // too deep to walk: looked at per bucket
      }
      once = mentions ? null : this.compute(rec, bucket);
      this.blind.set(rec, once);
      if (once === null) return this.compute(rec, bucket);
    }
    return once;
  }

  private compute(rec: Recorder, bucket: string): KeyText | undefined {
    const consts = nameFreeConstants(this.facts, rec, bucket);
    if (consts === undefined) return undefined;
    // A number for each recorder and constants seen: keys stay short (one is looked up per bucket).
    const text = `${this.position.get(rec) ?? -1}${JSON.stringify(consts)}`;
    // One object per text: the parts of two buckets' keys are then compared as they are (sameParts).
    let t = this.ids.get(text);
    if (t === undefined) {
      t = { text: String(this.ids.size), nameFree: consts.every((c) => c.length <= this.free.length) };
      this.ids.set(text, t);
    }
    return t;
  }
}

/** Whether some string in the value starts with `free` and goes on. */
function mentionsName(v: unknown, free: string): boolean {
  if (typeof v === 'string') return v.length > free.length && v.startsWith(free);
  if (Array.isArray(v)) return v.some((x) => mentionsName(x, free));
  if (v !== null && typeof v === 'object') return Object.values(v).some((x) => mentionsName(x, free));
  return false;
}

const EVENTS_ID = new WeakMap<readonly string[], number>();
const EVENTS_IDS = new Map<string, number>();

/** A number for each list of event names (most requirements share one list object). */
function eventsId(events: readonly string[]): number {
  let id = EVENTS_ID.get(events);
  if (id === undefined) {
    const text = JSON.stringify(events);
    id = EVENTS_IDS.get(text);
    if (id === undefined) EVENTS_IDS.set(text, (id = EVENTS_IDS.size));
    EVENTS_ID.set(events, id);
  }
  return id;
}
