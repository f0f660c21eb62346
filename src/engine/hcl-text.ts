/**
 * A Terraform string literal: JSON escaping plus HCL's own template escapes (`$${` and `%%{`), so that a
 * name or prefix taken from the plan can never open an interpolation in generated code.
 */
export function hclString(s: string): string {
  return JSON.stringify(s)
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
}
