/**
 * Arquero columns over typed arrays, for the canonical table: a million answers cost a few
 * megabytes per column instead of a million boxed values. Arquero reads any column through
 * `length`, `at(row)` and iteration (as it does for Arrow columns), so the table behaves as one made
 * of plain arrays: strings, numbers, booleans and `null` for missing.
 */

/** Values an arquero column of the canonical table yields. */
type Value = string | number | boolean | null;

abstract class TypedColumn<T extends Value> {
  abstract readonly length: number;
  abstract at(row: number): T | null;

  *[Symbol.iterator](): Iterator<T | null> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** The values as a plain array (arquero's Arrow export uses it). */
  toArray(): (T | null)[] {
    const out = new Array<T | null>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }
}

/**
 * Strings as indices into a list of strings; a negative index is `null`. `codes` and `dict` are
 * public: the stats package reads them directly (its `DictionaryColumn`), so an estimate over a
 * million answers never builds a million strings.
 */
export class CodeColumn extends TypedColumn<string> {
  constructor(
    readonly codes: Int8Array | Int16Array | Int32Array,
    readonly dict: readonly string[],
  ) {
    super();
  }
  get length(): number {
    return this.codes.length;
  }
  at(row: number): string | null {
    const c = this.codes[row]!;
    return c < 0 ? null : this.dict[c]!;
  }
}

/** Numbers; `NaN` stands for `null` (no answer is ever `NaN`). `values` is read directly by the stats package. */
export class NumberColumn extends TypedColumn<number> {
  constructor(readonly values: Float64Array) {
    super();
  }
  get length(): number {
    return this.values.length;
  }
  at(row: number): number | null {
    const v = this.values[row]!;
    return Number.isNaN(v) ? null : v;
  }
}

const BOOLEANS = [null, false, true] as const;

/** Booleans as bytes: 0 = `null`, 1 = `false`, 2 = `true`. `values` is read directly by the stats package. */
export class BooleanColumn extends TypedColumn<boolean> {
  constructor(readonly values: Uint8Array) {
    super();
  }
  get length(): number {
    return this.values.length;
  }
  at(row: number): boolean | null {
    return BOOLEANS[this.values[row]!]!;
  }
}

/** A column with no answer at all: `null` on every row (`allNull`: the stats package knows it without reading it). */
export class NullColumn extends TypedColumn<never> {
  readonly allNull = true;
  constructor(readonly length: number) {
    super();
  }
  at(): null {
    return null;
  }
}
