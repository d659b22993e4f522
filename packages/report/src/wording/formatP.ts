import { formatNumber } from "@monitoring-social/charts";
import type { Language } from "@monitoring-social/questionnaire";

/**
 * Writes a p-value as a reader expects it: « p < 0,001 », else three decimals with a decimal comma.
 * `adjusted` names it « p ajustée » / « aangepaste p ». Not a number → « p non calculable ».
 * @example formatP(0.0042, "fr", { adjusted: true }) // => "p ajustée = 0,004"
 */
export function formatP(p: number | null, lang: Language, options: { adjusted?: boolean } = {}): string {
  const name = options.adjusted ? (lang === "fr" ? "p ajustée" : "aangepaste p") : "p";
  if (p === null || !Number.isFinite(p)) return lang === "fr" ? `${name} non calculable` : `${name} niet berekenbaar`;
  if (p < 0.001) return `${name} < ${formatNumber(0.001, lang, { digits: 3 })}`;
  return `${name} = ${formatNumber(p, lang, { digits: 3 })}`;
}
