import type { Instrument, Language } from "@monitoring-social/questionnaire";

/** A question's wording as one wave asked it. */
export interface AskedWording {
  readonly year: string;
  readonly text: string;
}

/**
 * The wording of a question of the comparison schema as each wave asked it, in a language: the
 * wave's own instrument, at the source question the harmonisation names for that instrument's
 * version (B1 of the comparison was asked as B1_pct in 2025), else at the same id.
 * Missing values: a wave whose instrument lacks the question (asked in one wave only) is left out.
 * @example questionAsAsked([{ year: "2021", instrument: worker2021 }, { year: "2025", instrument: worker2025 }], { "2021": "B1", "2025": "B1_pct" }, "B1", "fr")[1].text // => "Quel pourcentage de votre temps de travail …"
 */
export function questionAsAsked(
  waves: readonly { readonly year: string; readonly instrument: Instrument }[],
  sources: Readonly<Record<string, string | null>> | undefined,
  id: string,
  lang: Language,
): AskedWording[] {
  return waves.flatMap((w) => {
    const source = sources?.[w.instrument.version] ?? (sources && w.instrument.version in sources ? null : id);
    const q = source === null ? undefined : w.instrument.questions.find((x) => x.id === source);
    return q ? [{ year: w.year, text: q.label[lang] }] : [];
  });
}

/**
 * {@link questionAsAsked} for a study: its waves, at the sources its harmonisation names.
 * @example studyQuestionAsAsked(study, "E1", "nl") // => [{ year: "2021", text: "Merkt u dat …?" }, { year: "2025", text: "Merkt u dat …?" }]
 */
export function studyQuestionAsAsked(
  study: {
    readonly waves: readonly { readonly year: string; readonly instrument: Instrument }[];
    readonly harmonised: {
      readonly comparability: readonly {
        readonly question: string;
        readonly sources: Readonly<Record<string, string | null>>;
      }[];
    };
  },
  id: string,
  lang: Language,
): AskedWording[] {
  return questionAsAsked(study.waves, study.harmonised.comparability.find((r) => r.question === id)?.sources, id, lang);
}
