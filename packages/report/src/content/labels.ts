import {
  choiceList,
  choiceResultLabel,
  type Instrument,
  type Language,
  question,
} from "@monitoring-social/questionnaire";

/**
 * The label of a question for charts and tables: its short label, else its full wording.
 * @example questionLabel(instrument, "C1", "nl") // => "Diensten die vragen opleveren"
 */
export function questionLabel(instrument: Instrument, id: string, lang: Language): string {
  const q = question(instrument, id);
  return (q.short ?? q.label)[lang];
}

/**
 * The full wording of a question.
 * @example questionWording(instrument, "B1", "fr") // => "Quelle part de votre temps de travail…"
 */
export function questionWording(instrument: Instrument, id: string, lang: Language): string {
  return question(instrument, id).label[lang];
}

/**
 * Labels of a question's choices as results print them, by code, in a language: the form's
 * « Autre (précisez) » is « Autre » in a chart or a table (`choiceResultLabel`).
 * @example choiceLabels(instrument, "A1", "fr").cpas // => "CPAS"
 * @example choiceLabels(instrument, "A1", "nl").autre // => "Andere"
 */
export function choiceLabels(instrument: Instrument, id: string, lang: Language): Record<string, string> {
  const list = choiceList(instrument, question(instrument, id));
  return Object.fromEntries(list.choices.map((c) => [c.code, choiceResultLabel(c, lang)]));
}

/**
 * The answer codes of a choice question that count in denominators (not flagged missing), in scale
 * order for an ordinal question (by rank), else in list order.
 * @example scaleCodes(instrument, "E1") // => ["jamais", "rarement", "parfois", "souvent", "tres_souvent"]
 */
export function scaleCodes(instrument: Instrument, id: string): string[] {
  const list = choiceList(instrument, question(instrument, id));
  const valid = list.choices.filter((c) => !c.missing);
  if (valid.every((c) => c.value !== undefined))
    return [...valid].sort((a, b) => a.value! - b.value!).map((c) => c.code);
  return valid.map((c) => c.code);
}

/**
 * Codes flagged as missing answers (ne sait pas…) of a choice question.
 * @example missingCodes(instrument, "E1") // => ["nsp"]
 */
export function missingCodes(instrument: Instrument, id: string): string[] {
  return choiceList(instrument, question(instrument, id))
    .choices.filter((c) => c.missing)
    .map((c) => c.code);
}

/**
 * Rank of each code of an ordinal question (codes without a rank, such as ne sait pas, left out).
 * @example ranks(instrument, "F1").tout_a_fait // => 5
 */
export function ranks(instrument: Instrument, id: string): Record<string, number> {
  return Object.fromEntries(
    choiceList(instrument, question(instrument, id))
      .choices.filter((c) => c.value !== undefined && !c.missing)
      .map((c) => [c.code, c.value!]),
  );
}

/**
 * Whether a choice question's scale is bipolar — one of its answers is the neutral centre
 * (`centre` in the instrument: « pas de changement », « ni d'accord ni pas d'accord ») — so that
 * its chart diverges around that answer rather than running one way.
 * @example isCentredScale(instrument, "B2") // => true
 * @example isCentredScale(instrument, "E1") // => false (jamais → très souvent)
 */
export function isCentredScale(instrument: Instrument, id: string): boolean {
  return choiceList(instrument, question(instrument, id)).choices.some((c) => c.centre === true);
}
