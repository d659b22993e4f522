import { indicatorColumn } from "../model/columns.ts";
import type { Condition } from "../model/condition.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import type { AnswerRow } from "./evaluateCondition.ts";

/**
 * Compiles skip logic into a function over canonical rows, with the semantics of
 * `evaluateCondition` but knowing the instrument: "answered" on a multiple-choice question reads
 * its indicator columns directly instead of scanning the row. For loops over many rows (ingest,
 * simulation). `read` turns a column name into an accessor, so rows may be arrays indexed by
 * column position. Default: property access on a canonical row object.
 * @example compileCondition(when.answered("D1"), worker2025)({ D1__langue: true }) // => true
 */
export function compileCondition<Row = AnswerRow>(
  condition: Condition,
  instrument: Instrument,
  read: (column: string) => (row: Row) => unknown = (column) => (row) => (row as AnswerRow)[column],
): (row: Row) => boolean {
  const recurse = (c: Condition) => compileCondition(c, instrument, read);
  switch (condition.op) {
    case "in": {
      const get = read(condition.question);
      const set = new Set(condition.values);
      return (row) => {
        const v = get(row);
        return typeof v === "string" && set.has(v);
      };
    }
    case "selected": {
      const get = read(indicatorColumn(condition.question, condition.choice));
      return (row) => get(row) === true;
    }
    case "compare": {
      const { cmp, value } = condition;
      const get = read(condition.question);
      const test: (a: number) => boolean =
        cmp === "<"
          ? (a) => a < value
          : cmp === "<="
            ? (a) => a <= value
            : cmp === ">"
              ? (a) => a > value
              : cmp === ">="
                ? (a) => a >= value
                : cmp === "="
                  ? (a) => a === value
                  : (a) => a !== value;
      return (row) => {
        const v = get(row);
        return typeof v === "number" && Number.isFinite(v) && test(v);
      };
    }
    case "answered": {
      const q = instrument.questions.find((x) => x.id === condition.question);
      if (q?.kind === "multiple") {
        const getters = choiceList(instrument, q).choices.map((c) => read(indicatorColumn(q.id, c.code)));
        return (row) => getters.some((g) => g(row) === true);
      }
      const get = read(condition.question);
      return (row) => {
        const v = get(row);
        return v !== undefined && v !== null && v !== "";
      };
    }
    case "and": {
      const parts = condition.conditions.map(recurse);
      return (row) => parts.every((p) => p(row));
    }
    case "or": {
      const parts = condition.conditions.map(recurse);
      return (row) => parts.some((p) => p(row));
    }
    case "not": {
      const inner = recurse(condition.condition);
      return (row) => !inner(row);
    }
  }
}
