import {
  canonicalColumns,
  conditionQuestions,
  type Instrument,
  indicatorColumn,
  isChoiceKind,
  otherTextColumn,
} from "@monitoring-social/questionnaire";
import { table } from "arquero";
import type { ColumnBinding } from "../mapping/columnBinding.ts";
import type { IngestMessageCode } from "../messages/index.ts";
import { columnLetter } from "../read/columnLetter.ts";
import type { RowNote } from "../read/rowNote.ts";
import { type Problem, SEVERITY_OF } from "../validate/problem.ts";
import { BooleanStore, NumberStore, StringStore, storeFor, writeColumn } from "./canonicalStores.ts";
import { type CellOutcome, type CellWarning, cellTyper, NO_PARAMS, type Written } from "./cellTyper.ts";
import { type ColumnView, conditionMask } from "./conditionMask.ts";
import { count, hotRows, IdIndex, ResponseIndex, rowHashes } from "./duplicateIndex.ts";
import type { IngestResult, IngestRowsOptions, RejectedRow } from "./ingestRows.ts";
import { type ChoiceResolver, choiceResolver } from "./parseValues.ts";
import { type RawColumns, type RowHashing, rawCell, rawRow, stringHash } from "./rawColumns.ts";

const MOJIBAKE = /Ã[\u0080-\u00bf]|â€|Ã©|Ã¨|Ã /;

/** Mojibake (UTF-8 read as Windows-1252): the regular expression only runs on cells with Ã or â. */
function isMojibake(raw: string): boolean {
  if (raw.length < 2) return false;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 0xc3 || c === 0xe2) return MOJIBAKE.test(raw);
  }
  return false;
}

/**
 * What the reader should hash for {@link ingestColumns}, by the bindings: a row hash over the
 * answer cells (every column but metadata and the id) and the id cell.
 */
export function rowHashing(bindings: readonly ColumnBinding[]): Required<RowHashing> {
  return {
    rowHashColumns: bindings.flatMap((b, i) => (b.kind === "metadata" || b.kind === "id" ? [] : [i])),
    cellHashColumn: bindings.findIndex((b) => b.kind === "id"),
  };
}

/**
 * {@link ingestRows} on rows already read into raw columns (see `readCsvColumns`): the work itself.
 * Internal to ingest.
 */
export function ingestColumns(
  raw: RawColumns,
  header: readonly string[],
  bindings: readonly ColumnBinding[],
  instrument: Instrument,
  options: IngestRowsOptions,
): IngestResult {
  const { file } = options;
  const idPrefix = options.idPrefix ?? "ligne-";
  const n = raw.rowCount;
  const columns = canonicalColumns(instrument);
  const colIndex = new Map(columns.map((c, i) => [c.name, i]));
  const col = (name: string): number => colIndex.get(name) ?? -1;
  const stores = columns.map((c) => storeFor(c, n));
  const questions = instrument.questions;
  const qIndex = new Map(questions.map((q, i) => [q.id, i]));
  const resolvers = new Map<string, ChoiceResolver>();
  for (const q of questions) if (isChoiceKind(q.kind)) resolvers.set(q.id, choiceResolver(instrument, q));
  const problems: Problem[] = [];
  const rejected: RejectedRow[] = [];

  const problem = (
    code: IngestMessageCode,
    row: number | null,
    column: string | null,
    value: string | null,
    question: string | null,
    params: Readonly<Record<string, string | number>> = NO_PARAMS,
  ): Problem => ({ code, severity: SEVERITY_OF[code] ?? "warning", file, row, column, value, question, params });

  bindings.forEach((b, i) => {
    if (b.kind === "unmatched") {
      problems.push(
        problem("unmatched_column", null, header[i] ?? "", null, null, b.suggestion ? { target: b.suggestion } : {}),
      );
    }
  });

  // ---- 1. Column by column: type each distinct raw string once, write the canonical columns.
  const cellFlag = new Uint8Array(n); // the row has a cell problem (mojibake or warning)
  const mojibakeRow = new Int32Array(bindings.length).fill(-1); // first row with mojibake, per column
  const listed = new Map<number, Uint8Array>(); // question → rows whose list cell was read
  const pieces = new Map<number, Map<number, string[]>>(); // question → row → "other" texts
  const outcomesOf: (CellOutcome[] | null)[] = []; // dictionary columns: outcome per code
  const plainWarnings: (Map<number, readonly CellWarning[]> | null)[] = []; // plain columns: warnings per row
  const typers = bindings.map((b) => cellTyper(b, instrument, col, resolvers, options));
  const questionOf = bindings.map((b) =>
    b.kind === "answer" || b.kind === "indicator" || b.kind === "otherText" ? qIndex.get(b.question)! : -1,
  );

  for (let bi = 0; bi < bindings.length; bi++) {
    const rc = raw.columns[bi]!;
    // Mojibake: reported once per column, at the first row (not ragged) that shows it. Mojibake is
    // not ASCII: nothing to look at before the column's first non-ASCII cell.
    if (rc.firstNonAscii < 0) {
      // an ASCII column
    } else if (rc.codes !== null) {
      const bad = rc.values.map(isMojibake);
      if (bad.some(Boolean)) {
        for (let r = rc.firstNonAscii; r < n; r++) {
          if (bad[rc.codes[r]!] && !raw.malformed.has(r)) {
            mojibakeRow[bi] = r;
            break;
          }
        }
      }
    } else {
      for (let r = rc.firstNonAscii; r < n; r++) {
        if (isMojibake(rc.values[r]!) && !raw.malformed.has(r)) {
          mojibakeRow[bi] = r;
          break;
        }
      }
    }
    if (mojibakeRow[bi]! >= 0) cellFlag[mojibakeRow[bi]!] = 1;

    const typer = typers[bi];
    outcomesOf.push(null);
    plainWarnings.push(null);
    if (!typer) continue;
    const qi = questionOf[bi]!;
    const addPieces = (r: number, more: readonly string[]) => {
      let byRow = pieces.get(qi);
      if (!byRow) {
        byRow = new Map();
        pieces.set(qi, byRow);
      }
      const have = byRow.get(r);
      if (have) have.push(...more);
      else byRow.set(r, [...more]);
    };
    const markListed = (r: number) => {
      let rows = listed.get(qi);
      if (!rows) {
        rows = new Uint8Array(n);
        listed.set(qi, rows);
      }
      rows[r] = 1;
    };

    if (rc.codes !== null) {
      const codes = rc.codes;
      const outcomes = rc.values.map(typer);
      outcomesOf[bi] = outcomes;
      // Canonical column → value per code, in first-write order (a later write of the same cell wins).
      const targets = new Map<number, { byCode: Written[]; has: boolean[] }>();
      outcomes.forEach((o, k) => {
        for (const [at, v] of o.writes) {
          let t = targets.get(at);
          if (!t) {
            t = {
              byCode: new Array<Written>(outcomes.length).fill(0),
              has: new Array<boolean>(outcomes.length).fill(false),
            };
            targets.set(at, t);
          }
          t.byCode[k] = v;
          t.has[k] = true;
        }
      });
      for (const [at, t] of targets) writeColumn(stores[at]!, codes, t.byCode, t.has);
      const warned = outcomes.map((o) => o.warnings.length > 0);
      const lists = outcomes.map((o) => o.listed);
      const withPieces = outcomes.map((o) => o.pieces !== null);
      const anyWarned = warned.some(Boolean);
      const anyListed = lists.some(Boolean);
      const anyPieces = withPieces.some(Boolean);
      if (anyWarned || anyListed || anyPieces) {
        for (let r = 0; r < n; r++) {
          const k = codes[r]!;
          if (warned[k]) cellFlag[r] = 1;
          if (lists[k]) markListed(r);
          if (withPieces[k]) addPieces(r, outcomes[k]!.pieces!);
        }
      }
    } else {
      const warnings = new Map<number, readonly CellWarning[]>();
      plainWarnings[bi] = warnings;
      for (let r = 0; r < n; r++) {
        const o = typer(rc.values[r]!);
        for (const [at, v] of o.writes) stores[at]!.set(r, v);
        if (o.warnings.length > 0) {
          warnings.set(r, o.warnings);
          cellFlag[r] = 1;
        }
        if (o.listed) markListed(r);
        if (o.pieces) addPieces(r, o.pieces);
      }
    }
  }

  // ---- 2. Whole-row rules that need every column, still column by column.
  // "Other" texts written in place of a choice join the `__autre_texte` column.
  for (const [qi, byRow] of pieces) {
    const at = col(otherTextColumn(questions[qi]!.id));
    if (at < 0) continue;
    const store = stores[at]!;
    for (const [r, more] of byRow) {
      const given = store.get(r);
      store.set(r, [typeof given === "string" ? given : "", ...more].filter((x) => x !== "").join(" ; "));
    }
  }
  // Multiple choice: once any choice is known, the others are false; all blank → not answered (null).
  for (const [qi, q] of questions.entries()) {
    if (q.kind !== "multiple") continue;
    const indicators = resolvers
      .get(q.id)!
      .choices.map((c) => stores[col(indicatorColumn(q.id, c.code))] as BooleanStore);
    const given = indicators.flatMap((s) => (s.values ? [s.values] : []));
    const rows = listed.get(qi);
    if (given.length === 0 && !rows) continue;
    // Every choice already known on every row (a 0/1 column per choice, none blank): nothing to fill.
    if (given.length === indicators.length && given.every((v) => v.indexOf(0) < 0)) continue;
    const answered = rows ? rows.slice() : new Uint8Array(n);
    for (const v of given) for (let r = 0; r < n; r++) answered[r] = answered[r]! | v[r]!;
    for (const s of indicators) {
      const v = s.alloc();
      for (let r = 0; r < n; r++) if (answered[r] !== 0 && v[r] === 0) v[r] = 1;
    }
  }

  // ---- 3. Skip logic and required answers, question by question, in question order: a question
  // not asked loses its answers before any later condition reads them, as row by row. Each question
  // keeps the rows of its problems (`not_asked` = 1, `required_missing` = 2) for step 4.
  const view = (name: string): ColumnView | undefined => {
    const store = stores[col(name)];
    if (store instanceof StringStore)
      return store.codes ? { type: "string", codes: store.codes, dict: store.dict } : undefined;
    if (store instanceof NumberStore) return store.values ? { type: "number", values: store.values } : undefined;
    if (store instanceof BooleanStore) return store.values ? { type: "boolean", values: store.values } : undefined;
    return undefined;
  };
  const ragged = new Uint8Array(n);
  for (const r of raw.malformed.keys()) ragged[r] = 1;
  // A question with no column in the file cannot be checked, nor can the skip logic that reads it:
  // one problem says so (with the answers that could not be checked), instead of one per row.
  const present = new Set(questionOf.flatMap((qi) => (qi >= 0 ? [questions[qi]!.id] : [])));
  const unchecked = new Map<string, { dependents: string[]; answers: number }>();
  for (const q of questions) if (!present.has(q.id)) unchecked.set(q.id, { dependents: [], answers: 0 });
  const plan = questions.flatMap((q, qi) => {
    if (!q.relevant && !q.required) return [];
    if (!present.has(q.id)) return [];
    const missingInputs = q.relevant ? conditionQuestions(q.relevant).filter((id) => !present.has(id)) : [];
    const own = columns.flatMap((c, i) => (c.question === q.id ? [stores[i]!] : []));
    const strings = own.flatMap((s) => (s instanceof StringStore && s.codes ? [s.codes] : []));
    const numbers = own.flatMap((s) => (s instanceof NumberStore && s.values ? [s.values] : []));
    const booleans = own.flatMap((s) => (s instanceof BooleanStore && s.values ? [s.values] : []));
    const answered = new Uint8Array(n);
    for (const a of strings) for (let r = 0; r < n; r++) if (a[r]! >= 0) answered[r] = 1;
    for (const a of numbers) for (let r = 0; r < n; r++) if (!Number.isNaN(a[r]!)) answered[r] = 1;
    for (const a of booleans) for (let r = 0; r < n; r++) if (a[r] !== 0) answered[r] = 1;
    if (missingInputs.length > 0) {
      let count = 0;
      for (let r = 0; r < n; r++) if (answered[r] && !ragged[r]) count++;
      for (const id of missingInputs) {
        const u = unchecked.get(id)!;
        u.dependents.push(q.id);
        u.answers += count;
      }
      return [];
    }
    const asked = q.relevant ? conditionMask(q.relevant, instrument, view, n) : null;
    const events = new Uint8Array(n); // 1 = not_asked, 2 = required_missing
    for (let r = 0; r < n; r++) {
      if (ragged[r]) continue;
      const isAsked = asked === null || asked[r] === 1;
      if (!isAsked && answered[r]) {
        events[r] = 1;
        for (const a of strings) a[r] = -1;
        for (const a of numbers) a[r] = Number.NaN;
        for (const a of booleans) a[r] = 0;
      } else if (isAsked && q.required && !answered[r]) {
        events[r] = 2;
      }
    }
    return [{ q, events, sources: bindings.flatMap((_, bi) => (questionOf[bi] === qi ? [bi] : [])) }];
  });
  for (const [id, u] of unchecked) {
    const q = questions.find((x) => x.id === id)!;
    // An optional question nobody depends on is only listed in the report's column table.
    if (!q.required && u.dependents.length === 0) continue;
    problems.push(
      problem("missing_column", null, null, null, id, {
        dependents: u.dependents.join(", "),
        answers: u.answers,
        required: q.required ? 1 : 0,
      }),
    );
  }
  /** Whether a column's cell at a row holds an answer to its question. */
  const seenAt = (bi: number, r: number): boolean => {
    const outcomes = outcomesOf[bi];
    const rc = raw.columns[bi]!;
    return outcomes ? outcomes[rc.codes![r]!]!.seen : typers[bi]!(rc.values[r]!).seen;
  };
  const warningsAt = (bi: number, r: number): readonly CellWarning[] | undefined => {
    const outcomes = outcomesOf[bi];
    if (outcomes) return outcomes[raw.columns[bi]!.codes![r]!]!.warnings;
    return plainWarnings[bi]?.get(r);
  };

  // ---- 4. Row by row, light: ids and duplicates, and every problem in file order.
  const { cellHashColumn: idIndex, rowHashColumns: keyColumns } = rowHashing(bindings);
  // Ids: the cell trimmed, or one made from the row number; hashed (the reader hashed the cells).
  const idOf = new Array<string>(n);
  const idHashes = new Int32Array(n);
  const madeId = new Uint8Array(n);
  const idColumn = idIndex >= 0 ? raw.columns[idIndex]! : null;
  const cellHashes = raw.cellHashColumn === idIndex ? raw.cellHashes : null;
  for (let r = 0; r < n; r++) {
    const cell = idColumn ? rawCell(idColumn, r) : "";
    // trim() is a no-op when the cell starts and ends with printable ASCII (no kind of space).
    const first = cell.charCodeAt(0);
    const last = cell.charCodeAt(cell.length - 1);
    let id = first > 32 && first < 127 && last > 32 && last < 127 ? cell : cell.trim();
    if (id === "") {
      id = `${idPrefix}${raw.rowNumbers[r]!}`;
      madeId[r] = 1;
    }
    idOf[r] = id;
    idHashes[r] = cellHashes && id === cell ? cellHashes[r]! : stringHash(id);
  }
  const sameRowHashing =
    raw.rowHashColumns.length === keyColumns.length && raw.rowHashColumns.every((c, i) => c === keyColumns[i]);
  const responseHashes = sameRowHashing ? raw.rowHashes : rowHashes(raw, keyColumns);
  // Only rows whose hash shares a slot with another row's can be duplicates: the others skip the index.
  const responseHot = hotRows(responseHashes);
  const idHot = hotRows(idHashes);
  const responses = new ResponseIndex(
    responseHashes,
    keyColumns.map((i) => raw.columns[i]!),
    count(responseHot),
  );
  const ids = new Array<string>(n); // of kept rows
  const keptRows = new Int32Array(n); // kept position → row index
  const seenIds = new IdIndex(ids, count(idHot));
  let accepted = 0;
  const anyMalformed = raw.malformed.size > 0;
  const anyNotes = raw.notes.size > 0;
  /** The problem of a reader's note: a malformed row's reason, or a row spanning several lines. */
  const noteProblem = (note: RowNote, row: number): Problem =>
    problem(note.code, row, note.column < 0 ? null : (header[note.column] ?? columnLetter(note.column)), null, null, {
      ...note.params,
      line: note.line,
      lastLine: note.lastLine,
    });

  // Problems go straight into the list, in file order: the cells', then the questions', then the
  // id's, and last the reason a row is rejected.
  for (let r = 0; r < n; r++) {
    const row = raw.rowNumbers[r]!;
    const note = anyNotes ? raw.notes.get(r) : undefined;
    const malformedCells = anyMalformed ? raw.malformed.get(r) : undefined;
    if (malformedCells) {
      const p = note
        ? noteProblem(note, row)
        : problem("ragged_row", row, null, null, null, { found: malformedCells.length, expected: header.length });
      problems.push(p);
      rejected.push({ row, cells: malformedCells, reasons: [p] });
      continue;
    }
    if (note) problems.push(noteProblem(note, row));
    if (cellFlag[r]) {
      for (let bi = 0; bi < bindings.length; bi++) {
        if (mojibakeRow[bi] === r) {
          const value = rawCell(raw.columns[bi]!, r).slice(0, 60);
          problems.push(problem("mojibake", row, header[bi] ?? "", value, null, { encoding: options.encoding }));
        }
        const warnings = warningsAt(bi, r);
        if (!warnings || warnings.length === 0) continue;
        const qi = questionOf[bi]!;
        const qid = qi >= 0 ? questions[qi]!.id : null;
        for (const w of warnings) problems.push(problem(w.code, row, header[bi] ?? "", w.value, qid, w.params));
      }
    }
    // Skip logic and required answers, in question order.
    for (let pi = 0; pi < plan.length; pi++) {
      const p = plan[pi]!;
      const event = p.events[r];
      if (event === 0) continue;
      const q = p.q;
      if (event === 2) {
        problems.push(problem("required_missing", row, null, null, q.id));
        continue;
      }
      let bi = -1;
      for (let k = 0; k < p.sources.length && bi < 0; k++) if (seenAt(p.sources[k]!, r)) bi = p.sources[k]!;
      const column = bi >= 0 ? (header[bi] ?? q.id) : q.id;
      problems.push(problem("not_asked", row, column, bi >= 0 ? rawCell(raw.columns[bi]!, r) : "", q.id));
    }
    // Identity and duplicates.
    const id = idOf[r]!;
    if (madeId[r] && idIndex >= 0) problems.push(problem("missing_id", row, header[idIndex] ?? "id", id, null));
    // An identical response first; else the same id (only kept rows count: a rejected row's id is free).
    const same = responseHot[r] ? responses.find(r) : -1;
    const idAt = same < 0 && idHot[r] ? seenIds.find(id, idHashes[r]!) : -1;
    let reason: Problem | undefined;
    if (same >= 0) reason = problem("duplicate_response", row, null, null, null, { first: raw.rowNumbers[same]! });
    else if (idAt >= 0) {
      const first = raw.rowNumbers[keptRows[idAt]!]!;
      reason = problem("duplicate_id", row, header[idIndex] ?? "id", id, null, { first });
    }
    if (reason) {
      problems.push(reason);
      rejected.push({ row, cells: rawRow(raw, r), reasons: [reason] });
      continue;
    }
    if (responseHot[r]) responses.add(r, same);
    if (idHot[r]) seenIds.add(idAt, idHashes[r]!, accepted);
    ids[accepted] = id;
    keptRows[accepted] = r;
    accepted++;
  }
  ids.length = accepted;

  // ---- 5. The canonical table: kept rows only; `vague` and `commune` default when not in the file.
  const keep = accepted < n ? keptRows.subarray(0, accepted) : null;
  const fill = (name: string, value: string) => {
    const store = stores[col(name)] as StringStore;
    const code = store.code(value);
    const codes = store.alloc();
    for (let r = 0; r < n; r++) if (codes[r]! < 0) codes[r] = code;
  };
  fill("vague", options.vague);
  fill("commune", options.commune);
  const data: Record<string, unknown> = {};
  columns.forEach((c, i) => {
    data[c.name] = c.name === "id" ? ids : stores[i]!.column(keep, accepted);
  });
  return {
    table: table(data as Parameters<typeof table>[0]),
    problems,
    rejected,
    rowsRead: n,
    blankLines: raw.blankLines,
  };
}
