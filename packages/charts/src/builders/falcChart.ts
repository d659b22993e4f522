import { ChartError } from "../locale/chartError.ts";
import { CHART_TEXT } from "../locale/chartText.ts";
import { formatPercent, percentDigits } from "../locale/format.ts";
import { labelled } from "../locale/locale.ts";
import { plainShare } from "../locale/plainShare.ts";
import { wrapToWidth } from "../locale/wrapLabel.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import type { ChartFormat } from "../theme/formats.ts";
import { FORMATS } from "../theme/formats.ts";
import { LATEST_WAVE, TRACK, waveColours } from "../theme/palette.ts";
import { CHART_PADDING, type CommonChartOptions, noteLine, sourceLine } from "./footer.ts";
import { houseChart } from "./shell.ts";

/** Options of {@link falcChart}. The title is the chart's one message, in a short sentence. */
export interface FalcChartOptions extends CommonChartOptions {
  /**
   * Column holding the groups to compare (e.g. `vague`): one bar per group for the answer
   * `level`. Default: none — one bar per answer of a single group.
   */
  readonly by?: string;
  /** With `by`: the answer shown for each group (e.g. `plus_quart`). Required with `by`. */
  readonly level?: string;
  /** Without `by`: the answers to show, in order (at most 4). Default: every answer of the rows. */
  readonly levels?: readonly string[];
  /** Label of each bar (answer code, or group with `by`), in plain words. Default: the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Who answered, for the note: « travailleurs sociaux ». Default: « répondants » / « respondenten ». */
  readonly population?: string;
  /**
   * Whether the groups of `by` are waves (e.g. `by: "vague"`): each bar then takes its wave's colour
   * (see `waves`). Default: `true` when `by` is `"vague"`, else `false` (every bar in the latest
   * wave's colour).
   */
  readonly byWave?: boolean;
}

/** Most bars an easy-to-read chart shows. */
export const FALC_MAX_BARS = 4;

/**
 * Type sizes of the easy-to-read charts, in px: body at least 14 pt (18,7 px) in print, as the
 * easy-to-read guidelines ask (Inclusion Europe, « L'information pour tous », 2009).
 */
export const FALC_SIZES: Readonly<Record<ChartFormat, { body: number; title: number; note: number }>> = {
  column: { body: 19, title: 22, note: 12 },
  page: { body: 19, title: 26, note: 12 },
  slide: { body: 28, title: 38, note: 16 },
  web: { body: 20, title: 26, note: 13 },
};

const TEXT = {
  fr: {
    hidden: "chiffre masqué (secret statistique)",
    people: "répondants",
    answered: (n: string, who: string) => `n = ${n} ${who}`,
    rounded: "les mots disent le chiffre arrondi",
  },
  nl: {
    hidden: "cijfer verborgen (statistisch geheim)",
    people: "respondenten",
    answered: (n: string, who: string) => `n = ${n} ${who}`,
    rounded: "de woorden zeggen het afgeronde cijfer",
  },
} as const;

/**
 * The easy-to-read (FALC, « facile à lire et à comprendre ») variant of a chart: one message (the
 * title), large type, at most four bars, each with its label above, a bar on a grey track that
 * stands for everybody, and the share in words under it — « environ la moitié (46 %) » — instead
 * of interval whiskers (see {@link plainShare}). No axis, no legend, no italics. Reads the rows of
 * a `stats` estimate table: the answers of one group, or with `by` one answer across groups
 * (e.g. 2021 and 2025), each bar in its wave's colour. A withheld cell reads « chiffre masqué », never a bar. The note
 * keeps n per group and the interval method of the full chart, for the researchers.
 *
 * @throws ChartError `too_many_bars` beyond {@link FALC_MAX_BARS} bars.
 * @throws ChartError `unknown_level` when `level` (with `by`) is in no row.
 * @example falcChart(proportion(d, "plus_quart", { by: "vague" }).objects(), { by: "vague", level: "oui", title: "Les travailleurs sociaux passent plus de temps aux démarches.", source, fictional: true })
 * // => two bars: « En 2021 » environ 4 sur 10 (40 %), « En 2025 » environ 7 sur 10 (71 %)
 */
export function falcChart(
  rows: readonly (EstimateRow & Record<string, unknown>)[],
  options: FalcChartOptions,
): ChartSpec {
  const lang = options.lang ?? "fr";
  const format = options.format ?? "page";
  const f = FORMATS[format];
  const size = FALC_SIZES[format];
  const t = CHART_TEXT[lang];
  const tt = TEXT[lang];
  const label = (code: string) => options.labels?.[code] ?? code;
  let bars: { key: string; row: EstimateRow }[];
  if (options.by !== undefined) {
    const by = options.by;
    const picked = rows.filter((r) => r.level === options.level);
    if (picked.length === 0) {
      throw new ChartError(
        "unknown_level",
        {
          builder: "falcChart",
          level: String(options.level),
          levels: [...new Set(rows.map((r) => r.level))].join(", "),
        },
        lang,
      );
    }
    bars = picked.map((r) => ({ key: String(r[by]), row: r }));
  } else {
    const wanted = options.levels ?? rows.map((r) => r.level);
    bars = wanted.flatMap((code) => {
      const row = rows.find((r) => r.level === code);
      return row ? [{ key: code, row }] : [];
    });
  }
  if (bars.length > FALC_MAX_BARS) {
    throw new ChartError("too_many_bars", { builder: "falcChart", count: bars.length, max: FALC_MAX_BARS }, lang);
  }
  const width = f.width - 2 * CHART_PADDING;
  const digits = percentDigits(bars.map(({ row }) => (row.suppressed ? null : row.estimate)));
  const byWave = options.byWave ?? options.by === "vague";
  const keys = bars.map((bar) => bar.key);
  const colours = byWave
    ? waveColours(options.waves && keys.every((k) => options.waves!.includes(k)) ? options.waves : keys, lang)
    : {};
  const barHeight = Math.round(size.body * 1.3);
  const lineHeight = Math.round(size.body * 1.3);

  type Mark = { x: number; x2: number; y: number; y2: number; colour?: string };
  const tracks: Mark[] = [];
  const fills: Mark[] = [];
  const labels: { text: string; y: number }[] = [];
  const words: { text: string; y: number; hidden: boolean }[] = [];
  // Room between the subtitle and the first label.
  let y = Math.round(size.body * 0.6);
  for (const { key, row } of bars) {
    for (const line of wrapToWidth(label(key), width, size.body, true)) {
      labels.push({ text: line, y });
      y += lineHeight;
    }
    y += 4;
    tracks.push({ x: 0, x2: width, y, y2: y + barHeight });
    const hidden = row.suppressed || row.estimate === null;
    if (!hidden) {
      const colour = colours[key] ?? LATEST_WAVE;
      fills.push({ x: 0, x2: Math.round(width * row.estimate! * 10) / 10, y, y2: y + barHeight, colour });
    }
    y += barHeight + 6;
    const text = hidden
      ? tt.hidden
      : `${plainShare(row.estimate!, lang)} (${formatPercent(row.estimate!, lang, { digits })})`;
    words.push({ text, y, hidden });
    y += lineHeight + Math.round(size.body * 1.1);
  }
  const height = Math.max(lineHeight, y - Math.round(size.body * 1.1));
  const who = options.population ?? tt.people;
  const ns =
    options.by !== undefined
      ? bars.map(({ key, row }) => `${row.denominator ?? row.n} (${key})`).join(", ")
      : String(Math.max(0, ...bars.map(({ row }) => row.denominator ?? row.n)));
  const method = t.interval[bars[0]?.row.method ?? "wilson"] ?? bars[0]?.row.method ?? "";
  const note = noteLine([tt.answered(ns, who), tt.rounded, method, options.note], lang);
  const source = sourceLine(options, lang);
  const message = /[.!?]$/.test(options.title) ? options.title : `${options.title}.`;
  const altText = `${message} ${bars
    .map(({ key, row }) => {
      const hidden = row.suppressed || row.estimate === null;
      return `${labelled(label(key), hidden ? tt.hidden : `${plainShare(row.estimate!, lang)} (${formatPercent(row.estimate!, lang, { digits })})`, lang)}.`;
    })
    .join(" ")} ${source}`;
  const px = (field: string) => ({ field, type: "quantitative" as const, scale: null });
  return houseChart(
    options,
    { source, note, altText, lang, format },
    {
      width,
      height,
      layer: [
        {
          data: { values: tracks },
          mark: { type: "rect", color: TRACK },
          encoding: { x: px("x"), x2: { field: "x2" }, y: px("y"), y2: { field: "y2" } },
        },
        {
          data: { values: fills },
          mark: { type: "rect" },
          encoding: {
            x: px("x"),
            x2: { field: "x2" },
            y: px("y"),
            y2: { field: "y2" },
            color: { field: "colour", type: "nominal", scale: null },
          },
        },
        {
          data: { values: labels },
          mark: {
            type: "text",
            align: "left",
            baseline: "top",
            fontSize: size.body,
            fontWeight: "bold",
            color: "#111111",
          },
          encoding: { x: { value: 0 }, y: px("y"), text: { field: "text", type: "nominal" } },
        },
        {
          data: { values: words },
          mark: { type: "text", align: "left", baseline: "top", fontSize: size.body, color: "#111111" },
          encoding: { x: { value: 0 }, y: px("y"), text: { field: "text", type: "nominal" } },
        },
      ],
    },
    { titleSize: size.title, subtitleSize: size.body, footnoteSize: size.note },
  );
}
