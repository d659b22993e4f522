import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeText,
  detectDelimiter,
  detectEncoding,
  encodeText,
  isZip,
  looksBinary,
  readCsv,
} from "../../src/index.ts";

describe("detectEncoding / decodeText", () => {
  const text = "Intitulé;Réponse\nÉtat civil…;12,5 €\n";
  it.each(["utf-8", "utf-8-bom", "windows-1252", "utf-16le", "utf-16be"] as const)("detects and decodes %s", (enc) => {
    const bytes = encodeText(text, enc);
    expect(detectEncoding(bytes)).toBe(enc);
    expect(decodeText(bytes).text).toBe(text);
  });
  it("keeps the Windows-1252 characters Latin-1 lacks (… € ’)", () => {
    expect(decodeText(new Uint8Array([0x85, 0x80, 0x92]), "windows-1252").text).toBe("…€’");
  });
  it("refuses to write a character Windows-1252 cannot hold, rather than replace it", () => {
    expect(() => encodeText("ok ≥ 2", "windows-1252")).toThrow(/≥/);
  });
  it("tells binary from text, and recognises a zip (xlsx) container", () => {
    expect(looksBinary(new Uint8Array([0x41, 0x00, 0x42]), "utf-8")).toBe(true);
    expect(looksBinary(encodeText("a;b\n1;2", "utf-8"), "utf-8")).toBe(false);
    expect(isZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true);
  });
  it("decodes what it encodes, for any text (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1 }),
        fc.constantFrom("utf-8", "utf-8-bom", "utf-16le", "utf-16be" as const),
        (s, enc) => {
          fc.pre(!s.startsWith("\uFEFF"));
          expect(decodeText(encodeText(s, enc), enc).text).toBe(s);
        },
      ),
    );
  });
});

describe("detectDelimiter / readCsv", () => {
  it("detects ; , and tab", () => {
    expect(detectDelimiter("a;b;c\n1;2;3\n")).toBe(";");
    expect(detectDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectDelimiter("a\tb\tc\n1\t2\t3\n")).toBe("\t");
  });
  it("keeps quoted line breaks and quotes inside one cell, and numbers rows as a spreadsheet does", () => {
    const src = readCsv('id;G1\nr1;"Elle a dit : ""non""\net elle est partie"\n\nr2;ok\n', ";");
    const rows: [readonly string[], number][] = [];
    src.each((cells, row) => rows.push([cells, row]));
    expect(src.header).toEqual(["id", "G1"]);
    expect(rows).toEqual([
      [["r1", 'Elle a dit : "non"\net elle est partie'], 2],
      [["r2", "ok"], 4],
    ]);
    expect(src.blankLines()).toBe(1);
  });
});
