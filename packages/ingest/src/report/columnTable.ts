import type { ColumnBinding } from "../mapping/columnBinding.ts";
import { targetName } from "../mapping/columnIndex.ts";
import type { RecognitionMethod } from "../mapping/recogniseColumns.ts";
import type { ValidationReport } from "./validationReport.ts";

/** Status of a column in the validation report's first table. */
export const ColumnStatus = {
  /** Feeds a question, a choice, an "other" text, the id or a key column. */
  recognised: "recognised",
  /** Not used, but a question is offered: confirm it in a mapping file. */
  guessed: "guessed",
  /** The tool's own column (submission time, uuid…), left out on purpose. */
  tool: "tool",
  /** Names a target another column already feeds: ignored. */
  duplicate: "duplicate",
  /** Matches nothing: ignored. */
  unknown: "unknown",
} as const;
/** One of {@link ColumnStatus}. */
export type ColumnStatus = (typeof ColumnStatus)[keyof typeof ColumnStatus];

/** One row of the column → question table. */
export interface ColumnTableRow {
  /** Column position in the file, from 1 (as a spreadsheet's column count). */
  readonly position: number;
  /** Header as in the file. */
  readonly header: string;
  /** Status. */
  readonly status: ColumnStatus;
  /** Canonical column fed (`B1_pct`, `C1__cpas`, `A1__autre_texte`, `id`, `vague`), the guess, or `null`. */
  readonly target: string | null;
  /** Question id of the target or guess, or `null`. */
  readonly question: string | null;
  /** How the column was recognised. */
  readonly via: RecognitionMethod;
  /** For a duplicate: the position of the column that feeds the target. */
  readonly duplicateOf: number | null;
  /** Whether answers were read by the tool's default codes, by position (LimeSurvey `AO01`): to check. */
  readonly valuesByPosition: boolean;
}

function targetOf(b: ColumnBinding): string | null {
  if (b.kind === "answer" || b.kind === "indicator" || b.kind === "otherText") return targetName(b);
  if (b.kind === "id") return "id";
  if (b.kind === "key") return b.key;
  return null;
}

/**
 * The column → question table a validation report starts with: every column of the file, what it
 * feeds (recognised, and how), what it may be (guessed), or why it is left out (tool metadata,
 * duplicate, unknown); and the questions no column feeds.
 * @example columnTable(wave.report).rows[0] // => { position: 1, header: "_uuid", status: "recognised", target: "id", … }
 */
export function columnTable(report: Pick<ValidationReport, "columns" | "questions">): {
  rows: ColumnTableRow[];
  missing: string[];
} {
  const fed = new Set<string>();
  const rows = report.columns.map((c, i): ColumnTableRow => {
    const b = c.binding;
    const target = targetOf(b);
    const question = b.kind === "answer" || b.kind === "indicator" || b.kind === "otherText" ? b.question : null;
    if (question) fed.add(question);
    const base = {
      position: i + 1,
      header: c.header,
      via: c.via,
      duplicateOf: null,
      valuesByPosition: c.valuesByPosition === true,
    };
    if (target !== null) return { ...base, status: "recognised", target, question };
    if (c.duplicateOf !== undefined)
      return { ...base, status: "duplicate", target: null, question: null, duplicateOf: c.duplicateOf + 1 };
    if (b.kind === "metadata") return { ...base, status: "tool", target: null, question: null };
    if (c.guess !== undefined)
      return { ...base, status: "guessed", target: c.guess, question: c.guess.split("__")[0]! };
    return { ...base, status: "unknown", target: null, question: null };
  });
  const missing = report.questions.filter((q) => !fed.has(q.id)).map((q) => q.id);
  return { rows, missing };
}
