import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent, formatPercentInterval } from "../locale/format.ts";
import { wrapToWidth } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { FORMATS } from "../theme/formats.ts";
import { OKABE_ITO } from "../theme/palette.ts";
import { type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import { houseChart } from "./shell.ts";

/** Options of {@link keyFigure}. */
export interface KeyFigureOptions extends CommonChartOptions {
  /** The sentence under the number, e.g. « des travailleurs sociaux consacrent plus d'un quart de leur temps aux démarches ». Required. */
  readonly sentence: string;
  /**
   * The same figure at an earlier wave, written under the number and in the alt text
   * (« contre 40 % en 2021 »): `row` from the same stats table, `label` the wave. Default: none.
   */
  readonly previous?: { readonly row: EstimateRow; readonly label: string };
}

/**
 * A key-figure card: one large number (a share from a `stats` estimate row), one sentence, and
 * the interval and n in small type. A suppressed estimate is never shown: the card says « masqué ».
 * The number is in Okabe–Ito blue, which keeps a contrast above 4.5:1 on white (orange would not).
 * @example keyFigure(row, { title: "En 2025", sentence: "des travailleurs sociaux…", source, fictional: true })
 */
export function keyFigure(row: EstimateRow, options: KeyFigureOptions): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "column";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  const hidden = row.suppressed || row.estimate === null;
  const big = hidden ? t.suppressed : formatPercent(row.estimate!, lang);
  const sep = lang === "fr" ? " : " : ": ";
  const previous = options.previous;
  const before =
    previous && !previous.row.suppressed && previous.row.estimate !== null
      ? lang === "fr"
        ? `contre ${formatPercent(previous.row.estimate, lang)} en ${previous.label}`
        : `tegenover ${formatPercent(previous.row.estimate, lang)} in ${previous.label}`
      : "";
  const interval = hidden
    ? ""
    : `${lang === "fr" ? "IC 95\u202f%" : "95%-BI"}${sep}${formatPercentInterval(row.ci_low!, row.ci_high!, lang)}`;
  const detail = hidden
    ? ""
    : [interval, `n = ${row.denominator ?? row.n}`, before].filter(Boolean).join(lang === "fr" ? "\u202f; " : "; ");
  const lines = wrapToWidth(options.sentence, f.width - 10, Math.round(f.fontSize * 1.2));
  const source = sourceLine(options, lang);
  const note = noteLine([t.interval[row.method] ?? row.method, options.note], lang);
  // « En 2025, 71 % des travailleurs sociaux … (IC 95 % : 65–77 %), contre 40 % en 2021. »
  const lead =
    /[.!?:]$/.test(options.title) || options.title.length > 25
      ? `${options.title.replace(/[.!?:]$/, "")}.`
      : `${options.title},`;
  const altText = hidden
    ? `${options.title}. ${lang === "fr" ? "Chiffre masqué (secret statistique)." : "Cijfer niet getoond (statistisch geheim)."} ${source}`
    : `${lead} ${big} ${options.sentence.replace(/\.$/, "")} (${lang === "fr" ? "IC 95 % : " : "95%-BI: "}${formatPercentInterval(row.ci_low!, row.ci_high!, lang)})${before ? `, ${before}` : ""}. n = ${row.denominator ?? row.n} ${t.respondents}. ${source}`;
  const bigSize = Math.round(f.titleSize * 3.2);
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      width: f.width - 10,
      height: bigSize + (lines.length + 1) * Math.round(f.fontSize * 1.5) + 8,
      layer: [
        {
          data: { values: [{ text: big }] },
          mark: {
            type: "text",
            align: "left",
            baseline: "top",
            fontSize: bigSize,
            fontWeight: "bold",
            color: OKABE_ITO.blue,
          },
          encoding: { x: { value: 0 }, y: { value: 0 }, text: { field: "text", type: "nominal" } },
        },
        {
          data: { values: lines.map((line, i) => ({ line, y: bigSize + 8 + i * Math.round(f.fontSize * 1.5) })) },
          mark: {
            type: "text",
            align: "left",
            baseline: "top",
            fontSize: Math.round(f.fontSize * 1.2),
            color: "#222222",
          },
          encoding: {
            x: { value: 0 },
            y: { field: "y", type: "quantitative", scale: null },
            text: { field: "line", type: "nominal" },
          },
        },
        {
          data: { values: [{ text: detail, y: bigSize + 8 + lines.length * Math.round(f.fontSize * 1.5) + 4 }] },
          mark: { type: "text", align: "left", baseline: "top", fontSize: f.minFontSize, color: "#555555" },
          encoding: {
            x: { value: 0 },
            y: { field: "y", type: "quantitative", scale: null },
            text: { field: "text", type: "nominal" },
          },
        },
      ],
    },
  );
}
