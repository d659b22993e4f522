import type { ComparabilityRow } from "../harmonisation/comparabilityTable.ts";
import { type CsvOptions, toCsv } from "../output/csv.ts";

/**
 * The comparability table as CSV: question, module, status, source id in each version (oldest
 * first), and the fr/nl note to print under a chart.
 * @example comparabilityCsv(comparabilityTable(workerHarmonisation, workerInstruments), ["2021", "2025"])
 */
export function comparabilityCsv(
  rows: readonly ComparabilityRow[],
  versions: readonly [string, string],
  options: CsvOptions = {},
): string {
  const [a, b] = versions;
  return toCsv(
    ["question", "module", "status", `source_${a}`, `source_${b}`, "note_fr", "note_nl"],
    rows.map((r) => ({
      question: r.question,
      module: r.module,
      status: r.status,
      [`source_${a}`]: r.sources[a] ?? null,
      [`source_${b}`]: r.sources[b] ?? null,
      note_fr: r.note?.fr ?? null,
      note_nl: r.note?.nl ?? null,
    })),
    options,
  );
}
