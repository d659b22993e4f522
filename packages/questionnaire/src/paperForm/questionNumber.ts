import type { Instrument } from "../model/instrument.ts";

/**
 * The number of a question as printed on the paper form and in the data-entry template: its id up
 * to the first `_` (`B1_pct` → `B1`), so that the respondent reads a plain number; the whole id when
 * that short form would be shared by two questions of the instrument.
 * @throws Error when the instrument has no question with that id.
 * @example questionNumber(worker2025, "B1_pct") // => "B1"
 * @example questionNumber(worker2025, "A1") // => "A1"
 */
export function questionNumber(instrument: Instrument, id: string): string {
  if (!instrument.questions.some((q) => q.id === id))
    throw new Error(`Question « ${id} » inconnue dans ${instrument.id}@${instrument.version}.`);
  const short = id.split("_")[0]!;
  if (short === id || short === "") return id;
  const clash = instrument.questions.some((q) => q.id !== id && (q.id === short || q.id.split("_")[0] === short));
  return clash ? id : short;
}
