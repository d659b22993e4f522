import { describe, expect, it } from "vitest";
import { describeComparison, findingInContext, findingTitle } from "../../src/index.ts";

// Hand-made comparison rows: the title follows the wording rule of describeComparison
// (Holm-adjusted p under alpha AND interval excluding 0), checked here on both sides of it.
const row = (over: Record<string, unknown> = {}) => ({
  group_a: "2021",
  group_b: "2025",
  estimate_a: 0.394,
  estimate_b: 0.605,
  difference: 0.211,
  diff_ci_low: 0.11,
  diff_ci_high: 0.305,
  p_adjusted: 0.0004,
  test: "chi-square",
  ...over,
});
const plain = (s: string) => s.replaceAll("\u202f", " ");

describe("findingTitle", () => {
  it("states a demonstrated rise with both values", () => {
    const f = describeComparison(row(), { label: "Non-recours observé", lang: "fr" });
    expect(plain(findingTitle(f, "Non-recours observé", "fr"))).toBe(
      "Non-recours observé — en hausse, de 39 % en 2021 à 61 % en 2025",
    );
  });

  it("states a demonstrated fall in Dutch, the answer placed in its question", () => {
    const f = describeComparison(
      row({ estimate_a: 0.52, estimate_b: 0.27, difference: -0.25, diff_ci_low: -0.36, diff_ci_high: -0.14 }),
      { label: "Loket zonder afspraak", lang: "nl" },
    );
    expect(findingTitle(findingInContext(f, "Beschikbare kanalen"), "Beschikbare kanalen", "nl")).toBe(
      "Loket zonder afspraak (beschikbare kanalen) — gedaald van 52% in 2021 naar 27% in 2025",
    );
    expect(findingTitle(f, "In 2025", "nl", { form: "short" })).toBe("Gedaald sinds 2021");
  });

  it("keeps the neutral title when p is not under alpha", () => {
    const f = describeComparison(row({ p_adjusted: 0.129 }), { label: "Renoncement", lang: "fr" });
    expect(findingTitle(f, "Renoncement à cause des obstacles", "fr")).toBe("Renoncement à cause des obstacles");
  });

  it("keeps the neutral title when p is small but the interval contains 0", () => {
    const f = describeComparison(row({ p_adjusted: 0.04, diff_ci_low: -0.01 }), { label: "X", lang: "fr" });
    expect(findingTitle(f, "Neutre", "fr", { form: "short" })).toBe("Neutre");
  });

  it("keeps the neutral title for a withheld figure or no finding", () => {
    const f = describeComparison(row({ suppressed: true }), { label: "X", lang: "fr" });
    expect(findingTitle(f, "Neutre", "fr")).toBe("Neutre");
    expect(findingTitle(undefined, "Neutre", "fr")).toBe("Neutre");
  });
  it("says a demonstrated gap between two communes as higher or lower, never as a rise (also in short form)", () => {
    const gap = describeComparison(row({ group_a: "Ixelles", group_b: "Forest" }), {
      label: "Non-recours observé",
      lang: "fr",
      change: false,
    });
    expect(gap.facts?.change).toBe(false);
    expect(plain(findingTitle(gap, "Non-recours observé", "fr"))).toBe(
      "Non-recours observé — plus élevé à Forest (61 %) qu'à Ixelles (39 %)",
    );
    const lower = describeComparison(
      row({
        group_a: "Elsene",
        group_b: "Vorst",
        estimate_a: 0.52,
        estimate_b: 0.27,
        difference: -0.25,
        diff_ci_low: -0.36,
        diff_ci_high: -0.14,
      }),
      { label: "Loket", lang: "nl", change: false },
    );
    expect(findingTitle(lower, "Loket", "nl")).toBe("Loket — lager in Vorst (27%) dan in Elsene (52%)");
    expect(findingTitle(lower, "In 2025", "nl", { form: "short" })).toBe("In 2025");
  });
});
