import { worker2025 } from "@monitoring-social/questionnaire";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { encodeText, readWave, rejectedCsv } from "../../src/index.ts";

describe("rejectedCsv", () => {
  it("neutralises the header row and text cells, leaves numbers as numbers, and keeps the cells beyond the header", async () => {
    const csv = [
      'id;A1;=HYPERLINK("x");B1_pct',
      "r1;cpas;ok;20",
      "r2;=1+1;-2;-3 jours;@SUM(A1);extra", // ragged: text beyond the header
    ].join("\n");
    const wave = await readWave(encodeText(csv, "utf-8"), { instrument: worker2025, fictional: false, file: "f.csv" });
    expect(wave.provenance.rowsRejected).toBe(1);
    const out = rejectedCsv(
      wave.report,
      wave.report.columns.map((c) => c.header),
      "fr",
    );
    const rows = Papa.parse<string[]>(out.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(["ligne", "motif", "message", "id", "A1", '\'=HYPERLINK("x")', "B1_pct", "col5", "col6"]);
    expect(rows[1]!.slice(0, 2)).toEqual(["3", "ragged_row"]);
    expect(rows[1]!.slice(3)).toEqual(["r2", "'=1+1", "-2", "'-3 jours", "'@SUM(A1)", "extra"]);
  });
});
