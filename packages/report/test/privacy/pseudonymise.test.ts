import { describe, expect, it } from "vitest";
import { findNames, isIban, isNationalNumber, pseudonymise } from "../../src/index.ts";

// Identifiers below are made up; the IBANs and national numbers have valid check digits, no real owner.
describe("pseudonymise", () => {
  it.each([
    ["Écrivez à marie.dupont+cpas@exemple-asbl.be demain.", "Écrivez à [courriel] demain."],
    ["Écrivez à marie (at) exemple.be ou marie[at]exemple[dot]be", "Écrivez à [courriel] ou [courriel]"],
    ["Son GSM : 0470 12 34 56.", "Son GSM : [téléphone]."],
    ["Appeler le 02/123.45.67 le matin", "Appeler le [téléphone] le matin"],
    ["ou le +32 2 123 45 67", "ou le [téléphone]"],
    ["ou le 0032 470 123456", "ou le [téléphone]"],
    ["ou le +32 (0)470 12 34 56", "ou le [téléphone]"],
    ["sa sœur au +33 6 12 34 56 78", "sa sœur au [téléphone]"],
    ["au Maroc +212 661 23 45 67", "au Maroc [téléphone]"],
    ["aux Pays-Bas 06-12345678", "aux Pays-Bas [téléphone]"],
    ["Registre national 85.07.30-033.28 sur la carte", "Registre national [numéro de registre national] sur la carte"],
    ["RN 85-07-30-033-28.", "RN [numéro de registre national]."],
    ["RN 85 07 30 033 28.", "RN [numéro de registre national]."],
    ["RN 850730 033 28.", "RN [numéro de registre national]."],
    ["RN 85073003328.", "RN [numéro de registre national]."],
    ["né en 2003, RN 03.02.15-123.45", "né en 2003, RN [numéro de registre national]"],
    ["Versé sur BE68 5390 0754 7034 hier", "Versé sur [IBAN] hier"],
    ["Versé sur BE68539007547034 hier", "Versé sur [IBAN] hier"],
    ["Versé sur be68 5390 0754 7034 hier", "Versé sur [IBAN] hier"],
    ["Versé sur BE 68 5390 0754 7034 hier", "Versé sur [IBAN] hier"],
    ["Versé sur Be68-5390-0754-7034.", "Versé sur [IBAN]."],
    ["compte français FR76 3000 6000 0112 3456 7890 189 fermé", "compte français [IBAN] fermé"],
    ["compte NL91 ABNA 0417 1643 00 aux Pays-Bas", "compte [IBAN] aux Pays-Bas"],
    ["ancien compte 539-0075470-34", "ancien compte [IBAN]"],
  ])("replaces %j", (input, expected) => {
    expect(pseudonymise(input).text).toBe(expected);
  });

  it("does not keep the birth year of a national number written with dashes", () => {
    expect(pseudonymise("85-07-30-033-28").text).not.toMatch(/85/);
  });

  it("leaves ordinary numbers and words alone: years, amounts, percentages, postcodes, dates, « de 12 »", () => {
    const text =
      "En 2021, 35 % des 178 travailleurs de 1030 ont aidé pour 250 € ; rendez-vous le 12/03/2024 ; de 12 à 14 dossiers.";
    expect(pseudonymise(text)).toEqual({
      text,
      replaced: { iban: 0, nationalNumber: 0, email: 0, phone: 0, name: 0 },
      names: [],
    });
  });

  it("does not take words followed by numbers for an IBAN when the check fails", () => {
    const text = "Voir de 12 34 56 78 90 12 34 56 78 90 lignes";
    expect(pseudonymise(text).replaced.iban).toBe(0);
  });

  it("counts what it replaced, by kind", () => {
    const r = pseudonymise("a@b.be, c@d.be, 0470 12 34 56, BE68 5390 0754 7034, Madame Lefèvre");
    expect(r.replaced).toEqual({ iban: 1, nationalNumber: 0, email: 2, phone: 1, name: 1 });
  });

  it("writes placeholders in Dutch", () => {
    expect(
      pseudonymise("Mail a@b.be of bel 0470 12 34 56, RR 85.07.30-033.28, Mevrouw Peeters", { lang: "nl" }).text,
    ).toBe("Mail [e-mail] of bel [telefoon], RR [rijksregisternummer], Mevrouw [naam]");
  });

  it("masks possible names by default, lists them, and publishes a word a person confirmed", () => {
    const text = "Fatima Benali est venue avec M. Dupont, rue Marie.";
    const masked = pseudonymise(text);
    expect(masked.text).toBe("[nom] est venue avec M. [nom], rue [nom].");
    expect(masked.names.map((n) => [n.word, n.reason, n.masked])).toEqual([
      ["Fatima Benali", "afterFirstName", true],
      ["Dupont", "title", true],
      ["Marie", "firstName", true],
    ]);
    const kept = pseudonymise(text, { confirmed: ["marie"] });
    expect(kept.text).toBe("[nom] est venue avec M. [nom], rue Marie.");
    expect(kept.names.find((n) => n.word === "Marie")!.masked).toBe(false);
  });

  it("keeps null as null (no testimony is not an empty one)", () => {
    expect(pseudonymise(null)).toBeNull();
  });
});

describe("isNationalNumber", () => {
  it("checks the two last digits (97 minus the nine first modulo 97; a 2 before them from 2000 on)", () => {
    expect(isNationalNumber("85073003328")).toBe(true);
    expect(isNationalNumber("85073003329")).toBe(false);
    // Born in 2003: 97 - (2030215123 mod 97).
    expect(isNationalNumber(`030215123${String(97 - (2030215123 % 97)).padStart(2, "0")}`)).toBe(true);
  });
});

describe("isIban", () => {
  it("checks the country's length and the mod-97 check, in any case", () => {
    expect(isIban("BE68539007547034")).toBe(true);
    expect(isIban("be68539007547034")).toBe(true);
    expect(isIban("BE68539007547035")).toBe(false);
    expect(isIban("FR7630006000011234567890189")).toBe(true);
    expect(isIban("BE6853900754703")).toBe(false);
  });
});

describe("findNames", () => {
  it.each([
    ["J'ai vu Madame Lefèvre hier.", ["Lefèvre"]],
    ["Mme Diallo et Mw. De Smet", ["Diallo", "De Smet"]],
    ["Dhr. Peeters belde", ["Peeters"]],
    ["Meneer Kowalczyk kwam langs", ["Kowalczyk"]],
    ["Jean-Pierre habite à Saint-Gilles.", ["Jean-Pierre"]],
    ["Le dossier de JANSSENS est bloqué", ["JANSSENS"]],
    ["Mohamed Yilmaz et Khadija", ["Mohamed Yilmaz", "Khadija"]],
  ])("flags %j", (text, words) => {
    expect(findNames(text).map((f) => f.word)).toEqual(words);
  });
  it("leaves lower-case words and ordinary capitalised words alone", () => {
    expect(findNames("Situation fictive : une dame âgée est venue au CPAS de Schaerbeek pour Actiris.")).toEqual([]);
    expect(findNames("la pierre et la rose")).toEqual([]);
  });
});
