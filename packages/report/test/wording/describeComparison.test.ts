import { describe, expect, it } from "vitest";
import { describeComparison } from "../../src/index.ts";

// Hand-made comparison rows: what is tested is the wording rule, not the statistics (those are
// checked against R in packages/stats).
/** The house style writes narrow no-break spaces (U+202F) before % and units; compared here as spaces. */
const plain = (f: { text: string; significant: boolean }) => ({ ...f, text: f.text.replaceAll("\u202f", " ") });

const row = (over: Record<string, unknown> = {}) => ({
  group_a: "2021",
  group_b: "2025",
  estimate_a: 0.31,
  estimate_b: 0.46,
  difference: 0.15,
  diff_ci_low: 0.052,
  diff_ci_high: 0.241,
  p_adjusted: 0.004,
  test: "chi-square",
  suppressed: false,
  ...over,
});

describe("describeComparison", () => {
  it("names a rise only when the adjusted p is under alpha and the interval excludes 0", () => {
    const f = plain(describeComparison(row(), { label: "Non-recours observé souvent", lang: "fr" }));
    expect(f).toMatchObject({
      text: "Non-recours observé souvent : 31 % en 2021, 46 % en 2025 — hausse de 15,0 points (IC 95 % de la différence : +5,2 points à +24,1 points ; test du khi², p ajustée = 0,004).",
      significant: true,
      subject: "Non-recours observé souvent",
    });
  });

  it("keeps the numbers it worded from in the finding's facts, for the story layer", () => {
    const f = describeComparison(row({ denominator_a: 178, denominator_b: 229 }), { label: "Non-recours", lang: "fr" });
    expect(f.facts).toEqual({
      label: "Non-recours",
      scale: "share",
      digits: 1,
      a: "2021",
      b: "2025",
      valueA: 0.31,
      valueB: 0.46,
      nA: 178,
      nB: 229,
      difference: 0.15,
      low: 0.052,
      high: 0.241,
      test: "chi-square",
      p: 0.004,
      adjusted: true,
      significant: true,
    });
  });

  it("names a fall with a positive magnitude and a negative interval", () => {
    const f = plain(
      describeComparison(
        row({ estimate_a: 0.52, estimate_b: 0.27, difference: -0.25, diff_ci_low: -0.357, diff_ci_high: -0.144 }),
        { label: "Guichet sans rendez-vous", lang: "fr" },
      ),
    );
    expect(f.significant).toBe(true);
    expect(f.text).toContain("baisse de 25,0 points");
    expect(f.text).toContain("−35,7 points à −14,4 points");
  });

  it("says no difference is shown when p is not under alpha, even with a large gap", () => {
    const f = describeComparison(row({ p_adjusted: 0.129, diff_ci_low: -0.023 }), { label: "Renoncement", lang: "fr" });
    expect(f.significant).toBe(false);
    expect(f.text).toContain("pas de différence démontrée");
    expect(f.text).not.toMatch(/hausse|baisse/);
  });

  it("says no difference is shown when p is small but the interval contains 0 (the two disagree)", () => {
    const f = describeComparison(row({ p_adjusted: 0.04, diff_ci_low: -0.001 }), { label: "X", lang: "nl" });
    expect(f.significant).toBe(false);
    expect(f.text).toContain("geen aangetoond verschil");
    expect(f.text).not.toMatch(/stijging|daling/);
  });

  it("uses the alpha it is given", () => {
    expect(describeComparison(row({ p_adjusted: 0.004 }), { label: "X", lang: "fr", alpha: 0.001 }).significant).toBe(
      false,
    );
  });

  it("publishes nothing for a suppressed row", () => {
    const f = plain(describeComparison(row({ suppressed: true }), { label: "STIB / SNCB", lang: "fr" }));
    expect(f).toEqual({
      text: "STIB / SNCB : chiffre masqué (secret statistique).",
      significant: false,
      subject: "STIB / SNCB",
    });
  });

  it("words means with their unit and Welch's test, in Dutch", () => {
    const f = plain(
      describeComparison(
        {
          group_a: "2021",
          group_b: "2025",
          estimate_a: 14.7,
          estimate_b: 15.3,
          difference: 0.66,
          diff_ci_low: -0.9,
          diff_ci_high: 2.2,
          p_value: 0.413,
          test: "welch",
        },
        { label: "Vragen per week", lang: "nl", scale: "mean" },
      ),
    );
    expect(f.text).toBe(
      "Vragen per week: 14,7 in 2021, 15,3 in 2025 — geen aangetoond verschil (+0,7, 95%-BI: −0,9 tot +2,2; t-toets van Welch, p = 0,413): het verschil kan aan het toeval van de steekproef liggen.",
    );
  });
});
