import { publishable } from "@monitoring-social/stats";
import * as aq from "arquero";
import type { CellCode, CountForm } from "./countForm.ts";
import type { Disclosure } from "./disclosureLedger.ts";

/** The counts one row of a stats table shows, and the bases it is read with. */
export interface RowForms {
  readonly shown: readonly CountForm[];
  readonly needs: readonly CountForm[];
}

/**
 * Rows of a stats result as they may be published: each row's counts are asked of the report's
 * disclosure control; a row that may not be published is flagged `suppressed` and its figures
 * (estimates, intervals, differences…) become null, as `publishable` does. Pure.
 * @example disclosedRows(ctx.disclosure, proportion(d, "B1", { by: "vague" }).objects(), shareForms("B1", [null]))
 */
export function disclosedRows<T extends object>(
  disclosure: Disclosure,
  rows: readonly T[],
  forms: (row: T) => RowForms,
): T[] {
  if (rows.length === 0) return [];
  const flagged = rows.map((r) => {
    const { shown, needs } = forms(r);
    return { ...r, suppressed: !disclosure.publish(shown, needs) };
  });
  return publishable(aq.from(flagged)).objects() as T[];
}

type ShareLike = {
  readonly level: string;
  readonly n: number;
  readonly denominator: number;
  readonly [k: string]: unknown;
};

/** Where the wave of a row is: the wave(s) of every row, or the column that holds it, and the waves a group pools. */
export interface RowWaves {
  /** The wave of every row (or the waves pooled in every row). Default: read from `column`. */
  readonly wave?: string | readonly string[];
  /** Column of the row holding its group. Default: `"vague"`. */
  readonly column?: string;
  /** The waves a group of `column` pools (a pooled group: the other communes of a year). Default: the group is one wave. */
  readonly waves?: (group: string) => string | readonly string[];
}

const rowWave = (row: Readonly<Record<string, unknown>>, options: RowWaves): string | readonly string[] => {
  if (options.wave !== undefined) return options.wave;
  const group = String(row[options.column ?? "vague"]);
  return options.waves ? options.waves(group) : group;
};

/**
 * The forms of a distribution row (`proportion`): the count of its answer in its wave (or pooled
 * waves), read with its base (every answer but `excluded`).
 * @param options.wave The wave of every row; else `options.column` holds it. Default: column `vague`.
 * @param options.together When true, every answer of a wave is shown only if all are (a Likert bar). Default: `false`.
 * @example shareForms("E1", [null, "nsp"])
 */
export function shareForms(
  variable: string,
  excluded: readonly CellCode[],
  options: RowWaves & { readonly levels?: readonly string[]; readonly together?: boolean } = {},
): (row: ShareLike) => RowForms {
  return (row) => {
    const wave = rowWave(row, options);
    const count = (level: string, n?: number): CountForm => ({
      kind: "count",
      wave,
      variable,
      codes: [level],
      ...(n !== undefined ? { observed: n } : {}),
    });
    const base: CountForm = {
      kind: "margin",
      wave,
      variable,
      codes: { except: excluded },
      observed: row.denominator,
    };
    const levels = options.together && options.levels ? options.levels : [row.level];
    return { shown: levels.map((l) => count(l, l === row.level ? row.n : undefined)), needs: [base] };
  };
}

/**
 * The forms of a ticked choice of a multiple-choice question in one wave, or pooled waves
 * (`multipleResponse`, column `question__level`): the ticks, a yes/no figure, read with the
 * respondents to the question.
 */
export function choiceForms(options: RowWaves = {}): (row: ShareLike) => RowForms {
  return (row) => {
    const wave = rowWave(row, options);
    const variable = `${String(row.question)}__${row.level}`;
    return {
      shown: [{ kind: "count", wave, variable, codes: [true], binary: true, observed: row.n }],
      needs: [{ kind: "margin", wave, variable, codes: { except: [null] }, observed: row.denominator }],
    };
  };
}

type ComparisonLike = {
  readonly question: string;
  readonly level: string;
  readonly group_a: string;
  readonly group_b: string;
  readonly n_a: number;
  readonly n_b: number;
  readonly denominator_a: number;
  readonly denominator_b: number;
};

/**
 * The forms of a row comparing two groups (`compareProportions`, `compareMultiple`): the count of
 * each group, shown together, each read with its group's base.
 * @param of The variable and the codes counted by a row (e.g. the choice's column and `[true]`,
 * or the question and « souvent ou très souvent »), and the codes its bases leave out.
 * @param waves The waves a group pools (a pooled group: the other communes of a year). Default: the group is one wave.
 * @example comparisonForms((r) => ({ variable: "E1", codes: ["souvent", "tres_souvent"], excluded: [null, "nsp"], binary: true }))
 */
export function comparisonForms(
  of: (row: ComparisonLike) => {
    readonly variable: string;
    readonly codes: readonly CellCode[];
    readonly excluded: readonly CellCode[];
    readonly binary?: boolean;
  },
  waves: (group: string) => string | readonly string[] = (g) => g,
): (row: ComparisonLike) => RowForms {
  return (row) => {
    const { variable, codes, excluded, binary } = of(row);
    const side = (group: string, n: number, base: number) => ({
      count: {
        kind: "count",
        wave: waves(group),
        variable,
        codes,
        observed: n,
        ...(binary ? { binary } : {}),
      } as CountForm,
      base: { kind: "margin", wave: waves(group), variable, codes: { except: excluded }, observed: base } as CountForm,
    });
    const a = side(row.group_a, row.n_a, row.denominator_a);
    const b = side(row.group_b, row.n_b, row.denominator_b);
    return { shown: [a.count, b.count], needs: [a.base, b.base] };
  };
}

/**
 * The forms of a mean rank (and its t interval) of an ordinal question in one wave: the sums of
 * ranks and of squared ranks, read with the base of ranked answers.
 * @example rankForms("2021", "F1", { pas_du_tout: 1, …, tout_a_fait: 5 }, 204, 3.21)
 */
export function rankForms(
  wave: string | readonly string[],
  variable: string,
  ranks: Readonly<Record<string, number>>,
  n: number,
  meanRank?: number,
): RowForms {
  return {
    shown: [
      {
        kind: "weighted",
        wave,
        variable,
        weights: ranks,
        ...(meanRank !== undefined && Number.isFinite(meanRank) ? { observed: meanRank * n } : {}),
      },
      {
        kind: "weighted",
        wave,
        variable,
        weights: Object.fromEntries(Object.entries(ranks).map(([c, r]) => [c, r * r])),
      },
    ],
    needs: [{ kind: "margin", wave, variable, codes: Object.keys(ranks), observed: n }],
  };
}
