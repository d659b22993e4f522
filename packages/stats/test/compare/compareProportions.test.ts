import { table } from "arquero";
import { describe, expect, it } from "vitest";
import {
  compareMultiple,
  compareProportions,
  independenceTest,
  newcombeInterval,
  StatsError,
  surveyDesign,
} from "../../src/index.ts";
import { close, R } from "../reference.ts";

function waves(a: Record<string, number>, b: Record<string, number>) {
  const vague: string[] = [];
  const e1: string[] = [];
  for (const [wave, counts] of [
    ["2021", a],
    ["2025", b],
  ] as const) {
    for (const [code, k] of Object.entries(counts))
      for (let i = 0; i < k; i++) {
        vague.push(wave);
        e1.push(code);
      }
  }
  return table({ vague, E1: e1 });
}

describe("independenceTest", () => {
  it("uses chi-square when every expected count is ≥ 5, Fisher otherwise, and says why", () => {
    const big = R.contingency[1];
    expect(independenceTest(big.table)).toMatchObject({ test: "chi-square", reason: "expected_ge_5" });
    close(independenceTest(big.table).pValue, big.p_chisq);
    const small = R.contingency[2];
    expect(independenceTest(small.table)).toMatchObject({ test: "fisher", reason: "expected_lt_5" });
    close(independenceTest(small.table).pValue, small.p_fisher);
  });
});

describe("compareProportions", () => {
  it("gives both shares, the difference (second group − first) with Newcombe's interval and a chosen test", () => {
    // 2021: 31/80 "souvent"; 2025: 46/100 "souvent".
    const t = waves({ souvent: 31, autre: 49 }, { souvent: 46, autre: 54 });
    const rows = compareProportions(surveyDesign(t), "E1", {
      by: "vague",
      levels: ["souvent", "autre"],
    }).objects() as Record<string, unknown>[];
    const s = rows[0]!;
    expect(s).toMatchObject({
      level: "souvent",
      group_a: "2021",
      group_b: "2025",
      n_a: 31,
      denominator_a: 80,
      n_b: 46,
      denominator_b: 100,
    });
    close(s.difference as number, 46 / 100 - 31 / 80);
    const ref = R.newcombe[3]; // R: Newcombe method 10 for 46/100 − 31/80
    close(s.diff_ci_low as number, ref.ci[0]);
    close(s.diff_ci_high as number, ref.ci[1]);
    expect(s.test).toBe("chi-square");
    expect(s.overall_test).toBe("chi-square");
    // R: sqrt(chisq.test(matrix(c(31, 49, 46, 54), 2, byrow = TRUE), correct = FALSE)$statistic / 180), X² = 0.9543563233
    close(s.overall_cramer_v as number, Math.sqrt(0.9543563233 / 180), "V");
    // Not significant at 5 %: the interval of the difference contains 0.
    expect((s.diff_ci_low as number) < 0 && (s.diff_ci_high as number) > 0).toBe(true);
    expect(s.p_value as number).toBeGreaterThan(0.05);
  });

  it("adjusts per-level p-values with Holm (p_adjusted) and BH", () => {
    const t = waves({ a: 20, b: 5, c: 15 }, { a: 8, b: 18, c: 14 });
    const rows = compareProportions(surveyDesign(t), "E1", { by: "vague" }).objects() as Record<string, number>[];
    for (const r of rows) {
      expect(r.p_holm).toBeGreaterThanOrEqual(r.p_value!);
      expect(r.p_bh).toBeGreaterThanOrEqual(r.p_value!);
      expect(r.p_bh).toBeLessThanOrEqual(r.p_holm!);
      expect(r.p_adjusted).toBe(r.p_holm);
    }
  });

  it("refuses a grouping without exactly two groups", () => {
    const t = table({ vague: ["2021", "2025", "2030"], E1: ["a", "b", "a"] });
    expect(() => compareProportions(surveyDesign(t), "E1", { by: "vague" })).toThrow(StatsError);
  });
});

describe("compareMultiple", () => {
  it("tests each choice among those who answered, not-asked rows left out", () => {
    const t = table({
      vague: ["2021", "2021", "2021", "2025", "2025", "2025", "2025"],
      C1__commune: [true, false, null, true, true, true, false],
      C1__cpas: [false, true, null, false, true, false, false],
    });
    const rows = compareMultiple(surveyDesign(t), ["C1__commune", "C1__cpas"], { by: "vague" }).objects() as Record<
      string,
      unknown
    >[];
    expect(rows.map((r) => [r.question, r.level, r.n_a, r.denominator_a, r.n_b, r.denominator_b])).toEqual([
      ["C1", "commune", 1, 2, 3, 4],
      ["C1", "cpas", 1, 2, 1, 4],
    ]);
    const d = newcombeInterval(3, 4, 1, 2);
    close(rows[0]!.diff_ci_low as number, d.low);
    expect(rows.every((r) => r.test === "fisher")).toBe(true);
  });
});
