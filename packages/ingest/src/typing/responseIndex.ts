import type { RawColumn, RawColumns } from "./rawColumns.ts";

/*
 * Identical responses: rows compared on their raw answer cells. A hash of each row's dictionary
 * codes finds candidates; equal codes (or equal strings in plain columns) confirm them, so that no
 * two different rows are ever taken for duplicates.
 */

/** A 32-bit hash of each row's cells in some raw columns (equal cells → equal hash). */
export function rowHashes(raw: RawColumns, columns: readonly number[]): Int32Array {
  const h = new Int32Array(raw.rowCount).fill(0x811c9dc5);
  for (const ci of columns) {
    const c = raw.columns[ci]!;
    const salt = Math.imul(ci + 1, 0x9e3779b1);
    if (c.codes !== null) {
      const codes = c.codes;
      for (let r = 0; r < h.length; r++) h[r] = Math.imul(h[r]! ^ (codes[r]! + salt), 0x01000193);
    } else {
      for (let r = 0; r < h.length; r++) {
        const s = c.values[r]!;
        let x = h[r]! ^ salt;
        for (let k = 0; k < s.length; k++) x = Math.imul(x ^ s.charCodeAt(k), 0x01000193);
        h[r] = Math.imul(x ^ 0x1f, 0x01000193);
      }
    }
  }
  return h;
}

function sameCells(columns: readonly RawColumn[], a: number, b: number): boolean {
  for (const c of columns) {
    if (c.codes !== null ? c.codes[a] !== c.codes[b] : c.values[a] !== c.values[b]) return false;
  }
  return true;
}

/** Rows kept so far, found by the hash of their answer cells (open addressing, [hash, row + 1] pairs). */
export class ResponseIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  constructor(
    private readonly hashes: Int32Array,
    private readonly columns: readonly RawColumn[],
  ) {
    let size = 16;
    while (size < hashes.length * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
  }
  /** The first kept row with the same cells as `row`, or -1. */
  find(row: number): number {
    const h = this.hashes[row]!;
    const slots = this.slots;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const s = slots[2 * i + 1]!;
      if (s === 0) return -1;
      if (slots[2 * i] === h && sameCells(this.columns, s - 1, row)) return s - 1;
    }
  }
  /** Remembers a kept row. */
  add(row: number): void {
    const h = this.hashes[row]!;
    const slots = this.slots;
    let i = h & this.mask;
    while (slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
    slots[2 * i] = h;
    slots[2 * i + 1] = row + 1;
  }
}
