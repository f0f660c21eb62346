import { RULES } from '../rules/index.js';
import type { Format } from './format.js';
import { renderGitLab } from './gitlab.js';
import { renderJUnit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { toSarif } from './sarif.js';
import { renderText } from './text.js';
import { SUMMARY_LIMIT, fitMarkdown } from './truncate.js';
import { reportJson, reportJsonChunks } from './json-report.js';

/** Where a markdown report too large for GitHub was cut. */
export const MARKDOWN_CUT =
  '**The markdown report was cut to the size GitHub shows in a job summary.** The text and JSON reports (`--format text`, `--report-file`) have every bucket, finding and fix.';

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
    // For GitHub, which shows a job summary up to 1 MiB: cut as the Action's summary is (a report of 20,000
    // partial buckets with a fix each would be ~500 MB of markdown and GiBs of memory to build).
    render: (r, ctx) =>
      fitMarkdown(
        renderMarkdown(r, { ...(ctx?.label ? { label: ctx.label } : {}), limit: SUMMARY_LIMIT }),
        SUMMARY_LIMIT,
        MARKDOWN_CUT,
      ).text + '\n',
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
