import { escapeMarkdown, renderAllCovered, renderMarkdown } from '../../outputs/markdown.js';
import { commentMarker } from '../github/comment.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT, fitMarkdown } from '../../outputs/truncate.js';
import type { Publication } from './context.js';

export interface Bodies {
  /** The comment: the verdict in one sentence, the fix, the details folded once; with the run's footer. */
  readonly full: string;
  /** The job summary: the same verdict line, then every detail unfolded. */
  readonly summary: string;
  /** The short "all covered" body. */
  readonly short: string;
  /** Whether the run is clean enough for the short body. */
  readonly allCovered: boolean;
  /** Fits a body under GitHub's comment limit (marker line included), pointing at the full report. */
  readonly fitComment: (body: string) => string;
}

export function bodies(p: Publication): Bodies {
  const { inputs, report, verdict, runUrl } = p;
  const label = {
    audience: 'action' as const,
    ...(inputs.commentKey === 'default' ? {} : { label: inputs.commentKey }),
  };
  const footer = [
    '',
    '---',
    `<sub>s3-trail-guard ${escapeMarkdown(report.tool.version)} · this comment is updated on every run · result: ${verdict.result} · fail-on: ${verdict.failOn}${verdict.failOnUnknown ? '' : ' (unknown ignored)'}${runUrl ? ` · [workflow run](${runUrl})` : ''}</sub>`,
    '',
  ].join('\n');
  const where =
    inputs.jobSummary && runUrl
      ? `the [job summary](${runUrl})`
      : runUrl
        ? `the JSON report of the [workflow run](${runUrl})`
        : 'the job summary';
  const cutNotice = `**The report was cut to fit GitHub's comment size limit.** The full report is in ${where}.`;
  const bodyLimit = COMMENT_LIMIT - commentMarker(inputs.commentKey).length - 1;
  return {
    // Rendered only as far as they are kept (fitComment, publishSummary's cut): the same text once cut.
    full: renderMarkdown(report, { ...label, limit: bodyLimit }) + footer,
    summary: renderMarkdown(report, { ...label, variant: 'summary', limit: SUMMARY_LIMIT }) + footer,
    short: renderAllCovered(report, label) + footer,
    allCovered: verdict.result === 'pass' && report.summary.covered === report.summary.buckets,
    fitComment: (body) => fitMarkdown(body, bodyLimit, cutNotice).text,
  };
}
