import type { ColumnTable } from "arquero";
import { evaluateCondition } from "../logic/evaluateCondition.ts";
import { indicatorColumn, KEY_COLUMNS, questionColumns } from "../model/columns.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import { isNumericKind } from "../model/questionKind.ts";

/** Rules a canonical table can break, as checked by {@link checkResponses}. */
export const ResponseRule = {
  /** A column of `canonicalColumns(instrument)` is absent (reported once, with row `-1`). */
  missingColumn: "missing_column",
  /** `id`, `vague` or `commune` is null or not a string. */
  missingKey: "missing_key",
  /** A value where skip logic says the question was not asked. */
  notAsked: "not_asked",
  /** A required, asked question left blank (multiple choice: nothing ticked). */
  required: "required",
  /** A single/ordinal code not in the question's list. */
  unknownChoice: "unknown_choice",
  /** A number outside the question's range (percent: 0–100). */
  outOfRange: "out_of_range",
  /** A non-integer answer to an integer question. */
  notInteger: "not_integer",
  /** A value of the wrong storage type (a string in a number column, a number in a boolean column…). */
  wrongType: "wrong_type",
  /** A date that is not a valid ISO `YYYY-MM-DD` calendar date. */
  invalidDate: "invalid_date",
  /** An `__autre_texte` without the "other" choice chosen. */
  otherTextWithoutOther: "other_text_without_other",
  /** Some indicator columns of a multiple-choice question null and others not. */
  partialIndicators: "partial_indicators",
} as const;
/** One of the rules of {@link ResponseRule}. */
export type ResponseRule = (typeof ResponseRule)[keyof typeof ResponseRule];

/** A value of a canonical table that breaks a rule of its instrument. */
export interface ResponseViolation {
  /** 0-based row index (`-1` for a missing column). */
  readonly row: number;
  /** Canonical column. */
  readonly column: string;
  /** The offending value (`null` for a blank). */
  readonly value: unknown;
  /** The rule broken. */
  readonly rule: ResponseRule;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(v: string): boolean {
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

const blank = (v: unknown): boolean => v === null || v === undefined;

/**
 * Checks a canonical table against its instrument and lists every violation: missing columns or
 * keys, answers where skip logic says the question was not asked (skip logic evaluated with
 * `evaluateCondition` on the row's values), blank required answers, codes outside the choice list,
 * numbers outside the range or not integers, wrong storage types, invalid dates, `__autre_texte`
 * without the "other" choice, and multiple-choice indicators partly null. A conforming table gives
 * `[]`.
 *
 * Missing values: `null` and `undefined` are blanks; an empty string is a value (and is checked).
 * Written to test the simulator; ingest has its own, user-facing validation report.
 *
 * @example checkResponses(worker2025, simulateResponses(worker2025, { n: 50 })) // => []
 * @example checkResponses(worker2025, simulateResponses(worker2025, { n: 5 }).derive({ A1: () => "ocmw" }))[0].rule
 *   // => "unknown_choice"
 */
export function checkResponses(instrument: Instrument, data: ColumnTable): ResponseViolation[] {
  const out: ResponseViolation[] = [];
  const names = new Set(data.columnNames());
  const arrays = new Map<string, ArrayLike<unknown>>();
  const get = (name: string): ArrayLike<unknown> | undefined => {
    if (!arrays.has(name) && names.has(name)) arrays.set(name, data.array(name) as ArrayLike<unknown>);
    return arrays.get(name);
  };
  for (const key of KEY_COLUMNS)
    if (!names.has(key.name)) out.push({ row: -1, column: key.name, value: null, rule: "missing_column" });
  const checks = instrument.questions.map((q) => {
    const cols = questionColumns(instrument, q);
    for (const c of cols)
      if (!names.has(c.name)) out.push({ row: -1, column: c.name, value: null, rule: "missing_column" });
    const choices = q.list === undefined ? [] : choiceList(instrument, q).choices;
    const other = choices.find((c) => c.other);
    const answers = cols.filter((c) => c.role !== "otherText");
    const otherCol = cols.find((c) => c.role === "otherText");
    return {
      q,
      cols: cols.map((c) => ({ ...c, values: get(c.name) })),
      answers: answers.map((c) => ({ ...c, values: get(c.name) })),
      codes: new Set(choices.map((c) => c.code)),
      otherAnswer: other && (q.kind === "multiple" ? get(indicatorColumn(q.id, other.code)) : get(q.id)),
      otherCode: other?.code,
      otherText: otherCol && { name: otherCol.name, values: get(otherCol.name) },
      min: q.range?.min ?? (q.kind === "percent" ? 0 : Number.NEGATIVE_INFINITY),
      max: q.range?.max ?? (q.kind === "percent" ? 100 : Number.POSITIVE_INFINITY),
    };
  });
  const keys = KEY_COLUMNS.map((k) => ({ name: k.name, values: get(k.name) }));

  const n = data.numRows();
  for (let i = 0; i < n; i++) {
    for (const k of keys) {
      const v = k.values?.[i];
      if (k.values && typeof v !== "string")
        out.push({ row: i, column: k.name, value: v ?? null, rule: "missing_key" });
    }
    const row: Record<string, unknown> = {};
    for (const ch of checks) {
      const { q } = ch;
      for (const c of ch.cols) row[c.name] = c.values?.[i] ?? null;
      const asked = !q.relevant || evaluateCondition(q.relevant, row);
      if (!asked) {
        for (const c of ch.cols)
          if (!blank(row[c.name])) out.push({ row: i, column: c.name, value: row[c.name], rule: "not_asked" });
        continue;
      }
      const values = ch.answers.map((c) => row[c.name]);
      if (q.kind === "multiple") {
        const nulls = values.filter(blank).length;
        if (nulls > 0 && nulls < values.length) {
          const first = ch.answers.find((c) => blank(row[c.name]))!;
          out.push({ row: i, column: first.name, value: null, rule: "partial_indicators" });
        }
        for (const c of ch.answers) {
          const v = row[c.name];
          if (!blank(v) && typeof v !== "boolean") out.push({ row: i, column: c.name, value: v, rule: "wrong_type" });
        }
        if (q.required && !values.some((v) => v === true))
          out.push({ row: i, column: ch.answers[0]?.name ?? q.id, value: null, rule: "required" });
      } else {
        const v = row[q.id];
        if (blank(v)) {
          if (q.required) out.push({ row: i, column: q.id, value: null, rule: "required" });
        } else if (isNumericKind(q.kind)) {
          if (typeof v !== "number" || !Number.isFinite(v))
            out.push({ row: i, column: q.id, value: v, rule: "wrong_type" });
          else if (v < ch.min || v > ch.max) out.push({ row: i, column: q.id, value: v, rule: "out_of_range" });
          else if (q.kind === "integer" && !Number.isInteger(v))
            out.push({ row: i, column: q.id, value: v, rule: "not_integer" });
        } else if (typeof v !== "string") out.push({ row: i, column: q.id, value: v, rule: "wrong_type" });
        else if ((q.kind === "single" || q.kind === "ordinal") && !ch.codes.has(v))
          out.push({ row: i, column: q.id, value: v, rule: "unknown_choice" });
        else if (q.kind === "date" && !isIsoDate(v)) out.push({ row: i, column: q.id, value: v, rule: "invalid_date" });
      }
      if (ch.otherText) {
        const text = ch.otherText.values?.[i] ?? null;
        const a = ch.otherAnswer?.[i];
        const chosen = q.kind === "multiple" ? a === true : a === ch.otherCode;
        if (!blank(text) && !chosen)
          out.push({ row: i, column: ch.otherText.name, value: text, rule: "other_text_without_other" });
        else if (!blank(text) && typeof text !== "string")
          out.push({ row: i, column: ch.otherText.name, value: text, rule: "wrong_type" });
      }
    }
  }
  return out;
}
