import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { compositionMargins, rake, surveyDesign } from "../../src/index.ts";

describe("compositionMargins", () => {
  // Hand-worked: the reference has 2 cpas, 1 asbl among 3 valid answers (one null, left out).
  const reference = surveyDesign(table({ A1: ["cpas", "asbl", "cpas", null], A3: ["as", "as", "acc", "acc"] }));

  it("scales the reference's shares to the total, leaving nulls out", () => {
    const [a1, a3] = compositionMargins(reference, ["A1", "A3"], 12);
    expect(a1).toEqual({ column: "A1", totals: { asbl: 4, cpas: 8 } });
    expect(a3).toEqual({ column: "A3", totals: { acc: 6, as: 6 } });
  });

  it("uses the reference's weights when it has some", () => {
    const weighted = surveyDesign(table({ A1: ["cpas", "asbl"], w: [3, 1] }), { weights: "w" });
    expect(compositionMargins(weighted, ["A1"], 8)[0]!.totals).toEqual({ asbl: 2, cpas: 6 });
  });

  it("gives margins that raking meets: the raked sample has the reference's composition", () => {
    const sample = surveyDesign(table({ A1: ["cpas", "cpas", "asbl", "asbl"], A3: ["as", "acc", "acc", "acc"] }));
    const raked = rake(sample, compositionMargins(reference, ["A1", "A3"], 4));
    const w = raked.weights!;
    const share = (col: string, level: string) =>
      (raked.table.array(col) as string[]).reduce((s, v, i) => (v === level ? s + w[i]! : s), 0) / 4;
    expect(share("A1", "cpas")).toBeCloseTo(2 / 3, 8);
    expect(share("A3", "acc")).toBeCloseTo(1 / 2, 8);
  });
});
