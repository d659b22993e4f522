import { describe, expect, it } from "vitest";
import { frenchSpacing, quote } from "../../src/index.ts";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("frenchSpacing", () => {
  it("sets quotes and colons as the French locale does (no-break spaces)", () => {
    expect(frenchSpacing("groupe « exclusion numérique 1030 » : suite")).toBe(
      `groupe ${quote("exclusion numérique 1030", "fr")}${NBSP}: suite`,
    );
  });

  it("puts a narrow no-break space before ; ! ? and %, adding it when missing", () => {
    expect(frenchSpacing("40 % ; vraiment? oui!")).toBe(`40${NNBSP}%${NNBSP}; vraiment${NNBSP}? oui${NNBSP}!`);
  });

  it("leaves times, addresses and text already set alone", () => {
    expect(frenchSpacing("à 10:30, voir https://exemple.be")).toBe("à 10:30, voir https://exemple.be");
    const set = `«${NBSP}déjà${NBSP}»${NBSP}: 5${NNBSP}%`;
    expect(frenchSpacing(set)).toBe(set);
  });
});
