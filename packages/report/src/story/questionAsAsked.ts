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
 * {@link questionAsAsked} for a study: its waves (or those of `keys`, the waves a figure draws), at
 * the sources its harmonisation names; each wording once per year (two communes surveyed in one year
 * with one instrument give one wording), oldest year first — or, when one year has two wordings
 * (two communes on two versions), each wave by its label (« Forest »).
 * Missing values: `keys` naming no wave of the study → no wording.
 * @example studyQuestionAsAsked(study, "E1", "nl") // => [{ year: "2021", text: "Merkt u dat …?" }, { year: "2025", text: "Merkt u dat …?" }]
 */
export function studyQuestionAsAsked(
  study: {
    readonly waves: readonly {
      readonly year: string;
      readonly instrument: Instrument;
      readonly key?: string;
      readonly label?: Readonly<Record<Language, string>>;
    }[];
    readonly harmonised: {
      readonly comparability: readonly {
        readonly question: string;
        readonly sources: Readonly<Record<string, string | null>>;
      }[];
    };
  },
  id: string,
  lang: Language,
  keys?: readonly string[],
): AskedWording[] {
  const waves = keys ? study.waves.filter((w) => w.key !== undefined && keys.includes(w.key)) : study.waves;
  const sources = study.harmonised.comparability.find((r) => r.question === id)?.sources;
  const asked = questionAsAsked(waves, sources, id, lang);
  // Two wordings in one year (two communes, two versions): each wave named by its label instead.
  const years = new Map<string, Set<string>>();
  for (const w of asked) years.set(w.year, (years.get(w.year) ?? new Set()).add(w.text));
  if ([...years.values()].some((t) => t.size > 1))
    return questionAsAsked(
      waves.map((w) => ({ ...w, year: w.label?.[lang] ?? w.year })),
      sources,
      id,
      lang,
    );
  const seen = new Set<string>();
  return asked
    .filter((w) => {
      const k = `${w.year}\u0000${w.text}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((x, y) => x.year.localeCompare(y.year));
}
