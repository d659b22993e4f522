import { describe, expect, it } from "vitest";
import { inWave } from "../../src/index.ts";

describe("inWave", () => {
  it("says a year as « en 2021 » / « in 2021 »", () => {
    expect(inWave("2021", "fr")).toBe("en 2021");
    expect(inWave("2021", "nl")).toBe("in 2021");
  });

  it("says a commune and a year as a place then a time", () => {
    expect(inWave("Forest 2023", "fr")).toBe("à Forest en 2023");
    expect(inWave("Vorst 2023", "nl")).toBe("in Vorst in 2023");
    expect(inWave("Molenbeek-Saint-Jean 2025", "fr")).toBe("à Molenbeek-Saint-Jean en 2025");
  });

  it("keeps the reference's fictional mark after the year", () => {
    expect(inWave("Schaerbeek 2025 (fictif)", "fr")).toBe("à Schaerbeek en 2025 (fictif)");
    expect(inWave("Schaarbeek 2025 (fictief)", "nl")).toBe("in Schaarbeek in 2025 (fictief)");
  });

  it("says a commune alone as a place", () => {
    expect(inWave("Saint-Gilles", "fr")).toBe("à Saint-Gilles");
    expect(inWave("Sint-Gillis", "nl")).toBe("in Sint-Gillis");
  });
});
