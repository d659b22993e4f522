import { formatNumber, formatPercent } from "@monitoring-social/charts";
import type { Language } from "@monitoring-social/questionnaire";
import type { Finding } from "../content/block.ts";
import { tr } from "../messages/index.ts";
import { inWave } from "../wording/inWave.ts";
import type { FindingFacts } from "./findingFacts.ts";

/** Options of {@link findingTitle}. */
export interface FindingTitleOptions {
  /**
   * `"headline"`: the subject and the change with both values (« Non-recours observé — en hausse, de
   * 39 % en 2021 à 60 % en 2025 »); `"short"`: only the direction since the earlier wave (« En hausse
   * depuis 2021 »), for a key figure that writes the values itself. Default: `"headline"`.
   */
  readonly form?: "headline" | "short";
}

/**
 * A finding's value in a wave, as the sentence wrote it: a share in per cent, a mean with its decimals and unit.
 * @example factValue({ scale: "share", … }, 0.394, "nl") // => "39%"
 */
export function factValue(facts: FindingFacts, x: number, lang: Language): string {
  if (facts.scale === "share") return formatPercent(x, lang);
  return `${formatNumber(x, lang, { digits: facts.digits })}${facts.unit ? ` ${facts.unit}` : ""}`;
}

/** A heading in running text: its first letter in lower case, unless the word is an acronym (« CPAS »). */
function inRunningText(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * What a finding is about: its label, with its question in brackets when it is one of its answers
 * (« Guichet sans rendez-vous (canaux disponibles à la commune) »), or the question first when the
 * label ends in brackets itself (« Beschikbare kanalen bij de gemeente: Loket zonder afspraak (vrije inloop) »).
 * @example factSubject({ label: "CPAS", context: "Services à l'origine des demandes", … }, "fr") // => "CPAS (services à l'origine des demandes)"
 */
export function factSubject(facts: FindingFacts, lang: Language): string {
  if (!facts.context) return facts.label;
  // A label that ends in brackets already (« Loket zonder afspraak (vrije inloop) ») takes its
  // question first, so that two brackets do not follow each other.
  return /\)$/.test(facts.label)
    ? tr("story_subject_context_first", lang, { context: facts.context, label: facts.label })
    : tr("story_subject_in_context", lang, { context: inRunningText(facts.context), label: facts.label });
}

/**
 * The title of a figure: its finding when the difference is demonstrated — the finding is significant
 * (Holm-adjusted p under alpha AND the interval of the difference excluding 0, as `describeComparison`
 * decides) — else the neutral title (the variable's name). Only a demonstrated change over time is
 * called a rise or a fall, as everywhere in the report; a demonstrated gap between two places
 * (`facts.change === false`) is said as higher or lower in one than in the other, never as a rise.
 * Missing values: no finding, a withheld one or one without its numbers → the neutral title; the
 * short form of a gap (nothing happened « since » anything) → the neutral title.
 * @example findingTitle(nonRecours, "Non-recours observé", "fr") // => "Non-recours observé : « Souvent » ou « Très souvent » — en hausse, de 39 % en 2021 à 60 % en 2025"
 * @example findingTitle(gapForestIxelles, "Non-recours observé", "fr") // => "Non-recours observé — plus élevé à Forest (60 %) qu'à Ixelles (39 %)"
 * @example findingTitle(notShown, "Obstacles", "fr") // => "Obstacles"
 * @example findingTitle(time, "En 2025", "nl", { form: "short" }) // => "Gestegen sinds 2021"
 */
export function findingTitle(
  finding: Finding | undefined,
  neutral: string,
  lang: Language,
  options: FindingTitleOptions = {},
): string {
  const facts = finding?.facts;
  if (!finding?.significant || !facts?.significant) return neutral;
  const rise = facts.difference > 0;
  const change = facts.change ?? true;
  if (options.form === "short") {
    if (!change) return neutral;
    return tr(rise ? "story_title_rise_short" : "story_title_fall_short", lang, { a: facts.a });
  }
  const code = change
    ? rise
      ? "story_title_rise"
      : "story_title_fall"
    : rise
      ? "story_title_gap_higher"
      : "story_title_gap_lower";
  return tr(code, lang, factParams(facts, lang));
}

/**
 * What the story's sentences and titles say of a finding's two sides: its subject, the two waves
 * (or places) as labels and as phrases (« en 2021 », « à Forest en 2023 »), and their values as the
 * sentence writes them.
 * @example factParams(facts, "fr").in_b // => "en 2025"
 */
export function factParams(facts: FindingFacts, lang: Language) {
  return {
    subject: factSubject(facts, lang),
    a: facts.a,
    b: facts.b,
    in_a: inWave(facts.a, lang),
    in_b: inWave(facts.b, lang),
    value_a: factValue(facts, facts.valueA, lang),
    value_b: factValue(facts, facts.valueB, lang),
  };
}
