import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ChartFormat,
  FORMATS,
  GALLERY_BUILDERS,
  galleryChart,
  galleryFileName,
  toNotebookSpec,
  toSvg,
  writeGallery,
} from "../../src/index.ts";
import { validateSpec, validateSpecV5 } from "../schema.ts";

const formats = Object.values(ChartFormat);
const langs = ["fr", "nl"] as const;
const all = GALLERY_BUILDERS.flatMap((builder) =>
  langs.flatMap((lang) => formats.map((format) => ({ builder, lang, format }))),
);

describe("gallery charts (every builder × language × format)", () => {
  it("validate against the Vega-Lite 6 schema and, for notebooks, the Vega-Lite 5 schema", () => {
    for (const { builder, lang, format } of all) {
      const { spec } = galleryChart(builder, lang, format);
      expect(validateSpec(spec), `${builder} ${lang} ${format}: ${JSON.stringify(validateSpec.errors)}`).toBe(true);
      expect(validateSpecV5(toNotebookSpec(spec)), `${builder} ${lang} ${format} (v5)`).toBe(true);
    }
  });

  it("say the data are fictional and carry n, and an alt text drawn from the data, in the chart's language", () => {
    for (const { builder, lang, format } of all) {
      const { meta } = galleryChart(builder, lang, format);
      expect(meta.source).toContain(lang === "fr" ? "Données fictives" : "Fictieve gegevens");
      expect(meta.altText).toContain(lang === "fr" ? "Données fictives" : "Fictieve gegevens");
      // A figure from the data (a percentage with the house narrow no-break space) in every alt text.
      expect(meta.altText, `${builder} ${lang}`).toMatch(/\d\u202f%/);
      if (builder !== "keyFigure") expect(meta.note, `${builder} ${lang}`).toMatch(/n = \d+/);
    }
  });

  it("fit their format's width (never wider, at least 90 % of it) with no font under the format's minimum", async () => {
    for (const { builder, lang, format } of all) {
      const chart = galleryChart(builder, lang, format);
      const svg = await toSvg(chart.spec);
      const width = Number(/<svg[^>]*width="([\d.]+)"/.exec(svg)![1]);
      expect(width, `${builder} ${lang} ${format}`).toBeLessThanOrEqual(FORMATS[format].width + 1);
      expect(width, `${builder} ${lang} ${format}`).toBeGreaterThanOrEqual(FORMATS[format].width * 0.9);
      const sizes = [...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes), `${builder} ${lang} ${format}`).toBeGreaterThanOrEqual(FORMATS[format].minFontSize);
    }
  });
});

describe("writeGallery", () => {
  it("writes every SVG and a self-contained index.html, the same bytes twice", async () => {
    const a = mkdtempSync(join(tmpdir(), "gallery-a-"));
    const b = mkdtempSync(join(tmpdir(), "gallery-b-"));
    const written = await writeGallery(a, { png: false, pdf: false });
    await writeGallery(b, { png: false, pdf: false });
    expect(written).toHaveLength(all.length + 1);
    for (const file of readdirSync(a))
      expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file)))).toBe(true);
    const html = readFileSync(join(a, "index.html"), "utf8");
    expect(html).toContain("Données fictives — Fictieve gegevens");
    expect(html).not.toMatch(/<script|<link|@import|url\(|https?:\/\/(?!vega\.github\.io|www\.w3\.org)/);
    for (const { builder, lang, format } of all) {
      expect(written).toContain(`${galleryFileName(builder, lang, format)}.svg`);
    }
    expect(html.match(/<svg/g)).toHaveLength(all.length);
  });
});
