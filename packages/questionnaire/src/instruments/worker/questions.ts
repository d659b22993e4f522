/**
 * Questions of the worker questionnaire shared by the 2021 and 2025 versions. Each version file
 * picks these in order and adds or rewords its own. Wording is data.
 */
import { when } from "../../model/condition.ts";
import type { Module } from "../../model/instrument.ts";
import type { Question } from "../../model/question.ts";

/** Modules A–G. */
export const modules: readonly Module[] = [
  { id: "A", label: { fr: "A. Votre profil", nl: "A. Uw profiel" } },
  { id: "B", label: { fr: "B. Le temps consacré aux démarches", nl: "B. De tijd besteed aan procedures" } },
  { id: "C", label: { fr: "C. Les services à l'origine des demandes", nl: "C. De diensten achter de vragen" } },
  { id: "D", label: { fr: "D. Les obstacles rencontrés par le public", nl: "D. De drempels voor het publiek" } },
  { id: "E", label: { fr: "E. Le non-recours aux droits", nl: "E. Het niet-gebruik van rechten" } },
  {
    id: "F",
    label: { fr: "F. Votre ressenti et vos conditions de travail", nl: "F. Uw ervaring en arbeidsomstandigheden" },
  },
  { id: "G", label: { fr: "G. Témoignages et propositions", nl: "G. Getuigenissen en voorstellen" } },
];

export const A0: Question = {
  id: "A0",
  module: "A",
  kind: "date",
  label: { fr: "Date à laquelle vous remplissez ce questionnaire", nl: "Datum waarop u deze vragenlijst invult" },
};
export const A1: Question = {
  id: "A1",
  module: "A",
  kind: "single",
  list: "structure",
  required: true,
  label: { fr: "Dans quel type de structure travaillez-vous ?", nl: "In welk type organisatie werkt u?" },
  short: { fr: "Type de structure", nl: "Type organisatie" },
};
export const A2: Question = {
  id: "A2",
  module: "A",
  kind: "multiple",
  list: "secteur",
  label: { fr: "Dans quel(s) secteur(s) travaillez-vous ?", nl: "In welke sector(en) werkt u?" },
  hint: { fr: "Plusieurs réponses possibles.", nl: "Meerdere antwoorden mogelijk." },
  short: { fr: "Secteurs", nl: "Sectoren" },
};
export const A3: Question = {
  id: "A3",
  module: "A",
  kind: "single",
  list: "fonction",
  required: true,
  label: { fr: "Quelle est votre fonction ?", nl: "Wat is uw functie?" },
  short: { fr: "Fonction", nl: "Functie" },
};
export const A4: Question = {
  id: "A4",
  module: "A",
  kind: "integer",
  range: { min: 0, max: 50 },
  label: {
    fr: "Depuis combien d'années exercez-vous dans le secteur social ?",
    nl: "Hoeveel jaar werkt u al in de sociale sector?",
  },
  short: { fr: "Ancienneté (années)", nl: "Anciënniteit (jaren)" },
};
export const A5: Question = {
  id: "A5",
  module: "A",
  kind: "decimal",
  range: { min: 0.1, max: 1 },
  required: true,
  label: {
    fr: "Votre temps de travail, en équivalent temps plein (ETP)",
    nl: "Uw arbeidstijd, in voltijdse equivalenten (VTE)",
  },
  hint: { fr: "Par exemple 0,8 pour un 4/5e temps.", nl: "Bijvoorbeeld 0,8 voor een 4/5de." },
  short: { fr: "Temps de travail (ETP)", nl: "Arbeidstijd (VTE)" },
};
export const A6: Question = {
  id: "A6",
  module: "A",
  kind: "single",
  list: "commune",
  required: true,
  label: { fr: "Dans quelle commune travaillez-vous principalement ?", nl: "In welke gemeente werkt u voornamelijk?" },
  short: { fr: "Commune de travail", nl: "Werkgemeente" },
};
export const B2: Question = {
  id: "B2",
  module: "B",
  kind: "ordinal",
  list: "evolution",
  relevant: when.compare("A4", ">=", 2),
  label: {
    fr: "Depuis deux ans, le temps que vous consacrez à ces démarches a-t-il changé ?",
    nl: "Is de tijd die u aan deze procedures besteedt de voorbije twee jaar veranderd?",
  },
  short: { fr: "Évolution sur deux ans", nl: "Evolutie over twee jaar" },
};
export const B3: Question = {
  id: "B3",
  module: "B",
  kind: "integer",
  range: { min: 0, max: 200 },
  label: {
    fr: "Combien de demandes d'aide à une démarche administrative recevez-vous en moyenne par semaine ?",
    nl: "Hoeveel vragen om hulp bij een administratieve procedure krijgt u gemiddeld per week?",
  },
  short: { fr: "Demandes par semaine", nl: "Vragen per week" },
};
export const C2: Question = {
  id: "C2",
  module: "C",
  kind: "multiple",
  list: "demarche_commune",
  relevant: when.selected("C1", "commune"),
  label: {
    fr: "Quelles démarches auprès de la commune posent le plus de difficultés ?",
    nl: "Welke procedures bij de gemeente veroorzaken de meeste moeilijkheden?",
  },
  short: { fr: "Démarches communales difficiles", nl: "Moeilijke gemeentelijke procedures" },
};
export const C3: Question = {
  id: "C3",
  module: "C",
  kind: "multiple",
  list: "canal",
  label: {
    fr: "Quels canaux votre commune offre-t-elle aujourd'hui à vos publics ?",
    nl: "Welke kanalen biedt uw gemeente vandaag aan uw doelgroep?",
  },
  short: { fr: "Canaux disponibles à la commune", nl: "Beschikbare kanalen bij de gemeente" },
};
export const D1: Question = {
  id: "D1",
  module: "D",
  kind: "multiple",
  list: "obstacle",
  label: {
    fr: "Quels obstacles empêchent vos publics de faire leurs démarches en ligne ?",
    nl: "Welke drempels verhinderen uw doelgroep om procedures online te doen?",
  },
  short: { fr: "Obstacles", nl: "Drempels" },
};
export const D2: Question = {
  id: "D2",
  module: "D",
  kind: "ordinal",
  list: "frequence",
  relevant: when.answered("D1"),
  label: {
    fr: "À quelle fréquence ces obstacles font-ils renoncer une personne à sa démarche ?",
    nl: "Hoe vaak doen deze drempels iemand afzien van een procedure?",
  },
  short: { fr: "Renoncement à cause des obstacles", nl: "Afzien door drempels" },
};
export const E1: Question = {
  id: "E1",
  module: "E",
  kind: "ordinal",
  list: "frequence",
  required: true,
  label: {
    fr: "Observez-vous que des personnes perdent des droits (non-recours) à cause de la numérisation ?",
    nl: "Merkt u dat mensen rechten verliezen (niet-gebruik) door de digitalisering?",
  },
  short: { fr: "Non-recours observé", nl: "Waargenomen niet-gebruik" },
};
const observedNonTakeUp = when.in("E1", "rarement", "parfois", "souvent", "tres_souvent");
export const E2: Question = {
  id: "E2",
  module: "E",
  kind: "multiple",
  list: "cause_non_recours",
  relevant: observedNonTakeUp,
  label: { fr: "Quelles formes de non-recours observez-vous ?", nl: "Welke vormen van niet-gebruik merkt u op?" },
  short: { fr: "Formes de non-recours", nl: "Vormen van niet-gebruik" },
};
export const E3: Question = {
  id: "E3",
  module: "E",
  kind: "multiple",
  list: "droit",
  relevant: observedNonTakeUp,
  label: { fr: "Quels droits sont concernés ?", nl: "Om welke rechten gaat het?" },
  short: { fr: "Droits perdus", nl: "Verloren rechten" },
};

const likert = (id: string, fr: string, nl: string, shortFr: string, shortNl: string): Question => ({
  id,
  module: "F",
  kind: "ordinal",
  list: "accord",
  label: { fr, nl },
  short: { fr: shortFr, nl: shortNl },
});
export const F1 = likert(
  "F1",
  "J'ai le sentiment de faire le travail d'autres administrations.",
  "Ik heb het gevoel dat ik het werk van andere administraties doe.",
  "Faire le travail d'autres administrations",
  "Het werk van andere administraties doen",
);
export const F2 = likert(
  "F2",
  "Je dois manipuler les codes et mots de passe des personnes que j'aide.",
  "Ik moet de codes en wachtwoorden van de mensen die ik help gebruiken.",
  "Manipuler les codes des personnes",
  "Codes van mensen gebruiken",
);
export const F3_2021 = likert(
  "F3",
  "L'aide aux démarches en ligne est une source de stress.",
  "De hulp bij online procedures is een bron van stress.",
  "Stress",
  "Stress",
);
export const F3_2025 = likert(
  "F3",
  "L'aide aux démarches en ligne me met sous pression dans mon travail.",
  "De hulp bij online procedures zet mij onder druk in mijn werk.",
  "Pression, stress",
  "Druk, stress",
);
export const F4 = likert(
  "F4",
  "Je suis suffisamment formé·e pour accompagner ces démarches.",
  "Ik ben voldoende opgeleid om bij deze procedures te begeleiden.",
  "Formation suffisante",
  "Voldoende opleiding",
);
export const F5_2021 = likert(
  "F5",
  "Je dispose de l'équipement nécessaire (ordinateur, imprimante, lecteur eID).",
  "Ik beschik over de nodige uitrusting (computer, printer, eID-lezer).",
  "Équipement suffisant",
  "Voldoende uitrusting",
);
export const F5_2025 = likert(
  "F5",
  "Mon service dispose de l'équipement nécessaire (ordinateur, scanner, connexion, lecteur eID).",
  "Mijn dienst beschikt over de nodige uitrusting (computer, scanner, verbinding, eID-lezer).",
  "Équipement suffisant",
  "Voldoende uitrusting",
);
export const F6 = likert(
  "F6",
  "Le temps consacré aux démarches réduit mon travail de prévention et d'accompagnement.",
  "De tijd voor procedures gaat ten koste van mijn preventie- en begeleidingswerk.",
  "Travail préventif réduit",
  "Minder preventief werk",
);
export const F7 = likert(
  "F7",
  "Je crains d'engager ma responsabilité en faisant une démarche à la place de quelqu'un.",
  "Ik vrees aansprakelijk te zijn wanneer ik een procedure in iemands plaats doe.",
  "Crainte pour sa responsabilité",
  "Vrees voor aansprakelijkheid",
);
export const F8 = likert(
  "F8",
  "Je perds le sens de mon métier.",
  "Ik verlies de zin van mijn beroep.",
  "Perte de sens",
  "Zinverlies",
);

export const G1: Question = {
  id: "G1",
  module: "G",
  kind: "text",
  label: {
    fr: "Décrivez une situation vécue avec une personne qui illustre ces difficultés.",
    nl: "Beschrijf een situatie met iemand die deze moeilijkheden illustreert.",
  },
  hint: {
    fr: "N'indiquez aucun nom, adresse, numéro ni autre donnée permettant d'identifier la personne.",
    nl: "Vermeld geen naam, adres, nummer of ander gegeven waarmee de persoon herkenbaar is.",
  },
  short: { fr: "Situation vécue", nl: "Beleefde situatie" },
};
export const G2: Question = {
  id: "G2",
  module: "G",
  kind: "text",
  label: {
    fr: "Quelles sont vos propositions pour améliorer la situation ?",
    nl: "Welke voorstellen hebt u om de situatie te verbeteren?",
  },
  short: { fr: "Propositions", nl: "Voorstellen" },
};
