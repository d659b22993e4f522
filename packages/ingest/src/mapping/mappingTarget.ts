import { COLUMN_SEPARATOR, type Instrument, OTHER_TEXT_SUFFIX } from "@monitoring-social/questionnaire";
import type { ColumnBinding } from "./columnBinding.ts";
import { columnIndex } from "./columnIndex.ts";

/**
 * The binding a mapping target names: a question id (`B1`), one choice of a multiple-choice
 * question (`C1__cpas`), an "other" text (`A1__autre_texte`), `id`, or `-` (ignored); `undefined`
 * for anything else.
 * @example mappingTarget("C1__cpas", worker2025) // => { kind: "indicator", question: "C1", choice: "cpas" }
 */
export function mappingTarget(target: string, instrument: Instrument): ColumnBinding | undefined {
  const t = target.trim();
  if (t === "-") return { kind: "metadata" };
  if (t === "id") return { kind: "id" };
  const q = instrument.questions.find((x) => x.id === t);
  if (q) return { kind: "answer", question: q.id };
  const at = t.indexOf(COLUMN_SEPARATOR);
  if (at <= 0) return undefined;
  const base = instrument.questions.find((x) => x.id === t.slice(0, at));
  const rest = t.slice(at + COLUMN_SEPARATOR.length);
  if (!base) return undefined;
  const iq = columnIndex(instrument).questions.find((x) => x.question.id === base.id)!;
  if (rest === OTHER_TEXT_SUFFIX && iq.other) return { kind: "otherText", question: base.id };
  if (base.kind === "multiple" && iq.choices.some((c) => c.code === rest))
    return { kind: "indicator", question: base.id, choice: rest };
  return undefined;
}
