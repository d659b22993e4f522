import { DEFAULT_LANGUAGE, type Language, toCsv } from "@monitoring-social/questionnaire";
import { problemMessage } from "../validate/problem.ts";
import type { ValidationReport } from "./validationReport.ts";

/**
 * The rejected rows as CSV for Excel on a Belgian PC (UTF-8 with BOM, `;`, decimal comma): row
 * number, reason code and message, then the raw cells under the file's own headers — and, for a row
 * with more cells than the header, the extra ones under `col<n>`, so that no text of a rejected row
 * is lost. Text cells and headers are neutralised against formula injection; a cell holding a
 * number (`-2`) is left as the number it is.
 * @example rejectedCsv(report, header).split("\r\n")[0] // => "\uFEFFligne;motif;message;…"
 */
export function rejectedCsv(
  report: ValidationReport,
  header: readonly string[],
  lang: Language = DEFAULT_LANGUAGE,
): string {
  const names = lang === "fr" ? ["ligne", "motif", "message"] : ["rij", "reden", "bericht"];
  const taken = new Set(names);
  const width = report.rejected.reduce((w, r) => Math.max(w, r.cells.length), header.length);
  const cols = Array.from({ length: width }, (_, i) => {
    let name = header[i] || `col${i + 1}`;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    return name;
  });
  return toCsv(
    [...names, ...cols],
    report.rejected.map((r) => ({
      [names[0]!]: r.row,
      [names[1]!]: r.reasons.map((x) => x.code).join(" "),
      [names[2]!]: r.reasons.map((x) => problemMessage(x, lang)).join(" "),
      ...Object.fromEntries(cols.map((c, i) => [c, r.cells[i] ?? ""])),
    })),
    { delimiter: ";", decimal: ",", bom: true },
  );
}
