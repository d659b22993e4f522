import { comparisonInstrument, workerHarmonisation, workerInstruments } from "@monitoring-social/questionnaire";
import { describe, expect, it } from "vitest";
import { choiceLabels, isCentredScale } from "../../src/index.ts";

describe("isCentredScale", () => {
  it("tells a bipolar scale (decrease → increase, agreement) from a one-way one (frequency)", () => {
    const instrument = comparisonInstrument(workerHarmonisation, workerInstruments);
    expect(isCentredScale(instrument, "B2")).toBe(true);
    expect(isCentredScale(instrument, "F1")).toBe(true);
    expect(isCentredScale(instrument, "E1")).toBe(false);
    expect(isCentredScale(instrument, "A1")).toBe(false);
  });
});

describe("choiceLabels", () => {
  it("prints the result label: « Autre », not the form's « Autre (précisez) »", () => {
    const instrument = comparisonInstrument(workerHarmonisation, workerInstruments);
    expect(choiceLabels(instrument, "A1", "fr").autre).toBe("Autre");
    expect(choiceLabels(instrument, "A1", "nl").autre).toBe("Andere");
  });
});
