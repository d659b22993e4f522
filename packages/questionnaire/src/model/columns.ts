import { choiceList, type Instrument } from "./instrument.ts";
import type { Question } from "./question.ts";

/** Separator between a question id and a choice code in canonical column names. */
export const COLUMN_SEPARATOR = "__";
/** Suffix of the "other, specify" text column. */
export const OTHER_TEXT_SUFFIX = "autre_texte";

/** Storage type of a canonical column. */
export type ColumnType = "string" | "number" | "boolean";

/** One column of the canonical table (DESIGN.md conventions). */
export interface CanonicalColumn {
  /** Column name: the question id, `question__choice` (multiple choice) or `question__autre_texte`. */
  readonly name: string;
  /** Question the column belongs to. */
  readonly question: string;
  /** Storage type. */
  readonly type: ColumnType;
  /** Choice code, for a multiple-choice indicator column. */
  readonly choice?: string;
  /** Role of the column. */
  readonly role: "answer" | "indicator" | "otherText";
}

/** Columns present in every canonical table before the answers: `id`, `vague`, `commune`. */
export const KEY_COLUMNS: readonly CanonicalColumn[] = [
  { name: "id", question: "id", type: "string", role: "answer" },
  { name: "vague", question: "vague", type: "string", role: "answer" },
  { name: "commune", question: "commune", type: "string", role: "answer" },
];

/**
 * Canonical column name of a multiple-choice indicator.
 * @example indicatorColumn("C1", "cpas") // => "C1__cpas"
 */
export function indicatorColumn(questionId: string, code: string): string {
  return `${questionId}${COLUMN_SEPARATOR}${code}`;
}

/**
 * Canonical column name of an "other, specify" text.
 * @example otherTextColumn("A1") // => "A1__autre_texte"
 */
export function otherTextColumn(questionId: string): string {
  return `${questionId}${COLUMN_SEPARATOR}${OTHER_TEXT_SUFFIX}`;
}

/**
 * The canonical columns of one question: single/ordinal → the code (string); multiple → one
 * boolean per choice; numbers → number; text and date → string; plus `__autre_texte` when the
 * list has an "other" choice.
 */
export function questionColumns(instrument: Instrument, q: Question): CanonicalColumn[] {
  const cols: CanonicalColumn[] = [];
  switch (q.kind) {
    case "multiple":
      for (const c of choiceList(instrument, q).choices) {
        cols.push({
          name: indicatorColumn(q.id, c.code),
          question: q.id,
          type: "boolean",
          choice: c.code,
          role: "indicator",
        });
      }
      break;
    case "single":
    case "ordinal":
    case "text":
    case "date":
      cols.push({ name: q.id, question: q.id, type: "string", role: "answer" });
      break;
    case "integer":
    case "decimal":
    case "percent":
      cols.push({ name: q.id, question: q.id, type: "number", role: "answer" });
      break;
  }
  if ((q.kind === "single" || q.kind === "multiple") && choiceList(instrument, q).choices.some((c) => c.other)) {
    cols.push({ name: otherTextColumn(q.id), question: q.id, type: "string", role: "otherText" });
  }
  return cols;
}

/**
 * All canonical columns of an instrument, keys first, then questions in order.
 * @example canonicalColumns(worker2021).map((c) => c.name).slice(0, 4) // => ["id", "vague", "commune", "A1"]
 */
export function canonicalColumns(instrument: Instrument): CanonicalColumn[] {
  return [...KEY_COLUMNS, ...instrument.questions.flatMap((q) => questionColumns(instrument, q))];
}
