import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent, formatPercentInterval } from "../locale/format.ts";
import { wrapLabel } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { FORMATS } from "../theme/formats.ts";
import { WAVE_COLOURS } from "../theme/palette.ts";
import { type CommonChartOptions, sourceLine } from "./footer.ts";
import { answerAxis, houseChart, labelsWidth, PERCENT_AXIS, suppressedLayer } from "./shell.ts";

/** Options of {@link barChart}. */
export interface BarChartOptions extends CommonChartOptions {
  /** Label of each answer code, in the chart's language. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Sort bars by estimate, largest first. Default: `false` (answer order). */
  readonly sort?: boolean;
}

/**
 * Horizontal bars of the answers to one question, with interval whiskers drawn from the stats
 * result (explicit bounds, never Vega-Lite's own bootstrap), the value written after the whisker,
 * and suppressed cells shown as "n < 5" — never drawn as zero. Reads a `stats` estimate table's
 * rows (one group).
 *
 * @example barChart(publishable(proportion(d, "A1")).objects(), { title: "…", source: "…", fictional: true })
 */
export function barChart(rows: readonly EstimateRow[], options: BarChartOptions): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "page";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  const ordered = options.sort ? [...rows].sort((a, b) => (b.estimate ?? -1) - (a.estimate ?? -1)) : [...rows];
  const labelWidth = format === "column" ? 18 : 30;
  const values = ordered.map((r, i) => {
    const hidden = r.suppressed || r.estimate === null;
    return {
      order: i,
      label: wrapLabel(options.labels?.[r.level] ?? r.level, labelWidth).join("\n"),
      estimate: hidden ? null : r.estimate,
      ci_low: hidden ? null : r.ci_low,
      ci_high: hidden ? null : r.ci_high,
      value_text: hidden ? t.suppressed : formatPercent(r.estimate!, lang),
      suppressed: hidden,
    };
  });
  const n = Math.max(0, ...rows.map((r) => r.denominator ?? 0));
  const method = t.interval[rows[0]?.method ?? "wilson"] ?? rows[0]?.method ?? "";
  const noteParts = [
    `n = ${n} ${t.respondents}`,
    method,
    ...(rows.some((r) => r.suppressed) ? [t.hidden] : []),
    ...(options.note ? [options.note.replace(/\.$/, "")] : []),
  ];
  const note = `${noteParts.join(" ; ")}.`;
  const source = sourceLine(options, lang);
  const shown = ordered.filter((r) => !r.suppressed && r.estimate !== null);
  const top = [...shown].sort((a, b) => b.estimate! - a.estimate!)[0];
  const q = (s: string) => `« ${s} »`;
  const altText =
    top === undefined
      ? `${options.title}. ${note}`
      : lang === "fr"
        ? `${options.title}. Sur ${n} répondants, la réponse la plus fréquente est ${q(options.labels?.[top.level] ?? top.level)} : ${formatPercent(top.estimate!, lang)} (IC 95 % : ${formatPercentInterval(top.ci_low!, top.ci_high!, lang)}). ${source}`
        : `${options.title}. Van ${n} respondenten gaf ${formatPercent(top.estimate!, lang)} het antwoord ${q(options.labels?.[top.level] ?? top.level)} (95%-BI: ${formatPercentInterval(top.ci_low!, top.ci_high!, lang)}). ${source}`;
  // Room for the wrapped labels on the left and the value after the whisker on the right.
  const labelPx = labelsWidth(
    values.map((v) => v.label),
    format,
  );
  const chartWidth = Math.max(120, Math.round(f.width - labelPx * 1.25 - f.fontSize * 6));
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      data: { values },
      width: chartWidth,
      height: { step: Math.round(f.fontSize * 2.6) },
      encoding: { y: answerAxis() },
      layer: [
        {
          transform: [{ filter: "!datum.suppressed" }],
          mark: { type: "bar", color: WAVE_COLOURS[0], height: { band: 0.6 } },
          encoding: {
            x: {
              field: "estimate",
              type: "quantitative",
              scale: { domain: [0, 1] },
              axis: { title: null, labelExpr: PERCENT_AXIS, tickCount: 5, grid: true },
            },
          },
        },
        {
          transform: [{ filter: "!datum.suppressed" }],
          mark: { type: "rule", color: "#222222", strokeWidth: 1.2 },
          encoding: { x: { field: "ci_low", type: "quantitative" }, x2: { field: "ci_high" } },
        },
        {
          transform: [{ filter: "!datum.suppressed" }],
          mark: { type: "text", align: "left", dx: 4, fontSize: f.fontSize, color: "#222222" },
          encoding: { x: { field: "ci_high", type: "quantitative" }, text: { field: "value_text", type: "nominal" } },
        },
        suppressedLayer(format),
      ],
    },
  );
}
