import { readWave } from "@monitoring-social/ingest";
import { simulateResponses, tableToCsv, worker2025 } from "@monitoring-social/questionnaire";
import { proportion, surveyDesign } from "@monitoring-social/stats";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { buildReport, missingCodes, ReportError, splitByWorkCommune } from "../../src/index.ts";
import { type Est, num, pct, rows, studyOfFiles, tables, texts } from "../sections/simulatedStudy.ts";

// One export that covers Forest and Saint-Gilles (a coordination that surveys both), split by the
// commune where each respondent mainly works (A6), as a definition asks with `splitByWorkCommune`.
// The export is simulated, then A6 is set row by row so that every case is known: 50 Forest, 30
// Saint-Gilles, 10 outside the Region, 5 blank, 5 an unknown code (« c9999 », set aside by the
// validation), and one more line with a cell too many, which the validation rejects.

const N = 100;
const a6Of = (i: number): string | null =>
  i % 10 < 5 ? "c1190" : i % 10 < 8 ? "c1060" : i % 10 === 8 ? "hors_bxl" : i % 20 === 9 ? null : "c9999";
const simulated = simulateResponses(worker2025, { n: N, seed: 7, commune: "1190" }).assign(
  aq.table({ A6: Array.from({ length: N }, (_, i) => a6Of(i)) }),
);
const csv = tableToCsv(simulated);
const delimiter = csv.split("\n")[0]!.includes(";") ? ";" : ",";
const lastLine = csv.trimEnd().split("\n").at(-1)!;
// A copy of the last respondent with one cell more than the header, under another id: rejected.
const ragged = `${lastLine.replace(/^[^;,]+/, "ragged-1")}${delimiter}x\n`;
const bytes = new TextEncoder().encode(`${csv.trimEnd()}\n${ragged}`);

const definition = {
  id: "forest-saint-gilles-2025",
  title: { fr: "Forest et Saint-Gilles", nl: "Vorst en Sint-Gillis" },
  source: { fr: "Coordination sociale", nl: "Sociale coördinatie" },
  commune: "1190",
  waves: [
    { file: "deux-communes.csv", instrument: "worker@2025", fictional: true, year: "2025", splitByWorkCommune: true },
  ],
};
const idsWhere = (f: (a6: string | null) => boolean) =>
  (simulated.array("id") as string[]).filter((_, i) => f(a6Of(i)));

describe("splitByWorkCommune", () => {
  it("puts each accepted respondent in exactly one commune's wave, or counts them, by reason", async () => {
    const wave = await readWave(bytes, { instrument: worker2025, fictional: true, file: "deux-communes.csv" });
    expect(wave.provenance.rowsRead).toBe(N + 1);
    expect(wave.provenance.rowsRejected).toBe(1);
    const split = splitByWorkCommune(wave, "fr");
    expect(split.waves.map((w) => w.commune)).toEqual(["1060", "1190"]);
    const ids = split.waves.map((w) => (w.table.array("id") as string[]).slice().sort());
    expect(ids).toEqual([idsWhere((a) => a === "c1060").sort(), idsWhere((a) => a === "c1190").sort()]);
    expect(split.outsideRegion).toBe(10);
    expect(split.noCommune).toBe(10);
    expect(split.outside).toBe(20);
    expect(ids[0]!.length + ids[1]!.length + split.outside).toBe(wave.provenance.rowsAccepted);
    // The unknown code is listed in the validation report, naming the value.
    expect(wave.report.problems.filter((p) => p.question === "A6" && p.value === "c9999")).toHaveLength(5);
  });

  it("refuses an export where nobody named a Brussels commune, in French and Dutch", async () => {
    const outside = simulated.derive({ A6: () => "hors_bxl" });
    const wave = await readWave(new TextEncoder().encode(tableToCsv(outside)), {
      instrument: worker2025,
      fictional: true,
      file: "hors.csv",
    });
    const error = (() => {
      try {
        splitByWorkCommune(wave, "nl");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe("split_no_commune");
    expect((error as ReportError).messages.fr).toContain("« hors.csv »");
    expect((error as ReportError).messages.nl).toContain("‘hors.csv’");
  });
});

describe("a report on an export split by commune of work", async () => {
  const study = await studyOfFiles(definition, new Map([["/sim/deux-communes.csv", bytes]]));
  const fr = buildReport(study, "fr");
  const nl = buildReport(study, "nl");

  it("makes one wave per commune, compared with each other", () => {
    expect(study.shape).toBe("communes");
    expect(study.waves.map((w) => [w.key, w.respondents])).toEqual([
      ["2025-1190", 50],
      ["2025-1060", 30],
    ]);
    expect(study.comparisons.map((c) => c.id)).toEqual(["2025-1190-2025-1060"]);
    expect(study.harmonised.table.numRows()).toBe(80);
    expect(study.outsideCommunes).toEqual([{ file: "deux-communes.csv", rows: 20, outsideRegion: 10, noCommune: 10 }]);
  });

  it("tells, in French and Dutch, how many respondents are in no commune and why, and the rejected row", () => {
    for (const [report, said] of [
      [
        fr,
        "20 répondant(s) retenu(s) ne sont dans aucune commune : 10 travaillent hors de la Région bruxelloise et 10 n'ont pas indiqué de commune en A6",
      ],
      [
        nl,
        "20 weerhouden respondent(en) zitten in geen enkele gemeente: 10 werken buiten het Brussels Gewest en 10 gaven geen gemeente op bij A6",
      ],
    ] as const) {
      const all = texts(report).join("\n");
      expect(all).toContain(said);
      // The samples table of the methodology: the 101 lines read, 100 kept, 1 rejected.
      const samples = rows(tables(report).get("methodologie-echantillons"));
      expect(samples).toHaveLength(1);
      expect(Object.values(samples[0]!).slice(4, 7)).toEqual([N + 1, N, 1]);
    }
    expect(texts(fr).join("\n")).toMatch(/Forest : 50 \(commune de travail, export deux-communes\.csv\)/);
    expect(texts(nl).join("\n")).toMatch(/Vorst: 50 \(werkgemeente, export deux-communes\.csv\)/);
  });

  it("publishes each commune's shares of A1 as proportion() gives them on that commune's rows of the export", () => {
    const missing = missingCodes(study.instrument, "A1");
    const published = rows(tables(fr).get("repondants-a1-communes")).filter((r) => num(r.n) !== null);
    for (const [label, code] of [
      ["Forest", "c1190"],
      ["Saint-Gilles", "c1060"],
    ] as const) {
      const ofCommune = simulated.filter(aq.escape((d: { A6: string | null }) => d.A6 === code));
      const direct = proportion(surveyDesign(ofCommune), "A1", { missingCodes: missing }).objects() as Est[];
      const mine = published.filter((r) => r.vague === label);
      expect(mine.length).toBeGreaterThan(2);
      for (const r of mine) {
        const e = direct.find((x) => x.level === r.code)!;
        expect([num(r.n), num(r.pct), num(r.ic_bas), num(r.ic_haut)]).toEqual([
          e.n,
          pct(e.estimate),
          pct(e.ci_low),
          pct(e.ci_high),
        ]);
      }
    }
  });
});
