import { indicatorColumn, otherTextColumn } from "@monitoring-social/questionnaire";
import type { ColumnBinding } from "../mapping/columnBinding.ts";
import { columnLetter } from "../read/columnLetter.ts";
import { type RawColumns, rawCell } from "../typing/rawColumns.ts";
import { type Problem, SEVERITY_OF } from "./problem.ts";

/** The canonical column a binding feeds, or `null` for one that feeds nothing (metadata, unmatched). */
function target(b: ColumnBinding): string | null {
  switch (b.kind) {
    case "id":
      return "id";
    case "key":
      return b.key;
    case "answer":
      return b.question;
    case "indicator":
      return indicatorColumn(b.question, b.choice);
    case "otherText":
      return otherTextColumn(b.question);
    default:
      return null;
  }
}

/**
 * Finds columns that feed the same answer (two headers `A1`, or `A1` and the label of A1): the
 * first is read, every later one is ignored — never silently: each is reported with the number of
 * rows where it holds something else than the first (and the first such row).
 * @returns the bindings to read with (a later duplicate becomes `metadata`: read by nobody) and one
 * problem per ignored column (`duplicate_column`, or `duplicate_column_same` when nothing differs).
 * @example duplicateColumns(["id", "A1", "A1"], bindings, raw, "f.csv").problems[0].code // => "duplicate_column"
 */
export function duplicateColumns(
  header: readonly string[],
  bindings: readonly ColumnBinding[],
  raw: RawColumns,
  file: string,
): { bindings: ColumnBinding[]; problems: Problem[] } {
  const firstOf = new Map<string, number>();
  const out = [...bindings];
  const problems: Problem[] = [];
  bindings.forEach((b, i) => {
    const t = target(b);
    if (t === null) return;
    const first = firstOf.get(t);
    if (first === undefined) {
      firstOf.set(t, i);
      return;
    }
    out[i] = { kind: "metadata" };
    let differing = 0;
    let firstRow = 0;
    const a = raw.columns[first]!;
    const c = raw.columns[i]!;
    for (let r = 0; r < raw.rowCount; r++) {
      if (raw.malformed.has(r)) continue;
      const other = rawCell(c, r).trim();
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
      params: { letter: columnLetter(first), other: columnLetter(i), target: t, differing, first: firstRow },
    });
  });
  return { bindings: out, problems };
}
