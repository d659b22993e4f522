import { describe, expect, it } from "vitest";
import { plainShare } from "../../src/index.ts";

describe("plainShare", () => {
  it("says shares in plain words, in French and Dutch (the brief's example: « environ la moitié »)", () => {
    expect(plainShare(0.46, "fr")).toBe("environ la moitié");
    expect(plainShare(0.46, "nl")).toBe("ongeveer de helft");
    expect(plainShare(0.71, "fr")).toBe("environ 7 sur 10");
    expect(plainShare(0.71, "nl")).toBe("ongeveer 7 op 10");
  });
  it("prefers half, thirds and quarters when they are about as near as tenths", () => {
    expect(plainShare(0.32, "fr")).toBe("environ 1 sur 3");
    expect(plainShare(0.26, "nl")).toBe("ongeveer 1 op 4");
    expect(plainShare(0.74, "fr")).toBe("environ 3 sur 4");
    // 0,43 is nearer 4 in 10 than half, even with the bonus.
    expect(plainShare(0.43, "fr")).toBe("environ 4 sur 10");
  });
  it("drops « environ » only when the share is the fraction to half a point", () => {
    expect(plainShare(0.25, "fr")).toBe("1 sur 4");
    expect(plainShare(0.5, "nl")).toBe("de helft");
    expect(plainShare(0.256, "fr")).toBe("environ 1 sur 4");
  });
  it("never says « personne » or « tout le monde » unless it is exactly so", () => {
    expect(plainShare(0, "fr")).toBe("personne");
    expect(plainShare(1, "nl")).toBe("iedereen");
    expect(plainShare(0.01, "fr")).toBe("presque personne");
    expect(plainShare(0.99, "nl")).toBe("bijna iedereen");
    expect(plainShare(0.05, "fr")).toBe("moins de 1 sur 10");
    expect(plainShare(0.95, "nl")).toBe("meer dan 9 op 10");
    expect(plainShare(Number.NaN, "fr")).toBe("–");
  });
});
