import type {
  AdvancedEventSelector as SdkAdvancedEventSelector,
  AdvancedFieldSelector as SdkAdvancedFieldSelector,
  EventSelector as SdkEventSelector,
} from '@aws-sdk/client-cloudtrail';
import { known, unknown, type Fact } from '../../model/fact.js';
import {
  ADVANCED_OPERATORS,
  type AdvancedEventSelector,
  type AdvancedOperator,
  type BasicEventSelector,
  type DataResource,
  type FieldSelector,
  type SelectorSet,
  type Str,
} from '../../model/selectors.js';

const strs = (values: readonly string[]): readonly Str[] => values.map((value) => ({ known: true, value }));

const READ_WRITE_TYPES = new Set(['ReadOnly', 'WriteOnly', 'All']);

/**
 * A basic `EventSelector`. ReadWriteType defaults to All and DataResources to none
 * (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_EventSelector.html);
 * IncludeManagementEvents and ExcludeManagementEventSources concern management events only.
 */
export function basicSelectorOf(s: SdkEventSelector): BasicEventSelector {
  const rw = s.ReadWriteType;
  const readWriteType: BasicEventSelector['readWriteType'] =
    rw === undefined
      ? known('All', true)
      : READ_WRITE_TYPES.has(rw)
        ? known(rw as 'All')
        : unknown('unparseable', `GetEventSelectors returned ReadWriteType "${rw}"`);
  const dataResources = (s.DataResources ?? []).map((d): DataResource => ({
    type: d.Type
      ? known(d.Type)
      : unknown('unparseable', 'GetEventSelectors returned a DataResource without Type'),
    values: known(strs(d.Values ?? [])),
  }));
  return { readWriteType, dataResources: known(dataResources) };
}

function fieldSelectorOf(f: SdkAdvancedFieldSelector): FieldSelector {
  const operators: Partial<Record<AdvancedOperator, Fact<readonly Str[]>>> = {};
  for (const op of ADVANCED_OPERATORS) {
    const list = f[op];
    if (list !== undefined) operators[op] = known(strs(list));
  }
  return {
    field: f.Field
      ? known(f.Field)
      : unknown('unparseable', 'GetEventSelectors returned a field selector without Field'),
    operators,
  };
}

export function advancedSelectorOf(s: SdkAdvancedEventSelector): AdvancedEventSelector {
  return {
    ...(s.Name ? { name: s.Name } : {}),
    fieldSelectors: known((s.FieldSelectors ?? []).map(fieldSelectorOf)),
  };
}

/**
 * The selectors of a GetEventSelectors (or GetEventDataStore) answer. A trail has basic or advanced
 * selectors, never both: PutEventSelectors with one kind replaces the other
 * (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_PutEventSelectors.html).
 */
export function selectorSetOf(r: {
  readonly EventSelectors?: readonly SdkEventSelector[] | undefined;
  readonly AdvancedEventSelectors?: readonly SdkAdvancedEventSelector[] | undefined;
}): SelectorSet {
  const basic = (r.EventSelectors ?? []).map(basicSelectorOf);
  const advanced = (r.AdvancedEventSelectors ?? []).map(advancedSelectorOf);
  if (basic.length > 0 && advanced.length > 0) return { kind: 'conflict', basic, advanced };
  if (advanced.length > 0) return { kind: 'advanced', selectors: advanced };
  if (basic.length > 0) return { kind: 'basic', selectors: basic };
  return { kind: 'none' };
}
