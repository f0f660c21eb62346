import { decideVerdict } from '../../src/app/verdict.js';
import type { Report } from '../../src/outputs/report.js';

/** A hand-made report completed as a run completes it: the verdict (defaults) decides `passed`. */
export function withVerdict(r: Omit<Report, 'verdict' | 'passed'> & { passed?: boolean }): Report {
  const verdict = decideVerdict(r, 'error', true);
  return { ...r, passed: verdict.result === 'pass', verdict };
}
