import { worker2025 } from "@monitoring-social/questionnaire";
import { describe, expect, it } from "vitest";
import { encodeText, IngestError, readWave, reportJson, reportMarkdown } from "../../src/index.ts";

/** A codebook CSV without D1 (obstacles): D2 depends on it; and one unknown value on three rows. */
const CSV = [
  "id;A1;D2;B2;Colonne perso",
  "r1;cpas;souvent;hausse;x",
  "r2;cpas;parfois;beaucoup plus;x",
  "r3;commune;souvent;beaucoup plus;x",
  "r4;cpas;;beaucoup plus;x",
].join("\n");

describe("reportMarkdown", () => {
  it("starts with the column → question table, then the questions no column feeds", async () => {
    const wave = await readWave(encodeText(CSV, "utf-8"), { instrument: worker2025, fictional: false, file: "t.csv" });
    const md = reportMarkdown(wave.report, { lang: "fr" });
    const lines = md.split("\n");
    const table = lines.indexOf("## Colonnes du fichier → questions");
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(lines.indexOf("## Fichier"));
    expect(md).toContain("| 2 | A1 | `A1` — Type de structure | code |");
    expect(md).toContain("| 5 | Colonne perso | — **inconnue (ignorée)** | — |");
    expect(md).toMatch(/Questions qu'aucune colonne n'alimente : .*`D1` \(Obstacles\)/);
  });

  it("says once that a missing column left dependent answers unchecked, instead of one line per row", async () => {
    const wave = await readWave(encodeText(CSV, "utf-8"), { instrument: worker2025, fictional: false, file: "t.csv" });
    expect(wave.report.problems.filter((p) => p.code === "not_asked")).toEqual([]);
    const md = reportMarkdown(wave.report, { lang: "nl" });
    expect(md).toContain(
      "Vraag D1: geen enkele kolom van het bestand komt ermee overeen. 3 antwoord(en) op de vragen D2, die ervan afhangen (sprongregel), konden niet gecontroleerd worden.",
    );
    // The answers that could not be checked are kept, not nulled.
    expect(wave.table.array("D2")).toEqual(["souvent", "parfois", "souvent", null]);
  });

  it("writes the same problem on the same value once, with the other rows", async () => {
    const wave = await readWave(encodeText(CSV, "utf-8"), { instrument: worker2025, fictional: false, file: "t.csv" });
    const md = reportMarkdown(wave.report, { lang: "fr" });
    const lines = md.split("\n").filter((l) => l.includes("« beaucoup plus »"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("de même en ligne(s) 4, 5.");
    const json = JSON.parse(reportJson(wave.report));
    expect(json.problems.filter((p: { code: string }) => p.code === "unknown_choice")).toHaveLength(3);
    expect(json.columns[4]).toMatchObject({ header: "Colonne perso", status: "unknown", target: null });
  });
});

describe("a file nothing in can be recognised", () => {
  it("is refused with the export options of each tool that give a readable file, the detected tool first", async () => {
    const bytes = encodeText("_uuid;_submission_time;Vraag zonder naam\nu1;2025-03-01;x\n", "utf-8");
    const error = (await readWave(bytes, { instrument: worker2025, fictional: false, file: "k.csv", lang: "nl" }).catch(
      (e: unknown) => e,
    )) as IngestError;
    expect(error).toBeInstanceOf(IngestError);
    expect(error.code).toBe("no_matching_column");
    const nl = error.messages.nl.split("\n- ");
    expect(nl[1]).toMatch(/^KoboToolbox: .*XML values and headers/);
    expect(nl.slice(2).map((x) => x.split(":")[0])).toEqual(["LimeSurvey", "Google Forms", "Codebook-CSV"]);
    expect(error.messages.fr).toContain("« Valeurs et en-tête XML »");
  });
});
