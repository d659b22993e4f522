import { table } from "arquero";
import { describe, expect, it } from "vitest";
import {
  calibrate,
  domainMean,
  isCalibrated,
  kishDesignEffect,
  mean,
  postStratify,
  proportion,
  rake,
  type StatsError,
  surveyDesign,
  total,
} from "../../src/index.ts";
import { close, dataOf, num, R } from "../reference.ts";

const K = R.design_raked;
const margin = (m: { levels: string[]; totals: number[] }) =>
  Object.fromEntries(m.levels.map((l, i) => [l, m.totals[i]!]));
const margins = [
  { column: "A1", totals: margin(K.margin_a1) },
  { column: "A3", totals: margin(K.margin_a3) },
];
const S = () => surveyDesign(dataOf(R.design_s.data), { strata: "vague" });
const domain = { column: "vague", level: "2025" } as const;

describe("rake with a domain: the 2025 wave raked to 2021's composition, 2021 kept as is", () => {
  // R: rake(svydesign(ids = ~1, strata = ~vague), list(~A1c, ~A3c), …) with A1c = "(autre)" in 2021
  // and its total = 2021's size, run to convergence (epsilon = 1e-13).
  const raked = rake(S(), margins, { domain, tolerance: 1e-13 });
  it("gives R's weights, 2021 untouched", () => {
    expect(raked.converged).toBe(true);
    Array.from(raked.weights!).forEach((w, i) => {
      close(w, K.rake.weights[i], `w${i}`);
    });
    expect(isCalibrated(raked)).toBe(true);
    expect(raked.strataColumns).toEqual(["vague"]);
  });
  it("reports Kish's design effect and effective size over the raked wave", () => {
    close(raked.designEffect, K.kish_deff, "deff");
    close(raked.effectiveSampleSize, K.ess, "ess");
    const w25 = Array.from(raked.weights!).slice(40);
    close(kishDesignEffect(w25).designEffect, K.kish_deff, "kishDesignEffect");
  });
  it("computes the raked (backfitted residual) variance — R: svymean(~x, subset(rake(…), vague == v))", () => {
    const rows = mean(raked, "x", { by: "vague" }).objects() as Record<string, number>[];
    rows.forEach((r, k) => {
      close(r.estimate, K.rake.mean[k].estimate, `mean ${k}`);
      close(r.se, num(K.rake.mean[k].se), `se ${k}`);
      close(r.ci_low, K.rake.mean[k].ci[0], `ci ${k}`);
    });
    const tot = total(raked, "x", { by: "vague" }).objects() as Record<string, number>[];
    tot.forEach((r, k) => {
      close(r.estimate, K.rake.total[k].estimate, `total ${k}`);
      close(r.se, num(K.rake.total[k].se), `total se ${k}`);
    });
  });
  it("differs from treating the raked weights as fixed sampling weights (what the library did before)", () => {
    const p = proportion(raked, "y", { by: "vague", levels: ["oui"] }).objects()[1] as Record<string, number>;
    close(p.se, K.rake.proportion[1].beta.se, "calibrated se");
    // R: svymean(~y == "oui", svydesign(…, weights = ~raked weights)) ignores the calibration.
    expect(Math.abs(Number(p.se) - num(K.fixed.se_2025))).toBeGreaterThan(1e-3);
  });
});

describe("calibrate (calfun = 'raking'): the same weights, the regression (GREG) residual variance", () => {
  const cal = calibrate(S(), margins, { domain, tolerance: 1e-13 });
  it("gives R's weights — R: calibrate(design, list(~A1c, ~A3c), …, calfun = 'raking')", () => {
    Array.from(cal.weights!).forEach((w, i) => {
      close(w, K.calibrate.weights[i], `w${i}`);
    });
  });
  it("gives R's variance", () => {
    const rows = mean(cal, "x", { by: "vague" }).objects() as Record<string, number>[];
    rows.forEach((r, k) => {
      close(r.se, num(K.calibrate.mean[k].se), `se ${k}`);
    });
  });
  it("refuses a null in a margin column and a level without a total, in French and Dutch", () => {
    const t = table({ A1: ["cpas", null, "asbl"] });
    expect(() => calibrate(surveyDesign(t), [{ column: "A1", totals: { cpas: 1, asbl: 1 } }])).toThrow(/ligne 2/);
    const u = table({ A1: ["cpas", "asbl"] });
    try {
      calibrate(surveyDesign(u), [{ column: "A1", totals: { cpas: 1 } }]);
      expect.unreachable();
    } catch (e) {
      expect((e as StatsError).code).toBe("margin_level_missing");
      expect((e as StatsError).messages.nl).toMatch(/‘asbl’/);
    }
  });
});

describe("postStratify", () => {
  const P = K.poststratify;
  const t25 = dataOf(R.design_s.data)
    .params({ v: "2025" })
    .filter((d: { vague: string }, $: { v: string }) => d.vague === $.v);
  const ps = postStratify(surveyDesign(t25), "A1", margin(K.margin_a1));
  it("gives R's weights and post-stratified variance — R: postStratify(design, ~A1, data.frame(A1, Freq))", () => {
    Array.from(ps.weights!).forEach((w, i) => {
      close(w, P.weights[i], `w${i}`);
    });
    const m = mean(ps, "x").objects()[0] as Record<string, number>;
    close(m.se, num(P.mean.se), "mean se");
    const tot = total(ps, "x").objects()[0] as Record<string, number>;
    close(tot.se, num(P.total.se), "total se");
    const p = proportion(ps, "y", { levels: ["oui"] }).objects()[0] as Record<string, number>;
    close(p.ci_low, P.prop.ci[0], "beta low");
    close(p.ci_high, P.prop.ci[1], "beta high");
  });
});

describe("rake without a domain: the variance of a raked mean", () => {
  it("matches R: svymean(~y, rake(svydesign(ids = ~1), list(~s1, ~s2), …))", () => {
    const Q = R.rake;
    const t = table({ s1: Q.s1, s2: Q.s2, y: Q.y });
    const raked = rake(surveyDesign(t), [
      { column: "s1", totals: margin(Q.margin1) },
      { column: "s2", totals: margin(Q.margin2) },
    ]);
    const e = domainMean(
      raked,
      Q.y,
      Q.y.map(() => true),
    );
    close(e.estimate, Q.mean.estimate, "mean");
    close(e.se, num(Q.mean.se), "se");
  });
});
