import { sourceLine } from "@monitoring-social/charts";
import { DEFAULT_LANGUAGE, type Language } from "@monitoring-social/questionnaire";
import type { Study } from "./study.ts";

/**
 * The source line of a study, as under every figure of its report: « Source : CASS Schaerbeek, ….
 * Données fictives. » (Dutch: « Bron: …. Fictieve gegevens. »); the last sentence only when a wave
 * is fictional.
 * @example studySourceLine(study, "fr") // => "Source : CASS Schaerbeek, groupe « exclusion numérique 1030 », enquêtes auprès des travailleurs sociaux 2021 et 2025. Données fictives."
 */
export function studySourceLine(study: Study, lang: Language = DEFAULT_LANGUAGE): string {
  return sourceLine({ title: "", source: study.definition.source[lang], fictional: study.fictional }, lang);
}
