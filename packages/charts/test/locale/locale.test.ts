import { describe, expect, it } from "vitest";
import { formatPercent, LOCALES, labelled, listText, NBSP, NNBSP, quote, sourceLine } from "../../src/index.ts";

describe("quote", () => {
  it("fr-BE: « guillemets » with no-break spaces inside, so a line never ends on «", () => {
    expect(quote("CPAS", "fr")).toBe(`«${NBSP}CPAS${NBSP}»`);
  });
  it("nl-BE: ‘single quotes’, no space, never « »", () => {
    expect(quote("OCMW", "nl")).toBe("‘OCMW’");
    expect(quote("OCMW", "nl")).not.toMatch(/[«»]/);
  });
  it("keeps a share inside a quote in the language's own style", () => {
    expect(quote(formatPercent(0.4, "nl"), "nl")).toBe("‘40%’");
    expect(quote(formatPercent(0.4, "fr"), "fr")).toBe(`«${NBSP}40${NNBSP}%${NBSP}»`);
  });
});

describe("labelled", () => {
  it("fr-BE: a no-break space before the colon; nl-BE: none", () => {
    expect(labelled("Source", "CASS", "fr")).toBe(`Source${NBSP}: CASS`);
    expect(labelled("Bron", "CASS", "nl")).toBe("Bron: CASS");
  });
  it("is what the source line of every chart uses", () => {
    expect(sourceLine({ title: "T", source: "CASS", fictional: true }, "nl")).toBe("Bron: CASS. Fictieve gegevens.");
    expect(sourceLine({ title: "T", source: "CASS", fictional: false }, "fr")).toBe(`Source${NBSP}: CASS.`);
  });
});

describe("listText", () => {
  it("joins with « et » / « en », one item alone, none empty", () => {
    expect(listText(["a", "b", "c"], "fr")).toBe("a, b et c");
    expect(listText(["a", "b"], "nl")).toBe("a en b");
    expect(listText(["a"], "nl")).toBe("a");
    expect(listText([], "fr")).toBe("");
  });
});

describe("LOCALES", () => {
  it("names the interval « IC 95 % » in French and « 95%-BI » in Dutch", () => {
    expect(LOCALES.fr.ci95).toBe(`IC 95${NNBSP}%`);
    expect(LOCALES.nl.ci95).toBe("95%-BI");
  });
  it("nl-BE writes no space before % or a colon, and no French quotes", () => {
    expect(LOCALES.nl.percentSpace).toBe("");
    expect(LOCALES.nl.colon).toBe(": ");
    expect(LOCALES.nl.quotes.join("")).not.toMatch(/[«» ]/);
  });
});
