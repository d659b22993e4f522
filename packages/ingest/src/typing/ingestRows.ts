import {
  canonicalColumns,
  evaluateCondition,
  type Instrument,
  indicatorColumn,
  isChoiceKind,
  isNumericKind,
  otherTextColumn,
  type Question,
} from "@monitoring-social/questionnaire";
import { type ColumnTable, table } from "arquero";
import type { ColumnBinding } from "../mapping/columnBinding.ts";
import type { IngestMessageCode } from "../messages/index.ts";
import type { RowSource } from "../read/rowSource.ts";
import { type Problem, SEVERITY_OF } from "../validate/problem.ts";
import {
  type ChoiceResolver,
  choiceResolver,
  type DecimalSeparator,
  parseDate,
  parseIndicator,
  parseNumber,
  splitMultiple,
} from "./parseValues.ts";

type Value = string | number | boolean | null;

/** A row that was not accepted, with its raw cells and the reasons. */
export interface RejectedRow {
  /** Row number as a spreadsheet shows it. */
  readonly row: number;
  /** Raw cells as in the file. */
  readonly cells: readonly string[];
  /** Codes of the errors that rejected it. */
  readonly reasons: readonly Problem[];
}

/** Result of {@link ingestRows}. */
export interface IngestResult {
  /** Accepted rows in canonical columns. */
  readonly table: ColumnTable;
  /** Every problem found, in file order. */
  readonly problems: readonly Problem[];
  /** Rejected rows with their reasons. */
  readonly rejected: readonly RejectedRow[];
  /** Data rows read (blank lines excluded). */
  readonly rowsRead: number;
  /** Blank lines skipped. */
  readonly blankLines: number;
}

/** Options of {@link ingestRows}. */
export interface IngestRowsOptions {
  /** File name used in messages. */
  readonly file: string;
  /** Decimal separator of numbers. Default: `","` when the file uses `;`, else `"."` (decided by the caller). */
  readonly decimal: DecimalSeparator;
  /** Value of the `vague` column when the file has none. */
  readonly vague: string;
  /** Value of the `commune` column when the file has none. */
  readonly commune: string;
  /** Prefix of ids given to rows without one. Default: `"ligne-"`. */
  readonly idPrefix?: string;
  /** Encoding name, to explain mojibake. */
  readonly encoding: string;
  /**
   * Whether an unknown answer to a question with an "other" choice is that other text written in
   * place of the choice (Google Forms does this). Default: `false` (an unknown answer is reported).
   */
  readonly otherInPlace?: boolean;
}

const MOJIBAKE = /Ã[\u0080-\u00bf]|â€|Ã©|Ã¨|Ã /;

function rangeOf(q: Question): { min: number; max: number } {
  return {
    min: q.range?.min ?? (q.kind === "percent" ? 0 : Number.NEGATIVE_INFINITY),
    max: q.range?.max ?? (q.kind === "percent" ? 100 : Number.POSITIVE_INFINITY),
  };
}

/**
 * Types and validates the rows of a source into canonical columns, by the instrument, in one pass:
 * codes or labels to codes, numbers with decimal comma, dates, multiple-choice indicators or lists,
 * "other" texts; then skip logic, required answers and duplicates. Every row ends up accepted or
 * rejected: `table.numRows() + rejected.length === rowsRead`.
 *
 * Columnar: values go straight into one array per canonical column; no object is kept per row.
 */
export function ingestRows(
  source: RowSource,
  bindings: readonly ColumnBinding[],
  instrument: Instrument,
  options: IngestRowsOptions,
): IngestResult {
  const { file, decimal } = options;
  const idPrefix = options.idPrefix ?? "ligne-";
  const header = source.header;
  const columns = canonicalColumns(instrument);
  const out = new Map<string, Value[]>(columns.map((c) => [c.name, []]));
  const problems: Problem[] = [];
  const rejected: RejectedRow[] = [];
  const questions = new Map(instrument.questions.map((q) => [q.id, q]));
  const resolvers = new Map<string, ChoiceResolver>();
  for (const q of instrument.questions) if (isChoiceKind(q.kind)) resolvers.set(q.id, choiceResolver(instrument, q));
  const idIndex = bindings.findIndex((b) => b.kind === "id");
  const mojibakeReported = new Set<number>();
  const seenIds = new Map<string, { row: number; key: string }>();
  const seenResponses = new Map<string, number>();
  const metadata = new Set(bindings.flatMap((b, i) => (b.kind === "metadata" || b.kind === "id" ? [i] : [])));
  const multipleQuestions = instrument.questions.filter((q) => q.kind === "multiple");
  let rowsRead = 0;

  const problem = (
    code: IngestMessageCode,
    row: number | null,
    column: string | null,
    value: string | null,
    question: string | null,
    params: Record<string, string | number> = {},
  ): Problem => ({ code, severity: SEVERITY_OF[code] ?? "warning", file, row, column, value, question, params });

  bindings.forEach((b, i) => {
    if (b.kind === "unmatched") {
      problems.push(
        problem("unmatched_column", null, header[i] ?? "", null, null, b.suggestion ? { target: b.suggestion } : {}),
      );
    }
  });

  source.each((cells, rowNumber) => {
    rowsRead++;
    const rowProblems: Problem[] = [];
    const extra = cells.slice(header.length);
    if (cells.length < header.length || extra.some((c) => c.trim() !== "")) {
      const p = problem("ragged_row", rowNumber, null, null, null, { found: cells.length, expected: header.length });
      problems.push(p);
      rejected.push({ row: rowNumber, cells, reasons: [p] });
      return;
    }
    const row: Record<string, Value> = {};
    const rawOf: Record<string, { column: string; value: string }> = {};
    const otherPieces: Record<string, string[]> = {};
    const listed = new Set<string>();

    bindings.forEach((b, i) => {
      const raw = cells[i] ?? "";
      const column = header[i] ?? "";
      if (raw !== "" && !mojibakeReported.has(i) && MOJIBAKE.test(raw)) {
        mojibakeReported.add(i);
        rowProblems.push(
          problem("mojibake", rowNumber, column, raw.slice(0, 60), null, { encoding: options.encoding }),
        );
      }
      if (b.kind === "key") {
        if (raw.trim() !== "") row[b.key] = raw.trim();
        return;
      }
      if (b.kind === "otherText") {
        const t = raw.trim();
        if (t !== "") {
          row[otherTextColumn(b.question)] = t;
          rawOf[otherTextColumn(b.question)] = { column, value: raw };
        }
        return;
      }
      if (b.kind === "indicator") {
        const v = parseIndicator(raw);
        const name = indicatorColumn(b.question, b.choice);
        if (v === undefined) {
          rowProblems.push(problem("unknown_choice", rowNumber, column, raw, b.question));
          return;
        }
        if (v !== null) {
          row[name] = v;
          rawOf[b.question] ??= { column, value: raw };
        }
        return;
      }
      if (b.kind !== "answer") return;
      const q = questions.get(b.question)!;
      if (raw.trim() === "") return;
      rawOf[q.id] = { column, value: raw };
      if (q.kind === "multiple") {
        const resolver = resolvers.get(q.id)!;
        const { codes, rest } = splitMultiple(raw, resolver);
        listed.add(q.id);
        for (const c of codes) row[indicatorColumn(q.id, c)] = true;
        if (rest.length > 0) {
          if (resolver.other && options.otherInPlace) {
            row[indicatorColumn(q.id, resolver.other.code)] = true;
            otherPieces[q.id] = [...(otherPieces[q.id] ?? []), ...rest];
          } else {
            for (const r of rest) rowProblems.push(problem("unknown_choice", rowNumber, column, r, q.id));
          }
        }
        return;
      }
      if (isChoiceKind(q.kind)) {
        const resolver = resolvers.get(q.id)!;
        const code = resolver.resolve(raw);
        if (code !== undefined) row[q.id] = code;
        else if (resolver.other && q.kind === "single" && options.otherInPlace) {
          // Google Forms writes the "other" text in place of the choice.
          row[q.id] = resolver.other.code;
          otherPieces[q.id] = [...(otherPieces[q.id] ?? []), raw.trim()];
        } else rowProblems.push(problem("unknown_choice", rowNumber, column, raw, q.id));
        return;
      }
      if (isNumericKind(q.kind)) {
        const v = parseNumber(raw, decimal);
        if (v === undefined) {
          rowProblems.push(problem("not_a_number", rowNumber, column, raw, q.id));
          return;
        }
        const { min, max } = rangeOf(q);
        if (v !== null && (v < min || v > max || (q.kind === "integer" && !Number.isInteger(v)))) {
          const range = `${Number.isFinite(min) ? min : "…"}–${Number.isFinite(max) ? max : "…"}`.replaceAll(".", ",");
          rowProblems.push(problem("out_of_range", rowNumber, column, raw, q.id, { range }));
          return;
        }
        row[q.id] = v;
        return;
      }
      if (q.kind === "date") {
        const v = parseDate(raw);
        if (v === undefined) rowProblems.push(problem("invalid_date", rowNumber, column, raw, q.id));
        else row[q.id] = v;
        return;
      }
      row[q.id] = raw.trim();
    });

    for (const [qid, pieces] of Object.entries(otherPieces)) {
      const name = otherTextColumn(qid);
      row[name] = [row[name], ...pieces].filter((x) => typeof x === "string" && x !== "").join(" ; ");
    }
    // Multiple choice: once any choice is known, the others are false; all blank → not answered (null).
    for (const q of multipleQuestions) {
      const resolver = resolvers.get(q.id)!;
      const names = resolver.choices.map((c) => indicatorColumn(q.id, c.code));
      const answered = listed.has(q.id) || names.some((n) => row[n] !== undefined);
      if (answered) for (const n of names) row[n] ??= false;
    }
    // Skip logic and required answers, in question order.
    for (const q of instrument.questions) {
      const names = columns.filter((c) => c.question === q.id).map((c) => c.name);
      const asked = !q.relevant || evaluateCondition(q.relevant, row);
      const answered = names.some((n) => row[n] !== undefined && row[n] !== null);
      if (!asked && answered) {
        const raw = rawOf[q.id] ?? { column: q.id, value: "" };
        rowProblems.push(problem("not_asked", rowNumber, raw.column, raw.value, q.id));
        for (const n of names) delete row[n];
      } else if (asked && q.required && !answered) {
        rowProblems.push(problem("required_missing", rowNumber, null, null, q.id));
      }
    }
    // Identity and duplicates.
    let id = idIndex >= 0 ? (cells[idIndex] ?? "").trim() : "";
    if (id === "") {
      id = `${idPrefix}${rowNumber}`;
      if (idIndex >= 0) rowProblems.push(problem("missing_id", rowNumber, header[idIndex] ?? "id", id, null));
    }
    const key = JSON.stringify(cells.filter((_, i) => !metadata.has(i)));
    const firstSame = seenResponses.get(key);
    const firstId = seenIds.get(id);
    let reason: Problem | undefined;
    if (firstSame !== undefined)
      reason = problem("duplicate_response", rowNumber, null, null, null, { first: firstSame });
    else if (firstId !== undefined)
      reason = problem("duplicate_id", rowNumber, header[idIndex] ?? "id", id, null, { first: firstId.row });
    problems.push(...rowProblems);
    if (reason) {
      problems.push(reason);
      rejected.push({ row: rowNumber, cells, reasons: [reason] });
      return;
    }
    seenResponses.set(key, rowNumber);
    seenIds.set(id, { row: rowNumber, key });
    row.id = id;
    row.vague ??= options.vague;
    row.commune ??= options.commune;
    for (const c of columns) out.get(c.name)!.push(row[c.name] ?? null);
  });

  return {
    table: table(Object.fromEntries(out)),
    problems,
    rejected,
    rowsRead,
    blankLines: source.blankLines(),
  };
}
