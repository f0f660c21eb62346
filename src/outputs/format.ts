import type { Report } from './report.js';
import type { TerraformLocator } from './terraform-lines.js';

/** What a renderer may know beyond the report: nothing that changes a verdict, only where things point. */
export interface RenderContext {
  /** Shown after the tool's name in headings (the Action's comment key), so several reports tell apart. */
  readonly label?: string;
  /** A report path as a repository-relative URI (forward slashes), or undefined when it is outside. */
  readonly toUri?: (file: string) => string | undefined;
  /** Terraform address to source line (from `terraform-dir`). */
  readonly locate?: TerraformLocator;
  /** SARIF `runs[].automationDetails.id`, so several analyses of one commit keep separate alerts. */
  readonly automationId?: string;
}

/** One way to write the report. Renderers never compute a status: they format the report they are given. */
export interface Format {
  readonly name: string;
  /** The CLI flag (`--NAME FILE`) and the Action input that write this format to a file. */
  readonly fileOption: string;
  readonly description: string;
  render(report: Report, ctx?: RenderContext): string;
  /** The same text as `render`, in pieces, for reports too large to be one string (the JSON report). */
  renderChunks?(report: Report, ctx?: RenderContext): Iterable<string>;
}
