import { readFileSync } from "node:fs";
import { join } from "node:path";
import { worker2025 } from "@monitoring-social/questionnaire";
import { describe, expect, it } from "vitest";
import {
  columnTable,
  encodeText,
  IngestError,
  MappingError,
  mappingProposal,
  parseMapping,
  readWave,
  type Wave,
} from "../../src/index.ts";

const DIR = join(import.meta.dirname, "../fixtures/exporters");
const answers = (w: Wave) => (w.table.objects() as Record<string, unknown>[]).map(({ id: _, ...r }) => r);

/** A KoboToolbox label export whose form labels a commune edited before fielding it. */
function editedExport(): Uint8Array {
  const text = readFileSync(join(DIR, "kobo/kobo-labels-nl-nogroups.csv"), "utf-8");
  const [head, ...rest] = text.split("\r\n");
  const edited = head!
    .replace('"In welk type organisatie werkt u?"', '"Welk type organisatie is uw werkgever?"')
    .replace('"Hoeveel jaar werkt u al in de sociale sector?"', '"Aantal jaren werkervaring in de sociale sector"')
    .replace('"In welke sector(en) werkt u?/Huisvesting"', '"Sector(en) waarin u werkt/Huisvesting"');
  return encodeText([edited, ...rest].join("\r\n"), "utf-8");
}

describe("mappingProposal", () => {
  it("proposes the edited columns as guesses marked for review; the mapping, unchanged, recognises every column", async () => {
    const bytes = editedExport();
    const first = await readWave(bytes, { instrument: worker2025, fictional: true, file: "edited.csv" });
    const guessed = columnTable(first.report).rows.filter((r) => r.status === "guessed");
    expect(guessed.map((r) => r.target)).toEqual(["A1", "A2__logement", "A4"]);
    const proposal = mappingProposal(first.report.columns);
    const file = parseMapping(proposal, worker2025);
    expect(file.review).toEqual([
      "Welk type organisatie is uw werkgever?",
      "Sector(en) waarin u werkt/Huisvesting",
      "Aantal jaren werkervaring in de sociale sector",
    ]);
    const second = await readWave(bytes, { instrument: worker2025, fictional: true, mapping: file.mapping });
    const { rows } = columnTable(second.report);
    expect(rows.filter((r) => r.status !== "recognised" && r.status !== "tool")).toEqual([]);
    expect(second.report.problems).toEqual([]);
    const reference = await readWave(readFileSync(join(DIR, "codebook/codebook.csv")), {
      instrument: worker2025,
      fictional: true,
    });
    expect(answers(second)).toEqual(answers(reference));
  });

  it("is written even when no column is recognised (the error carries the columns)", async () => {
    const bytes = encodeText("Temps de travail consacré aux démarches (%);Zzz\n20;x\n", "utf-8");
    const error = await readWave(bytes, { instrument: worker2025, fictional: true, delimiter: ";" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    const columns = (error as IngestError).columns!;
    expect(JSON.parse(mappingProposal(columns))).toEqual({
      "Temps de travail consacré aux démarches (%)": "B1_pct",
      Zzz: "-",
      $review: ["Temps de travail consacré aux démarches (%)", "Zzz"],
    });
  });
});

describe("parseMapping", () => {
  it("accepts every kind of target and keeps $review apart", () => {
    const m = parseMapping(
      { a: "B1_pct", b: "C1__cpas", c: "A1__autre_texte", d: "id", e: "-", $review: ["a"], $note: "x" },
      worker2025,
    );
    expect(m).toEqual({
      mapping: { a: "B1_pct", b: "C1__cpas", c: "A1__autre_texte", d: "id", e: "-" },
      review: ["a"],
    });
  });

  it("refuses what is not an object of known targets, naming each bad entry", () => {
    expect(() => parseMapping("{oops", worker2025)).toThrow(MappingError);
    expect(() => parseMapping(["B1"], worker2025)).toThrow(MappingError);
    expect(() => parseMapping({ a: "B9", b: "C1__nope", c: 3 }, worker2025)).toThrow(
      /"a": "B9".*"b": "C1__nope".*"c": 3/,
    );
  });
});
