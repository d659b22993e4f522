import { when } from "../../model/condition.ts";
import type { Instrument } from "../../model/instrument.ts";
import type { Question } from "../../model/question.ts";
import * as L from "./lists.ts";
import * as Q from "./questions.ts";

/** B1_pct (2025): share of working time, asked as a number from 0 to 100. */
const B1_pct: Question = {
  id: "B1_pct",
  module: "B",
  kind: "percent",
  required: true,
  label: {
    fr: "Quel pourcentage de votre temps de travail consacrez-vous à aider des personnes dans des démarches administratives (en ligne ou non) ?",
    nl: "Welk percentage van uw arbeidstijd besteedt u aan het helpen van mensen bij administratieve procedures (online of niet)?",
  },
  hint: { fr: "Un nombre de 0 à 100.", nl: "Een getal van 0 tot 100." },
  short: { fr: "Part du temps consacrée aux démarches", nl: "Deel van de tijd voor procedures" },
};

/** B4 (new in 2025): average minutes per accompanied procedure. */
const B4: Question = {
  id: "B4",
  module: "B",
  kind: "integer",
  range: { min: 1, max: 480 },
  relevant: when.compare("B1_pct", ">", 0),
  label: {
    fr: "Combien de minutes dure en moyenne l'accompagnement d'une démarche ?",
    nl: "Hoeveel minuten duurt de begeleiding van één procedure gemiddeld?",
  },
  short: { fr: "Minutes par démarche", nl: "Minuten per procedure" },
};

/** C1 (2025): services generating requests; Covid Safe Ticket dropped, telecoms and medical appointments added. */
const C1: Question = {
  id: "C1",
  module: "C",
  kind: "multiple",
  list: "services_2025",
  label: {
    fr: "Quels services ou organismes sont à l'origine des demandes d'aide que vous recevez ?",
    nl: "Welke diensten of instellingen liggen aan de basis van de hulpvragen die u krijgt?",
  },
  short: { fr: "Services à l'origine des demandes", nl: "Diensten achter de vragen" },
};

/** F9 (new in 2025). */
const F9: Question = {
  id: "F9",
  module: "F",
  kind: "ordinal",
  list: "accord",
  label: {
    fr: "Il m'arrive de refuser ou de reporter des demandes d'aide faute de temps.",
    nl: "Het gebeurt dat ik hulpvragen weiger of uitstel door tijdgebrek.",
  },
  short: { fr: "Refuser des demandes faute de temps", nl: "Vragen weigeren door tijdgebrek" },
};

/** The worker questionnaire, version 2025 (repeat of the 2021 survey, with the differences listed in the harmonisation rules). */
export const worker2025: Instrument = {
  id: "worker",
  version: "2025",
  title: {
    fr: "Enquête auprès des travailleurs sociaux — numérisation et accès aux droits (2025)",
    nl: "Bevraging van sociaal werkers — digitalisering en toegang tot rechten (2025)",
  },
  modules: Q.modules,
  lists: [
    L.structure,
    L.sectors,
    L.functions,
    L.communes,
    L.change,
    L.services2025,
    L.communeProcedures,
    L.channels,
    L.obstacles,
    L.frequency,
    L.nonTakeUpCauses,
    L.rights,
    L.agreement,
  ],
  questions: [
    Q.A0,
    Q.A1,
    Q.A2,
    Q.A3,
    Q.A4,
    Q.A5,
    Q.A6,
    B1_pct,
    Q.B2,
    Q.B3,
    B4,
    C1,
    Q.C2,
    Q.C3,
    Q.D1,
    Q.D2,
    Q.E1,
    Q.E2,
    Q.E3,
    Q.F1,
    Q.F2,
    Q.F3_2025,
    Q.F4,
    Q.F5_2025,
    Q.F6,
    Q.F7,
    Q.F8,
    F9,
    Q.G1,
    Q.G2,
  ],
};
