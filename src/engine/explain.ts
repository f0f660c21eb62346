import type { Fact } from '../model/fact.js';
import type { Recorder } from '../model/facts.js';
import type { AdvancedEventSelector, BasicEventSelector, FieldSelector, Str } from '../model/selectors.js';
import { fieldValue, type SyntheticEvent } from './event.js';
import { matchFieldOf } from './match.js';
import { MAX_LISTED_VALUES, quote, shorten } from '../model/quote.js';

/** An operator list as users read it; sensitive values are never shown. */
export function formatValues(values: Fact<readonly Str[]> | undefined): string {
  if (!values) return '[]';
  if (!values.known) return '(known only after apply)';
  const shown = values.value
    .slice(0, MAX_LISTED_VALUES)
    .map((s) => (s.known ? (s.sensitive ? '(sensitive value)' : quote(s.value)) : '(known after apply)'));
  const more = values.value.length - shown.length;
  return '[' + shown.join(', ') + (more > 0 ? `, … and ${more} more` : '') + ']';
}

function describeField(fs: FieldSelector): string {
  const field = fs.field.known ? fs.field.value : '(unknown field)';
  const parts = Object.entries(fs.operators).map(([op, l]) => `${op} ${formatValues(l)}`);
  return `${field} ${parts.join(' and ')}${starNote(fs)}`;
}

/** Advanced selectors match `*` literally (it is accepted, and is no wildcard): say so where it is written. */
export function starNote(fs: FieldSelector): string {
  const star = Object.values(fs.operators).some(
    (l) => l?.known && l.value.some((s) => s.known && !s.sensitive && s.value.includes('*')),
  );
  return star ? ' ("*" is matched literally: advanced selectors have no wildcards)' : '';
}

function selectorLabel(sel: AdvancedEventSelector, i: number): string {
  return sel.name ? `selector ${quote(sel.name)}` : `advanced selector #${i + 1}`;
}

/** Why one field selector rejects the event, with the known traps named. */
function whyFieldRejects(fs: FieldSelector, ev: SyntheticEvent, bucketArn: string): string {
  const field = fs.field.known ? fs.field.value : '';
  const eq = fs.operators.Equals;
  if (field === 'eventCategory') return `records ${formatValues(eq)} events, not data events`;
  if (field === 'resources.type') return `resources.type is ${formatValues(eq)}, not ${ev.resourcesType}`;
  if (field === 'readOnly')
    return `records only ${eq?.known && eq.value.some((s) => s.known && s.value === 'true') ? 'read (readOnly = true)' : 'write (readOnly = false)'} events; fix: drop the readOnly field, or add a second selector for readOnly = ${ev.readOnly ? 'true' : 'false'}`;
  if (field === 'eventName')
    return `eventName ${describeField(fs).slice('eventName '.length)} leaves out ${ev.eventName}; fix: add ${ev.eventName} or drop the eventName field`;
  if (field === 'resources.ARN') {
    const trap =
      eq?.known && eq.value.some((s) => s.known && (s.value === bucketArn || s.value === bucketArn + '/'));
    if (trap && ev.arn !== bucketArn + '/')
      return `resources.ARN uses Equals ${formatValues(eq)}, which matches only that exact ARN and never an object ARN (arn:…:s3:::bucket/key) — use StartsWith with "${bucketArn}/" (the equals vs starts_with trap)`;
    const neq = fs.operators.NotEquals;
    if (
      neq?.known &&
      neq.value.some((s) => s.known && s.value === bucketArn + '/') &&
      ev.arn !== bucketArn + '/'
    )
      return `note: NotEquals ${formatValues(neq)} does not exclude the bucket's objects; ${describeField(fs)} rejects ${shorten(ev.arn)}`;
    return `${describeField(fs)} does not match ${shorten(ev.arn)}`;
  }
  return `${describeField(fs)} does not match ${quote(String(fieldValue(ev, field) ?? ''))}`;
}

function explainAdvanced(
  sel: AdvancedEventSelector,
  i: number,
  ev: SyntheticEvent,
  bucketArn: string,
): string {
  const label = selectorLabel(sel, i);
  if (!sel.fieldSelectors.known) return `${label}: field selectors known only after apply`;
  const arnUndecided = (fs: FieldSelector) =>
    fs.field.known && fs.field.value === 'resources.ARN' && ev.arnUnknown !== undefined;
  for (const fs of sel.fieldSelectors.value) {
    if (!fs.field.known || arnUndecided(fs)) continue;
    const r = matchFieldOf(fs, ev);
    if (r === false) return `${label}: ${whyFieldRejects(fs, ev, bucketArn)}`;
  }
  for (const fs of sel.fieldSelectors.value) {
    if (!fs.field.known) return `${label}: a field name is known only after apply`;
    if (arnUndecided(fs)) return `${label}: resources.ARN cannot be evaluated: ${ev.arnUnknown}`;
    const r = matchFieldOf(fs, ev);
    if (
      r === undefined &&
      fs.field.value === 'sessionCredentialFromConsole' &&
      ev.sessionCredentialFromConsole !== 'true'
    )
      return `${label}: ${describeField(fs)} — records of calls made outside the console have no sessionCredentialFromConsole field (it is written only when true), and whether such a condition matches a record without it is not documented; fix: drop the field, or select console sessions with Equals ["true"] in a selector of its own`;
    if (r === undefined)
      return `${label}: ${unknownDetail(fs) ?? describeField(fs) + ' is known only after apply'}`;
  }
  return `${label}: matches`;
}

/** The smallest selector that records every S3 data event of the bucket. */
function addSelector(bucketArn: string, ev?: SyntheticEvent): string {
  return `an advanced selector with eventCategory = Data, resources.type = ${ev?.resourcesType ?? 'AWS::S3::Object'} and resources.ARN StartsWith "${bucketArn}/"`;
}

function bucketArnOf(arn: string): string {
  const i = arn.indexOf('/');
  return i < 0 ? arn : arn.slice(0, i);
}

function unknownDetail(fs: FieldSelector): string | undefined {
  for (const [op, l] of Object.entries(fs.operators)) {
    if (!l) continue;
    const field = fs.field.known ? fs.field.value : '?';
    if (!l.known) return `${field} ${op} is known only after apply (${l.detail})`;
    const u = l.value.find((s) => !s.known);
    if (u && !u.known) return `${field} ${op} has a value known only after apply (${u.detail})`;
  }
  return undefined;
}

function explainBasic(sel: BasicEventSelector, i: number, ev: SyntheticEvent): string {
  const label = `event_selector #${i + 1}`;
  if (ev.resourcesType !== 'AWS::S3::Object')
    return `${label}: basic event selectors record general purpose buckets only; ${ev.resourcesType} (a directory bucket) needs an advanced selector`;
  if (!sel.readWriteType.known) return `${label}: read_write_type known only after apply`;
  const rw = sel.readWriteType.value;
  if ((rw === 'ReadOnly' && !ev.readOnly) || (rw === 'WriteOnly' && ev.readOnly))
    return `${label}: read_write_type = ${rw} leaves out ${ev.readOnly ? 'read' : 'write'} events; fix: read_write_type = "All"`;
  if (!sel.dataResources.known) return `${label}: data resources known only after apply`;
  const s3 = sel.dataResources.value.filter((d) => d.type.known && d.type.value === 'AWS::S3::Object');
  if (s3.length === 0) return `${label}: no AWS::S3::Object data resource (management events only)`;
  for (const d of s3) {
    if (!d.values.known)
      return `${label}: S3 data resource values known only after apply (${d.values.detail})`;
    const u = d.values.value.find((s) => !s.known);
    if (u && !u.known) return `${label}: an S3 data resource value is known only after apply (${u.detail})`;
  }
  const values = s3.flatMap((d) => (d.values.known ? d.values.value : []));
  return `${label}: no value in ${formatValues({ known: true, value: values })} is a prefix of ${shorten(ev.arn)}; fix: add "${bucketArnOf(ev.arn)}/" to the data_resource values`;
}

/** Why a recorder whose selectors apply does not record (or cannot be proven to record) the event. */
export function explainSelectors(rec: Recorder, ev: SyntheticEvent, bucketArn: string): string {
  if (!rec.selectors.known)
    return rec.selectors.reason === 'after-apply'
      ? `selectors known only after apply (${rec.selectors.detail})`
      : `selectors could not be read (${rec.selectors.detail})`;
  const set = rec.selectors.value;
  switch (set.kind) {
    case 'none':
      return rec.kind === 'trail'
        ? `no data-event selectors (a trail without selectors records management events only); fix: ${addSelector(bucketArn, ev)}`
        : `no data-event selectors (the default selector records management events only); fix: ${addSelector(bucketArn, ev)}`;
    case 'conflict':
      return 'basic and advanced selectors together are rejected by the API';
    case 'basic':
      return set.selectors.map((s, i) => explainBasic(s, i, ev)).join('; ');
    case 'advanced': {
      const data = set.selectors.map((s, i) => ({ s, i })).filter(({ s }) => isDataSelectorOrUnknown(s));
      if (data.length === 0)
        return `no advanced selector with eventCategory = Data (management events only); fix: ${addSelector(bucketArn, ev)}`;
      return data.map(({ s, i }) => explainAdvanced(s, i, ev, bucketArn)).join('; ');
    }
  }
}

function isDataSelectorOrUnknown(sel: AdvancedEventSelector): boolean {
  if (!sel.fieldSelectors.known) return true;
  const cat = sel.fieldSelectors.value.find((fs) => !fs.field.known || fs.field.value === 'eventCategory');
  if (!cat) return true;
  if (!cat.field.known) return true;
  const eq = cat.operators.Equals;
  if (!eq || !eq.known) return true;
  return eq.value.some((s) => !s.known || s.value === 'Data');
}
