/**
 * An attacker who reads a published report as a reader would — every CSV table, the sentences of
 * the HTML page — and writes each number as an equation over the counts of respondents by wave,
 * question and answer; then tries to recompute every small count with whole numbers ≥ 0.
 * Written apart from the report's own disclosure code: it parses outputs, it does not ask the
 * report what it published.
 */
import { choiceList, type Instrument, question } from "@monitoring-social/questionnaire";
import Papa from "papaparse";

export type Code = string | boolean | null;
/** A cell: wave, variable (a question, or `question__choice`), answer. */
export const cellKey = (wave: string, variable: string, code: Code) => `${wave}|${variable}|${JSON.stringify(code)}`;

export interface Equation {
  readonly terms: ReadonlyMap<string, number>;
  readonly value: number;
  readonly source: string;
}

const num = (s: string | undefined): number | null => {
  if (s === undefined || s.trim() === "") return null;
  const v = Number(s.replace(",", "."));
  return Number.isFinite(v) ? v : null;
};

/** The count behind a share of a base, when only one whole count rounds to it. */
function countOf(pct: number, base: number, decimals: number): number | null {
  const hits: number[] = [];
  for (let k = 0; k <= base; k++) if (Math.abs((100 * k) / base - pct) <= 0.5 * 10 ** -decimals + 1e-9) hits.push(k);
  return hits.length === 1 ? hits[0]! : null;
}

/** What a reader knows of the questionnaire (the codebook is public). */
export class Codebook {
  constructor(readonly instrument: Instrument) {}
  kind(q: string) {
    return question(this.instrument, q).kind;
  }
  codes(q: string): { code: string; label: string; missing: boolean; rank?: number }[] {
    return choiceList(this.instrument, question(this.instrument, q)).choices.map((c) => ({
      code: c.code,
      label: c.label.fr,
      missing: c.missing === true,
      ...(c.value !== undefined ? { rank: c.value } : {}),
    }));
  }
  /** Every cell of a variable in a wave: its answers and "no answer". */
  cells(wave: string, variable: string): string[] {
    const [q, choice] = variable.split("__");
    if (choice !== undefined) return [true, false, null].map((c) => cellKey(wave, variable, c));
    return [...this.codes(q!).map((c) => c.code), null].map((c) => cellKey(wave, variable, c));
  }
  /** The base of a share: answers not flagged missing (« ne sait pas » is left out, the methodology says). */
  base(wave: string, variable: string): string[] {
    const [q, choice] = variable.split("__");
    if (choice !== undefined) return [true, false].map((c) => cellKey(wave, variable, c));
    return this.codes(q!)
      .filter((c) => !c.missing)
      .map((c) => cellKey(wave, variable, c.code));
  }
  /** The two highest-ranked answers (the agreement of a Likert item, « deux réponses de droite »). */
  agree(q: string): string[] {
    return this.codes(q)
      .filter((c) => c.rank !== undefined && !c.missing)
      .sort((a, b) => b.rank! - a.rank!)
      .slice(0, 2)
      .map((c) => c.code);
  }
  questionByLabel(label: string): string | undefined {
    return this.instrument.questions.find((q) => (q.short ?? q.label).fr === label)?.id;
  }
}

const sum = (keys: readonly string[], weights?: readonly number[]) =>
  new Map(keys.map((k, i) => [k, weights?.[i] ?? 1] as const));

/** Equations from the French CSV tables of a report. */
export function csvEquations(files: ReadonlyMap<string, string | Uint8Array>, book: Codebook): Equation[] {
  const out: Equation[] = [];
  const add = (terms: Map<string, number>, value: number | null, source: string) => {
    if (value !== null) out.push({ terms, value, source });
  };
  for (const [path, data] of files) {
    if (!path.startsWith("tables/") || !path.endsWith(".fr.csv")) continue;
    const text = (typeof data === "string" ? data : new TextDecoder().decode(data)).replace(/^\uFEFF/, "");
    const { data: rows, meta } = Papa.parse<Record<string, string>>(text, {
      header: true,
      delimiter: ";",
      skipEmptyLines: true,
    });
    const h = meta.fields ?? [];
    if (h[0] === "question" && h[1] === "vague" && h[4] === "n" && h[5] === "base") {
      // A distribution: one row per answer and wave.
      for (const r of rows) {
        const q = r.question!;
        const multiple = book.kind(q) === "multiple";
        const variable = multiple ? `${q}__${r.code}` : q;
        const cell = cellKey(r.vague!, variable, multiple ? true : r.code!);
        const base = num(r.base);
        add(sum(book.base(r.vague!, variable)), base, path);
        const pct = num(r.pct);
        add(sum([cell]), num(r.n) ?? (pct !== null && base !== null ? countOf(pct, base, 1) : null), path);
      }
    } else if (h[0] === "question" && h[1] === "code" && h[3]?.startsWith("n_")) {
      // A comparison of two waves: one row per answer (or item, or choice).
      const [a, b] = [h[3].slice(2), h[8]!.slice(2)];
      for (const r of rows) {
        const forms = (wave: string): { terms: Map<string, number>; base: Map<string, number> } => {
          if (r.question === "agree") {
            const item = r.code!;
            return {
              terms: sum(book.agree(item).map((c) => cellKey(wave, item, c))),
              base: sum(book.codes(item).map((c) => cellKey(wave, item, c.code))),
            };
          }
          const q = r.question!;
          // A combined share of several answers (the key figure: « b26_50+b51_75+b76_100 »).
          if (r.code!.includes("+"))
            return {
              terms: sum(r.code!.split("+").map((c) => cellKey(wave, q, c))),
              base: sum(book.base(wave, q)),
            };
          const multiple = book.kind(q) === "multiple";
          const variable = multiple ? `${q}__${r.code}` : q;
          return {
            terms: sum([cellKey(wave, variable, multiple ? true : r.code!)]),
            base: sum(book.base(wave, variable)),
          };
        };
        const [fa, fb] = [forms(a), forms(b)];
        const [ba, bb] = [num(r[`base_${a}`]), num(r[`base_${b}`])];
        add(fa.base, ba, path);
        add(fb.base, bb, path);
        let [pa, pb] = [num(r[`pct_${a}`]), num(r[`pct_${b}`])];
        const diff = num(r.difference_points);
        // A difference and one share give the other share.
        if (pa === null && pb !== null && diff !== null) pa = pb - diff;
        if (pb === null && pa !== null && diff !== null) pb = pa + diff;
        const na = num(r[`n_${a}`]) ?? (pa !== null && ba !== null ? countOf(pa, ba, 1) : null);
        const nb = num(r[`n_${b}`]) ?? (pb !== null && bb !== null ? countOf(pb, bb, 1) : null);
        add(fa.terms, na, path);
        add(fb.terms, nb, path);
      }
    } else if (h[0] === "question" && h[2] === "n" && h.includes("rang_moyen")) {
      // A Likert battery of one wave: base, share agreeing, mean rank.
      const wave = /-(\d{4})\.fr\.csv$/.exec(path)?.[1];
      if (!wave) continue;
      for (const r of rows) {
        const item = r.question!;
        const ranked = book.codes(item).filter((c) => c.rank !== undefined && !c.missing);
        const n = num(r.n);
        add(sum(ranked.map((c) => cellKey(wave, item, c.code))), n, path);
        const agree = num(r.pct_accord);
        if (n !== null && agree !== null)
          add(sum(book.agree(item).map((c) => cellKey(wave, item, c))), countOf(agree, n, 1), path);
        // The share of each answer, as the chart draws it (pct_<answer label>).
        for (const field of h.filter((f) => f.startsWith("pct_") && f !== "pct_accord")) {
          const code = book.codes(item).find((c) => c.label === field.slice(4))?.code;
          const pct = num(r[field]);
          if (code !== undefined && n !== null && pct !== null)
            add(sum([cellKey(wave, item, code)]), countOf(pct, n, 1), path);
        }
        const mean = num(r.rang_moyen);
        if (n !== null && mean !== null && 0.0005 * n < 0.5)
          add(
            sum(
              ranked.map((c) => cellKey(wave, item, c.code)),
              ranked.map((c) => c.rank!),
            ),
            Math.round(mean * n),
            path,
          );
      }
    }
  }
  return out;
}

/** Text of the HTML page, tags removed. */
export const pageText = (html: string) =>
  html
    .replace(/<[^>]+>/g, "\n")
    .replaceAll("&amp;", "&")
    .replaceAll("&#39;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("\u202f", " ")
    .replaceAll("\u00a0", " ");

/**
 * Equations from the sentences of the French page: combined shares (« X » ou « Y »), « plus d'un
 * quart », mean ranks — each read with the base the CSV gives for its question and wave.
 */
export function sentenceEquations(
  text: string,
  book: Codebook,
  bases: (wave: string, q: string) => number | null,
): Equation[] {
  const out: Equation[] = [];
  const share = (terms: (wave: string) => string[], q: string, wave: string, shown: string, source: string) => {
    const base = bases(wave, q);
    const pct = Number(shown.replace(",", "."));
    if (base === null || !Number.isFinite(pct)) return;
    const decimals = shown.includes(",") ? 1 : 0;
    const n = countOf(pct, base, decimals);
    if (n !== null) out.push({ terms: sum(terms(wave)), value: n, source });
  };
  // « {question} : « A » ou « B » : 45 % en 2021, 52 % en 2025 — … »
  const combined = /(?:^|\n)([^\n:]+?) : ((?:« [^»]+ »(?: ou )?)+) : ([\d,]+) % en (\d{4}), ([\d,]+) % en (\d{4})/g;
  for (const m of text.matchAll(combined)) {
    const q = book.questionByLabel(m[1]!.trim());
    if (!q || book.kind(q) === "multiple") continue;
    const labels = [...m[2]!.matchAll(/« ([^»]+) »/g)].map((x) => x[1]!);
    const codes = labels.map((l) => book.codes(q).find((c) => c.label === l)?.code);
    if (codes.some((c) => c === undefined)) continue;
    const terms = (wave: string) => codes.map((c) => cellKey(wave, q, c!));
    share(terms, q, m[4]!, m[3]!, "sentence: combined share");
    share(terms, q, m[6]!, m[5]!, "sentence: combined share");
  }
  // « Plus d'un quart du temps de travail consacré aux démarches : 40 % en 2021, 71 % en 2025 » (raw figure).
  const above =
    /Plus d'un quart du temps de travail consacré aux démarches : ([\d,]+) % en (\d{4}), ([\d,]+) % en (\d{4})/g;
  const quarter = (wave: string) => ["b26_50", "b51_75", "b76_100"].map((c) => cellKey(wave, "B1", c));
  for (const m of text.matchAll(above)) {
    share(quarter, "B1", m[2]!, m[1]!, "sentence: plus d'un quart");
    share(quarter, "B1", m[4]!, m[3]!, "sentence: plus d'un quart");
  }
  // « Sur toute l'échelle (Q), rang moyen 2,81 en 2021 et 3,02 en 2025 »
  const ranks = /Sur toute l'échelle \(([^)]+)\), rang moyen ([\d,]+) en (\d{4}) et ([\d,]+) en (\d{4})/g;
  for (const m of text.matchAll(ranks)) {
    const q = book.questionByLabel(m[1]!);
    if (!q) continue;
    const ranked = book.codes(q).filter((c) => c.rank !== undefined && !c.missing);
    for (const [mean, wave] of [
      [m[2]!, m[3]!],
      [m[4]!, m[5]!],
    ] as const) {
      const n = bases(wave, q);
      if (n === null || 0.005 * n >= 0.5) continue;
      out.push({
        terms: sum(
          ranked.map((c) => cellKey(wave, q, c.code)),
          ranked.map((c) => c.rank!),
        ),
        value: Math.round(Number(mean.replace(",", ".")) * n),
        source: "sentence: mean rank",
      });
    }
  }
  return out;
}

/** Rationals as [numerator, denominator] of whole numbers. */
type Q = readonly [number, number];
const g = (a: number, b: number): number => (b === 0 ? Math.abs(a) : g(b, a % b));
const q = (n: number, d = 1): Q => {
  const k = g(n, d) * (d < 0 ? -1 : 1) || 1;
  return [n / k, d / k];
};
const sub = (a: Q, b: Q): Q => q(a[0] * b[1] - b[0] * a[1], a[1] * b[1]);
const mul = (a: Q, b: Q): Q => q(a[0] * b[0], a[1] * b[1]);
const div = (a: Q, b: Q): Q => q(a[0] * b[1], a[1] * b[0]);

/**
 * Values a cell can take among the whole-number solutions ≥ 0 of the equations (each cell at most
 * `max`): all of them when there is only one, else two of them (enough to know it is not
 * determined); `undefined` when the search is too large to finish. Exact rational elimination,
 * then a bounded search over the free cells with interval pruning.
 */
export function feasibleValues(
  cells: readonly string[],
  equations: readonly Equation[],
  target: string,
  max: number,
  limit = 2_000_000,
): Set<number> | undefined {
  const index = new Map(cells.map((c, i) => [c, i]));
  const w = cells.length;
  // Each cell is at most what any equation with only positive coefficients allows.
  const ub = cells.map(() => max);
  for (const e of equations)
    if ([...e.terms.values()].every((c) => c >= 0))
      for (const [k, c] of e.terms)
        if (c > 0) ub[index.get(k)!] = Math.min(ub[index.get(k)!]!, Math.floor(e.value / c));
  const rows: Q[][] = equations.map((e) => {
    const r: Q[] = Array.from({ length: w + 1 }, () => q(0));
    for (const [k, v] of e.terms) r[index.get(k)!] = q(v);
    r[w] = q(e.value);
    return r;
  });
  const pivots: number[] = [];
  let rank = 0;
  for (let c = 0; c < w && rank < rows.length; c++) {
    const p = rows.findIndex((r, i) => i >= rank && r[c]![0] !== 0);
    if (p < 0) continue;
    [rows[rank], rows[p]] = [rows[p]!, rows[rank]!];
    const pr = rows[rank]!;
    const lead = pr[c]!;
    for (let k = 0; k <= w; k++) pr[k] = div(pr[k]!, lead);
    for (let i = 0; i < rows.length; i++) {
      if (i === rank || rows[i]![c]![0] === 0) continue;
      const f = rows[i]![c]!;
      for (let k = 0; k <= w; k++) rows[i]![k] = sub(rows[i]![k]!, mul(f, pr[k]!));
    }
    pivots.push(c);
    rank++;
  }
  // Inconsistent equations cannot come from one true table.
  if (rows.slice(rank).some((r) => r[w]![0] !== 0)) throw new Error("the published numbers contradict each other");
  const free = Array.from({ length: w }, (_, c) => c).filter((c) => !pivots.includes(c));
  const t = index.get(target)!;
  const values = new Set<number>();
  // pivot_i = rhs_i - Σ_j coef_ij free_j
  const value = (i: number, assign: number[]) => {
    let v = rows[i]![w]![0] / rows[i]![w]![1];
    free.forEach((f, j) => {
      const c = rows[i]![f]!;
      v -= (c[0] / c[1]) * assign[j]!;
    });
    return v;
  };
  let nodes = 0;
  let tooLarge = false;
  const assign: number[] = [];
  // Returns false to stop: two values found (the cell is protected) or the search is too large.
  const search = (j: number): boolean => {
    if (values.size >= 2) return false;
    if (++nodes > limit) {
      tooLarge = true;
      return false;
    }
    // Prune: each pivot's range over the free cells still open.
    for (let i = 0; i < rank; i++) {
      let lo = rows[i]![w]![0] / rows[i]![w]![1];
      let hi = lo;
      free.forEach((f, k) => {
        const c = rows[i]![f]![0] / rows[i]![f]![1];
        if (k < j) {
          lo -= c * assign[k]!;
          hi -= c * assign[k]!;
        } else if (c > 0) lo -= c * ub[f]!;
        else hi -= c * ub[f]!;
      });
      if (hi < -1e-9 || lo > ub[pivots[i]!]! + 1e-9) return true;
    }
    if (j === free.length) {
      const pv = pivots.map((_, i) => value(i, assign));
      if (pv.some((v, i) => v < -1e-9 || v > ub[pivots[i]!]! + 1e-9 || Math.abs(v - Math.round(v)) > 1e-9)) return true;
      const tp = pivots.indexOf(t);
      values.add(tp >= 0 ? Math.round(pv[tp]!) : assign[free.indexOf(t)]!);
      return true;
    }
    for (let v = 0; v <= ub[free[j]!]!; v++) {
      assign[j] = v;
      if (!search(j + 1)) return false;
    }
    return true;
  };
  search(0);
  return tooLarge ? undefined : values;
}
