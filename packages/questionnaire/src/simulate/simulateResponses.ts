import { type ColumnTable, table } from "arquero";
import { randomLcg, randomNormal } from "d3-random";
import { evaluateCondition } from "../logic/evaluateCondition.ts";
import type { Choice } from "../model/choice.ts";
import { indicatorColumn, otherTextColumn } from "../model/columns.ts";
import { conditionQuestions } from "../model/condition.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import type { Question } from "../model/question.ts";
import { defaultEffects } from "./defaultEffects.ts";
import type { Effect, SimulateOptions } from "./simulateOptions.ts";
import { FAKE_PII, FICTIONAL_OTHER, FICTIONAL_SITUATIONS, FICTIONAL_SUGGESTIONS } from "./textPool.ts";

type Value = string | number | boolean | null;
type Row = Record<string, Value>;

/** Tries of the truncated normal before falling back on clamping. */
const MAX_TRIES = 32;

/** Default relative weight of the i-th of k ordered choices: a mild hump centred on the middle. */
function ordinalWeight(i: number, k: number): number {
  const mid = (k - 1) / 2;
  return 1 + (mid - Math.abs(i - mid));
}

function checkRate(name: string, value: number): number {
  if (!(value >= 0 && value <= 1))
    throw new RangeError(`${name} doit être une probabilité entre 0 et 1, pas ${value}.`);
  return value;
}

/** Bounds of a numeric question: its range, 0–100 for percent, else 0 to 20 above the lower bound. */
function numericBounds(q: Question): { min: number; max: number } {
  if (q.kind === "percent") return { min: Math.max(0, q.range?.min ?? 0), max: Math.min(100, q.range?.max ?? 100) };
  const max0 = q.range?.max;
  let min = q.range?.min ?? (max0 !== undefined ? Math.min(0, max0 - 20) : 0);
  let max = max0 ?? min + 20;
  if (q.kind === "integer") {
    min = Math.ceil(min);
    max = Math.floor(max);
  }
  if (!(min <= max)) throw new RangeError(`Question « ${q.id} » : aucune valeur possible dans [${min}, ${max}].`);
  return { min, max };
}

/** Number of decimals of a rounding step (0.1 → 1, 5 → 0), to remove binary noise (0.30000000000000004). */
function decimalsOf(step: number): number {
  let d = 0;
  while (d < 12 && Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) > 1e-9) d++;
  return d;
}

/** What to draw for one question, prepared once. */
interface Plan {
  readonly q: Question;
  /** Whether later skip logic reads this question (then its answer goes into the row). */
  readonly read: boolean;
  readonly blank: number;
  readonly dontKnow: number;
  readonly valid: readonly Choice[];
  readonly missing: readonly Choice[];
  /** Cumulative weights of `valid` (single/ordinal). */
  readonly cumulative: Float64Array;
  /** Tick probability per `valid` choice (multiple). */
  readonly probabilities: Float64Array;
  /** Indicator column of each `valid` then `missing` choice (multiple). */
  readonly indicators: readonly Value[][];
  readonly indicatorNames: readonly string[];
  readonly answer: Value[] | undefined;
  readonly otherText: Value[] | undefined;
  readonly otherTexts: readonly string[];
  readonly min: number;
  readonly max: number;
  readonly draw: () => number;
  readonly step: number;
  readonly scale: number;
  readonly texts: readonly string[];
}

function checkEffect(instrument: Instrument, id: string, effect: Effect): void {
  const q = instrument.questions.find((x) => x.id === id);
  if (!q) throw new RangeError(`effects : question « ${id} » inconnue dans ${instrument.id}@${instrument.version}.`);
  const codes = new Set(q.list === undefined ? [] : choiceList(instrument, q).choices.map((c) => c.code));
  for (const [field, map] of [
    ["weights", effect.weights],
    ["probabilities", effect.probabilities],
  ] as const) {
    for (const [code, v] of Object.entries(map ?? {})) {
      if (!codes.has(code)) throw new RangeError(`effects.${id}.${field} : choix « ${code} » inconnu.`);
      if (field === "probabilities") checkRate(`effects.${id}.probabilities.${code}`, v);
      else if (!(v >= 0 && Number.isFinite(v)))
        throw new RangeError(`effects.${id}.weights.${code} doit être un poids positif ou nul, pas ${v}.`);
    }
  }
  if (effect.sd !== undefined && !(effect.sd >= 0)) throw new RangeError(`effects.${id}.sd doit être ≥ 0.`);
  if (effect.step !== undefined && !(effect.step > 0)) throw new RangeError(`effects.${id}.step doit être > 0.`);
  if (effect.mean !== undefined && !Number.isFinite(effect.mean))
    throw new RangeError(`effects.${id}.mean doit être un nombre fini.`);
  for (const [field, pool] of [
    ["texts", effect.texts],
    ["otherTexts", effect.otherTexts],
  ] as const)
    if (pool !== undefined && pool.length === 0) throw new RangeError(`effects.${id}.${field} est vide.`);
  if (effect.missingness !== undefined) checkRate(`effects.${id}.missingness`, effect.missingness);
  if (effect.dontKnow !== undefined) checkRate(`effects.${id}.dontKnow`, effect.dontKnow);
}

/**
 * Simulates fictional respondents of an instrument: an arquero table in canonical columns
 * (`canonicalColumns(instrument)`: `id`, `vague`, `commune`, then each question's columns), one
 * row per respondent. Questions are answered in order and skip logic is evaluated with
 * `evaluateCondition` on the answers drawn so far, so the table obeys the instrument.
 *
 * Missing values: a question not asked (skip logic) is null, and so are all its indicator columns
 * (multiple choice) and its `__autre_texte`; an asked, non-required question is left blank (null)
 * with probability `missingness`; a required asked question is never blank; a missing-flagged
 * choice (*ne sait pas*) is drawn with probability `dontKnow`. `__autre_texte` is non-null exactly
 * when the "other" choice was chosen. Numbers are drawn from a normal truncated into the range and
 * rounded to a step; multiple-choice indicators are independent draws (an asked question with
 * nothing ticked is all `false`; a required one gets at least one tick).
 *
 * Deterministic: seeded with d3-random's `randomLcg`, the same options give the same table and
 * the same CSV bytes. THE DATA ARE FICTIONAL: label everything built from them as such.
 * Reference: none (a generator, not an estimator); `checkResponses` checks its output.
 *
 * @throws RangeError when `n` is not a non-negative integer, a rate is outside 0–1, or an effect
 * names an unknown question or choice or has an invalid value.
 * @example simulateResponses(worker2025, { n: 3, seed: 7 }).numRows() // => 3
 * @example simulateResponses(worker2025, { n: 2 }).array("id") // => ["sim-2025-1", "sim-2025-2"]
 */
export function simulateResponses(instrument: Instrument, options: SimulateOptions): ColumnTable {
  const { n, seed = 1, commune = "1030" } = options;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n doit être un entier positif ou nul, pas ${n}.`);
  const missingness = checkRate("missingness", options.missingness ?? 0.05);
  const dontKnow = checkRate("dontKnow", options.dontKnow ?? 0.05);
  const piiRate = checkRate("piiRate", options.piiRate ?? 0.15);
  const vague = options.vague ?? instrument.version;
  const idPrefix = options.idPrefix ?? `sim-${vague}-`;
  const given = options.effects ?? {};
  for (const [id, effect] of Object.entries(given)) checkEffect(instrument, id, effect);
  const defaults = defaultEffects(instrument, commune);

  const random = randomLcg(seed);
  const normal = randomNormal.source(random);
  const year = /^\d{4}$/.test(vague) ? Number(vague) : 2025;
  // Answer dates: 1 March to 29 April of the wave's year (a plausible fieldwork window).
  const dates = Array.from({ length: 60 }, (_, d) => new Date(Date.UTC(year, 2, 1 + d)).toISOString().slice(0, 10));
  const read = new Set(instrument.questions.flatMap((q) => (q.relevant ? conditionQuestions(q.relevant) : [])));

  const columns: Record<string, Value[]> = {
    id: new Array<Value>(n),
    vague: new Array<Value>(n).fill(vague),
    commune: new Array<Value>(n).fill(commune),
  };
  const nulls = (): Value[] => new Array<Value>(n).fill(null);

  const plans: Plan[] = instrument.questions.map((q) => {
    const effect: Effect = { ...defaults[q.id], ...given[q.id] };
    const choices: readonly Choice[] = q.list === undefined ? [] : choiceList(instrument, q).choices;
    const valid = choices.filter((c) => !c.missing);
    const missing = choices.filter((c) => c.missing);
    const weights = valid.map((c, i) => {
      const w = effect.weights?.[c.code];
      if (w !== undefined) return w;
      if (q.kind === "ordinal") return ordinalWeight(i, valid.length);
      return c.other ? 0.2 : 1 / (1 + 0.25 * i);
    });
    const cumulative = new Float64Array(weights.length);
    let total = 0;
    for (const [j, w] of weights.entries()) {
      total += w;
      cumulative[j] = total;
    }
    if ((q.kind === "single" || q.kind === "ordinal") && !(cumulative[cumulative.length - 1]! > 0))
      throw new RangeError(`effects.${q.id}.weights : au moins un choix doit avoir un poids positif.`);
    const probabilities = Float64Array.from(valid, (c) => effect.probabilities?.[c.code] ?? (c.other ? 0.05 : 0.3));
    const numeric = q.kind === "integer" || q.kind === "decimal" || q.kind === "percent";
    const { min, max } = numeric ? numericBounds(q) : { min: 0, max: 0 };
    const mean = effect.mean ?? (q.kind === "percent" && !q.range ? 30 : (min + max) / 2);
    const sd = effect.sd ?? (q.kind === "percent" && !q.range ? 20 : (max - min) / 6);
    const step = effect.step ?? (q.kind === "decimal" ? 0.01 : 1);
    const indicatorNames =
      q.kind === "multiple" ? [...valid, ...missing].map((c) => indicatorColumn(q.id, c.code)) : [];
    const column = (name: string): Value[] => {
      const values = nulls();
      columns[name] = values;
      return values;
    };
    const indicators = indicatorNames.map(column);
    const answer = q.kind === "multiple" ? undefined : column(q.id);
    const hasOther = (q.kind === "single" || q.kind === "multiple") && choices.some((c) => c.other);
    const otherText = hasOther ? column(otherTextColumn(q.id)) : undefined;
    return {
      q,
      read: read.has(q.id),
      blank: q.required ? 0 : (effect.missingness ?? missingness),
      dontKnow: missing.length > 0 ? (effect.dontKnow ?? dontKnow) : 0,
      valid,
      missing,
      cumulative,
      probabilities,
      indicators,
      indicatorNames,
      answer,
      otherText,
      otherTexts: effect.otherTexts ?? FICTIONAL_OTHER,
      min,
      max,
      draw: normal(mean, sd),
      step,
      scale: 10 ** decimalsOf(step),
      texts: effect.texts ?? (q.id.endsWith("2") ? FICTIONAL_SUGGESTIONS : FICTIONAL_SITUATIONS),
    };
  });

  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const ids = columns.id!;
  const width = String(Math.max(n, 1)).length;

  for (let i = 0; i < n; i++) {
    ids[i] = `${idPrefix}${String(i + 1).padStart(width, "0")}`;
    // Only the answers that later skip logic reads; a fresh object per respondent.
    const row: Row = {};
    for (const p of plans) {
      const { q } = p;
      if (q.relevant && !evaluateCondition(q.relevant, row)) continue; // not asked: stays null
      if (p.blank > 0 && random() < p.blank) continue; // left blank
      switch (q.kind) {
        case "single":
        case "ordinal": {
          let choice: Choice;
          if (p.dontKnow > 0 && random() < p.dontKnow) choice = pick(p.missing);
          else {
            const u = random() * p.cumulative[p.cumulative.length - 1]!;
            let j = 0;
            while (j < p.valid.length - 1 && u >= p.cumulative[j]!) j++;
            choice = p.valid[j]!;
          }
          p.answer![i] = choice.code;
          if (p.read) row[q.id] = choice.code;
          if (choice.other && p.otherText) p.otherText[i] = pick(p.otherTexts);
          break;
        }
        case "multiple": {
          const k = p.valid.length;
          for (const col of p.indicators) col[i] = false;
          if (p.dontKnow > 0 && random() < p.dontKnow) {
            p.indicators[k + Math.floor(random() * p.missing.length)]![i] = true;
          } else {
            let ticked = 0;
            for (let j = 0; j < k; j++) {
              if (random() < p.probabilities[j]!) {
                p.indicators[j]![i] = true;
                ticked++;
                if (p.valid[j]!.other && p.otherText) p.otherText[i] = pick(p.otherTexts);
              }
            }
            if (ticked === 0 && q.required) {
              const j = Math.floor(random() * k);
              p.indicators[j]![i] = true;
              if (p.valid[j]!.other && p.otherText) p.otherText[i] = pick(p.otherTexts);
            }
          }
          if (p.read) for (let j = 0; j < p.indicators.length; j++) row[p.indicatorNames[j]!] = p.indicators[j]![i]!;
          break;
        }
        case "integer":
        case "decimal":
        case "percent": {
          let x = p.draw();
          for (let t = 1; (x < p.min || x > p.max) && t < MAX_TRIES; t++) x = p.draw();
          x = Math.round(Math.round(x / p.step) * p.step * p.scale) / p.scale;
          if (q.kind === "integer") x = Math.round(x);
          // Rounding (or a hopeless mean) may leave the range: clamp onto it.
          x = Math.min(p.max, Math.max(p.min, x));
          p.answer![i] = x;
          if (p.read) row[q.id] = x;
          break;
        }
        case "text": {
          let text = pick(p.texts);
          if (piiRate > 0 && random() < piiRate) text = `${text} ${pick(FAKE_PII)}`;
          p.answer![i] = text;
          if (p.read) row[q.id] = text;
          break;
        }
        case "date": {
          const iso = pick(dates);
          p.answer![i] = iso;
          if (p.read) row[q.id] = iso;
          break;
        }
      }
    }
  }
  return table(columns);
}
