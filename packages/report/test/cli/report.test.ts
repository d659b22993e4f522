import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/index.ts";
import { memoryIo } from "./memoryIo.ts";

const modele = join(import.meta.dirname, "../../../../reports/modele-commune/rapport.json");

const io = memoryIo;

describe("monitoring report", () => {
  it("writes a commune's report from the JSON model (standard sections, fictional data said)", async () => {
    const m = io();
    const code = await runCli(["report", modele, "--out", "/sortie", "--no-raster"], m.cli);
    expect(m.err()).toBe("");
    expect(code).toBe(0);
    expect(m.written.has("/sortie/index.html")).toBe(true);
    expect(m.written.has("/sortie/index.nl.html")).toBe(true);
    expect(String(m.written.get("/sortie/index.html"))).toContain("Données fictives");
    expect(m.out()).toContain("Rapport écrit");
    expect(m.out()).toContain("données fictives");
  });

  it("tells, in Dutch, what is wrong with a definition and exits 2", async () => {
    const m = io({ "kapot.json": JSON.stringify({ id: "x", waves: [] }) });
    const code = await runCli(["report", "kapot.json", "--lang", "nl"], m.cli);
    expect(code).toBe(2);
    expect(m.err()).toContain("De rapportdefinitie « kapot.json » moet worden verbeterd:");
    expect(m.err()).toContain("- Het veld « waves » moet precies twee golven bevatten, de oudste eerst.");
    expect(m.written.size).toBe(0);
  });

  it("names a wave file that does not exist, and exits 2", async () => {
    const definition = JSON.parse(readFileSync(modele, "utf8"));
    definition.waves[0].file = "introuvable.csv";
    const m = io({ "def.json": JSON.stringify(definition) });
    const code = await runCli(["report", "def.json"], m.cli);
    expect(code).toBe(2);
    expect(m.err()).toContain("« introuvable.csv »");
  });

  it("refuses an --out that names an existing file before any work, and writes nothing", async () => {
    const m = io({ "deja.html": "<p>" });
    expect(await runCli(["report", modele, "--out", "deja.html", "--no-raster"], m.cli)).toBe(2);
    expect(m.err()).toContain("--out « deja.html » est un fichier qui existe déjà");
    expect(m.written.size).toBe(0);
  });

  it("asks for the definition when none is given", async () => {
    const m = io();
    expect(await runCli(["report"], m.cli)).toBe(2);
    expect(m.err()).toContain("Indiquez la définition du rapport");
  });
});
