/** Words of the charts, per language. */
export const CHART_TEXT = {
  fr: {
    fictional: "Données fictives",
    source: "Source",
    // A withheld cell: below the report's threshold, or withheld so that a small one cannot be
    // recomputed by subtraction (secondary suppression) — one word for both, so as not to tell them apart.
    suppressed: "masqué",
    interval: {
      wilson: "IC 95\u202f% de Wilson",
      "clopper-pearson": "IC 95\u202f% exact",
      jeffreys: "IC 95\u202f% de Jeffreys",
      "agresti-coull": "IC 95\u202f% d'Agresti–Coull",
      beta: "IC 95\u202f% de Korn–Graubard",
      logit: "IC 95\u202f% logit",
    } as Record<string, string>,
    respondents: "répondants",
    multipleChoice: "% des répondants, plusieurs réponses possibles",
    hidden: "cases masquées : secret statistique",
  },
  nl: {
    fictional: "Fictieve gegevens",
    source: "Bron",
    suppressed: "geheim",
    interval: {
      wilson: "95%-BI van Wilson",
      "clopper-pearson": "exact 95%-BI",
      jeffreys: "95%-BI van Jeffreys",
      "agresti-coull": "95%-BI van Agresti–Coull",
      beta: "95%-BI van Korn–Graubard",
      logit: "95%-BI logit",
    } as Record<string, string>,
    respondents: "respondenten",
    multipleChoice: "% van de respondenten, meerdere antwoorden mogelijk",
    hidden: "verborgen cellen: statistisch geheim",
  },
} as const;
