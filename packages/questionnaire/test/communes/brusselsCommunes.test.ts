import { describe, expect, it } from "vitest";
import { BRUSSELS_COMMUNES, choiceList, findBrusselsCommune, question, worker2025 } from "../../src/index.ts";

describe("BRUSSELS_COMMUNES", () => {
  it("lists the 19 communes once each, every postcode under one commune only", () => {
    expect(BRUSSELS_COMMUNES).toHaveLength(19);
    const postcodes = BRUSSELS_COMMUNES.flatMap((c) => c.postcodes);
    expect(new Set(postcodes).size).toBe(postcodes.length);
    for (const c of BRUSSELS_COMMUNES) {
      expect(c.postcodes[0]).toBe(c.postcode);
      expect(c.postcode).toMatch(/^1[0-2]\d\d$/);
      expect(c.name.fr.trim()).not.toBe("");
      expect(c.name.nl.trim()).not.toBe("");
    }
  });

  it("names the campaign's communes as DOMAIN.md does, in French and Dutch", () => {
    const names = (p: string) => findBrusselsCommune(p)?.name;
    expect(names("1030")).toEqual({ fr: "Schaerbeek", nl: "Schaarbeek" });
    expect(names("1050")).toEqual({ fr: "Ixelles", nl: "Elsene" });
    expect(names("1060")).toEqual({ fr: "Saint-Gilles", nl: "Sint-Gillis" });
    expect(names("1070")).toEqual({ fr: "Anderlecht", nl: "Anderlecht" });
    expect(names("1080")).toEqual({ fr: "Molenbeek-Saint-Jean", nl: "Sint-Jans-Molenbeek" });
    expect(names("1190")).toEqual({ fr: "Forest", nl: "Vorst" });
  });

  it("is the source of the commune list of question A6 (code c + postcode, then « outside Brussels »)", () => {
    const codes = choiceList(worker2025, question(worker2025, "A6")).choices.map((c) => c.code);
    expect(codes).toEqual([...BRUSSELS_COMMUNES.map((c) => `c${c.postcode}`), "hors_bxl"]);
  });
});

describe("findBrusselsCommune", () => {
  it("finds a commune by any of its postcodes, spaces ignored", () => {
    expect(findBrusselsCommune("1020")?.postcode).toBe("1000");
    expect(findBrusselsCommune(" 1 190 ")?.postcode).toBe("1190");
  });
  it("returns undefined outside the Brussels-Capital Region", () => {
    expect(findBrusselsCommune("9000")).toBeUndefined();
    expect(findBrusselsCommune("")).toBeUndefined();
    expect(findBrusselsCommune("forest")).toBeUndefined();
  });
});
