/**
 * Checks the printable paper form as its reader gets it: prints the French and Dutch forms of the
 * worker questionnaire 2025 to PDF with headless Chromium (as `monitoring init` and `pnpm paper`
 * do), then, with poppler's tools, fails when
 * - a page is not A4, or a word lies within 5 mm of the paper's edge (a home printer cuts it);
 * - a question, module or choice of the instrument is missing from the PDF's text (pdftotext), or
 *   a question is split over two pages (its number, text and choices on one page; a Likert grid
 *   may break between rows, a row never);
 * - a page lacks the respondent number box or its page number;
 * - an element of the page overflows its box (the text of a narrow grid header, say).
 * Writes the PDFs and every page as PNG (pdftoppm, 60 dpi) into
 * `node_modules/.cache/monitoring-paper/` to look at. Run: `pnpm run test:browser`.
 *
 * Chromium and poppler-utils come from Debian, installed with apt-get when missing and we are root.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import {
  choiceList,
  type Instrument,
  LANGUAGES,
  type Language,
  paperFormHtml,
  questionNumber,
  tq,
  worker2025,
} from "../../packages/questionnaire/src/index.ts";
import { embeddedFontFaces, printPdf } from "../../packages/report/src/index.ts";
import { ensureDebianPackage } from "./ensureDebianPackage.ts";

const root = join(import.meta.dirname, "../..");
const out = join(root, "node_modules/.cache/monitoring-paper");
const CHROMIUM = process.env.MONITORING_CHROMIUM ?? "/usr/bin/chromium";
const A4 = { width: 595.28, height: 841.89 }; // points
const EDGE = (5 / 25.4) * 72; // 5 mm in points

const chromiumPath = ensureDebianPackage(
  CHROMIUM,
  "chromium",
  "La vérification du questionnaire papier a besoin de Chromium : sudo apt-get install chromium (ou MONITORING_CHROMIUM=/chemin/vers/chromium).",
);
for (const tool of ["pdftotext", "pdftoppm", "pdfinfo"])
  ensureDebianPackage(
    `/usr/bin/${tool}`,
    "poppler-utils",
    `La vérification du questionnaire papier a besoin de ${tool} : sudo apt-get install poppler-utils.`,
  );

function run(command: string, args: readonly string[]): string {
  const r = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} : ${r.stderr}`);
  return r.stdout;
}

/** Text as compared: no-break and other spaces, line breaks, collapsed. */
const norm = (s: string): string =>
  s
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .replace(/- /g, "-")
    .trim();

/** What the instrument says must appear together on one page: each question, or each grid row. */
function blocks(instrument: Instrument, html: string, lang: Language): { id: string; texts: string[] }[] {
  return instrument.questions.map((q) => {
    const inGrid = new RegExp(`<tr id="q-${q.id}">`).test(html);
    const texts = [`${questionNumber(instrument, q.id)} ${q.label[lang]}`];
    if (!inGrid && q.list !== undefined) texts.push(...choiceList(instrument, q).choices.map((c) => c.label[lang]));
    return { id: q.id, texts: texts.map(norm) };
  });
}

const failures: string[] = [];
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const lang of LANGUAGES) {
    const name = `worker-2025.paper-form.${lang}`;
    const fail = (what: string) => failures.push(`${name} : ${what}`);
    const html = paperFormHtml(worker2025, { lang });

    // The page in Chromium, as printed: nothing overflows its box.
    const tab = await browser.newPage();
    await tab.route(/^(?!data:|about:)/, (r) => r.abort());
    await tab.emulateMedia({ media: "print" });
    await tab.setViewportSize({ width: Math.round((180 / 25.4) * 96), height: 1000 });
    await tab.setContent(html.replace("</head>", `<style>${embeddedFontFaces()}</style></head>`), {
      waitUntil: "load",
    });
    await tab.evaluate("document.fonts.ready");
    // Evaluated in the page (a string: this file is type-checked without the DOM library).
    const overflowing = (await tab.evaluate(`[...document.querySelectorAll("body *")]
      .filter((e) => getComputedStyle(e).display !== "inline" && e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.tagName + "." + e.className + " « " + (e.textContent || "").trim().slice(0, 40) + " »")`)) as string[];
    for (const o of overflowing) fail(`déborde de sa boîte : ${o}`);
    await tab.close();

    // The PDF.
    const pdfFile = join(out, `${name}.pdf`);
    writeFileSync(pdfFile, await printPdf(html, { chromium: chromiumPath }));
    const info = run("pdfinfo", ["-f", "1", "-l", "999", pdfFile]);
    const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
      page: Number(m[1]),
      width: Number(m[2]),
      height: Number(m[3]),
    }));
    const pages = sizes.length;
    if (pages === 0) fail("aucune page");
    for (const s of sizes)
      if (Math.abs(s.width - A4.width) > 1.5 || Math.abs(s.height - A4.height) > 1.5)
        fail(`page ${s.page} : ${s.width} × ${s.height} pt, pas A4`);

    // Every word at least 5 mm from the paper's edge.
    const bbox = run("pdftotext", ["-bbox", pdfFile, "-"]);
    let page = 0;
    for (const line of bbox.split("\n")) {
      if (line.includes("<page ")) page++;
      const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
      if (!w) continue;
      const [xMin, yMin, xMax, yMax] = [w[1], w[2], w[3], w[4]].map(Number) as [number, number, number, number];
      if (xMin < EDGE || yMin < EDGE || xMax > A4.width - EDGE || yMax > A4.height - EDGE)
        fail(`page ${page} : « ${w[5]} » à moins de 5 mm du bord`);
    }

    // The text, page by page (content order: each table cell's lines together).
    const byPage = Array.from({ length: pages }, (_, i) =>
      norm(run("pdftotext", ["-raw", "-f", String(i + 1), "-l", String(i + 1), pdfFile, "-"])),
    );
    const all = byPage.join(" ");
    for (const m of worker2025.modules)
      if (!all.includes(norm(m.label[lang]))) fail(`module absent : ${m.label[lang]}`);
    for (const b of blocks(worker2025, html, lang)) {
      const missing = b.texts.filter((t) => !all.includes(t));
      for (const t of missing) fail(`${b.id} : texte absent du PDF « ${t} »`);
      if (missing.length > 0) continue;
      if (!byPage.some((p) => b.texts.every((t) => p.includes(t)))) fail(`${b.id} : question coupée entre deux pages`);
    }
    const respondent = norm(tq("paper_respondent", lang));
    const pageWord = norm(tq("paper_page", lang));
    byPage.forEach((p, i) => {
      if (!p.includes(respondent)) fail(`page ${i + 1} : pas de « ${respondent} »`);
      if (!p.includes(`${pageWord} ${i + 1} / ${pages}`))
        fail(`page ${i + 1} : pas de numéro « ${pageWord} ${i + 1} / ${pages} »`);
    });

    run("pdftoppm", ["-r", "60", "-png", pdfFile, join(out, name)]);
    console.log(`${name} : ${pages} pages A4, PNG dans ${out}`);
  }
} finally {
  await browser.close();
}
if (failures.length > 0) {
  console.error(`Questionnaire papier : ${failures.length} problème(s)\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("Questionnaire papier : FR et NL en A4, chaque question et chaque choix présents, rien de coupé.");
