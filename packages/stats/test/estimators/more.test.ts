import { table } from "arquero";
import { describe, expect, it } from "vitest";
import {
  compareProportions,
  likert,
  multipleResponse,
  quantile,
  rake,
  surveyDesign,
  timeBurden,
  weightedQuantile,
  wilsonInterval,
} from "../../src/index.ts";
import { close } from "../reference.ts";

describe("multipleResponse", () => {
  const t = table({
    vague: ["2021", "2021", "2021", "2021"],
    C1__a: [true, true, false, null],
    C1__b: [true, false, false, null],
  });
  it("gives % of respondents who answered (Wilson), leaving out those not asked", () => {
    const rows = multipleResponse(surveyDesign(t), ["C1__a", "C1__b"], { by: "vague" }).objects() as Record<
      string,
      number
    >[];
    expect(rows.map((r) => [r.level, r.n, r.denominator])).toEqual([
      ["a", 2, 3],
      ["b", 1, 3],
    ]);
    close(rows[0]!.ci_low, wilsonInterval(2, 3).low);
  });
  it("gives % of answers on request (no interval)", () => {
    const rows = multipleResponse(surveyDesign(t), ["C1__a", "C1__b"], { base: "answers" }).objects() as Record<
      string,
      unknown
    >[];
    expect(rows.map((r) => [r.level, r.estimate, r.ci_low])).toEqual([
      ["a", 2 / 3, null],
      ["b", 1 / 3, null],
    ]);
  });
});

describe("likert", () => {
  const ranks = { pas_du_tout: 1, plutot_pas: 2, neutre: 3, plutot: 4, tout_a_fait: 5 };
  it("gives the share agreeing (top two boxes) and the mean rank, leaving out codes without a rank", () => {
    const t = table({ F1: ["plutot", "tout_a_fait", "neutre", "pas_du_tout", "nsp", null] });
    const [r] = likert(surveyDesign(t), ["F1"], { ranks }).objects() as Record<string, number>[];
    expect(r).toMatchObject({ question: "F1", n: 4, n_missing: 1, agree_n: 2, agree: 0.5, mean_rank: 3.25 });
    close(r!.agree_ci_low, wilsonInterval(2, 4).low);
  });
});

describe("weightedQuantile / quantile", () => {
  it("is the smallest value whose weighted CDF reaches p (R quantile(type = 1) unweighted)", () => {
    // R: quantile(c(3, 1, 4, 1, 5, 9, 2, 6), 0.5, type = 1) = 3
    expect(weightedQuantile([3, 1, 4, 1, 5, 9, 2, 6], [1, 1, 1, 1, 1, 1, 1, 1], 0.5)).toBe(3);
    expect(weightedQuantile([10, 20, 30], [1, 1, 8], 0.5)).toBe(30);
    expect(weightedQuantile([], [], 0.5)).toBeNaN();
  });
  it("gives a seeded bootstrap interval: same seed same bounds, bounds around the estimate", () => {
    const t = table({ B4: [10, 20, 25, 30, 30, 35, 40, 45, 60, 90, null] });
    const a = quantile(surveyDesign(t), "B4", { seed: 7, replicates: 500 }).objects()[0] as Record<string, number>;
    const b = quantile(surveyDesign(t), "B4", { seed: 7, replicates: 500 }).objects()[0] as Record<string, number>;
    expect(a).toEqual(b);
    expect(a.estimate).toBe(30);
    expect(a.n).toBe(10);
    expect(a.ci_low).toBeLessThanOrEqual(30);
    expect(a.ci_high).toBeGreaterThanOrEqual(30);
  });
});

describe("timeBurden", () => {
  it("computes hours per week and ETP from share × working time (38 h full time)", () => {
    const t = table({ vague: ["2025", "2025", "2025"], B1_pct: [50, 20, null], A5: [1, 0.5, 1] });
    const rows = timeBurden(surveyDesign(t), { share: "B1_pct", etp: "A5", by: "vague" }).objects() as Record<
      string,
      number
    >[];
    // ETP per respondent: 0.5 and 0.1 → mean 0.3, total 0.6; hours: 0.3 × 38 = 11.4.
    expect(rows.map((r) => [r.indicator, r.n, r.n_missing])).toEqual([
      ["heures_par_semaine", 2, 1],
      ["etp_par_repondant", 2, 1],
      ["etp_total", 2, 1],
    ]);
    close(rows[0]!.estimate, 11.4);
    close(rows[1]!.estimate, 0.3);
    close(rows[2]!.estimate, 0.6);
  });
  it("uses the value given per bracket when the share was asked in brackets", () => {
    const t = table({ B1: ["b0_10", "b26_50"], A5: [1, 1] });
    const rows = timeBurden(surveyDesign(t), {
      shareCodes: { column: "B1", percent: { b0_10: 5, b26_50: 38 } },
      etp: "A5",
    }).objects() as Record<string, number>[];
    close(rows[1]!.estimate, (0.05 + 0.38) / 2);
  });
});

describe("compareProportions on a raked (weighted) design", () => {
  it("uses Rao–Scott, and raking to the other wave's composition moves the comparison", () => {
    // Wave 2025 over-represents CPAS workers, who answer "oui" more often.
    const vague = [...Array(40).fill("2021"), ...Array(40).fill("2025")];
    const A1 = [
      ...Array(30).fill("asbl"),
      ...Array(10).fill("cpas"),
      ...Array(10).fill("asbl"),
      ...Array(30).fill("cpas"),
    ];
    const Y = [
      ...Array(30)
        .fill(0)
        .map((_, i) => (i < 6 ? "oui" : "non")),
      ...Array(10)
        .fill(0)
        .map((_, i) => (i < 6 ? "oui" : "non")),
      ...Array(10)
        .fill(0)
        .map((_, i) => (i < 2 ? "oui" : "non")),
      ...Array(30)
        .fill(0)
        .map((_, i) => (i < 18 ? "oui" : "non")),
    ];
    const t = table({ vague, A1, Y });
    const raw = compareProportions(surveyDesign(t), "Y", { by: "vague", levels: ["oui"] }).objects()[0] as Record<
      string,
      number
    >;
    // Rake 2025 to 2021's composition (30 asbl, 10 cpas); 2021 keeps weight 1.
    const w25 = rake(surveyDesign(t.filter((d: { vague: string }) => d.vague === "2025")), [
      { column: "A1", totals: { asbl: 30, cpas: 10 } },
    ]);
    const w21 = t.filter((d: { vague: string }) => d.vague === "2021").derive({ poids: () => 1 });
    const adjusted = compareProportions(surveyDesign(w21.concat(w25.table), { weights: "poids" }), "Y", {
      by: "vague",
      levels: ["oui"],
    }).objects()[0] as Record<string, number & string>;
    close(raw.difference, 20 / 40 - 12 / 40); // 0.20 raw
    // At 2021's composition, 2025 would be 30 × (2/10) + 10 × (18/30) = 12 → 12/40 = 0.30: no difference left.
    close(adjusted.estimate_b, 0.3);
    close(adjusted.difference, 0);
    expect(adjusted.test).toBe("rao-scott");
    expect(adjusted.p_value).toBeGreaterThan(0.5);
  });
});
