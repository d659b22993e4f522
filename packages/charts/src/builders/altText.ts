import type { Language } from "@monitoring-social/questionnaire";
import { formatDifference, formatPercent, formatPercentInterval } from "../locale/format.ts";
import type { ComparisonRow } from "../model/comparisonRow.ts";

/**
 * Pieces of the alt texts, shared by the builders: a share with its interval, a change between
 * two waves with its test. Alt texts are full sentences a screen reader can read aloud.
 */

/** « 46 % (IC 95 % : 39–53 %) » / « 46 % (95%-BI: 39–53 %) »; the interval only when both bounds are known. */
export function shareText(
  p: number,
  low: number | null | undefined,
  high: number | null | undefined,
  lang: Language,
): string {
  const ci =
    low !== null && low !== undefined && high !== null && high !== undefined
      ? ` (${lang === "fr" ? "IC 95 % : " : "95%-BI: "}${formatPercentInterval(low, high, lang)})`
      : "";
  return `${formatPercent(p, lang)}${ci}`;
}

/** « « X » » with French quotes, as the charts write labels in sentences. */
export const quoted = (label: string) => `« ${label} »`;

/** Joins « a, b et c » / « a, b en c ». */
export function listText(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${lang === "fr" ? "et" : "en"} ${items.at(-1)}`;
}

/** Sentence about hidden levels: « 1 réponse n'est pas montrée (secret statistique). » */
export function hiddenText(count: number, lang: Language): string {
  if (count === 0) return "";
  return lang === "fr"
    ? `${count} réponse${count > 1 ? "s ne sont pas montrées" : " n'est pas montrée"} (secret statistique).`
    : `${count} antwoord${count > 1 ? "en worden" : " wordt"} niet getoond (statistisch geheim).`;
}

/**
 * A change between two waves: « « Banques » : de 30 % en 2021 à 46 % en 2025 (+16,1 points, IC 95 % :
 * +7,4 à +24,5 points) » — the difference's interval when the stats row has it.
 */
export function changeText(row: ComparisonRow, label: string, lang: Language): string {
  const diff = formatDifference(row.difference!, lang);
  const ci =
    row.diff_ci_low !== null && row.diff_ci_high !== null
      ? lang === "fr"
        ? `, IC 95 % : ${formatDifference(row.diff_ci_low, lang)} à ${formatDifference(row.diff_ci_high, lang)}`
        : `, 95%-BI: ${formatDifference(row.diff_ci_low, lang)} tot ${formatDifference(row.diff_ci_high, lang)}`
      : "";
  return lang === "fr"
    ? `${quoted(label)} : de ${formatPercent(row.estimate_a!, lang)} en ${row.group_a} à ${formatPercent(row.estimate_b!, lang)} en ${row.group_b} (${diff}${ci})`
    : `${quoted(label)}: van ${formatPercent(row.estimate_a!, lang)} in ${row.group_a} naar ${formatPercent(row.estimate_b!, lang)} in ${row.group_b} (${diff}${ci})`;
}
