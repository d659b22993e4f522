import { sourceLine } from "@monitoring-social/charts";
import { DEFAULT_LANGUAGE, type Language } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";
import type { Study } from "./study.ts";
import { communeText } from "./studyCommune.ts";

/**
 * Who collected the data of a study, as every source line says it: the definition's `source`,
 * followed by the study's communes (French or Dutch names and postcodes, from the postcodes) that
 * it does not name already, and by the reference study's when the report compares with one.
 * @example studySourceText(forestStudy, "nl") // => "Enquête bij sociaal werkers, 2025 — Vorst (1190)"
 */
export function studySourceText(study: Study, lang: Language = DEFAULT_LANGUAGE): string {
  const text = study.definition.source[lang];
  const named = (c: { postcode: string; name: { fr: string; nl: string } }) =>
    text.includes(c.postcode) || text.includes(c.name.fr) || text.includes(c.name.nl);
  const missing = study.communes.filter((c) => !named(c)).map((c) => communeText(c, lang));
  const reference = study.waves.find((w) => w.reference);
  const parts = [
    text,
    ...(missing.length > 0 ? [missing.join(", ")] : []),
    ...(reference
      ? [
          tr(reference.fictional ? "source_reference_fictional" : "source_reference", lang, {
            commune: communeText(reference.place, lang),
          }),
        ]
      : []),
  ];
  return parts.join(" — ");
}

/**
 * The source line of a study, as under every figure of its report: « Source : CASS Schaerbeek, ….
 * Données fictives. » (Dutch: « Bron: …. Fictieve gegevens. »); the last sentence only when a wave
 * of the definition is fictional.
 * @example studySourceLine(study, "fr") // => "Source : CASS Schaerbeek, groupe « exclusion numérique 1030 », enquêtes auprès des travailleurs sociaux 2021 et 2025. Données fictives."
 */
export function studySourceLine(study: Study, lang: Language = DEFAULT_LANGUAGE): string {
  return sourceLine({ title: "", source: studySourceText(study, lang), fictional: study.fictional }, lang);
}
