import { describe, expect, it } from "vitest";
import { CliError, checkOutDir, fileErrorReason, jsonErrorDetail, writeOrFail } from "../../src/index.ts";
import { memoryIo } from "./memoryIo.ts";

describe("checkOutDir", () => {
  it("refuses an --out that names an existing file, accepts a folder or a new path", () => {
    const m = memoryIo({ "rapport.csv": "a;b\n" });
    expect(() => checkOutDir(m.cli, "rapport.csv", "fr")).toThrow(
      "--out « rapport.csv » est un fichier qui existe déjà : indiquez un dossier (il est créé s'il n'existe pas). Rien n'a été écrit.",
    );
    expect(() => checkOutDir(m.cli, import.meta.dirname, "fr")).not.toThrow();
    expect(() => checkOutDir(m.cli, "/nouveau/dossier", "fr")).not.toThrow();
  });
});

describe("writeOrFail", () => {
  it("turns a system error into a CliError naming the file and the reason in the user's language", () => {
    const m = memoryIo();
    const io = {
      ...m.cli,
      writeFile: () => {
        throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      },
    };
    let caught: unknown;
    try {
      writeOrFail(io, "nl")("uit/x.csv", "…");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as CliError).message).toBe(
      "Kan ‘uit/x.csv’ niet schrijven (schijf vol). Controleer de uitvoermap (--out).",
    );
    expect((caught as CliError).exitCode).toBe(2);
  });
});

describe("fileErrorReason", () => {
  it("translates the system's codes, and says something general for the others", () => {
    const err = (code?: string) => Object.assign(new Error("raw"), code ? { code } : {});
    expect(fileErrorReason(err("ENOENT"), "fr")).toBe("fichier introuvable");
    expect(fileErrorReason(err("EISDIR"), "nl")).toBe("het is een map, geen bestand");
    expect(fileErrorReason(err("EACCES"), "fr")).toBe("accès refusé");
    expect(fileErrorReason(err("EWEIRD"), "fr")).toBe("erreur du système de fichiers");
    expect(fileErrorReason(err(), "nl")).toBe("fout van het bestandssysteem");
  });
});

describe("jsonErrorDetail", () => {
  it("gives the line and column of the fault, counted from the text", () => {
    const text = '{\n  "A1": "A1",\n  B2: "B2"\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(jsonErrorDetail(text, error, "fr")).toBe("JSON invalide à la ligne 3, colonne 3");
    expect(jsonErrorDetail("x", new Error("no position here"), "nl")).toBe("ongeldige JSON");
  });
});
