import { formatNumber, quote } from "@monitoring-social/charts";
import type { Language } from "@monitoring-social/questionnaire";
import { type ReportMessageCode, tr } from "../messages/index.ts";
import type { BracketSensitivity } from "./bracketSensitivity.ts";

/** What the limits of a study are written from. */
export interface LimitationFacts {
  /**
   * Each wave, oldest first: its year, respondents kept, the tool its export came from (`kobo`,
   * `google-forms`…) and, when the year alone does not name it (several communes), its label
   * (« Forest », « Forest 2025 »; default: the year).
   */
  readonly waves: readonly {
    readonly year: string;
    readonly n: number;
    readonly tool: string;
    readonly label?: string;
  }[];
  /** Communes of the study. Default: `1`. */
  readonly communes?: number;
  /**
   * Most waves one commune has (the same workers may answer each of them): none above 1 → no
   * sentence about the same workers. Default: the number of waves.
   */
  readonly repeated?: number;
  /** Labels of the questions that measure a worker's perception of the public (« Non-recours observé »). Default: none. */
  readonly perceptions?: readonly string[];
  /** Respondents counted in the FTE totals, per wave (`year`: how the report names it). Default: none (no totals published). */
  readonly fteTotals?: readonly { readonly year: string; readonly n: number }[];
  /** Sensitivity of the hours comparison to the time brackets ({@link bracketSensitivity}). Default: none. */
  readonly brackets?: BracketSensitivity;
  /** The two waves of that comparison, earlier first, as the report names them. Default: the first and the last wave. */
  readonly bracketWaves?: readonly [string, string];
}

const TOOLS: Readonly<Record<string, ReportMessageCode>> = {
  kobo: "tool_kobo",
  limesurvey: "tool_limesurvey",
  "google-forms": "tool_google_forms",
  codebook: "tool_codebook",
};

/** Hours as a signed difference: « +2,3 h », « −1,2 h » (Dutch: « +2,3 u », as « 38 u » in the report). */
function signedHours(x: number, lang: Language): string {
  const v = formatNumber(Math.abs(x), lang, { digits: 1 });
  return `${x > 0 ? "+" : x < 0 ? "\u2212" : ""}${v}\u00a0${lang === "nl" ? "u" : "h"}`;
}

/**
 * The limits of a study, written from the data, one paragraph each: samples that chose themselves
 * (non-probabilistic) under intervals and tests that assume random sampling, with their sizes (one
 * wave: one sample, no test; several communes: selection that may differ between them); the same
 * workers possibly answering several waves of a commune, with no key to link them; the collection
 * tool, when it changed between waves (named for each); questions that measure a perception; FTE
 * totals that add up different numbers of respondents (the n's); and whether the direction of the
 * hours comparison survives the least favourable position of respondents inside their time brackets.
 * Missing values: a fact not given is not written about (one tool for every wave → no tool change;
 * one wave per commune → no sentence about the same workers).
 * @example limitations({ waves: [{ year: "2021", n: 178, tool: "google-forms" }, { year: "2025", n: 229, tool: "kobo" }] }, "fr")[2]
 * // => "L'outil de collecte a changé : Google Forms en 2021, KoboToolbox en 2025. …"
 */
export function limitations(facts: LimitationFacts, lang: Language): string[] {
  const waves = facts.waves;
  const isYear = (x: string) => /^\d{4}$/.test(x);
  const name = (w: { readonly year: string; readonly label?: string }) => w.label ?? w.year;
  const counts = (list: readonly { year: string; n: number; label?: string }[]) =>
    list
      .map((w) => tr(isYear(name(w)) ? "limit_count" : "limit_count_group", lang, { n: w.n, year: name(w) }))
      .join(", ");
  const sampling =
    waves.length <= 1 ? "limit_sampling_one" : (facts.communes ?? 1) > 1 ? "limit_sampling_communes" : "limit_sampling";
  const out = [tr(sampling, lang, { counts: counts(waves) })];
  const repeated = facts.repeated ?? waves.length;
  if (repeated > 1) out.push(tr(repeated === 2 ? "limit_same_workers" : "limit_same_workers_many", lang));
  const tools = new Set(waves.map((w) => w.tool));
  if (tools.size > 1) {
    const named = waves
      .map((w) =>
        tr(isYear(name(w)) ? "limit_tool_in" : "limit_tool_in_group", lang, {
          tool: TOOLS[w.tool] ? tr(TOOLS[w.tool]!, lang) : w.tool,
          year: name(w),
        }),
      )
      .join(", ");
    out.push(tr((facts.communes ?? 1) > 1 ? "limit_tool_differs" : "limit_tool", lang, { tools: named }));
  }
  if (facts.perceptions && facts.perceptions.length > 0)
    out.push(
      tr(facts.perceptions.length === 1 ? "limit_perception_one" : "limit_perception", lang, {
        questions: facts.perceptions.map((q) => quote(q, lang)).join(tr("and", lang)),
      }),
    );
  const totals = facts.fteTotals ?? [];
  if (totals.length > 1 && new Set(totals.map((t) => t.n)).size > 1)
    out.push(tr("limit_fte_totals", lang, { counts: counts(totals) }));
  const b = facts.brackets;
  const [first, last] = facts.bracketWaves ?? [name(waves[0] ?? { year: "" }), name(waves.at(-1) ?? { year: "" })];
  if (b && Number.isFinite(b.midpoints.difference) && Number.isFinite(b.worstCase.difference)) {
    const rise = b.midpoints.difference >= 0;
    out.push(
      tr(b.signHolds ? "limit_brackets_holds" : "limit_brackets_flips", lang, {
        a: first,
        b: last,
        position: tr(rise ? "limit_brackets_against_rise" : "limit_brackets_against_fall", lang, { a: first, b: last }),
        mid: signedHours(b.midpoints.difference, lang),
        worst: signedHours(b.worstCase.difference, lang),
      }),
    );
  }
  return out;
}
