import { type Condition, choiceList, type Instrument, indicatorColumn } from "@monitoring-social/questionnaire";

/**
 * A canonical column held in typed arrays, as {@link conditionMask} reads it.
 * - `string`: index into `dict` per row, negative = no value;
 * - `number`: `NaN` = no value;
 * - `boolean`: 0 = no value, 1 = false, 2 = true.
 */
export type ColumnView =
  | { readonly type: "string"; readonly codes: Int8Array | Int16Array | Int32Array; readonly dict: readonly string[] }
  | { readonly type: "number"; readonly values: Float64Array }
  | { readonly type: "boolean"; readonly values: Uint8Array };

/**
 * Skip logic evaluated for every row at once: 1 where the condition holds, 0 elsewhere. Same
 * semantics as the questionnaire's `compileCondition` (an absent column has no value: `in`,
 * `selected`, `compare` and `answered` are false there), one typed-array loop per leaf instead of
 * one closure call per row.
 * @example conditionMask(when.compare("A4", ">=", 2), worker2025, view, 3) // => Uint8Array [1, 0, 0] when A4 is [5, 1, null]
 */
export function conditionMask(
  condition: Condition,
  instrument: Instrument,
  view: (column: string) => ColumnView | undefined,
  rows: number,
): Uint8Array {
  const out = new Uint8Array(rows);
  switch (condition.op) {
    case "in": {
      const v = view(condition.question);
      if (v?.type !== "string") return out;
      const wanted = new Set(condition.values);
      const hit = Uint8Array.from(v.dict, (s) => (wanted.has(s) ? 1 : 0));
      for (let r = 0; r < rows; r++) {
        const c = v.codes[r]!;
        if (c >= 0) out[r] = hit[c]!;
      }
      return out;
    }
    case "selected": {
      const v = view(indicatorColumn(condition.question, condition.choice));
      if (v?.type === "boolean") for (let r = 0; r < rows; r++) out[r] = v.values[r] === 2 ? 1 : 0;
      return out;
    }
    case "compare": {
      const v = view(condition.question);
      if (v?.type !== "number") return out;
      const { cmp, value } = condition;
      const x = v.values;
      // NaN (no value) fails every comparison but `!=`, which is tested for NaN explicitly.
      if (cmp === "<") for (let r = 0; r < rows; r++) out[r] = x[r]! < value ? 1 : 0;
      else if (cmp === "<=") for (let r = 0; r < rows; r++) out[r] = x[r]! <= value ? 1 : 0;
      else if (cmp === ">") for (let r = 0; r < rows; r++) out[r] = x[r]! > value ? 1 : 0;
      else if (cmp === ">=") for (let r = 0; r < rows; r++) out[r] = x[r]! >= value ? 1 : 0;
      else if (cmp === "=") for (let r = 0; r < rows; r++) out[r] = x[r] === value ? 1 : 0;
      else for (let r = 0; r < rows; r++) out[r] = Number.isFinite(x[r]!) && x[r] !== value ? 1 : 0;
      if (cmp !== "!=") for (let r = 0; r < rows; r++) if (out[r] && !Number.isFinite(x[r]!)) out[r] = 0;
      return out;
    }
    case "answered": {
      const q = instrument.questions.find((x) => x.id === condition.question);
      if (q?.kind === "multiple") {
        for (const c of choiceList(instrument, q).choices) {
          const v = view(indicatorColumn(q.id, c.code));
          if (v?.type === "boolean") for (let r = 0; r < rows; r++) if (v.values[r] === 2) out[r] = 1;
        }
        return out;
      }
      const v = view(condition.question);
      if (v?.type === "string") {
        const blank = Uint8Array.from(v.dict, (s) => (s === "" ? 1 : 0));
        for (let r = 0; r < rows; r++) {
          const c = v.codes[r]!;
          out[r] = c >= 0 && !blank[c] ? 1 : 0;
        }
      } else if (v?.type === "number") {
        for (let r = 0; r < rows; r++) out[r] = Number.isNaN(v.values[r]!) ? 0 : 1;
      } else if (v?.type === "boolean") {
        for (let r = 0; r < rows; r++) out[r] = v.values[r] === 0 ? 0 : 1;
      }
      return out;
    }
    case "and": {
      out.fill(1);
      for (const c of condition.conditions) {
        const m = conditionMask(c, instrument, view, rows);
        for (let r = 0; r < rows; r++) out[r] = out[r]! & m[r]!;
      }
      return out;
    }
    case "or": {
      for (const c of condition.conditions) {
        const m = conditionMask(c, instrument, view, rows);
        for (let r = 0; r < rows; r++) out[r] = out[r]! | m[r]!;
      }
      return out;
    }
    case "not": {
      const m = conditionMask(condition.condition, instrument, view, rows);
      for (let r = 0; r < rows; r++) out[r] = m[r] ? 0 : 1;
      return out;
    }
  }
}
