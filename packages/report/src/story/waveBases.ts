import type { WaveBase } from "./questionSubtitle.ts";

/**
 * Who answered, per wave, from the rows of a comparison of two waves (`group_a`, `denominator_a`…):
 * the largest denominator of each wave (every choice of a multiple-choice question has the same),
 * with the smallest as `low` when the rows differ (the statements of a battery).
 * Missing values: withheld rows are left out (their base is not published with them); no rows → no bases.
 * @example comparisonBases([{ group_a: "2021", group_b: "2025", denominator_a: 178, denominator_b: 229 }]) // => [{ year: "2021", n: 178 }, { year: "2025", n: 229 }]
 */
export function comparisonBases(
  rows: readonly {
    readonly group_a: string;
    readonly group_b: string;
    readonly denominator_a: number;
    readonly denominator_b: number;
    readonly suppressed?: boolean;
  }[],
): WaveBase[] {
  const shown = rows.filter((r) => !r.suppressed);
  const first = shown[0];
  if (!first) return [];
  const base = (year: string, ns: readonly number[]): WaveBase => {
    const n = Math.max(...ns);
    const low = Math.min(...ns);
    return low === n ? { year, n } : { year, n, low };
  };
  return [
    base(
      first.group_a,
      shown.map((r) => r.denominator_a),
    ),
    base(
      first.group_b,
      shown.map((r) => r.denominator_b),
    ),
  ];
}

/**
 * Who answered, per group (wave), from the rows of a distribution (`proportion(…, { by })`): each
 * group's denominator; with several questions (a battery), the range over them. Groups that are all
 * years are ordered by year; others (communes) keep the order of the rows.
 * Missing values: withheld rows are left out; no rows → no bases.
 * @example distributionBases([{ vague_etude: "2021", denominator: 178 }, { vague_etude: "2025", denominator: 229 }], "vague_etude") // => [{ year: "2021", n: 178 }, { year: "2025", n: 229 }]
 */
export function distributionBases(
  rows: readonly { readonly denominator: number; readonly [key: string]: unknown }[],
  by: string,
): WaveBase[] {
  const groups = new Map<string, number[]>();
  for (const r of rows.filter((x) => x.suppressed !== true))
    groups.set(String(r[by]), [...(groups.get(String(r[by])) ?? []), r.denominator]);
  const keys = [...groups.keys()];
  const ordered = keys.every((k) => /^\d{4}$/.test(k)) ? keys.sort() : keys;
  return ordered.map((year) => {
    const ns = groups.get(year)!;
    const n = Math.max(...ns);
    const low = Math.min(...ns);
    return low === n ? { year, n } : { year, n, low };
  });
}
