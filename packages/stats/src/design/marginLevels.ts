import { table as makeTable } from "arquero";
import { readCodes } from "../missing.ts";
import { StatsError } from "../statsError.ts";
import type { CalibrationDomain } from "./margin.ts";
import type { SurveyDesign } from "./surveyDesign.ts";

// Internal helpers of rake, calibrate and postStratify (not exported by the package).

/** Rows a calibration applies to (all when no domain). */
export function domainRows(design: SurveyDesign, domain: CalibrationDomain | undefined): Uint8Array {
  const n = design.table.numRows();
  if (!domain) return new Uint8Array(n).fill(1);
  const codes = readCodes(design, domain.column);
  return Uint8Array.from(codes, (c) => (c === domain.level ? 1 : 0));
}

/**
 * Level index of every row for one margin column: the sorted codes seen in the domain, −1 for a
 * null inside the domain, `codes.length` (one fixed level) for every row outside it.
 */
export function marginLevels(
  design: SurveyDesign,
  column: string,
  inside: Uint8Array,
): { readonly level: Int32Array; readonly codes: readonly string[] } {
  const values = readCodes(design, column);
  const codes = [...new Set(values.filter((v, i): v is string => v !== null && inside[i] === 1))].sort();
  const index = new Map(codes.map((c, k) => [c, k]));
  const level = Int32Array.from(values, (v, i) => (inside[i] ? (v === null ? -1 : index.get(v)!) : codes.length));
  return { level, codes };
}

/** Base weights of a design (1 when unweighted). */
export function baseWeights(design: SurveyDesign): Float64Array {
  return design.weights ? Float64Array.from(design.weights) : new Float64Array(design.table.numRows()).fill(1);
}

/** The design's table with the new weights in `name` (refused if `name` is another existing column). */
export function withWeightColumn(design: SurveyDesign, name: string, weights: Float64Array) {
  if (design.table.columnNames().includes(name) && design.weightColumn !== name)
    throw new StatsError("column_exists", { column: name });
  return design.table.assign(makeTable({ [name]: Array.from(weights) }));
}
