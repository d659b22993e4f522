/** Words of the charts, per language. */
export const CHART_TEXT = {
  fr: {
    fictional: "Données fictives",
    source: "Source",
    suppressed: "n < 5",
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
    hidden: "les cellules de moins de 5 répondants ne sont pas montrées",
  },
  nl: {
    fictional: "Fictieve gegevens",
    source: "Bron",
    suppressed: "n < 5",
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
    hidden: "cellen met minder dan 5 respondenten worden niet getoond",
  },
} as const;
