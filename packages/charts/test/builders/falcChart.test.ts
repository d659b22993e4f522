import { describe, expect, it } from "vitest";
import { FALC_MAX_BARS, FALC_SIZES, falcChart, LATEST_WAVE, toSvg, WAVE_PALETTES } from "../../src/index.ts";
import { validateSpec } from "../schema.ts";

// proportion(d, "plus_quart", { by: "vague" }) rows (fictional).
const rows = [
  {
    vague: "2021",
    level: "oui",
    n: 72,
    estimate: 72 / 178,
    ci_low: 0.335,
    ci_high: 0.478,
    method: "wilson",
    suppressed: false,
    denominator: 178,
  },
  {
    vague: "2021",
    level: "non",
    n: 106,
    estimate: 106 / 178,
    ci_low: 0.522,
    ci_high: 0.665,
    method: "wilson",
    suppressed: false,
    denominator: 178,
  },
  {
    vague: "2025",
    level: "oui",
    n: 163,
    estimate: 163 / 229,
    ci_low: 0.65,
    ci_high: 0.767,
    method: "wilson",
    suppressed: false,
    denominator: 229,
  },
  {
    vague: "2025",
    level: "non",
    n: 66,
    estimate: 66 / 229,
    ci_low: 0.233,
    ci_high: 0.35,
    method: "wilson",
    suppressed: false,
    denominator: 229,
  },
];
const message = {
  fr: "Les travailleurs sociaux passent plus de temps aux démarches.",
  nl: "Sociaal werkers besteden meer tijd aan procedures.",
};
const waves = { fr: { "2021": "En 2021", "2025": "En 2025" }, nl: { "2021": "In 2021", "2025": "In 2025" } };

type Layer = { data: { values: Record<string, unknown>[] }; mark: { fontSize?: number } };
const layersOf = (spec: unknown) => (spec as { vconcat: { layer: Layer[] }[] }).vconcat.at(-1)!.layer;

describe("falcChart", () => {
  for (const lang of ["fr", "nl"] as const) {
    const chart = falcChart(rows, {
      by: "vague",
      level: "oui",
      labels: waves[lang],
      title: message[lang],
      source: "CASS",
      fictional: true,
      lang,
      format: "column",
    });
    const layers = layersOf(chart.spec);
    it(`${lang}: one bar per wave, words instead of whiskers, no axis`, () => {
      expect(validateSpec(chart.spec)).toBe(true);
      expect(layers[3]!.data.values.map((v) => v.text)).toEqual(
        lang === "fr"
          ? ["4 sur 10 (40\u202f%)", "environ 7 sur 10 (71\u202f%)"]
          : ["4 op 10 (40%)", "ongeveer 7 op 10 (71%)"],
      );
      const body = JSON.stringify(layers);
      expect(body).not.toContain('"rule"');
      expect(body).not.toContain('"axis"');
      expect(body).not.toContain("italic");
    });
    it(`${lang}: each wave's bar in the wave's colour (the latest in Okabe–Ito blue)`, () => {
      expect(layers[1]!.data.values.map((v) => v.colour)).toEqual([WAVE_PALETTES[2][0], LATEST_WAVE]);
    });
    it(`${lang}: large type: every text of the chart body at least 14 pt in print`, () => {
      expect(layers[2]!.mark.fontSize).toBe(FALC_SIZES.column.body);
      expect(layers[3]!.mark.fontSize).toBe(FALC_SIZES.column.body);
      expect(FALC_SIZES.column.body).toBeGreaterThanOrEqual((14 * 96) / 72);
      expect(FALC_SIZES.page.body).toBeGreaterThanOrEqual((14 * 96) / 72);
    });
    it(`${lang}: the note keeps n per wave and the interval method; alt text in words and numbers`, () => {
      expect(chart.meta.note).toContain("n = 178 (2021), 229 (2025)");
      expect(chart.meta.note).toContain(lang === "fr" ? "IC 95\u202f% de Wilson" : "95%-BI van Wilson");
      expect(chart.meta.altText).toBe(
        lang === "fr"
          ? "Les travailleurs sociaux passent plus de temps aux démarches. En 2021\u00a0: 4 sur 10 (40\u202f%). En 2025\u00a0: environ 7 sur 10 (71\u202f%). Source\u00a0: CASS. Données fictives."
          : "Sociaal werkers besteden meer tijd aan procedures. In 2021: 4 op 10 (40%). In 2025: ongeveer 7 op 10 (71%). Bron: CASS. Fictieve gegevens.",
      );
    });
    it(`${lang}: snapshot of the spec and SVG`, async () => {
      const svg = await toSvg(chart.spec);
      await expect(JSON.stringify(chart.spec, null, 2)).toMatchFileSnapshot(`__snapshots__/falcChart.${lang}.vl.json`);
      await expect(svg).toMatchFileSnapshot(`__snapshots__/falcChart.${lang}.svg`);
    });
  }
  it("shows a suppressed cell in words, never as a bar", () => {
    const hidden = rows.map((r) =>
      r.vague === "2021" ? { ...r, estimate: null, ci_low: null, ci_high: null, suppressed: true } : r,
    );
    const chart = falcChart(hidden, { by: "vague", level: "oui", title: "T", source: "S", fictional: false });
    const layers = layersOf(chart.spec);
    expect(layers[1]!.data.values).toHaveLength(1);
    expect(layers[3]!.data.values[0]!.text).toBe("chiffre masqué (secret statistique)");
  });
  it("keeps few categories: more than four bars is an error", () => {
    const many = ["a", "b", "c", "d", "e"].map((level) => ({ ...rows[0]!, level }));
    expect(() => falcChart(many, { title: "T", source: "S", fictional: false, lang: "nl" })).toThrow(
      `5 staven is te veel voor een makkelijk leesbare grafiek (hoogstens ${FALC_MAX_BARS})`,
    );
    expect(() => falcChart(many, { title: "T", source: "S", fictional: false, levels: ["a", "b"] })).not.toThrow();
  });
  it("names the missing answer when `level` is in no row", () => {
    expect(() => falcChart(rows, { by: "vague", level: "ja", title: "T", source: "S", fictional: false })).toThrow(
      "« ja » demandée n'est dans aucune ligne (réponses présentes : oui, non)",
    );
  });
});
