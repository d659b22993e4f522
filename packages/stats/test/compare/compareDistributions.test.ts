import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { compareMeans, compareOrdinal, surveyDesign } from "../../src/index.ts";
import { close, R } from "../reference.ts";

describe("compareOrdinal", () => {
  it("matches R wilcox.test(x, y, exact = FALSE, correct = TRUE), codes mapped to ranks", () => {
    const code = ["", "a", "b", "c", "d", "e"];
    const ranks = { a: 1, b: 2, c: 3, d: 4, e: 5 };
    const x = R.wilcoxon.x as number[];
    const y = R.wilcoxon.y as number[];
    const t = table({
      vague: [...x.map(() => "2021"), ...y.map(() => "2025"), "2025"],
      F1: [...x.map((v) => code[v]), ...y.map((v) => code[v]), "nsp"],
    });
    const [r] = compareOrdinal(surveyDesign(t), "F1", { by: "vague", ranks }).objects() as Record<
      string,
      number & string
    >[];
    close(r!.statistic, R.wilcoxon.W);
    close(r!.p_value, R.wilcoxon.p);
    expect(r).toMatchObject({ n_a: x.length, n_b: y.length, test: "wilcoxon", test_reason: "ordinal" });
  });
});

describe("compareMeans", () => {
  it("matches R t.test(y, x): difference second group − first", () => {
    const x = R.welch.x as number[];
    const y = R.welch.y as number[];
    const t = table({ vague: [...x.map(() => "2021"), ...y.map(() => "2025")], B3: [...x, ...y] });
    const [r] = compareMeans(surveyDesign(t), "B3", { by: "vague" }).objects() as Record<string, number>[];
    close(r!.difference, -(R.welch.ci[0] + R.welch.ci[1]) / 2);
    close(r!.diff_ci_low, -R.welch.ci[1]);
    close(r!.diff_ci_high, -R.welch.ci[0]);
    close(r!.p_value, R.welch.p);
  });
});
