import { readFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalColumns, choiceList, worker2025 } from "@monitoring-social/questionnaire";
import { describe, expect, it } from "vitest";
import { columnTable, readWave, type Wave } from "../../src/index.ts";

/**
 * Exports laid out as KoboToolbox (written by formpack itself), LimeSurvey and Google Forms write
 * them, with the same 32 fictional answers as `codebook/codebook.csv` (see the fixtures' README for
 * the source of each layout). Each file is read with no mapping.
 */
const DIR = join(import.meta.dirname, "../fixtures/exporters");
const FILES = {
  kobo: [
    "kobo-labels-fr-groups.xlsx",
    "kobo-labels-fr-groups.csv",
    "kobo-labels-nl-nogroups.csv",
    "kobo-labels-nl-groups-dash.xlsx",
    "kobo-labels-fr-summary.csv",
    "kobo-xml-groups-details.csv",
    "kobo-xml-both-text.xlsx",
  ],
  limesurvey: [
    "ls-code-codes-fr.csv",
    "ls-code-full-fr.csv",
    "ls-full-codes-nl.xlsx",
    "ls-full-full-nl.csv",
    "ls-codetext-codes-fr.xlsx",
    "ls-codetext-full-nl.csv",
    "ls-abbreviated-full-fr.csv",
  ],
  "google-forms": ["gf-fr.csv", "gf-nl.csv", "gf-fr-excel.csv"],
} as const;
const FOLDER = { kobo: "kobo", limesurvey: "limesurvey", "google-forms": "googleForms" } as const;
const CASES = (Object.keys(FILES) as (keyof typeof FILES)[]).flatMap((format) =>
  FILES[format].map((file) => ({ format, file, path: join(DIR, FOLDER[format], file) })),
);

async function read(path: string, options: { includeIncomplete?: boolean } = {}): Promise<Wave> {
  return readWave(readFileSync(path), {
    instrument: worker2025,
    fictional: true,
    file: path.split("/").pop()!,
    ...options,
  });
}

/** The canonical rows without the respondent id (each tool has its own: uuid, response id, none). */
function answers(wave: Wave): Record<string, unknown>[] {
  return (wave.table.objects() as Record<string, unknown>[]).map(({ id: _, ...rest }) => rest);
}

const reference = await read(join(DIR, "codebook/codebook.csv"));

describe("readWave on exports as the tools write them", () => {
  it("reads the codebook CSV of the same answers cleanly (the reference)", () => {
    expect(reference.provenance).toMatchObject({ format: "codebook", delimiter: ";", decimal: ",", rowsAccepted: 32 });
    expect(reference.report.problems).toEqual([]);
  });

  it.each(CASES)("$file: every column recognised with no mapping, as $format", async ({ path, format }) => {
    const wave = await read(path);
    expect(wave.provenance.format).toBe(format);
    const { rows, missing } = columnTable(wave.report);
    expect(rows.filter((r) => r.status !== "recognised" && r.status !== "tool")).toEqual([]);
    // Every question of the instrument has its column(s) in these exports.
    expect(missing).toEqual([]);
    const fed = new Set(rows.flatMap((r) => (r.status === "recognised" && r.target ? [r.target] : [])));
    const expected = canonicalColumns(worker2025)
      .filter((c) => c.question !== "vague" && c.question !== "commune" && c.question !== "id")
      .map((c) => c.name)
      // A Google Forms "Autre" text is written in place of the choice: it has no column of its own.
      .filter((name) => format !== "google-forms" || !name.endsWith("__autre_texte"));
    // The indicator of each question's "other" choice, which LimeSurvey only writes as its `Q[other]` text.
    const otherChoice = new Set(
      worker2025.questions.flatMap((q) =>
        q.kind === "multiple"
          ? choiceList(worker2025, q)
              .choices.filter((c) => c.other)
              .map((c) => `${q.id}__${c.code}`)
          : [],
      ),
    );
    for (const name of expected) {
      const q = name.split("__")[0]!;
      // Kobo's "Single column" and Google Forms list the choices in one cell: the question feeds them all.
      const ok =
        fed.has(name) ||
        fed.has(q) ||
        (format === "limesurvey" && otherChoice.has(name) && fed.has(`${q}__autre_texte`));
      expect(ok, name).toBe(true);
    }
  });

  it.each(CASES)("$file: every row accounted for, no problem, same answers as the codebook CSV", async ({ path }) => {
    const wave = await read(path);
    const p = wave.provenance;
    expect(p.rowsAccepted + p.rowsRejected + (p.incompleteIncluded ? 0 : p.rowsIncomplete)).toBe(p.rowsRead);
    expect(p.rowsAccepted).toBe(32);
    expect(wave.report.problems).toEqual([]);
    // Same canonical table, hence the same estimates.
    expect(answers(wave)).toEqual(answers(reference));
  });

  it.each(CASES.filter((c) => c.format !== "google-forms"))(
    "$file: the decimal separator shown is the point the tool writes (0.7 read as 0.7)",
    async ({ path }) => {
      const wave = await read(path);
      expect(wave.provenance.decimal).toBe(".");
      expect(wave.table.array("A5").some((v) => v === 0.7)).toBe(true);
    },
  );

  it("Google Forms: the decimal separator shown is the one typed (a comma)", async () => {
    for (const c of CASES.filter((x) => x.format === "google-forms"))
      expect((await read(c.path)).provenance.decimal, c.file).toBe(",");
  });
});

describe("LimeSurvey: unfinished responses (empty submitdate), default answer codes", () => {
  const path = join(DIR, "limesurvey/ls-code-codes-fr.csv");

  it("are set apart by default: counted, listed with their rows, out of the table", async () => {
    const wave = await read(path);
    expect(wave.provenance).toMatchObject({
      rowsRead: 36,
      rowsAccepted: 32,
      rowsIncomplete: 4,
      incompleteIncluded: false,
    });
    expect(wave.report.incomplete.map((r) => r.row)).toEqual([7, 16, 25, 34]);
    expect(wave.report.incomplete[0]!.cells[1]).toBe("");
  });

  it("the report says which columns' answers were read by LimeSurvey's default codes, by position", async () => {
    const codes = columnTable((await read(path)).report).rows;
    expect(codes.find((r) => r.header === "A1")!.valuesByPosition).toBe(true);
    expect(codes.find((r) => r.header === "A4")!.valuesByPosition).toBe(false);
    const full = columnTable((await read(join(DIR, "limesurvey/ls-code-full-fr.csv"))).report).rows;
    expect(full.some((r) => r.valuesByPosition)).toBe(false);
  });

  it("are read with the others when asked (includeIncomplete)", async () => {
    const wave = await read(path, { includeIncomplete: true });
    expect(wave.provenance).toMatchObject({
      rowsRead: 36,
      rowsAccepted: 36,
      rowsIncomplete: 4,
      incompleteIncluded: true,
    });
    expect(wave.report.incomplete).toEqual([]);
    // An unfinished response stopped before module D: no answer there.
    const rows = wave.table.objects() as Record<string, unknown>[];
    expect(rows[5]!.D2).toBeNull();
  });
});
