import type { Policy } from '../../config/policy.js';
import { InputError } from '../../errors.js';
import type { Facts } from '../../model/facts.js';

export interface LiveOptions {
  readonly region?: string;
}

/** Placeholder until live mode lands (issue "Live mode"). */
export async function collectLiveFacts(_policy: Policy, _opts: LiveOptions): Promise<Facts> {
  throw new InputError('--live: live mode is not available yet');
}
