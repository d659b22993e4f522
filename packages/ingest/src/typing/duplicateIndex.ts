import { type RawColumn, type RawColumns, stringHash } from "./rawColumns.ts";

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
    capacity: number,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
  }
  /** The first kept row with the same cells as `row`, or `-1 - slot` where `row` would go. */
  find(row: number): number {
    const h = this.hashes[row]!;
    const slots = this.slots;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const s = slots[2 * i + 1]!;
      if (s === 0) return -1 - i;
      if (slots[2 * i] === h && sameCells(this.columns, s - 1, row)) return s - 1;
    }
  }
  /** Remembers a kept row at the slot `find` gave (`-1 - slot`), nothing added in between. */
  add(row: number, found: number): void {
    const i = -1 - found;
    this.slots[2 * i] = this.hashes[row]!;
    this.slots[2 * i + 1] = row + 1;
  }
}

/**
 * Ids of the rows kept so far, found by hash: the table holds [hash, kept position + 1] pairs and
 * the ids themselves stay in the caller's array of kept ids (no second copy of a million strings).
 */
export class IdIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  constructor(
    private readonly ids: readonly string[],
    capacity: number,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
  }
  /** The hash of an id (to give to `find` and `add`). */
  static hash(id: string): number {
    return stringHash(id);
  }
  /** The kept position of an id, or `-1 - slot` where it would go. */
  find(id: string, h: number): number {
    const slots = this.slots;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const s = slots[2 * i + 1]!;
      if (s === 0) return -1 - i;
      if (slots[2 * i] === h && this.ids[s - 1] === id) return s - 1;
    }
  }
  /** Remembers the id kept at `position`, at the slot `find` gave, nothing added in between. */
  add(found: number, h: number, position: number): void {
    const i = -1 - found;
    this.slots[2 * i] = h;
    this.slots[2 * i + 1] = position + 1;
  }
}

/**
 * Rows that may have a duplicate: those whose hash falls in a slot of a 2^24-bit map that another
 * row's hash also falls in. Any two rows with equal keys have equal hashes, so every duplicate, and
 * the row it repeats, is among them; the others (most rows) need no look-up at all. The two bitmaps
 * (2 MB each) stay in cache, unlike a hash table of a million rows.
 */
export function hotRows(hashes: Int32Array): Uint8Array {
  const seen = new Uint8Array(1 << 21);
  const shared = new Uint8Array(1 << 21);
  for (let r = 0; r < hashes.length; r++) {
    const slot = hashes[r]! >>> 8;
    const byte = slot >>> 3;
    const bit = 1 << (slot & 7);
    if (seen[byte]! & bit) shared[byte] = shared[byte]! | bit;
    else seen[byte] = seen[byte]! | bit;
  }
  const hot = new Uint8Array(hashes.length);
  for (let r = 0; r < hashes.length; r++) {
    const slot = hashes[r]! >>> 8;
    if (shared[slot >>> 3]! & (1 << (slot & 7))) hot[r] = 1;
  }
  return hot;
}

/** Number of ones in a 0/1 array. */
export function count(flags: Uint8Array): number {
  let k = 0;
  for (let i = 0; i < flags.length; i++) k += flags[i]!;
  return k;
}
