import { describe, expect, it } from "vitest";
import {
  BACKGROUND,
  ChartFormat,
  DIVERGING_PALETTES,
  dumbbellChart,
  EMPHASIS,
  GALLERY_BUILDERS,
  galleryChart,
  groupedBarChart,
  INK,
  LATEST_WAVE,
  NEUTRAL,
  NOT_DEMONSTRATED_LINE,
  SEQUENTIAL_PALETTES,
  TRACK,
  WAVE_PALETTES,
  waveColours,
} from "../../src/index.ts";
import { serviceLabels, serviceRows } from "../fixtures.ts";

/**
 * Every builder speaks the one colour grammar (README, « Grammaire des couleurs »): the gallery
 * draws each builder with the study's waves 2021 and 2025, in both languages and every format.
 */
const grammar = new Set(
  [
    ...Object.values(WAVE_PALETTES).flat(),
    ...Object.values(DIVERGING_PALETTES).flat(),
    ...Object.values(SEQUENTIAL_PALETTES).flat(),
    EMPHASIS,
    NOT_DEMONSTRATED_LINE,
    NEUTRAL,
    TRACK,
    BACKGROUND,
    ...Object.values(INK),
    // Ink on dark fills, and the axis rules of the theme.
    "#ffffff",
    "#111111",
    "#999999",
  ].map((c) => c.toLowerCase()),
);
const coloursOf = (spec: unknown) =>
  [...JSON.stringify(spec).matchAll(/"(#[0-9a-fA-F]{6})"/g)].map((m) => m[1]!.toLowerCase());
const charts = GALLERY_BUILDERS.flatMap((builder) =>
  (["fr", "nl"] as const).flatMap((lang) =>
    Object.values(ChartFormat).map((format) => ({ builder, lang, format, chart: galleryChart(builder, lang, format) })),
  ),
);
const [older, latest] = WAVE_PALETTES[2];

describe("colour grammar", () => {
  it("every colour of every builder's spec belongs to the grammar", () => {
    for (const { builder, lang, format, chart } of charts) {
      for (const c of coloursOf(chart.spec)) expect(grammar.has(c), `${builder} ${lang} ${format}: ${c}`).toBe(true);
    }
  });

  it("a wave has one colour in every builder: 2025 is Okabe–Ito blue, the key figure included", () => {
    const drawing2025 = [
      "barChart",
      "barChartMultiple",
      "groupedBarChart",
      "dumbbellChart",
      "smallMultiplesChart",
      "keyFigure",
      "falcChart",
    ];
    for (const { builder, chart } of charts.filter((c) => drawing2025.includes(c.builder))) {
      expect(coloursOf(chart.spec), builder).toContain(LATEST_WAVE.toLowerCase());
    }
    for (const { builder, chart } of charts.filter((c) =>
      ["groupedBarChart", "dumbbellChart", "falcChart"].includes(c.builder),
    )) {
      expect(coloursOf(chart.spec), builder).toContain(older.toLowerCase());
    }
    expect(latest).toBe(LATEST_WAVE);
  });

  it("no ordered answer is drawn in a wave's colour, and no wave in an ordered answer's", () => {
    const waves = new Set(
      Object.values(WAVE_PALETTES)
        .flat()
        .map((c) => c.toLowerCase()),
    );
    for (const { builder, chart } of charts.filter((c) =>
      ["likertChart", "stackedShareChart", "stackedShareDiverging"].includes(c.builder),
    )) {
      for (const c of coloursOf(chart.spec)) expect(waves.has(c), `${builder}: ${c}`).toBe(false);
    }
  });

  it("the emphasis colour marks only a demonstrated difference (comparison charts)", () => {
    for (const { builder, chart } of charts) {
      const uses = coloursOf(chart.spec).includes(EMPHASIS.toLowerCase());
      expect(uses, builder).toBe(["groupedBarChart", "dumbbellChart"].includes(builder));
    }
  });

  it("in a study of six waves, two of its waves compared keep the colours the study gives them", () => {
    const study = ["2015", "2017", "2019", "2021", "2023", "2025"];
    const colours = waveColours(study);
    const rows = serviceRows.map((r) => ({ ...r, group_a: "2019", group_b: "2023" }));
    for (const build of [dumbbellChart, groupedBarChart]) {
      const chart = build(rows, {
        title: "T",
        source: "S",
        fictional: true,
        labels: serviceLabels.fr,
        waves: study,
      });
      const drawn = coloursOf(chart.spec);
      expect(drawn).toContain(colours["2019"]!.toLowerCase());
      expect(drawn).toContain(colours["2023"]!.toLowerCase());
      expect(drawn).not.toContain(LATEST_WAVE.toLowerCase());
      for (const c of drawn) expect(grammar.has(c), c).toBe(true);
    }
  });

  it("the test can fail: a stray colour is caught", () => {
    expect(coloursOf({ mark: { color: "#E69F00" } }).every((c) => grammar.has(c))).toBe(false);
  });
});
