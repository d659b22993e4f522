import { simulateResponses, tableToCsv, workerInstruments } from "@monitoring-social/questionnaire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSection, loadStudy, parseDefinition, ReportError, WORKER_SECTIONS } from "../../src/index.ts";

// Small fictional waves, in memory.
const [w21, w25] = workerInstruments;
const files: Record<string, Uint8Array> = {
  "/fuzz/a.csv": new TextEncoder().encode(tableToCsv(simulateResponses(w21!, { n: 40, seed: 3 }))),
  "/fuzz/b.csv": new TextEncoder().encode(tableToCsv(simulateResponses(w25!, { n: 40, seed: 4 }))),
};
const base = {
  id: "fuzz",
  title: { fr: "F", nl: "F" },
  source: { fr: "S", nl: "S" },
  commune: "1030",
  waves: [
    { file: "a.csv", instrument: "worker@2021", fictional: true },
    { file: "b.csv", instrument: "worker@2025", fictional: true },
  ],
};

// Values a careless user may write in a section's field.
const values = fc.constantFrom<unknown>(
  "B1",
  "A1",
  "F1",
  "G1",
  "zzz",
  "",
  ["A1"],
  ["B2", "C1"],
  ["zzz"],
  ["souvent"],
  ["b26_50"],
  [],
  [1, 2],
  0,
  3,
  -1,
  2.5,
  "cinq",
  { b0_10: 5 },
  { x: 150 },
  { fr: "x", nl: "y" },
  null,
  true,
);
// The fields each kind of section has (a field another kind has would only be refused at once).
const fields: Record<string, readonly string[]> = {
  sample: ["questions"],
  timeShare: ["question", "above", "midpoints", "percentQuestion", "fte", "adjustFor"],
  compare: ["questions", "top"],
  likert: ["items"],
  testimonies: ["questions", "perWave", "confirmedWords"],
  methodology: ["intro"],
};
const targets = WORKER_SECTIONS.flatMap((s) => (fields[s.kind] ?? []).map((f) => [s, f] as const));

let built = 0;
describe("a report built from a mutated section", () => {
  it("either builds or stops with a ReportError (never another exception)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), values, async ([section, field], value) => {
        const json = JSON.stringify({ ...base, sections: [{ ...section, [field]: value }] });
        try {
          const definition = parseDefinition(json, "fuzz.json");
          const study = await loadStudy(definition, { baseDir: "/fuzz", readFile: (p) => files[p]! });
          buildSection(study, definition.sections[0]!, "nl");
          built++;
        } catch (e) {
          if (!(e instanceof ReportError)) throw e;
        }
      }),
      { numRuns: 100, seed: 11 },
    );
    // Some mutants are sound and must have been built, not all refused at the door.
    expect(built).toBeGreaterThan(5);
  });
});
