import type { Str } from '../model/selectors.js';

/**
 * A synthetic CloudTrail data event, as the engine evaluates selectors against it. Only the fields that
 * advanced selectors can test for data events are modelled
 * (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_AdvancedFieldSelector.html).
 */
export interface SyntheticEvent {
  readonly eventCategory: 'Data';
  readonly resourcesType: string;
  readonly eventSource: string;
  readonly eventName: string;
  readonly readOnly: boolean;
  /** The object ARN (`arn:aws:s3:::bucket/key`), or the bucket ARNPrefix for bucket-level events. */
  readonly arn: string;
  /**
   * Set when the ARN is not known (a directory bucket whose Region or account the facts do not give):
   * conditions on resources.ARN are then undecided. Says why.
   */
  readonly arnUnknown?: string;
  readonly userArn: string;
  /**
   * The caller is the one that this value, known only after apply, names: a condition listing this very
   * value matches it exactly; any other value's relation to it is unknown.
   */
  readonly userSymbol?: Str;
  readonly eventType: string;
  /** "true" for console sessions, "false" otherwise. */
  readonly sessionCredentialFromConsole: string;
}

/**
 * Values of `eventType` an S3 data event can carry: a caller's request (AwsApiCall) or an event that
 * AWS generates itself (AwsServiceEvent, e.g. the per-key DeleteObject records that accompany
 * DeleteObjects since June 2025 — https://docs.aws.amazon.com/awscloudtrail/latest/userguide/filtering-data-events.html).
 */
export const EVENT_TYPES = ['AwsApiCall', 'AwsServiceEvent'] as const;

/** Fields valid in advanced selectors for data events, with the operators AWS accepts on each. */
export const DATA_EVENT_FIELDS: ReadonlyMap<string, readonly string[] | 'any'> = new Map<
  string,
  readonly string[] | 'any'
>([
  ['eventCategory', ['Equals']],
  ['resources.type', ['Equals']],
  ['readOnly', ['Equals']],
  ['sessionCredentialFromConsole', ['Equals', 'NotEquals']],
  ['eventName', 'any'],
  ['eventSource', 'any'],
  ['eventType', 'any'],
  ['resources.ARN', 'any'],
  ['userIdentity.arn', 'any'],
]);

export function fieldValue(event: SyntheticEvent, field: string): string | undefined {
  switch (field) {
    case 'eventCategory':
      return event.eventCategory;
    case 'resources.type':
      return event.resourcesType;
    case 'eventSource':
      return event.eventSource;
    case 'eventName':
      return event.eventName;
    case 'readOnly':
      return event.readOnly ? 'true' : 'false';
    case 'resources.ARN':
      return event.arn;
    case 'userIdentity.arn':
      return event.userArn;
    case 'eventType':
      return event.eventType;
    case 'sessionCredentialFromConsole':
      return event.sessionCredentialFromConsole;
    default:
      return undefined;
  }
}
