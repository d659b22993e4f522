import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ChartFormat,
  FONT_STACK,
  FORMATS,
  GALLERY_BUILDERS,
  galleryChart,
  galleryFileName,
  toNotebookSpec,
  toSvg,
  writeGallery,
} from "../../src/index.ts";
import { validateSpec, validateSpecV5 } from "../schema.ts";
import { svgFontSizes, svgWidth } from "../specParts.ts";

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
      // A figure from the data (a percentage as the language writes it) in every alt text.
      expect(meta.altText, `${builder} ${lang}`).toMatch(lang === "fr" ? /\d\u202f%/ : /\d%/);
      if (lang === "nl") expect(meta.altText, builder).not.toMatch(/\d[\u202f ]%|[«»]/);
      if (builder !== "keyFigure") expect(meta.note, `${builder} ${lang}`).toMatch(/n = \d+/);
    }
  });

  it("are exactly their format's width, in French and in Dutch, with no font under the format's minimum", async () => {
    for (const { builder, lang, format } of all) {
      const chart = galleryChart(builder, lang, format);
      const svg = await toSvg(chart.spec);
      expect(svgWidth(svg), `${builder} ${lang} ${format}`).toBe(FORMATS[format].width);
      const sizes = svgFontSizes(svg);
      expect(Math.min(...sizes), `${builder} ${lang} ${format}`).toBeGreaterThanOrEqual(FORMATS[format].minFontSize);
    }
  });

  it("write labels of at least 12 px and notes of at least 11 px in the web, page and column formats", async () => {
    for (const { builder, lang, format } of all.filter((c) => c.format !== "slide")) {
      const svg = await toSvg(galleryChart(builder, lang, format).spec);
      expect(Math.min(...svgFontSizes(svg)), `${builder} ${lang} ${format}`).toBeGreaterThanOrEqual(11);
      // Axis labels (answers, percentages) are 12 px or more.
      const axis = [...svg.matchAll(/role-axis-label[\s\S]*?<\/g>/g)].flatMap((m) => svgFontSizes(m[0]));
      if (axis.length > 0) expect(Math.min(...axis), `${builder} ${lang} ${format}`).toBeGreaterThanOrEqual(12);
    }
  });

  it("name the same font stack with fallbacks in every SVG, never DejaVu Sans alone", async () => {
    const svg = await toSvg(galleryChart("barChart", "nl", "web").spec);
    const families = new Set([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]));
    expect([...families]).toEqual([FONT_STACK.replaceAll('"', "&quot;")]);
    expect(FONT_STACK).toMatch(/^DejaVu Sans, .*Verdana.*Arial.*sans-serif$/);
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
