import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { degf, domainMean, mean, StatsError, surveyDesign, total } from "../../src/index.ts";
import { close, dataOf, num, R } from "../reference.ts";

const xs = (t: ReturnType<typeof dataOf>) => t.array("x") as (number | null)[];

describe("surveyDesign", () => {
  it("builds strata as R svydesign(ids = ~1, strata = ~vague) and counts degf as R degf()", () => {
    const S = surveyDesign(dataOf(R.design_s.data), { strata: "vague" });
    expect(S.strataLevels).toEqual(["2021", "2025"]);
    expect(degf(S)).toBe(R.design_s.degf); // R: degf(svydesign(ids = ~1, strata = ~vague, data = S)) = 83
    expect(degf(surveyDesign(dataOf(R.design_three.data), { strata: "vague" }))).toBe(R.design_three.degf);
    // Two communes × two waves: R strata = ~interaction(commune, vague).
    const C = surveyDesign(dataOf(R.design_communes.data), { strata: ["commune", "vague"] });
    expect(C.strataLevels).toHaveLength(4);
    expect(degf(C)).toBe(R.design_communes.degf);
  });

  it("leaves zero-weight rows out of degf — R: degf(svydesign(ids = ~1, weights = ~w)) with one weight 0", () => {
    const W = surveyDesign(dataOf(R.design_w.data), { weights: "w" });
    expect(degf(W)).toBe(R.design_w.degf);
    expect(degf(W)).toBe(W.table.numRows() - 2);
  });

  it("weights each row Nₕ/nₕ with an fpc and no weights, and applies (1 − nₕ/Nₕ) — R: svydesign(ids = ~1, strata = ~vague, fpc = ~N)", () => {
    const F = R.design_fpc;
    const t = dataOf(R.design_s.data).assign(table({ N: F.N }));
    const d = surveyDesign(t, { strata: "vague", fpc: "N" });
    Array.from(d.weights!).forEach((w, i) => {
      close(w, F.weights[i], `w${i}`);
    });
    const m = mean(d, "x").objects()[0] as Record<string, number>;
    close(m.estimate, F.mean_all.estimate, "mean");
    close(m.se, num(F.mean_all.se), "se (fpc)");
    close(m.ci_low, F.mean_all.ci[0], "ci");
    const tot = total(d, "x").objects()[0] as Record<string, number>;
    close(tot.estimate, F.total_all.estimate, "total");
    close(tot.se, num(F.total_all.se), "total se");
    // The same fractions given as sampling fractions n/N give the same design.
    const n = (t.array("vague") as string[]).map((v) => (v === "2021" ? 40 : 45));
    const frac = t.assign(table({ f: n.map((k, i) => k / (F.N[i] as number)) }));
    const fromFractions = mean(surveyDesign(frac, { strata: "vague", fpc: "f" }), "x").objects()[0] as Record<
      string,
      number
    >;
    close(fromFractions.se, m.se!, "fractions");
  });

  it("refuses a null stratum, an fpc that mixes sizes and fractions or varies in a stratum, in French and Dutch", () => {
    const t = table({ vague: ["2021", null, "2025"], x: [1, 2, 3], f: [0.5, 2, 0.5], g: [10, 10, 12] });
    expect(() => surveyDesign(t, { strata: "vague" })).toThrow(/ligne 2/);
    try {
      surveyDesign(t, { strata: "vague" });
    } catch (e) {
      expect((e as StatsError).code).toBe("bad_stratum");
      expect((e as StatsError).messages.nl).toMatch(/rij 2/);
    }
    expect(() => surveyDesign(t, { fpc: "f" })).toThrow(StatsError);
    const u = table({ vague: ["a", "a", "b"], g: [10, 12, 8] });
    expect(() => surveyDesign(u, { strata: "vague", fpc: "g" })).toThrow(/change dans la strate « a »/);
  });
});

describe("a stratum with one respondent (lonelyPsu)", () => {
  const L = R.design_lonely;
  const t = dataOf(L.data);

  it("fails like R's default when asked — R: options(survey.lonely.psu) is 'fail', svymean stops", () => {
    expect(L.default_option).toBe("fail");
    expect(L.fail_message).toBe("Stratum (2023) has only one PSU at stage 1");
    const d = surveyDesign(t, { strata: "vague", lonelyPsu: "fail" });
    expect(() => mean(d, "x")).toThrow(StatsError);
    expect(() => mean(d, "x")).toThrow(/« 2023 » \(vague\) n'a qu'un répondant/);
  });

  it("uses 'adjust' by default (R's default is 'fail': here a report must not stop for one cell) — R: options(survey.lonely.psu = 'adjust')", () => {
    const m = mean(surveyDesign(t, { strata: "vague" }), "x").objects()[0] as Record<string, number>;
    close(m.estimate, L.adjust.estimate, "mean");
    close(m.se, num(L.adjust.se), "se adjust");
    close(m.ci_high, L.adjust.ci[1], "ci");
  });

  it("gives R's 'certainty' and 'remove' values", () => {
    for (const how of ["certainty", "remove"] as const) {
      const m = mean(surveyDesign(t, { strata: "vague", lonelyPsu: how }), "x").objects()[0] as Record<string, number>;
      close(m.se, num(L[how].se), how);
    }
  });

  it("does not fail on a domain outside the lonely stratum, as R's subset does not visit it", () => {
    const d = surveyDesign(t, { strata: "vague", lonelyPsu: "fail" });
    const in2021 = (t.array("vague") as string[]).map((v) => v === "2021");
    const e = domainMean(d, xs(t), in2021);
    close(e.estimate, L.domain_2021_fail.estimate, "mean 2021");
    close(e.se, num(L.domain_2021_fail.se), "se 2021");
  });
});
