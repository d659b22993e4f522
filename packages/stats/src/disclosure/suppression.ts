import type { ColumnTable } from "arquero";
import * as aq from "arquero";

/**
 * Which cells of a count table to hide: primary suppression (0 < n < threshold; an empty cell
 * reveals nothing about a person) and secondary suppression, repeated until stable: in any row or
 * column with exactly one hidden cell, the smallest other non-empty cell is hidden too, so that
 * the hidden value cannot be recovered from the published margin.
 * @example secondarySuppression([[2, 10], [8, 9]], 5) // => [[true, true], [true, true]]
 */
export function secondarySuppression(counts: readonly (readonly number[])[], threshold: number): boolean[][] {
  const hidden = counts.map((row) => row.map((v) => v > 0 && v < threshold));
  const lines = (): { cells: [number, number][] }[] => [
    ...counts.map((row, a) => ({ cells: row.map((_, b) => [a, b] as [number, number]) })),
    ...(counts[0] ?? []).map((_, b) => ({ cells: counts.map((_, a) => [a, b] as [number, number]) })),
  ];
  let changed = true;
  while (changed) {
    changed = false;
    for (const { cells } of lines()) {
      const hid = cells.filter(([a, b]) => hidden[a]![b]);
      if (hid.length !== 1) continue;
      const candidates = cells
        .filter(([a, b]) => !hidden[a]![b] && counts[a]![b]! > 0)
        .sort((x, y) => counts[x[0]]![x[1]]! - counts[y[0]]![y[1]]!);
      const pick = candidates[0];
      if (pick) {
        hidden[pick[0]]![pick[1]] = true;
        changed = true;
      }
    }
  }
  return hidden;
}

/**
 * A result table ready to publish: in every row flagged `suppressed`, the figures (`estimate`,
 * `se`, `ci_low`, `ci_high`, percentages, `n_w`, differences) become null, so that no chart or
 * table can show them by mistake. `n` stays, so that "n < 5" can be written. Pure.
 * @example publishable(proportion(design, "A1")).objects().filter((r) => r.suppressed)[0].estimate // => null
 */
export function publishable(result: ColumnTable): ColumnTable {
  const hide = [
    "n_w",
    "estimate",
    "se",
    "ci_low",
    "ci_high",
    "row_pct",
    "col_pct",
    "cell_pct",
    "estimate_a",
    "estimate_b",
    "ci_low_a",
    "ci_high_a",
    "ci_low_b",
    "ci_high_b",
    "difference",
    "diff_ci_low",
    "diff_ci_high",
    "agree",
    "agree_ci_low",
    "agree_ci_high",
    "mean_rank",
    "mean_ci_low",
    "mean_ci_high",
  ].filter((c) => result.columnNames().includes(c));
  if (!result.columnNames().includes("suppressed") || hide.length === 0) return result;
  return result.derive(
    Object.fromEntries(hide.map((c) => [c, aq.escape((d: Record<string, unknown>) => (d.suppressed ? null : d[c]))])),
  );
}
