/**
 * The kinds of question an instrument may contain.
 *
 * - `single`: one choice among a list (stored as the choice code, a string).
 * - `multiple`: any number of choices (stored as one boolean column per choice, `question__choice`).
 * - `ordinal`: one choice among an ordered list — Likert scales, brackets (stored as the choice code;
 *   each choice carries its rank in `value`).
 * - `integer`, `decimal`: numbers, with an optional range.
 * - `percent`: a number from 0 to 100.
 * - `text`: free text.
 * - `date`: a calendar date, ISO `YYYY-MM-DD`.
 */
export const QuestionKind = {
  single: "single",
  multiple: "multiple",
  ordinal: "ordinal",
  integer: "integer",
  decimal: "decimal",
  percent: "percent",
  text: "text",
  date: "date",
} as const;
/** One of the question kinds listed in {@link QuestionKind}. */
export type QuestionKind = (typeof QuestionKind)[keyof typeof QuestionKind];

/** Every question kind, in a stable order. */
export const QUESTION_KINDS: readonly QuestionKind[] = Object.values(QuestionKind);

/**
 * Whether a value is a question kind.
 * @example isQuestionKind("ordinal") // => true
 */
export function isQuestionKind(value: unknown): value is QuestionKind {
  return typeof value === "string" && (QUESTION_KINDS as readonly string[]).includes(value);
}

/** Kinds answered by picking from a choice list. */
export type ChoiceKind = "single" | "multiple" | "ordinal";
/** Kinds answered by a number. */
export type NumericKind = "integer" | "decimal" | "percent";

/**
 * Whether a kind is answered from a choice list (`single`, `multiple`, `ordinal`).
 * @example isChoiceKind("multiple") // => true
 */
export function isChoiceKind(kind: QuestionKind): kind is ChoiceKind {
  return kind === "single" || kind === "multiple" || kind === "ordinal";
}

/**
 * Whether a kind is answered by a number (`integer`, `decimal`, `percent`).
 * @example isNumericKind("percent") // => true
 */
export function isNumericKind(kind: QuestionKind): kind is NumericKind {
  return kind === "integer" || kind === "decimal" || kind === "percent";
}
