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
  bad_stratum:
    "Strate « {column} », ligne {row} : « {value} » n'est pas une strate (texte ou nombre attendu, jamais vide). Chaque répondant doit avoir sa strate (vague, commune…).",
  bad_fpc:
    "Correction pour population finie « {column} », ligne {row} : « {value} » ne convient pas. Donnez soit des tailles de population (toutes ≥ 1, au moins une > 1), soit des taux de sondage (tous ≤ 1), jamais un mélange.",
  fpc_varies:
    "Correction pour population finie « {column} » : la valeur change dans la strate « {stratum} » (ligne {row}). Elle doit être la même pour tous les répondants d'une strate.",
  fpc_too_small:
    "Correction pour population finie « {column} » : la population de la strate « {stratum} » ({size}) est plus petite que son échantillon ({n}).",
  bad_lonely_psu:
    "Traitement d'une strate à un seul répondant « {value} » inconnu : choisissez « adjust », « certainty », « remove » ou « fail ».",
  lonely_stratum:
    "La strate « {stratum} » ({column}) n'a qu'un répondant : sa variance ne peut pas être estimée (R s'arrête aussi, survey.lonely.psu = \"fail\"). Choisissez lonelyPsu « adjust » (prudent), « certainty » ou « remove », ou regroupez cette strate avec une autre.",
  ci_method_unavailable:
    "La méthode d'intervalle « {method} » n'existe pas pour ce plan (pondéré, stratifié, calé ou avec correction pour population finie) : les groupes n'y sont pas des échantillons aléatoires simples. Méthodes possibles : {methods}.",
  margin_level_missing:
    "Calage sur « {column} » : le niveau « {level} » est dans les données mais n'a pas de total de population. Donnez-lui un total (R refuse aussi : « Strata in sample absent from population »).",
  margin_empty_level:
    "Calage sur « {column} » : le niveau « {level} » a un total de population mais aucun répondant ; retirez-le ou regroupez-le.",
  margin_null:
    "Calage sur « {column} », ligne {row} : valeur manquante. Le calage (calibrate, postStratify) demande une valeur pour chaque répondant ; recodez les manquants en un niveau (R refuse aussi les valeurs manquantes).",
  calibration_failed:
    "Le calage n'a pas convergé en {iterations} itérations (écart {misfit}) : les totaux de population sont peut-être incompatibles entre eux ou avec l'échantillon.",
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
  bad_stratum:
    "Stratum ‘{column}’, rij {row}: ‘{value}’ is geen stratum (tekst of getal verwacht, nooit leeg). Elke respondent moet een stratum hebben (golf, gemeente…).",
  bad_fpc:
    "Eindige-populatiecorrectie ‘{column}’, rij {row}: ‘{value}’ is niet geschikt. Geef ofwel populatiegroottes (allemaal ≥ 1, minstens één > 1), ofwel steekproeffracties (allemaal ≤ 1), nooit een mengeling.",
  fpc_varies:
    "Eindige-populatiecorrectie ‘{column}’: de waarde verandert binnen stratum ‘{stratum}’ (rij {row}). Ze moet voor alle respondenten van een stratum dezelfde zijn.",
  fpc_too_small:
    "Eindige-populatiecorrectie ‘{column}’: de populatie van stratum ‘{stratum}’ ({size}) is kleiner dan de steekproef ({n}).",
  bad_lonely_psu:
    "Onbekende behandeling ‘{value}’ van een stratum met één respondent: kies ‘adjust’, ‘certainty’, ‘remove’ of ‘fail’.",
  lonely_stratum:
    'Stratum ‘{stratum}’ ({column}) heeft maar één respondent: de variantie ervan kan niet geschat worden (R stopt ook, survey.lonely.psu = "fail"). Kies lonelyPsu ‘adjust’ (voorzichtig), ‘certainty’ of ‘remove’, of voeg dit stratum samen met een ander.',
  ci_method_unavailable:
    "De intervalmethode ‘{method}’ bestaat niet voor dit steekproefontwerp (gewogen, gestratificeerd, gekalibreerd of met eindige-populatiecorrectie): de groepen zijn er geen enkelvoudige aselecte steekproeven. Mogelijke methoden: {methods}.",
  margin_level_missing:
    "Kalibratie op ‘{column}’: het niveau ‘{level}’ komt in de gegevens voor maar heeft geen populatietotaal. Geef het een totaal (R weigert ook: ‘Strata in sample absent from population’).",
  margin_empty_level:
    "Kalibratie op ‘{column}’: het niveau ‘{level}’ heeft een populatietotaal maar geen enkele respondent; laat het weg of voeg het samen.",
  margin_null:
    "Kalibratie op ‘{column}’, rij {row}: ontbrekende waarde. Kalibratie (calibrate, postStratify) vraagt een waarde voor elke respondent; hercodeer de ontbrekende waarden als een niveau (R weigert ook ontbrekende waarden).",
  calibration_failed:
    "De kalibratie is niet geconvergeerd na {iterations} iteraties (afwijking {misfit}): de populatietotalen zijn misschien onderling of met de steekproef onverenigbaar.",
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
