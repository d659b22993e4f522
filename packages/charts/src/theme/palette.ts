import { wcagContrast } from "culori";
import { ChartError } from "../locale/chartError.ts";

/**
 * The colour grammar of the project: what each colour means, the same in every chart (written out
 * in the package README, checked by `test/theme/palette.test.ts` and `test/builders/grammar.test.ts`).
 *
 * - **Waves** are blues, lighter for older waves: the latest wave is always Okabe–Ito blue
 *   (`#0072B2`), in a key figure as in a comparison. Up to three waves differ in lightness only, so
 *   they stay apart in greyscale print and under every colour-vision deficiency; four to six waves
 *   also differ in chroma (see {@link WAVE_PALETTES}).
 * - **Ordered answers centred on a neutral answer** (agreement, decrease → increase) diverge from
 *   purple (disagree, decrease) to green (agree, increase) around a grey neutral answer.
 * - **Ordered answers that are not centred** (time-share brackets, frequencies) are greens, light
 *   to dark: the same green as « more » on the diverging scale.
 * - **Emphasis** — one colour, burnt orange, for what is demonstrated: a difference significant
 *   after Holm adjustment whose interval excludes 0. What is not demonstrated is grey and « n.s. ».
 * - **Ink**: text and intervals in near-black; notes in dark grey.
 *
 * Hues never cross roles: blue is only a wave, purple/green only an ordered answer, orange only
 * emphasis. Every text colour passes WCAG AA (≥ 4.5:1) on the white background.
 */

/** Background of every chart. */
export const BACKGROUND = "#ffffff";

/** Text colours. Each passes WCAG AA (≥ 4.5:1) on {@link BACKGROUND}. */
export const INK = {
  /** Labels, values, intervals. 15.9:1. */
  text: "#222222",
  /** Subtitles, sources and notes. 7.5:1. */
  secondary: "#555555",
  /** What is not demonstrated (« n.s. ») and withheld cells (« masqué »). 5.3:1. */
  muted: "#6b6b6b",
} as const;

/** The emphasis colour: a difference demonstrated (significant after Holm, interval excludes 0). 5.2:1 as text. */
export const EMPHASIS = "#b84a00";

/** Line joining two waves when their difference is not demonstrated. */
export const NOT_DEMONSTRATED_LINE = "#bdbdbd";

/** Fill of the neutral answer at the centre of a diverging scale (« ni d'accord ni pas d'accord »). */
export const NEUTRAL = "#d4d4d4";

/** Light grey of the easy-to-read charts' track (the bar that stands for everybody) and of the grid. */
export const TRACK = "#e3e3e3";

/** Okabe & Ito (2008) blue: the latest wave. */
export const LATEST_WAVE = "#0072B2";

/**
 * Wave colours by number of waves, oldest first, the latest always {@link LATEST_WAVE}, older waves
 * lighter. Up to three waves: lighter blues of the same hue (OKLCH lightness steps). Four to six
 * waves: lightness alone cannot keep six blues apart (ΔE00 < 8 between neighbours), so older waves
 * also vary in chroma and, slightly, in hue within the blues (OKLCH hue 215–270: cyan-blue to
 * periwinkle, never the purple of ordered answers): found by a search that maximises the smallest
 * CIEDE2000 difference, with normal vision and under simulated protanopia and deuteranopia, between
 * the waves, the emphasis colour and the greys of « n.s. » (≥ 12 for six waves), lightness still
 * decreasing from the oldest wave to the latest (steps ≥ 0.04). Chosen once and written here: the
 * 1–3 wave palettes are unchanged.
 */
export const WAVE_PALETTES = {
  1: [LATEST_WAVE],
  2: ["#5e9fd6", LATEST_WAVE],
  3: ["#a4cdee", "#5e9fd6", LATEST_WAVE],
  4: ["#9fd4ff", "#259bff", "#5d93a2", LATEST_WAVE],
  5: ["#b6ebfe", "#86beff", "#5e89ff", "#5f8e9a", LATEST_WAVE],
  6: ["#c4f2ff", "#a1cbff", "#7da7bd", "#2f8fff", "#508293", LATEST_WAVE],
} as const satisfies Record<number, readonly string[]>;

/** Most waves with a colour of their own. */
export const MAX_WAVES = 6;

/**
 * The colour of each wave of a study: the latest wave (last of `waves`, oldest first) in
 * Okabe–Ito blue, older waves lighter. Pass the study's waves, not only those a chart shows, so
 * that a wave keeps its colour in every chart of a report.
 * @throws ChartError `too_many_waves` beyond {@link MAX_WAVES} waves.
 * @example waveColours(["2021", "2025"]) // => { "2021": "#5e9fd6", "2025": "#0072B2" }
 */
export function waveColours(waves: readonly string[], lang: "fr" | "nl" = "fr"): Readonly<Record<string, string>> {
  const distinct = [...new Set(waves)];
  if (distinct.length === 0) return {};
  if (distinct.length > MAX_WAVES) {
    throw new ChartError(
      "too_many_waves",
      { count: distinct.length, max: MAX_WAVES, waves: distinct.join(", ") },
      lang,
    );
  }
  const palette: readonly string[] = WAVE_PALETTES[distinct.length as keyof typeof WAVE_PALETTES];
  return Object.fromEntries(distinct.map((w, i) => [w, palette[i]!]));
}

/**
 * Diverging palettes by number of answers, from the most negative (disagree, strong decrease) to
 * the most positive: purple → grey (the neutral answer, odd counts) → green. After ColorBrewer
 * PRGn (Brewer 2003, colour-blind safe), with a mid grey instead of near-white for the neutral
 * answer so that it shows on white paper.
 */
export const DIVERGING_PALETTES = {
  2: ["#9970ab", "#5aae61"],
  3: ["#9970ab", NEUTRAL, "#5aae61"],
  4: ["#762a83", "#c2a5cf", "#a6dba0", "#1b7837"],
  5: ["#762a83", "#c2a5cf", NEUTRAL, "#a6dba0", "#1b7837"],
  6: ["#762a83", "#9970ab", "#c2a5cf", "#a6dba0", "#5aae61", "#1b7837"],
  7: ["#762a83", "#9970ab", "#c2a5cf", NEUTRAL, "#a6dba0", "#5aae61", "#1b7837"],
} as const satisfies Record<number, readonly string[]>;

/**
 * Sequential greens by number of answers, light to dark (OKLCH lightness ramp, hue 148), for
 * ordered answers that are not centred on a neutral one.
 */
export const SEQUENTIAL_PALETTES = {
  2: ["#a6dba0", "#1c7c37"],
  3: ["#d2f2d6", "#3eaa57", "#204e29"],
  4: ["#d2f2d6", "#6ac47a", "#1c7c37", "#0f3718"],
  5: ["#d2f2d6", "#83d18f", "#3eaa57", "#1c7c37", "#204e29"],
  6: ["#e1fae3", "#97daa0", "#53b566", "#16853a", "#046225", "#0f3718"],
} as const satisfies Record<number, readonly string[]>;

/** Kinds of colour scale for ordered answers. */
export const OrderedScale = { sequential: "sequential", diverging: "diverging" } as const;
/** `sequential` (not centred: brackets, frequencies) or `diverging` (centred on a neutral answer). */
export type OrderedScale = (typeof OrderedScale)[keyof typeof OrderedScale];

/**
 * Whether a value is an ordered-scale kind.
 * @example isOrderedScale("diverging") // => true
 */
export function isOrderedScale(value: unknown): value is OrderedScale {
  return value === "sequential" || value === "diverging";
}

/**
 * The colours of `count` ordered answers, in scale order, for a sequential or diverging scale.
 * @throws ChartError `too_many_levels` beyond 7 (diverging) or 6 (sequential) answers, or under 2.
 * @example orderedColours(5, "diverging")[2] // => "#d4d4d4" (the neutral answer)
 */
export function orderedColours(count: number, scale: OrderedScale, lang: "fr" | "nl" = "fr"): readonly string[] {
  const palettes: Record<number, readonly string[]> = scale === "diverging" ? DIVERGING_PALETTES : SEQUENTIAL_PALETTES;
  const colours = palettes[count];
  if (!colours) {
    const max = Math.max(...Object.keys(palettes).map(Number));
    const word = {
      fr: { diverging: "divergente", sequential: "séquentielle" },
      nl: { diverging: "divergerende", sequential: "sequentiële" },
    }[lang][scale];
    throw new ChartError("too_many_levels", { count, max, scale: word }, lang);
  }
  return colours;
}

/**
 * WCAG 2 contrast ratio of two colours (1 to 21).
 * @example contrastRatio("#6b6b6b", "#ffffff") // => 5.33…
 */
export function contrastRatio(a: string, b: string = BACKGROUND): number {
  return wcagContrast(a, b);
}

/**
 * The text colour to write on a fill: white or near-black, whichever contrasts more.
 * @example inkOn("#1b7837") // => "#ffffff"
 * @example inkOn("#d4d4d4") // => "#111111"
 */
export function inkOn(fill: string): "#ffffff" | "#111111" {
  return contrastRatio("#ffffff", fill) >= contrastRatio("#111111", fill) ? "#ffffff" : "#111111";
}

/**
 * Every set of colours the builders draw side by side; the colour-blindness test checks that each
 * pair in a set stays apart (CIEDE2000 ≥ 10) with normal vision and under simulated protanopia and
 * deuteranopia.
 */
export const PALETTES_USED_TOGETHER: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(Object.entries(WAVE_PALETTES).map(([n, p]) => [`waves (${n})`, p])),
  ...Object.fromEntries(Object.entries(DIVERGING_PALETTES).map(([n, p]) => [`diverging (${n})`, p])),
  ...Object.fromEntries(Object.entries(SEQUENTIAL_PALETTES).map(([n, p]) => [`sequential (${n})`, p])),
  // A comparison: both waves, the emphasis of a demonstrated difference, the grey of « n.s. ».
  comparison: [...WAVE_PALETTES[2], EMPHASIS, INK.muted],
  // In a study of 3 to 6 waves, any two of its waves may be compared (consecutive, whole period).
  ...Object.fromEntries(
    ([3, 4, 5, 6] as const).map((n) => [
      `comparison (${n} waves)`,
      [...WAVE_PALETTES[n], EMPHASIS, INK.muted, NOT_DEMONSTRATED_LINE],
    ]),
  ),
};
