import { buildAnnotations } from '../../outputs/annotations.js';
import type { Publication } from './context.js';

/** Annotations on the policy file and, with terraform-dir, on the Terraform blocks. */
export function publishAnnotations(p: Publication): void {
  const c = p.d.core;
  for (const a of buildAnnotations(p.report, {
    toRepoPath: p.toRepoPath,
    ...(p.locate ? { locate: p.locate } : {}),
    failOnUnknown: p.verdict.failOnUnknown,
  })) {
    c[a.level](a.message, {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {}),
      ...(a.startColumn ? { startColumn: a.startColumn } : {}),
    });
  }
}
