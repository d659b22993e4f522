import type { Instrument } from "../../model/instrument.ts";
import type { Question } from "../../model/question.ts";
import * as L from "./lists.ts";
import * as Q from "./questions.ts";

/** B1 (2021): share of working time, asked in brackets. */
const B1: Question = {
  id: "B1",
  module: "B",
  kind: "ordinal",
  list: "tranche_temps",
  required: true,
  label: {
    fr: "Quelle part de votre temps de travail consacrez-vous à aider des personnes dans des démarches administratives (en ligne ou non) ?",
    nl: "Welk deel van uw arbeidstijd besteedt u aan het helpen van mensen bij administratieve procedures (online of niet)?",
  },
  short: { fr: "Part du temps consacrée aux démarches", nl: "Deel van de tijd voor procedures" },
};

/** C1 (2021): services generating requests, with the Covid Safe Ticket. */
const C1: Question = {
  id: "C1",
  module: "C",
  kind: "multiple",
  list: "services_2021",
  label: {
    fr: "Quels services ou organismes sont à l'origine des demandes d'aide que vous recevez ?",
    nl: "Welke diensten of instellingen liggen aan de basis van de hulpvragen die u krijgt?",
  },
  short: { fr: "Services à l'origine des demandes", nl: "Diensten achter de vragen" },
};

/**
 * The worker questionnaire, version 2021 (CASS Schaerbeek, group « exclusion numérique 1030 »).
 * Reconstructed from the published analysis; the original wording is not public.
 */
export const worker2021: Instrument = {
  id: "worker",
  version: "2021",
  title: {
    fr: "Enquête auprès des travailleurs sociaux — numérisation et accès aux droits (2021)",
    nl: "Bevraging van sociaal werkers — digitalisering en toegang tot rechten (2021)",
  },
  modules: Q.modules,
  lists: [
    L.structure,
    L.sectors,
    L.functions,
    L.communes,
    L.timeShareBrackets,
    L.change,
    L.services2021,
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
    B1,
    Q.B2,
    Q.B3,
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
    Q.F3_2021,
    Q.F4,
    Q.F5_2021,
    Q.F6,
    Q.F7,
    Q.F8,
    Q.G1,
    Q.G2,
  ],
};
