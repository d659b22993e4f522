import type { Language } from "@monitoring-social/questionnaire";
import { CHART_TEXT } from "../locale/chartText.ts";
import { wrapLabel } from "../locale/wrapLabel.ts";
import type { ChartFormat } from "../theme/formats.ts";
import { FORMATS } from "../theme/formats.ts";

/** Options shared by every builder: texts around the chart and where it will be printed. */
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
}

/** The source line: « Source : … Données fictives. » */
export function sourceLine(options: CommonChartOptions, lang: Language): string {
  const t = CHART_TEXT[lang];
  const sep = lang === "fr" ? " : " : ": ";
  return `${t.source}${sep}${options.source}.${options.fictional ? ` ${t.fictional}.` : ""}`;
}

/**
 * The source and note as a title at the bottom of a view, left-aligned on the whole chart
 * (axis labels included), wrapped to the format's width.
 */
export function footnote(lines: readonly string[], format: ChartFormat) {
  const f = FORMATS[format];
  const perLine = Math.floor(f.width / (f.minFontSize * 0.55));
  return {
    text: lines.flatMap((l) => wrapLabel(l, perLine)),
    orient: "bottom" as const,
    anchor: "start" as const,
    frame: "bounds" as const,
    fontSize: f.minFontSize,
    fontWeight: "normal" as const,
    color: "#555555",
    offset: 14,
    lineHeight: Math.ceil(f.minFontSize * 1.35),
  };
}
