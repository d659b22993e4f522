import { quote } from "@monitoring-social/charts";
import type { Language } from "@monitoring-social/questionnaire";
import { tr } from "../messages/index.ts";
import type { AskedWording } from "./questionAsAsked.ts";

/** Who answered in one wave: a count, or a range when several items have their own. */
export interface WaveBase {
  /** The wave as the report names it: a year (« 2021 »), or a group that is not one (« Forest », « Forest 2025 »). */
  readonly year: string;
  /** Respondents who answered (the denominator of the shares drawn). */
  readonly n: number;
  /** Fewest respondents of an item, when items differ (a battery). Default: `n` for every item. */
  readonly low?: number;
}

/** Options of {@link questionSubtitle}. */
export interface QuestionSubtitleOptions {
  /** Language. Required. */
  readonly lang: Language;
  /** What the chart draws, said first (« Répartition des réponses, par vague (%) »). Default: none. */
  readonly measure?: string;
  /** The question as each wave asked it ({@link questionAsAsked}); one wording when all waves asked the same. Default: none (a battery: its statements label the rows). */
  readonly wordings?: readonly AskedWording[];
  /** Who answered, per wave. Required. */
  readonly bases: readonly WaveBase[];
  /** The base is counted per statement of a battery. Default: `false`. */
  readonly items?: boolean;
}

/**
 * The subtitle of a figure: what it draws, the question as it was asked (in quotes, per wave when
 * the wording changed) and the base — who answered, n per wave — so that a reader can tell a
 * worker's perception from a count (« 60 % » of social workers who say they observe…).
 * Missing values: no wording → the question is not quoted; a wave with no base is not named.
 * @example questionSubtitle({ lang: "fr", measure: "% des répondants, par vague", wordings: [{ year: "2021", text: "Quelle est votre fonction ?" }, { year: "2025", text: "Quelle est votre fonction ?" }], bases: [{ year: "2021", n: 178 }, { year: "2025", n: 229 }] })
 * // => "% des répondants, par vague. Question posée : « Quelle est votre fonction ? » Base : répondants à la question, 178 en 2021, 229 en 2025."
 */
export function questionSubtitle(options: QuestionSubtitleOptions): string {
  const { lang } = options;
  const parts: string[] = [];
  if (options.measure) parts.push(/[.!?]$/.test(options.measure) ? options.measure : `${options.measure}.`);
  const wordings = options.wordings ?? [];
  const same = wordings.every((w) => w.text === wordings[0]?.text);
  if (wordings.length > 0 && same) parts.push(tr("story_question", lang, { wording: quote(wordings[0]!.text, lang) }));
  else
    for (const w of wordings)
      parts.push(
        tr(/^\d{4}$/.test(w.year) ? "story_question_per_wave" : "story_question_per_group", lang, {
          year: w.year,
          wording: quote(w.text, lang),
        }),
      );
  // A year is written « en 2021 »; a group that is not a year (a commune, « Forest 2025 ») in brackets.
  const counts = options.bases
    .map((b) => {
      const year = /^\d{4}$/.test(b.year);
      return b.low !== undefined && b.low !== b.n
        ? tr(year ? "story_base_range" : "story_base_range_group", lang, { low: b.low, high: b.n, year: b.year })
        : tr(year ? "story_base_count" : "story_base_count_group", lang, { n: b.n, year: b.year });
    })
    .join(", ");
  if (counts) parts.push(tr(options.items ? "story_base_items" : "story_base", lang, { counts }));
  return parts.join(" ");
}
