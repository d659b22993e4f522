import type { ColumnTable } from "arquero";
import { type CellCode, type CountForm, coefficient, FormKind, formKey, formWaves } from "./countForm.ts";
import { nullSpace, otherSolution } from "./otherSolution.ts";

/**
 * What a section asks before it publishes numbers: whether these counts may be shown. A report is
 * built twice: first every section records what it would publish (a {@link DisclosureLedger}),
 * then the ledger decides over the whole report, and the sections are built again with the
 * decision ({@link DisclosureDecision}).
 */
export interface Disclosure {
  /**
   * Whether the `shown` counts (shown together: one table row, one chart bar) may be published,
   * given that they are read with the `needs` (their bases). Records them on the first build.
   */
  publish(shown: readonly CountForm[], needs?: readonly CountForm[]): boolean;
  /** How many counts are withheld: below the threshold, and in addition to protect those. */
  readonly withheld: { readonly primary: number; readonly complementary: number };
}

/** The decision over a whole report: which of its recorded counts are withheld. */
export class DisclosureDecision implements Disclosure {
  readonly #hidden: ReadonlySet<string>;
  readonly #recorded: ReadonlySet<string>;
  readonly withheld: { readonly primary: number; readonly complementary: number };
  constructor(
    hidden: ReadonlySet<string>,
    recorded: ReadonlySet<string>,
    withheld: { primary: number; complementary: number },
  ) {
    this.#hidden = hidden;
    this.#recorded = recorded;
    this.withheld = withheld;
  }
  /**
   * Whether counts may be published.
   * @throws Error when a count was not recorded on the first build (a section that publishes
   * something it did not declare: a programming error, caught by the tests).
   */
  publish(shown: readonly CountForm[], needs: readonly CountForm[] = []): boolean {
    return [...shown, ...needs].every((f) => {
      const key = formKey(f);
      if (!this.#recorded.has(key)) throw new Error(`disclosure: « ${key} » was not recorded on the first build`);
      return !this.#hidden.has(key);
    });
  }
  /**
   * Whether one recorded count is withheld.
   * @example decision.isWithheld({ kind: "count", wave: "2021", variable: "A1", codes: ["autre"] }) // => true
   */
  isWithheld(form: CountForm): boolean {
    return this.#hidden.has(formKey(form));
  }
}

interface Cell {
  readonly wave: string;
  readonly code: CellCode;
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const KIND_RANK: Record<FormKind, number> = { count: 0, weighted: 1, margin: 2 };
const lexicographic = (a: readonly number[], b: readonly number[]) => {
  const i = a.findIndex((v, k) => v !== b[k]);
  return i < 0 ? 0 : a[i]! - b[i]!;
};

/**
 * The published counts of one report, recorded while its sections are built, and the decision
 * over all of them together: primary suppression (a count of 1 to threshold − 1 respondents, and
 * the complement of a yes/no figure when that is so small), then complementary suppression, until
 * no withheld count can be recomputed from the others — from a base minus the shown cells, a
 * combined share (« X ou Y ») minus one of its parts, a mean rank, or any combination of them
 * (integer linear algebra over each question's cells, with counts ≥ 0). A withheld count is
 * withheld everywhere it appears (page, CSV, chart, alt text, notebook), and the counts shown
 * together (a row comparing two waves) are withheld together. The reader is assumed to know every
 * published number exactly and each wave's number of respondents; the cells of answers nobody
 * sees (no answer, « ne sait pas ») stay unknown to them.
 *
 * Reference: the cell-suppression problem of statistical offices (Hundepool et al., *Statistical
 * Disclosure Control*, Wiley 2012, ch. 4.3–4.4), with an audit by other feasible solutions.
 * @example
 * const ledger = new DisclosureLedger();
 * ledger.publish([{ kind: "count", wave: "2021", variable: "A1", codes: ["autre"] }]);
 * ledger.decide(table, 5).isWithheld({ kind: "count", wave: "2021", variable: "A1", codes: ["autre"] }) // => true when 0 < n < 5
 */
export class DisclosureLedger implements Disclosure {
  readonly #forms = new Map<string, CountForm>();
  readonly #groups: string[][] = [];
  readonly #complements: [string, string][] = [];
  readonly withheld = { primary: 0, complementary: 0 };

  /** Records counts shown together and their bases; always answers `true` (nothing is decided yet). */
  publish(shown: readonly CountForm[], needs: readonly CountForm[] = []): boolean {
    for (const f of [...shown, ...needs]) {
      const key = formKey(f);
      const known = this.#forms.get(key);
      if (known?.observed !== undefined && f.observed !== undefined && known.observed !== f.observed)
        throw new Error(`disclosure: « ${key} » published as ${known.observed} and ${f.observed}`);
      if (!known || (known.observed === undefined && f.observed !== undefined)) this.#forms.set(key, f);
    }
    if (shown.length > 1) this.#groups.push(shown.map(formKey));
    for (const f of shown)
      if (f.binary)
        for (const m of needs)
          if (formWaves(m).join("+") === formWaves(f).join("+") && m.variable === f.variable)
            this.#complements.push([formKey(f), formKey(m)]);
    return true;
  }

  /** Every recorded count. */
  get forms(): readonly CountForm[] {
    return [...this.#forms.values()];
  }

  /**
   * Decides which counts to withhold, over the whole report.
   * @param table The harmonised table (one row per respondent, its wave in `column`).
   * @param threshold Counts of 1 to `threshold` − 1 respondents are protected.
   * @param column The column holding each respondent's wave, as the forms name it. Default: `"vague"`.
   * @throws Error when a recorded count differs from the data (a section that describes a number
   * wrongly: a programming error).
   */
  decide(table: ColumnTable, threshold: number, column = "vague"): DisclosureDecision {
    const hidden = new Set<string>();
    let primary = 0;
    let complementary = 0;
    const byVariable = new Map<string, string[]>();
    for (const [key, f] of this.#forms) byVariable.set(f.variable, [...(byVariable.get(f.variable) ?? []), key]);
    const waves = table.array(column) as readonly string[];
    for (const [variable, keys] of byVariable) {
      const column = table.columnNames().includes(variable) ? (table.array(variable) as readonly unknown[]) : [];
      // The cells: every answer seen in each wave the forms name, and "no answer".
      const waveList = [...new Set(keys.flatMap((k) => formWaves(this.#forms.get(k)!)))].sort();
      const cells: Cell[] = [];
      const x: number[] = [];
      for (const wave of waveList) {
        const counts = new Map<string, number>([["null", 0]]);
        column.forEach((v, i) => {
          if (waves[i] !== wave) return;
          const k = JSON.stringify(v ?? null);
          counts.set(k, (counts.get(k) ?? 0) + 1);
        });
        for (const [k, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
          cells.push({ wave, code: JSON.parse(k) as CellCode });
          x.push(n);
        }
      }
      const vector = (f: CountForm) => cells.map((c) => coefficient(f, c.wave, c.code));
      const vectors = new Map(keys.map((k) => [k, vector(this.#forms.get(k)!)]));
      for (const k of keys) {
        const f = this.#forms.get(k)!;
        if (f.observed !== undefined && Math.abs(dot(vectors.get(k)!, x) - f.observed) > 1e-6)
          throw new Error(`disclosure: « ${k} » is ${dot(vectors.get(k)!, x)} in the data, ${f.observed} as published`);
      }
      // Each wave's number of respondents is public.
      const totals = waveList.map((w) => cells.map((c) => (c.wave === w ? 1 : 0)));
      // What must stay unknown: every answer cell, every recorded count, the complement of a yes/no figure.
      const targets: number[][] = [
        ...cells.flatMap((c, i) => (c.code === null ? [] : [cells.map((_, j) => (j === i ? 1 : 0))])),
        ...keys.filter((k) => this.#forms.get(k)!.kind === FormKind.count).map((k) => vectors.get(k)!),
        ...this.#complements
          .filter(([f]) => vectors.has(f))
          .map(([f, m]) => vectors.get(m)!.map((v, i) => v - vectors.get(f)![i]!)),
      ].filter((t) => {
        const n = dot(t, x);
        return n > 0 && n < threshold;
      });
      if (targets.length === 0) continue;
      // Primary suppression: recorded counts of 1 to threshold - 1, and those shown with them.
      const local = new Set<string>();
      for (const k of keys) {
        const n = dot(vectors.get(k)!, x);
        if (this.#forms.get(k)!.kind === FormKind.count && n > 0 && n < threshold) local.add(k);
      }
      const small = local.size;
      this.#close(local);
      // Complementary suppression: withhold one more count until no target can be recomputed.
      const exposed = (withheld: ReadonlySet<string>) => {
        const equations = [...totals, ...keys.filter((k) => !withheld.has(k)).map((k) => vectors.get(k)!)];
        const basis = nullSpace(equations, x.length);
        return targets.filter((t) => otherSolution(equations, x, t, { basis }) === undefined).length;
      };
      let failing = exposed(local);
      while (failing > 0) {
        let best: { key: string; cost: number[]; after: Set<string> } | undefined;
        for (const k of keys) {
          if (local.has(k)) continue;
          const f = this.#forms.get(k)!;
          const after = this.#close(new Set([...local, k]));
          const left = exposed(after);
          const cost = [f.kind === FormKind.margin ? 1 : 0, left, KIND_RANK[f.kind], dot(vectors.get(k)!, x)];
          if (!best || lexicographic(cost, best.cost) < 0) best = { key: k, cost, after };
        }
        if (!best) throw new Error(`disclosure: no count left to withhold for « ${variable} »`);
        for (const k of best.after) local.add(k);
        failing = best.cost[1]!;
      }
      for (const k of local) hidden.add(k);
      primary += small;
      complementary += local.size - small;
    }
    return new DisclosureDecision(hidden, new Set(this.#forms.keys()), { primary, complementary });
  }

  /** Adds to a set every count shown together with one of its counts (a row is withheld whole). */
  #close(set: Set<string>): Set<string> {
    let grew = true;
    while (grew) {
      grew = false;
      for (const g of this.#groups)
        if (g.some((k) => set.has(k)) && g.some((k) => !set.has(k))) {
          for (const k of g) set.add(k);
          grew = true;
        }
    }
    return set;
  }
}
