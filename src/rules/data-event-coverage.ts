import { describeApis } from '../model/s3-apis.js';
import type { Finding, Rule } from './types.js';

/** Turns the engine's per-bucket verdicts into findings; the selector semantics live in engine/. */
export const dataEventCoverage: Rule = {
  meta: {
    id: 'data-event-coverage',
    title:
      'Every required S3 data event of a sensitive bucket is recorded by a logging trail or event data store',
    defaultSeverity: 'error',
    description:
      "For each bucket in the policy, each required data-event API and each required key prefix, at least one trail or event data store that is logging and sees the bucket's Region must record every event.",
  },
  check({ coverage, policy }) {
    const out: Finding[] = [];
    // By name, not a scan of the policy per bucket (quadratic at tens of thousands of buckets).
    const requirements = new Map<string, (typeof policy.buckets)[number]>();
    for (const x of policy.buckets) if (!requirements.has(x.name)) requirements.set(x.name, x);
    for (const b of coverage.buckets) {
      if (b.status === 'covered') continue;
      const lost = b.events.filter((e) => e.status !== 'covered');
      const names = lost.map((e) => e.name);
      const all = b.events.map((e) => e.name);
      const described = describeApis(names, all);
      const shown =
        names.length > 6 && names.length <= all.length / 2
          ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more`
          : described;
      const firstGap = lost.flatMap((e) => e.gaps)[0];
      const verb =
        b.status === 'unknown'
          ? `cannot be proven recorded for ${shown}`
          : b.status === 'uncovered'
            ? `is not recorded for ${shown}`
            : `is only partly recorded for ${shown}`;
      // Server access logs are a separate fact: they are named here, and stand in only when accepted.
      const sal = b.serverAccessLogs;
      const accepts = requirements.get(b.name)?.accept?.includes('server-access-logs');
      const secondary = !sal
        ? ''
        : accepts
          ? `; server access logs not accepted as evidence: ${sal.detail ?? sal.status}`
          : sal.status === 'on'
            ? `; server access logging to ${sal.target} is on, as information only (accept: [server-access-logs] on the bucket would accept it, best effort)`
            : '';
      out.push({
        ruleId: this.meta.id,
        severity: this.meta.defaultSeverity,
        status: b.status === 'unknown' ? 'unknown' : 'fail',
        message: `S3 data-event activity on ${b.name} ${verb}${firstGap ? `: ${firstGap}` : ''}${secondary}`,
        bucket: b.name,
        location: {
          file: policy.file,
          line: b.location.line,
          column: b.location.column,
          ...(b.ref ? { address: b.ref } : {}),
        },
      });
    }
    return out;
  },
};
