import { type Instrument, isNumericKind } from "@monitoring-social/questionnaire";
import type { ColumnBinding } from "../mapping/columnBinding.ts";
import type { DecimalSeparator } from "./parseValues.ts";
import type { RawColumns } from "./rawColumns.ts";

const COMMA = /^\s*-?\d+,\d+\s*%?\s*$/;
const POINT = /^\s*-?\d+\.\d+\s*%?\s*$/;

/**
 * The decimal separator the numbers of a file use: the distinct cells of the columns bound to
 * numeric questions are looked at; a comma decimal (`0,8`) and no point decimal (`0.8`) → `","`, the
 * reverse → `"."`; when the numbers do not tell (no decimal at all, or both), `fallback` (the tool's
 * convention). Internal to ingest.
 * @example detectDecimal(raw, bindings, worker2025, ".") // => ","
 */
export function detectDecimal(
  raw: RawColumns,
  bindings: readonly ColumnBinding[],
  instrument: Instrument,
  fallback: DecimalSeparator,
): DecimalSeparator {
  let comma = 0;
  let point = 0;
  bindings.forEach((b, i) => {
    if (b.kind !== "answer") return;
    const q = instrument.questions.find((x) => x.id === b.question);
    if (!q || !isNumericKind(q.kind)) return;
    const values = raw.columns[i]?.values ?? [];
    for (const v of values) {
      if (COMMA.test(v)) comma++;
      else if (POINT.test(v)) point++;
    }
  });
  if (comma > 0 && point === 0) return ",";
  if (point > 0 && comma === 0) return ".";
  return fallback;
}
