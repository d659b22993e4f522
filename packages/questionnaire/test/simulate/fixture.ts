import type { Choice, Instrument } from "../../src/index.ts";
import { when } from "../../src/index.ts";

const c = (code: string, fr: string, extra: Partial<Choice> = {}): Choice => ({
  code,
  label: { fr, nl: fr },
  ...extra,
});

/**
 * A hand-made instrument for the simulator tests: every question kind, missing-flagged choices
 * (`nsp`) in single, ordinal and multiple lists, "other" choices in single and multiple lists,
 * ranges (both bounds, one bound, none, percent), required questions of several kinds, and skip
 * logic with every operator (`in`, `selected`, `compare` with all six comparators, `answered` on a
 * multiple, a number and a text, `and`, `or`, `not`), including a chain (X1 depends on Y1, itself
 * conditional). Labels are not translated: they are not what is tested.
 */
export const fixture: Instrument = {
  id: "fixture",
  version: "2025",
  title: { fr: "Questionnaire de test", nl: "Testvragenlijst" },
  modules: [{ id: "A", label: { fr: "Tout", nl: "Alles" } }],
  lists: [
    {
      name: "structure",
      choices: [c("cpas", "CPAS"), c("asbl", "ASBL"), c("commune", "Commune"), c("autre", "Autre", { other: true })],
    },
    {
      name: "services",
      choices: [
        c("commune", "Commune"),
        c("cpas", "CPAS"),
        c("actiris", "Actiris"),
        c("autre", "Autre", { other: true }),
        c("nsp", "Ne sait pas", { missing: true }),
      ],
    },
    { name: "canal", choices: [c("guichet", "Guichet"), c("telephone", "Téléphone"), c("postal", "Poste")] },
    {
      name: "accord",
      choices: [
        c("pas_du_tout", "Pas du tout", { value: 1 }),
        c("plutot_pas", "Plutôt pas", { value: 2 }),
        c("neutre", "Neutre", { value: 3 }),
        c("plutot", "Plutôt", { value: 4 }),
        c("tout_a_fait", "Tout à fait", { value: 5 }),
        c("nsp", "Ne sait pas", { missing: true }),
      ],
    },
    { name: "oui_non", choices: [c("oui", "Oui"), c("non", "Non"), c("nsp", "Ne sait pas", { missing: true })] },
  ],
  questions: [
    { id: "S1", module: "A", kind: "single", list: "structure", required: true, label: { fr: "S1", nl: "S1" } },
    { id: "M1", module: "A", kind: "multiple", list: "services", label: { fr: "M1", nl: "M1" } },
    {
      id: "M2",
      module: "A",
      kind: "multiple",
      list: "canal",
      required: true,
      relevant: when.answered("M1"),
      label: { fr: "M2", nl: "M2" },
    },
    {
      id: "I1",
      module: "A",
      kind: "integer",
      range: { min: 0, max: 40 },
      required: true,
      label: { fr: "I1", nl: "I1" },
    },
    {
      id: "I2",
      module: "A",
      kind: "integer",
      relevant: when.compare("I1", "<=", 15),
      label: { fr: "I2 (sans borne)", nl: "I2" },
    },
    { id: "D1", module: "A", kind: "decimal", range: { min: 0.1, max: 1 }, label: { fr: "D1", nl: "D1" } },
    { id: "R1", module: "A", kind: "decimal", range: { max: 3 }, label: { fr: "R1 (borne haute seule)", nl: "R1" } },
    { id: "P1", module: "A", kind: "percent", label: { fr: "P1", nl: "P1" } },
    {
      id: "P2",
      module: "A",
      kind: "percent",
      range: { min: 10, max: 50 },
      relevant: when.compare("P1", ">=", 20),
      label: { fr: "P2", nl: "P2" },
    },
    {
      id: "O1",
      module: "A",
      kind: "ordinal",
      list: "accord",
      relevant: when.and(when.in("S1", "cpas", "asbl"), when.compare("I1", ">", 10)),
      label: { fr: "O1", nl: "O1" },
    },
    {
      id: "O2",
      module: "A",
      kind: "ordinal",
      list: "accord",
      required: true,
      relevant: when.or(when.selected("M1", "cpas"), when.in("O1", "plutot", "tout_a_fait")),
      label: { fr: "O2", nl: "O2" },
    },
    {
      id: "Y1",
      module: "A",
      kind: "single",
      list: "oui_non",
      relevant: when.not(when.answered("D1")),
      label: { fr: "Y1", nl: "Y1" },
    },
    {
      id: "X1",
      module: "A",
      kind: "single",
      list: "structure",
      required: true,
      relevant: when.in("Y1", "oui"),
      label: { fr: "X1 (chaîne)", nl: "X1" },
    },
    { id: "T1", module: "A", kind: "text", relevant: when.selected("M1", "commune"), label: { fr: "T1", nl: "T1" } },
    {
      id: "T2",
      module: "A",
      kind: "text",
      required: true,
      relevant: when.answered("T1"),
      label: { fr: "T2", nl: "T2" },
    },
    {
      id: "DT",
      module: "A",
      kind: "date",
      relevant: when.or(when.compare("P1", "<", 10), when.compare("I1", "=", 0), when.compare("D1", "!=", 1)),
      label: { fr: "DT", nl: "DT" },
    },
  ],
};
