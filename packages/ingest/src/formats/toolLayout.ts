import type { IngestMessageCode } from "../messages/index.ts";
import type { SourceFormat } from "./sourceFormat.ts";
import type { ValueConventions } from "./valueConventions.ts";

/**
 * What the reader knows of one survey tool's exports: which columns are its metadata, which one
 * identifies a respondent or marks an unfinished response, how it writes values, which decimal
 * separator it uses, and which export options give a file the reader can use. One per tool folder.
 */
export interface ToolLayout {
  /** The tool. */
  readonly format: SourceFormat;
  /** Whether a header is the tool's own metadata (submission time, uuid…), not an answer. */
  readonly isMetadata: (header: string) => boolean;
  /** Index of the column holding the respondent id, or -1 (Google Forms has none). */
  readonly idColumn: (header: readonly string[]) => number;
  /** Index of the column that is blank for an unfinished response (LimeSurvey `submitdate`), or -1. */
  readonly completionColumn: (header: readonly string[]) => number;
  /** How the tool writes values. */
  readonly values: ValueConventions;
  /**
   * The decimal separator the tool writes when the numbers themselves do not tell (no decimal in the
   * file): KoboToolbox and LimeSurvey always write a point; a `;` CSV from Excel on a Belgian PC a comma.
   */
  readonly decimalByDefault: (delimiter: string | null) => "." | ",";
  /** Message code of the export options that give a readable file, for the fatal message. */
  readonly exportHelp: IngestMessageCode;
}
