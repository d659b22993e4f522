/**
 * Opens the Schaerbeek report (French and Dutch pages) in headless Chromium, as a reader would,
 * and fails when a page logs a console error or warning, throws, asks for anything over the
 * network (the report must be self-contained), overflows a phone's width, shows a figure twice or
 * not at all, shows a figure's text smaller than 11 CSS px on a phone (390 px) or a desktop
 * (1280 px), or, printed on A4, cuts a table or prints a figure's text under 7 pt.
 * Run: `pnpm run test:browser`. Its screenshots and A4 print go to
 * `node_modules/.cache/monitoring-browser/`; with `--captures` (`pnpm run screenshots`) the
 * screenshots (desktop, phone, every A4 page as PNG) go to `reports/schaerbeek-2021-2025/captures/`,
 * to be looked at and committed (`pnpm test` and `pnpm generate` never rewrite them: Chromium's
 * pixels are not byte-stable).
 *
 * Chromium comes from Debian (`chromium`), installed with apt-get when missing and we are root;
 * `pdftoppm` (Debian `poppler-utils`) turns the A4 pages into PNG for `--captures`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";
import { ensureDebianPackage } from "./ensureDebianPackage.ts";
import { CLIPPED_TABLES, type FigureText, MEASURE_FIGURES } from "./figureText.ts";

const root = join(import.meta.dirname, "../..");
const reportDir = join(root, "reports/schaerbeek-2021-2025");
const captures = process.argv.includes("--captures");
const cache = join(root, "node_modules/.cache/monitoring-browser");
const out = captures ? join(reportDir, "captures") : cache;
const CHROMIUM = process.env.MONITORING_CHROMIUM ?? "/usr/bin/chromium";

/** Smallest text of a figure on screen, in CSS px (issue #14: labels ≥ 12 px, notes ≥ 11 px). */
const MIN_SCREEN_PX = 11;
/** Smallest text of a figure on paper, in pt. */
const MIN_PRINT_PT = 7;
/** Width of the A4 text block at 96 px per inch: 210 mm less the 16 mm margins of `@page`. */
const A4_TEXT_PX = Math.floor(((210 - 2 * 16) * 96) / 25.4);
/** Height of one screenshot file: a full page is cut into tiles (Chromium captures at most 16 384 px). */
const TILE_PX = 4000;

const PAGES = [
  { file: "index.html", lang: "fr" },
  { file: "index.nl.html", lang: "nl" },
] as const;
const DEVICES = [
  { device: "desktop", viewport: { width: 1280, height: 900 } },
  { device: "phone", viewport: { width: 390, height: 844 } },
] as const;

function ensureChromium(): string {
  return ensureDebianPackage(
    CHROMIUM,
    "chromium",
    "La vérification du rapport dans un navigateur a besoin de Chromium : sudo apt-get install chromium " +
      "(ou MONITORING_CHROMIUM=/chemin/vers/chromium).",
  );
}

/** The figures of the page as shown, each checked: one drawing, one accessible name, text ≥ `minPx`. */
async function checkFigures(tab: Page, where: string, minPx: number, unit: "px" | "pt"): Promise<string[]> {
  const figures = (await tab.evaluate(MEASURE_FIGURES)) as FigureText[];
  const problems: string[] = [];
  if (figures.length < 10) problems.push(`${where} : ${figures.length} figures seulement`);
  const size = (px: number) => (unit === "px" ? `${px} px` : `${Math.round(px * 75) / 100} pt`);
  for (const f of figures) {
    if (f.shown !== 1) problems.push(`${where} : la figure ${f.id} est montrée ${f.shown} fois`);
    else if (f.named !== 1) problems.push(`${where} : la figure ${f.id} n'a pas de nom accessible`);
    if (f.minPx < minPx)
      problems.push(
        `${where} : texte de ${size(f.minPx)} dans la figure ${f.id} (« ${f.minText} »), moins de ${size(minPx)}`,
      );
  }
  const smallest = figures.reduce((a, b) => (b.minPx < a.minPx ? b : a), figures[0]!);
  if (smallest)
    console.log(`  ${where} : ${figures.length} figures, plus petit texte ${size(smallest.minPx)} (${smallest.id})`);
  return problems;
}

/** Screenshots of the whole page, cut into tiles of {@link TILE_PX}: `fr-phone-390-1.png`, … */
async function screenshotTiles(tab: Page, name: string, width: number): Promise<void> {
  const height = Number(await tab.evaluate("document.documentElement.scrollHeight"));
  for (let y = 0, i = 1; y < height; y += TILE_PX, i++)
    await tab.screenshot({
      path: join(out, `${name}-${i}.png`),
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(TILE_PX, height - y) },
    });
}

/** Every page of an A4 PDF as a PNG (`fr-a4-01.png`, …) with pdftoppm; returns how many. */
function pdfPages(pdf: string, name: string): number {
  const pdftoppm = ensureDebianPackage("/usr/bin/pdftoppm", "poppler-utils", "sudo apt-get install poppler-utils");
  const r = spawnSync(pdftoppm, ["-r", "96", "-png", pdf, join(out, name)], { encoding: "utf8" });
  if (r.error || r.status !== 0)
    throw new Error(`pdftoppm a échoué (${r.error?.message ?? r.stderr}) : sudo apt-get install poppler-utils`);
  return readdirSync(out).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png")).length;
}

mkdirSync(cache, { recursive: true });
mkdirSync(out, { recursive: true });
if (captures) for (const f of readdirSync(out)) if (f.endsWith(".png")) rmSync(join(out, f));
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const failures: string[] = [];
try {
  for (const { file, lang } of PAGES) {
    const path = join(reportDir, file);
    if (!existsSync(path)) {
      failures.push(`${file} : introuvable — lancez d'abord « pnpm report ».`);
      continue;
    }
    const url = pathToFileURL(path).href;
    for (const { device, viewport } of DEVICES) {
      const where = `${file} (${device}, ${viewport.width} px)`;
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      tab.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning")
          failures.push(`${where} : console ${m.type()} « ${m.text()} »`);
      });
      tab.on("pageerror", (e) => failures.push(`${where} : erreur « ${e.message} »`));
      tab.on("request", (r) => {
        if (!r.url().startsWith("file:")) failures.push(`${where} : requête réseau vers ${r.url()}`);
      });
      await tab.goto(url, { waitUntil: "load" });
      // Expressions evaluated in the page (strings: this file is type-checked without the DOM library).
      const overflow = Number(await tab.evaluate("document.documentElement.scrollWidth - window.innerWidth"));
      if (overflow > 1) failures.push(`${where} : la page déborde de ${overflow} px en largeur`);
      failures.push(...(await checkFigures(tab, where, MIN_SCREEN_PX, "px")));
      await screenshotTiles(tab, `${lang}-${device}-${viewport.width}`, viewport.width);
      if (device === "desktop") {
        const pdf = join(cache, `${lang}-a4.pdf`);
        writeFileSync(pdf, await tab.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true }));
        if (captures) console.log(`  ${file} (A4) : ${pdfPages(pdf, `${lang}-a4`)} pages`);
      }
      await context.close();
    }
    // Print, laid out on the A4 text block: tables within the page, figures' text readable on paper.
    const context = await browser.newContext({ viewport: { width: A4_TEXT_PX, height: 1000 } });
    const tab = await context.newPage();
    await tab.emulateMedia({ media: "print" });
    await tab.goto(url, { waitUntil: "load" });
    const where = `${file} (A4)`;
    for (const t of (await tab.evaluate(CLIPPED_TABLES)) as string[]) failures.push(`${where} : tableau coupé ${t}`);
    failures.push(...(await checkFigures(tab, where, (MIN_PRINT_PT * 96) / 72, "pt")));
    await context.close();
  }
} finally {
  await browser.close();
}
if (failures.length > 0) {
  console.error(`Rapport dans Chromium : ${failures.length} problème(s)\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`Rapport dans Chromium : pages FR et NL sans erreur ni requête réseau ; captures dans ${out}`);
