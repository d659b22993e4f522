import type { ComparabilityRow } from "../harmonisation/comparabilityTable.ts";
import { type CsvOptions, toCsv } from "../output/csv.ts";

/**
 * The comparability table as CSV: question, module, status, source id in each version (oldest
 * first, one column per version), and the fr/nl note to print under a chart.
 * @example comparabilityCsv(comparabilityTable(workerHarmonisation, workerInstruments), ["2021", "2025"])
 */
export function comparabilityCsv(
  rows: readonly ComparabilityRow[],
  versions: readonly string[],
  options: CsvOptions = {},
): string {
  return toCsv(
    ["question", "module", "status", ...versions.map((v) => `source_${v}`), "note_fr", "note_nl"],
    rows.map((r) => ({
      question: r.question,
      module: r.module,
      status: r.status,
      ...Object.fromEntries(versions.map((v) => [`source_${v}`, r.sources[v] ?? null])),
      note_fr: r.note?.fr ?? null,
      note_nl: r.note?.nl ?? null,
    })),
    options,
  );
}
