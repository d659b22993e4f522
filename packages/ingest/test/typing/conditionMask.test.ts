import {
  type Condition,
  canonicalColumns,
  choiceList,
  compileCondition,
  type Instrument,
  worker2025,
} from "@monitoring-social/questionnaire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// Internal to ingest (not in the barrel): the columnar twin of the questionnaire's compileCondition.
import { type ColumnView, conditionMask } from "../../src/typing/conditionMask.ts";

const instrument: Instrument = worker2025;
const columns = canonicalColumns(instrument);
const questions = instrument.questions;
const codesOf = (id: string): string[] => {
  const q = questions.find((x) => x.id === id);
  return q?.list === undefined ? ["x"] : choiceList(instrument, q).choices.map((c) => c.code);
};

/** Random values for a canonical column: mostly plausible, with blanks, "" and out-of-list codes. */
function arbitraryValue(type: string, question: string): fc.Arbitrary<string | number | boolean | null> {
  if (type === "boolean") return fc.constantFrom(true, false, null);
  if (type === "number")
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(null, 0, 1, 2, 2.5, 5, -1, Number.POSITIVE_INFINITY) },
      { weight: 1, arbitrary: fc.double({ noNaN: true }) },
    );
  return fc.constantFrom(null, "", "autre_chose", ...codesOf(question));
}

const rowArb = fc.record(Object.fromEntries(columns.map((c) => [c.name, arbitraryValue(c.type, c.question)])));

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.constantFrom(...questions.map((q) => q.id), "absent").chain((question) =>
    fc.oneof(
      fc.subarray(codesOf(question)).map((values): Condition => ({ op: "in", question, values })),
      fc.constant<Condition>({ op: "answered", question }),
      fc
        .tuple(fc.constantFrom("<", "<=", ">", ">=", "=", "!=" as const), fc.constantFrom(0, 1, 2, 5, 2.5))
        .map(([cmp, value]): Condition => ({ op: "compare", question, cmp, value })),
      fc.constantFrom(...codesOf(question)).map((choice): Condition => ({ op: "selected", question, choice })),
    ),
  ),
);
const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("condition"), { maxLength: 3 }).map((conditions): Condition => ({ op: "and", conditions })),
    fc.array(tie("condition"), { maxLength: 3 }).map((conditions): Condition => ({ op: "or", conditions })),
    tie("condition").map((c): Condition => ({ op: "not", condition: c })),
  ),
}));

/** The rows as typed-array columns, the way ingest holds them. */
function views(rows: readonly Record<string, unknown>[]): (name: string) => ColumnView | undefined {
  const out = new Map<string, ColumnView>();
  for (const c of columns) {
    const values = rows.map((r) => r[c.name]);
    if (c.type === "string") {
      const dict = [...new Set(values.filter((v): v is string => typeof v === "string"))];
      out.set(c.name, {
        type: "string",
        codes: Int32Array.from(values, (v) => (typeof v === "string" ? dict.indexOf(v) : -1)),
        dict,
      });
    } else if (c.type === "number") {
      out.set(c.name, {
        type: "number",
        values: Float64Array.from(values, (v) => (v === null ? Number.NaN : Number(v))),
      });
    } else {
      out.set(c.name, { type: "boolean", values: Uint8Array.from(values, (v) => (v === null ? 0 : v ? 2 : 1)) });
    }
  }
  return (name) => out.get(name);
}

describe("conditionMask", () => {
  it("agrees with compileCondition on every row, for any condition (property)", () => {
    fc.assert(
      fc.property(condition, fc.array(rowArb, { minLength: 1, maxLength: 8 }), (c, rows) => {
        const expected = rows.map((r) => (compileCondition(c, instrument)(r) ? 1 : 0));
        expect([...conditionMask(c, instrument, views(rows), rows.length)]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with compileCondition on every leaf condition (property)", () => {
    fc.assert(
      fc.property(leaf, fc.array(rowArb, { minLength: 4, maxLength: 12 }), (c, rows) => {
        const expected = rows.map((r) => (compileCondition(c, instrument)(r) ? 1 : 0));
        expect([...conditionMask(c, instrument, views(rows), rows.length)]).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a missing column as no value: only `not` can then hold", () => {
    const none = () => undefined;
    expect([...conditionMask({ op: "answered", question: "A4" }, instrument, none, 2)]).toEqual([0, 0]);
    const not = { op: "not", condition: { op: "compare", question: "A4", cmp: "!=", value: 1 } } as const;
    expect([...conditionMask(not, instrument, none, 2)]).toEqual([1, 1]);
  });
});
