import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { crosstab, proportion, publishable, secondarySuppression, surveyDesign } from "../../src/index.ts";

describe("secondarySuppression", () => {
  it("hides small cells, then a second cell wherever one hidden cell could be recovered from a margin", () => {
    expect(
      secondarySuppression(
        [
          [2, 10, 12],
          [8, 9, 20],
        ],
        5,
      ),
    ).toEqual([
      [true, true, false],
      [true, true, false],
    ]);
  });
  it("leaves empty cells and tables without small cells alone", () => {
    expect(
      secondarySuppression(
        [
          [0, 10],
          [7, 9],
        ],
        5,
      ),
    ).toEqual([
      [false, false],
      [false, false],
    ]);
  });
});

describe("crosstab", () => {
  it("gives counts and row, column and cell percentages, with suppression", () => {
    const t = table({
      A1: ["cpas", "cpas", "asbl", "asbl", "asbl", "cpas"],
      vague: ["2021", "2025", "2021", "2021", "2025", "2025"],
    });
    const rows = crosstab(surveyDesign(t), "A1", "vague", { threshold: 2 }).objects() as Record<string, unknown>[];
    expect(rows.map((r) => [r.A1, r.vague, r.n, r.row_pct, r.col_pct, r.cell_pct, r.suppressed])).toEqual([
      // Two small cells on a diagonal: each margin would reveal them, so all four are hidden.
      ["asbl", "2021", 2, 2 / 3, 2 / 3, 2 / 6, true],
      ["asbl", "2025", 1, 1 / 3, 1 / 3, 1 / 6, true],
      ["cpas", "2021", 1, 1 / 3, 1 / 3, 1 / 6, true],
      ["cpas", "2025", 2, 2 / 3, 2 / 3, 2 / 6, true],
    ]);
  });
});

describe("publishable", () => {
  it("blanks every figure of suppressed rows but keeps n", () => {
    const t = table({ A1: ["cpas", "cpas", "cpas", "cpas", "cpas", "cpas", "asbl"] });
    const rows = publishable(proportion(surveyDesign(t), "A1")).objects() as Record<string, unknown>[];
    expect(rows.find((r) => r.level === "asbl")).toMatchObject({
      n: 1,
      estimate: null,
      ci_low: null,
      ci_high: null,
      suppressed: true,
    });
    expect(rows.find((r) => r.level === "cpas")!.estimate).toBeCloseTo(6 / 7, 12);
  });
});
