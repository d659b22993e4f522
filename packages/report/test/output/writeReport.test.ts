import { describe, expect, it } from "vitest";
import { writeReport } from "../../src/index.ts";
import { schaerbeekStudy } from "../helpers.ts";

async function written(raster: boolean) {
  const files = new Map<string, string | Uint8Array>();
  const result = await writeReport(await schaerbeekStudy(), { write: (p, d) => files.set(p, d), raster });
  return { files, result };
}

describe("writeReport (Schaerbeek, fictional exports)", async () => {
  const first = await written(false);

  it("writes both pages, an SVG per figure and a CSV per table in each language, and the validation reports", () => {
    const names = [...first.files.keys()];
    expect(names).toEqual(first.result.files);
    expect(names).toContain("index.html");
    expect(names).toContain("index.nl.html");
    expect(names).toContain("figures/temps-b1.fr.svg");
    expect(names).toContain("figures/temps-b1.nl.svg");
    expect(names).toContain("tables/temps-heures-etp.nl.csv");
    expect(names).toContain("validation/schaerbeek-2021-google-forms.validation.nl.md");
    expect(names.filter((n) => n.endsWith(".fr.svg")).length).toBe(names.filter((n) => n.endsWith(".nl.svg")).length);
    expect(names.some((n) => n.endsWith(".png") || n.endsWith(".pdf"))).toBe(false);
  });

  it("links, from each page, only files it wrote (no dead link, nothing external)", () => {
    for (const page of ["index.html", "index.nl.html"]) {
      const html = String(first.files.get(page));
      const links = [...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]!);
      expect(links.length).toBeGreaterThan(20);
      for (const link of links) expect(first.files.has(link), `${page} → ${link}`).toBe(true);
    }
  });

  it("inlines each figure twice, page format then column format for phones, and nothing else as an image", () => {
    for (const page of ["index.html", "index.nl.html"]) {
      const html = String(first.files.get(page));
      const figures = [...html.matchAll(/<figure id="([^"]+)">([\s\S]*?)<\/figure>/g)];
      expect(figures.length, page).toBeGreaterThan(10);
      for (const [, id, body] of figures) {
        const drawings = [
          ...body!.matchAll(
            /<div class="drawing drawing-(wide|narrow)" style="--share:([\d.]+)"><svg[^>]*\swidth="([\d.]+)"/g,
          ),
        ];
        expect(
          drawings.map((d) => d[1]),
          `${page} ${id}`,
        ).toEqual(["wide", "narrow"]);
        expect(body!.match(/<svg\b/g), `${page} ${id}`).toHaveLength(2);
        // Page drawings are about 643 px wide, column ones about 321 px (charts: FORMATS).
        const [wide, narrow] = drawings.map((d) => Number(d[3]));
        expect(wide! > 550 && narrow! < 400, `${page} ${id}: ${wide} / ${narrow}`).toBe(true);
      }
    }
  });

  it("is self-contained and script-free, with ids unique in the page and every internal reference resolved", () => {
    for (const page of ["index.html", "index.nl.html"]) {
      const html = String(first.files.get(page));
      expect(html, page).not.toMatch(
        /<script\b|<link\b|<iframe\b|<img\b|\bsrc=|@import|@font-face|url\((?!#)|\son[a-z]+="/i,
      );
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.length, page).toBeGreaterThan(30);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        page,
      ).toEqual([]);
      const known = new Set(ids);
      const refs = [...html.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"|aria-labelledby="([^"]+)"/g)].map(
        (m) => (m[1] ?? m[2] ?? m[3])!,
      );
      expect(refs.length, page).toBeGreaterThan(20);
      expect(
        refs.filter((r) => !known.has(r)),
        page,
      ).toEqual([]);
    }
  });

  it("is deterministic: a second run writes the same bytes", async () => {
    const second = await written(false);
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    for (const [name, data] of first.files) expect(second.files.get(name), name).toEqual(data);
  });

  it("says « Données fictives » / « Fictieve gegevens » on every page, in every figure and in every table", () => {
    expect(String(first.files.get("index.html"))).toContain("Données fictives");
    expect(String(first.files.get("index.nl.html"))).toContain("Fictieve gegevens");
    for (const [name, data] of first.files) {
      if (name.endsWith(".fr.svg")) expect(String(data), name).toContain("Données fictives");
      if (name.endsWith(".nl.svg")) expect(String(data), name).toContain("Fictieve gegevens");
      if (name.endsWith(".fr.csv"))
        expect(String(data).split("\r\n")[1], name).toMatch(/;Source\u00a0: .*Données fictives\.$/);
      if (name.endsWith(".nl.csv"))
        expect(String(data).split("\r\n")[1], name).toMatch(/;Bron: .*Fictieve gegevens\.$/);
    }
  });
});
