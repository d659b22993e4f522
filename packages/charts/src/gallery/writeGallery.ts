import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "@monitoring-social/questionnaire";
import { toPdf } from "../render/toPdf.ts";
import { toPng } from "../render/toPng.ts";
import { toSvg } from "../render/toSvg.ts";
import { ChartFormat, FORMATS } from "../theme/formats.ts";
import { GALLERY_BUILDERS, type GalleryBuilder, galleryChart } from "./galleryCharts.ts";

/** Options of {@link writeGallery}. */
export interface GalleryOptions {
  /** Also write a PNG at 300 dpi next to each SVG. Default: `true`. */
  readonly png?: boolean;
  /** Also write a vector PDF next to each SVG. Default: `true`. */
  readonly pdf?: boolean;
}

/** What each builder shows, for the gallery page (French, the page's language). */
const DESCRIPTIONS: Record<GalleryBuilder, { name: string; text: string }> = {
  barChart: {
    name: "barChart — question à choix unique",
    text: "Barres horizontales dans la couleur de leur vague, classées de la plus fréquente à la moins fréquente ; intervalle de confiance à moustaches fermées (bornes du résultat stats), nommé dans la légende ; valeur après la moustache, une seule précision par graphique ; une cellule masquée (secret statistique) est écrite « masqué », jamais dessinée comme zéro.",
  },
  barChartMultiple: {
    name: "barChart { multipleChoice: true } — choix multiple classé",
    text: "Une vague : % des répondants qui citent chaque réponse, classé du plus cité au moins cité ; le total dépasse 100 %.",
  },
  groupedBarChart: {
    name: "groupedBarChart — deux vagues côte à côte",
    text: "Une paire de barres par réponse (2021 en bleu clair, 2025 en bleu), chacune avec son intervalle ; classé par la vague récente ; la différence à droite, en orange gras si elle est démontrée (Holm), en gris « n.s. » sinon.",
  },
  dumbbellChart: {
    name: "dumbbellChart — évolution 2021 → 2025",
    text: "Un point par vague avec son intervalle ; le trait qui les joint est orange quand la différence est démontrée après correction de Holm, gris sinon ; la différence est écrite à droite, « n.s. » étant expliqué dans la note.",
  },
  stackedShareChart: {
    name: "stackedShareChart — répartition à 100 %",
    text: "Une barre par vague, tranches ordonnées en verts séquentiels (échelle non centrée) ; la note porte la remarque de comparabilité de l'harmonisation.",
  },
  stackedShareDiverging: {
    name: 'stackedShareChart { scale: "diverging" } — échelle centrée',
    text: "Une échelle centrée sur une réponse neutre (forte diminution → forte augmentation) : violet → gris → vert, jamais les bleus des vagues.",
  },
  likertChart: {
    name: "likertChart — batterie Likert",
    text: "Barres divergentes centrées sur la réponse neutre (violet : désaccord, vert : accord), classées par part d'accord ; la part d'accord est écrite à droite ; un item avec une cellule masquée est écrit « masqué ».",
  },
  smallMultiplesChart: {
    name: "smallMultiplesChart — petits multiples",
    text: "Un panneau par groupe (type de structure, commune…), même échelle de 0 à 100 % et même ordre partout, n dans le titre de chaque panneau.",
  },
  keyFigure: {
    name: "keyFigure — chiffre clé",
    text: "Un grand nombre dans la couleur de sa vague (2025 : le même bleu que dans les comparaisons), la vague précédente à côté, une phrase, l'intervalle et n en petit.",
  },
  falcChart: {
    name: "falcChart — facile à lire et à comprendre (FALC)",
    text: "Un seul message (le titre), gros caractères, au plus quatre barres, des mots au lieu des moustaches (« environ 7 sur 10 »).",
  },
};

const FORMAT_NAMES: Record<ChartFormat, string> = {
  column: "colonne (~85 mm)",
  page: "page (~170 mm)",
  slide: "diapositive (16:9)",
  web: "web",
};

const LANGS: readonly Language[] = ["fr", "nl"];

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** File name (without extension) of one gallery chart: `barChart.fr.column`. */
export function galleryFileName(builder: GalleryBuilder, lang: Language, format: ChartFormat): string {
  return `${builder}.${lang}.${format}`;
}

/**
 * Writes the chart gallery into `dir`: every builder in French and Dutch and in every format
 * (column, page, slide, web), as SVG (committed), PNG at 300 dpi and vector PDF (generated, not
 * committed), and `index.html`, a self-contained page (inline SVG and CSS, no script, no external
 * font or file needed) that says the data are fictional. Deterministic: the same code writes the
 * same bytes. Returns the paths written, relative to `dir`.
 * @example await writeGallery("reports/gallery") // => ["barChart.fr.column.svg", …, "index.html"]
 */
export async function writeGallery(dir: string, options: GalleryOptions = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const sections: string[] = [];
  for (const builder of GALLERY_BUILDERS) {
    const rows: string[] = [];
    for (const format of Object.values(ChartFormat)) {
      const cells: string[] = [];
      for (const lang of LANGS) {
        const chart = galleryChart(builder, lang, format);
        const svg = await toSvg(chart.spec);
        const name = galleryFileName(builder, lang, format);
        writeFileSync(join(dir, `${name}.svg`), svg);
        written.push(`${name}.svg`);
        if (options.png ?? true) {
          writeFileSync(join(dir, `${name}.png`), toPng(svg));
          written.push(`${name}.png`);
        }
        if (options.pdf ?? true) {
          writeFileSync(
            join(dir, `${name}.pdf`),
            await toPdf(svg, { title: chart.meta.title, subject: chart.meta.altText, lang }),
          );
          written.push(`${name}.pdf`);
        }
        cells.push(`<figure lang="${lang}">
<div class="chart" role="img" aria-label="${escapeHtml(chart.meta.altText)}">${svg}</div>
<figcaption><b>${lang.toUpperCase()}</b> · <a href="${name}.svg">SVG</a> · <a href="${name}.png">PNG 300 dpi</a> · <a href="${name}.pdf">PDF</a>
<details><summary>${lang === "fr" ? "Texte alternatif" : "Alternatieve tekst"}</summary><p>${escapeHtml(chart.meta.altText)}</p></details></figcaption>
</figure>`);
      }
      rows.push(`<h3>${escapeHtml(FORMAT_NAMES[format])} — ${FORMATS[format].width} px</h3>
<div class="row ${format}">
${cells.join("\n")}
</div>`);
    }
    const d = DESCRIPTIONS[builder];
    sections.push(`<section id="${builder}">
<h2>${escapeHtml(d.name)}</h2>
<p>${escapeHtml(d.text)}</p>
${rows.join("\n")}
</section>`);
  }
  const toc = GALLERY_BUILDERS.map((b) => `<li><a href="#${b}">${escapeHtml(DESCRIPTIONS[b].name)}</a></li>`).join(
    "\n",
  );
  const html = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Galerie des graphiques — données fictives</title>
<style>
body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 2rem auto; max-width: 1400px; padding: 0 1rem; color: #222; }
.fictional { background: #fff3cd; border: 2px solid #b8860b; padding: 0.75rem 1rem; font-weight: bold; }
section { border-top: 1px solid #ccc; margin-top: 2rem; }
.row { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; }
.row.slide { flex-direction: column; }
figure { margin: 0; }
.chart { border: 1px solid #ddd; display: inline-block; line-height: 0; }
.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; margin-top: 0.3rem; max-width: 640px; }
</style>
</head>
<body>
<h1>Galerie des graphiques du monitoring social</h1>
<p class="fictional">Données fictives — Fictieve gegevens. Ces graphiques montrent le style maison avec des chiffres inventés : ce ne sont pas des résultats.</p>
<p>Chaque constructeur du paquet <code>@monitoring-social/charts</code>, en français et en néerlandais, dans chaque format. Page produite par <code>pnpm gallery</code> ; les fichiers PNG (300 dpi) et PDF sont produits à côté mais pas versionnés : lancez la commande pour les avoir.</p>
<ul>
${toc}
</ul>
${sections.join("\n")}
</body>
</html>
`;
  writeFileSync(join(dir, "index.html"), html);
  written.push("index.html");
  return written;
}
