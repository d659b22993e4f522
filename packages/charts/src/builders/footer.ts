import type { Language } from "@monitoring-social/questionnaire";
import { CHART_TEXT } from "../locale/chartText.ts";
import { LOCALES, labelled } from "../locale/locale.ts";
import { wrapToWidth } from "../locale/wrapLabel.ts";
import type { ChartFormat } from "../theme/formats.ts";
import { FORMATS } from "../theme/formats.ts";
import { INK } from "../theme/palette.ts";

/** Options shared by every builder: texts around the chart, where it will be printed, the study's waves. */
export interface CommonChartOptions {
  /** Language of every text. Default: `"fr"`. */
  readonly lang?: "fr" | "nl";
  /** Title. Required. */
  readonly title: string;
  /** Subtitle. Default: none. */
  readonly subtitle?: string;
  /** Who produced the data, e.g. « CASS Schaerbeek, enquête auprès des travailleurs sociaux 2025 ». Required. */
  readonly source: string;
  /** Whether the data are fictional: the source line then says so. Required, no default. */
  readonly fictional: boolean;
  /** Extra note (e.g. the comparability note from harmonisation). Default: none. */
  readonly note?: string;
  /** Output format. Default: `"page"`. */
  readonly format?: ChartFormat;
  /**
   * The study's waves, oldest first (e.g. `["2021", "2025"]`): each wave keeps one colour in every
   * chart of a report, the latest in Okabe–Ito blue (see `waveColours`). Default: the waves the chart
   * itself shows (a comparison: its two groups; one group: the latest wave).
   */
  readonly waves?: readonly string[];
}

/**
 * The source line, saying when the data are fictional.
 * @example sourceLine({ source: "CASS Schaerbeek", fictional: true, title: "T" }, "nl") // => "Bron: CASS Schaerbeek. Fictieve gegevens."
 */
export function sourceLine(options: CommonChartOptions, lang: Language): string {
  const t = CHART_TEXT[lang];
  return `${labelled(t.source, options.source, lang)}.${options.fictional ? ` ${t.fictional}.` : ""}`;
}

/**
 * The note from its parts: empty parts dropped, each part's final full stop removed, joined by
 * « ; » as each language writes it (French: narrow no-break space before, so a line never starts
 * with « ; »; Dutch: no space before) — or by a full stop when the next part is a sentence of its
 * own (it starts with a capital then a small letter) —, one full stop at the end.
 * @example noteLine(["n = 229 répondants", "IC 95 % de Wilson", "Tranches de 2021."], "fr") // => "n = 229 répondants ; IC 95 % de Wilson. Tranches de 2021."
 */
export function noteLine(parts: readonly (string | undefined | false)[], lang: Language): string {
  const kept = parts
    .filter((p): p is string => typeof p === "string" && p.trim() !== "")
    .map((p) => p.trim().replace(/\.$/, ""));
  // A part that is a sentence of its own (« En 2025, la part … ») follows a full stop, not a semicolon.
  const joined = kept.reduce(
    (text, part, i) =>
      i === 0 ? part : `${text}${/^\p{Lu}\p{Ll}/u.test(part) ? ". " : LOCALES[lang].semicolon}${part}`,
    "",
  );
  return `${joined}.`;
}

/** Room left and right of a chart inside its format's width: vega's default padding, 5 px a side. */
export const CHART_PADDING = 5;

/**
 * The source and note as a title at the bottom of a view, left-aligned on the whole chart
 * (axis labels included), wrapped to the format's width with the font's own metrics.
 * @example footnote([sourceLine(options, "fr"), note], "column") // => { text: ["Source : …", …], orient: "bottom", … }
 */
export function footnote(lines: readonly string[], format: ChartFormat, fontSize = FORMATS[format].minFontSize) {
  const f = FORMATS[format];
  return {
    // 2 px to spare: vega rounds the chart's bounds up.
    text: lines.flatMap((l) => wrapToWidth(l, f.width - 2 * CHART_PADDING - 2, fontSize)),
    orient: "bottom" as const,
    anchor: "start" as const,
    frame: "bounds" as const,
    fontSize,
    fontWeight: "normal" as const,
    color: INK.secondary,
    offset: 14,
    lineHeight: Math.ceil(fontSize * 1.35),
  };
}
