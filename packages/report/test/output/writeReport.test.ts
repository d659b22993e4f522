import { describe, expect, it } from "vitest";
import { FIGURE_CACHE_FILE, readFigureCache, writeFigureCache, writeReport } from "../../src/index.ts";
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

/** Whether two written files hold the same bytes (text or binary). */
const same = (a: string | Uint8Array | undefined, b: string | Uint8Array | undefined) =>
  a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

describe("writeReport with the figures of an earlier run (figure cache)", async () => {
  const study = await schaerbeekStudy();
  /** Writes the Dutch report into `folder`, reading what an earlier run left there. */
  const run = (folder: Map<string, string | Uint8Array>, options: { raster?: boolean; redraw?: boolean } = {}) =>
    writeReport(study, {
      write: (p, d) => folder.set(p, d),
      read: (p) => {
        const d = folder.get(p);
        return d === undefined ? null : typeof d === "string" ? new TextEncoder().encode(d) : d;
      },
      languages: ["nl"],
      narrowFormat: null,
      threads: 0,
      ...options,
    });
  const folder = new Map<string, string | Uint8Array>();
  const first = await run(folder, { raster: true });
  const firstFiles = new Map(folder);
  const svgCount = first.files.filter((f) => f.endsWith(".svg")).length;

  it("draws every figure the first time, and keeps what it drew in figures/.cache.json (not a report file)", () => {
    expect(svgCount).toBeGreaterThan(10);
    expect(first.drawn).toBe(svgCount);
    expect(folder.has(FIGURE_CACHE_FILE)).toBe(true);
    expect(first.files).not.toContain(FIGURE_CACHE_FILE);
    expect(readFigureCache(new TextEncoder().encode(String(folder.get(FIGURE_CACHE_FILE)))).rasters.size).toBe(
      svgCount,
    );
  });

  it("draws nothing again when nothing changed, and the folder holds the same bytes", async () => {
    const second = await run(folder, { raster: true });
    expect(second.drawn).toBe(0);
    expect(second.files).toEqual(first.files);
    for (const [path, data] of firstFiles) expect(same(folder.get(path), data), path).toBe(true);
  });

  it("takes an unchanged figure's SVG from the cache, and draws again what --redraw asks", async () => {
    // A cache whose SVGs were replaced by markers: a run that reads it writes the markers.
    const cache = readFigureCache(new TextEncoder().encode(String(folder.get(FIGURE_CACHE_FILE))));
    const marked = new Map(folder);
    marked.set(
      FIGURE_CACHE_FILE,
      writeFigureCache({
        svgs: new Map([...cache.svgs.keys()].map((k) => [k, `<svg>${k}</svg>`])),
        rasters: new Map(),
      }),
    );
    await run(marked, { raster: false });
    const svgs = first.files.filter((f) => f.endsWith(".svg"));
    for (const f of svgs) expect(String(marked.get(f)), f).toMatch(/^<svg>[0-9a-f]{64}<\/svg>$/);
    await run(marked, { raster: false, redraw: true });
    for (const f of svgs) expect(same(marked.get(f), firstFiles.get(f)), f).toBe(true);
  });

  it("draws again the PNG and PDF of a figure whose SVG changed, and only those", async () => {
    const cache = readFigureCache(new TextEncoder().encode(String(folder.get(FIGURE_CACHE_FILE))));
    const [png] = [...cache.rasters.keys()];
    cache.rasters.set(png!, "0".repeat(64));
    folder.set(FIGURE_CACHE_FILE, writeFigureCache(cache));
    folder.delete(png!.replace(/\.png$/, ".pdf"));
    const third = await run(folder, { raster: true });
    expect(third.drawn).toBe(1);
    for (const [path, data] of firstFiles) expect(same(folder.get(path), data), path).toBe(true);
  });
});
