import { crc32 } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { barChart, FORMATS, pngDpi, toPng, toSvg, withPhys } from "../../src/index.ts";
import { structureLabels, structureRows } from "../fixtures.ts";

/** Width of a PNG, from its IHDR chunk (PNG specification §11.2.2). */
const pngWidth = (png: Uint8Array) => new DataView(png.buffer, png.byteOffset, png.byteLength).getUint32(16);

/** Every chunk of a PNG: type, data and stored CRC. */
function chunks(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; body: Uint8Array; crc: number }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    out.push({
      type: Buffer.from(png.subarray(at + 4, at + 8)).toString("latin1"),
      body: png.subarray(at + 4, at + 8 + length),
      crc: view.getUint32(at + 8 + length),
    });
    at += 12 + length;
  }
  return out;
}

describe("toPng", () => {
  const chart = barChart(structureRows, { title: "T", source: "S", fictional: true, labels: structureLabels.fr });

  it("declares its resolution (pHYs), so a word processor places it at the figure's physical size", async () => {
    const png = toPng(await toSvg(chart.spec));
    expect(pngDpi(png)).toBe(300);
    // 643 CSS px at 96 dpi = 170 mm; at 300 dpi 2009 pixels, that is 17,0 cm once placed (not 53 cm at 96 dpi).
    expect(pngWidth(png)).toBe(Math.round((FORMATS.page.width * 300) / 96));
    expect((pngWidth(png) / 300) * 2.54).toBeCloseTo(17.0, 1);
  });

  it("puts pHYs right after IHDR with the CRC a PNG reader checks (zlib's crc32)", async () => {
    const list = chunks(toPng(await toSvg(chart.spec), { dpi: 150 }));
    expect(list.map((c) => c.type).slice(0, 2)).toEqual(["IHDR", "pHYs"]);
    for (const c of list) expect(c.crc, c.type).toBe(crc32(c.body));
    expect(list.at(-1)!.type).toBe("IEND");
  });

  it("writes the dpi it is asked for, and the same bytes twice", async () => {
    const svg = await toSvg(chart.spec);
    expect(pngDpi(toPng(svg, { dpi: 150 }))).toBe(150);
    expect(Buffer.from(toPng(svg)).equals(Buffer.from(toPng(svg)))).toBe(true);
  });

  it("withPhys replaces a resolution already there; resvg alone writes none (the bug this fixes)", () => {
    const bare = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>').render().asPng();
    expect(pngDpi(bare)).toBeNull();
    const twice = withPhys(withPhys(bare, 72), 300);
    expect(pngDpi(twice)).toBe(300);
    expect(chunks(twice).filter((c) => c.type === "pHYs")).toHaveLength(1);
  });

  it("refuses bytes that are not a PNG", () => {
    expect(() => withPhys(new Uint8Array([1, 2, 3]), 300)).toThrow("not a PNG");
  });
});
