import type { Instrument } from "../model/instrument.ts";
import type { Effect } from "./simulateOptions.ts";

/**
 * Plausible shapes of the worker questionnaire's numeric and commune questions, where the generic
 * default (the middle of the range) would be absurd: 240 minutes per procedure, 100 requests a
 * week, half-time as the typical ETP. Orders of magnitude only, invented for fictional data.
 */
const WORKER: Readonly<Record<string, Effect>> = {
  /** Years in the social sector: most under 15. */
  A4: { mean: 10, sd: 8 },
  /** ETP: mostly 0.5–1, many full-time. */
  A5: { mean: 0.85, sd: 0.2, step: 0.1 },
  /** Share of working time on procedures (2025, %). */
  B1_pct: { mean: 30, sd: 20 },
  /** Requests for help per week. */
  B3: { mean: 12, sd: 10 },
  /** Minutes per accompanied procedure, in steps of 5. */
  B4: { mean: 30, sd: 20, step: 5 },
  /** "None of these channels" is rarer than a given channel. */
  C3: { probabilities: { aucun: 0.1 } },
};

/**
 * The default shifts `simulateResponses` starts from, before the caller's `effects`: plausible
 * magnitudes for the worker questionnaire (years, ETP, requests per week, minutes per procedure,
 * and the commune of work mostly equal to the simulated `commune`), none for other instruments,
 * whose questions get the generic defaults documented on {@link Effect}. Only questions present in
 * the instrument are returned.
 *
 * @example defaultEffects(worker2025, "1030").A5 // => { mean: 0.85, sd: 0.2, step: 0.1 }
 * @example defaultEffects(worker2021, "1030").B4 // => undefined (asked in 2025 only)
 */
export function defaultEffects(instrument: Instrument, commune = "1030"): Record<string, Effect> {
  if (instrument.id !== "worker") return {};
  const out: Record<string, Effect> = {};
  const ids = new Set(instrument.questions.map((q) => q.id));
  for (const [id, effect] of Object.entries(WORKER)) if (ids.has(id)) out[id] = effect;
  const a6 = instrument.questions.find((q) => q.id === "A6");
  const own = `c${commune}`;
  const list = a6?.list === undefined ? undefined : instrument.lists.find((l) => l.name === a6.list);
  // Most respondents of a commune's survey work in that commune.
  if (list?.choices.some((c) => c.code === own)) out.A6 = { weights: { [own]: 20 } };
  return out;
}
