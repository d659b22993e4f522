import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const FACES = [
  { file: "DejaVuSans.ttf", weight: "normal", style: "normal" },
  { file: "DejaVuSans-Bold.ttf", weight: "bold", style: "normal" },
  { file: "DejaVuSans-Oblique.ttf", weight: "normal", style: "italic" },
  { file: "DejaVuSans-BoldOblique.ttf", weight: "bold", style: "italic" },
] as const;

let cached: string | undefined;

/**
 * `@font-face` rules for DejaVu Sans (regular, bold, oblique, bold oblique) with the font files of
 * the `dejavu-fonts-ttf` npm package inlined as data URLs: a page printed with them looks the same
 * on every machine and fetches nothing.
 * @example embeddedFontFaces().startsWith("@font-face") // => true
 */
export function embeddedFontFaces(): string {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  cached = FACES.map(
    (f) =>
      `@font-face { font-family: "DejaVu Sans"; font-weight: ${f.weight}; font-style: ${f.style}; src: url(data:font/ttf;base64,${readFileSync(join(dir, f.file)).toString("base64")}) format("truetype"); }`,
  ).join("\n");
  return cached;
}
