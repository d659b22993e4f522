import type { Language } from "@monitoring-social/questionnaire";
import {
  compareMultiple,
  multipleResponse,
  proportion,
  publishable,
  type SurveyDesign,
  surveyDesign,
} from "@monitoring-social/stats";
import { type ColumnTable, table } from "arquero";
import { barChart } from "../builders/barChart.ts";
import { dumbbellChart } from "../builders/dumbbellChart.ts";
import { falcChart } from "../builders/falcChart.ts";
import { groupedBarChart } from "../builders/groupedBarChart.ts";
import { keyFigure } from "../builders/keyFigure.ts";
import { likertChart } from "../builders/likertChart.ts";
import { smallMultiplesChart } from "../builders/smallMultiplesChart.ts";
import { stackedShareChart } from "../builders/stackedShareChart.ts";
import type { ChartSpec } from "../model/chartSpec.ts";
import type { ComparisonRow } from "../model/comparisonRow.ts";
import type { EstimateRow } from "../model/estimateRow.ts";
import type { ChartFormat } from "../theme/formats.ts";

/**
 * Fictional respondents for the gallery, built from fixed counts (no randomness): each wave lists
 * its respondents block by block so that every marginal count below is exact. The figures are
 * invented; they look like the Schaerbeek waves only so that the charts look like real ones.
 */
const WAVES = { "2021": 178, "2025": 229 } as const;
type Wave = keyof typeof WAVES;

/** Type of structure (A1) and, inside each, the share of working time spent on procedures (B1). */
const STRUCTURES: Record<Wave, Record<string, { n: number; b1: readonly number[] }>> = {
  "2021": {
    cpas: { n: 61, b1: [14, 21, 14, 8, 4] },
    association: { n: 70, b1: [20, 25, 14, 7, 4] },
    commune: { n: 30, b1: [9, 10, 7, 3, 1] },
    autre_public: { n: 14, b1: [3, 4, 3, 3, 1] },
    autre: { n: 3, b1: [0, 0, 0, 1, 2] },
  },
  "2025": {
    cpas: { n: 71, b1: [3, 12, 38, 16, 2] },
    association: { n: 94, b1: [6, 21, 47, 20, 0] },
    commune: { n: 40, b1: [6, 11, 17, 6, 0] },
    autre_public: { n: 20, b1: [2, 5, 10, 3, 0] },
    autre: { n: 4, b1: [0, 0, 4, 0, 0] },
  },
};
const B1 = ["b0_10", "b11_25", "b26_50", "b51_75", "b76_100"] as const;

/** Perceived change over two years (B2), respondents per answer, « forte diminution » first. */
const CHANGE: Record<Wave, readonly number[]> = { "2021": [6, 10, 52, 70, 40], "2025": [4, 7, 34, 104, 80] };
const B2 = ["forte_baisse", "baisse", "stable", "hausse", "forte_hausse"] as const;

/** Services at the origin of the requests (C1, multiple choice): respondents ticking each. */
const SERVICES: Record<string, Record<Wave, number>> = {
  commune: { "2021": 98, "2025": 160 },
  cpas: { "2021": 89, "2025": 110 },
  actiris: { "2021": 52, "2025": 71 },
  mutuelle: { "2021": 47, "2025": 66 },
  energie: { "2021": 53, "2025": 103 },
  banques: { "2021": 53, "2025": 105 },
  transport: { "2021": 3, "2025": 12 },
};

/** Obstacles met by the public (D1, multiple choice), 2025. */
const OBSTACLES: Record<string, number> = {
  competences: 171,
  complexite: 158,
  lecture: 119,
  langue: 97,
  appareil: 88,
  itsme: 80,
  connexion: 61,
  email: 54,
  cout: 4,
};

/** Feelings (F, Likert, 2025): respondents per answer, from « pas du tout » to « tout à fait d'accord ». */
const LIKERT_SCALE = ["1", "2", "3", "4", "5"] as const;
const FEELINGS: Record<string, readonly number[]> = {
  F1: [6, 14, 25, 84, 100],
  F2: [10, 22, 30, 77, 90],
  F3: [8, 25, 41, 86, 69],
  F4: [58, 80, 45, 33, 13],
  F5: [44, 71, 52, 43, 19],
  F6: [3, 31, 60, 75, 60],
};

/** Spreads `counts` over `n` respondents: the first `counts[0]` get the first value, and so on. */
function spread<T>(values: readonly T[], counts: readonly number[], n: number, rest: T): T[] {
  const out: T[] = [];
  counts.forEach((c, k) => {
    for (let i = 0; i < c; i++) out.push(values[k]!);
  });
  while (out.length < n) out.push(rest);
  return out;
}

/**
 * The fictional respondents of both waves, one row each, canonical columns (DESIGN.md): `vague`,
 * `A1`, `B1`, `B2`, `plus_quart`, the `C1__…` and `D1__…` indicators, the Likert items `F1`–`F6`
 * (2025 only; null in 2021).
 * @example galleryRespondents().numRows() // => 407 (178 in 2021, 229 in 2025)
 */
export function galleryRespondents(): ColumnTable {
  const columns: Record<string, unknown[]> = { id: [], vague: [], commune: [], A1: [], B1: [], B2: [], plus_quart: [] };
  for (const c of Object.keys(SERVICES)) columns[`C1__${c}`] = [];
  for (const c of Object.keys(OBSTACLES)) columns[`D1__${c}`] = [];
  for (const item of Object.keys(FEELINGS)) columns[item] = [];
  for (const wave of Object.keys(WAVES) as Wave[]) {
    const n = WAVES[wave];
    const a1: string[] = [];
    const b1: string[] = [];
    for (const [code, s] of Object.entries(STRUCTURES[wave])) {
      for (let i = 0; i < s.n; i++) a1.push(code);
      b1.push(
        ...spread(
          B1,
          s.b1,
          s.b1.reduce((x, y) => x + y, 0),
          "b0_10",
        ),
      );
    }
    for (let i = 0; i < n; i++) {
      columns.id!.push(`${wave}-${String(i + 1).padStart(3, "0")}`);
      columns.vague!.push(wave);
      columns.commune!.push("1030");
      columns.A1!.push(a1[i]);
      columns.B1!.push(b1[i]);
      // Answers to B2 spread over the rows by a fixed stride, so that they do not follow A1 or B1.
      columns.B2!.push(spread(B2, CHANGE[wave], n, "stable")[(i * 7) % n]);
      columns.plus_quart!.push(["b26_50", "b51_75", "b76_100"].includes(b1[i]!) ? "oui" : "non");
      // Ticks rotate with the row, so that the choices are not all ticked by the same people.
      for (const [c, counts] of Object.entries(SERVICES)) {
        columns[`C1__${c}`]!.push((i * 7 + c.length * 13) % n < counts[wave]);
      }
      for (const [c, count] of Object.entries(OBSTACLES)) {
        columns[`D1__${c}`]!.push(wave === "2025" ? (i * 11 + c.length * 17) % n < count : null);
      }
      for (const [item, counts] of Object.entries(FEELINGS)) {
        columns[item]!.push(wave === "2025" ? spread(LIKERT_SCALE, counts, n, "3")[(i * 3) % n] : null);
      }
    }
  }
  return table(columns);
}

/** Labels of the gallery's codes, in each language. */
export const GALLERY_LABELS = {
  fr: {
    A1: {
      cpas: "CPAS",
      association: "Association (asbl)",
      commune: "Administration communale",
      autre_public: "Autre service public",
      autre: "Autre",
    },
    B1: { b0_10: "0 à 10 %", b11_25: "11 à 25 %", b26_50: "26 à 50 %", b51_75: "51 à 75 %", b76_100: "Plus de 75 %" },
    B2: {
      forte_baisse: "Forte diminution",
      baisse: "Diminution",
      stable: "Pas de changement",
      hausse: "Augmentation",
      forte_hausse: "Forte augmentation",
    },
    C1: {
      commune: "Administration communale",
      cpas: "CPAS",
      actiris: "Actiris",
      mutuelle: "Mutualités",
      energie: "Fournisseurs d'énergie",
      banques: "Banques",
      transport: "STIB / SNCB",
    },
    D1: {
      competences: "Manque de compétences numériques",
      complexite: "Démarches trop complexes",
      lecture: "Difficultés de lecture ou d'écriture",
      langue: "Langue de la démarche",
      appareil: "Pas d'ordinateur ni de smartphone",
      itsme: "Pas de lecteur eID ni d'itsme",
      connexion: "Pas de connexion internet",
      email: "Pas d'adresse e-mail",
      cout: "Coût",
    },
    F: {
      F1: "Je fais le travail d'autres administrations",
      F2: "Je gère les codes et mots de passe des usagers",
      F3: "Ces démarches me causent du stress",
      F4: "Ma formation au numérique est suffisante",
      F5: "Mon équipement est suffisant",
      F6: "J'ai moins de temps pour le travail de prévention",
    },
    scale: {
      "1": "Pas du tout d'accord",
      "2": "Plutôt pas d'accord",
      "3": "Ni d'accord ni pas d'accord",
      "4": "Plutôt d'accord",
      "5": "Tout à fait d'accord",
    },
    waves: { "2021": "En 2021", "2025": "En 2025" },
  },
  nl: {
    A1: {
      cpas: "OCMW",
      association: "Vereniging (vzw)",
      commune: "Gemeentebestuur",
      autre_public: "Andere openbare dienst",
      autre: "Andere",
    },
    B1: {
      b0_10: "0 tot 10%",
      b11_25: "11 tot 25%",
      b26_50: "26 tot 50%",
      b51_75: "51 tot 75%",
      b76_100: "Meer dan 75%",
    },
    B2: {
      forte_baisse: "Sterke daling",
      baisse: "Daling",
      stable: "Geen verandering",
      hausse: "Stijging",
      forte_hausse: "Sterke stijging",
    },
    C1: {
      commune: "Gemeentebestuur",
      cpas: "OCMW",
      actiris: "Actiris",
      mutuelle: "Ziekenfondsen",
      energie: "Energieleveranciers",
      banques: "Banken",
      transport: "MIVB / NMBS",
    },
    D1: {
      competences: "Gebrek aan digitale vaardigheden",
      complexite: "Te ingewikkelde procedures",
      lecture: "Moeite met lezen of schrijven",
      langue: "Taal van de procedure",
      appareil: "Geen computer of smartphone",
      itsme: "Geen eID-lezer of itsme",
      connexion: "Geen internetverbinding",
      email: "Geen e-mailadres",
      cout: "Kostprijs",
    },
    F: {
      F1: "Ik doe het werk van andere administraties",
      F2: "Ik beheer codes en wachtwoorden van gebruikers",
      F3: "Deze procedures bezorgen me stress",
      F4: "Mijn digitale opleiding is voldoende",
      F5: "Mijn uitrusting is voldoende",
      F6: "Ik heb minder tijd voor preventief werk",
    },
    scale: {
      "1": "Helemaal niet akkoord",
      "2": "Eerder niet akkoord",
      "3": "Noch akkoord, noch niet akkoord",
      "4": "Eerder akkoord",
      "5": "Helemaal akkoord",
    },
    waves: { "2021": "In 2021", "2025": "In 2025" },
  },
} as const;

/** Texts of the gallery charts, in each language. */
const TEXTS = {
  fr: {
    source: "CASS Schaerbeek, enquête auprès des travailleurs sociaux (galerie)",
    comparability: "en 2025, la part du temps a été demandée en pourcentage puis regroupée dans les tranches de 2021",
    bar: ["Où travaillent les répondants", "Type de structure, 2025"],
    multiple: [
      "Le manque de compétences numériques est l'obstacle le plus cité",
      "Obstacles rencontrés par le public, 2025",
    ],
    grouped: ["Plus de demandes liées aux banques et à l'énergie", "Services à l'origine des demandes, 2021 et 2025"],
    dumbbell: [
      "Les demandes liées aux banques et à l'énergie ont augmenté",
      "Services à l'origine des demandes, 2021 → 2025",
    ],
    stacked: [
      "Plus de temps consacré aux démarches en 2025",
      "Part du temps de travail consacrée à aider aux démarches",
    ],
    diverging: [
      "Huit travailleurs sur dix voient leur temps de démarches augmenter en 2025",
      "Évolution perçue sur deux ans du temps consacré aux démarches",
    ],
    likert: [
      "Sept travailleurs sur dix font le travail d'autres administrations",
      "Accord avec chaque affirmation, 2025",
    ],
    small: [
      "Dans chaque type de structure, la tranche 26 à 50 % domine",
      "Part du temps consacrée aux démarches par type de structure, 2025",
    ],
    key: [
      "En 2025",
      "des travailleurs sociaux consacrent plus d'un quart de leur temps de travail à aider aux démarches.",
    ],
    falc: [
      "Les travailleurs sociaux passent plus de temps à aider aux démarches.",
      "Travailleurs qui y passent plus d'un quart de leur temps",
    ],
    workers: "travailleurs sociaux",
  },
  nl: {
    source: "CASS Schaarbeek, bevraging van sociaal werkers (galerij)",
    comparability:
      "in 2025 werd het deel van de tijd als percentage gevraagd en daarna in de klassen van 2021 ingedeeld",
    bar: ["Waar de respondenten werken", "Type organisatie, 2025"],
    multiple: ["Gebrek aan digitale vaardigheden is de vaakst genoemde drempel", "Drempels voor het publiek, 2025"],
    grouped: ["Meer hulpvragen over banken en energie", "Diensten achter de hulpvragen, 2021 en 2025"],
    dumbbell: ["Hulpvragen over banken en energie zijn gestegen", "Diensten achter de hulpvragen, 2021 → 2025"],
    stacked: ["Meer tijd voor procedures in 2025", "Deel van de werktijd besteed aan hulp bij procedures"],
    diverging: [
      "Acht op tien werkers zien hun tijd voor procedures stijgen in 2025",
      "Ervaren evolutie over twee jaar van de tijd voor procedures",
    ],
    likert: ["Zeven op tien werkers doen het werk van andere administraties", "Instemming met elke uitspraak, 2025"],
    small: [
      "In elk type organisatie overheerst de klasse 26 tot 50%",
      "Deel van de tijd voor procedures per type organisatie, 2025",
    ],
    key: ["In 2025", "van de sociaal werkers besteedt meer dan een kwart van de werktijd aan hulp bij procedures."],
    falc: [
      "Sociaal werkers besteden meer tijd aan hulp bij procedures.",
      "Werkers die er meer dan een kwart van hun tijd aan besteden",
    ],
    workers: "sociaal werkers",
  },
} as const;

/** The builders the gallery shows, in order. */
export const GALLERY_BUILDERS = [
  "barChart",
  "barChartMultiple",
  "groupedBarChart",
  "dumbbellChart",
  "stackedShareChart",
  "stackedShareDiverging",
  "likertChart",
  "smallMultiplesChart",
  "keyFigure",
  "falcChart",
] as const;
/** One entry of {@link GALLERY_BUILDERS}. */
export type GalleryBuilder = (typeof GALLERY_BUILDERS)[number];

/** The stats result tables the gallery draws, computed once. */
interface GalleryResults {
  readonly structure: EstimateRow[];
  readonly obstacles: EstimateRow[];
  readonly services: ComparisonRow[];
  readonly timeShare: (EstimateRow & Record<string, unknown>)[];
  readonly change: (EstimateRow & Record<string, unknown>)[];
  readonly feelings: (EstimateRow & { question: string })[];
  readonly timeByStructure: (EstimateRow & Record<string, unknown>)[];
  readonly moreThanQuarter25: EstimateRow;
  readonly moreThanQuarter: (EstimateRow & Record<string, unknown>)[];
}

const rowsOf = <T>(t: ColumnTable) => publishable(t).objects() as unknown as T[];

let cached: GalleryResults | undefined;
/** Runs the stats package on the fictional respondents (Wilson intervals, chi-square or Fisher, Holm). */
function results(): GalleryResults {
  if (cached) return cached;
  const all = galleryRespondents();
  const design: SurveyDesign = surveyDesign(all);
  const d25 = surveyDesign(
    all.params({ w: "2025" }).filter((d: { vague: string }, $: { w: string }) => d.vague === $.w),
  );
  const a1 = Object.keys(STRUCTURES["2025"]);
  cached = {
    structure: rowsOf(proportion(d25, "A1", { levels: a1 })),
    obstacles: rowsOf(
      multipleResponse(
        d25,
        Object.keys(OBSTACLES).map((c) => `D1__${c}`),
      ),
    ),
    services: rowsOf(
      compareMultiple(
        design,
        Object.keys(SERVICES).map((c) => `C1__${c}`),
        { by: "vague" },
      ),
    ),
    timeShare: rowsOf(proportion(design, "B1", { by: "vague", levels: B1 })),
    change: rowsOf(proportion(design, "B2", { by: "vague", levels: B2 })),
    feelings: Object.keys(FEELINGS).flatMap((item) =>
      rowsOf<EstimateRow & { question: string }>(proportion(d25, item, { levels: LIKERT_SCALE })),
    ),
    timeByStructure: rowsOf(proportion(d25, "B1", { by: "A1", levels: B1 })),
    moreThanQuarter25: rowsOf<EstimateRow>(proportion(d25, "plus_quart", { levels: ["oui", "non"] }))[0]!,
    moreThanQuarter: rowsOf(proportion(design, "plus_quart", { by: "vague", levels: ["oui", "non"] })),
  };
  return cached;
}

/**
 * One gallery chart: a builder drawn with fixed fictional data (run through the stats package),
 * in one language and one format. Every chart says « Données fictives » / « Fictieve gegevens ».
 * @example galleryChart("barChart", "nl", "slide").meta.source // => "Bron: CASS Schaarbeek, … Fictieve gegevens."
 */
export function galleryChart(builder: GalleryBuilder, lang: Language, format: ChartFormat): ChartSpec {
  const r = results();
  const t = TEXTS[lang];
  const l = GALLERY_LABELS[lang];
  const common = { lang, format, source: t.source, fictional: true, waves: ["2021", "2025"] } as const;
  const titled = (texts: readonly [string, string] | readonly string[]) => ({
    ...common,
    title: texts[0]!,
    subtitle: texts[1]!,
  });
  switch (builder) {
    case "barChart":
      return barChart(r.structure, { ...titled(t.bar), labels: l.A1, wave: "2025" });
    case "barChartMultiple":
      return barChart(r.obstacles, { ...titled(t.multiple), labels: l.D1, multipleChoice: true, wave: "2025" });
    case "groupedBarChart":
      return groupedBarChart(r.services, { ...titled(t.grouped), labels: l.C1, multipleChoice: true });
    case "dumbbellChart":
      return dumbbellChart(r.services, { ...titled(t.dumbbell), labels: l.C1 });
    case "stackedShareChart":
      return stackedShareChart(r.timeShare, {
        ...titled(t.stacked),
        by: "vague",
        levels: B1,
        labels: l.B1,
        note: t.comparability,
      });
    case "stackedShareDiverging":
      return stackedShareChart(r.change, {
        ...titled(t.diverging),
        by: "vague",
        levels: B2,
        labels: l.B2,
        scale: "diverging",
      });
    case "likertChart":
      return likertChart(r.feelings, {
        ...titled(t.likert),
        scale: LIKERT_SCALE,
        scaleLabels: l.scale,
        itemLabels: l.F,
      });
    case "smallMultiplesChart":
      return smallMultiplesChart(r.timeByStructure, {
        ...titled(t.small),
        by: "A1",
        groups: ["cpas", "association", "commune", "autre_public"],
        groupLabels: l.A1,
        labels: l.B1,
        levels: B1,
        // Brackets of time: an ordinal scale keeps its order.
        order: "instrument",
        wave: "2025",
      });
    case "keyFigure":
      return keyFigure(r.moreThanQuarter25, {
        ...common,
        title: t.key[0],
        sentence: t.key[1],
        wave: "2025",
        previous: { row: r.moreThanQuarter.find((x) => x.vague === "2021" && x.level === "oui")!, label: "2021" },
      });
    case "falcChart":
      return falcChart(r.moreThanQuarter, {
        ...titled(t.falc),
        by: "vague",
        level: "oui",
        labels: l.waves,
        population: t.workers,
      });
  }
}
