import type { Language } from "@monitoring-social/questionnaire";
import { LOCALES, MINUS } from "./locale.ts";

/** Options of the number formatters. */
export interface FormatOptions {
  /** Decimals. Default: 0 for {@link formatNumber}; chosen from the value for {@link formatPercent}. */
  readonly digits?: number;
}

function group(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Formats a number as the language writes it ({@link LOCALES}): `digits` decimals (default 0),
 * decimal comma, thousands grouped (French: narrow no-break space, « 12 345,7 »; Dutch: point,
 * « 12.345,7 »), true minus sign. A value that rounds to zero is written without a sign.
 * Non-finite input gives "–".
 * @example formatNumber(12345.678, "fr", { digits: 1 }) // => "12 345,7" (narrow no-break space)
 * @example formatNumber(12345.678, "nl", { digits: 1 }) // => "12.345,7"
 * @example formatNumber(-3.5, "nl", { digits: 1 }) // => "−3,5"
 */
export function formatNumber(x: number, lang: Language, options: FormatOptions = {}): string {
  if (!Number.isFinite(x)) return "–";
  const locale = LOCALES[lang];
  const digits = options.digits ?? 0;
  const fixed = Math.abs(x).toFixed(digits);
  const [int, dec] = fixed.split(".");
  const zero = Number(fixed) === 0;
  return `${x < 0 && !zero ? MINUS : ""}${group(int!, locale.group)}${dec ? `${locale.decimal}${dec}` : ""}`;
}

/**
 * Formats a proportion (0–1) as a percentage, as the language writes it: « 10 % » in French
 * (narrow no-break space), « 10% » in Dutch. Without `digits`: one decimal under 10 % (so that
 * 0,4 % is not shown as 0 %), none above; the number of decimals follows the rounded value (0,0996
 * is « 10 % », not « 10,0 % »). With `digits` (one precision for a whole chart), that many
 * decimals. Either way, a positive share that would round to zero is written « < 0,1 % » (or
 * « < 1 % » with `digits: 0`), and a share under 100 % that would round to 100 % « > 99,9 % » (or
 * « > 99 % »): nobody is « all » when one is missing. Non-finite input gives "–".
 * @example formatPercent(0.105, "fr") // => "10 %"
 * @example formatPercent(0.004, "nl") // => "0,4%"
 * @example formatPercent(0.091, "fr", { digits: 0 }) // => "9 %"
 * @example formatPercent(0.003, "nl", { digits: 0 }) // => "< 1%"
 */
export function formatPercent(p: number, lang: Language, options: FormatOptions = {}): string {
  if (!Number.isFinite(p)) return "–";
  const space = LOCALES[lang].percentSpace;
  const pct = p * 100;
  const show = (value: number, digits: number) => `${formatNumber(value, lang, { digits })}${space}%`;
  const bounded = (digits: number) => {
    const unit = 10 ** -digits;
    if (pct > 0 && Number(pct.toFixed(digits)) === 0) return `<\u202f${show(unit, digits)}`;
    if (pct < 100 && Number(pct.toFixed(digits)) >= 100) return `>\u202f${show(100 - unit, digits)}`;
    return undefined;
  };
  if (options.digits !== undefined) return bounded(options.digits) ?? show(pct, options.digits);
  const edge = bounded(1);
  if (edge) return edge;
  const rounded = Math.abs(Number(pct.toFixed(1)));
  if (rounded < 10) return show(pct, 1);
  if (pct < 100 && Number(pct.toFixed(0)) === 100) return show(pct, 1);
  return show(pct, 0);
}

/**
 * The one precision of a chart's percentages: no decimal, unless every share it writes is under
 * 10 % (then one, so that small shares stay apart). A chart never writes « 9,1 % » beside « 13 % ».
 * Null and non-finite values are ignored.
 * @example percentDigits([0.091, 0.13, 0.4]) // => 0
 * @example percentDigits([0.012, 0.034]) // => 1
 */
export function percentDigits(values: readonly (number | null | undefined)[]): 0 | 1 {
  const shown = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return shown.length > 0 && shown.every((v) => Math.abs(v) < 0.095) ? 1 : 0;
}

/**
 * Formats a difference of proportions in percentage points, always signed: « +3,2 points » /
 * « −3,2 procentpunt »; with `short: true` (narrow charts) « +3,2 pt » / « −3,2 pp ». French puts
 * « point » in the plural from 2 on, read on the number as written (1,96 is « 2,0 points »).
 * Non-finite input gives "–".
 * @example formatDifference(-0.032, "nl") // => "−3,2 procentpunt"
 * @example formatDifference(0.148, "fr", { short: true }) // => "+14,8 pt"
 */
export function formatDifference(
  d: number,
  lang: Language,
  options: { readonly digits?: number; readonly short?: boolean } = {},
): string {
  if (!Number.isFinite(d)) return "–";
  const digits = options.digits ?? 1;
  const rounded = Number((Math.abs(d) * 100).toFixed(digits));
  const body = formatNumber(rounded, lang, { digits });
  const sign = rounded === 0 ? "" : d > 0 ? "+" : MINUS;
  const point = LOCALES[lang].point;
  const unit = options.short ? point.short : rounded >= 2 ? point.many : point.one;
  return `${sign}${body}\u202f${unit}`;
}

/**
 * Formats a confidence interval of proportions: « 39–53 % » / « 39–53% » (en dash, one % sign).
 * Without `digits`, one decimal when a bound is under 10 %.
 * @example formatPercentInterval(0.39, 0.53, "fr") // => "39–53 %"
 * @example formatPercentInterval(0.39, 0.53, "nl") // => "39–53%"
 */
export function formatPercentInterval(low: number, high: number, lang: Language, options: FormatOptions = {}): string {
  const digits = options.digits ?? (Math.abs(low * 100) < 10 || Math.abs(high * 100) < 10 ? 1 : 0);
  const space = LOCALES[lang].percentSpace;
  return `${formatNumber(low * 100, lang, { digits })}–${formatNumber(high * 100, lang, { digits })}${space}%`;
}
