import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent, formatPercentInterval } from "../locale/format.ts";
import { LOCALES, labelled } from "../locale/locale.ts";
import { wrapToWidth } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { measureText } from "../render/textMetrics.ts";
import { FORMATS } from "../theme/formats.ts";
import { INK, LATEST_WAVE, waveColours } from "../theme/palette.ts";
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
  /**
   * The wave of the number (e.g. `"2025"`): the number takes that wave's colour among `waves`
   * (with `previous`, the study is taken to be `[previous.label, wave]` unless `waves` says more).
   * Default: the latest wave — Okabe–Ito blue, as in every comparison.
   */
  readonly wave?: string;
}

/** The colour of a key figure's number: its wave's, the latest wave's when none is named. */
function numberColour(options: KeyFigureOptions, lang: "fr" | "nl"): string {
  if (options.wave === undefined) return LATEST_WAVE;
  const waves = options.waves?.includes(options.wave)
    ? options.waves
    : [...(options.previous ? [options.previous.label] : []), options.wave];
  return waveColours(waves, lang)[options.wave] ?? LATEST_WAVE;
}

/**
 * A key-figure card: one large number (a share from a `stats` estimate row), one sentence, and
 * the interval and n in small type. A suppressed estimate is never shown: the card says « masqué ».
 * The number is in its wave's colour (the grammar's: the latest wave is Okabe–Ito blue, 5,2:1 on
 * white), the same blue as that wave in every comparison.
 * @example keyFigure(row, { title: "En 2025", sentence: "des travailleurs sociaux…", source, fictional: true })
 */
export function keyFigure(row: EstimateRow, options: KeyFigureOptions): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "column";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  const hidden = row.suppressed || row.estimate === null;
  const big = hidden ? t.suppressed : formatPercent(row.estimate!, lang);
  const previous = options.previous;
  const before =
    previous && !previous.row.suppressed && previous.row.estimate !== null
      ? lang === "fr"
        ? `contre ${formatPercent(previous.row.estimate, lang)} en ${previous.label}`
        : `tegenover ${formatPercent(previous.row.estimate, lang)} in ${previous.label}`
      : "";
  const interval = hidden
    ? ""
    : labelled(LOCALES[lang].ci95, formatPercentInterval(row.ci_low!, row.ci_high!, lang), lang);
  const bigSize = Math.round(f.titleSize * 3.2);
  // The earlier wave beside the number, « contre 40 % en 2021 », when it fits; else in the detail line.
  const besideSize = Math.round(f.fontSize * 1.5);
  const besideX = Math.ceil(measureText(big, bigSize, true) + bigSize * 0.25);
  const beside = before !== "" && besideX + measureText(before, besideSize) <= f.width - 12;
  const detail = hidden
    ? ""
    : [interval, `n = ${row.denominator ?? row.n}`, beside ? "" : before].filter(Boolean).join(LOCALES[lang].semicolon);
  const lines = wrapToWidth(options.sentence, f.width - 12, Math.round(f.fontSize * 1.2));
  const source = sourceLine(options, lang);
  const note = noteLine([t.interval[row.method] ?? row.method, options.note], lang);
  // « En 2025, 71 % des travailleurs sociaux … (IC 95 % : 65–77 %), contre 40 % en 2021. »
  const lead =
    /[.!?:]$/.test(options.title) || options.title.length > 25
      ? `${options.title.replace(/[.!?:]$/, "")}.`
      : `${options.title},`;
  const altText = hidden
    ? `${options.title}. ${lang === "fr" ? "Chiffre masqué (secret statistique)." : "Cijfer niet getoond (statistisch geheim)."} ${source}`
    : `${lead} ${big} ${options.sentence.replace(/\.$/, "")} (${interval})${before ? `, ${before}` : ""}. n = ${row.denominator ?? row.n} ${t.respondents}. ${source}`;
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      width: f.width - 12,
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
            color: numberColour(options, lang),
          },
          encoding: { x: { value: 0 }, y: { value: 0 }, text: { field: "text", type: "nominal" } },
        },
        ...(beside
          ? [
              {
                data: { values: [{ text: before }] },
                mark: {
                  type: "text" as const,
                  align: "left" as const,
                  baseline: "alphabetic" as const,
                  fontSize: besideSize,
                  color: INK.secondary,
                },
                encoding: {
                  x: { value: besideX },
                  // On the big number's baseline (DejaVu's cap height is about 0,73 em).
                  y: { value: Math.round(bigSize * 0.85) },
                  text: { field: "text", type: "nominal" as const },
                },
              },
            ]
          : []),
        {
          data: { values: lines.map((line, i) => ({ line, y: bigSize + 8 + i * Math.round(f.fontSize * 1.5) })) },
          mark: {
            type: "text",
            align: "left",
            baseline: "top",
            fontSize: Math.round(f.fontSize * 1.2),
            color: INK.text,
          },
          encoding: {
            x: { value: 0 },
            y: { field: "y", type: "quantitative", scale: null },
            text: { field: "line", type: "nominal" },
          },
        },
        {
          data: { values: [{ text: detail, y: bigSize + 8 + lines.length * Math.round(f.fontSize * 1.5) + 4 }] },
          mark: { type: "text", align: "left", baseline: "top", fontSize: f.minFontSize, color: INK.secondary },
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
