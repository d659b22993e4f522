import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { rake, raoScottTest, surveyDesign } from "../../src/index.ts";
import { close, R } from "../reference.ts";

describe("rake", () => {
  const K = R.rake;
  const margin = (m: { levels: string[]; totals: number[] }) =>
    Object.fromEntries(m.levels.map((l, i) => [l, m.totals[i]!]));
  const t = table({ s1: K.s1, s2: K.s2 });
  const raked = rake(surveyDesign(t), [
    { column: "s1", totals: margin(K.margin1) },
    { column: "s2", totals: margin(K.margin2) },
  ]);

  it("gives R's weights — R: weights(rake(design, list(~s1, ~s2), margins)) run to convergence", () => {
    expect(raked.converged).toBe(true);
    (raked.weights as Float64Array).forEach((w, i) => {
      close(w, K.weights[i], `w${i}`);
    });
  });
  it("matches both margins and reports Kish's design effect and effective sample size", () => {
    const w = raked.weights!;
    const total = (col: string, level: string) =>
      (raked.table.array(col) as string[]).reduce((s, v, i) => (v === level ? s + w[i]! : s), 0);
    close(total("s1", "asbl"), 40);
    close(total("s2", "acc"), 30);
    close(raked.designEffect, K.kish_deff, "deff");
    close(raked.effectiveSampleSize, K.ess, "ess");
  });
  it("does not modify the input table", () => {
    expect(t.columnNames()).toEqual(["s1", "s2"]);
    expect(raked.table.columnNames()).toEqual(["s1", "s2", "poids"]);
  });
});

describe("raoScottTest", () => {
  const S = R.rao_scott;
  it("matches R: svychisq(~g1 + g2, design, statistic = 'F') with unequal weights", () => {
    const r = raoScottTest(S.a, S.b, S.w);
    close(r.statistic, S.F, "F");
    close(r.ndf, S.ndf, "ndf");
    close(r.ddf, S.ddf, "ddf");
    close(r.pValue, S.p, "p");
  });
  it("matches R with all weights equal", () => {
    const r = raoScottTest(
      S.a,
      S.b,
      S.a.map(() => 1),
    );
    close(r.statistic, S.F_equal, "F");
    close(r.pValue, S.p_equal, "p");
  });
});
