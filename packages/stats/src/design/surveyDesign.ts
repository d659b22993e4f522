import type { ColumnTable } from "arquero";
import { type DictionaryColumn, dictionaryOf } from "../columns/typedColumn.ts";
import { StatsError } from "../statsError.ts";
import type { CalibrationStep } from "./calibration.ts";
import { isLonelyPsu, type LonelyPsu } from "./lonelyPsu.ts";

/**
 * A survey design, as R `svydesign(ids = ~1, strata =, weights =, fpc =)`: the data, one weight
 * per row, the stratum of each row, the finite population correction and, once calibrated
 * (`rake`, `calibrate`, `postStratify`), what the variance needs to account for the calibration.
 * Built by {@link surveyDesign} (or a calibration function), never by hand.
 */
export interface SurveyDesign {
  /** The data, canonical columns (not modified). */
  readonly table: ColumnTable;
  /** Weights, one per row, or `null` for an unweighted design (every row counts 1). */
  readonly weights: Float64Array | null;
  /** Name of the weight column, or `null`. */
  readonly weightColumn: string | null;
  /** Stratum of each row, an index into `strataLevels`, or `null` for an unstratified design. */
  readonly strata: Int32Array | null;
  /** Columns whose combination makes the stratum (e.g. `["vague"]`, `["commune", "vague"]`); empty when unstratified. */
  readonly strataColumns: readonly string[];
  /** Label of each stratum (the values of `strataColumns`, joined with " × "), sorted. */
  readonly strataLevels: readonly string[];
  /** Population size Nₕ of each row's stratum (finite population correction), or `null` (sampling with replacement). */
  readonly populationSizes: Float64Array | null;
  /** Name of the fpc column, or `null`. */
  readonly fpcColumn: string | null;
  /** Calibration steps, in order (empty for an uncalibrated design). */
  readonly calibration: readonly CalibrationStep[];
  /** What the variance does with a one-respondent stratum. */
  readonly lonelyPsu: LonelyPsu;
}

/** Options of {@link surveyDesign}. */
export interface SurveyDesignOptions {
  /** Column of numeric weights ≥ 0 (R `weights = ~w`). Default: none (every respondent counts 1, or Nₕ/nₕ with `fpc`). */
  readonly weights?: string;
  /**
   * Column(s) of the strata (R `strata = ~vague`; several columns make one stratum per
   * combination, R `strata = ~interaction(commune, vague)`). Codes (text) or numbers, never null.
   * Default: none (one stratum).
   */
  readonly strata?: string | readonly string[];
  /**
   * Column of the finite population correction, constant within a stratum (R `fpc = ~N`): all
   * values ≥ 1 are population sizes Nₕ, all values ≤ 1 are sampling fractions nₕ/Nₕ. Without
   * `weights`, each row then weighs Nₕ/nₕ, as in R. Default: none (with replacement).
   */
  readonly fpc?: string;
  /** Treatment of a stratum with a single respondent ({@link LonelyPsu}). Default: `"adjust"` (R's default is `"fail"`). */
  readonly lonelyPsu?: LonelyPsu;
}

/**
 * Builds a design once; estimators take `(design, variable, options)`, as R
 * `survey::svydesign(ids = ~1, strata = ~s, weights = ~w, fpc = ~N)`. Unweighted and unstratified
 * by default (R warns "assuming equal probability" and does the same). Each respondent is a
 * primary sampling unit (`ids = ~1`); clusters are not supported. Rows of weight 0 stay in the
 * design (they count in nₕ, as in R) but add nothing to any estimate, and `degf` leaves them out.
 *
 * @throws StatsError when a column is missing; a weight is not a number ≥ 0 (no coercion: "1,5"
 *   is refused, not read as 1.5); a stratum is null; the fpc mixes sizes and fractions, varies
 *   within a stratum or is smaller than the stratum's sample; `lonelyPsu` is unknown.
 * @example surveyDesign(table).weights // => null
 * @example surveyDesign(table, { strata: "vague" }).strataLevels // => ["2021", "2025"]
 */
export function surveyDesign(table: ColumnTable, options: SurveyDesignOptions = {}): SurveyDesign {
  const n = table.numRows();
  const has = (c: string) => table.columnNames().includes(c);
  const lonelyPsu = options.lonelyPsu ?? "adjust";
  if (!isLonelyPsu(lonelyPsu)) throw new StatsError("bad_lonely_psu", { value: String(lonelyPsu) });

  let weights: Float64Array | null = null;
  if (options.weights !== undefined) {
    const name = options.weights;
    if (!has(name)) throw new StatsError("unknown_column", { column: name });
    const values = table.array(name) as readonly unknown[];
    weights = new Float64Array(n);
    values.forEach((v, i) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
        throw new StatsError("bad_weight", { column: name, row: i + 1, value: String(v) });
      }
      weights![i] = v;
    });
  }

  const strataColumns =
    options.strata === undefined ? [] : typeof options.strata === "string" ? [options.strata] : [...options.strata];
  let strata: Int32Array | null = null;
  let strataLevels: string[] = [];
  if (strataColumns.length > 0) {
    for (const c of strataColumns) if (!has(c)) throw new StatsError("unknown_column", { column: c });
    ({ strata, strataLevels } = strataOf(table, strataColumns));
  }

  let populationSizes: Float64Array | null = null;
  if (options.fpc !== undefined) {
    const name = options.fpc;
    if (!has(name)) throw new StatsError("unknown_column", { column: name });
    const values = table.array(name) as readonly unknown[];
    const fpc = new Float64Array(n);
    values.forEach((v, i) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v <= 0)
        throw new StatsError("bad_fpc", { column: name, row: i + 1, value: String(v) });
      fpc[i] = v;
    });
    const sizes = fpc.some((v) => v > 1);
    if (sizes !== fpc.every((v) => v >= 1) || fpc.every((v) => v === 1)) {
      const i = fpc.findIndex((v) => (sizes ? v < 1 : v >= 1));
      throw new StatsError("bad_fpc", { column: name, row: i + 1, value: String(fpc[i]) });
    }
    const sampled = stratumCounts(strata, n);
    populationSizes = new Float64Array(n);
    const seen = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const h = strata ? strata[i]! : 0;
      const nh = sampled.get(h)!;
      const size = sizes ? fpc[i]! : nh / fpc[i]!;
      const label = strata ? strataLevels[h]! : "—";
      const before = seen.get(h);
      if (before !== undefined && Math.abs(before - size) > 1e-9 * size)
        throw new StatsError("fpc_varies", { column: name, stratum: label, row: i + 1 });
      seen.set(h, size);
      if (size < nh - 1e-9) throw new StatsError("fpc_too_small", { column: name, stratum: label, size, n: nh });
      populationSizes[i] = size;
    }
    if (weights === null) {
      weights = new Float64Array(n);
      for (let i = 0; i < n; i++) weights[i] = populationSizes[i]! / sampled.get(strata ? strata[i]! : 0)!;
    }
  }

  return {
    table,
    weights,
    weightColumn: options.weights ?? null,
    strata,
    strataColumns,
    strataLevels,
    populationSizes,
    fpcColumn: options.fpc ?? null,
    calibration: [],
    lonelyPsu,
  };
}

/**
 * The stratum of every row (index into the sorted labels « value × value »). Strings held as
 * dictionary codes (the ingest's columns) are read as codes, one pass; any other column value by
 * value. A null stratum, or one that is neither text nor a finite number, is an error.
 */
function strataOf(table: ColumnTable, columns: readonly string[]): { strata: Int32Array; strataLevels: string[] } {
  const n = table.numRows();
  const parts = columns.map((c) => {
    const o = table.column(c) as Partial<DictionaryColumn> | null;
    return o && ArrayBuffer.isView(o.codes) && Array.isArray(o.dict) ? dictionaryOf(table, c) : null;
  });
  if (parts.every((p) => p !== null)) {
    const codes = parts.map((p) => p!.codes);
    const radix = parts.map((p) => p!.dict.length);
    const tuple = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let t = 0;
      for (let k = 0; k < codes.length; k++) {
        const c = codes[k]![i]!;
        if (c < 0) throw new StatsError("bad_stratum", { column: columns[k]!, row: i + 1, value: "null" });
        t = t * radix[k]! + c;
      }
      tuple[i] = t;
    }
    const labelOf = new Map<number, string>();
    for (let i = 0; i < n; i++) {
      const t = tuple[i]!;
      if (labelOf.has(t)) continue;
      const key: string[] = new Array(codes.length);
      let rest = t;
      for (let k = codes.length - 1; k >= 0; k--) {
        key[k] = parts[k]!.dict[rest % radix[k]!]!;
        rest = Math.floor(rest / radix[k]!);
      }
      labelOf.set(t, key.join(" × "));
    }
    const strataLevels = [...new Set(labelOf.values())].sort();
    const index = new Map(strataLevels.map((l, k) => [l, k]));
    const position = new Map([...labelOf].map(([t, l]) => [t, index.get(l)!]));
    const strata = new Int32Array(n);
    for (let i = 0; i < n; i++) strata[i] = position.get(tuple[i]!)!;
    return { strata, strataLevels };
  }
  const arrays = columns.map((c) => table.array(c) as readonly unknown[]);
  const labels = Array.from({ length: n }, (_, i) =>
    arrays
      .map((a, k) => {
        const v = a[i];
        if (typeof v !== "string" && !(typeof v === "number" && Number.isFinite(v)))
          throw new StatsError("bad_stratum", { column: columns[k]!, row: i + 1, value: String(v) });
        return String(v);
      })
      .join(" × "),
  );
  const strataLevels = [...new Set(labels)].sort();
  const index = new Map(strataLevels.map((l, k) => [l, k]));
  return { strata: Int32Array.from(labels, (l) => index.get(l)!), strataLevels };
}

/** Number of rows of each stratum (key 0 when unstratified). */
export function stratumCounts(strata: Int32Array | null, n: number): Map<number, number> {
  const counts = new Map<number, number>();
  if (!strata) return counts.set(0, n);
  for (const h of strata) counts.set(h, (counts.get(h) ?? 0) + 1);
  return counts;
}
