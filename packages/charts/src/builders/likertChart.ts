import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent } from "../locale/format.ts";
import { wrapLabel } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { FORMATS } from "../theme/formats.ts";
import { LIKERT_COLOURS } from "../theme/palette.ts";
import { listText, quoted } from "./altText.ts";
import { type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import {
  answerAxis,
  houseChart,
  labelsWidth,
  legendColumns,
  PERCENT_AXIS,
  percentTicks,
  plotWidth,
  rowStep,
  textsWidth,
} from "./shell.ts";

/** Options of {@link likertChart}. */
export interface LikertChartOptions extends CommonChartOptions {
  /** Answer codes from "disagree most" to "agree most" (5 codes; the middle is neutral). Required. */
  readonly scale: readonly string[];
  /** Labels of the answer codes in the chart's language. Required. */
  readonly scaleLabels: Readonly<Record<string, string>>;
  /** Short label of each item (question id → text). Default: the id. */
  readonly itemLabels?: Readonly<Record<string, string>>;
}

/**
 * Diverging stacked bars of a Likert battery: one bar per item, disagreement to the left of the
 * centre line, agreement to the right, the neutral answer split across it; the share agreeing is
 * written at the right end. Reads `proportion` rows of each item (column `question` names the
 * item). Items with a withheld answer show « masqué » instead of a bar.
 * @example likertChart(items.flatMap((i) => proportion(d, i, { levels: scale }).objects()), { scale, … })
 */
export function likertChart(
  rows: readonly (EstimateRow & { question: string })[],
  options: LikertChartOptions,
): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "page";
  const f = FORMATS[format];
  const t = CHART_TEXT[lang];
  const items = [...new Set(rows.map((r) => r.question))];
  const mid = Math.floor(options.scale.length / 2);
  const segments: Record<string, unknown>[] = [];
  const ends: Record<string, unknown>[] = [];
  items.forEach((item, order) => {
    const label = wrapLabel(options.itemLabels?.[item] ?? item, format === "column" ? 18 : 30).join("\n");
    const share = (code: string) => rows.find((r) => r.question === item && r.level === code);
    const cells = options.scale.map(share);
    if (cells.some((c) => !c || c.suppressed || c.estimate === null)) {
      ends.push({ order, label, x: 0, text: t.suppressed, suppressed: true });
      return;
    }
    const p = cells.map((c) => c!.estimate!);
    const left = p.slice(0, mid).reduce((s, x) => s + x, 0) + (options.scale.length % 2 ? p[mid]! / 2 : 0);
    let x = -left;
    options.scale.forEach((code, k) => {
      segments.push({ order, label, answer: options.scaleLabels[code] ?? code, rank: k, x0: x, x1: x + p[k]! });
      x += p[k]!;
    });
    const agree = p.slice(options.scale.length - mid).reduce((s, v) => s + v, 0);
    ends.push({ order, label, x, text: formatPercent(agree, lang), suppressed: false });
  });
  const n = Math.max(0, ...rows.map((r) => r.denominator ?? 0));
  const agreeWord =
    lang === "fr" ? "part d'accord (deux réponses de droite)" : "aandeel akkoord (twee rechtse antwoorden)";
  const hiddenItems = ends.filter((e) => e.suppressed).length;
  const note = noteLine(
    [
      `n = ${n} ${t.respondents}`,
      agreeWord,
      hiddenItems > 0 &&
        (lang === "fr"
          ? "un item dont une case est masquée (secret statistique) n'est pas montré"
          : "een item met een verborgen cel (statistisch geheim) wordt niet getoond"),
      options.note,
    ],
    lang,
  );
  const source = sourceLine(options, lang);
  const itemText = (e: Record<string, unknown>) => quoted(String(e.label).replaceAll("\n", " "));
  const ranked = ends.filter((e) => !e.suppressed).sort((x, y) => Number(y.x) - Number(x.x));
  const altText = [
    `${options.title}.`,
    ranked.length
      ? lang === "fr"
        ? `Part d'accord, de la plus forte à la plus faible : ${ranked.map((e) => `${itemText(e)} ${e.text}`).join(", ")}.`
        : `Aandeel akkoord, van hoog naar laag: ${ranked.map((e) => `${itemText(e)} ${e.text}`).join(", ")}.`
      : "",
    hiddenItems
      ? lang === "fr"
        ? `Non montré (secret statistique) : ${listText(ends.filter((e) => e.suppressed).map(itemText), lang)}.`
        : `Niet getoond (statistisch geheim): ${listText(ends.filter((e) => e.suppressed).map(itemText), lang)}.`
      : "",
    source,
  ]
    .filter(Boolean)
    .join(" ");
  const labels = [...segments, ...ends].map((s) => String(s.label));
  const labelPx = labelsWidth(labels, format);
  const right = 6 + textsWidth([...ends.map((e) => String(e.text)), "100 %"], f.fontSize);
  const colours = options.scale.length === 5 ? [...LIKERT_COLOURS] : undefined;
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      width: plotWidth(format, labelPx, right, 160),
      height: { step: rowStep(labels, format) },
      encoding: { y: answerAxis() },
      layer: [
        {
          data: { values: segments },
          mark: { type: "bar", height: { band: 0.65 } },
          encoding: {
            x: {
              field: "x0",
              type: "quantitative",
              scale: { domain: [-1, 1] },
              axis: {
                title: null,
                labelExpr: `${PERCENT_AXIS.replace("datum.value * 100", "abs(datum.value) * 100")}`,
                values: percentTicks(plotWidth(format, labelPx, right, 160) / 2, -1),
              },
            },
            x2: { field: "x1" },
            color: {
              field: "answer",
              type: "nominal",
              sort: options.scale.map((c) => options.scaleLabels[c] ?? c),
              scale: {
                domain: options.scale.map((c) => options.scaleLabels[c] ?? c),
                ...(colours ? { range: colours } : {}),
              },
              // Whole labels, never cut: fewer columns on narrow formats.
              legend: {
                title: null,
                orient: "top",
                direction: "horizontal",
                labelLimit: 0,
                columns: legendColumns(
                  options.scale.map((c) => options.scaleLabels[c] ?? c),
                  plotWidth(format, labelPx, right, 160) + right,
                  f.fontSize,
                ),
              },
            },
            order: { field: "rank", type: "quantitative" },
          },
        },
        {
          // The centre line, drawn across each item's band.
          data: { values: ends.map((e) => ({ order: e.order, label: e.label, x: 0 })) },
          mark: { type: "rule", color: "#333333", strokeWidth: 1 },
          encoding: { x: { field: "x", type: "quantitative" } },
        },
        {
          data: { values: ends },
          mark: { type: "text", align: "left", dx: 6, fontSize: f.fontSize, color: "#222222" },
          encoding: { x: { field: "x", type: "quantitative" }, text: { field: "text", type: "nominal" } },
        },
      ],
    },
  );
}
