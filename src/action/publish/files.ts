import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorMessage } from '../../errors.js';
import { writeReportFile } from '../../io/write-file.js';
import { formatOf } from '../../outputs/index.js';
import type { Output, Publication } from './context.js';

/** The file outputs of the settings (the JSON report always, SARIF/markdown/text when asked for). */
export function writeFiles(p: Publication): void {
  const c = p.d.core;
  for (const o of p.settings.outputs) {
    const format = formatOf(o.format);
    if (!format || !o.file) continue;
    try {
      const ctx = {
        toUri: p.toRepoPath,
        ...(p.locate ? { locate: p.locate } : {}),
        automationId: `s3-trail-guard/${p.inputs.commentKey}/`,
        ...(p.inputs.commentKey === 'default' ? {} : { label: p.inputs.commentKey }),
      };
      // In pieces where the format can (the JSON report of thousands of buckets need never be one string).
      const text = format.renderChunks ? format.renderChunks(p.report, ctx) : [format.render(p.report, ctx)];
      mkdirSync(dirname(o.file), { recursive: true });
      writeReportFile(o.file, text);
      const output = `${format.fileOption}` as Output;
      if (p.outputs.has(output)) p.outputs.set(output, o.file);
    } catch (e) {
      c.warning(`s3-trail-guard: could not write the ${format.name} report ${o.file}: ${errorMessage(e)}`);
    }
  }
}
