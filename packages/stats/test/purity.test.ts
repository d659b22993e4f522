import { type ColumnTable, table } from "arquero";
import { describe, expect, it } from "vitest";
import {
  calibrate,
  compareBattery,
  compareMeans,
  compareMultiple,
  compareProportions,
  compareWithin,
  crosstab,
  likert,
  mean,
  multipleResponse,
  postStratify,
  proportion,
  quantile,
  rake,
  ratio,
  StatsError,
  surveyDesign,
  timeBurden,
  total,
} from "../src/index.ts";

/** Freezes the arrays behind every column, so that any write by a statistics function throws. */
function frozen(t: ColumnTable): ColumnTable {
  for (const name of t.columnNames()) Object.freeze(t.column(name));
  return t;
}

const ranks = { non: 1, plutot_non: 2, plutot_oui: 3, oui: 4 };
const data = () =>
  frozen(
    table({
      vague: ["2021", "2021", "2021", "2021", "2025", "2025", "2025", "2025"],
      A1: ["cpas", "asbl", "cpas", null, "asbl", "asbl", "cpas", "cpas"],
      F1: ["oui", "non", "plutot_oui", "nsp", "oui", "oui", "plutot_non", null],
      F2: ["non", "non", "oui", "oui", "plutot_oui", "oui", "oui", "oui"],
      C1__a: [true, false, true, null, true, true, false, true],
      B3: [10, 20, 30, null, 15, 25, 35, 45],
      A5: [1, 0.5, 0.8, 1, 1, 1, 0.5, 0.8],
    }),
  );

describe("no statistics function mutates its input or coerces types", () => {
  it("runs every estimator and comparison on frozen columns", () => {
    const t = data();
    // The freeze is real: writing into a column now throws.
    expect(() => {
      (t.column("B3") as unknown as number[])[0] = 99;
    }).toThrow(TypeError);
    const d = surveyDesign(t);
    expect(() => {
      proportion(d, "A1", { by: "vague" });
      mean(d, "B3", { by: "vague" });
      quantile(d, "B3", { replicates: 50 });
      multipleResponse(d, ["C1__a"], { by: "vague" });
      likert(d, ["F1", "F2"], { ranks, by: "vague" });
      crosstab(d, "A1", "vague");
      timeBurden(d, { share: "B3", etp: "A5", by: "vague" });
      compareProportions(d, "A1", { by: "vague" });
      compareWithin(d, "F1", { by: "vague", within: "A1" });
      compareMultiple(d, ["C1__a"], { by: "vague" });
      compareMeans(d, "B3", { by: "vague" });
      compareBattery(d, ["F1", "F2"], { by: "vague", ranks });
      rake(d, [{ column: "A1", totals: { cpas: 4, asbl: 3 } }]);
      total(d, "B3", { by: "vague" });
      ratio(d, "B3", "A5");
      calibrate(d, [{ column: "vague", totals: { "2021": 4, "2025": 4 } }]);
      postStratify(d, "vague", { "2021": 5, "2025": 5 });
      const s = surveyDesign(t, { strata: "vague", weights: "A5" });
      proportion(s, "A1", { by: "vague" });
      compareProportions(s, "A1", { by: "vague" });
      compareMultiple(s, ["C1__a"], { by: "vague" });
      likert(s, ["F1", "F2"], { ranks, by: "vague" });
    }).not.toThrow();
  });
  it("refuses the wrong type in a column with a StatsError, every time", () => {
    const d = surveyDesign(table({ vague: ["2021", "2025"], x: ["12", 3], y: [1, 2], z: ["a", 1] }));
    expect(() => mean(d, "x")).toThrow(StatsError);
    expect(() => proportion(d, "y")).toThrow(StatsError);
    expect(() => compareProportions(d, "z", { by: "vague" })).toThrow(StatsError);
    expect(() => multipleResponse(d, ["y"])).toThrow(StatsError);
    expect(() => surveyDesign(table({ w: ["1,5"] }), { weights: "w" })).toThrow(/n'est pas un nombre positif ou nul/);
  });
});

describe("empty groups", () => {
  it("report a zero denominator with an undefined estimate and the widest interval", () => {
    const t = table({ vague: ["2021", "2021", "2025"], E1: ["oui", "non", null] });
    const rows = proportion(surveyDesign(t), "E1", { by: "vague" }).objects() as Record<string, unknown>[];
    const empty = rows.filter((r) => r.vague === "2025");
    expect(empty.map((r) => [r.denominator, r.ci_low, r.ci_high])).toEqual([
      [0, 0, 1],
      [0, 0, 1],
    ]);
    expect(empty.every((r) => Number.isNaN(r.estimate as number))).toBe(true);
  });
});

describe("compareBattery", () => {
  it("adjusts the item p-values across the battery (Holm ≥ BH ≥ raw)", () => {
    const rows = compareBattery(surveyDesign(data()), ["F1", "F2"], { by: "vague", ranks }).objects() as Record<
      string,
      number
    >[];
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.p_holm).toBeGreaterThanOrEqual(r.p_bh!);
      expect(r.p_bh).toBeGreaterThanOrEqual(r.p_value!);
    }
  });
});
