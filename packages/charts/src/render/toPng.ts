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

/**
 * Renders SVG to PNG with resvg at a given resolution (default 300 dpi; SVG sizes are CSS pixels
 * at 96 dpi), with the shipped DejaVu fonts only.
 * @example writeFileSync("figure.png", toPng(await toSvg(chart.spec)))
 */
export function toPng(svg: string, options: { dpi?: number } = {}): Uint8Array {
  const dpi = options.dpi ?? 300;
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: dpi / 96 },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
