import { describe, expect, it } from "vitest";
import { minimumDifference, PALETTES_USED_TOGETHER, simulateDeficiency } from "../../src/index.ts";

/**
 * Threshold: a CIEDE2000 difference of 10 between any two colours drawn together, with normal
 * vision and under simulated protanopia and deuteranopia (Machado et al. 2009). ΔE00 ≈ 2.3 is a
 * just-noticeable difference; 10 keeps categories apart at a glance on screen and in print.
 */
const THRESHOLD = 10;

describe("palettes", () => {
  for (const [name, colours] of Object.entries(PALETTES_USED_TOGETHER)) {
    it(`${name}: every pair stays distinguishable under deuteranopia and protanopia`, () => {
      const d = minimumDifference(colours);
      expect(d.normal).toBeGreaterThanOrEqual(THRESHOLD);
      expect(d.protanopia).toBeGreaterThanOrEqual(THRESHOLD);
      expect(d.deuteranopia).toBeGreaterThanOrEqual(THRESHOLD);
    });
  }
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
