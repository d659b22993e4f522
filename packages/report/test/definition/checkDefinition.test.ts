import fc from "fast-check";
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

const withSections = (...sections: unknown[]) => ({ ...minimal, sections });
const text = { fr: "T", nl: "T" };

describe("checkDefinitionShape", () => {
  it("accepts a minimal commune definition, and the standard sections", () => {
    expect(checkDefinitionShape(minimal, "fr")).toEqual([]);
    expect(checkDefinitionShape({ ...minimal, sections: WORKER_SECTIONS, threshold: 3, alpha: 0.01 }, "fr")).toEqual(
      [],
    );
  });
  it("lists every problem, each in the user's language", () => {
    const problems = checkDefinitionShape(
      {
        ...minimal,
        id: "Forest 2025",
        waves: [],
        sections: [{ kind: "graph", id: "x", title: { fr: "X" } }],
      },
      "nl",
    );
    expect(problems).toEqual([
      "Ongeldige identificatie ‘Forest 2025’: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld ‘schaerbeek-2021-2025’).",
      'Het veld ‘waves’ moet minstens één golf bevatten: [{ "file": …, "instrument": …, "fictional": false, "commune": "1190", "year": "2025" }].',
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

  it.each([
    ["cinq", "« cinq »"],
    [0, "« 0 »"],
    [2.5, "« 2.5 »"],
    [-3, "« -3 »"],
  ])("refuses threshold %j, naming the field and what to write", (threshold, shown) => {
    const [fr] = checkDefinitionShape({ ...minimal, threshold }, "fr");
    const [nl] = checkDefinitionShape({ ...minimal, threshold }, "nl");
    expect(fr).toBe(
      `le champ « threshold » doit être un nombre entier de répondants, au moins 1 (par exemple 5), sans guillemets, pas ${shown}.`,
    );
    expect(nl).toBe(
      `het veld ‘threshold’ moet een geheel aantal respondenten, minstens 1 (bijvoorbeeld 5), zonder aanhalingstekens zijn, niet ${shown.replace("« ", "‘").replace(" »", "’")}.`,
    );
  });

  it("names the section and the missing list of a compare or likert section", () => {
    expect(checkDefinitionShape(withSections({ kind: "compare", id: "services", title: text }), "fr")).toEqual([
      'Section « services » : le champ « questions » manque : écrivez une liste non vide d\'identifiants de questions (par exemple ["C1", "C2"]).',
    ]);
    expect(
      checkDefinitionShape(withSections({ kind: "likert", id: "ressenti", title: text, items: "F1" }), "nl"),
    ).toEqual([
      'Sectie ‘ressenti’: het veld ‘items’ moet een niet-lege lijst van vraagidentificaties (bijvoorbeeld ["C1", "C2"]) zijn, niet ‘F1’.',
    ]);
  });

  it("names a text section without body, an intro written as a plain string, a year written as a number", () => {
    const problems = checkDefinitionShape(
      {
        ...minimal,
        waves: [{ ...minimal.waves[0], year: 2021 }, minimal.waves[1]],
        sections: [{ kind: "text", id: "contexte", title: text, intro: "Bonjour" }],
      },
      "fr",
    );
    expect(problems).toEqual([
      'Vague 1 : le champ « year » doit être une année entre guillemets (par exemple "2025"), pas « 2021 ».',
      'Section « contexte » : le champ « intro » doit être un texte en français et en néerlandais ({ "fr": "…", "nl": "…" }), pas « Bonjour ».',
      'Section « contexte » : le champ « body » manque : écrivez un texte en français et en néerlandais ({ "fr": "…", "nl": "…" }).',
    ]);
  });

  it("names a commune that is not one of the 19 Brussels communes, for the definition and for a wave", () => {
    const problems = checkDefinitionShape(
      { ...minimal, commune: "9999", waves: [minimal.waves[0], { ...minimal.waves[1], commune: "1300" }] },
      "fr",
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^« 9999 » n'est pas le code postal d'une commune de la Région de Bruxelles-Capitale/);
    expect(problems[0]).toContain("1190 Forest / Vorst");
    expect(problems[1]).toMatch(/^Vague 2 : « 1300 » n'est pas le code postal/);
    expect(checkDefinitionShape({ ...minimal, commune: "4000" }, "nl")[0]).toMatch(
      /^‘4000’ is niet de postcode van een gemeente van het Brussels Hoofdstedelijk Gewest/,
    );
    // Any postcode of a commune is its own (1020, Laeken, is the City of Brussels).
    expect(checkDefinitionShape({ ...minimal, commune: "1020" }, "fr")).toEqual([]);
  });

  it("names a misspelt field instead of ignoring it", () => {
    expect(checkDefinitionShape({ ...minimal, treshold: 3 }, "fr")).toEqual([
      "le champ « treshold » n'existe pas (faute de frappe ?). Champs possibles : id, title, source, commune, waves, sections, subtitle, harmonisation, alpha, threshold, reference, minSample.",
    ]);
  });

  it("says what a definition that is not an object should be", () => {
    for (const v of [null, 3, "x", [minimal]])
      expect(checkDefinitionShape(v, "fr")).toEqual([
        'La définition doit être un objet JSON : { "id": …, "title": …, "waves": [ … ] }.',
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
      expect((e as ReportError).messages.fr).toContain("« forest.json »");
    }
  });

  // A definition mutated anywhere (a field removed, or replaced by a value of any type) is either
  // accepted or refused with a ReportError: never another exception.
  const full = { ...minimal, subtitle: text, threshold: 5, alpha: 0.05, sections: WORKER_SECTIONS };
  const paths = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
    typeof v !== "object" || v === null
      ? [at]
      : [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k]))];
  const all = paths(full).filter((p) => p.length > 0);
  const mutate = (path: (string | number)[], value: unknown, remove: boolean) => {
    const copy = JSON.parse(JSON.stringify(full));
    let o = copy;
    for (const k of path.slice(0, -1)) o = o[k];
    const last = path.at(-1)!;
    if (remove) {
      if (Array.isArray(o)) o.splice(Number(last), 1);
      else delete o[last];
    } else o[last] = value;
    return copy;
  };
  it("never throws anything but a ReportError on a mutated definition", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.oneof(fc.jsonValue(), fc.constantFrom("cinq", 0, 2.5, -1, "", [], {}, null, true)),
        fc.boolean(),
        (path, value, remove) => {
          const json = JSON.stringify(mutate(path, value, remove));
          for (const lang of ["fr", "nl"] as const) {
            try {
              const d = parseDefinition(json, "mutant.json", lang);
              expect(checkDefinitionShape(d, lang)).toEqual([]);
            } catch (e) {
              expect(e).toBeInstanceOf(ReportError);
              expect((e as ReportError).messages[lang]).toContain("mutant.json");
            }
          }
        },
      ),
      { numRuns: 400, seed: 11 },
    );
  });
});
