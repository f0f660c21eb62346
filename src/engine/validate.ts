import type { Recorder } from '../model/facts.js';
import {
  ADVANCED_OPERATORS,
  type AdvancedEventSelector,
  type BasicEventSelector,
  type Str,
} from '../model/selectors.js';
import { DATA_EVENT_FIELDS } from './event.js';
import { quote } from '../model/quote.js';

/** Trails: 1–5 basic selectors; at most 250 data resource values over all of them, values meaning
 * "all resources" (`arn:aws:s3`) excepted. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html */
const MAX_BASIC_SELECTORS = 5;
const MAX_BASIC_VALUES = 250;
/** 500 values over all conditions of all advanced selectors (trail or event data store). */
export const MAX_ADVANCED_VALUES = 500;
/** Event data stores take at most five advanced selectors (CreateEventDataStore). */
export const MAX_EDS_SELECTORS = 5;

/**
 * Values that mean "all resources of the type" and do not count towards the 250 data resources: every
 * S3 bucket, every Lambda function, every DynamoDB table (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_EventSelector.html).
 */
const ALL_RESOURCES = /^arn:[a-z-]+:(s3(:::)?|lambda|dynamodb)$/;
/** The only DataResource types basic selectors take (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DataResource.html). */
const BASIC_TYPES = new Set(['AWS::S3::Object', 'AWS::Lambda::Function', 'AWS::DynamoDB::Table']);
/** AdvancedFieldSelector: Field 1–1000 characters of [\w|\d|\.|_]; each value 1–2048 characters;
 * AdvancedEventSelector Name at most 1000 (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_AdvancedFieldSelector.html). */
const FIELD_PATTERN = /^[\w|\d|.|_]{1,1000}$/;
const MAX_VALUE_LENGTH = 2048;
const MAX_NAME_LENGTH = 1000;

function knownValues(list: readonly Str[] | undefined): string[] {
  return (list ?? []).flatMap((s) => (s.known ? [s.value] : []));
}

/**
 * Problems the CloudTrail API would reject the selectors for (PutEventSelectors /
 * CreateEventDataStore fail with InvalidEventSelectorsException), so `terraform apply` fails and the
 * recorder never records with them. A recorder with any such problem covers nothing.
 */
export function selectorProblems(rec: Recorder): string[] {
  if (!rec.selectors.known) return [];
  const set = rec.selectors.value;
  switch (set.kind) {
    case 'none':
      return [];
    case 'conflict':
      return [
        'basic (event_selector) and advanced (advanced_event_selector) selectors on one trail: the API takes one kind or the other',
      ];
    case 'basic':
      return basicProblems(set.selectors);
    case 'advanced':
      return advancedProblems(set.selectors, rec.kind);
  }
}

function basicProblems(selectors: readonly BasicEventSelector[]): string[] {
  const problems: string[] = [];
  if (selectors.length > MAX_BASIC_SELECTORS)
    problems.push(`${selectors.length} event selectors: a trail takes at most ${MAX_BASIC_SELECTORS}`);
  let count = 0;
  selectors.forEach((sel, i) => {
    if (!sel.dataResources.known) return;
    for (const dr of sel.dataResources.value) {
      if (dr.type.known && !BASIC_TYPES.has(dr.type.value))
        problems.push(
          `event_selector[${i}] data_resource type "${dr.type.value}": basic selectors take only ${[...BASIC_TYPES].join(', ')} (use advanced selectors)`,
        );
      // The 250 data resources count every type over all selectors of the trail (API_EventSelector).
      if (dr.values.known)
        for (const v of dr.values.value) if (!v.known || !ALL_RESOURCES.test(v.value)) count++;
      if (!dr.type.known || dr.type.value !== 'AWS::S3::Object' || !dr.values.known) continue;
      for (const v of knownValues(dr.values.value)) {
        if (v.includes('*')) {
          problems.push(
            `event_selector[${i}] value ${quote(v)}: wildcards are rejected (InvalidEventSelectorsException)`,
          );
        } else if (/^arn:[a-z-]+:s3:::[^/]+$/.test(v)) {
          // AWS rejects a bare bucket ARN: "Value arn:aws:s3:::data-bucket for DataResources.Values is
          // invalid"; the trailing slash selects every object of the bucket (hashicorp/terraform-provider-aws#4043).
          problems.push(
            `event_selector[${i}] value ${quote(v)}: a bucket ARN without the trailing "/" is rejected (InvalidEventSelectorsException); use ${quote(`${v}/`)}`,
          );
        } else if (!v.startsWith('arn:') || !/^arn:[a-z-]+:s3(:::.*)?$/.test(v)) {
          problems.push(`event_selector[${i}] value ${quote(v)} is not an S3 ARN or ARN prefix`);
        }
      }
    }
  });
  if (count > MAX_BASIC_VALUES)
    problems.push(`${count} data resource values: a trail takes at most ${MAX_BASIC_VALUES}`);
  return problems;
}

function advancedProblems(selectors: readonly AdvancedEventSelector[], kind: Recorder['kind']): string[] {
  const problems: string[] = [];
  if (kind === 'event-data-store' && selectors.length > MAX_EDS_SELECTORS)
    problems.push(
      `${selectors.length} advanced selectors: an event data store takes at most ${MAX_EDS_SELECTORS}`,
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

const STATS = new WeakMap<AdvancedEventSelector, { readonly values: number; readonly ok: boolean }>();

/**
 * One advanced selector's value count and whether it has a problem of its own (not counting the limits
 * over all selectors), cached per selector: remediation checks many variants of one recorder.
 */
export function advancedSelectorStats(sel: AdvancedEventSelector): {
  readonly values: number;
  readonly ok: boolean;
} {
  let s = STATS.get(sel);
  if (!s) {
    const one = oneAdvanced(sel, 0);
    s = { values: one.values, ok: one.problems.length === 0 };
    STATS.set(sel, s);
  }
  return s;
}

function oneAdvanced(sel: AdvancedEventSelector, i: number): { problems: string[]; values: number } {
  const problems: string[] = [];
  let values = 0;
  {
    const label = `advanced selector ${sel.name ? quote(sel.name) : `#${i + 1}`}`;
    if (sel.name !== undefined && sel.name.length > MAX_NAME_LENGTH)
      problems.push(`${label}: the name is longer than ${MAX_NAME_LENGTH} characters`);
    if (!sel.fieldSelectors.known) return { problems, values };
    const fss = sel.fieldSelectors.value;
    if (fss.length === 0) problems.push(`${label}: an advanced selector needs at least one field selector`);
    for (const fs of fss) {
      if (fs.field.known && !FIELD_PATTERN.test(fs.field.value))
        problems.push(`${label}: field "${fs.field.value.slice(0, 80)}" is not a valid field name`);
      for (const op of ADVANCED_OPERATORS) {
        const list = fs.operators[op];
        for (const v of knownValues(list?.known ? list.value : []))
          if (v.length > MAX_VALUE_LENGTH || v.length === 0)
            problems.push(
              `${label}: a ${fs.field.known ? fs.field.value : ''} ${op} value has ${v.length} characters (1–${MAX_VALUE_LENGTH} allowed)`,
            );
      }
    }
    const fields = fss.flatMap((fs) => (fs.field.known ? [fs.field.value] : []));
    const allFieldsKnown = fields.length === fss.length;
    for (const fs of fss) {
      for (const op of ADVANCED_OPERATORS) {
        const list = fs.operators[op];
        if (list?.known) values += list.value.length;
      }
    }
    const category = fss.find((fs) => fs.field.known && fs.field.value === 'eventCategory');
    if (!category) {
      if (allFieldsKnown) problems.push(`${label}: eventCategory is required`);
      return { problems, values };
    }
    // eventCategory takes Equals only (API_AdvancedFieldSelector): checked before the category is read,
    // so that `StartsWith ["Data"]` is rejected instead of credited.
    for (const op of ADVANCED_OPERATORS)
      if (op !== 'Equals' && category.operators[op])
        problems.push(`${label}: eventCategory accepts only Equals, not ${op}`);
    const categories = knownValues(category.operators.Equals?.known ? category.operators.Equals.value : []);
    // Management / network activity selectors are out of scope.
    if (!categories.includes('Data')) return { problems, values };
    const types = fss.filter((fs) => fs.field.known && fs.field.value === 'resources.type');
    if (types.length === 0 && allFieldsKnown)
      problems.push(`${label}: resources.type is required for data events`);
    if (types.length > 1)
      problems.push(`${label}: only one resources.type field is allowed per selector (use another selector)`);
    for (const fs of fss) {
      if (!fs.field.known) continue;
      const field = fs.field.value;
      const allowed = DATA_EVENT_FIELDS.get(field);
      if (allowed === undefined) {
        problems.push(`${label}: field ${quote(field)} is not valid for data events`);
        continue;
      }
      for (const op of ADVANCED_OPERATORS) {
        const list = fs.operators[op];
        if (!list) continue;
        if (allowed !== 'any' && !allowed.includes(op) && field !== 'eventCategory')
          problems.push(`${label}: ${field} accepts only ${allowed.join('/')}, not ${op}`);
        if (list.known && list.value.length === 0) problems.push(`${label}: ${field} ${op} has no values`);
        for (const v of knownValues(list.known ? list.value : [])) {
          // "*" in an advanced value is accepted and matched literally, not as a wildcard: Control Tower
          // AFT puts resources.ARN NotEquals ["arn:aws:s3:::NAME/*"] on live organization trails, and
          // PutObject on those buckets is still logged (aws-ia/terraform-aws-control_tower_account_factory#513).
          // The explanations say so where it matters; it is not a rejected selector.
          if (field === 'readOnly' && v !== 'true' && v !== 'false')
            problems.push(`${label}: readOnly must be "true" or "false", not ${quote(v)}`);
        }
      }
    }
  }
  return { problems, values };
}
