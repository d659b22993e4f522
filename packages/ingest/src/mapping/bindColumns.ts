import type { Instrument } from "@monitoring-social/questionnaire";
import type { SourceFormat } from "../formats/sourceFormat.ts";
import type { ColumnBinding, ColumnMapping } from "./columnBinding.ts";
import { columnIndex } from "./columnIndex.ts";
import { recogniseColumns } from "./recogniseColumns.ts";

/**
 * Suggests the question an unmatched header most likely means: shared word stems with question texts
 * (French, Dutch, short labels), or a near question id.
 * @example suggestQuestion("Temps consacré aux démarches", worker2021) // => "B1"
 */
export function suggestQuestion(header: string, instrument: Instrument): string | undefined {
  const g = columnIndex(instrument).guess(header);
  if (g) return g.question;
  const recognised = recogniseColumns([header], instrument, "codebook")[0]!;
  const b = recognised.binding;
  if (b.kind === "answer" || b.kind === "indicator" || b.kind === "otherText") return b.question;
  return recognised.guess?.split("__")[0];
}

/**
 * Binds each header of a file to what it feeds (see {@link recogniseColumns}, which also says how
 * each column was recognised).
 * @example bindColumns(["_uuid", "A/A1", "C/C1/cpas"], worker2025, "kobo").map((b) => b.kind)
 * // => ["id", "answer", "indicator"]
 */
export function bindColumns(
  header: readonly string[],
  instrument: Instrument,
  format: SourceFormat,
  mapping: ColumnMapping = {},
): ColumnBinding[] {
  return recogniseColumns(header, instrument, format, mapping).map((r) => r.binding);
}
