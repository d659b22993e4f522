import { type ChartFormat, type ChartSpec, type PdfOptions, RasterPool, toSvg } from "@monitoring-social/charts";
import { reportJson, reportMarkdown } from "@monitoring-social/ingest";
import { LANGUAGES, type Language } from "@monitoring-social/questionnaire";
import type { Block, DataTable } from "../content/block.ts";
import { outputPath, renderHtml } from "../html/renderHtml.ts";
import { tr } from "../messages/index.ts";
import { buildReport } from "../sections/buildReport.ts";
import type { Study } from "../study/study.ts";
import {
  emptyFigureCache,
  FIGURE_CACHE_FILE,
  rasterKey,
  readFigureCache,
  specKey,
  writeFigureCache,
} from "./figureCache.ts";
import { tableCsv } from "./tableCsv.ts";
import { namesToReview, testimonyReviewPath as reviewPath, testimonyReview } from "./testimonyReview.ts";

/** Options of {@link writeReport}. */
export interface WriteReportOptions {
  /** Writes a file (path relative to the report folder), creating folders. Required. */
  readonly write: (path: string, data: string | Uint8Array) => void;
  /** Languages to produce. Default: French and Dutch. */
  readonly languages?: readonly Language[];
  /** Also render each figure to PNG (300 dpi) and vector PDF. Default: `true`. */
  readonly raster?: boolean;
  /**
   * Format of the second drawing of each figure that the page shows on narrow screens (phones),
   * inline beside the page-format one (no file of its own); `null` for none. Default: `"column"`.
   */
  readonly narrowFormat?: ChartFormat | null;
  /**
   * Reads a file (path relative to the report folder) that an earlier run wrote, or returns null
   * when there is none. With it, a figure whose spec did not change is not drawn again: its SVG is
   * taken from `FIGURE_CACHE_FILE`, its PNG and PDF kept. Default: none (every figure is drawn).
   */
  readonly read?: (path: string) => Uint8Array | null;
  /** Draws every figure again (SVG, PNG, PDF), even those that did not change. Default: `false`. */
  readonly redraw?: boolean;
  /** Worker threads that draw PNG and PDF (see `RasterPool`). Default: the available parallelism. */
  readonly threads?: number;
}

/** What {@link writeReport} wrote, relative to the report folder, in order. */
export interface WrittenReport {
  readonly files: readonly string[];
  /** Figures drawn to PNG and PDF by this run; the others were unchanged and kept. */
  readonly drawn: number;
  /**
   * Words of the published testimonies that may be personal names: how many, how many masked,
   * and the review list to read (`validation/temoignages.fr.md`).
   */
  readonly names: { readonly flagged: number; readonly masked: number; readonly review: string };
}

const pageName = (lang: Language) => (lang === "fr" ? "index.html" : `index.${lang}.html`);

function tablesOf(blocks: readonly Block[]): DataTable[] {
  return blocks.flatMap((b) => (b.kind === "table" ? [b.table] : b.kind === "figure" && b.table ? [b.table] : []));
}

/**
 * Writes a whole report for a loaded study: `index.html` (French) and `index.nl.html` (Dutch),
 * each figure inline twice (page format, and `narrowFormat` for phones: the page's stylesheet shows
 * one), every figure as SVG (and PNG at 300 dpi and vector PDF unless `raster: false`), every table as a
 * CSV for Excel, each wave's validation report (Markdown fr/nl, JSON), and the review list of the
 * testimonies' words that may be personal names (`validation/temoignages.fr.md`, masked until confirmed). Rejected rows, whose raw
 * cells may hold free text, are not copied into a folder meant for publication (`monitoring validate --out`
 * writes them).
 * Deterministic: the same study gives byte-identical HTML, SVG and CSV files. PNG and PDF are drawn
 * on worker threads while the report is built, and only for figures whose SVG changed since the
 * last run when `read` is given; likewise an SVG is drawn only when its spec changed
 * (`FIGURE_CACHE_FILE` keeps what the last run drew, by content hash).
 * @example await writeReport(await loadStudy(def, { baseDir }), { write: (p, d) => writeFileSync(join(out, p), d) })
 */
export async function writeReport(study: Study, options: WriteReportOptions): Promise<WrittenReport> {
  const files: string[] = [];
  const write = (path: string, data: string | Uint8Array) => {
    options.write(path, data);
    files.push(path);
  };
  const raster = options.raster ?? true;
  const languages = options.languages ?? LANGUAGES;
  const narrowFormat = options.narrowFormat === undefined ? "column" : options.narrowFormat;
  let names = { flagged: 0, masked: 0, review: reviewPath(languages[0] ?? "fr") };
  const read = options.read;
  const cached = options.redraw || !read ? emptyFigureCache() : readFigureCache(read(FIGURE_CACHE_FILE));
  const drawn = emptyFigureCache();
  /** A figure's SVG: the one an earlier run drew from the same spec, else drawn now. */
  const svgOf = async (spec: ChartSpec["spec"]) => {
    const key = specKey(spec);
    const svg = cached.svgs.get(key) ?? (await toSvg(spec));
    drawn.svgs.set(key, svg);
    return svg;
  };
  const pool = new RasterPool(options.threads === undefined ? {} : { threads: options.threads });
  const drawing: Promise<void>[] = [];
  /** PNG and PDF of a figure: kept when drawn from the same SVG by an earlier run, else drawn by the pool. */
  const rasterise = (svg: string, png: string, pdf: string, meta: PdfOptions) => {
    files.push(png, pdf);
    const key = rasterKey(svg, meta);
    drawn.rasters.set(png, key);
    if (cached.rasters.get(png) === key && read?.(png) !== null && read?.(pdf) !== null) return;
    drawing.push(
      pool.render(svg, meta).then((r) => {
        options.write(png, r.png);
        options.write(pdf, r.pdf);
      }),
    );
  };
  try {
    for (const lang of languages) {
      const report = buildReport(study, lang, narrowFormat ? { narrowFormat } : {});
      write(reviewPath(lang), testimonyReview(report));
      if (lang === languages[0]) {
        const flagged = namesToReview(report);
        names = { flagged: flagged.length, masked: flagged.filter((f) => f.masked).length, review: reviewPath(lang) };
      }
      const svgs = new Map<string, string>();
      const narrowSvgs = new Map<string, string>();
      for (const section of report.sections) {
        for (const block of section.blocks) {
          if (block.kind !== "figure") continue;
          const svg = await svgOf(block.chart.spec);
          svgs.set(block.id, svg);
          if (block.narrow) narrowSvgs.set(block.id, await svgOf(block.narrow.spec));
          write(outputPath("figures", block.id, lang, "svg"), svg);
          if (raster)
            rasterise(svg, outputPath("figures", block.id, lang, "png"), outputPath("figures", block.id, lang, "pdf"), {
              title: block.chart.meta.title,
              subject: block.chart.meta.altText,
              lang,
            });
        }
        for (const table of tablesOf(section.blocks))
          write(
            outputPath("tables", table.id, lang, "csv"),
            tableCsv(table, { source: { column: tr("csv_source", lang), text: report.source } }),
          );
      }
      write(
        pageName(lang),
        renderHtml(report, {
          svgs,
          narrowSvgs,
          pages: { fr: pageName("fr"), nl: pageName("nl") },
          downloads: raster ? ["svg", "png", "pdf"] : ["svg"],
        }),
      );
    }
    for (const wave of study.waves) {
      const base = `validation/${wave.provenance.file.replace(/\.[^.]+$/, "")}`;
      write(`${base}.validation.fr.md`, reportMarkdown(wave.report, { lang: "fr" }));
      write(`${base}.validation.nl.md`, reportMarkdown(wave.report, { lang: "nl" }));
      write(`${base}.validation.json`, reportJson(wave.report));
    }
    await Promise.all(drawing);
  } finally {
    await pool.close();
  }
  // The cache is not part of the report (not listed among its files).
  if (read) options.write(FIGURE_CACHE_FILE, writeFigureCache(drawn));
  return { files, names, drawn: drawing.length };
}
