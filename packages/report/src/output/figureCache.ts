import { createHash } from "node:crypto";
import { type ChartSpec, type PdfOptions, rendererFingerprint } from "@monitoring-social/charts";

/**
 * File, in a report's folder, that keeps what the last run drew: each figure's SVG by the hash of
 * its spec, and from which SVG each PNG and PDF was drawn. Not published (ignored by git); deleting
 * it only makes the next run draw every figure again.
 */
export const FIGURE_CACHE_FILE = "figures/.cache.json";

/** What a report's last run drew (see {@link FIGURE_CACHE_FILE}). */
export interface FigureCache {
  /** SVG of each figure drawn, by {@link specKey}. */
  readonly svgs: Map<string, string>;
  /** For each PNG written (path relative to the report folder): the {@link rasterKey} it was drawn from. */
  readonly rasters: Map<string, string>;
}

const sha256 = (...parts: string[]): string => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("hex");
};

/**
 * The content hash of a figure's SVG: SHA-256 of the renderers (`rendererFingerprint`: the charts
 * code, vega, vega-lite, fonts) and the Vega-Lite spec. The same key gives the same SVG bytes.
 * @example specKey(barChart(rows, options).spec) // => "5d2c…" (64 hex digits)
 */
export function specKey(spec: ChartSpec["spec"]): string {
  return sha256("svg", rendererFingerprint(), JSON.stringify(spec));
}

/**
 * The content hash of a figure's PNG and PDF: SHA-256 of the renderers, the SVG and the PDF's
 * metadata. The same key gives the same PNG and PDF bytes.
 * @example rasterKey("<svg …>", { title: "Non-recours", lang: "fr" }) // => "3f9a…" (64 hex digits)
 */
export function rasterKey(svg: string, pdf: PdfOptions): string {
  return sha256(
    "raster",
    rendererFingerprint(),
    JSON.stringify([pdf.title ?? null, pdf.subject ?? null, pdf.lang ?? null]),
    svg,
  );
}

/** An empty cache: every figure is drawn. */
export const emptyFigureCache = (): FigureCache => ({ svgs: new Map(), rasters: new Map() });

const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string");

/**
 * Reads {@link FIGURE_CACHE_FILE}; an empty cache when there is none or it cannot be read (every
 * figure is then drawn, nothing fails).
 * @example readFigureCache(null).svgs.size // => 0
 */
export function readFigureCache(bytes: Uint8Array | null): FigureCache {
  if (bytes === null) return emptyFigureCache();
  try {
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { svgs?: unknown; rasters?: unknown };
    if (!isStringRecord(parsed.svgs) || !isStringRecord(parsed.rasters)) return emptyFigureCache();
    return { svgs: new Map(Object.entries(parsed.svgs)), rasters: new Map(Object.entries(parsed.rasters)) };
  } catch {
    return emptyFigureCache();
  }
}

const sorted = (m: ReadonlyMap<string, string>) =>
  Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * The text of {@link FIGURE_CACHE_FILE} after a run: only what this run used, sorted by key (the
 * same figures give the same bytes).
 * @example writeFigureCache(emptyFigureCache()) // => '{"svgs":{},"rasters":{}}\n'
 */
export function writeFigureCache(cache: FigureCache): string {
  return `${JSON.stringify({ svgs: sorted(cache.svgs), rasters: sorted(cache.rasters) })}\n`;
}
