import type { Finding } from '../rules/types.js';

/** The waiver that accepts a finding, when the policy has one (such findings never fail the check). */
export function waiverOf(f: Finding): { readonly reason: string; readonly expires?: string } | undefined {
  return f.waived;
}

/** The fix as plain text ("Fix: ..." plus the Terraform to write, when the rule gives one). */
export function remediationText(f: Finding): string | undefined {
  const r = f.remediation;
  if (!r?.text) return undefined;
  return `Fix: ${r.text}${r.terraform ? `\n${r.terraform}` : ''}`;
}
