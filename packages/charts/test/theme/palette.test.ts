import { describe, expect, it } from "vitest";
import {
  ChartError,
  contrastRatio,
  DIVERGING_PALETTES,
  EMPHASIS,
  INK,
  inkOn,
  isOrderedScale,
  LATEST_WAVE,
  minimumDifference,
  NEUTRAL,
  orderedColours,
  PALETTES_USED_TOGETHER,
  SEQUENTIAL_PALETTES,
  simulateDeficiency,
  WAVE_PALETTES,
  waveColours,
} from "../../src/index.ts";

/**
 * Threshold: a CIEDE2000 difference of 10 between any two colours drawn together, with normal
 * vision and under simulated protanopia and deuteranopia (Machado et al. 2009). ΔE00 ≈ 2.3 is a
 * just-noticeable difference; 10 keeps categories apart at a glance on screen and in print.
 */
const THRESHOLD = 10;
/** WCAG 2.1 success criterion 1.4.3 (AA): text contrast at least 4.5:1. */
const AA = 4.5;

describe("palettes", () => {
  for (const [name, colours] of Object.entries(PALETTES_USED_TOGETHER)) {
    it(`${name}: every pair stays distinguishable under deuteranopia and protanopia`, () => {
      const d = minimumDifference(colours);
      expect(d.normal).toBeGreaterThanOrEqual(THRESHOLD);
      expect(d.protanopia).toBeGreaterThanOrEqual(THRESHOLD);
      expect(d.deuteranopia).toBeGreaterThanOrEqual(THRESHOLD);
    });
  }
  it("checks every palette the grammar hands out (waves, diverging and sequential of each size)", () => {
    const checked = new Set(Object.values(PALETTES_USED_TOGETHER).map((p) => p.join()));
    for (const p of [...Object.values(WAVE_PALETTES), ...Object.values(DIVERGING_PALETTES)]) {
      expect(checked.has(p.join())).toBe(true);
    }
    for (const p of Object.values(SEQUENTIAL_PALETTES)) expect(checked.has(p.join())).toBe(true);
  });
  it("the test can fail: red and green collapse under deuteranopia", () => {
    expect(minimumDifference(["#D62728", "#2CA02C"]).normal).toBeGreaterThan(THRESHOLD);
    expect(minimumDifference(["#E41A1C", "#4DAF4A"]).deuteranopia).toBeLessThan(THRESHOLD);
  });
  it("simulation keeps greys grey (rows of the matrices sum to 1)", () => {
    const g = simulateDeficiency("#808080", "protanopia");
    expect(Math.abs(g.r - g.g)).toBeLessThan(0.01);
    expect(Math.abs(g.g - g.b)).toBeLessThan(0.01);
  });
});

describe("colour grammar: text contrast (WCAG AA on the white background)", () => {
  it("every text colour passes 4.5:1, « n.s. » grey included", () => {
    for (const [name, colour] of Object.entries({ ...INK, EMPHASIS, LATEST_WAVE })) {
      expect(contrastRatio(colour), name).toBeGreaterThanOrEqual(AA);
    }
  });
  it("the test can fail: the former « n.s. » grey #777777 is 4.48:1", () => {
    expect(contrastRatio("#777777")).toBeLessThan(AA);
    expect(contrastRatio("#777777")).toBeCloseTo(4.48, 2);
  });
  it("a share written on any ordered-answer fill gets an ink that passes 4.5:1", () => {
    for (const p of [...Object.values(DIVERGING_PALETTES), ...Object.values(SEQUENTIAL_PALETTES)]) {
      for (const fill of p) expect(contrastRatio(inkOn(fill), fill), fill).toBeGreaterThanOrEqual(AA);
    }
  });
});

describe("waveColours", () => {
  it("gives the latest wave Okabe–Ito blue whatever the number of waves, older waves lighter", () => {
    expect(waveColours(["2025"])).toEqual({ "2025": LATEST_WAVE });
    expect(waveColours(["2021", "2025"])["2025"]).toBe(LATEST_WAVE);
    expect(waveColours(["2017", "2021", "2025"])["2025"]).toBe(LATEST_WAVE);
    const [older, newer] = WAVE_PALETTES[2];
    expect(contrastRatio(older!)).toBeLessThan(contrastRatio(newer!));
  });
  it("gives a study of four to six waves a colour per wave, older waves lighter, the latest Okabe–Ito blue", () => {
    const six = ["2015", "2017", "2019", "2021", "2023", "2025"];
    for (const n of [4, 5, 6]) {
      const colours = waveColours(six.slice(-n));
      expect(colours["2025"]).toBe(LATEST_WAVE);
      expect(new Set(Object.values(colours)).size).toBe(n);
    }
    // Older is lighter in every palette: contrast with the white page grows from the oldest to the latest.
    for (const palette of Object.values(WAVE_PALETTES)) {
      const contrasts = palette.map((c) => contrastRatio(c));
      expect([...contrasts].sort((a, b) => a - b)).toEqual(contrasts);
    }
  });
  it("refuses more waves than the grammar has colours, in the reader's language", () => {
    const seven = ["2013", "2015", "2017", "2019", "2021", "2023", "2025"];
    expect(() => waveColours(seven, "nl")).toThrow(ChartError);
    expect(() => waveColours(seven, "nl")).toThrow("hoogstens 6 golven");
  });
});

describe("orderedColours", () => {
  it("centres a diverging scale on the neutral grey, purple for the negative end, green for the positive", () => {
    const five = orderedColours(5, "diverging");
    expect(five[2]).toBe(NEUTRAL);
    expect(orderedColours(7, "diverging")[3]).toBe(NEUTRAL);
    expect(orderedColours(4, "diverging")).not.toContain(NEUTRAL);
  });
  it("never reuses a wave colour for an ordered answer", () => {
    const waves = new Set(Object.values(WAVE_PALETTES).flat());
    for (const p of [...Object.values(DIVERGING_PALETTES), ...Object.values(SEQUENTIAL_PALETTES)]) {
      for (const c of p) expect(waves.has(c as never)).toBe(false);
    }
  });
  it("refuses a scale longer than its palette", () => {
    expect(() => orderedColours(8, "diverging")).toThrow(ChartError);
    expect(() => orderedColours(7, "sequential", "fr")).toThrow("séquentielle a au plus 6 couleurs");
    expect(isOrderedScale("diverging")).toBe(true);
    expect(isOrderedScale("rainbow")).toBe(false);
  });
});
