import { describe, expect, it } from "vitest";
import {
  adjustPValues,
  chiSquareTest,
  fisherExactTest,
  newcombeInterval,
  pchisqUpper,
  pfUpper,
  ptTwoSided,
  raoScottTest,
  welchTest,
  wilcoxonTest,
} from "../../src/index.ts";
import { close, R } from "../reference.ts";

describe("newcombeInterval", () => {
  for (const ref of R.newcombe) {
    it(`${ref.x1}/${ref.n1} − ${ref.x2}/${ref.n2} — R: Newcombe (1998) method 10 from prop.test Wilson bounds`, () => {
      const ci = newcombeInterval(ref.x1, ref.n1, ref.x2, ref.n2);
      close(ci.low, ref.ci[0], "low");
      close(ci.high, ref.ci[1], "high");
    });
  }
  it("reproduces Newcombe (1998) Table II, 56/70 − 48/80: (0.0524, 0.3339)", () => {
    const ci = newcombeInterval(56, 70, 48, 80);
    expect(ci.low).toBeCloseTo(0.0524, 4);
    expect(ci.high).toBeCloseTo(0.3339, 4);
  });
});

describe("chiSquareTest and fisherExactTest", () => {
  R.contingency.forEach(
    (
      ref: { table: number[][]; chisq: number; df: number; p_chisq: number; cramer_v: number; p_fisher: number },
      k: number,
    ) => {
      it(`table ${k + 1} — R: chisq.test(m, correct = FALSE), fisher.test(m)`, () => {
        const chi = chiSquareTest(ref.table);
        close(chi.statistic, ref.chisq, "X²");
        expect(chi.df).toBe(ref.df);
        close(chi.pValue, ref.p_chisq, "p");
        close(chi.cramerV, ref.cramer_v, "V");
        const f = fisherExactTest(ref.table);
        expect(f.method).toBe("exact");
        close(f.pValue, ref.p_fisher, "Fisher p");
      });
    },
  );
  it("ignores empty rows and columns, and gives p = 1 for a degenerate table", () => {
    const ref = R.contingency[0];
    const padded = [...ref.table.map((r: number[]) => [...r, 0]), [0, 0, 0]];
    close(chiSquareTest(padded).pValue, ref.p_chisq, "padded");
    expect(chiSquareTest([[5, 3]]).pValue).toBe(1);
    expect(fisherExactTest([[5], [3]]).pValue).toBe(1);
  });
  it("switches to a seeded simulation beyond maxTables, reproducibly and close to the exact value", () => {
    const ref = R.contingency[3];
    const a = fisherExactTest(ref.table, { maxTables: 10, replicates: 20000, seed: 3 });
    const b = fisherExactTest(ref.table, { maxTables: 10, replicates: 20000, seed: 3 });
    expect(a.method).toBe("monte-carlo");
    expect(a.pValue).toBe(b.pValue);
    // Monte-Carlo standard error with 20 000 replicates is at most 0.0036: 4 SE tolerance.
    expect(Math.abs(a.pValue - ref.p_fisher)).toBeLessThan(0.015);
  });
});

describe("wilcoxonTest", () => {
  it("matches R: wilcox.test(x, y, exact = FALSE, correct = TRUE) with ties", () => {
    const r = wilcoxonTest(R.wilcoxon.x, R.wilcoxon.y);
    close(r.statistic, R.wilcoxon.W, "W");
    close(r.pValue, R.wilcoxon.p, "p");
  });
  it("matches R: wilcox.test(x, y, exact = FALSE, correct = FALSE)", () => {
    close(wilcoxonTest(R.wilcoxon.x, R.wilcoxon.y, { correct: false }).pValue, R.wilcoxon.p_uncorrected, "p");
  });
});

describe("upper tails keep their relative precision", () => {
  it("pchisqUpper(200, 2) — R: pchisq(200, 2, lower.tail = FALSE) = 3.7e-44, not 0", () => {
    close(pchisqUpper(200, 2), R.tails.chisq_200_2, "chi-square");
    close(pfUpper(100, 3, 50), R.tails.f_100_3_50, "F");
    close(ptTwoSided(40, 30), R.tails.t_40_30, "t");
  });
});

describe("fisherExactTest on a realistic 2 × 5 table (n = 400)", () => {
  it("is exact, as R's fisher.test (network algorithm), not Monte-Carlo", () => {
    const f = fisherExactTest(R.fisher_2x5.table);
    expect(f.method).toBe("exact");
    close(f.pValue, R.fisher_2x5.p, "p");
  });
});

describe("raoScottTest first-order form", () => {
  it("matches R: svychisq(~g1 + g2, design, statistic = 'Chisq')", () => {
    const S = R.rao_scott;
    const r = raoScottTest(S.a, S.b, S.w, { statistic: "Chisq" });
    close(r.pearson, S.chisq, "Pearson X²");
    close(r.pValue, S.p_chisq, "p");
  });
});

describe("welchTest", () => {
  it("matches R: t.test(x, y)", () => {
    const r = welchTest(R.welch.x, R.welch.y);
    close(r.statistic, R.welch.t, "t");
    close(r.df, R.welch.df, "df");
    close(r.pValue, R.welch.p, "p");
    close(r.interval.low, R.welch.ci[0], "ci low");
    close(r.interval.high, R.welch.ci[1], "ci high");
  });
});

describe("adjustPValues", () => {
  it("matches R: p.adjust(p, 'holm') and p.adjust(p, 'BH')", () => {
    adjustPValues(R.adjust.p, "holm").forEach((v, i) => {
      close(v, R.adjust.holm[i], `holm ${i}`);
    });
    adjustPValues(R.adjust.p, "bh").forEach((v, i) => {
      close(v, R.adjust.bh[i], `bh ${i}`);
    });
  });
  it("keeps NaN and does not count it", () => {
    const out = adjustPValues([0.01, Number.NaN, 0.04], "holm");
    expect(out[1]).toBeNaN();
    close(out[0]!, 0.02);
  });
});
