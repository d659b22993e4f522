import type { Section } from "./section.ts";

/**
 * The standard sections of a report on the worker questionnaire (2021 → 2025): key findings, who
 * answered, time, perceived change, services, obstacles, non-take-up, feelings, testimonies,
 * methodology. A commune's JSON definition without `sections` gets these.
 */
export const WORKER_SECTIONS: readonly Section[] = [
  { kind: "keyFindings", id: "constats", title: { fr: "Constats principaux", nl: "Belangrijkste vaststellingen" } },
  {
    kind: "sample",
    id: "repondants",
    title: { fr: "Qui a répondu", nl: "Wie heeft geantwoord" },
    questions: ["A1", "A3"],
  },
  {
    kind: "timeShare",
    id: "temps",
    title: { fr: "Le temps consacré aux démarches", nl: "De tijd besteed aan procedures" },
  },
  {
    kind: "compare",
    id: "evolution",
    title: { fr: "Évolution perçue et volume de demandes", nl: "Ervaren evolutie en aantal vragen" },
    questions: ["B2", "B3", "B4"],
    top: ["hausse", "forte_hausse"],
  },
  {
    kind: "compare",
    id: "services",
    title: { fr: "Les services à l'origine des demandes", nl: "De diensten die de vragen veroorzaken" },
    questions: ["C1", "C2", "C3"],
  },
  {
    kind: "compare",
    id: "obstacles",
    title: { fr: "Les obstacles rencontrés par le public", nl: "De drempels voor het publiek" },
    questions: ["D1", "D2"],
    top: ["souvent", "tres_souvent"],
  },
  {
    kind: "compare",
    id: "non-recours",
    title: { fr: "Le non-recours aux droits", nl: "Het niet-gebruik van rechten" },
    intro: {
      fr: "Le non-recours, c'est quand une personne qui y a droit ne reçoit pas une aide ou un droit : parce qu'elle ne le connaît pas (non-connaissance), ne le demande pas (non-demande), ne le reçoit pas après l'avoir demandé (non-réception) ou parce qu'on ne le lui propose pas (non-proposition).",
      nl: "Niet-gebruik is wanneer iemand die er recht op heeft een hulp of recht niet ontvangt: omdat die het niet kent (niet-kennen), het niet aanvraagt (niet-aanvragen), het na aanvraag niet krijgt (niet-ontvangen) of omdat het niet wordt aangeboden (niet-aanbieden).",
    },
    questions: ["E1", "E2", "E3"],
    top: ["souvent", "tres_souvent"],
  },
  {
    kind: "likert",
    id: "ressenti",
    title: { fr: "Comment les travailleurs le vivent", nl: "Hoe de werkers het beleven" },
    items: ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"],
  },
  {
    kind: "testimonies",
    id: "temoignages",
    title: { fr: "Témoignages", nl: "Getuigenissen" },
    questions: ["G1", "G2"],
  },
  { kind: "methodology", id: "methodologie", title: { fr: "Méthodologie", nl: "Methodologie" } },
];
