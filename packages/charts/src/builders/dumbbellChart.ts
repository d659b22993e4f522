import { CHART_TEXT } from "../locale/chartText.ts";
import { formatDifference, formatPercent } from "../locale/format.ts";
import { wrapLabel } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { ComparisonRow } from "../model/comparisonRow.ts";
import { FORMATS } from "../theme/formats.ts";
import { NEUTRAL, WAVE_COLOURS } from "../theme/palette.ts";
import { type CommonChartOptions, sourceLine } from "./footer.ts";
import { answerAxis, houseChart, labelsWidth, PERCENT_AXIS, suppressedLayer } from "./shell.ts";

/** Options of {@link dumbbellChart}. */
export interface DumbbellOptions extends CommonChartOptions {
  /** Label of each level, in the chart's language. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Significance level for the adjusted p-value. Default: `0.05`. */
  readonly alpha?: number;
}

const TEXT = {
  fr: {
    significant: "différence significative",
    adjusted: "p ajustée (Holm)",
    tests: { "chi-square": "test du khi²", fisher: "test exact de Fisher", "rao-scott": "khi² de Rao–Scott" } as Record<
      string,
      string
    >,
  },
  nl: {
    significant: "significant verschil",
    adjusted: "aangepaste p (Holm)",
    tests: {
      "chi-square": "chi²-toets",
      fisher: "exacte toets van Fisher",
      "rao-scott": "Rao–Scott-chi²-toets",
    } as Record<string, string>,
  },
} as const;

/**
 * Dumbbell of the change between two waves, one line per level: a dot per wave, joined by a line,
 * the difference written at the right with its sign — solid when significant after Holm
 * adjustment, grey and marked "n.s." otherwise, so a reader never takes noise for a rise.
 * Suppressed levels are listed as "n < 5".
 * @example dumbbellChart(publishable(compareProportions(d, "E1", { by: "vague" })).objects(), options)
 */
export function dumbbellChart(rows: readonly ComparisonRow[], options: DumbbellOptions): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "page";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  const tt = TEXT[lang];
  const alpha = options.alpha ?? 0.05;
  const a = rows[0]?.group_a ?? "";
  const b = rows[0]?.group_b ?? "";
  const values = rows.map((r, i) => {
    const hidden = r.suppressed || r.estimate_a === null || r.estimate_b === null;
    const significant = !hidden && r.p_adjusted !== null && r.p_adjusted < alpha;
    return {
      order: i,
      label: wrapLabel(options.labels?.[r.level] ?? r.level, format === "column" ? 18 : 30).join("\n"),
      a: hidden ? null : r.estimate_a,
      b: hidden ? null : r.estimate_b,
      right: hidden ? null : Math.max(r.estimate_a!, r.estimate_b!),
      diff_text: hidden ? t.suppressed : `${formatDifference(r.difference!, lang)}${significant ? "" : " (n.s.)"}`,
      significant,
      suppressed: hidden,
    };
  });
  const na = rows[0]?.denominator_a ?? 0;
  const nb = rows[0]?.denominator_b ?? 0;
  const tests = [...new Set(rows.filter((r) => !r.suppressed).map((r) => tt.tests[r.test] ?? r.test))].join(", ");
  const note = `n = ${na} (${a}), ${nb} (${b}) ${t.respondents} ; ${tests} ; ${tt.adjusted} < ${String(alpha).replace(".", ",")} : ${tt.significant}${options.note ? ` ; ${options.note.replace(/\.$/, "")}` : ""}.`;
  const source = sourceLine(options, lang);
  const sig = rows.filter((_, i) => values[i]!.significant);
  const altText =
    lang === "fr"
      ? `${options.title}. ${sig.length} écart(s) significatif(s) entre ${a} et ${b}${sig[0] ? `, dont ${options.labels?.[sig[0].level] ?? sig[0].level} : ${formatPercent(sig[0].estimate_a!, lang)} en ${a}, ${formatPercent(sig[0].estimate_b!, lang)} en ${b}` : ""}. ${source}`
      : `${options.title}. ${sig.length} significant(e) verschil(len) tussen ${a} en ${b}${sig[0] ? `, waaronder ${options.labels?.[sig[0].level] ?? sig[0].level}: ${formatPercent(sig[0].estimate_a!, lang)} in ${a}, ${formatPercent(sig[0].estimate_b!, lang)} in ${b}` : ""}. ${source}`;
  const labelPx = labelsWidth(
    values.map((v) => v.label),
    format,
  );
  const width = Math.max(140, Math.round(f.width - labelPx * 1.25 - f.fontSize * 12));
  const visible = [{ filter: "!datum.suppressed" }];
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      data: { values },
      width,
      height: { step: Math.round(f.fontSize * 2.6) },
      encoding: { y: answerAxis() },
      layer: [
        {
          transform: visible,
          mark: { type: "rule", strokeWidth: 2, color: NEUTRAL },
          encoding: {
            x: {
              field: "a",
              type: "quantitative",
              scale: { domain: [0, 1] },
              axis: { title: null, labelExpr: PERCENT_AXIS, tickCount: 5, grid: true },
            },
            x2: { field: "b" },
          },
        },
        {
          transform: [
            ...visible,
            { fold: ["a", "b"], as: ["wave", "value"] },
            { calculate: `datum.wave === 'a' ? '${a}' : '${b}'`, as: "vague" },
          ],
          mark: { type: "point", filled: true, size: f.fontSize * 8, opacity: 1 },
          encoding: {
            x: { field: "value", type: "quantitative" },
            color: {
              field: "vague",
              type: "nominal",
              scale: { domain: [a, b], range: [...WAVE_COLOURS] },
              legend: { title: null },
            },
          },
        },
        {
          transform: visible,
          mark: { type: "text", align: "left", dx: 10, fontSize: f.fontSize },
          encoding: {
            x: { field: "right", type: "quantitative" },
            text: { field: "diff_text", type: "nominal" },
            color: { condition: { test: "datum.significant", value: "#222222" }, value: "#777777" },
          },
        },
        suppressedLayer(format, "diff_text"),
      ],
    },
  );
}
