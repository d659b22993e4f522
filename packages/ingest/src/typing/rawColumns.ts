import type { RowSource } from "../read/rowSource.ts";
import { StringIndex } from "./stringIndex.ts";

/** Per-row indices into a column's distinct strings: one byte while there are at most 256 of them. */
export type RawCodes = Uint8Array | Uint16Array | Int32Array;

/**
 * The raw cells of one file column. A survey column holds few distinct strings (codes, labels,
 * TRUE/FALSE, small numbers), so cells are kept dictionary-encoded: each distinct string once, and
 * one small integer per row. A column of mostly distinct strings (ids, free text) is kept plain.
 */
export interface RawColumn {
  /** Dictionary mode: the distinct strings. Plain mode: one string per row. */
  readonly values: readonly string[];
  /** Dictionary mode: per row, the index of its string in `values`. Plain mode: `null`. */
  readonly codes: RawCodes | null;
}

/** The data rows of a source as raw columns (internal to ingest; built by {@link RawColumnsBuilder}). */
export interface RawColumns {
  /** Data rows read (blank lines excluded), ragged rows included. */
  readonly rowCount: number;
  /** Row number of each data row as a spreadsheet shows it (header = 1). */
  readonly rowNumbers: Int32Array;
  /** One raw column per header column. A ragged row holds `""` in every column. */
  readonly columns: readonly RawColumn[];
  /** Ragged rows (fewer cells than the header, or text beyond it): row index → cells as read. */
  readonly ragged: ReadonlyMap<number, readonly string[]>;
  /** Rows with blank cells beyond the header (kept): row index → every cell as read. */
  readonly wide: ReadonlyMap<number, readonly string[]>;
  /** Blank lines skipped. */
  readonly blankLines: number;
}

/** The raw string of a column at a row. */
export function rawCell(column: RawColumn, row: number): string {
  return column.codes === null ? column.values[row]! : column.values[column.codes[row]!]!;
}

/** Every cell of a row as read (for the rejected-rows file). */
export function rawRow(raw: RawColumns, row: number): readonly string[] {
  return raw.ragged.get(row) ?? raw.wide.get(row) ?? raw.columns.map((c) => rawCell(c, row));
}

/**
 * Builds raw columns row by row. Everything here refers only to this class and
 * {@link StringIndex}, so that the CSV reader can also run it on a worker thread.
 */
export class RawColumnsBuilder {
  /** Switch a column to plain mode once it holds this many distinct strings and more than half its rows. */
  static readonly PLAIN_AFTER = 4096;

  private n = 0;
  private capacity = 1024;
  private rowNumbers = new Int32Array(1024);
  private readonly indexes: (StringIndex | null)[];
  private readonly codes: (RawCodes | null)[];
  private readonly plain: (string[] | null)[];
  private readonly ragged = new Map<number, readonly string[]>();
  private readonly wide = new Map<number, readonly string[]>();
  private blank = 0;

  constructor(private readonly width: number) {
    this.indexes = Array.from({ length: width }, () => new StringIndex());
    this.codes = Array.from({ length: width }, () => new Uint8Array(1024));
    this.plain = Array.from({ length: width }, () => null);
  }

  /** Adds a data row: its cells as read and its row number (header = 1). */
  row(cells: readonly string[], rowNumber: number): void {
    const n = this.n;
    if (n === this.capacity) this.grow();
    this.rowNumbers[n] = rowNumber;
    const width = this.width;
    let isRagged = cells.length < width;
    if (cells.length > width) {
      for (let i = width; i < cells.length && !isRagged; i++) if (cells[i]!.trim() !== "") isRagged = true;
      if (!isRagged) this.wide.set(n, cells);
    }
    if (isRagged) {
      this.ragged.set(n, cells);
      for (let i = 0; i < width; i++) this.add(i, "", n);
    } else {
      for (let i = 0; i < width; i++) this.add(i, cells[i]!, n);
    }
    this.n = n + 1;
  }

  /** Counts a blank line. */
  blankLine(): void {
    this.blank++;
  }

  private add(i: number, cell: string, at: number): void {
    const index = this.indexes[i];
    if (!index) {
      this.plain[i]!.push(cell);
      return;
    }
    const code = index.add(cell);
    let codes = this.codes[i]!;
    if (code === 256 && codes instanceof Uint8Array) codes = this.widen(i, Uint16Array);
    else if (code === 65536 && codes instanceof Uint16Array) codes = this.widen(i, Int32Array);
    codes[at] = code;
    if (code >= RawColumnsBuilder.PLAIN_AFTER && code * 2 > at) this.toPlain(i, at + 1);
  }

  private widen(i: number, to: Uint16ArrayConstructor | Int32ArrayConstructor): RawCodes {
    const wider = new to(this.capacity);
    wider.set(this.codes[i]!);
    this.codes[i] = wider;
    return wider;
  }

  private toPlain(i: number, rows: number): void {
    const codes = this.codes[i]!;
    const dict = this.indexes[i]!.keys;
    const plain = new Array<string>(rows);
    for (let r = 0; r < rows; r++) plain[r] = dict[codes[r]!]!;
    this.plain[i] = plain;
    this.codes[i] = null;
    this.indexes[i] = null;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const rowNumbers = new Int32Array(capacity);
    rowNumbers.set(this.rowNumbers);
    this.rowNumbers = rowNumbers;
    for (let i = 0; i < this.width; i++) {
      const codes = this.codes[i];
      if (!codes) continue;
      const grown = new (codes.constructor as Int32ArrayConstructor)(capacity);
      grown.set(codes);
      this.codes[i] = grown;
    }
    this.capacity = capacity;
  }

  /** The raw columns of the rows added. */
  done(): RawColumns {
    const n = this.n;
    return {
      rowCount: n,
      rowNumbers: this.rowNumbers.subarray(0, n),
      columns: this.indexes.map((index, i) =>
        index ? { values: index.keys, codes: this.codes[i]!.subarray(0, n) } : { values: this.plain[i]!, codes: null },
      ),
      ragged: this.ragged,
      wide: this.wide,
      blankLines: this.blank,
    };
  }
}

/**
 * Reads every data row of a source once into dictionary-encoded raw columns, and sets ragged rows
 * aside (fewer cells than the header, or non-blank cells beyond it), so that typing and validation
 * can then work column by column.
 * @example encodeRows(readCsv("id;A1\nr1;cpas\nr2;cpas", ";")).columns[1] // => { values: ["cpas"], codes: [0, 0] }
 */
export function encodeRows(source: RowSource): RawColumns {
  const builder = new RawColumnsBuilder(source.header.length);
  source.each((cells, row) => builder.row(cells, row));
  const raw = builder.done();
  return { ...raw, blankLines: source.blankLines() };
}
