import type { Language } from "@monitoring-social/questionnaire";
import { CHART_TEXT } from "../locale/chartText.ts";
import { formatDifference, formatPercent, formatPercentInterval } from "../locale/format.ts";
import { LOCALES, labelled, quote } from "../locale/locale.ts";
import type { ComparisonRow } from "../model/comparisonRow.ts";
import type { ItemOrder } from "../model/itemOrder.ts";

/**
 * Pieces of the alt texts, shared by the builders. An alt text reads the chart as drawn: the items
 * in the order of the bars, with the values as written on the chart (same precision), and says how
 * the items are ordered — « du plus fréquent au moins fréquent » only when they are sorted by
 * value. Full sentences a screen reader can read aloud.
 */

/**
 * A share with its interval when both bounds are known: « 46 % (IC 95 % : 39–53 %) » /
 * « 46% (95%-BI: 39–53%) », at the chart's precision `digits`.
 */
export function shareText(
  p: number,
  low: number | null | undefined,
  high: number | null | undefined,
  lang: Language,
  digits?: number,
): string {
  const options = digits === undefined ? {} : { digits };
  const ci =
    low !== null && low !== undefined && high !== null && high !== undefined
      ? ` (${labelled(LOCALES[lang].ci95, formatPercentInterval(low, high, lang, options), lang)})`
      : "";
  return `${formatPercent(p, lang, options)}${ci}`;
}

/** « Du plus fréquent au moins fréquent » / « Dans l'ordre du questionnaire », capitalised. */
export function orderText(order: ItemOrder, lang: Language): string {
  const t = CHART_TEXT[lang];
  const text = order === "value" ? t.byValue : t.byInstrument;
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** Sentence about hidden levels: « 1 réponse n'est pas montrée (secret statistique). » */
export function hiddenText(count: number, lang: Language): string {
  if (count === 0) return "";
  return lang === "fr"
    ? `${count} réponse${count > 1 ? "s ne sont pas montrées" : " n'est pas montrée"} (secret statistique).`
    : `${count} antwoord${count > 1 ? "en worden" : " wordt"} niet getoond (statistisch geheim).`;
}

/**
 * A change between two waves as the chart draws it: « « Banques » : de 30 % en 2021 à 46 % en 2025
 * (+16,1 points, IC 95 % : +7,4 à +24,5 points) » — the difference's interval when the stats row
 * has it; « , n.s. » when `demonstrated` is false.
 */
export function changeText(
  row: ComparisonRow,
  label: string,
  lang: Language,
  options: { readonly digits?: number; readonly demonstrated?: boolean } = {},
): string {
  const digits = options.digits === undefined ? {} : { digits: options.digits };
  const d = (x: number) => formatDifference(x, lang, digits);
  const diff = d(row.difference!);
  const ci =
    row.diff_ci_low !== null && row.diff_ci_high !== null
      ? lang === "fr"
        ? `, ${labelled(LOCALES.fr.ci95, `${d(row.diff_ci_low)} à ${d(row.diff_ci_high)}`, lang)}`
        : `, ${labelled(LOCALES.nl.ci95, `${d(row.diff_ci_low)} tot ${d(row.diff_ci_high)}`, lang)}`
      : "";
  const ns = options.demonstrated === false ? `, ${CHART_TEXT[lang].ns}` : "";
  const a = formatPercent(row.estimate_a!, lang, digits);
  const b = formatPercent(row.estimate_b!, lang, digits);
  return lang === "fr"
    ? labelled(quote(label, lang), `de ${a} en ${row.group_a} à ${b} en ${row.group_b} (${diff}${ci}${ns})`, lang)
    : labelled(quote(label, lang), `van ${a} in ${row.group_a} naar ${b} in ${row.group_b} (${diff}${ci}${ns})`, lang);
}
