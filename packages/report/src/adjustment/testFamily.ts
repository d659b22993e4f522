import { adjustPValues } from "@monitoring-social/stats";

/**
 * The tests of a whole report as one family for the multiple-testing adjustment: every p-value a
 * section publishes (each answer's test, a whole distribution's, a scale's, a mean's, each
 * comparison's) is asked of it by a stable key and comes back adjusted by Holm's method over every
 * test of the report. A report is built twice (as for disclosure control): first each section
 * records its tests ({@link TestLedger}), then the sections are built again with the adjusted
 * values ({@link TestAdjustment}).
 */
export interface TestFamily {
  /**
   * The p-value of a test as published: adjusted over the whole report. `null` when the test could
   * not be made (`p` missing or not a number); such a test is not in the family.
   */
  adjust(key: string, p: number | null | undefined): number | null;
  /** Number of tests in the family (0 while recording). */
  readonly size: number;
}

const valid = (p: number | null | undefined): p is number => typeof p === "number" && Number.isFinite(p);

/**
 * The adjusted p-values of a whole report (R `p.adjust(p, "holm")` over every test it publishes).
 */
export class TestAdjustment implements TestFamily {
  readonly #adjusted: ReadonlyMap<string, number>;
  constructor(adjusted: ReadonlyMap<string, number>) {
    this.#adjusted = adjusted;
  }
  get size(): number {
    return this.#adjusted.size;
  }
  /**
   * The adjusted p-value of a recorded test.
   * @throws Error when the test was not recorded on the first build (a section that publishes a test
   * it did not declare: a programming error, caught by the tests).
   */
  adjust(key: string, p: number | null | undefined): number | null {
    if (!valid(p)) return null;
    const a = this.#adjusted.get(key);
    if (a === undefined) throw new Error(`tests: « ${key} » was not recorded on the first build`);
    return a;
  }
}

/**
 * The tests of one report, recorded while its sections are built; {@link TestLedger.decide} adjusts
 * them together by Holm's method.
 * Reference: Holm, S. (1979). A simple sequentially rejective multiple test procedure.
 * Scandinavian Journal of Statistics 6, 65–70; R `p.adjust(method = "holm")`.
 * @example
 * const ledger = new TestLedger();
 * ledger.adjust("a", 0.01); ledger.adjust("b", 0.04);
 * ledger.decide().adjust("a", 0.01) // => 0.02
 */
export class TestLedger implements TestFamily {
  readonly #p = new Map<string, number>();
  readonly size = 0;
  /**
   * Records a test; returns its raw p-value (nothing is decided yet).
   * @throws Error when one key is recorded with two different p-values (two tests under one name).
   */
  adjust(key: string, p: number | null | undefined): number | null {
    if (!valid(p)) return null;
    const known = this.#p.get(key);
    if (known !== undefined && known !== p) throw new Error(`tests: « ${key} » recorded as ${known} and ${p}`);
    this.#p.set(key, p);
    return p;
  }
  /** The tests recorded, by key. */
  get tests(): ReadonlyMap<string, number> {
    return this.#p;
  }
  /** Adjusts every recorded test by Holm's method, over all of them. */
  decide(): TestAdjustment {
    const keys = [...this.#p.keys()].sort();
    const adjusted = adjustPValues(
      keys.map((k) => this.#p.get(k)!),
      "holm",
    );
    return new TestAdjustment(new Map(keys.map((k, i) => [k, adjusted[i]!])));
  }
}
