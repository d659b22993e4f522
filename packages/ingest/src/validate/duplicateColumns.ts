import type { ColumnBinding } from "../mapping/columnBinding.ts";
import { targetName } from "../mapping/columnIndex.ts";
import type { ColumnRecognition } from "../mapping/recogniseColumns.ts";
import { columnLetter } from "../read/columnLetter.ts";
import { type RawColumns, rawCell } from "../typing/rawColumns.ts";
import { type Problem, SEVERITY_OF } from "./problem.ts";

/**
 * Reports the columns that feed an answer another column already feeds (two headers `A1`, or `A1`
 * and the label of A1; `recogniseColumns` marks the later ones with `duplicateOf`): the first is
 * read, every later one is ignored — never silently: each is reported with the number of rows where
 * it holds something else than the first (and the first such row).
 * @returns the bindings to read with (a later duplicate becomes `metadata`: read by nobody, so it is
 * not also reported as unmatched) and one problem per ignored column (`duplicate_column`, or
 * `duplicate_column_same` when nothing differs).
 * @example duplicateColumns(["id", "A1", "A1"], recognised, raw, "f.csv").problems[0].code // => "duplicate_column"
 */
export function duplicateColumns(
  header: readonly string[],
  columns: readonly ColumnRecognition[],
  raw: RawColumns,
  file: string,
): { bindings: ColumnBinding[]; problems: Problem[] } {
  const out = columns.map((c) => c.binding);
  const problems: Problem[] = [];
  columns.forEach((c, i) => {
    const first = c.duplicateOf;
    if (first === undefined) return;
    out[i] = { kind: "metadata" };
    const b = columns[first]!.binding;
    const target =
      b.kind === "answer" || b.kind === "indicator" || b.kind === "otherText"
        ? targetName(b)
        : b.kind === "id"
          ? "id"
          : (header[first] ?? "");
    let differing = 0;
    let firstRow = 0;
    const a = raw.columns[first]!;
    const d = raw.columns[i]!;
    for (let r = 0; r < raw.rowCount; r++) {
      if (raw.malformed.has(r)) continue;
      const other = rawCell(d, r).trim();
      if (other !== "" && other !== rawCell(a, r).trim()) {
        if (differing === 0) firstRow = raw.rowNumbers[r]!;
        differing++;
      }
    }
    const code = differing > 0 ? "duplicate_column" : "duplicate_column_same";
    problems.push({
      code,
      severity: SEVERITY_OF[code] ?? "warning",
      file,
      row: null,
      column: header[first] ?? "",
      value: null,
      question: "question" in b ? b.question : null,
      params: { letter: columnLetter(first), other: columnLetter(i), target, differing, first: firstRow },
    });
  });
  return { bindings: out, problems };
}
