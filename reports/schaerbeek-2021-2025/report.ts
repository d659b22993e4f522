/**
 * The Schaerbeek 2021–2025 report, as data. `pnpm report` builds `index.html` (French),
 * `index.nl.html` (Dutch), `figures/`, `tables/` and `validation/` next to this file.
 * The data sets it reads are FICTIONAL (see datasets/schaerbeek/README.md): every output says so.
 * A new section is a few lines below; a commune's own report can copy this file (or `modele.json`).
 */
import { defineReport, WORKER_SECTIONS } from "@monitoring-social/report";

export default defineReport({
  id: "schaerbeek-2021-2025",
  title: {
    fr: "Numérisation des services et travail social à Schaerbeek : 2021 et 2025",
    nl: "Digitalisering van diensten en sociaal werk in Schaarbeek: 2021 en 2025",
  },
  subtitle: {
    fr: "Monitoring social de l'exclusion numérique — enquête auprès des travailleurs sociaux",
    nl: "Sociale monitoring van digitale uitsluiting — enquête bij sociaal werkers",
  },
  source: {
    fr: "CASS Schaerbeek, groupe « exclusion numérique 1030 », enquêtes auprès des travailleurs sociaux 2021 et 2025",
    nl: "CASS Schaarbeek, werkgroep ‘digitale uitsluiting 1030’, enquêtes bij sociaal werkers 2021 en 2025",
  },
  commune: "1030",
  waves: [
    { file: "../../datasets/schaerbeek/schaerbeek-2021-google-forms.csv", instrument: "worker@2021", fictional: true },
    { file: "../../datasets/schaerbeek/schaerbeek-2025-kobo.xlsx", instrument: "worker@2025", fictional: true },
  ],
  harmonisation: "worker",
  sections: [
    {
      kind: "text",
      id: "contexte",
      title: { fr: "Pourquoi ce rapport", nl: "Waarom dit rapport" },
      body: {
        fr: `En 2021, le groupe « exclusion numérique 1030 » de la Coordination de l'Action Sociale de Schaerbeek a interrogé les travailleurs sociaux du CPAS, de la commune et des associations : combien de temps ils consacrent à aider des personnes dans des démarches administratives, quels services génèrent ces demandes, ce qui empêche les personnes de les faire seules, quels droits se perdent, et comment ils le vivent.

En 2025, la même enquête est répétée pour mesurer ce qui a changé. Ce rapport compare les deux vagues. Chaque chiffre est donné avec son intervalle de confiance, chaque comparaison avec son test ; une différence qui peut s'expliquer par le hasard de l'échantillon n'est pas présentée comme une évolution.`,
        nl: `In 2021 ondervroeg de werkgroep ‘digitale uitsluiting 1030’ van de Coördinatie van de Sociale Actie van Schaarbeek de sociaal werkers van het OCMW, de gemeente en de verenigingen: hoeveel tijd ze besteden aan hulp bij administratieve procedures, welke diensten die vragen veroorzaken, wat mensen belet ze zelf te doen, welke rechten verloren gaan, en hoe ze dat beleven.

In 2025 wordt dezelfde enquête herhaald om te meten wat er veranderd is. Dit rapport vergelijkt beide golven. Elk cijfer wordt gegeven met zijn betrouwbaarheidsinterval, elke vergelijking met haar toets; een verschil dat door het toeval van de steekproef kan worden verklaard, wordt niet als een evolutie voorgesteld.`,
      },
    },
    ...WORKER_SECTIONS,
  ],
});
