import { type Instrument, simulateResponses, worker2021, worker2025 } from "@monitoring-social/questionnaire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  encodeText,
  IngestError,
  readWave,
  writeCodebookCsv,
  writeGoogleFormsCsv,
  writeKoboXlsx,
  writeLimesurveyCsv,
} from "../../src/index.ts";
import { objectsForCompare } from "../helpers.ts";

type Writer = (t: ReturnType<typeof simulateResponses>, i: Instrument) => Uint8Array | Promise<Uint8Array>;
const writers: Record<string, { write: Writer; lossy: { dropId?: boolean; noneTickedAsBlank?: boolean } }> = {
  "codebook utf-8 BOM ,": { write: (t) => writeCodebookCsv(t), lossy: {} },
  "codebook utf-8 ;": {
    write: (t) => writeCodebookCsv(t, { delimiter: ";", decimal: ",", encoding: "utf-8" }),
    lossy: {},
  },
  "codebook windows-1252 ; decimal comma": {
    write: (t) => writeCodebookCsv(t, { delimiter: ";", decimal: ",", encoding: "windows-1252" }),
    lossy: {},
  },
  "codebook utf-16le tab (Excel Unicode text)": {
    write: (t) => writeCodebookCsv(t, { delimiter: "\t", encoding: "utf-16le" }),
    lossy: {},
  },
  "codebook utf-16be": { write: (t) => writeCodebookCsv(t, { encoding: "utf-16be" }), lossy: {} },
  // Google Forms has no respondent id, and writes an empty cell when no box is ticked.
  "google forms windows-1252": {
    write: (t, i) => writeGoogleFormsCsv(t, i),
    lossy: { dropId: true, noneTickedAsBlank: true },
  },
  "google forms utf-8 , nl labels": {
    write: (t, i) => writeGoogleFormsCsv(t, i, { lang: "nl", delimiter: ",", decimal: ".", encoding: "utf-8" }),
    lossy: { dropId: true, noneTickedAsBlank: true },
  },
  "kobo xlsx codes": { write: (t, i) => writeKoboXlsx(t, i), lossy: {} },
  "kobo xlsx labels": { write: (t, i) => writeKoboXlsx(t, i, { values: "labels", lang: "nl" }), lossy: {} },
  limesurvey: { write: (t, i) => writeLimesurveyCsv(t, i), lossy: {} },
};

describe("readWave", () => {
  it.each(Object.keys(writers))("reads back what was written as %s, equal to the original (property)", async (name) => {
    const { write, lossy } = writers[name]!;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1e6 }),
        fc.constantFrom(worker2021, worker2025),
        async (seed, instrument) => {
          const original = simulateResponses(instrument, { n: 12, seed });
          const wave = await readWave(await write(original, instrument), { instrument, fictional: true, file: name });
          expect(wave.report.problems).toEqual([]);
          expect(wave.provenance.rowsAccepted).toBe(12);
          expect(objectsForCompare(wave.table, lossy)).toEqual(objectsForCompare(original, lossy));
        },
      ),
      { numRuns: 8 },
    );
  });

  it("records provenance: SHA-256 of the untouched bytes, format, encoding, delimiter, accounting", async () => {
    const t = simulateResponses(worker2021, { n: 5, seed: 3 });
    const bytes = writeGoogleFormsCsv(t, worker2021);
    const copy = bytes.slice();
    const wave = await readWave(bytes, { instrument: worker2021, fictional: true, file: "x.csv" });
    expect(bytes).toEqual(copy);
    const { createHash } = await import("node:crypto");
    expect(wave.provenance).toMatchObject({
      file: "x.csv",
      sha256: createHash("sha256").update(copy).digest("hex"),
      format: "google-forms",
      encoding: "windows-1252",
      delimiter: ";",
      decimal: ",",
      instrument: "worker@2021",
      rowsRead: 5,
      rowsAccepted: 5,
      rowsRejected: 0,
    });
    expect(wave.fictional).toBe(true);
    expect(wave.report.fictional).toBe(true);
  });

  it("honours overrides of the detections", async () => {
    const t = simulateResponses(worker2025, { n: 4, seed: 9 });
    const bytes = writeCodebookCsv(t, { delimiter: ";", decimal: ",", encoding: "windows-1252" });
    // Read as UTF-8 on purpose: accents break, which the report must flag as mojibake or unknown values.
    const wrong = await readWave(bytes, { instrument: worker2025, fictional: true, encoding: "utf-8" });
    expect(wrong.provenance.encoding).toBe("utf-8");
    const right = await readWave(bytes, {
      instrument: worker2025,
      fictional: true,
      encoding: "windows-1252",
      delimiter: ";",
      format: "codebook",
    });
    expect(right.report.problems).toEqual([]);
  });

  it("refuses empty, binary and unreadable files with a clear error in the user's language", async () => {
    const opts = { instrument: worker2025, fictional: false, file: "f" } as const;
    await expect(readWave(new Uint8Array(), opts)).rejects.toMatchObject({ code: "empty_file" });
    await expect(readWave(encodeText("   \n\n", "utf-8"), opts)).rejects.toMatchObject({ code: "empty_file" });
    await expect(readWave(new Uint8Array([0, 1, 2, 3, 255, 0, 7]), { ...opts, lang: "nl" })).rejects.toThrow(
      /is geen leesbaar CSV-bestand/,
    );
    await expect(readWave(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), opts)).rejects.toMatchObject({
      code: "zip_damaged",
    });
    await expect(readWave(encodeText("foo;bar\n1;2\n", "utf-8"), opts)).rejects.toMatchObject({
      code: "no_matching_column",
    });
  });

  it("never throws anything but an IngestError on random, truncated or ragged input, and the accounting holds (property)", async () => {
    const good = writeCodebookCsv(simulateResponses(worker2025, { n: 6, seed: 1 }));
    const mutations = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.integer({ min: 0, max: good.length }).map((k) => good.slice(0, k)),
      fc.tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 })).map(([k, b]) => {
        const copy = good.slice();
        copy[k] = b;
        return copy;
      }),
      fc
        .array(fc.array(fc.string({ maxLength: 4 }), { maxLength: 6 }), { maxLength: 6 })
        .map((rows) => encodeText(["id;A1;B1_pct", ...rows.map((r) => r.join(";"))].join("\n"), "utf-8")),
    );
    await fc.assert(
      fc.asyncProperty(mutations, async (bytes) => {
        try {
          const w = await readWave(bytes, { instrument: worker2025, fictional: true });
          expect(w.provenance.rowsAccepted + w.provenance.rowsRejected).toBe(w.provenance.rowsRead);
          expect(w.table.numRows()).toBe(w.provenance.rowsAccepted);
          expect(w.report.rejected).toHaveLength(w.provenance.rowsRejected);
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a header-only file (no responses), and rejects ragged rows with their reason", async () => {
    for (const text of ["id;A1;B1_pct\n", "id;A1;B1_pct\n\n;;\n\n"]) {
      await expect(
        readWave(encodeText(text, "utf-8"), { instrument: worker2025, fictional: false, lang: "nl" }),
      ).rejects.toMatchObject({ code: "no_responses", message: expect.stringContaining("bevat geen enkel antwoord") });
    }
    const ragged = await readWave(
      encodeText("id;A1;A3;A5;A6;B1_pct;E1\nr1;cpas;accueil;1;c1030;20;parfois\nr2;cpas\n", "utf-8"),
      {
        instrument: worker2025,
        fictional: false,
      },
    );
    expect(ragged.provenance).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
    expect(ragged.report.rejected[0]).toMatchObject({ row: 3, reasons: [{ code: "ragged_row" }] });
  });
});
