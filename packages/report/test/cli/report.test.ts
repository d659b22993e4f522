import { readFileSync } from "node:fs";
import { join } from "node:path";
import { simulateResponses, tableToCsv, workerInstruments } from "@monitoring-social/questionnaire";
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
    expect(m.err()).toContain("De rapportdefinitie ‘kapot.json’ moet worden verbeterd:");
    expect(m.err()).toContain("- Het veld ‘waves’ moet minstens één golf bevatten:");
    expect(m.written.size).toBe(0);
  });

  it.each([
    [{ threshold: "cinq" }, "« threshold »"],
    [{ threshold: 0 }, "« threshold »"],
    [
      { sections: [{ kind: "compare", id: "c", title: { fr: "C", nl: "C" } }] },
      "Section « c » : le champ « questions » manque",
    ],
    [
      { sections: [{ kind: "text", id: "t", title: { fr: "T", nl: "T" }, intro: "x", body: { fr: "a", nl: "b" } }] },
      "« intro »",
    ],
  ])("refuses %j with a message naming the field, and exits 2 (no stack trace)", async (change, expected) => {
    const definition = { ...JSON.parse(readFileSync(modele, "utf8")), ...change };
    const m = io({ "def.json": JSON.stringify(definition) });
    expect(await runCli(["report", "def.json"], m.cli)).toBe(2);
    expect(m.err()).toContain("« def.json »");
    expect(m.err()).toContain(expected);
    expect(m.err()).not.toMatch(/\n\s+at /);
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

describe("monitoring report, testimonies naming people", () => {
  it("masks the names, writes the review list next to the report and says so in one line", async () => {
    const [w21, w25] = workerInstruments;
    const named = (t: ReturnType<typeof simulateResponses>) =>
      t.derive({ G1: () => "Situation fictive : Madame Lefèvre et Mohamed n'ont pas reçu leur prime." });
    const m = io({
      "/def/a.csv": tableToCsv(named(simulateResponses(w21!, { n: 40, seed: 5 }))),
      "/def/b.csv": tableToCsv(named(simulateResponses(w25!, { n: 40, seed: 6 }))),
      "/def/r.json": JSON.stringify({
        ...JSON.parse(readFileSync(modele, "utf8")),
        waves: [
          { file: "a.csv", instrument: "worker@2021", fictional: true },
          { file: "b.csv", instrument: "worker@2025", fictional: true },
        ],
      }),
    });
    expect(await runCli(["report", "/def/r.json", "--out", "/sortie", "--no-raster", "--lang", "nl"], m.cli)).toBe(0);
    const html = String(m.written.get("/sortie/index.html"));
    expect(html).not.toContain("Lefèvre");
    expect(html).toContain("Madame [nom] et [nom] n&#39;ont pas reçu");
    const review = String(m.written.get("/sortie/validation/temoignages.nl.md"));
    expect(review).toContain("# Getuigenissen: woorden na te lezen vóór publicatie");
    expect(review).toContain("woord ‘L… (7 letters)’ (na een aanspreektitel) — verborgen");
    expect(review).not.toContain("Lefèvre");
    expect(m.out()).toMatch(
      /Getuigenissen: 16 woord\(en\) die op persoonsnamen lijken \(16 verborgen\)\. Lees .*validation\/temoignages\.nl\.md na/,
    );
  });
});
