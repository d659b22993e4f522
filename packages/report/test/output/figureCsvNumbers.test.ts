import { describe, expect, it } from "vitest";
import { buildReport, tableCsv } from "../../src/index.ts";
import { schaerbeekStudy } from "../helpers.ts";

/**
 * Every number a figure of the Schaerbeek report draws is in the CSV beside it, as rounded on the
 * figure — read from the figure's Vega-Lite spec (the data of each mark and label), not from what
 * the report says it drew, and from the CSV text as a reader downloads it.
 *
 * What counts as drawn: the text of every text mark (« 72 % », « +18 points », « n = 229 »: every
 * number in it, as many decimals as shown); the quantitative x/x2 values of every other mark
 * (bars, rules, ticks, points: a share 0–1, found in the CSV in per cent to its 0,1). A bar with a
 * start and an end (a diverging Likert bar) draws its length. Not counted: the key drawn above a
 * plot (pixel positions, `scale: null`), a reference line (a rule at one x for every row: the
 * centre of a diverging scale), the wave years and the interval's name (« IC 95 % »).
 */

type Spec = Record<string, unknown>;
type Drawn = { value: number; decimals: number; what: string };

const NUMBER = /(?<![\d,.])([+\u2212-]?)(\d+(?:[.,]\d+)?)/g;

/** Numbers written in a label: sign, decimals as shown. */
function numbersIn(text: string, skip: readonly string[]): Drawn[] {
  let t = text;
  for (const s of skip) t = t.split(s).join(" ");
  const out: Drawn[] = [];
  for (const m of t.matchAll(NUMBER)) {
    const digits = m[2]!.replace(",", ".");
    const sign = m[1] === "" ? 1 : m[1] === "+" ? 1 : -1;
    out.push({ value: sign * Number(digits), decimals: digits.split(".")[1]?.length ?? 0, what: `« ${text} »` });
  }
  return out;
}

/** Every number drawn by the marks of a spec. */
function drawnNumbers(spec: Spec, skip: readonly string[]): Drawn[] {
  const out: Drawn[] = [];
  const walk = (node: Spec, data: Record<string, unknown>[] | undefined, encoding: Spec | undefined) => {
    const values = ((node.data as Spec | undefined)?.values as Record<string, unknown>[] | undefined) ?? data;
    const enc = { ...(encoding ?? {}), ...((node.encoding as Spec | undefined) ?? {}) };
    if (node.mark && values) {
      const type = typeof node.mark === "string" ? node.mark : (node.mark as Spec).type;
      const transforms = (node.transform as Spec[] | undefined) ?? [];
      const folds = transforms.flatMap((t) => (t.fold ? [t] : []));
      const channel = (name: string) => enc[name] as Spec | undefined;
      const isPixel = (c: Spec | undefined) => c !== undefined && c.scale === null;
      if (isPixel(channel("x")) || isPixel(channel("y"))) {
        // The key above the plot: pixel positions.
      } else if (type === "text") {
        const field = channel("text")?.field as string | undefined;
        for (const row of values) if (field && typeof row[field] === "string") out.push(...numbersIn(row[field], skip));
      } else {
        // A field made by a fold takes each folded field's value.
        const read = (row: Record<string, unknown>, field: string): unknown[] => {
          const fold = folds.find((f) => (f.as as string[])[1] === field);
          return fold ? (fold.fold as string[]).map((f) => row[f]) : [row[field]];
        };
        const x = channel("x")?.field as string | undefined;
        const x2 = channel("x2")?.field as string | undefined;
        const reference = type === "rule" && !x2 && x && new Set(values.map((r) => r[x])).size === 1;
        for (const row of reference ? [] : values) {
          if (row.suppressed === true) continue;
          const xs = x ? read(row, x) : [];
          const x2s = x2 ? read(row, x2) : [];
          if (type === "bar" && x2s.length > 0) {
            const length = Math.abs(Number(x2s[0]) - Number(xs[0]));
            if (Number.isFinite(length)) out.push({ value: length * 100, decimals: 1, what: `bar length ${length}` });
          } else
            for (const v of [...xs, ...x2s])
              if (typeof v === "number") out.push({ value: v * 100, decimals: 1, what: `${type} at ${v}` });
        }
      }
    }
    for (const key of ["layer", "vconcat", "hconcat", "concat"])
      for (const child of (node[key] as Spec[] | undefined) ?? []) walk(child, values, node.layer ? enc : undefined);
  };
  walk(spec, undefined, undefined);
  return out;
}

/** Every number of a CSV file as written (decimal comma, semicolons). */
function csvNumbers(csv: string): number[] {
  return csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .slice(1)
    .flatMap((line) => line.split(";"))
    .map((cell) => cell.replace(/^"|"$/g, "").replace(",", "."))
    .filter((cell) => /^-?\d+(\.\d+)?$/.test(cell))
    .map(Number);
}

/** Whether the CSV holds a number that rounds to what the figure shows (the CSV keeps 0,1 for shares). */
function holds(csv: readonly number[], d: Drawn): boolean {
  const tolerance = 0.5 * 10 ** -d.decimals + 0.05 + 1e-9;
  return csv.some((v) => Math.abs(v - d.value) <= tolerance);
}

describe("every CSV beside a figure of the Schaerbeek report", async () => {
  const study = await schaerbeekStudy();
  for (const lang of ["fr", "nl"] as const) {
    const report = buildReport(study, lang);
    const skip = [...study.years, lang === "fr" ? "IC 95" : "95%-BI"];
    const figures = report.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "figure" ? [b] : [])));

    it(`holds every number its figure draws (${lang}, ${figures.length} figures)`, () => {
      expect(figures.length).toBeGreaterThanOrEqual(16);
      for (const f of figures) {
        expect(f.table, `${f.id}: a figure without its CSV`).toBeDefined();
        const csv = csvNumbers(tableCsv(f.table!));
        const drawn = drawnNumbers(f.chart.spec as unknown as Spec, skip);
        expect(drawn.length, `${f.id}: no number read from the figure`).toBeGreaterThan(0);
        const missing = drawn.filter((d) => !holds(csv, d));
        expect(missing, `${f.id}.${lang}: drawn but not in its CSV`).toEqual([]);
      }
    });
  }

  it("would see a number missing from a CSV (the check can fail)", () => {
    const spec = { data: { values: [{ t: "42 %" }] }, mark: "text", encoding: { text: { field: "t" } } };
    const drawn = drawnNumbers(spec, []);
    expect(drawn).toEqual([{ value: 42, decimals: 0, what: "« 42 % »" }]);
    expect(holds([41.4], drawn[0]!)).toBe(false);
    expect(holds([41.6], drawn[0]!)).toBe(true);
  });
});
