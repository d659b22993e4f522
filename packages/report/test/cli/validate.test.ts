import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/index.ts";
import { memoryIo } from "./memoryIo.ts";

const dir = join(import.meta.dirname, "../../../../datasets/schaerbeek");

const io = memoryIo;

describe("monitoring validate", () => {
  it("exits 1 and prints the report when rows were rejected (Schaerbeek 2021, Dutch)", async () => {
    const m = io();
    const code = await runCli(
      [
        "validate",
        join(dir, "schaerbeek-2021-google-forms.csv"),
        "--instrument",
        "worker@2021",
        "--lang",
        "nl",
        "--fictional",
      ],
      m.cli,
    );
    expect(code).toBe(1);
    expect(m.out()).toContain("# Validatierapport — schaerbeek-2021-google-forms.csv");
    expect(m.out()).toContain("Verworpen rijen: 1");
    expect(m.out()).toContain("Fictieve gegevens");
  });

  it("exits 0 on a file with no rejected row, and writes the report files with --out", async () => {
    const csv = "id;A1;A3;A5;A6;B1_pct;E1\nr1;cpas;accueil;1;c1030;20;parfois\n";
    const m = io({ "ok.csv": csv });
    expect(await runCli(["validate", "ok.csv", "--instrument", "worker@2025", "--out", "rapport"], m.cli)).toBe(0);
    expect([...m.written.keys()].sort()).toEqual([
      "rapport/ok.rejected.csv",
      "rapport/ok.validation.fr.md",
      "rapport/ok.validation.json",
    ]);
  });

  it("exits 2 with the reason when the file cannot be read", async () => {
    const empty = io({ "vide.csv": "" });
    expect(await runCli(["validate", "vide.csv", "--instrument", "worker@2025"], empty.cli)).toBe(2);
    expect(empty.err()).toContain("Le fichier « vide.csv » est vide.");
    const missing = io();
    expect(await runCli(["validate", "/nope/absent.csv", "--lang", "nl"], missing.cli)).toBe(2);
    expect(missing.err()).toContain("Het bestand ‘/nope/absent.csv’ kan niet geopend worden (ENOENT)");
    const noFile = io();
    expect(await runCli(["validate"], noFile.cli)).toBe(2);
    expect(noFile.err()).toContain("Indiquez le fichier à valider");
  });

  it("reads a saved column mapping and rejects a bad one", async () => {
    const csv = "ident;Structure;Temps\nr1;cpas;20\n";
    const good = io({ "d.csv": csv, "m.json": JSON.stringify({ ident: "id", Structure: "A1", Temps: "B1_pct" }) });
    await runCli(["validate", "d.csv", "--mapping", "m.json"], good.cli);
    expect(good.out()).not.toContain("unmatched_column");
    const bad = io({ "d.csv": csv, "m.json": "{pas du json" });
    expect(await runCli(["validate", "d.csv", "--mapping", "m.json"], bad.cli)).toBe(2);
    expect(bad.err()).toContain("Le fichier de correspondance « m.json » est illisible");
  });

  it("refuses an unknown --format value, naming the allowed ones", async () => {
    const m = io({ "d.csv": "id\n1\n" });
    expect(await runCli(["validate", "d.csv", "--format", "excel"], m.cli)).toBe(2);
    expect(m.err()).toContain("kobo, limesurvey, google-forms, codebook");
  });
});
