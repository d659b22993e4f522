import { simulateResponses, tableToCsv, workerInstruments } from "@monitoring-social/questionnaire";
import { describe, expect, it } from "vitest";
import { buildReport, loadStudy, parseDefinition, reportDisclosure, type Study, writeReport } from "../../src/index.ts";
import {
  Codebook,
  cellKey,
  csvEquations,
  type Equation,
  feasibleValues,
  pageText,
  sentenceEquations,
} from "./reader.ts";

// Acceptance of issue 11: reports built from small simulated waves (30 to 60 respondents, several
// seeds, the standard sections), attacked by a reader who parses every CSV table and the sentences
// of the page, including differences between waves and combined shares. No count of 1 to 4
// respondents may be recomputed.
const [w21, w25] = workerInstruments;
const CASES = [
  { n: 30, seed: 1 },
  { n: 30, seed: 2 },
  { n: 45, seed: 3 },
  { n: 60, seed: 4 },
];

async function publish(n: number, seed: number) {
  const files: Record<string, Uint8Array> = {
    "/sim/a.csv": new TextEncoder().encode(tableToCsv(simulateResponses(w21!, { n, seed }))),
    "/sim/b.csv": new TextEncoder().encode(tableToCsv(simulateResponses(w25!, { n, seed: seed + 100 }))),
  };
  const definition = parseDefinition(
    JSON.stringify({
      id: "sim",
      title: { fr: "Simulation", nl: "Simulatie" },
      source: { fr: "Simulation", nl: "Simulatie" },
      commune: "1030",
      waves: [
        { file: "a.csv", instrument: "worker@2021", fictional: true },
        { file: "b.csv", instrument: "worker@2025", fictional: true },
      ],
    }),
    "sim.json",
  );
  const study = await loadStudy(definition, { baseDir: "/sim", readFile: (p) => files[p]! });
  const out = new Map<string, string | Uint8Array>();
  await writeReport(study, { write: (p, d) => out.set(p, d), raster: false, languages: ["fr"] });
  return { study, out };
}

/** Every percentage of a text, as "45" or "7.4". */
const percentages = (text: string) =>
  [...text.replace(/IC 95 % : [\d,]+–[\d,]+ %/g, "").matchAll(/(\d+(?:,\d+)?) ?%/g)].map((m) =>
    m[1]!.replace(",", "."),
  );

/** The true count of every cell, from the data. */
function truth(study: Study): Map<string, number> {
  const t = study.harmonised.table;
  const waves = t.array("vague") as string[];
  const counts = new Map<string, number>();
  for (const column of t.columnNames()) {
    const values = t.array(column) as unknown[];
    values.forEach((v, i) => {
      const k = cellKey(waves[i]!, column, (v ?? null) as string | boolean | null);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    });
  }
  return counts;
}

const read = new Map<string, number>();

describe("disclosure of a whole report, attacked by a reader", () => {
  for (const { n, seed } of CASES) {
    it(`recovers no count of 1 to 4 respondents (n = ${n}, seed ${seed})`, async () => {
      const { study, out } = await publish(n, seed);
      const book = new Codebook(study.instrument);
      const counts = truth(study);
      const value = (k: string) => counts.get(k) ?? 0;
      const csv = csvEquations(out, book);
      const bases = (wave: string, q: string) => {
        const keys = book.base(wave, q);
        const e = csv.find((x) => x.terms.size === keys.length && keys.every((k) => x.terms.has(k)));
        return e?.value ?? null;
      };
      const text = pageText(String(out.get("index.html")));
      const equations: Equation[] = [...csv, ...sentenceEquations(text, book, bases)];
      // The reader read right: every equation holds on the true table.
      for (const e of equations) {
        const lhs = [...e.terms].reduce((s, [k, c]) => s + c * value(k), 0);
        expect(lhs, `${e.source}: ${[...e.terms.keys()].join(" + ")}`).toBe(e.value);
      }
      for (const e of equations) {
        const kind = e.source.startsWith("sentence") ? e.source : "csv";
        read.set(kind, (read.get(kind) ?? 0) + 1);
      }

      // Group by variable; each wave's number of respondents is public too.
      const variableOf = (k: string) => k.split("|")[1]!;
      const byVariable = new Map<string, Equation[]>();
      for (const e of equations) {
        const v = variableOf([...e.terms.keys()][0]!);
        byVariable.set(v, [...(byVariable.get(v) ?? []), e]);
      }
      let small = 0;
      // No published number mixes two waves once a difference is turned into the share it gives,
      // so each wave of each variable is solved apart.
      for (const [variable, all] of byVariable)
        for (const wave of study.years) {
          const cells = book.cells(wave, variable);
          const eqs = all.filter((e) => [...e.terms.keys()].every((k) => k.startsWith(`${wave}|`)));
          expect(eqs.length + all.filter((e) => [...e.terms.keys()].some((k) => k.startsWith(`${wave}|`))).length).toBe(
            2 * eqs.length,
          );
          const totals = [
            {
              terms: new Map(cells.map((k) => [k, 1] as const)),
              value: cells.reduce((s, k) => s + value(k), 0),
              source: "sample size",
            },
          ];
          const max = totals[0]!.value;
          for (const cell of cells) {
            const v = value(cell);
            if (cell.endsWith("|null") || v < 1 || v >= study.threshold) continue;
            small++;
            const found = feasibleValues(cells, [...totals, ...eqs], cell, max);
            expect(found, `${cell}: search too large`).toBeDefined();
            expect(found!.size, `${cell} = ${v} is recomputed from the published numbers`).toBeGreaterThan(1);
          }
        }
      expect(small).toBeGreaterThan(20);

      // Figures (SVG text, alt text) show no percentage that is not also in a table or a sentence
      // the attack read: a chart cannot carry what the tables hide.
      const html = String(out.get("index.html"));
      const figures = [...html.matchAll(/<figure[\s\S]*?<\/figure>/g)].map((m) =>
        m[0].replace(/<details>[\s\S]*<\/details>/, ""),
      );
      const outside = pageText(html.replace(/<figure[\s\S]*?<\/figure>/g, ""));
      const pool = new Set<string>(percentages(outside));
      for (const [path, data] of out)
        if (path.startsWith("tables/") && path.endsWith(".fr.csv"))
          for (const cell of String(data).split(/[;\r\n]/)) {
            const v = Number(cell.replace(",", "."));
            if (cell !== "" && Number.isFinite(v)) for (const d of [0, 1]) pool.add(v.toFixed(d));
          }
      let seen = 0;
      for (const f of figures)
        for (const p of percentages(pageText(f))) {
          seen++;
          const tick = !p.includes(".") && (Number(p) % 10 === 0 || Number(p) % 25 === 0);
          expect(
            tick || pool.has(p),
            `${p} % in a figure (${/id="fig-([^"]+)"/.exec(f)?.[1]}) is in no table or sentence`,
          ).toBe(true);
        }
      expect(seen).toBeGreaterThan(100);
    });
  }
  it("read combined shares and « plus d'un quart » from the sentences, not only the tables", () => {
    expect(read.get("csv")).toBeGreaterThan(1000);
    expect(read.get("sentence: combined share")).toBeGreaterThan(0);
    expect(read.get("sentence: plus d'un quart")).toBeGreaterThan(0);
    expect(read.get("sentence: mean rank")).toBeGreaterThan(0);
  });
});

describe("the threshold of a report", () => {
  it("is said in the methodology when it is under 5, and protects down to it", async () => {
    const files: Record<string, Uint8Array> = {
      "/t/a.csv": new TextEncoder().encode(tableToCsv(simulateResponses(w21!, { n: 40, seed: 7 }))),
      "/t/b.csv": new TextEncoder().encode(tableToCsv(simulateResponses(w25!, { n: 40, seed: 8 }))),
    };
    const definition = parseDefinition(
      JSON.stringify({
        id: "seuil",
        title: { fr: "S", nl: "S" },
        source: { fr: "S", nl: "S" },
        commune: "1030",
        threshold: 3,
        waves: [
          { file: "a.csv", instrument: "worker@2021", fictional: true },
          { file: "b.csv", instrument: "worker@2025", fictional: true },
        ],
      }),
      "seuil.json",
    );
    const study = await loadStudy(definition, { baseDir: "/t", readFile: (p) => files[p]! });
    const method = (lang: "fr" | "nl") =>
      buildReport(study, lang)
        .sections.find((s) => s.id === "methodologie")!
        .blocks.flatMap((b) => (b.kind === "list" ? b.items : []))
        .join(" ");
    expect(method("fr")).toContain("fixe le secret statistique à 3 répondant(s), sous le seuil habituel de 5");
    expect(method("fr")).toContain("un nombre de 1 à 2 répondants");
    expect(method("nl")).toContain("legt het statistisch geheim op 3 respondent(en)");
    const d = reportDisclosure(study);
    expect(d.withheld.primary).toBeGreaterThan(0);
  });
});
