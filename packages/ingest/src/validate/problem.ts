import type { Language } from "@monitoring-social/questionnaire";
import { type IngestMessageCode, ti } from "../messages/index.ts";

/**
 * Severity of a problem.
 * - `error`: the row is rejected (listed in the rejected-rows file with its reason).
 * - `warning`: the row is kept; the value concerned is set to null (missing) and recorded.
 * - `info`: nothing changed in the data; the user should know.
 */
export const Severity = { error: "error", warning: "warning", info: "info" } as const;
/** One of `error`, `warning`, `info`. */
export type Severity = (typeof Severity)[keyof typeof Severity];

/** One problem found while reading a file. */
export interface Problem {
  /** Stable code, a key of the message catalogue. */
  readonly code: IngestMessageCode;
  /** Severity: `error` rejects the row. */
  readonly severity: Severity;
  /** File name. */
  readonly file: string;
  /** Row as a spreadsheet shows it (header = 1), or `null` for the whole file. */
  readonly row: number | null;
  /** Column header as in the file, or `null`. */
  readonly column: string | null;
  /** Raw value as in the file, or `null`. */
  readonly value: string | null;
  /** Question concerned, when there is one. */
  readonly question: string | null;
  /** Parameters of the message. */
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * The message of a problem in a language, naming file, row, column and value.
 * @example problemMessage(p, "nl") // => "Kolom « B3 », rij 12: « veel » is geen getal (vraag B3). Waarde genegeerd."
 */
export function problemMessage(problem: Problem, lang: Language): string {
  const target = problem.params.target;
  const suggestion =
    target === undefined || problem.code !== "unmatched_column" ? "" : ti("suggestion", lang, { target });
  const answers = Number(problem.params.answers ?? 0);
  const dependentsText =
    problem.code === "missing_column" && answers > 0
      ? ti("missing_column_dependents", lang, { answers, dependents: problem.params.dependents ?? "" })
      : "";
  const { minutes, hours } = problem.params;
  const hint =
    minutes === undefined || hours === undefined
      ? ""
      : ti("duration_hint", lang, { minutes, hours: String(hours).replace(".", ",") });
  return ti(problem.code, lang, {
    suggestion,
    hint,
    dependents_text: dependentsText,
    lines: linesOf(problem, lang),
    file: problem.file,
    row: problem.row ?? "",
    column: problem.column ?? "",
    value: problem.value ?? "",
    question: problem.question ?? "",
    ...problem.params,
  });
}

/**
 * Where a row is in the text file, when that is not its row number: " (ligne 7 du fichier texte)",
 * " (lignes 7 à 9 du fichier texte)", or "" (params `line`, `lastLine`).
 */
function linesOf(problem: Problem, lang: Language): string {
  const { line, lastLine } = problem.params;
  if (typeof line !== "number") return "";
  const last = typeof lastLine === "number" ? lastLine : line;
  if (last > line) return ti("lines_range", lang, { line, lastLine: last });
  return line === problem.row ? "" : ti("lines_one", lang, { line });
}

/** Which codes reject a row, which keep it with the value nulled, which only inform. */
export const SEVERITY_OF: Readonly<Partial<Record<IngestMessageCode, Severity>>> = {
  ragged_row: "error",
  duplicate_id: "error",
  duplicate_response: "error",
  unknown_choice: "warning",
  out_of_range: "warning",
  not_a_number: "warning",
  invalid_date: "warning",
  not_asked: "warning",
  required_missing: "warning",
  mojibake: "warning",
  unmatched_column: "warning",
  missing_column: "warning",
  missing_id: "info",
  unclosed_quote: "error",
  too_many_lines: "error",
  cell_too_long: "error",
  multiline_row: "info",
  reread_line: "warning",
  lines_unaccounted: "error",
  duplicate_column: "warning",
  duplicate_column_same: "info",
  merged_cells: "warning",
  hidden_sheets: "warning",
  other_sheets: "info",
  hidden_rows: "warning",
  hidden_columns: "warning",
};
