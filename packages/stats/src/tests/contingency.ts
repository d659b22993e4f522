/** A contingency table of counts, rows × columns. */
export type Counts = readonly (readonly number[])[];

/** Drops rows and columns whose total is 0 (they carry no information and break expected counts). */
export function dropEmpty(table: Counts): number[][] {
  const rows = table.filter((r) => r.reduce((a, b) => a + b, 0) > 0);
  const width = rows[0]?.length ?? 0;
  const keep = Array.from({ length: width }, (_, j) => rows.some((r) => (r[j] ?? 0) > 0));
  return rows.map((r) => r.filter((_, j) => keep[j]));
}

/** Expected counts under independence: row total × column total / grand total. */
export function expectedCounts(table: Counts): number[][] {
  const rowTotals = table.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = (table[0] ?? []).map((_, j) => table.reduce((a, r) => a + (r[j] ?? 0), 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  return table.map((_, i) => colTotals.map((c) => (rowTotals[i]! * c) / total));
}
