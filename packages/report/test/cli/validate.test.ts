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
    expect(missing.err()).toBe(
      "Het bestand ‘/nope/absent.csv’ kan niet geopend worden (bestand niet gevonden). Controleer het pad.\n",
    );
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
    expect(bad.err()).toContain("Le fichier de correspondance « m.json » ne peut pas être utilisé");
    const unknown = io({ "d.csv": csv, "m.json": JSON.stringify({ Structure: "A99" }) });
    expect(await runCli(["validate", "d.csv", "--mapping", "m.json"], unknown.cli)).toBe(2);
    expect(unknown.err()).toContain('"Structure": "A99"');
  });

  it("refuses an unknown --format value, naming the allowed ones", async () => {
    const m = io({ "d.csv": "id\n1\n" });
    expect(await runCli(["validate", "d.csv", "--format", "excel"], m.cli)).toBe(2);
    expect(m.err()).toContain("kobo, limesurvey, google-forms, codebook");
  });

  it("--write-mapping writes the proposed mapping, guesses under $review, and --mapping reads it back unchanged", async () => {
    const csv = "ident;Type de structure (éditée);Temps\nr1;cpas;20\n";
    const m = io({ "d.csv": csv });
    await runCli(["validate", "d.csv", "--write-mapping", "m.json"], m.cli);
    const written = JSON.parse(String(m.written.get("m.json")));
    expect(written.$review).toContain("Type de structure (éditée)");
    expect(written["Type de structure (éditée)"]).toBe("A1");
    expect(m.err()).toContain("Correspondance proposée écrite dans m.json");
    const again = io({ "d.csv": csv, "m.json": String(m.written.get("m.json")) });
    await runCli(["validate", "d.csv", "--mapping", "m.json"], again.cli);
    expect(again.out()).toContain(
      "| 2 | Type de structure (éditée) | `A1` — Type de structure | fichier de correspondance |",
    );
  });

  it("--write-mapping still writes a proposal when no column is recognised (exit 2)", async () => {
    const m = io({ "d.csv": "Structure de travail;Zzz\ncpas;1\n" });
    expect(await runCli(["validate", "d.csv", "--write-mapping", "m.json", "--delimiter", ";"], m.cli)).toBe(2);
    expect(JSON.parse(String(m.written.get("m.json"))).$review).toEqual(["Structure de travail", "Zzz"]);
  });

  it("--include-incomplete keeps LimeSurvey's unfinished responses; without it they are set apart and written", async () => {
    const file = join(import.meta.dirname, "../../../ingest/test/fixtures/exporters/limesurvey/ls-code-codes-fr.csv");
    const apart = io();
    await runCli(["validate", file, "--out", "o"], apart.cli);
    expect(apart.out()).toContain("4 réponses n'ont pas été terminées");
    expect(String(apart.written.get(join("o", "ls-code-codes-fr.incomplete.csv")))).toMatch(
      /^\uFEFFligne;id;submitdate;/,
    );
    const kept = io();
    await runCli(["validate", file, "--include-incomplete"], kept.cli);
    expect(kept.out()).toContain("**36** lignes lues : **36** acceptées");
  });

  it("refuses an --out that names an existing file before reading anything, and writes nothing", async () => {
    const csv = "id;A1;A3;A5;A6;B1_pct;E1\nr1;cpas;accueil;1;c1030;20;parfois\n";
    const m = io({ "ok.csv": csv, "rapport.md": "déjà là" });
    expect(await runCli(["validate", "ok.csv", "--out", "rapport.md", "--lang", "nl"], m.cli)).toBe(2);
    expect(m.err()).toBe(
      "--out ‘rapport.md’ is een bestaand bestand: geef een map op (die wordt aangemaakt als ze niet bestaat). Er werd niets geschreven.\n",
    );
    expect(m.out()).toBe("");
    expect(m.written.size).toBe(0);
  });

  it("says that a header-only file holds no response, and exits 2", async () => {
    const m = io({ "vide.csv": "id;A1;A3;B1_pct\n\n" });
    expect(await runCli(["validate", "vide.csv"], m.cli)).toBe(2);
    expect(m.err()).toContain("Le fichier « vide.csv » ne contient aucune réponse");
    expect(m.out()).not.toContain("propre");
  });

  it("rejects the row of a stray quote, names its line, reads the rows after it, and exits 1", async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `r${i + 1};cpas;accueil;1;c1030;20;parfois;Texte ${i + 1}`);
    rows[2] = 'r3;cpas;accueil;1;c1030;20;parfois;"Trop de démarches';
    const m = io({ "guillemet.csv": ["id;A1;A3;A5;A6;B1_pct;E1;G1", ...rows].join("\n") });
    expect(await runCli(["validate", "guillemet.csv"], m.cli)).toBe(1);
    expect(m.out()).toContain("- Lignes lues : 20");
    expect(m.out()).toContain("- Lignes acceptées : 19");
    expect(m.out()).toContain(
      "- Ligne 4 : la cellule « G1 » commence par un guillemet (\") qui n'est pas refermé sur sa ligne",
    );
  });

  it("honours Excel's sep= first line and reads UTF-16 without a byte-order mark", async () => {
    const csv = "id;A1;A3;A5;A6;B1_pct;E1\r\nr1;cpas;accueil;1;c1030;20;parfois\r\n";
    const sep = io({ "sep.csv": `sep=;\r\n${csv}` });
    expect(await runCli(["validate", "sep.csv"], sep.cli)).toBe(0);
    expect(sep.out()).toContain("- Lignes acceptées : 1");
    const utf16 = io({ "u16.csv": new Uint8Array(Buffer.from(csv.replaceAll(";", "\t"), "utf16le")) });
    expect(await runCli(["validate", "u16.csv", "--lang", "nl"], utf16.cli)).toBe(0);
    expect(utf16.out()).toContain("- Codering: utf-16le");
  });

  it("explains a damaged workbook without the library's text", async () => {
    const m = io({ "kapot.xlsx": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]) });
    expect(await runCli(["validate", "kapot.xlsx"], m.cli)).toBe(2);
    expect(m.err()).toBe(
      "Le classeur « kapot.xlsx » est endommagé (archive ZIP incomplète ou abîmée, peut-être un téléchargement interrompu). Téléchargez-le ou exportez-le à nouveau.\n",
    );
  });
});
