import type { Instrument } from "../src/index.ts";
import { when } from "../src/index.ts";

/** A small instrument with every question kind, used by the model tests. */
export const mini: Instrument = {
  id: "mini",
  version: "1",
  title: { fr: "Mini-questionnaire", nl: "Mini-vragenlijst" },
  modules: [
    { id: "A", label: { fr: "Profil", nl: "Profiel" } },
    { id: "B", label: { fr: "Temps", nl: "Tijd" } },
  ],
  lists: [
    {
      name: "structure",
      choices: [
        { code: "cpas", label: { fr: "CPAS", nl: "OCMW" } },
        { code: "asbl", label: { fr: "Association", nl: "Vereniging" } },
        { code: "autre", label: { fr: "Autre", nl: "Andere" }, other: true },
      ],
    },
    {
      name: "services",
      choices: [
        { code: "commune", label: { fr: "Commune", nl: "Gemeente" } },
        { code: "cpas", label: { fr: "CPAS", nl: "OCMW" } },
      ],
    },
    {
      name: "accord",
      choices: [
        { code: "non", label: { fr: "Non", nl: "Nee" }, value: 1 },
        { code: "oui", label: { fr: "Oui", nl: "Ja" }, value: 2 },
        { code: "nsp", label: { fr: "Ne sait pas", nl: "Weet niet" }, missing: true },
      ],
    },
  ],
  questions: [
    {
      id: "A1",
      module: "A",
      kind: "single",
      list: "structure",
      required: true,
      label: { fr: "Structure", nl: "Structuur" },
    },
    { id: "A2", module: "A", kind: "multiple", list: "services", label: { fr: "Services", nl: "Diensten" } },
    { id: "A3", module: "A", kind: "integer", range: { min: 0, max: 50 }, label: { fr: "Années", nl: "Jaren" } },
    { id: "A4", module: "A", kind: "decimal", range: { min: 0.1, max: 1 }, label: { fr: "ETP", nl: "VTE" } },
    { id: "B1", module: "B", kind: "percent", label: { fr: "Part du temps", nl: "Deel van de tijd" } },
    {
      id: "B2",
      module: "B",
      kind: "ordinal",
      list: "accord",
      relevant: when.and(when.in("A1", "cpas", "asbl"), when.compare("B1", ">", 0)),
      label: { fr: "Plus qu'avant ?", nl: "Meer dan vroeger?" },
    },
    {
      id: "B3",
      module: "B",
      kind: "text",
      relevant: when.selected("A2", "commune"),
      label: { fr: "Exemple", nl: "Voorbeeld" },
    },
    {
      id: "B4",
      module: "B",
      kind: "date",
      relevant: when.not(when.answered("B3")),
      label: { fr: "Date", nl: "Datum" },
    },
  ],
};
