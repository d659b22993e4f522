/**
 * Opens the Schaerbeek report (French and Dutch pages) in headless Chromium, as a reader would,
 * and fails when a page logs a console error or warning, throws, asks for anything over the
 * network (the report must be self-contained), overflows a phone's width, or cannot be printed on
 * A4. Writes a screenshot of each page (desktop and phone) and the A4 print into
 * `node_modules/.cache/monitoring-browser/` to look at. Run: `pnpm run test:browser`.
 *
 * Chromium comes from Debian (`chromium`), installed with apt-get when missing and we are root.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { ensureDebianPackage } from "./ensureDebianPackage.ts";

const root = join(import.meta.dirname, "../..");
const reportDir = join(root, "reports/schaerbeek-2021-2025");
const out = join(root, "node_modules/.cache/monitoring-browser");
const CHROMIUM = process.env.MONITORING_CHROMIUM ?? "/usr/bin/chromium";

function ensureChromium(): string {
  return ensureDebianPackage(
    CHROMIUM,
    "chromium",
    "La vérification du rapport dans un navigateur a besoin de Chromium : sudo apt-get install chromium " +
      "(ou MONITORING_CHROMIUM=/chemin/vers/chromium).",
  );
}

mkdirSync(out, { recursive: true });
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
  for (const page of ["index.html", "index.nl.html"]) {
    const file = join(reportDir, page);
    if (!existsSync(file)) {
      failures.push(`${page} : introuvable — lancez d'abord « pnpm report ».`);
      continue;
    }
    for (const [device, viewport] of [
      ["bureau", { width: 1280, height: 900 }],
      ["telephone", { width: 390, height: 844 }],
    ] as const) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      tab.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning")
          failures.push(`${page} (${device}) : console ${m.type()} « ${m.text()} »`);
      });
      tab.on("pageerror", (e) => failures.push(`${page} (${device}) : erreur « ${e.message} »`));
      tab.on("request", (r) => {
        if (!r.url().startsWith("file:")) failures.push(`${page} (${device}) : requête réseau vers ${r.url()}`);
      });
      await tab.goto(pathToFileURL(file).href, { waitUntil: "load" });
      // Expressions evaluated in the page (strings: this file is type-checked without the DOM library).
      const overflow = Number(await tab.evaluate("document.documentElement.scrollWidth - window.innerWidth"));
      if (overflow > 1) failures.push(`${page} (${device}) : la page déborde de ${overflow} px en largeur`);
      const figures = Number(
        await tab.evaluate('document.querySelectorAll("figure svg[role=img][aria-label]").length'),
      );
      if (figures < 10) failures.push(`${page} (${device}) : ${figures} figures accessibles seulement`);
      await tab.screenshot({ path: join(out, `${page.replace(/\.html$/, "")}-${device}.png`), fullPage: true });
      if (device === "bureau") {
        const pdf = await tab.pdf({ format: "A4", printBackground: true });
        writeFileSync(join(out, `${page.replace(/\.html$/, "")}-a4.pdf`), pdf);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
if (failures.length > 0) {
  console.error(`Rapport dans Chromium : ${failures.length} problème(s)\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`Rapport dans Chromium : pages FR et NL sans erreur ni requête réseau ; captures dans ${out}`);
