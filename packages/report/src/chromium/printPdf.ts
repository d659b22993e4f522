import { embeddedFontFaces } from "./embeddedFonts.ts";
import { findChromium } from "./findChromium.ts";

/** Thrown by {@link printPdf} when no Chromium or Chrome can be found. */
export class ChromiumMissingError extends Error {
  constructor() {
    super("Chromium introuvable / Chromium niet gevonden");
    this.name = "ChromiumMissingError";
  }
}

/** Options of {@link printPdf}. */
export interface PrintPdfOptions {
  /** Chromium executable. Default: {@link findChromium}. */
  readonly chromium?: string;
  /** Date written in the PDF's metadata (creation and modification). Default: 2025-01-01 00:00 UTC. */
  readonly date?: Date;
}

/** Fixed date of the PDF metadata, as for the workbooks: the same page gives the same bytes. */
export const FIXED_PDF_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/**
 * Rewrites the creation and modification dates of a PDF written by Chromium (Skia) to `date`,
 * keeping every byte offset: the dates have a fixed width.
 * @example fixPdfDates(bytes, FIXED_PDF_DATE) // "/CreationDate (D:20250101000000+00'00')"
 */
export function fixPdfDates(pdf: Uint8Array, date: Date): Uint8Array {
  const stamp = date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const text = Buffer.from(pdf).toString("latin1");
  const fixed = text.replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}/g, (_, head: string) => `${head}${stamp}`);
  return new Uint8Array(Buffer.from(fixed, "latin1"));
}

/**
 * Prints a self-contained HTML page to PDF with headless Chromium (through playwright-core), as the
 * page's CSS asks (`@page` size and margins; A4 for the paper form), with DejaVu Sans embedded from
 * the npm package and every network request refused. Same page, same Chromium → same bytes (the
 * metadata dates are fixed); another Chromium version may lay out differently.
 *
 * @throws ChromiumMissingError when no Chromium or Chrome is installed (see `findChromium`).
 * @throws Error from Chromium when it cannot start or print.
 * @example const pdf = await printPdf(paperFormHtml(worker2025)); // %PDF-… bytes
 */
export async function printPdf(html: string, options: PrintPdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.chromium ?? findChromium();
  if (executablePath === undefined) throw new ChromiumMissingError();
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage();
    await page.route(/^(?!data:|about:)/, (route) => route.abort());
    const withFonts = html.replace("</head>", `<style>\n${embeddedFontFaces()}\n</style>\n</head>`);
    await page.setContent(withFonts, { waitUntil: "load" });
    await page.evaluate("document.fonts.ready");
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return fixPdfDates(new Uint8Array(pdf), options.date ?? FIXED_PDF_DATE);
  } finally {
    await browser.close();
  }
}
