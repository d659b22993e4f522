import { DEFAULT_LANGUAGE, type Language, toCsv } from "@monitoring-social/questionnaire";
import type { ValidationReport } from "./validationReport.ts";

/**
 * The unfinished responses set apart (LimeSurvey: empty `submitdate`) as CSV: the row number, then
 * the raw cells under the file's own headers (text cells neutralised against formula injection), for
 * Excel on a Belgian PC. Empty (header only) when none was set apart.
 * @example incompleteCsv(report, header, "nl").split("\r\n")[0] // => "\uFEFFrij;id;submitdate;…"
 */
export function incompleteCsv(
  report: Pick<ValidationReport, "incomplete">,
  header: readonly string[],
  lang: Language = DEFAULT_LANGUAGE,
): string {
  const rowName = lang === "fr" ? "ligne" : "rij";
  const taken = new Set([rowName]);
  const cols = header.map((h, i) => {
    let name = h || `col${i + 1}`;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    return name;
  });
  return toCsv(
    [rowName, ...cols],
    report.incomplete.map((r) => ({
      [rowName]: r.row,
      ...Object.fromEntries(cols.map((c, i) => [c, r.cells[i] ?? ""])),
    })),
    { delimiter: ";", decimal: ",", bom: true },
  );
}
