import { type Language, type LocalizedText, translator } from "@monitoring-social/questionnaire";

const fr = {
  unknown_column: "La colonne « {column} » n'existe pas dans les données.",
  bad_weight: "Pondération « {column} », ligne {row} : « {value} » n'est pas un nombre positif ou nul.",
  column_exists: "La colonne « {column} » existe déjà : choisissez un autre nom pour les poids (weightColumn).",
  not_a_number:
    "Colonne « {column} », ligne {row} : « {value} » n'est pas un nombre. Les types sont convertis à la lecture (ingest), jamais dans les statistiques.",
  not_a_code: "Colonne « {column} », ligne {row} : « {value} » n'est pas un code de réponse (texte attendu).",
  not_a_boolean:
    "Colonne « {column} », ligne {row} : « {value} » n'est pas VRAI/FAUX (colonne de choix multiple attendue).",
  bad_level: "Niveau de confiance {level} invalide : il doit être strictement entre 0 et 1 (par exemple 0,95).",
  two_groups: "La comparaison demande exactement deux groupes dans « {by} » ; trouvés : {groups}.",
} as const;
const nl: Readonly<Record<keyof typeof fr, string>> = {
  unknown_column: "De kolom ‘{column}’ bestaat niet in de gegevens.",
  bad_weight: "Weging ‘{column}’, rij {row}: ‘{value}’ is geen positief getal of nul.",
  column_exists: "De kolom ‘{column}’ bestaat al: kies een andere naam voor de gewichten (weightColumn).",
  not_a_number:
    "Kolom ‘{column}’, rij {row}: ‘{value}’ is geen getal. Types worden bij het inlezen (ingest) omgezet, nooit in de statistieken.",
  not_a_code: "Kolom ‘{column}’, rij {row}: ‘{value}’ is geen antwoordcode (tekst verwacht).",
  not_a_boolean: "Kolom ‘{column}’, rij {row}: ‘{value}’ is geen WAAR/ONWAAR (meerkeuzekolom verwacht).",
  bad_level: "Ongeldig betrouwbaarheidsniveau {level}: het moet strikt tussen 0 en 1 liggen (bijvoorbeeld 0,95).",
  two_groups: "De vergelijking vraagt precies twee groepen in ‘{by}’; gevonden: {groups}.",
};

/** A stable message code of the stats package. */
export type StatsMessageCode = keyof typeof fr;
/** The stats package's message catalogue, French and Dutch. */
export const statsMessages = { fr, nl } as const;
const ts = translator(statsMessages);

/** An error in the use of a statistics function (wrong column type, bad option), in fr and nl. */
export class StatsError extends Error {
  /** Stable code. */
  readonly code: StatsMessageCode;
  /** Message in both languages. */
  readonly messages: LocalizedText;
  constructor(code: StatsMessageCode, params: Record<string, string | number>, lang: Language = "fr") {
    const messages = { fr: ts(code, "fr", params), nl: ts(code, "nl", params) };
    super(messages[lang]);
    this.name = "StatsError";
    this.code = code;
    this.messages = messages;
  }
}
