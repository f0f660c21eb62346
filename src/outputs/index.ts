import { RULES } from '../rules/index.js';
import type { Format } from './format.js';
import { renderGitLab } from './gitlab.js';
import { renderJUnit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { toSarif } from './sarif.js';
import { renderText } from './text.js';
import { reportJson, reportJsonChunks } from './json-report.js';

/**
 * The one list of report formats. The CLI's --format choices and --FORMAT-file flags, the Action's file
 * inputs and the README's lists are read from it (tests keep them equal).
 */
export const FORMATS: readonly Format[] = [
  {
    name: 'text',
    fileOption: 'text-file',
    description: 'plain text for terminals and CI logs',
    render: (r) => renderText(r),
  },
  {
    name: 'json',
    fileOption: 'report-file',
    description: 'the JSON report (schemaVersion 2, policies/report.schema.json)',
    // Compact, and without repeating itself (outputs/json-report.ts): at 20,000 buckets it stays below
    // the plan's size.
    render: (r) => reportJson(r),
    // Bucket by bucket: a large report need never be one string.
    renderChunks: (r) => reportJsonChunks(r),
  },
  {
    name: 'markdown',
    fileOption: 'markdown-file',
    description: 'GitHub-flavoured markdown (the PR comment and job summary)',
    render: (r, ctx) => renderMarkdown(r, ctx?.label ? { label: ctx.label } : {}) + '\n',
  },
  {
    name: 'sarif',
    fileOption: 'sarif-file',
    description: 'SARIF 2.1.0, for code scanning (github/codeql-action/upload-sarif)',
    render: (r, ctx) =>
      JSON.stringify(
        toSarif(
          r,
          RULES.map((x) => x.meta),
          {
            toUri: ctx?.toUri ?? ((f) => f.split('\\').join('/')),
            ...(ctx?.locate ? { locate: ctx.locate } : {}),
            ...(ctx?.automationId ? { automationId: ctx.automationId } : {}),
          },
        ),
        null,
        2,
      ) + '\n',
  },
  {
    name: 'junit',
    fileOption: 'junit-file',
    description: 'JUnit XML: a test case per bucket and per finding, for CI test-report views',
    render: (r) => renderJUnit(r),
  },
  {
    name: 'gitlab',
    fileOption: 'gitlab-file',
    description: 'GitLab Code Quality JSON (artifacts:reports:codequality)',
    render: (r, ctx) => renderGitLab(r, ctx),
  },
];

export const FORMAT_NAMES: readonly string[] = FORMATS.map((f) => f.name);

export function formatOf(name: string): Format | undefined {
  return FORMATS.find((f) => f.name === name);
}
