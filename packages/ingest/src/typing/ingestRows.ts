import {
  canonicalColumns,
  compileCondition,
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

/**
 * A 64-bit fingerprint (two 32-bit FNV-1a hashes) of a row's answer cells, to find identical
 * responses without keeping every row's text in memory. Two different rows share a fingerprint with
 * probability about n² / 2⁶⁵ (3·10⁻⁸ for a million rows).
 */
function responseKey(cells: readonly string[], indices: readonly number[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const i of indices) {
    const s = cells[i] ?? "";
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

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
  const nCols = columns.length;
  const colIndex = new Map(columns.map((c, i) => [c.name, i]));
  const col = (name: string): number => colIndex.get(name) ?? -1;
  const BLOCK = 1 << 14;
  const blocks: Value[][][] = [];
  let accepted = 0;
  const problems: Problem[] = [];
  const rejected: RejectedRow[] = [];
  const questions = instrument.questions;
  const qIndex = new Map(questions.map((q, i) => [q.id, i]));
  const resolvers = new Map<string, ChoiceResolver>();
  for (const q of questions) if (isChoiceKind(q.kind)) resolvers.set(q.id, choiceResolver(instrument, q));
  const idIndex = bindings.findIndex((b) => b.kind === "id");
  const metadata = new Set(bindings.flatMap((b, i) => (b.kind === "metadata" || b.kind === "id" ? [i] : [])));
  const keyIndices = bindings.flatMap((_, i) => (metadata.has(i) ? [] : [i]));
  const mojibakeReported = new Set<number>();
  const seenIds = new Map<string, number>();
  const seenResponses = new Map<string, number>(); // 64-bit fingerprint of the answers → first row

  // Row state, reused from row to row: values by canonical column (undefined = not given).
  const vals: (Value | undefined)[] = new Array(nCols);
  const rawColumnOf = new Int32Array(questions.length); // binding index of a question's first raw cell
  const listed = new Uint8Array(questions.length); // a multiple-choice list cell was read
  const otherPieces: (string[] | null)[] = new Array(questions.length).fill(null);
  let rowProblems: Problem[] = [];
  let rowNumber = 0;

  const problem = (
    code: IngestMessageCode,
    row: number | null,
    column: string | null,
    value: string | null,
    question: string | null,
    params: Record<string, string | number> = {},
  ): Problem => ({ code, severity: SEVERITY_OF[code] ?? "warning", file, row, column, value, question, params });
  const warn = (
    code: IngestMessageCode,
    bi: number,
    raw: string,
    q: Question,
    params?: Record<string, string | number>,
  ) => rowProblems.push(problem(code, rowNumber, header[bi] ?? "", raw, q.id, params));

  bindings.forEach((b, i) => {
    if (b.kind === "unmatched") {
      problems.push(
        problem("unmatched_column", null, header[i] ?? "", null, null, b.suggestion ? { target: b.suggestion } : {}),
      );
    }
  });

  // One handler per column of the file, compiled once: raw cell → canonical values.
  const handlers = bindings.map((b, bi): ((raw: string) => void) | null => {
    switch (b.kind) {
      case "key": {
        const at = col(b.key);
        return (raw) => {
          const t = raw.trim();
          if (t !== "") vals[at] = t;
        };
      }
      case "otherText": {
        const at = col(otherTextColumn(b.question));
        const qi = qIndex.get(b.question)!;
        return (raw) => {
          const t = raw.trim();
          if (t === "") return;
          vals[at] = t;
          if (rawColumnOf[qi]! < 0) rawColumnOf[qi] = bi;
        };
      }
      case "indicator": {
        const at = col(indicatorColumn(b.question, b.choice));
        const q = questions[qIndex.get(b.question)!]!;
        const qi = qIndex.get(b.question)!;
        return (raw) => {
          const v = parseIndicator(raw);
          if (v === undefined) warn("unknown_choice", bi, raw, q);
          else if (v !== null) {
            vals[at] = v;
            if (rawColumnOf[qi]! < 0) rawColumnOf[qi] = bi;
          }
        };
      }
      case "answer":
        break;
      default:
        return null;
    }
    const qi = qIndex.get(b.question)!;
    const q = questions[qi]!;
    const at = col(q.id);
    const seen = (raw: string): boolean => {
      if (raw.trim() === "") return false;
      if (rawColumnOf[qi]! < 0) rawColumnOf[qi] = bi;
      return true;
    };
    if (q.kind === "multiple") {
      const resolver = resolvers.get(q.id)!;
      const otherAt = resolver.other ? col(indicatorColumn(q.id, resolver.other.code)) : -1;
      return (raw) => {
        if (!seen(raw)) return;
        const { codes, rest } = splitMultiple(raw, resolver);
        listed[qi] = 1;
        for (const c of codes) vals[col(indicatorColumn(q.id, c))] = true;
        if (rest.length === 0) return;
        if (otherAt >= 0 && options.otherInPlace) {
          vals[otherAt] = true;
          otherPieces[qi] = [...(otherPieces[qi] ?? []), ...rest];
        } else for (const r of rest) warn("unknown_choice", bi, r, q);
      };
    }
    if (isChoiceKind(q.kind)) {
      const resolver = resolvers.get(q.id)!;
      const otherInPlace = resolver.other !== undefined && q.kind === "single" && options.otherInPlace === true;
      return (raw) => {
        if (!seen(raw)) return;
        const code = resolver.resolve(raw);
        if (code !== undefined) vals[at] = code;
        else if (otherInPlace) {
          // Google Forms writes the "other" text in place of the choice.
          vals[at] = resolver.other!.code;
          otherPieces[qi] = [...(otherPieces[qi] ?? []), raw.trim()];
        } else warn("unknown_choice", bi, raw, q);
      };
    }
    if (isNumericKind(q.kind)) {
      const { min, max } = rangeOf(q);
      const integer = q.kind === "integer";
      const range = `${Number.isFinite(min) ? min : "…"}–${Number.isFinite(max) ? max : "…"}`.replaceAll(".", ",");
      return (raw) => {
        if (!seen(raw)) return;
        const v = parseNumber(raw, decimal);
        if (v === undefined) warn("not_a_number", bi, raw, q);
        else if (v !== null && (v < min || v > max || (integer && !Number.isInteger(v))))
          warn("out_of_range", bi, raw, q, { range });
        else vals[at] = v;
      };
    }
    if (q.kind === "date") {
      return (raw) => {
        if (!seen(raw)) return;
        const v = parseDate(raw);
        if (v === undefined) warn("invalid_date", bi, raw, q);
        else vals[at] = v;
      };
    }
    return (raw) => {
      if (seen(raw)) vals[at] = raw.trim();
    };
  });

  const multiples = questions.flatMap((q, qi) =>
    q.kind === "multiple"
      ? [{ qi, at: resolvers.get(q.id)!.choices.map((c) => col(indicatorColumn(q.id, c.code))) }]
      : [],
  );
  const read = (name: string) => {
    const at = col(name);
    return (row: readonly (Value | undefined)[]) => (at < 0 ? undefined : row[at]);
  };
  const plan = questions.map((q, qi) => ({
    q,
    qi,
    at: columns.flatMap((c, i) => (c.question === q.id ? [i] : [])),
    relevant: q.relevant ? compileCondition(q.relevant, instrument, read) : undefined,
  }));
  const others = questions.flatMap((q, qi) =>
    columns.some((c) => c.name === otherTextColumn(q.id)) ? [{ qi, at: col(otherTextColumn(q.id)) }] : [],
  );
  const idAt = col("id");
  const vagueAt = col("vague");
  const communeAt = col("commune");
  let rowsRead = 0;

  source.each((cells, row) => {
    rowsRead++;
    rowNumber = row;
    rowProblems = [];
    if (cells.length < header.length || cells.slice(header.length).some((c) => c.trim() !== "")) {
      const p = problem("ragged_row", row, null, null, null, { found: cells.length, expected: header.length });
      problems.push(p);
      rejected.push({ row, cells, reasons: [p] });
      return;
    }
    vals.fill(undefined);
    rawColumnOf.fill(-1);
    listed.fill(0);
    for (let i = 0; i < handlers.length; i++) {
      const raw = cells[i] ?? "";
      if (
        raw.length > 1 &&
        (raw.includes("Ã") || raw.includes("â")) &&
        !mojibakeReported.has(i) &&
        MOJIBAKE.test(raw)
      ) {
        mojibakeReported.add(i);
        rowProblems.push(
          problem("mojibake", row, header[i] ?? "", raw.slice(0, 60), null, { encoding: options.encoding }),
        );
      }
      handlers[i]?.(raw);
    }
    for (const { qi, at } of others) {
      const pieces = otherPieces[qi];
      if (!pieces) continue;
      const given = vals[at];
      vals[at] = [typeof given === "string" ? given : "", ...pieces].filter((x) => x !== "").join(" ; ");
      otherPieces[qi] = null;
    }
    // Multiple choice: once any choice is known, the others are false; all blank → not answered (null).
    for (const { qi, at } of multiples) {
      if (listed[qi] || at.some((i) => vals[i] !== undefined)) for (const i of at) vals[i] ??= false;
    }
    // Skip logic and required answers, in question order.
    for (const { q, qi, at, relevant } of plan) {
      const asked = !relevant || relevant(vals);
      const answered = at.some((i) => vals[i] !== undefined && vals[i] !== null);
      if (!asked && answered) {
        const bi = rawColumnOf[qi]!;
        rowProblems.push(
          problem("not_asked", row, bi >= 0 ? (header[bi] ?? q.id) : q.id, bi >= 0 ? (cells[bi] ?? "") : "", q.id),
        );
        for (const i of at) vals[i] = undefined;
      } else if (asked && q.required && !answered) {
        rowProblems.push(problem("required_missing", row, null, null, q.id));
      }
    }
    // Identity and duplicates.
    let id = idIndex >= 0 ? (cells[idIndex] ?? "").trim() : "";
    if (id === "") {
      id = `${idPrefix}${row}`;
      if (idIndex >= 0) rowProblems.push(problem("missing_id", row, header[idIndex] ?? "id", id, null));
    }
    const key = responseKey(cells, keyIndices);
    const firstSame = seenResponses.get(key);
    const firstId = seenIds.get(id);
    let reason: Problem | undefined;
    if (firstSame !== undefined) reason = problem("duplicate_response", row, null, null, null, { first: firstSame });
    else if (firstId !== undefined)
      reason = problem("duplicate_id", row, header[idIndex] ?? "id", id, null, { first: firstId });
    for (const p of rowProblems) problems.push(p);
    if (reason) {
      problems.push(reason);
      rejected.push({ row, cells, reasons: [reason] });
      return;
    }
    seenResponses.set(key, row);
    seenIds.set(id, row);
    vals[idAt] = id;
    vals[vagueAt] ??= options.vague;
    vals[communeAt] ??= options.commune;
    // Values go into preallocated blocks of rows (no array growth per value); joined at the end.
    const offset = accepted & (BLOCK - 1);
    if (offset === 0) blocks.push(columns.map(() => new Array<Value>(BLOCK)));
    const block = blocks[blocks.length - 1]!;
    for (let c = 0; c < nCols; c++) block[c]![offset] = vals[c] ?? null;
    accepted++;
  });

  return {
    table: table(
      Object.fromEntries(
        columns.map((c, i) => {
          const out = new Array<Value>(accepted);
          blocks.forEach((b, k) => {
            const src = b[i]!;
            const base = k * BLOCK;
            const end = Math.min(BLOCK, accepted - base);
            for (let r = 0; r < end; r++) out[base + r] = src[r]!;
          });
          return [c.name, out];
        }),
      ),
    ),
    problems,
    rejected,
    rowsRead,
    blankLines: source.blankLines(),
  };
}
