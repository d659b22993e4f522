import type { Language } from "@monitoring-social/questionnaire";
import { CHART_TEXT } from "../locale/chartText.ts";
import { formatDifference, formatNumber } from "../locale/format.ts";
import { type ComparisonRow, isDemonstrated } from "../model/comparisonRow.ts";
import { EMPHASIS, INK, waveColours } from "../theme/palette.ts";
import type { CommonChartOptions } from "./footer.ts";
import type { KeyEntry } from "./shell.ts";

/**
 * What the two-wave charts ({@link groupedBarChart}, {@link dumbbellChart}) share: the colours of
 * the two waves, the difference written at the right of each item — in the emphasis colour when it
 * is demonstrated, grey with « n.s. » otherwise — and the note that names the tests and spells
 * « n.s. » out.
 */

const TEXT = {
  fr: {
    unit: "pt = point de pourcentage",
    adjusted: "p ajustée (Holm)",
    tests: {
      "chi-square": "test du khi²",
      fisher: "test exact de Fisher",
      "fisher-monte-carlo": "test exact de Fisher (simulation)",
      "rao-scott": "khi² de Rao–Scott",
    } as Record<string, string>,
  },
  nl: {
    unit: "pp = procentpunt",
    adjusted: "aangepaste p (Holm)",
    tests: {
      "chi-square": "chi²-toets",
      fisher: "exacte toets van Fisher",
      "fisher-monte-carlo": "exacte toets van Fisher (simulatie)",
      "rao-scott": "Rao-Scott-chi²-toets",
    } as Record<string, string>,
  },
} as const;

/** The two waves of comparison rows and their colours among the study's waves. */
export function comparedWaves(rows: readonly ComparisonRow[], options: CommonChartOptions, lang: Language) {
  const a = rows[0]?.group_a ?? "";
  const b = rows[0]?.group_b ?? "";
  const study = options.waves?.includes(a) && options.waves.includes(b) ? options.waves : [a, b];
  const colours = waveColours(study, lang);
  return { a, b, colourA: colours[a]!, colourB: colours[b]! };
}

/** The difference written at the right of an item: text, and whether it is demonstrated. */
export interface DifferenceText {
  readonly text: string;
  readonly demonstrated: boolean;
}

/**
 * The difference of a comparison row as the charts write it, at the chart's precision (`digits`,
 * default 1): « +17 points » (emphasis colour, bold) when demonstrated, « +5 points n.s. » (grey)
 * otherwise; « masqué » when withheld.
 */
export function differenceText(
  row: ComparisonRow,
  lang: Language,
  options: { readonly short: boolean; readonly alpha: number; readonly digits?: number },
): DifferenceText {
  const t = CHART_TEXT[lang];
  if (row.suppressed || row.difference === null || row.estimate_a === null || row.estimate_b === null) {
    return { text: t.suppressed, demonstrated: false };
  }
  const demonstrated = isDemonstrated(row, options.alpha);
  const diff = formatDifference(row.difference, lang, { short: options.short, digits: options.digits ?? 1 });
  return { text: demonstrated ? diff : `${diff} ${t.ns}`, demonstrated };
}

/**
 * The layers of the difference column, at `x` px: demonstrated differences bold in the emphasis
 * colour, the others grey (their « n.s. » written).
 */
export function differenceLayers(x: number, fontSize: number) {
  const layer = (demonstrated: boolean) => ({
    transform: [{ filter: `!datum.suppressed && ${demonstrated ? "" : "!"}datum.demonstrated` }],
    mark: {
      type: "text" as const,
      align: "left" as const,
      fontSize,
      fontWeight: demonstrated ? ("bold" as const) : ("normal" as const),
      color: demonstrated ? EMPHASIS : INK.muted,
    },
    encoding: { x: { value: x }, text: { field: "diff_text", type: "nominal" as const } },
  });
  return [layer(true), layer(false)];
}

/**
 * The note of a two-wave chart: n per wave, the unit when « pt » is abbreviated, the tests, the
 * rule of a demonstrated difference, « n.s. » spelled out when the chart writes it, hidden cells.
 */
export function comparisonNoteParts(
  rows: readonly ComparisonRow[],
  lang: Language,
  options: { readonly short: boolean; readonly alpha: number; readonly differences: readonly DifferenceText[] },
): string[] {
  const t = CHART_TEXT[lang];
  const tt = TEXT[lang];
  const a = rows[0]?.group_a ?? "";
  const b = rows[0]?.group_b ?? "";
  const na = rows[0]?.denominator_a ?? 0;
  const nb = rows[0]?.denominator_b ?? 0;
  const tests = [...new Set(rows.filter((r) => !r.suppressed).map((r) => tt.tests[r.test] ?? r.test))];
  const alpha = formatNumber(options.alpha, lang, { digits: String(options.alpha).split(".")[1]?.length ?? 2 });
  const anyShown = options.differences.some((d) => d.text !== t.suppressed);
  return [
    `n = ${na} (${a}), ${nb} (${b}) ${t.respondents}`,
    options.short ? tt.unit : "",
    anyShown ? `${tests.join(", ")}, ${tt.adjusted} < ${alpha}` : "",
    options.differences.some((d) => !d.demonstrated && d.text !== t.suppressed) ? t.notSignificant : "",
    rows.some((r) => r.suppressed) ? t.hidden : "",
  ];
}

/** Key entries of a two-wave chart: each wave, the interval, the emphasis of a demonstrated difference. */
export function comparisonKey(
  waves: ReturnType<typeof comparedWaves>,
  glyph: "swatch" | "dot",
  lang: Language,
  options: { readonly interval: string | null; readonly demonstrated: boolean },
): KeyEntry[] {
  const t = CHART_TEXT[lang];
  return [
    { kind: glyph, colour: waves.colourA, label: waves.a },
    { kind: glyph, colour: waves.colourB, label: waves.b },
    ...(options.interval ? [{ kind: "interval" as const, label: options.interval }] : []),
    ...(options.demonstrated ? [{ kind: "line" as const, colour: EMPHASIS, label: t.demonstrated }] : []),
  ];
}

/** The alt text's sentence on the tests: how many differences of the chart are significant. */
export function demonstratedSentence(count: number, total: number, a: string, b: string, lang: Language): string {
  return lang === "fr"
    ? `Entre ${a} et ${b}, ${count} différence${count > 1 ? "s" : ""} sur ${total} ${count > 1 ? "sont significatives" : "est significative"} après ajustement de Holm.`
    : `Tussen ${a} en ${b} ${count === 1 ? "is" : "zijn"} ${count} van de ${total} verschillen significant na aanpassing volgens Holm.`;
}
