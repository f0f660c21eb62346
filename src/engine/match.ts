import type { Fact } from '../model/fact.js';
import type {
  AdvancedEventSelector,
  AdvancedOperator,
  BasicEventSelector,
  FieldSelector,
  Str,
} from '../model/selectors.js';
import { fieldValue, type SyntheticEvent } from './event.js';
import { and, not, or, type Tri } from './tri.js';

const SELECT_OPS = ['Equals', 'StartsWith', 'EndsWith'] as const;
const DESELECT_OPS = ['NotEquals', 'NotStartsWith', 'NotEndsWith'] as const;

/**
 * An operator list compiled once: known values in a set (and their lengths), so a test costs a few
 * hash lookups instead of a scan over up to 500 values.
 */
interface CompiledList {
  readonly values: ReadonlySet<string>;
  readonly lengths: readonly number[];
  readonly hasUnknown: boolean;
  readonly wholeUnknown: boolean;
}

const compiled = new WeakMap<object, CompiledList>();

function compile(list: Fact<readonly Str[]>): CompiledList {
  let c = compiled.get(list);
  if (c) return c;
  if (!list.known) c = { values: new Set(), lengths: [], hasUnknown: true, wholeUnknown: true };
  else {
    const values = new Set<string>();
    let hasUnknown = false;
    for (const s of list.value) {
      if (s.known) values.add(s.value);
      else hasUnknown = true;
    }
    const lengths = [...new Set([...values].map((v) => v.length))].sort((a, b) => a - b);
    c = { values, lengths, hasUnknown, wholeUnknown: false };
  }
  compiled.set(list, c);
  return c;
}

/** Does any value of one operator list match? Values inside one list are OR'd. */
function anyMatches(op: AdvancedOperator, list: Fact<readonly Str[]>, value: string): Tri {
  const c = compile(list);
  if (c.wholeUnknown) return undefined;
  let hit = false;
  if (op === 'Equals' || op === 'NotEquals') hit = c.values.has(value);
  else {
    const starts = op === 'StartsWith' || op === 'NotStartsWith';
    for (const n of c.lengths) {
      if (n > value.length) break;
      if (c.values.has(starts ? value.slice(0, n) : value.slice(value.length - n))) {
        hit = true;
        break;
      }
    }
  }
  if (hit) return true;
  return c.hasUnknown ? undefined : false;
}

/**
 * One field selector against one value. SELECT operators (Equals, StartsWith, EndsWith) are OR'd,
 * DESELECT operators are AND'd (any match drops the event), and the two groups are AND'd; a field
 * with only DESELECT operators selects everything not excluded.
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/filtering-data-events.html
 * ("How CloudTrail evaluates multiple conditions for a field").
 */
export function matchField(fs: FieldSelector, value: string | undefined): Tri {
  if (value === undefined) return false;
  let anySelect = false;
  let selected: Tri = false;
  for (const op of SELECT_OPS) {
    const list = fs.operators[op];
    if (!list) continue;
    anySelect = true;
    selected = or(selected, anyMatches(op, list, value));
  }
  let result: Tri = anySelect ? selected : true;
  for (const op of DESELECT_OPS) {
    const list = fs.operators[op];
    if (!list) continue;
    result = and(result, not(anyMatches(op, list, value)));
    if (result === false) return false;
  }
  return result;
}

/**
 * One field selector against the event. Two fields are not plain values:
 * - resources.ARN of an event whose ARN is not known (a directory bucket without Region or account);
 * - sessionCredentialFromConsole, which a record carries only when it is true ("not shown unless the
 *   value is true", CloudTrail record contents); how a condition on "false" treats a record without the
 *   field is not documented, so both readings are tried and a difference is unknown.
 */
export function matchFieldOf(fs: FieldSelector, ev: SyntheticEvent): Tri {
  if (!fs.field.known) return undefined;
  const field = fs.field.value;
  if (field === 'resources.ARN' && ev.arnUnknown !== undefined) return undefined;
  if (field === 'userIdentity.arn' && ev.userSymbol) return matchSymbol(fs, ev.userSymbol);
  if (field === 'sessionCredentialFromConsole' && ev.sessionCredentialFromConsole !== 'true') {
    const asFalse = matchField(fs, 'false');
    return asFalse === matchField(fs, '') ? asFalse : undefined;
  }
  return matchField(fs, fieldValue(ev, field));
}

/**
 * A field against a value known only after apply (the caller it names): a list holding that very value
 * matches (x equals, starts and ends with itself); a list without it cannot be decided.
 */
function matchSymbol(fs: FieldSelector, sym: Str): Tri {
  const hits = (op: AdvancedOperator): Tri => {
    const list = fs.operators[op];
    if (!list?.known) return undefined;
    return list.value.includes(sym) ? true : undefined;
  };
  let anySelect = false;
  let selected: Tri = false;
  for (const op of SELECT_OPS) {
    if (!fs.operators[op]) continue;
    anySelect = true;
    selected = or(selected, hits(op));
  }
  let result: Tri = anySelect ? selected : true;
  for (const op of DESELECT_OPS) {
    if (!fs.operators[op]) continue;
    result = and(result, not(hits(op)));
    if (result === false) return false;
  }
  return result;
}

/** Field selectors within one advanced selector are AND'd. */
export function matchAdvanced(sel: AdvancedEventSelector, ev: SyntheticEvent): Tri {
  if (!sel.fieldSelectors.known) return undefined;
  let result: Tri = true;
  for (const fs of sel.fieldSelectors.value) {
    const r: Tri = matchFieldOf(fs, ev);
    result = and(result, r);
    if (result === false) return false;
  }
  return result;
}

/**
 * Basic selectors: ReadWriteType filters by readOnly, and each `AWS::S3::Object` value is a plain
 * string prefix of the object ARN (`arn:aws:s3` and `arn:aws:s3:::` are "all buckets").
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DataResource.html
 */
export function matchBasic(sel: BasicEventSelector, ev: SyntheticEvent): Tri {
  // Basic selectors record S3 objects in general purpose buckets only; directory buckets (and every other
  // resource type) need advanced selectors, even though `arn:aws:s3` is a string prefix of their
  // `arn:aws:s3express:…` ARNs (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_EventSelector.html).
  if (ev.resourcesType !== 'AWS::S3::Object') return false;
  let rw: Tri;
  if (!sel.readWriteType.known) rw = undefined;
  else if (sel.readWriteType.value === 'All') rw = true;
  else rw = sel.readWriteType.value === 'ReadOnly' ? ev.readOnly : !ev.readOnly;
  if (rw === false) return false;
  if (!sel.dataResources.known) return and(rw, undefined);
  let any: Tri = false;
  for (const dr of sel.dataResources.value) {
    const typeOk: Tri = dr.type.known ? dr.type.value === 'AWS::S3::Object' : undefined;
    if (typeOk === false) continue;
    any = or(any, and(typeOk, anyMatches('StartsWith', dr.values, ev.arn)));
    if (any === true) break;
  }
  return and(rw, any);
}
