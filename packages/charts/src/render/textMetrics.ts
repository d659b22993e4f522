import { type Font, openSync } from "fontkit";
import { FONT_FILES } from "./toPng.ts";

/** The four DejaVu Sans faces of the npm package: regular, bold, oblique, bold oblique; each opened when first used. */
const faces: (Font | undefined)[] = [];
const cache = new Map<string, number>();

/**
 * Width in px of `text` set in DejaVu Sans at `fontSize`, from the font's own advance widths and
 * kerning (fontkit), as resvg and the PDF will draw it.
 * @example measureText("Données fictives", 10) // => 86.4… (px)
 */
export function measureText(text: string, fontSize: number, bold = false, italic = false): number {
  const face = (bold ? 1 : 0) + (italic ? 2 : 0);
  const key = `${face}|${text}`;
  let units = cache.get(key);
  if (units === undefined) {
    faces[face] ??= openSync(FONT_FILES[face]!) as Font;
    const font = faces[face];
    units = font.layout(text).advanceWidth / font.unitsPerEm;
    cache.set(key, units);
  }
  return units * fontSize;
}

interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
  readonly fontStyle?: string;
  readonly limit?: number;
}

/**
 * Makes vega measure text with the DejaVu metrics instead of its fallback without a canvas
 * (0,8 em per character, far too wide): layout (label space, title and footnote bounds, the size
 * of the SVG) then matches what is drawn. Done once; the same measure gives the same bytes.
 * Called by `toSvg.ts` with the vega module it loads (vega is loaded only when a figure is drawn).
 * @example useDejaVuMetrics(vega); vega.textMetrics.width({ fontSize: 10 }, "Données fictives") // => 86.4…
 */
export function useDejaVuMetrics(vega: typeof import("vega")): void {
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } })
    .textMetrics;
  metrics.width = (item: TextItem, text: unknown) => {
    const value = text === null || text === undefined ? "" : String(text).trim();
    const size = item.fontSize !== undefined && item.fontSize !== null ? Number(item.fontSize) || 0 : 11;
    if (size <= 0 || value === "") return 0;
    const bold = item.fontWeight === "bold" || Number(item.fontWeight) >= 600;
    return measureText(value, size, bold, item.fontStyle === "italic");
  };
}
