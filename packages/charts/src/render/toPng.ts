import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
/** The DejaVu fonts shipped by the `dejavu-fonts-ttf` npm package: never system fonts. */
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
export const FONT_FILES = [
  "DejaVuSans.ttf",
  "DejaVuSans-Bold.ttf",
  "DejaVuSans-Oblique.ttf",
  "DejaVuSans-BoldOblique.ttf",
].map((f) => join(FONT_DIR, f));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of PNG chunks (ISO 3309, as the PNG specification §5.5 defines it). */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Writes the resolution into a PNG: a `pHYs` chunk (PNG specification §11.3.5.3, pixels per metre,
 * unit = metre) right after `IHDR`, replacing any there was. Word, LibreOffice and InDesign then
 * place the image at its physical size (a 643 px figure at 300 dpi: 17 cm), not at 96 or 72 dpi.
 * @throws Error when the bytes are not a PNG.
 * @example pngDpi(withPhys(png, 300)) // => 300
 */
export function withPhys(png: Uint8Array, dpi: number): Uint8Array {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (png.length < 33 || signature.some((b, i) => png[i] !== b)) throw new Error("withPhys: not a PNG");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const c = new DataView(chunk.buffer);
  c.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  c.setUint32(8, perMetre);
  c.setUint32(12, perMetre);
  chunk[16] = 1; // unit: metre
  c.setUint32(17, crc32(chunk.subarray(4, 17)));
  // Copy every chunk, dropping an existing pHYs, and insert ours after IHDR (the first chunk).
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  let at = 8;
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (type !== "pHYs") parts.push(png.subarray(at, end));
    if (type === "IHDR") parts.push(chunk);
    at = end;
  }
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * The resolution a PNG declares in its `pHYs` chunk, in dots per inch (rounded), or null when it
 * declares none (or only an aspect ratio).
 * @example pngDpi(toPng(svg)) // => 300
 */
export function pngDpi(png: Uint8Array): number | null {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  while (at + 8 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === "pHYs") return png[at + 16] === 1 ? Math.round(view.getUint32(at + 8) * 0.0254) : null;
    if (type === "IDAT") return null;
    at += 12 + length;
  }
  return null;
}

/**
 * Renders SVG to PNG with resvg at a given resolution (default 300 dpi; SVG sizes are CSS pixels
 * at 96 dpi), with the shipped DejaVu fonts only, and writes that resolution into the file
 * (`pHYs`), so that a word processor places it at the figure's size: a `page` figure (643 px)
 * is 17 cm wide, a `column` figure (321 px) 8,5 cm.
 * @example writeFileSync("figure.png", toPng(await toSvg(chart.spec)))
 */
export function toPng(svg: string, options: { dpi?: number } = {}): Uint8Array {
  const dpi = options.dpi ?? 300;
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: dpi / 96 },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  return withPhys(resvg.render().asPng(), dpi);
}
