import { LOCALES, NBSP } from "./locale.ts";

const frCi = LOCALES.fr.ci95;
const nlCi = LOCALES.nl.ci95;

/** Words of the charts, per language (typography of {@link LOCALES}). */
export const CHART_TEXT = {
  fr: {
    fictional: "Données fictives",
    source: "Source",
    // A withheld cell: below the report's threshold, or withheld so that a small one cannot be
    // recomputed by subtraction (secondary suppression) — one word for both, so as not to tell them apart.
    suppressed: "masqué",
    /** Name of each interval method, in the note and in the key beside the interval glyph. */
    interval: {
      wilson: `${frCi} de Wilson`,
      "clopper-pearson": `${frCi} exact`,
      jeffreys: `${frCi} de Jeffreys`,
      "agresti-coull": `${frCi} d'Agresti–Coull`,
      beta: `${frCi} de Korn–Graubard`,
      logit: `${frCi} logit`,
    } as Record<string, string>,
    ci: frCi,
    respondents: "répondants",
    multipleChoice: "% des répondants, plusieurs réponses possibles",
    hidden: "cases masquées : secret statistique",
    /** Key entry of a demonstrated difference. */
    demonstrated: "différence significative (Holm)",
    /** Spells out « n.s. » wherever a chart writes it. */
    notSignificant: `n.s.${NBSP}: différence non significative après ajustement de Holm`,
    /** The tag written after a difference that is not demonstrated. */
    ns: "n.s.",
    /** Alt texts: how the items are ordered down the chart. */
    byValue: "du plus fréquent au moins fréquent",
    byInstrument: "dans l'ordre du questionnaire",
  },
  nl: {
    fictional: "Fictieve gegevens",
    source: "Bron",
    suppressed: "geheim",
    interval: {
      wilson: `${nlCi} van Wilson`,
      "clopper-pearson": `exact ${nlCi}`,
      jeffreys: `${nlCi} van Jeffreys`,
      "agresti-coull": `${nlCi} van Agresti-Coull`,
      beta: `${nlCi} van Korn-Graubard`,
      logit: `${nlCi} logit`,
    } as Record<string, string>,
    ci: nlCi,
    respondents: "respondenten",
    multipleChoice: "% van de respondenten, meerdere antwoorden mogelijk",
    hidden: "verborgen cellen: statistisch geheim",
    demonstrated: "significant verschil (Holm)",
    notSignificant: "n.s.: verschil niet significant na aanpassing volgens Holm",
    ns: "n.s.",
    byValue: "van vaakst naar minst vaak",
    byInstrument: "in de volgorde van de vragenlijst",
  },
} as const;
