import type { ColumnTable } from "arquero";
import { Adder } from "d3-array";
import type { SurveyDesign } from "../design/surveyDesign.ts";
import { secondarySuppression } from "../disclosure/suppression.ts";
import { type MissingOptions, readCodes, weightOf } from "../missing.ts";
import { DEFAULT_THRESHOLD } from "./resultColumns.ts";
import { tidy } from "./tidy.ts";

/** Options of {@link crosstab}. */
export interface CrosstabOptions extends MissingOptions {
  /** Row levels in order. Default: seen, sorted. */
  readonly rowLevels?: readonly string[];
  /** Column levels in order. Default: seen, sorted. */
  readonly colLevels?: readonly string[];
  /** Cells with fewer respondents are suppressed (then secondary suppression). Default: `5`. */
  readonly threshold?: number;
}

/**
 * Crosstab of two code columns: per cell the count `n`, weighted count `n_w` (R
 * `svytable(~row + col, design)`), row %, column % and cell % (weighted by the design's weights,
 * calibrated ones included: R `prop.table(svytable(…), 1 | 2)`), and `suppressed` — primary (n < threshold) and secondary
 * (a second cell of the same row or column when one hidden cell could be recovered from the margin).
 * Rows with a null or missing-flagged code in either variable are left out.
 * @example crosstab(surveyDesign(h), "A1", "vague")
 */
export function crosstab(
  design: SurveyDesign,
  rowVar: string,
  colVar: string,
  options: CrosstabOptions = {},
): ColumnTable {
  const r = readCodes(design, rowVar);
  const c = readCodes(design, colVar);
  const missing = new Set(options.includeMissing ? [] : (options.missingCodes ?? []));
  const ok = (v: string | null): v is string => v !== null && !missing.has(v);
  const rows = options.rowLevels ?? [...new Set(r.filter(ok))].sort();
  const cols = options.colLevels ?? [...new Set(c.filter(ok))].sort();
  const n = rows.map(() => cols.map(() => 0));
  const wSum = rows.map(() => cols.map(() => new Adder()));
  r.forEach((rv, i) => {
    const cv = c[i]!;
    if (!ok(rv) || !ok(cv)) return;
    const a = rows.indexOf(rv);
    const b = cols.indexOf(cv);
    if (a < 0 || b < 0) return;
    n[a]![b]!++;
    wSum[a]![b]!.add(weightOf(design, i));
  });
  const w = wSum.map((r) => r.map((x) => +x));
  const rowW = w.map((x) => x.reduce((s, v) => s + v, 0));
  const colW = cols.map((_, b) => w.reduce((s, x) => s + x[b]!, 0));
  const total = rowW.reduce((s, v) => s + v, 0);
  const hidden = secondarySuppression(n, options.threshold ?? DEFAULT_THRESHOLD);
  const out: Record<string, unknown>[] = [];
  for (const [a, rv] of rows.entries()) {
    for (const [b, cv] of cols.entries()) {
      out.push({
        [rowVar]: rv,
        [colVar]: cv,
        n: n[a]![b]!,
        n_w: w[a]![b]!,
        row_pct: rowW[a]! > 0 ? w[a]![b]! / rowW[a]! : null,
        col_pct: colW[b]! > 0 ? w[a]![b]! / colW[b]! : null,
        cell_pct: total > 0 ? w[a]![b]! / total : null,
        suppressed: hidden[a]![b]!,
      });
    }
  }
  return tidy([rowVar, colVar, "n", "n_w", "row_pct", "col_pct", "cell_pct", "suppressed"], out);
}
