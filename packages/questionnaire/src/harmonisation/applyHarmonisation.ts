import { type ColumnTable, table as makeTable } from "arquero";
import { canonicalColumns, indicatorColumn, KEY_COLUMNS, otherTextColumn } from "../model/columns.ts";
import { choiceList, type Instrument, instrumentKey } from "../model/instrument.ts";
import { comparisonInstrument } from "./comparisonInstrument.ts";
import type { Harmonisation, SourceRule } from "./harmonisation.ts";
import { comparedInstruments, type HarmonisationScope, resolveRules, sourceOf } from "./resolveRules.ts";

type Value = string | number | boolean | null;

function columnOf(t: ColumnTable, name: string): readonly Value[] | undefined {
  return t.columnNames().includes(name) ? (t.array(name) as readonly Value[]) : undefined;
}

/** Groups a number into brackets: first bin whose inclusive `max` is ≥ the value; above the last → null. */
export function binValue(value: Value, bins: readonly { code: string; max: number }[]): string | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  for (const b of bins) if (value <= b.max) return b.code;
  return null;
}

/**
 * Maps a canonical table of one version to the comparison schema of a harmonisation: one column
 * per comparison question (see {@link comparisonInstrument}), keys `id`, `vague`, `commune` kept.
 *
 * - `same` / `reworded`: values copied; a choice code absent from the comparison list becomes null,
 *   and a multiple-choice indicator absent from the version is null for every row.
 * - `recode`: codes mapped (merged codes: an indicator is true when any source code is ticked,
 *   false when all are false, null when the question was not asked).
 * - `bin`: numbers grouped into brackets (see {@link binValue}).
 * - questions absent from the version: null columns.
 *
 * `instruments` are the family's versions that may define comparison questions; `scope` the
 * versions the study compares (default: all of them), which the wave's version must be one of.
 * Pure: the input table is not modified.
 * @throws Error when the instrument is not one of the compared versions.
 * @example applyHarmonisation(t2025, worker2025, workerHarmonisation, workerInstruments).array("B1")
 * // => ["b11_25", "b76_100", …] (from B1_pct 20, 80, …)
 */
export function applyHarmonisation(
  data: ColumnTable,
  instrument: Instrument,
  harmonisation: Harmonisation,
  instruments: readonly Instrument[],
  scope: HarmonisationScope = {},
): ColumnTable {
  const compared = comparedInstruments(harmonisation, instruments, scope);
  if (!compared.some((p) => p.version === instrument.version && p.id === instrument.id)) {
    throw new Error(`${instrumentKey(instrument)} ne fait pas partie de l'harmonisation « ${harmonisation.id} ».`);
  }
  const target = comparisonInstrument(harmonisation, instruments, scope);
  const rules = resolveRules(harmonisation, instruments);
  const n = data.numRows();
  const nulls = (): Value[] => new Array<Value>(n).fill(null);
  const out: Record<string, Value[]> = {};
  for (const key of KEY_COLUMNS) out[key.name] = [...(columnOf(data, key.name) ?? nulls())];

  const targetColumns = canonicalColumns(target).filter((c) => !KEY_COLUMNS.some((k) => k.name === c.name));
  for (const rule of rules) {
    const cols = targetColumns.filter((c) => c.question === rule.target);
    if (cols.length === 0) continue;
    const src: SourceRule | null = sourceOf(rule, instrument.version);
    const sourceQuestion = src ? instrument.questions.find((q) => q.id === src.question) : undefined;
    if (!src || !sourceQuestion) {
      for (const c of cols) out[c.name] = nulls();
      continue;
    }
    const tq = target.questions.find((q) => q.id === rule.target)!;
    const allowed = tq.list === undefined ? undefined : new Set(choiceList(target, tq).choices.map((c) => c.code));
    const recode = (code: string): string | null => {
      if (src.op !== "recode") return code;
      return Object.hasOwn(src.codes, code) ? (src.codes[code] ?? null) : code;
    };
    for (const c of cols) {
      if (c.role === "otherText") {
        out[c.name] = [...(columnOf(data, otherTextColumn(src.question)) ?? nulls())];
      } else if (c.role === "indicator") {
        // Source indicator columns that map onto this comparison code.
        const sourceCodes =
          sourceQuestion.list === undefined
            ? []
            : choiceList(instrument, sourceQuestion)
                .choices.map((x) => x.code)
                .filter((code) => recode(code) === c.choice);
        const sources = sourceCodes
          .map((code) => columnOf(data, indicatorColumn(src.question, code)))
          .filter((x): x is readonly Value[] => x !== undefined);
        out[c.name] = Array.from({ length: n }, (_, i) => {
          if (sources.length === 0) return null;
          const values = sources.map((s) => s[i]);
          if (values.some((v) => v === true)) return true;
          return values.every((v) => v === false) ? false : null;
        });
      } else if (src.op === "bin") {
        const values = columnOf(data, src.question) ?? nulls();
        out[c.name] = values.map((v) => binValue(v, src.bins));
      } else {
        const values = columnOf(data, src.question) ?? nulls();
        out[c.name] =
          allowed === undefined
            ? [...values]
            : values.map((v) => {
                if (typeof v !== "string") return null;
                const mapped = recode(v);
                return mapped !== null && allowed.has(mapped) ? mapped : null;
              });
      }
    }
  }
  return makeTable(out);
}
