import { describe, expect, it } from "vitest";
import { checkDutch, DUTCH_GLOSSARY, isDutchScope } from "../../src/index.ts";

const found = (text: string, where = "test", scope?: "form" | "results") =>
  checkDutch(text, where, scope).map((i) => i.found);

describe("checkDutch", () => {
  it("finds the wrong forms of the issue: social workers, direct debit, reachable phone, « Lezing: », hindernissen", () => {
    expect(found("71% van de maatschappelijk werkers")).toEqual(["maatschappelijk werkers"]);
    expect(found("Domiciliëring")).toEqual(["Domiciliëring"]);
    expect(found("Bereikbare telefoon")).toEqual(["Bereikbare telefoon"]);
    expect(found("Lezing: een stijging")).toEqual(["Lezing:"]);
    expect(found("De hindernissen voor het publiek")).toEqual(["hindernis"]);
    expect(found("Niet-kennis en niet-aanvraag")).toEqual(["Niet-kennis", "niet-aanvraag"]);
  });
  it("finds French typography in Dutch: « 40 % », « … », a space before a colon", () => {
    expect(found("40 % van de respondenten")).toEqual(["0 %"]);
    expect(found("40\u202f%")).toEqual(["0\u202f%"]);
    expect(found("het antwoord « {level} »")).toEqual(["«", "»"]);
    expect(found("Bron : CASS")).toEqual([" :"]);
    expect(found("IC 95 %: 39–53%")).toEqual(["IC 95", "5 %"]);
  });
  it("accepts the right forms", () => {
    expect(found('Bron: CASS. 40% van de sociaal werkers (95%-BI: 33–47%); ‘OCMW’ en "vzw".')).toEqual([]);
    expect(found("Telefonisch bereikbaar; Inschrijving / adreswijziging; Leeswijzer: …; drempels")).toEqual([]);
  });
  it("allows « maatschappelijk werker » where it is the function, and « (preciseer) » on the form only", () => {
    expect(found("Maatschappelijk werker", "worker@2025:choice:fonction.assistant_social")).toEqual([]);
    expect(found("Maatschappelijk werker", "report:html_quote_wave")).toEqual(["Maatschappelijk werker"]);
    expect(found("Andere (preciseer)", "choice:x.autre", "form")).toEqual([]);
    expect(found("Andere (preciseer)", "choice:x.autre", "results")).toEqual(["(preciseer)"]);
    expect(isDutchScope("form")).toBe(true);
    expect(isDutchScope("page")).toBe(false);
  });
  it("gives every term of DOMAIN.md's glossary its Dutch form", () => {
    const nl = Object.fromEntries(DUTCH_GLOSSARY.map((t) => [t.fr, t.nl]));
    expect(nl["CPAS"]).toBe("OCMW");
    expect(nl["revenu d'intégration (RIS)"]).toBe("leefloon");
    expect(nl["IC 95 %"]).toBe("95%-BI");
    expect(nl["Lecture : …"]).toBe("Leeswijzer: …");
    expect(DUTCH_GLOSSARY.length).toBeGreaterThanOrEqual(20);
  });
});
