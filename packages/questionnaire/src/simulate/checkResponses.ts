import type { ColumnTable } from "arquero";
import { evaluateCondition } from "../logic/evaluateCondition.ts";
import { indicatorColumn, otherTextColumn, questionColumns } from "../model/columns.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import { isNumericKind } from "../model/questionKind.ts";

/** Rules a canonical table can break. */
export const ResponseRule = {
  notAsked: "not_asked",
  required: "required",
  unknownChoice: "unknown_choice",
  outOfRange: "out_of_range",
  notInteger: "not_integer",
  wrongType: "wrong_type",
  otherTextWithoutOther: "other_text_without_other",
  partialIndicators: "partial_indicators",
  missingColumn: "missing_column",
} as const;
/** One of the rules of {@link ResponseRule}. */
export type ResponseRule = (typeof ResponseRule)[keyof typeof ResponseRule];

/** A value of a canonical table that breaks a rule of its instrument. */
export interface ResponseViolation {
  /** 0-based row index. */
  readonly row: number;
  /** Canonical column. */
  readonly column: string;
  /** The offending value. */
  readonly value: unknown;
  /** The rule broken. */
  readonly rule: ResponseRule;
}

/**
 * Checks a canonical table against its instrument: skip logic (no answer where a question was not
 * asked), required answers, choice lists, ranges, integers, "other" texts only with the other
 * choice, and multiple-choice indicators all null or all non-null. Returns every violation (an
 * empty list for a conforming table). Used to test the simulator; ingest has its own, user-facing
 * validation report.
 *
 * @example checkResponses(worker2025, simulateResponses(worker2025, { n: 50 })) // => []
 */
export function checkResponses(instrument: Instrument, data: ColumnTable): ResponseViolation[] {
  const out: ResponseViolation[] = [];
  const names = new Set(data.columnNames());
  const arrays = new Map<string, readonly unknown[]>();
  for (const q of instrument.questions) {
    for (const c of questionColumns(instrument, q)) {
      if (!names.has(c.name)) out.push({ row: -1, column: c.name, value: null, rule: "missing_column" });
      else arrays.set(c.name, data.array(c.name) as readonly unknown[]);
    }
  }
  const col = (name: string, i: number): unknown => arrays.get(name)?.[i] ?? null;
  const n = data.numRows();
  const row: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    for (const k of Object.keys(row)) delete row[k];
    for (const q of instrument.questions) {
      const cols = questionColumns(instrument, q);
      for (const c of cols) row[c.name] = col(c.name, i);
      const asked = !q.relevant || evaluateCondition(q.relevant, row);
      const answerCols = cols.filter((c) => c.role !== "otherText");
      const values = answerCols.map((c) => col(c.name, i));
      const answered = values.some((v) => v !== null);
      if (!asked) {
        for (const c of cols)
          if (col(c.name, i) !== null) out.push({ row: i, column: c.name, value: col(c.name, i), rule: "not_asked" });
        continue;
      }
      if (q.required && !answered) out.push({ row: i, column: answerCols[0]!.name, value: null, rule: "required" });
      const choices = q.list === undefined ? [] : choiceList(instrument, q).choices;
      if (q.kind === "single" || q.kind === "ordinal") {
        const v = col(q.id, i);
        if (v !== null && !choices.some((c) => c.code === v))
          out.push({ row: i, column: q.id, value: v, rule: "unknown_choice" });
      }
      if (q.kind === "multiple") {
        if (answered && values.some((v) => v === null))
          out.push({ row: i, column: q.id, value: values, rule: "partial_indicators" });
        for (const c of answerCols) {
          const v = col(c.name, i);
          if (v !== null && typeof v !== "boolean") out.push({ row: i, column: c.name, value: v, rule: "wrong_type" });
        }
      }
      if (isNumericKind(q.kind)) {
        const v = col(q.id, i);
        if (v !== null) {
          const min = q.range?.min ?? (q.kind === "percent" ? 0 : Number.NEGATIVE_INFINITY);
          const max = q.range?.max ?? (q.kind === "percent" ? 100 : Number.POSITIVE_INFINITY);
          if (typeof v !== "number" || !Number.isFinite(v))
            out.push({ row: i, column: q.id, value: v, rule: "wrong_type" });
          else if (v < min || v > max) out.push({ row: i, column: q.id, value: v, rule: "out_of_range" });
          else if (q.kind === "integer" && !Number.isInteger(v))
            out.push({ row: i, column: q.id, value: v, rule: "not_integer" });
        }
      }
      const otherCol = cols.find((c) => c.role === "otherText");
      if (otherCol) {
        const text = col(otherCol.name, i);
        const other = choices.find((c) => c.other);
        const chosen =
          other !== undefined &&
          (q.kind === "multiple" ? col(indicatorColumn(q.id, other.code), i) === true : col(q.id, i) === other.code);
        if (text !== null && !chosen)
          out.push({ row: i, column: otherTextColumn(q.id), value: text, rule: "other_text_without_other" });
      }
    }
  }
  return out;
}
