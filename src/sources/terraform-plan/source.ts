import type { FactSource } from '../source.js';

/** `terraform show -json` output, with the root module's source when given (values known after apply). */
export const terraformPlanSource: FactSource<'terraform-plan'> = {
  kind: 'terraform-plan',
  async collect(spec) {
    const { readPlanFile } = await import('./read-plan.js');
    const { adaptPlan } = await import('./adapt.js');
    const plan = readPlanFile(spec.file);
    let config;
    if (spec.terraformDir) {
      const { loadTerraformDir } = await import('./hcl.js');
      config = await loadTerraformDir(spec.terraformDir);
    }
    const after = adaptPlan(plan, { file: spec.file, ...(config ? { config } : {}) });
    const before = adaptPlan(plan, { file: spec.file, side: 'before' });
    return { spec, after, before };
  },
};
