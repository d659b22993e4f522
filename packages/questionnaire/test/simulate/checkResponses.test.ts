import { type ColumnTable, table } from "arquero";
import { describe, expect, it } from "vitest";
import { checkResponses, type ResponseRule, simulateResponses } from "../../src/index.ts";
import { fixture } from "./fixture.ts";

type Cell = string | number | boolean | null;

/** A copy of `t` with some cells replaced: `{ column: [[row, value], …] }`. */
function plant(t: ColumnTable, patch: Record<string, [number, unknown][]>): ColumnTable {
  const cols: Record<string, unknown[]> = {};
  for (const name of t.columnNames()) cols[name] = Array.from(t.array(name) as ArrayLike<unknown>);
  for (const [name, cells] of Object.entries(patch)) for (const [i, v] of cells) cols[name]![i] = v;
  return table(cols);
}

const clean = simulateResponses(fixture, { n: 200, seed: 21 });
const column = (name: string) => clean.array(name) as Cell[];
/** First row satisfying `test`. */
const rowWhere = (test: (i: number) => boolean) => {
  const i = column("id").findIndex((_, j) => test(j));
  if (i < 0) throw new Error("no such row in the clean table");
  return i;
};

describe("checkResponses", () => {
  it("finds nothing in a conforming table", () => {
    expect(checkResponses(fixture, clean)).toEqual([]);
  });

  const notAsked = rowWhere((i) => column("M1__commune")[i] !== true); // T1 not asked
  const o2Asked = rowWhere((i) => column("O2")[i] !== null);
  const m1Answered = rowWhere((i) => column("M1__cpas")[i] !== null && column("M1__autre")[i] === false);
  const notOther = rowWhere((i) => column("S1")[i] !== "autre");
  const m2Asked = rowWhere((i) => column("M2__guichet")[i] !== null);
  const withDate = rowWhere((i) => column("DT")[i] !== null);

  it.each<[string, Record<string, [number, unknown][]>, { row: number; column: string; rule: ResponseRule }]>([
    ["a blank key", { id: [[3, null]] }, { row: 3, column: "id", rule: "missing_key" }],
    [
      "an answer to a question not asked",
      { T1: [[notAsked, "texte"]] },
      { row: notAsked, column: "T1", rule: "not_asked" },
    ],
    ["a blank required answer", { S1: [[5, null]] }, { row: 5, column: "S1", rule: "required" }],
    [
      "a required multiple with nothing ticked",
      { M2__guichet: [[m2Asked, false]], M2__telephone: [[m2Asked, false]], M2__postal: [[m2Asked, false]] },
      { row: m2Asked, column: "M2__guichet", rule: "required" },
    ],
    [
      "a code outside the list",
      { O2: [[o2Asked, "beaucoup"]] },
      { row: o2Asked, column: "O2", rule: "unknown_choice" },
    ],
    ["a number above the range", { I1: [[7, 41]] }, { row: 7, column: "I1", rule: "out_of_range" }],
    ["a percent above 100", { P1: [[8, 100.5]] }, { row: 8, column: "P1", rule: "out_of_range" }],
    ["a decimal integer", { I1: [[9, 2.5]] }, { row: 9, column: "I1", rule: "not_integer" }],
    ["a number stored as text", { I1: [[10, "12"]] }, { row: 10, column: "I1", rule: "wrong_type" }],
    [
      "a text stored in an indicator",
      { M1__cpas: [[m1Answered, "oui"]] },
      { row: m1Answered, column: "M1__cpas", rule: "wrong_type" },
    ],
    ["an impossible date", { DT: [[withDate, "2025-02-30"]] }, { row: withDate, column: "DT", rule: "invalid_date" }],
    [
      "an other text without other",
      { S1__autre_texte: [[notOther, "x"]] },
      { row: notOther, column: "S1__autre_texte", rule: "other_text_without_other" },
    ],
    [
      "an other text of a multiple without other ticked",
      { M1__autre_texte: [[m1Answered, "x"]] },
      { row: m1Answered, column: "M1__autre_texte", rule: "other_text_without_other" },
    ],
    [
      "indicators partly null",
      { M1__actiris: [[m1Answered, null]] },
      { row: m1Answered, column: "M1__actiris", rule: "partial_indicators" },
    ],
  ])("finds %s", (_, patch, expected) => {
    const found = checkResponses(fixture, plant(clean, patch));
    expect(found.map(({ row, column, rule }) => ({ row, column, rule }))).toContainEqual(expected);
  });

  it("reports exactly the planted cells, with their values, in row order", () => {
    // Nothing reads R1 or O2 in skip logic, so these plants cannot change which questions are asked.
    const r1 = rowWhere((i) => column("R1")[i] !== null && i > o2Asked);
    const found = checkResponses(fixture, plant(clean, { R1: [[r1, 4]], O2: [[o2Asked, "beaucoup"]] }));
    expect(found).toEqual([
      { row: o2Asked, column: "O2", value: "beaucoup", rule: "unknown_choice" },
      { row: r1, column: "R1", value: 4, rule: "out_of_range" },
    ]);
  });

  it("reports missing columns once, with row -1", () => {
    const t = clean.select("id", "vague", "S1");
    const missing = checkResponses(fixture, t).filter((v) => v.rule === "missing_column");
    expect(missing).toContainEqual({ row: -1, column: "commune", value: null, rule: "missing_column" });
    expect(missing).toContainEqual({ row: -1, column: "M1__nsp", value: null, rule: "missing_column" });
    expect(missing.filter((v) => v.column === "I1")).toHaveLength(1);
  });
});
