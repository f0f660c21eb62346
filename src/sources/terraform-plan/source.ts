import type { FactSource, OptionValues } from '../source.js';
import { OptionError } from '../source.js';

export interface TerraformPlanSpec {
  readonly kind: 'terraform-plan';
  readonly file: string;
  readonly terraformDir?: string;
}

const list = (v: OptionValues[string]): string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : [];

/** `terraform show -json` output, with the root module's source when given (values known after apply). */
export const terraformPlanSource: FactSource<TerraformPlanSpec> = {
  kind: 'terraform-plan',
  options: [
    {
      setting: 'sources[terraform-plan].file',
      cli: 'plan',
      value: 'FILE',
      input: 'plan-file',
      default: '',
      repeatable: true,
      path: 'glob',
      description:
        '`terraform show -json PLANFILE` output; give it once per plan (a stack each): the facts are their union',
    },
    {
      setting: 'sources[terraform-plan].terraformDir',
      cli: 'terraform-dir',
      value: 'DIR',
      input: 'terraform-dir',
      default: '',
      repeatable: true,
      path: 'dir',
      description:
        "the root module's source, to evaluate values a plan knows only after apply; with several plans, one per plan in the same order",
    },
  ],
  specs(v, flag) {
    const plans = list(v['plan']);
    const dirs = list(v['terraform-dir']);
    if (dirs.length && !plans.length)
      throw new OptionError('terraform-dir', `${flag('terraform-dir')} is used only with ${flag('plan')}`);
    if (dirs.length && dirs.length !== plans.length)
      throw new OptionError(
        'terraform-dir',
        `${flag('terraform-dir')} is given ${dirs.length} time(s) for ${plans.length} plan(s): give one per ${flag('plan')}, in the same order`,
      );
    return plans.map((file, i) => ({
      kind: 'terraform-plan' as const,
      file,
      ...(dirs[i] ? { terraformDir: dirs[i] } : {}),
    }));
  },
  async collect(spec) {
    const { readPlanFile } = await import('./read-plan.js');
    const { adaptPlan } = await import('./adapt.js');
    const plan = readPlanFile(spec.file);
    let config;
    if (spec.terraformDir) {
      const { loadTerraformDir } = await import('./hcl.js');
      config = await loadTerraformDir(spec.terraformDir);
    }
    const { planMayChangeCoverage } = await import('./changes.js');
    const after = adaptPlan(plan, { file: spec.file, ...(config ? { config } : {}) });
    // The state before the plan, only when the plan can change a verdict: otherwise it has the planned
    // state's verdicts and the diff is empty (combine.ts takes the planned state in its place).
    if (!planMayChangeCoverage(plan)) return { spec, after };
    const before = adaptPlan(plan, { file: spec.file, side: 'before' });
    return { spec, after, before };
  },
};
