import { errorMessage } from '../../errors.js';
import { SUMMARY_LIMIT, fitMarkdown } from '../../outputs/truncate.js';
import type { Core } from './context.js';

export async function writeSummary(c: Core, text: string): Promise<void> {
  try {
    await c.summary.addRaw(text, true).write();
  } catch (e) {
    c.warning(`s3-trail-guard: could not write the job summary: ${errorMessage(e)}`);
  }
}

/** The job summary: the whole report, cut under the size GitHub shows, pointing at the JSON report. */
export async function publishSummary(c: Core, full: string): Promise<void> {
  const fitted = fitMarkdown(
    full,
    SUMMARY_LIMIT,
    "**The report was cut to fit the job summary's size limit.** The JSON report (output `report-file`) has every bucket and finding.",
  );
  await writeSummary(c, fitted.text);
}
