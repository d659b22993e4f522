import { indicatorColumn } from "../model/columns.ts";
import type { Condition } from "../model/condition.ts";

/** A canonical respondent row, read by column name. */
export type AnswerRow = Readonly<Record<string, unknown>>;

function isAnswered(row: AnswerRow, question: string): boolean {
  const v = row[question];
  if (v !== undefined && v !== null && v !== "") return true;
  // Multiple choice: answered when at least one indicator is ticked.
  const prefix = indicatorColumn(question, "");
  return Object.keys(row).some((k) => k.startsWith(prefix) && row[k] === true);
}

function compare(a: number, cmp: string, b: number): boolean {
  switch (cmp) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "=":
      return a === b;
    default:
      return a !== b;
  }
}

/**
 * Evaluates skip logic on a canonical row, with XLSForm semantics: a condition on a blank or
 * not-asked answer is false (and its negation true).
 *
 * @example evaluateCondition(when.in("A1", "cpas"), { A1: "cpas" }) // => true
 * @example evaluateCondition(when.compare("B1", ">", 0), { B1: null }) // => false
 */
export function evaluateCondition(condition: Condition, row: AnswerRow): boolean {
  switch (condition.op) {
    case "in": {
      const v = row[condition.question];
      return typeof v === "string" && condition.values.includes(v);
    }
    case "selected":
      return row[indicatorColumn(condition.question, condition.choice)] === true;
    case "compare": {
      const v = row[condition.question];
      return typeof v === "number" && Number.isFinite(v) && compare(v, condition.cmp, condition.value);
    }
    case "answered":
      return isAnswered(row, condition.question);
    case "and":
      return condition.conditions.every((c) => evaluateCondition(c, row));
    case "or":
      return condition.conditions.some((c) => evaluateCondition(c, row));
    case "not":
      return !evaluateCondition(condition.condition, row);
  }
}
