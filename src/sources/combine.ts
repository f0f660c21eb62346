import { InputError } from '../errors.js';
import type { Bucket, Facts, Recorder } from '../model/facts.js';
import { mergeFacts, sameRecorder } from './merge.js';
import type { SourceSpec } from './index.js';
import type { Collected } from './source.js';

/** The facts of a whole run, with the state before its plans (for the diff) and each plan's own view. */
export interface Combined {
  readonly after: Facts;
  readonly before?: Facts;
  /** Plan files, in the order given. */
  readonly plans: readonly string[];
  /**
   * With several plans: per plan, the state with every other plan applied and this one not, so the diff of
   * that state against `after` is what this plan alone changes.
   */
  readonly perPlan?: readonly { readonly plan: string; readonly before: Facts }[];
}

const fileOf = (c: Collected<SourceSpec>): string =>
  c.spec.kind === 'terraform-plan' ? c.spec.file : 'the account';

/** A recorder or bucket without where it was read from, to tell "the same" from "in conflict". */
function essence(x: Recorder | Bucket, file: string): string {
  return JSON.stringify(x, (k, v: unknown) =>
    k === 'origin' || k === 'id' ? undefined : typeof v === 'string' ? v.split(file).join('<plan>') : v,
  );
}

/**
 * Several plans are one state: the union of their recorders and buckets. One recorder (same ARN, or same
 * name, account and Region: CloudTrail names are unique there) or one bucket in two plans is an error naming
 * both files, unless both describe it identically; two stacks may reuse a Terraform address, so such
 * addresses are told apart by their plan file.
 */
export function unionPlans(parts: readonly { readonly file: string; readonly facts: Facts }[]): Facts {
  if (parts.length === 1) return (parts[0] as { facts: Facts }).facts;
  const recorders: Recorder[] = [];
  const from = new Map<Recorder, string>();
  const buckets = new Map<string, Bucket>();
  const bucketFrom = new Map<string, string>();
  const idCount = new Map<string, number>();
  for (const p of parts) for (const r of p.facts.recorders) idCount.set(r.id, (idCount.get(r.id) ?? 0) + 1);
  for (const p of parts) {
    for (const r of p.facts.recorders) {
      const twin = recorders.find(
        (x) => from.get(x) !== p.file && (sameRecorder(r, x) || sameRecorder(x, r)),
      );
      if (twin) {
        if (essence(twin, from.get(twin) as string) === essence(r, p.file)) continue;
        throw new InputError(
          `${from.get(twin)} (${twin.origin.ref}) and ${p.file} (${r.origin.ref}) both manage the ${r.kind === 'trail' ? 'trail' : 'event data store'} ${r.name.known ? JSON.stringify(r.name.value) : r.id}, differently: a resource belongs to one plan`,
          p.file,
        );
      }
      const id = (idCount.get(r.id) ?? 0) > 1 ? `${p.file}:${r.id}` : r.id;
      const kept = id === r.id ? r : { ...r, id };
      recorders.push(kept);
      from.set(kept, p.file);
    }
    for (const [name, b] of p.facts.buckets) {
      const seen = buckets.get(name);
      if (seen) {
        if (essence(seen, bucketFrom.get(name) as string) === essence(b, p.file)) continue;
        throw new InputError(
          `${bucketFrom.get(name)} (${seen.origin.ref}) and ${p.file} (${b.origin.ref}) both describe the bucket ${JSON.stringify(name)}, differently: a resource belongs to one plan`,
          p.file,
        );
      }
      buckets.set(name, b);
      bucketFrom.set(name, p.file);
    }
  }
  const first = <T>(pick: (f: Facts) => { known: boolean } & T): T =>
    (parts.map((p) => pick(p.facts)).find((v) => v.known) ?? pick((parts[0] as { facts: Facts }).facts)) as T;
  const defaults = {
    accountId: first((f) => f.defaults.accountId),
    region: first((f) => f.defaults.region),
    partition: (parts.find((p) => p.facts.defaults.region.known) ?? parts[0])!.facts.defaults.partition,
  };
  return {
    mode: 'plan',
    recorders,
    buckets,
    notes: parts.flatMap((p) => p.facts.notes),
    secrets: parts.flatMap((p) => p.facts.secrets ?? []),
    defaults,
  };
}

/**
 * The one way facts of several sources become one state. Plans are united (above); the account, when read
 * too, lies under them (mergeFacts: the plans' resources replace their live counterparts, everything else
 * is the account's). At most one live account per run.
 */
export function combineSources(collected: readonly Collected<SourceSpec>[]): Combined {
  const plans = collected.filter((c) => c.spec.kind === 'terraform-plan');
  const live = collected.filter((c) => c.spec.kind === 'aws' || c.spec.kind === 'organization');
  if (live.length > 1) throw new InputError('one live account per run: give --live once');
  const account = live[0]?.after;
  if (!plans.length) {
    if (!account) throw new InputError('give --plan FILE, --live, or both');
    return { after: account, plans: [] };
  }
  const files = plans.map(fileOf);
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup) throw new InputError(`${dup}: the same plan is given twice`, dup);
  const over = (f: Facts) => (account ? mergeFacts(f, account) : f);
  const afterOf = plans.map((c) => ({ file: fileOf(c), facts: c.after }));
  const beforeOf = plans.map((c) => ({ file: fileOf(c), facts: c.before ?? c.after }));
  const after = over(unionPlans(afterOf));
  const before = over(unionPlans(beforeOf));
  if (plans.length === 1) return { after, before, plans: files };
  return {
    after,
    before,
    plans: files,
    perPlan: plans.map((_, i) => ({
      plan: files[i] as string,
      before: over(unionPlans(afterOf.map((a, j) => (j === i ? (beforeOf[i] as typeof a) : a)))),
    })),
  };
}
