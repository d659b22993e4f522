import { describe, expect, it } from "vitest";
import { checkDefinitionShape, parseDefinition, ReportError, WORKER_SECTIONS } from "../../src/index.ts";

const minimal = {
  id: "forest-2025",
  title: { fr: "Forest", nl: "Vorst" },
  source: { fr: "Coordination sociale de Forest", nl: "Sociale coördinatie van Vorst" },
  commune: "1190",
  waves: [
    { file: "a.csv", instrument: "worker@2021", fictional: false },
    { file: "b.xlsx", instrument: "worker@2025", fictional: false },
  ],
};

describe("checkDefinitionShape", () => {
  it("accepts a minimal commune definition", () => {
    expect(checkDefinitionShape(minimal, "fr")).toEqual([]);
  });
  it("lists every problem, each in the user's language", () => {
    const problems = checkDefinitionShape(
      {
        ...minimal,
        id: "Forest 2025",
        waves: [minimal.waves[0]],
        sections: [{ kind: "graph", id: "x", title: { fr: "X" } }],
      },
      "nl",
    );
    expect(problems).toEqual([
      "Ongeldige identificatie ‘Forest 2025’: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld ‘schaerbeek-2021-2025’).",
      "Het veld ‘waves’ moet precies twee golven bevatten, de oudste eerst.",
      "Sectie ‘x’: onbekend type ‘graph’. Mogelijke types: text, keyFindings, sample, timeShare, compare, likert, testimonies, methodology.",
      'Het veld ‘sections[x].title’ moet een tekst in het Frans en het Nederlands geven ({ "fr": …, "nl": … }).',
    ]);
  });
  it("catches two sections with the same id", () => {
    const s = { kind: "methodology", id: "m", title: { fr: "M", nl: "M" } };
    expect(checkDefinitionShape({ ...minimal, sections: [s, s] }, "fr")).toEqual([
      "Deux sections portent l'identifiant « m » : chaque section doit avoir le sien.",
    ]);
  });
});

describe("parseDefinition", () => {
  it("gives the standard sections to a definition without any", () => {
    expect(parseDefinition(JSON.stringify(minimal), "forest.json").sections).toBe(WORKER_SECTIONS);
  });
  it("names the file and the JSON error", () => {
    expect(() => parseDefinition("{ id: ", "forest.json")).toThrow(ReportError);
    expect(() => parseDefinition("{ id: ", "forest.json")).toThrow(/« forest\.json » n'est pas un JSON valide/);
  });
  it("lists the shape problems in one error", () => {
    try {
      parseDefinition(JSON.stringify({ ...minimal, commune: 1190 }), "forest.json", "fr");
      expect.unreachable();
    } catch (e) {
      expect((e as ReportError).code).toBe("def_invalid");
      expect((e as ReportError).messages.nl).toContain("Geef de gemeente van de enquête op");
    }
  });
});
