import { CHART_TEXT } from "../locale/chartText.ts";
import { formatDifference } from "../locale/format.ts";
import { wrapLabel } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { ComparisonRow } from "../model/comparisonRow.ts";
import { FORMATS } from "../theme/formats.ts";
import { NEUTRAL, WAVE_COLOURS } from "../theme/palette.ts";
import { changeText, hiddenText, listText, quoted } from "./altText.ts";
import { type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import {
  answerAxis,
  houseChart,
  labelsWidth,
  PERCENT_AXIS,
  percentTicks,
  plotWidth,
  rowStep,
  suppressedLayer,
  textsWidth,
} from "./shell.ts";

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
    unit: "pt = point de pourcentage",
    adjusted: "p ajustée (Holm)",
    tests: { "chi-square": "test du khi²", fisher: "test exact de Fisher", "rao-scott": "khi² de Rao–Scott" } as Record<
      string,
      string
    >,
  },
  nl: {
    significant: "significant verschil",
    unit: "pp = procentpunt",
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
 * Suppressed levels are listed as « masqué ».
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
  // Narrow charts write "pt" / "pp" and explain it in the note.
  const short = format === "column";
  const values = rows.map((r, i) => {
    const hidden = r.suppressed || r.estimate_a === null || r.estimate_b === null;
    const significant = !hidden && r.p_adjusted !== null && r.p_adjusted < alpha;
    return {
      order: i,
      label: wrapLabel(options.labels?.[r.level] ?? r.level, format === "column" ? 18 : 30).join("\n"),
      a: hidden ? null : r.estimate_a,
      b: hidden ? null : r.estimate_b,
      diff_text: hidden
        ? t.suppressed
        : `${formatDifference(r.difference!, lang, { short })}${significant ? "" : " (n.s.)"}`,
      significant,
      suppressed: hidden,
    };
  });
  const na = rows[0]?.denominator_a ?? 0;
  const nb = rows[0]?.denominator_b ?? 0;
  const tests = [...new Set(rows.filter((r) => !r.suppressed).map((r) => tt.tests[r.test] ?? r.test))].join(", ");
  const note = noteLine(
    [
      `n = ${na} (${a}), ${nb} (${b}) ${t.respondents}`,
      short && tt.unit,
      tests,
      `${tt.adjusted} < ${String(alpha).replace(".", ",")}${lang === "fr" ? " : " : ": "}${tt.significant}`,
      rows.some((r) => r.suppressed) && t.hidden,
      options.note,
    ],
    lang,
  );
  const source = sourceLine(options, lang);
  const name = (r: ComparisonRow) => options.labels?.[r.level] ?? r.level;
  const shown = rows.filter((_, i) => !values[i]!.suppressed);
  const sig = rows
    .filter((_, i) => values[i]!.significant)
    .sort((x, y) => Math.abs(y.difference!) - Math.abs(x.difference!));
  const flat = shown.filter((r) => !sig.includes(r));
  const altText = [
    `${options.title}.`,
    lang === "fr"
      ? `Entre ${a} et ${b}, ${sig.length} changement${sig.length > 1 ? "s" : ""} sur ${shown.length} ${sig.length > 1 ? "sont significatifs" : "est significatif"} (${tt.adjusted} < ${String(alpha).replace(".", ",")})${sig.length ? ` : ${sig.map((r) => changeText(r, name(r), lang)).join(" ; ")}` : ""}.`
      : `Tussen ${a} en ${b} ${sig.length === 1 ? "is" : "zijn"} ${sig.length} van de ${shown.length} veranderingen significant (${tt.adjusted} < ${String(alpha).replace(".", ",")})${sig.length ? `: ${sig.map((r) => changeText(r, name(r), lang)).join("; ")}` : ""}.`,
    flat.length
      ? lang === "fr"
        ? `Pas de changement significatif pour ${listText(
            flat.map((r) => quoted(name(r))),
            lang,
          )}.`
        : `Geen significante verandering voor ${listText(
            flat.map((r) => quoted(name(r))),
            lang,
          )}.`
      : "",
    hiddenText(rows.length - shown.length, lang),
    source,
  ]
    .filter(Boolean)
    .join(" ");
  const labelPx = labelsWidth(
    values.map((v) => v.label),
    format,
  );
  // The differences are written in a column of their own, right of the plot: never over a dot.
  const diffWidth = textsWidth(
    values.map((v) => v.diff_text),
    f.fontSize,
  );
  const gap = Math.round(f.fontSize * 1.2);
  const width = plotWidth(format, labelPx, gap + diffWidth, 120);
  const visible = [{ filter: "!datum.suppressed" }];
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      data: { values },
      width,
      height: {
        step: rowStep(
          values.map((v) => v.label),
          format,
        ),
      },
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
              axis: { title: null, labelExpr: PERCENT_AXIS, values: percentTicks(width), grid: true },
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
          mark: { type: "text", align: "left", fontSize: f.fontSize },
          encoding: {
            x: { value: width + gap },
            text: { field: "diff_text", type: "nominal" },
            color: { condition: { test: "datum.significant", value: "#222222" }, value: "#777777" },
          },
        },
        suppressedLayer(format, "diff_text"),
      ],
    },
  );
}
