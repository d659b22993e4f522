import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { barChart, toPdf, toSvg } from "../../src/index.ts";
import { structureLabels, structureRows } from "../fixtures.ts";

const chart = barChart(structureRows, {
  title: "Type de structure des répondants",
  source: "CASS Schaerbeek, enquête 2021",
  fictional: true,
  labels: structureLabels.fr,
});

/** The PDF's content streams, inflated when a stream is Flate-compressed. */
function contentStreams(pdf: string): string[] {
  const out: string[] = [];
  for (const m of pdf.matchAll(/<<([\s\S]*?)>>\s*stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = pdf.indexOf("endstream", start);
    const bytes = Buffer.from(pdf.slice(start, end), "latin1");
    out.push(m[1]!.includes("/FlateDecode") ? inflateSync(bytes).toString("latin1") : bytes.toString("latin1"));
  }
  return out;
}

describe("toPdf", async () => {
  const svg = await toSvg(chart.spec);
  const bytes = await toPdf(svg, { title: chart.meta.title, subject: chart.meta.altText, lang: "fr" });
  const pdf = Buffer.from(bytes).toString("latin1");

  it("gives byte-identical files for the same SVG (fixed creation date and file ID)", async () => {
    const again = await toPdf(svg, { title: chart.meta.title, subject: chart.meta.altText, lang: "fr" });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(pdf).toContain("(D:20250101000000Z)");
    expect(pdf).not.toContain("/ModDate");
    expect(pdf).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
  });

  it("writes its streams uncompressed, so its bytes do not depend on the runtime's zlib (Node or Deno)", () => {
    expect(pdf).toMatch(/\bstream\r?\n/);
    expect(pdf).not.toContain("/FlateDecode");
  });

  it("is vector: text drawn as text, bars as paths, no raster image", () => {
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).not.toMatch(/\/Subtype\s*\/Image/);
    const content = contentStreams(pdf).join("\n");
    expect(content).toMatch(/\bBT\b[\s\S]*?\bT[jJ]\b[\s\S]*?\bET\b/);
    // Rectangles or path segments filled: the bars.
    expect(content).toMatch(/\b(re|l|c)\s+[\s\S]*?\bf\b/);
  });

  it("embeds the DejaVu fonts from the npm package as subsets, no other font", () => {
    const fonts = [...pdf.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]!.split("+")[1]);
    // Regular and bold always; the oblique face for the italic "n < 5".
    expect(fonts).toEqual(expect.arrayContaining(["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"]));
    for (const f of fonts) expect(f).toMatch(/^DejaVuSans(-Bold|-Oblique|-BoldOblique)?$/);
    expect(pdf).toContain("/FontFile2");
    expect(pdf).not.toMatch(/\/BaseFont\s*\/(Helvetica|Times|Arial)/);
  });

  it("sizes the page like the SVG (1 px = 0,75 pt) and writes title and language", () => {
    const w = Number(/width="([\d.]+)"/.exec(svg)![1]) * 0.75;
    const h = Number(/height="([\d.]+)"/.exec(svg)![1]) * 0.75;
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
    expect(Number(box[1])).toBeCloseTo(w, 3);
    expect(Number(box[2])).toBeCloseTo(h, 3);
    expect(pdf).toContain("/Lang (fr-BE)");
    expect(pdf).toContain("/Title");
  });

  it("refuses an SVG without a size", async () => {
    await expect(toPdf("<svg></svg>")).rejects.toThrow(/width and height/);
  });
});
