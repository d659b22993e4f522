import { codebookLayout } from "./codebook/codebookLayout.ts";
import { googleFormsLayout } from "./googleForms/googleFormsLayout.ts";
import { koboLayout } from "./kobo/koboLayout.ts";
import { limesurveyLayout } from "./limesurvey/limesurveyLayout.ts";
import type { SourceFormat } from "./sourceFormat.ts";
import type { ToolLayout } from "./toolLayout.ts";

/** Every tool's layout, by format. */
export const TOOL_LAYOUTS: Readonly<Record<SourceFormat, ToolLayout>> = {
  kobo: koboLayout,
  limesurvey: limesurveyLayout,
  "google-forms": googleFormsLayout,
  codebook: codebookLayout,
};

/**
 * The layout of a source format.
 * @example toolLayout("kobo").idColumn(["A/A1", "_uuid"]) // => 1
 */
export function toolLayout(format: SourceFormat): ToolLayout {
  return TOOL_LAYOUTS[format];
}

/**
 * Whether a header is a tool's metadata (submission time, uuid…) rather than an answer.
 * @example isMetadataHeader("_submission_time", "kobo") // => true
 */
export function isMetadataHeader(header: string, format: SourceFormat): boolean {
  return TOOL_LAYOUTS[format].isMetadata(header);
}

/**
 * Index of the header holding the respondent id in a format, or -1 (Google Forms has none).
 * @example idHeader(["A/A1", "_uuid"], "kobo") // => 1
 */
export function idHeader(header: readonly string[], format: SourceFormat): number {
  return TOOL_LAYOUTS[format].idColumn(header);
}
