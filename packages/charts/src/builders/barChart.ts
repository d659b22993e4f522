import type { Language } from "@monitoring-social/questionnaire";
import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent, formatPercentInterval } from "../locale/format.ts";
import { wrapLabel } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { FORMATS } from "../theme/formats.ts";
import { WAVE_COLOURS } from "../theme/palette.ts";
import { type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import {
  answerAxis,
  assertOneGroup,
  houseChart,
  labelsWidth,
  PERCENT_AXIS,
  percentTicks,
  plotWidth,
  rowStep,
  suppressedLayer,
  textsWidth,
} from "./shell.ts";

/** Options of {@link barChart}. */
export interface BarChartOptions extends CommonChartOptions {
  /** Label of each answer code, in the chart's language. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Sort bars by estimate, largest first. Default: `false` (answer order), `true` when `multipleChoice`. */
  readonly sort?: boolean;
  /**
   * The rows are the choices of a multiple-choice question for one group (`multipleResponse`, base
   * `respondents`): shares are "% of respondents", may add up to more than 100 %, and the note
   * says so; bars are ranked unless `sort: false`. Default: `false`.
   */
  readonly multipleChoice?: boolean;
}

/**
 * Horizontal bars of the answers to one question for one group, with interval whiskers drawn
 * from the stats result (explicit bounds, never Vega-Lite's own bootstrap), the value written
 * after the whisker, and withheld cells shown as « masqué » — never drawn as zero. Reads a `stats`
 * estimate table's rows: `proportion` (single choice) or, with `multipleChoice: true`,
 * `multipleResponse` (ranked bars, % of respondents). For several groups, see
 * {@link groupedBarChart} (two waves) or {@link smallMultiplesChart}.
 *
 * @throws ChartError `duplicate_level` when a level appears twice (rows of several groups).
 * @example barChart(publishable(proportion(d, "A1")).objects(), { title: "…", source: "…", fictional: true })
 * // => { spec, meta: { note: "n = 178 répondants ; IC 95 % de Wilson.", altText: "… « Association (asbl) » : 39 % (IC 95 % : 32–47 %) …" } }
 * @example barChart(multipleResponse(d25, columns).objects(), { multipleChoice: true, labels, title, source, fictional: true })
 * // => bars ranked largest first; note « … ; % des répondants ; plusieurs réponses possibles »
 */
export function barChart(rows: readonly EstimateRow[], options: BarChartOptions): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "page";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  assertOneGroup(rows, "barChart", lang, "groupedBarChart / smallMultiplesChart");
  const multiple = options.multipleChoice === true;
  const sort = options.sort ?? multiple;
  const ordered = sort ? [...rows].sort((a, b) => (b.estimate ?? -1) - (a.estimate ?? -1)) : [...rows];
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
  const note = noteLine(
    [
      `n = ${n} ${t.respondents}`,
      multiple && t.multipleChoice,
      method,
      rows.some((r) => r.suppressed) && t.hidden,
      options.note,
    ],
    lang,
  );
  const source = sourceLine(options, lang);
  const label = (r: EstimateRow) => options.labels?.[r.level] ?? r.level;
  const altText = `${options.title}. ${altSentence(ordered, label, n, multiple, lang)} ${source}`;
  // Room for the wrapped labels on the left and the value after the whisker on the right.
  const labelPx = labelsWidth(
    values.map((v) => v.label),
    format,
  );
  const right = 4 + textsWidth([...values.map((v) => v.value_text), "100 %"], f.fontSize);
  const chartWidth = plotWidth(format, labelPx, right, 120);
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      data: { values },
      width: chartWidth,
      height: {
        step: rowStep(
          values.map((v) => v.label),
          format,
        ),
      },
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
              axis: { title: null, labelExpr: PERCENT_AXIS, values: percentTicks(chartWidth), grid: true },
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

/**
 * The alt text's sentence: the three largest shares with their intervals, and how many answers
 * are hidden. « Sur 178 répondants, la réponse la plus fréquente est « Association (asbl) » : 39 %
 * (IC 95 % : 32–47 %), puis « CPAS » : 34 % (IC 95 % : 28–42 %) … »
 */
function altSentence(
  rows: readonly EstimateRow[],
  label: (r: EstimateRow) => string,
  n: number,
  multiple: boolean,
  lang: Language,
): string {
  const shown = rows.filter((r) => !r.suppressed && r.estimate !== null).sort((a, b) => b.estimate! - a.estimate!);
  const hidden = rows.length - shown.length;
  const share = (r: EstimateRow) =>
    `« ${label(r)} » : ${formatPercent(r.estimate!, lang)}${
      r.ci_low !== null && r.ci_high !== null
        ? ` (${lang === "fr" ? "IC 95 % : " : "95%-BI: "}${formatPercentInterval(r.ci_low, r.ci_high, lang)})`
        : ""
    }`;
  const [first, ...rest] = shown.slice(0, 3);
  const parts: string[] = [];
  if (first) {
    const others = rest.map(share).join(lang === "fr" ? ", puis " : ", dan ");
    parts.push(
      lang === "fr"
        ? `Sur ${n} répondants${multiple ? " (plusieurs réponses possibles)" : ""}, ${multiple ? "le plus cité est" : "la réponse la plus fréquente est"} ${share(first)}${others ? `, puis ${others}` : ""}.`
        : `Van ${n} respondenten${multiple ? " (meerdere antwoorden mogelijk)" : ""} ${multiple ? "werd het vaakst genoemd" : "is het vaakste antwoord"} ${share(first).replace(" : ", ": ")}${others ? `, dan ${others.replaceAll(" : ", ": ")}` : ""}.`,
    );
  }
  if (hidden > 0) {
    parts.push(
      lang === "fr"
        ? `${hidden} réponse${hidden > 1 ? "s ne sont" : " n'est"} pas montrée${hidden > 1 ? "s" : ""} (secret statistique).`
        : `${hidden} antwoord${hidden > 1 ? "en worden" : " wordt"} niet getoond (statistisch geheim).`,
    );
  }
  return parts.join(" ");
}
