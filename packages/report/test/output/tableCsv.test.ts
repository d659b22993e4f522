import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type DataTable, tableCsv } from "../../src/index.ts";

const table: DataTable = {
  id: "t",
  caption: "c",
  columns: [],
  cells: [],
  csv: {
    columns: ["libelle", "pct", "difference_points", "masque"],
    rows: [
      ['=HYPERLINK("http://x")', 45.3, -3.2, false],
      ["-3 jours", 0.4, null, true],
      ["@SUM(A1)", 12, 1234.5, false],
      ["+32 470", -0.1, 0, false],
    ],
  },
};

describe("tableCsv", () => {
  const csv = tableCsv(table);
  it("writes what Excel on a Belgian PC opens in columns: BOM, semicolons, decimal commas, CRLF", () => {
    expect(csv.startsWith("\uFEFFlibelle;pct;difference_points;masque\r\n")).toBe(true);
    expect(csv.split("\r\n")[2]).toBe("'-3 jours;0,4;;TRUE");
  });
  it("adds the source line as a last column of every row when given one", () => {
    const withSource = tableCsv(table, { source: { column: "source", text: "CASS. Données fictives." } });
    const rows = Papa.parse<string[]>(withSource.slice(1), { delimiter: ";" }).data.filter((r) => r.length > 1);
    expect(rows[0]).toEqual(["libelle", "pct", "difference_points", "masque", "source"]);
    for (const r of rows.slice(1)) expect(r[4]).toBe("CASS. Données fictives.");
  });
  it("neutralises text cells that start with = + - @, and leaves numbers, negative ones included, as numbers", () => {
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ";" }).data;
    expect(rows[1]).toEqual(['\'=HYPERLINK("http://x")', "45,3", "-3,2", "FALSE"]);
    expect(rows[3]).toEqual(["'@SUM(A1)", "12", "1234,5", "FALSE"]);
    expect(rows[4]).toEqual(["'+32 470", "-0,1", "0", "FALSE"]);
  });
});
