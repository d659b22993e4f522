import { simulateResponses, tableToCsv, worker2021, worker2025 } from "@monitoring-social/questionnaire";
import { buildReport, loadStudy, parseDefinition } from "./src/index.ts";

const files: Record<string, Uint8Array> = {};
const sim = (name: string, inst: typeof worker2021, n: number, seed: number, commune: string) => {
  files[`/sim/${name}`] = new TextEncoder().encode(tableToCsv(simulateResponses(inst, { n, seed, commune })));
};
sim("f21.csv", worker2021, 80, 1, "1190");
sim("f23.csv", worker2025, 70, 2, "1190");
sim("f25.csv", worker2025, 90, 3, "1190");
sim("sg25.csv", worker2025, 60, 4, "1060");
const shapes: Record<string, unknown[]> = {
  one: [{ file: "f25.csv", instrument: "worker@2025", fictional: true, year: "2025" }],
  three: [
    { file: "f21.csv", instrument: "worker@2021", fictional: true, year: "2021" },
    { file: "f23.csv", instrument: "worker@2025", fictional: true, year: "2023" },
    { file: "f25.csv", instrument: "worker@2025", fictional: true, year: "2025" },
  ],
  two: [
    { file: "f25.csv", instrument: "worker@2025", fictional: true, year: "2025" },
    { file: "sg25.csv", instrument: "worker@2025", fictional: true, commune: "1060", year: "2025" },
  ],
};
const which = process.argv[2]!;
const def = parseDefinition(
  JSON.stringify({
    id: which,
    title: { fr: "T", nl: "T" },
    source: { fr: "S", nl: "S" },
    commune: "1190",
    waves: shapes[which],
  }),
  "x.json",
);
const study = await loadStudy(def, { baseDir: "/sim", readFile: (p) => files[p]! });
const r = buildReport(study, "fr");
for (const s of r.sections) {
  console.log("##", s.id, s.title);
  if (s.id === "evolution")
    console.log(s.blocks.map((b) => b.kind + ":" + ((b as any).text ?? (b as any).id ?? "").slice(0, 120)));
  for (const b of s.blocks) {
    const t = b.kind === "table" ? b.table : b.kind === "figure" ? b.table : undefined;
    if (b.kind === "findings") for (const f of b.items.slice(0, 2)) console.log("  F:", f.text.slice(0, 250));
    if (t) {
      console.log("  T", t.id, "|", t.csv.columns.join(","));
      for (const row of t.csv.rows.slice(0, 3)) console.log("     ", row.join(","));
    }
  }
}
