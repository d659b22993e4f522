import type { Language } from "@monitoring-social/questionnaire";

/** Narrow no-break space (U+202F): thousands separator and space before % in the house style. */
export const NNBSP = "\u202f";
/** True minus sign (U+2212), never a hyphen, for negative numbers and differences. */
export const MINUS = "\u2212";

/**
 * House style for fr-BE and nl-BE: decimal comma, narrow no-break space as thousands separator
 * and before %, true minus sign. Written by hand rather than with `Intl` so that the output is the
 * same whatever ICU data Node or a browser ships (determinism of SVG bytes). Dutch usage often
 * writes "10%" without a space; the house style keeps one space rule for both languages.
 */
function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
}

/**
 * Formats a number: `digits` decimals (default 0), decimal comma, grouped thousands, true minus.
 * The same in French and Dutch; `lang` is kept for symmetry and future differences.
 * @example formatNumber(12345.678, "fr", { digits: 1 }) // => "12 345,7" (narrow no-break space)
 * @example formatNumber(-3.5, "nl", { digits: 1 }) // => "−3,5"
 */
export function formatNumber(x: number, _lang: Language, options: { digits?: number } = {}): string {
  if (!Number.isFinite(x)) return "–";
  const digits = options.digits ?? 0;
  const fixed = Math.abs(x).toFixed(digits);
  const [int, dec] = fixed.split(".");
  const zero = Number(fixed) === 0;
  return `${x < 0 && !zero ? MINUS : ""}${group(int!)}${dec ? `,${dec}` : ""}`;
}

/**
 * Formats a proportion (0–1) as a percentage: one decimal under 10 % (so that 0,4 % is not shown
 * as 0 %), none above, unless `digits` is given; "< 0,1 %" for positive values that would round
 * to zero and "> 99,9 %" for values under 100 % that would round to 100 % (nobody is "all" when
 * one is missing). The number of decimals follows the rounded value: 0,0996 is "10 %", not "10,0 %".
 * Non-finite input gives "–".
 * @example formatPercent(0.105, "fr") // => "10 %"
 * @example formatPercent(0.004, "nl") // => "0,4 %"
 * @example formatPercent(0.996, "fr") // => "99,6 %"
 */
export function formatPercent(p: number, lang: Language, options: { digits?: number } = {}): string {
  if (!Number.isFinite(p)) return "–";
  const pct = p * 100;
  const show = (digits: number) => `${formatNumber(pct, lang, { digits })}${NNBSP}%`;
  if (options.digits !== undefined) return show(options.digits);
  if (pct > 0 && pct < 0.05) return `<${NNBSP}${formatNumber(0.1, lang, { digits: 1 })}${NNBSP}%`;
  if (pct < 100 && pct >= 99.95) return `>${NNBSP}${formatNumber(99.9, lang, { digits: 1 })}${NNBSP}%`;
  const rounded = Math.abs(Number(pct.toFixed(1)));
  if (rounded < 10) return show(1);
  if (pct < 100 && Number(pct.toFixed(0)) === 100) return show(1);
  return show(0);
}

/**
 * Formats a difference of proportions in percentage points, always signed: "+3,2 points" /
 * "−3,2 procentpunt"; with `short: true` (narrow charts) "+3,2 pt" / "−3,2 pp". Non-finite input
 * gives "–".
 * @example formatDifference(-0.032, "nl") // => "−3,2 procentpunt"
 * @example formatDifference(0.148, "fr", { short: true }) // => "+14,8 pt"
 */
export function formatDifference(
  d: number,
  lang: Language,
  options: { digits?: number; short?: boolean } = {},
): string {
  if (!Number.isFinite(d)) return "–";
  const digits = options.digits ?? 1;
  const body = formatNumber(Math.abs(d * 100), lang, { digits });
  const zero = Number((Math.abs(d) * 100).toFixed(digits)) === 0;
  const sign = zero ? "" : d > 0 ? "+" : MINUS;
  // French plural from 2 on, read on the number as written (1,96 is written "2,0 points").
  const plural = Number(body.replace(",", ".").replaceAll(NNBSP, "")) >= 2;
  const unit = options.short
    ? lang === "fr"
      ? "pt"
      : "pp"
    : lang === "fr"
      ? plural
        ? "points"
        : "point"
      : "procentpunt";
  return `${sign}${body}${NNBSP}${unit}`;
}

/**
 * Formats a confidence interval of proportions: "39–53 %" (en dash, one % sign).
 * @example formatPercentInterval(0.39, 0.53, "fr") // => "39–53 %"
 */
export function formatPercentInterval(low: number, high: number, lang: Language): string {
  const digits = Math.abs(low * 100) < 10 || Math.abs(high * 100) < 10 ? 1 : 0;
  return `${formatNumber(low * 100, lang, { digits })}–${formatNumber(high * 100, lang, { digits })}${NNBSP}%`;
}
