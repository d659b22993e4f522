import { type CsvOptions, toCsv } from "../output/csv.ts";
import type { CodebookRow } from "./codebookRows.ts";

/** Columns of the codebook CSV, in order. */
export const CODEBOOK_CSV_COLUMNS = [
  "id",
  "versions",
  "module",
  "kind",
  "label_fr",
  "label_nl",
  "codes",
  "choices_fr",
  "choices_nl",
  "missing_codes",
  "required",
  "range",
  "relevant_fr",
  "relevant_nl",
  "comparison_id",
  "comparability",
  "note_fr",
  "note_nl",
] as const;

/**
 * The codebook as CSV for Excel on a Belgian PC (UTF-8 with BOM, `;`, decimal comma; one row per
 * question definition). Codes and labels are joined with ` | ` in the same order, so column `codes`
 * lines up with `choices_fr`.
 * @example codebookCsv(codebookRows([worker2021])).split("\r\n")[0] // => "\uFEFFid;versions;module;…"
 */
export function codebookCsv(rows: readonly CodebookRow[], options: CsvOptions = {}): string {
  const join = (xs: readonly string[]) => xs.join(" | ");
  return toCsv(
    CODEBOOK_CSV_COLUMNS,
    rows.map((r) => ({
      id: r.id,
      versions: r.versions.join(" "),
      module: r.module,
      kind: r.kind,
      label_fr: r.label.fr,
      label_nl: r.label.nl,
      codes: join(r.choices.map((c) => c.code)),
      choices_fr: join(r.choices.map((c) => c.label.fr)),
      choices_nl: join(r.choices.map((c) => c.label.nl)),
      missing_codes: join(r.choices.filter((c) => c.missing).map((c) => c.code)),
      required: r.required,
      range: r.range,
      relevant_fr: r.relevant?.fr ?? null,
      relevant_nl: r.relevant?.nl ?? null,
      comparison_id: r.comparisonId,
      comparability: r.comparability,
      note_fr: r.note?.fr ?? null,
      note_nl: r.note?.nl ?? null,
    })),
    options,
  );
}
