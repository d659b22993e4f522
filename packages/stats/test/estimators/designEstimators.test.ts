import { table } from "arquero";
import { describe, expect, it } from "vitest";
import {
  crosstab,
  likert,
  mean,
  multipleResponse,
  proportion,
  quantile,
  ratio,
  StatsError,
  surveyDesign,
  timeBurden,
  total,
  wilsonInterval,
} from "../../src/index.ts";
import { close, dataOf, num, R } from "../reference.ts";

const W = R.design_w;
const tW = () => dataOf(W.data);
const dW = () => surveyDesign(tW(), { weights: "w" });
const groups = ["g1", "g2", "g3"];
type Row = Record<string, number & string & boolean>;

describe("proportion on a weighted design — R: svyciprop(~I(y == level), subset(design, grp == g & y != 'nsp'))", () => {
  for (const method of ["beta", "logit"] as const) {
    it(`${method}: estimate, linearised se and interval on degf, for groups g1 and g2`, () => {
      const rows = proportion(dW(), "y", {
        by: "grp",
        missingCodes: ["nsp"],
        levels: ["oui", "non"],
        method,
      }).objects() as Row[];
      for (const [k, g] of ["g1", "g2"].entries()) {
        for (const [j, lv] of ["oui", "non"].entries()) {
          const r = rows.find((x) => x.grp === g && x.level === lv)!;
          const ref = W.proportion[k][j][method];
          close(r.estimate, ref.estimate, `${g} ${lv}`);
          close(r.se, ref.se, `${g} ${lv} se`);
          close(r.ci_low, ref.ci[0], `${g} ${lv} low`);
          close(r.ci_high, ref.ci[1], `${g} ${lv} high`);
          expect(r.method).toBe(method);
        }
      }
    });
  }
  it("a group with one respondent (g3): R's beta interval is NaN (0/0 effective size); here Clopper–Pearson for 1/1 or 0/1", () => {
    const rows = proportion(dW(), "y", { by: "grp", missingCodes: ["nsp"], levels: ["oui", "non"] }).objects() as Row[];
    const g3 = rows.filter((r) => r.grp === "g3");
    expect(W.proportion[2][0].beta.ci).toEqual([null, null]); // R: NaN, NaN
    const hit = g3.find((r) => r.estimate === 1)!;
    expect(hit.ci_low).toBeCloseTo(0.025, 12); // (α/2)^(1/1)
    expect(hit.ci_high).toBe(1);
    expect(hit.suppressed).toBe(true);
  });
  it("0 % and 100 %: R's beta bounds are NaN and its logit ones ~1e-11 from the edge; here [0, 1 − 0.025^(1/n)] and [0, 0]", () => {
    const t = tW();
    const beta = proportion(dW(), "z", { by: "grp", levels: ["oui"] }).objects() as Row[];
    const logit = proportion(dW(), "z", { by: "grp", levels: ["oui"], method: "logit" }).objects() as Row[];
    expect(beta[0]!.estimate).toBe(1);
    expect(beta[1]!.estimate).toBe(0);
    expect(W.edge[0].beta.ci).toEqual([null, null]);
    const n2 = (t.array("grp") as string[]).filter((g) => g === "g2").length;
    close(beta[1]!.ci_high, 1 - 0.025 ** (1 / n2), "Clopper–Pearson 0/n upper bound");
    expect([logit[1]!.ci_low, logit[1]!.ci_high]).toEqual([0, 0]);
    expect(W.edge[1].logit.ci[1]).toBeLessThan(1e-10);
    expect([logit[0]!.ci_low, logit[0]!.ci_high]).toEqual([1, 1]);
  });
  it("refuses an interval a weighted design cannot give, naming those it can (fr/nl), rather than relabel another", () => {
    for (const method of ["wilson", "clopper-pearson", "jeffreys", "agresti-coull"] as const) {
      expect(() => proportion(dW(), "y", { method })).toThrow(StatsError);
    }
    try {
      proportion(dW(), "y", { method: "wilson" });
    } catch (e) {
      expect((e as StatsError).code).toBe("ci_method_unavailable");
      expect((e as StatsError).messages.fr).toMatch(/Méthodes possibles : beta, logit/);
      expect((e as StatsError).messages.nl).toMatch(/Mogelijke methoden: beta, logit/);
    }
  });
  it("gives svyciprop's logit and beta on an unweighted design too (they crashed before)", () => {
    const t = table({ y: ["a", "a", "b", "a", "b", "b", "a"] });
    const r = proportion(surveyDesign(t), "y", { levels: ["a"], method: "logit" }).objects()[0] as Row;
    expect(r.method).toBe("logit");
    expect(r.ci_low).toBeGreaterThan(0);
    expect(r.ci_high).toBeLessThan(1);
    const w = proportion(surveyDesign(t), "y", { levels: ["a"] }).objects()[0] as Row;
    close(w.ci_low, wilsonInterval(4, 7).low, "Wilson by default");
  });
});

describe("mean, total, ratio, quantile on a weighted design", () => {
  it("mean — R: svymean(~x, subset(design, grp == g & !is.na(x))), confint(df = degf(…)); g3 alone: se 0, no interval", () => {
    const rows = mean(dW(), "x", { by: "grp" }).objects() as Row[];
    groups.forEach((g, k) => {
      const r = rows.find((x) => x.grp === g)!;
      close(r.estimate, W.mean[k].estimate, `${g} mean`);
      close(r.se, num(W.mean[k].se), `${g} se`);
      if (k < 2) close(r.ci_low, W.mean[k].ci[0], `${g} ci`);
      else expect(Number.isNaN(r.ci_low)).toBe(true); // R: qt(0.975, df = 0) is NaN
    });
    const all = mean(dW(), "x").objects()[0] as Row;
    close(all.se, num(W.mean_all.se), "all");
    expect(all.method).toBe("t-linearised");
  });
  it("total — R: svytotal(~x, subset(design, grp == g))", () => {
    const rows = total(dW(), "x", { by: "grp" }).objects() as Row[];
    groups.forEach((g, k) => {
      const r = rows.find((x) => x.grp === g)!;
      close(r.estimate, W.total[k].estimate, `${g} total`);
      close(r.se, num(W.total[k].se), `${g} se`);
    });
  });
  it("ratio — R: svyratio(~x, ~etp, subset(design, !is.na(x)))", () => {
    const r = ratio(dW(), "x", "etp").objects()[0] as Row;
    close(r.estimate, num(W.ratio.estimate), "ratio");
    close(r.se, num(W.ratio.se), "se");
    expect(r.df).toBe(W.ratio.df);
  });
  it("quantile — R: svyquantile(~x, design, 0.5, qrule = 'math') (the bootstrap interval is not R's)", () => {
    const r = quantile(dW(), "x", { replicates: 200 }).objects()[0] as Row;
    close(r.estimate, num(W.quantile), "median");
  });
});

describe("multipleResponse, likert, crosstab, timeBurden honour the design", () => {
  it("multipleResponse — R: svyciprop(~I(m1), subset(design, grp == g & answered), method = 'beta')", () => {
    const rows = multipleResponse(dW(), ["m1", "m2"], { by: "grp" }).objects() as Row[];
    ["g1", "g2"].forEach((g, k) => {
      ["m1", "m2"].forEach((m, j) => {
        const r = rows.find((x) => x.grp === g && x.level === m)!;
        const ref = W.multiple[k][j];
        close(r.estimate, ref.estimate, `${g} ${m}`);
        close(r.se, ref.se, `${g} ${m} se`);
        close(r.ci_low, ref.ci[0], `${g} ${m} low`);
        expect(r.method).toBe("beta");
      });
    });
  });
  it("likert — R: svyciprop(~I(rank >= 4), …, 'beta') and svymean(~rank) with t on degf", () => {
    const ranks = { l1: 1, l2: 2, l3: 3, l4: 4, l5: 5 };
    const rows = likert(dW(), ["L"], { by: "grp", ranks }).objects() as Row[];
    ["g1", "g2"].forEach((g, k) => {
      const r = rows.find((x) => x.grp === g)!;
      close(r.agree, W.likert_agree[k].estimate, `${g} agree`);
      close(r.agree_ci_low, W.likert_agree[k].ci[0], `${g} agree low`);
      close(r.mean_rank, W.likert_mean[k].estimate, `${g} mean rank`);
      close(r.mean_ci_high, W.likert_mean[k].ci[1], `${g} mean high`);
      expect(r.method).toBe("beta; t-linearised");
    });
  });
  it("crosstab — R: svytable(~q + grp, design), prop.table(…, 1 | 2)", () => {
    const rows = crosstab(dW(), "q", "grp").objects() as Row[];
    const C = W.crosstab;
    C.cols.forEach((c: string, j: number) => {
      C.rows.forEach((r: string, i: number) => {
        const cell = rows.find((x) => x.q === r && x.grp === c)!;
        const k = j * C.rows.length + i;
        close(cell.n_w, C.n_w[k], `${r} × ${c}`);
        close(cell.row_pct, C.row_pct[k], "row %");
        close(cell.col_pct, C.col_pct[k], "col %");
      });
    });
  });
  it("timeBurden — R: svymean(~fte, subset) and svytotal(~fte, subset) (fte = share/100 × etp), t on degf", () => {
    const rows = timeBurden(dW(), { share: "share", etp: "etp", by: "grp" }).objects() as Row[];
    groups.forEach((g, k) => {
      const perRespondent = rows.find((x) => x.grp === g && x.indicator === "etp_par_repondant")!;
      const sum = rows.find((x) => x.grp === g && x.indicator === "etp_total")!;
      const hours = rows.find((x) => x.grp === g && x.indicator === "heures_par_semaine")!;
      close(perRespondent.estimate, W.time[k].mean.estimate, `${g} mean`);
      close(perRespondent.se, num(W.time[k].mean.se), `${g} mean se`);
      close(hours.estimate, 38 * W.time[k].mean.estimate, `${g} hours`);
      close(sum.estimate, W.time[k].total.estimate, `${g} total`);
      close(sum.se, num(W.time[k].total.se), `${g} total se`);
      if (k < 2) close(sum.ci_low, W.time[k].total.ci[0], `${g} total ci`);
      expect(sum.method).toBe("t-linearised");
    });
  });
});

describe("stratified designs: two waves, three waves, two communes × two waves, fpc", () => {
  const S = () => surveyDesign(dataOf(R.design_s.data), { strata: "vague" });
  it("proportion by a column that cuts across the strata is design-based — R: svyciprop(~I(y == 'oui'), subset(dS, A1 == g), 'beta')", () => {
    const rows = proportion(S(), "y", { by: "A1", levels: ["oui"] }).objects() as Row[];
    ["asbl", "commune", "cpas"].forEach((g, k) => {
      const r = rows.find((x) => x.A1 === g)!;
      close(r.estimate, R.design_s.proportion_a1[k].estimate, g);
      close(r.ci_low, R.design_s.proportion_a1[k].ci[0], `${g} low`);
      close(r.ci_high, R.design_s.proportion_a1[k].ci[1], `${g} high`);
    });
  });
  it("a pooled mean is the stratified one — R: svymean(~x, svydesign(ids = ~1, strata = ~vague))", () => {
    const m = mean(S(), "x").objects()[0] as Row;
    close(m.se, num(R.design_s.mean_all.se), "se");
    close(m.ci_low, R.design_s.mean_all.ci[0], "ci");
  });
  it("by the stratum column, each wave is its own simple random sample (Wilson, R prop.test)", () => {
    const T = R.design_three;
    const d = surveyDesign(dataOf(T.data), { strata: "vague" });
    const rows = proportion(d, "y", { by: "vague", levels: ["oui"] }).objects() as Row[];
    const r = rows.find((x) => x.vague === "2023")!;
    expect(r.method).toBe("wilson");
    close(r.ci_low, T.wilson_2023[0], "Wilson low");
    close(r.ci_high, T.wilson_2023[1], "Wilson high");
    const m = mean(d, "x").objects()[0] as Row;
    close(m.se, num(T.mean_all.se), "three strata: pooled mean se");
    const p = proportion(d, "y", { levels: ["oui"] }).objects()[0] as Row;
    close(p.ci_low, T.proportion_all.ci[0], "pooled share, beta");
  });
  it("two communes × two waves — R: strata = ~interaction(commune, vague)", () => {
    const C = R.design_communes;
    const d = surveyDesign(dataOf(C.data), { strata: ["commune", "vague"] });
    const byWave = proportion(d, "y", { by: "vague", levels: ["oui"] }).objects() as Row[];
    byWave.forEach((r, k) => {
      close(r.se, C.proportion[k].se, `wave ${k} se`);
      close(r.ci_low, C.proportion[k].ci[0], `wave ${k} low`);
    });
    const byCommune = proportion(d, "y", { by: "commune", levels: ["oui"] }).objects() as Row[];
    byCommune.forEach((r, k) => {
      close(r.ci_high, C.proportion_commune[k].ci[1], `commune ${k} high`);
    });
    const m = mean(d, "x", { by: "vague" }).objects() as Row[];
    m.forEach((r, k) => {
      close(r.se, num(C.mean[k].se), `mean ${k} se`);
      close(r.ci_high, C.mean[k].ci[1], `mean ${k} ci`);
    });
  });
  it("fpc: the shares of each wave — R: svyciprop(~I(y == 'oui'), subset(svydesign(…, fpc = ~N), vague == v), 'beta')", () => {
    const t = dataOf(R.design_s.data).assign(table({ N: R.design_fpc.N }));
    const rows = proportion(surveyDesign(t, { strata: "vague", fpc: "N" }), "y", {
      by: "vague",
      levels: ["oui"],
    }).objects() as Row[];
    rows.forEach((r, k) => {
      close(r.se, R.design_fpc.proportion[k].se, `se ${k}`);
      close(r.ci_low, R.design_fpc.proportion[k].ci[0], `low ${k}`);
    });
  });
  it("raked design: each wave's share — R: svyciprop(~I(y == 'oui'), subset(rake(…), vague == v), 'beta' | 'logit')", async () => {
    const { rake } = await import("../../src/index.ts");
    const K = R.design_raked;
    const margin = (m: { levels: string[]; totals: number[] }) =>
      Object.fromEntries(m.levels.map((l, i) => [l, m.totals[i]!]));
    const raked = rake(
      S(),
      [
        { column: "A1", totals: margin(K.margin_a1) },
        { column: "A3", totals: margin(K.margin_a3) },
      ],
      { domain: { column: "vague", level: "2025" }, tolerance: 1e-13 },
    );
    for (const method of ["beta", "logit"] as const) {
      const rows = proportion(raked, "y", { by: "vague", levels: ["oui"], method }).objects() as Row[];
      rows.forEach((r, k) => {
        close(r.se, K.rake.proportion[k][method].se, `${method} se ${k}`);
        close(r.ci_low, K.rake.proportion[k][method].ci[0], `${method} low ${k}`);
        close(r.ci_high, K.rake.proportion[k][method].ci[1], `${method} high ${k}`);
      });
    }
  });
});
