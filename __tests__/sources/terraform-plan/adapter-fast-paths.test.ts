/**
 * The adapter's fast paths (issue 12) against the general forms they stand in for: value nodes that
 * build their path on demand, planned_values entries recognised by address, and the bucket-name map of
 * aws_s3_bucket_logging built only when the plan has one.
 */
import { describe, expect, it } from '@jest/globals';
import { adaptPlan } from '../../../src/sources/terraform-plan/adapt.js';
import { key, PlanIndex } from '../../../src/sources/terraform-plan/plan-index.js';
import { child, pathText, root, type Node } from '../../../src/sources/terraform-plan/values.js';
import { buildPlan, type ChangeSpec } from '../../helpers/plan-builder.js';

/** A small deterministic generator (mulberry32), so that a failure names its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('value nodes build their path on demand', () => {
  const KEYS: (string | number)[] = [0, 1, 7, '', 'a', 'field_selector', '__proto__', 'constructor', '0'];
  it.each(Array.from({ length: 40 }, (_, i) => [i]))('seed %d: path is the keys walked, in order', (seed) => {
    const r = rng(seed);
    const keys: (string | number)[] = [];
    let n: Node = root({ a: [{}] }, { a: true }, false);
    const nodes: [Node, (string | number)[]][] = [[n, []]];
    const depth = Math.floor(r() * 8);
    for (let d = 0; d < depth; d++) {
      const k = KEYS[Math.floor(r() * KEYS.length)] as string | number;
      keys.push(k);
      n = child(n, k);
      nodes.push([n, [...keys]]);
    }
    // The general form: a path is its parent's path and its own key (values.ts before issue 12).
    for (const [node, want] of nodes) {
      expect(node.path).toEqual(want);
      expect(pathText(node.path)).toBe(
        want
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
          .join('')
          .replace(/^\./, ''),
      );
    }
  });

  it('children of one node do not share or change its path', () => {
    const n = child(root({}, {}, {}), 'advanced_event_selector');
    const a = child(child(n, 0), 'field_selector');
    const b = child(n, 1);
    expect(a.path).toEqual(['advanced_event_selector', 0, 'field_selector']);
    expect(b.path).toEqual(['advanced_event_selector', 1]);
    expect(n.path).toEqual(['advanced_event_selector']);
  });
});

describe('planned_values entries already indexed from resource_changes', () => {
  // Terraform 1.5.7 `show -json` of a plan creating module.m.aws_s3_bucket.b["x"]; the planned_values
  // twins below are then edited by hand so that each differs from the change in one identifying field
  // (what a hand-trimmed or hostile plan can hold): the general key decides, not the shared address.
  const ADDR = 'module.m.aws_s3_bucket.b["x"]';
  const change = {
    address: ADDR,
    module_address: 'module.m',
    mode: 'managed',
    type: 'aws_s3_bucket',
    name: 'b',
    index: 'x',
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: { actions: ['create'], before: null, after: { bucket: 'x' }, after_unknown: { arn: true } },
  };
  const twin = (patch: Record<string, unknown>, drop?: string) => {
    const t: Record<string, unknown> = {
      address: ADDR,
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'b',
      index: 'x',
      provider_name: 'registry.terraform.io/hashicorp/aws',
      schema_version: 0,
      values: { bucket: 'twin' },
      sensitive_values: {},
      ...patch,
    };
    if (drop) delete t[drop];
    return t;
  };
  const twins: [string, Record<string, unknown>, string][] = [
    ['the same instance', twin({}), 'module.m'],
    ['another module', twin({}), 'module.n'],
    ['a number index for a string one', twin({ index: 0 }), 'module.m'],
    ['no index', twin({}, 'index'), 'module.m'],
    ['an object index', twin({ index: { k: 'x' } }), 'module.m'],
    ['another name', twin({ name: 'c' }), 'module.m'],
    ['another type', twin({ type: 'aws_s3_directory_bucket' }), 'module.m'],
    ['a data source', twin({ mode: 'data' }), 'module.m'],
    ['a type that is not a string', twin({ type: 7 }), 'module.m'],
  ];
  it.each(twins)('%s: indexed as the general key says', (_n, t, moduleAddress) => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.5.7',
      planned_values: {
        root_module: { resources: [], child_modules: [{ address: moduleAddress, resources: [t] }] },
      },
      resource_changes: [change],
    };
    const index = new PlanIndex(plan);
    // The general form: every distinct key once, the resource_changes entry first.
    const keys = [
      key('module.m', 'managed', 'aws_s3_bucket', 'b', 'x'),
      key(
        moduleAddress,
        t['mode'] === 'data' ? 'data' : 'managed',
        String(t['type'] ?? ''),
        String(t['name'] ?? ''),
        t['index'],
      ),
    ];
    const want = [...new Set(keys)];
    expect(index.resources.map((r) => key(r.moduleAddress, r.mode, r.type, r.name, r.index))).toEqual(want);
    expect(index.resources[0]!.value).toEqual({ bucket: 'x' });
  });
});

describe('server access logging and bucket names', () => {
  // Terraform 1.9.5, AWS provider 5.x: buckets whose name comes from a sensitive variable.
  const bucket = (name: string, sensitive: boolean): ChangeSpec => ({
    address: `aws_s3_bucket.${name.replace(/-/g, '_')}`,
    type: 'aws_s3_bucket',
    name: name.replace(/-/g, '_'),
    actions: ['create'],
    after: { bucket: name, force_destroy: false, tags: null },
    afterUnknown: { arn: true, id: true, region: true },
    ...(sensitive ? { afterSensitive: { bucket: true } } : {}),
  });
  const logging: ChangeSpec = {
    address: 'aws_s3_bucket_logging.l',
    type: 'aws_s3_bucket_logging',
    name: 'l',
    actions: ['create'],
    after: { bucket: 'data-one', target_bucket: 'logs-two', target_prefix: 'p/' },
    afterUnknown: { id: true },
  };

  it.each([
    ['without aws_s3_bucket_logging', false],
    ['with aws_s3_bucket_logging', true],
  ])('%s: sensitive bucket names are secrets, in the order of the full pass', (_n, withLogging) => {
    // A sensitive policy on the bucket between them: names are recorded before any bucket's policy.
    const POLICY = '{"Version":"2012-10-17","Statement":[]}';
    const plain = bucket('plain', false);
    plain.after = { ...(plain.after as object), policy: POLICY };
    plain.afterSensitive = { policy: true };
    const changes = [bucket('data-one', true), plain, bucket('logs-two', true)];
    if (withLogging) changes.push(logging);
    const facts = adaptPlan(buildPlan({ formatVersion: '1.2', terraformVersion: '1.9.5', changes }), {
      file: 'plan.json',
    });
    expect(facts.secrets).toEqual(['data-one', 'logs-two', POLICY]);
    const sal = facts.buckets.get('data-one')!.serverAccessLogging;
    if (withLogging)
      expect(sal).toEqual({
        known: true,
        value: {
          targetBucket: 'logs-two',
          targetPrefix: 'p/',
          targetExists: { known: true, value: true },
          ref: 'aws_s3_bucket_logging.l',
        },
      });
    else expect(sal).toEqual({ known: true, value: null, defaulted: true });
  });
});
