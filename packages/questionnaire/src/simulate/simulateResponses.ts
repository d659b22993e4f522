import { type ColumnTable, table } from "arquero";
import { randomLcg, randomNormal } from "d3-random";
import { evaluateCondition } from "../logic/evaluateCondition.ts";
import type { Choice } from "../model/choice.ts";
import { indicatorColumn, otherTextColumn, questionColumns } from "../model/columns.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import type { Question } from "../model/question.ts";
import type { Effect, SimulateOptions } from "./simulateOptions.ts";
import { FAKE_PII, FICTIONAL_OTHER, FICTIONAL_SITUATIONS, FICTIONAL_SUGGESTIONS } from "./textPool.ts";

type Value = string | number | boolean | null;

/** Default relative weight of the i-th of k ordered choices: a gentle hump around the middle. */
function ordinalWeight(i: number, k: number): number {
  const mid = (k - 1) / 2;
  return 1 + (mid - Math.abs(i - mid));
}

function numericBounds(q: Question): { min: number; max: number } {
  const min = q.range?.min ?? (q.kind === "percent" ? 0 : 0);
  const max = q.range?.max ?? (q.kind === "percent" ? 100 : Math.max(min + 20, 20));
  return { min, max };
}

function roundTo(value: number, step: number): number {
  const r = Math.round(value / step) * step;
  // Remove binary noise (0.30000000000000004) so CSV bytes are clean.
  return Number(r.toFixed(Math.max(0, -Math.floor(Math.log10(step)) + 1)));
}

/**
 * Simulates fictional respondents of an instrument, as an arquero table in canonical columns
 * (`id`, `vague`, `commune`, then each question's columns). Answers respect skip logic (a question
 * not asked is null, all its indicator columns too), required answers, ranges and choice lists;
 * blanks, *ne sait pas* answers and shifts between waves are configurable.
 *
 * Seeded (d3-random's LCG): the same options give the same table and the same CSV bytes.
 * The data are fictional: label every output built from them as such.
 *
 * @throws RangeError when `n` is not a non-negative integer.
 * @example simulateResponses(worker2025, { n: 3, seed: 7 }).numRows() // => 3
 */
export function simulateResponses(instrument: Instrument, options: SimulateOptions): ColumnTable {
  const { n, seed = 1, commune = "1030", missingness = 0.05, dontKnow = 0.05, piiRate = 0.15, effects = {} } = options;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n doit être un entier positif ou nul, pas ${n}.`);
  const vague = options.vague ?? instrument.version;
  const idPrefix = options.idPrefix ?? `sim-${vague}-`;
  const random = randomLcg(seed);
  const normal = randomNormal.source(random);
  const year = /^\d{4}$/.test(vague) ? Number(vague) : 2025;

  const columns: Record<string, Value[]> = {
    id: new Array<Value>(n),
    vague: new Array<Value>(n).fill(vague),
    commune: new Array<Value>(n).fill(commune),
  };
  const plans = instrument.questions.map((q) => {
    const cols = questionColumns(instrument, q);
    for (const c of cols) columns[c.name] = new Array<Value>(n).fill(null);
    const effect: Effect = effects[q.id] ?? {};
    const choices: readonly Choice[] = q.list === undefined ? [] : choiceList(instrument, q).choices;
    const valid = choices.filter((c) => !c.missing);
    const missingChoices = choices.filter((c) => c.missing);
    const weights = valid.map((c, i) => {
      const given = effect.weights?.[c.code];
      if (given !== undefined) return given;
      if (q.kind === "ordinal") return ordinalWeight(i, valid.length);
      return c.other ? 0.2 : 1 / (1 + 0.25 * i);
    });
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const { min, max } = numericBounds(q);
    const mean = effect.mean ?? (min + max) / 2;
    const sd = effect.sd ?? (max - min) / 6;
    const draw = normal(mean, sd);
    const step = effect.step ?? (q.kind === "decimal" ? 0.01 : 1);
    const texts = effect.texts ?? (q.id.endsWith("2") ? FICTIONAL_SUGGESTIONS : FICTIONAL_SITUATIONS);
    const blank = effect.missingness ?? missingness;
    return { q, effect, valid, missingChoices, weights, totalWeight, min, max, draw, step, texts, blank };
  });

  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  let row: Record<string, Value> = {};
  const width = String(Math.max(n, 1)).length;

  for (let i = 0; i < n; i++) {
    row = {};
    columns.id![i] = `${idPrefix}${String(i + 1).padStart(width, "0")}`;
    for (const p of plans) {
      const { q } = p;
      if (q.relevant && !evaluateCondition(q.relevant, row)) continue; // not asked: stays null
      if (!q.required && random() < p.blank) continue; // left blank
      switch (q.kind) {
        case "single":
        case "ordinal": {
          let code: string;
          if (p.missingChoices.length > 0 && random() < dontKnow) code = pick(p.missingChoices).code;
          else {
            let u = random() * p.totalWeight;
            let j = 0;
            while (j < p.valid.length - 1 && u >= p.weights[j]!) u -= p.weights[j++]!;
            code = p.valid[j]!.code;
          }
          columns[q.id]![i] = code;
          row[q.id] = code;
          const chosen = p.valid.find((c) => c.code === code);
          if (chosen?.other) columns[otherTextColumn(q.id)]![i] = pick(FICTIONAL_OTHER);
          break;
        }
        case "multiple": {
          const all = [...p.valid, ...p.missingChoices];
          const ticked = new Set<string>();
          if (p.missingChoices.length > 0 && random() < dontKnow) ticked.add(pick(p.missingChoices).code);
          else {
            for (const c of p.valid) {
              const prob = p.effect.probabilities?.[c.code] ?? (c.other ? 0.05 : 0.3);
              if (random() < prob) ticked.add(c.code);
            }
            if (ticked.size === 0 && q.required) ticked.add(pick(p.valid).code);
          }
          for (const c of all) {
            const name = indicatorColumn(q.id, c.code);
            const v = ticked.has(c.code);
            columns[name]![i] = v;
            row[name] = v;
            if (v && c.other) columns[otherTextColumn(q.id)]![i] = pick(FICTIONAL_OTHER);
          }
          break;
        }
        case "integer":
        case "decimal":
        case "percent": {
          const raw = p.draw();
          const v = Math.min(p.max, Math.max(p.min, roundTo(raw, p.step)));
          const value = q.kind === "decimal" ? v : Math.round(v);
          // Rounding may leave the range by a step: clamp onto the nearest admissible value.
          const inRange = Math.min(p.max, Math.max(p.min, value));
          columns[q.id]![i] = inRange;
          row[q.id] = inRange;
          break;
        }
        case "text": {
          let text = pick(p.texts);
          if (random() < piiRate) text = `${text} ${pick(FAKE_PII)}`;
          columns[q.id]![i] = text;
          row[q.id] = text;
          break;
        }
        case "date": {
          const day = Math.floor(random() * 60);
          const d = new Date(Date.UTC(year, 2, 1 + day));
          const iso = d.toISOString().slice(0, 10);
          columns[q.id]![i] = iso;
          row[q.id] = iso;
          break;
        }
      }
    }
  }
  return table(columns);
}
