import { describe, expect, it } from "vitest";
import { textLanguage } from "../../src/index.ts";

describe("textLanguage", () => {
  it("tells French testimonies from Dutch ones by the short words only one language uses", () => {
    expect(textLanguage("Situation fictive : une dame âgée est venue trois fois pour un rendez-vous en ligne.")).toBe(
      "fr",
    );
    expect(textLanguage("Le formulaire n'existait qu'en ligne et en une seule langue, sans aide au guichet.")).toBe(
      "fr",
    );
    expect(
      textLanguage("Een man kon zijn afspraak bij de gemeente niet online maken: hij heeft geen smartphone."),
    ).toBe("nl");
  });
  it("says nothing when the text is too short or too mixed to tell", () => {
    expect(textLanguage("OK")).toBeUndefined();
    expect(textLanguage("itsme, eID, MyMinfin")).toBeUndefined();
    expect(textLanguage("le het")).toBeUndefined();
  });
});
