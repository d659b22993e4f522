import { describe, expect, it } from "vitest";
import { pseudonymise } from "../../src/index.ts";

// Identifiers below are made up; the IBAN and national number have valid shapes, not real owners.
describe("pseudonymise", () => {
  it.each([
    ["Écrivez à marie.dupont+cpas@exemple-asbl.be demain.", "Écrivez à [courriel] demain."],
    ["Son GSM : 0470 12 34 56.", "Son GSM : [téléphone]."],
    ["Appeler le 02/123.45.67 le matin", "Appeler le [téléphone] le matin"],
    ["ou le +32 2 123 45 67", "ou le [téléphone]"],
    ["ou le 0032 470 123456", "ou le [téléphone]"],
    ["ou le +32 (0)470 12 34 56", "ou le [téléphone]"],
    ["Registre national 85.07.30-033.61 sur la carte", "Registre national [numéro de registre national] sur la carte"],
    ["RN 85073003361.", "RN [numéro de registre national]."],
    ["Versé sur BE68 5390 0754 7034 hier", "Versé sur [IBAN] hier"],
    ["Versé sur BE68539007547034 hier", "Versé sur [IBAN] hier"],
  ])("replaces %j", (input, expected) => {
    expect(pseudonymise(input).text).toBe(expected);
  });

  it("leaves ordinary numbers alone: years, amounts, percentages, postcodes", () => {
    const text = "En 2021, 35 % des 178 travailleurs de 1030 ont aidé pour 250 € ; rendez-vous le 12/03.";
    expect(pseudonymise(text)).toEqual({
      text,
      replaced: { iban: 0, nationalNumber: 0, email: 0, phone: 0 },
    });
  });

  it("counts what it replaced, by kind", () => {
    const r = pseudonymise("a@b.be, c@d.be, 0470 12 34 56, BE68 5390 0754 7034");
    expect(r.replaced).toEqual({ iban: 1, nationalNumber: 0, email: 2, phone: 1 });
  });

  it("writes placeholders in Dutch", () => {
    expect(pseudonymise("Mail a@b.be of bel 0470 12 34 56, RR 85.07.30-033.61", { lang: "nl" }).text).toBe(
      "Mail [e-mail] of bel [telefoon], RR [rijksregisternummer]",
    );
  });

  it("keeps null as null (no testimony is not an empty one)", () => {
    expect(pseudonymise(null)).toBeNull();
  });
});
