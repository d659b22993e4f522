import { readFileSync } from "node:fs";
import { join } from "node:path";
import { worker2021, worker2025, workerHarmonisation } from "@monitoring-social/questionnaire";
import { describe, expect, it } from "vitest";
import { harmonise, readWave } from "../../src/index.ts";

const dir = join(import.meta.dirname, "../../../../datasets/schaerbeek");

describe("harmonise (the fictional Schaerbeek waves)", async () => {
  const w2021 = await readWave(readFileSync(join(dir, "schaerbeek-2021-google-forms.csv")), {
    instrument: worker2021,
    fictional: true,
    file: "schaerbeek-2021-google-forms.csv",
  });
  const w2025 = await readWave(readFileSync(join(dir, "schaerbeek-2025-kobo.xlsx")), {
    instrument: worker2025,
    fictional: true,
    file: "schaerbeek-2025-kobo.xlsx",
  });

  it("loads both exports with exactly the planted problems", () => {
    expect(w2021.report.problems.map((p) => [p.code, p.row])).toEqual([
      ["unknown_choice", 13],
      ["unknown_choice", 42],
      ["unknown_choice", 72],
      ["out_of_range", 92],
      ["required_missing", 122],
      ["required_missing", 152],
      ["duplicate_response", 180],
    ]);
    expect(w2025.report.problems.map((p) => [p.code, p.row])).toEqual([
      ["out_of_range", 52],
      ["duplicate_id", 142],
    ]);
  });

  it("reports exactly the rows the generator says it planted mistakes in, and no other", () => {
    for (const [wave, base] of [
      [w2021, "schaerbeek-2021-google-forms"],
      [w2025, "schaerbeek-2025-kobo"],
    ] as const) {
      const planted = readFileSync(join(dir, `${base}.planted.txt`), "utf8");
      const rows = [...planted.matchAll(/^- ligne (\d+) :/gm)].map((m) => Number(m[1]));
      expect(wave.report.problems.map((p) => p.row)).toEqual(rows);
    }
  });

  it("stacks the waves in the comparison schema with a vague column, oldest first", () => {
    const h = harmonise([w2025, w2021], workerHarmonisation);
    expect(h.table.numRows()).toBe(w2021.table.numRows() + w2025.table.numRows());
    const vagues = h.table.array("vague") as string[];
    expect(vagues[0]).toBe("2021");
    expect(vagues.at(-1)).toBe("2025");
    expect(h.table.columnNames()).toContain("B1");
    expect(h.table.columnNames()).not.toContain("B1_pct");
    expect(h.fictional).toBe(true);
    // Every 2025 time share was binned into a 2021 bracket.
    const b1 = (h.table.array("B1") as (string | null)[]).filter((_, i) => vagues[i] === "2025");
    expect(b1.every((v) => v === null || /^b\d+_\d+$/.test(v))).toBe(true);
    expect(h.comparability.find((r) => r.question === "B1")?.status).toBe("binned");
  });

  it("harmonises one wave alone, its comparison questions defined by every version given", () => {
    const h = harmonise([w2025], workerHarmonisation, { instruments: [worker2021, worker2025] });
    expect(h.table.numRows()).toBe(w2025.table.numRows());
    // B1 in 2021's brackets, from 2025's percentages; C1 keeps the choices 2021 did not have.
    expect(h.table.columnNames()).toEqual(expect.arrayContaining(["B1", "C1__telecom", "B4", "F9"]));
    expect(h.table.columnNames()).not.toContain("C1__covid_safe_ticket");
    expect(h.comparability.find((r) => r.question === "C1")).toMatchObject({ status: "identical", versions: ["2025"] });
    expect(h.comparability.find((r) => r.question === "B4")?.versions).toEqual(["2025"]);
  });
});
