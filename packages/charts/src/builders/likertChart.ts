import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent, percentDigits } from "../locale/format.ts";
import { labelled, listText, quote } from "../locale/locale.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import { type ItemOrder, orderItems } from "../model/itemOrder.ts";
import { FORMATS } from "../theme/formats.ts";
import { INK, orderedColours } from "../theme/palette.ts";
import { orderText } from "./altText.ts";
import { type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import {
  answerAxis,
  houseChart,
  LABEL_PADDING,
  labelsWidth,
  percentAxis,
  percentTicks,
  plotWidth,
  rowStep,
  textsWidth,
  wrapAnswer,
} from "./shell.ts";

/** Options of {@link likertChart}. */
export interface LikertChartOptions extends CommonChartOptions {
  /** Answer codes from "disagree most" to "agree most" (an odd count has a neutral middle). Required. */
  readonly scale: readonly string[];
  /** Labels of the answer codes in the chart's language. Required. */
  readonly scaleLabels: Readonly<Record<string, string>>;
  /** Short label of each item (question id → text). Default: the id. */
  readonly itemLabels?: Readonly<Record<string, string>>;
  /**
   * Order of the items: `value` (share agreeing, largest first) or `instrument` (the questionnaire's
   * order, first appearance in the rows). Default: `"value"`: the statements of a battery have no
   * order of their own.
   */
  readonly order?: ItemOrder;
}

/**
 * Diverging stacked bars of a Likert battery: one bar per item, disagreement to the left of the
 * centre line, agreement to the right, the neutral answer split across it, coloured by the
 * grammar's diverging scale (purple → grey → green) with a key in scale order; the share agreeing
 * (the answers right of the neutral one) is written at the right end, one precision for the chart.
 * Items are ranked by that share unless `order: "instrument"`. Reads `proportion` rows of each
 * item (column `question` names the item). Items with a withheld answer show « masqué » instead of a
 * bar. The alt text reads the items as drawn.
 * @throws ChartError `too_many_levels` beyond 7 answers.
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
  const colours = orderedColours(options.scale.length, "diverging", lang);
  const mid = Math.floor(options.scale.length / 2);
  const odd = options.scale.length % 2 === 1;
  const answer = (code: string) => options.scaleLabels[code] ?? code;
  const itemName = (item: string) => options.itemLabels?.[item] ?? item;
  type Item = { item: string; p: number[] | null; agree: number | null };
  const items: Item[] = [...new Set(rows.map((r) => r.question))].map((item) => {
    const cells = options.scale.map((code) => rows.find((r) => r.question === item && r.level === code));
    if (cells.some((c) => !c || c.suppressed || c.estimate === null)) return { item, p: null, agree: null };
    const p = cells.map((c) => c!.estimate!);
    return { item, p, agree: p.slice(options.scale.length - mid).reduce((s, v) => s + v, 0) };
  });
  const order: ItemOrder = options.order ?? "value";
  const ordered = orderItems(items, (i) => i.agree, order);
  const digits = percentDigits(ordered.map((i) => i.agree));
  const segments: Record<string, unknown>[] = [];
  const ends: Record<string, unknown>[] = [];
  ordered.forEach(({ item, p, agree }, i) => {
    const label = wrapAnswer(itemName(item), format);
    if (p === null || agree === null) {
      ends.push({ order: i, label, x: 0, text: t.suppressed, suppressed: true });
      return;
    }
    const left = p.slice(0, mid).reduce((s, x) => s + x, 0) + (odd ? p[mid]! / 2 : 0);
    let x = -left;
    options.scale.forEach((code, k) => {
      segments.push({ order: i, label, answer: answer(code), rank: k, x0: x, x1: x + p[k]! });
      x += p[k]!;
    });
    ends.push({ order: i, label, x, text: formatPercent(agree, lang, { digits }), suppressed: false });
  });
  const n = Math.max(0, ...rows.map((r) => r.denominator ?? 0));
  const agreeWord =
    lang === "fr"
      ? `part d'accord à droite (${listText(
          options.scale.slice(options.scale.length - mid).map((c) => quote(answer(c), lang)),
          lang,
        )})`
      : `aandeel akkoord rechts (${listText(
          options.scale.slice(options.scale.length - mid).map((c) => quote(answer(c), lang)),
          lang,
        )})`;
  const hiddenItems = ordered.filter((i) => i.p === null);
  const note = noteLine(
    [
      `n = ${n} ${t.respondents}`,
      agreeWord,
      hiddenItems.length > 0 &&
        (lang === "fr"
          ? "un item dont une case est masquée (secret statistique) n'est pas montré"
          : "een item met een verborgen cel (statistisch geheim) wordt niet getoond"),
      options.note,
    ],
    lang,
  );
  const source = sourceLine(options, lang);
  const drawn = ordered.filter((i) => i.agree !== null);
  const intro =
    order === "value"
      ? lang === "fr"
        ? "Part d'accord, de la plus forte à la plus faible"
        : "Aandeel akkoord, van hoog naar laag"
      : `${lang === "fr" ? "Part d'accord" : "Aandeel akkoord"}, ${orderText(order, lang).toLowerCase()}`;
  const altText = [
    `${options.title}.`,
    drawn.length > 0
      ? `${labelled(intro, drawn.map((i) => `${quote(itemName(i.item), lang)} ${formatPercent(i.agree!, lang, { digits })}`).join(", "), lang)}.`
      : "",
    hiddenItems.length > 0
      ? `${labelled(
          lang === "fr" ? "Non montré (secret statistique)" : "Niet getoond (statistisch geheim)",
          listText(
            hiddenItems.map((i) => quote(itemName(i.item), lang)),
            lang,
          ),
          lang,
        )}.`
      : "",
    source,
  ]
    .filter(Boolean)
    .join(" ");
  const labels = [...segments, ...ends].map((s) => String(s.label));
  const labelPx = labelsWidth(labels, format);
  const right = 6 + textsWidth([...ends.map((e) => String(e.text)), formatPercent(1, lang, { digits })], f.fontSize);
  const width = plotWidth(format, labelPx, right);
  const domain = options.scale.map(answer);
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      width,
      height: { step: rowStep(labels, format) },
      encoding: { y: answerAxis() },
      layer: [
        {
          data: { values: segments },
          mark: { type: "bar", height: { band: 0.65 }, stroke: "#ffffff", strokeWidth: 0.5 },
          encoding: {
            x: {
              field: "x0",
              type: "quantitative",
              scale: { domain: [-1, 1] },
              axis: { title: null, labelExpr: percentAxis(lang, true), values: percentTicks(width / 2, -1) },
            },
            x2: { field: "x1" },
            color: {
              field: "answer",
              type: "nominal",
              sort: domain,
              scale: { domain, range: [...colours] },
              legend: null,
            },
            order: { field: "rank", type: "quantitative" },
          },
        },
        {
          // The centre line, drawn across each item's band.
          data: { values: ends.map((e) => ({ order: e.order, label: e.label, x: 0 })) },
          mark: { type: "rule", color: INK.text, strokeWidth: 1 },
          encoding: { x: { field: "x", type: "quantitative" } },
        },
        {
          data: { values: ends },
          mark: { type: "text", align: "left", dx: 6, fontSize: f.fontSize },
          encoding: {
            x: { field: "x", type: "quantitative" },
            text: { field: "text", type: "nominal" },
            color: { condition: { test: "datum.suppressed", value: INK.muted }, value: INK.text },
          },
        },
      ],
    },
    {
      key: {
        entries: domain.map((l, i) => ({ kind: "swatch" as const, colour: colours[i]!, label: l })),
        left: labelPx + LABEL_PADDING,
      },
    },
  );
}
