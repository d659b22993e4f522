import { type Language, type LocalizedText, translator } from "@monitoring-social/questionnaire";

const fr = {
  duplicate_level:
    "{builder} : la réponse « {level} » apparaît {count} fois (lignes {rows}). Ce graphique montre un seul groupe : filtrez les lignes d'une seule vague ou d'un seul groupe, ou utilisez {instead}.",
  missing_column:
    "{builder} : la ligne {row} n'a pas de colonne « {column} ». Passez la table d'un résultat calculé avec { by: \"{column}\" }.",
  too_many_bars:
    "{builder} : {count} barres, c'est trop pour un graphique facile à lire (au plus {max}). Gardez les réponses les plus importantes (option levels).",
  unknown_level: "{builder} : la réponse « {level} » demandée n'est dans aucune ligne (réponses présentes : {levels}).",
  too_many_waves:
    "{count} vagues ({waves}) : au plus {max} vagues ont chacune leur couleur. Montrez les {max} dernières (option waves) ou comparez-les deux à deux.",
  too_many_levels:
    "{count} réponses ordonnées : une échelle {scale} a au plus {max} couleurs distinctes pour les daltoniens. Regroupez des réponses voisines.",
} as const;
const nl: Readonly<Record<keyof typeof fr, string>> = {
  duplicate_level:
    "{builder}: het antwoord ‘{level}’ komt {count} keer voor (rijen {rows}). Deze grafiek toont één groep: filter de rijen van één golf of één groep, of gebruik {instead}.",
  missing_column:
    '{builder}: rij {row} heeft geen kolom ‘{column}’. Geef de tabel van een resultaat berekend met { by: "{column}" }.',
  too_many_bars:
    "{builder}: {count} staven is te veel voor een makkelijk leesbare grafiek (hoogstens {max}). Hou de belangrijkste antwoorden (optie levels).",
  unknown_level:
    "{builder}: het gevraagde antwoord ‘{level}’ staat in geen enkele rij (aanwezige antwoorden: {levels}).",
  too_many_waves:
    "{count} golven ({waves}): hoogstens {max} golven hebben elk een eigen kleur. Toon de laatste {max} (optie waves) of vergelijk ze twee aan twee.",
  too_many_levels:
    "{count} geordende antwoorden: een {scale} schaal heeft hoogstens {max} kleuren die ook kleurenblinden uit elkaar houden. Voeg naburige antwoorden samen.",
};

/** A stable message code of the charts package. */
export type ChartMessageCode = keyof typeof fr;
/** The charts package's message catalogue, French and Dutch. */
export const chartMessages = { fr, nl } as const;
const tc = translator(chartMessages);

/**
 * An error in the use of a chart builder (rows of several groups where one is expected, a missing
 * group column, too many bars for an easy-to-read chart, more waves or ordered answers than the
 * colour grammar has colours for), in French and Dutch, with a stable code.
 * @example new ChartError("missing_column", { builder: "smallMultiplesChart", row: 3, column: "A1" }, "nl").message
 * // => "smallMultiplesChart: rij 3 heeft geen kolom ‘A1’. …"
 */
export class ChartError extends Error {
  /** Stable code. */
  readonly code: ChartMessageCode;
  /** Message in both languages. */
  readonly messages: LocalizedText;
  constructor(code: ChartMessageCode, params: Record<string, string | number>, lang: Language = "fr") {
    const messages = { fr: tc(code, "fr", params), nl: tc(code, "nl", params) };
    super(messages[lang]);
    this.name = "ChartError";
    this.code = code;
    this.messages = messages;
  }
}
