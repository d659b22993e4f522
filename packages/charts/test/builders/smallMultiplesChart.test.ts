import { describe, expect, it } from "vitest";
import { ChartError, LATEST_WAVE, NBSP, smallMultiplesChart, toSvg, WAVE_PALETTES } from "../../src/index.ts";
import { validateSpec } from "../schema.ts";
import { keyTexts, quotedInAltText } from "../specParts.ts";

const levels = ["b0_10", "b11_25", "b26_50"];
const row = (A1: string, level: string, n: number, denominator: number) => ({
  A1,
  level,
  n,
  estimate: n < 5 ? null : n / denominator,
  // Fixed bounds, as a stats table would give them: the chart must draw exactly these.
  ci_low: n < 5 ? null : n / denominator - 0.1,
  ci_high: n < 5 ? null : n / denominator + 0.1,
  method: "wilson",
  suppressed: n < 5,
  denominator,
});
const rows = [
  row("cpas", "b0_10", 3, 71),
  row("cpas", "b11_25", 30, 71),
  row("cpas", "b26_50", 38, 71),
  row("commune", "b0_10", 10, 40),
  row("commune", "b11_25", 13, 40),
  row("commune", "b26_50", 17, 40),
];
const labels = {
  fr: { groups: { cpas: "CPAS", commune: "Administration communale" }, levels: { b0_10: "0 à 10 %" } },
  nl: { groups: { cpas: "OCMW", commune: "Gemeentebestuur" }, levels: { b0_10: "0 tot 10%" } },
};

type Panel = { title: { text: string[] }; data: { values: Record<string, unknown>[] } };
const panelsOf = (spec: unknown) =>
  (spec as { vconcat: { vconcat: { hconcat: Panel[] }[] }[] }).vconcat.at(-1)!.vconcat.flatMap((r) => r.hconcat);

describe("smallMultiplesChart", () => {
  for (const lang of ["fr", "nl"] as const) {
    const chart = smallMultiplesChart(rows, {
      by: "A1",
      levels,
      // Brackets of time: an ordinal scale keeps its order.
      order: "instrument",
      groupLabels: labels[lang].groups,
      labels: labels[lang].levels,
      title: lang === "fr" ? "Temps par type de structure" : "Tijd per type organisatie",
      source: "CASS",
      fictional: true,
      lang,
      wave: "2025",
    });
    it(`${lang}: one panel per group, titled with its n, on one shared 0–100 % scale`, () => {
      expect(validateSpec(chart.spec)).toBe(true);
      const panels = panelsOf(chart.spec);
      expect(panels.map((p) => p.title.text.join(" "))).toEqual([
        `${labels[lang].groups.cpas} (n\u00a0=\u00a071)`,
        `${labels[lang].groups.commune} (n\u00a0=\u00a040)`,
      ]);
      expect(JSON.stringify(chart.spec).match(/"domain":\[0,1\]/g)).toHaveLength(2);
      expect(chart.meta.note).toContain("n = 71 (");
      expect(chart.meta.source).toContain(lang === "fr" ? "Données fictives" : "Fictieve gegevens");
    });
    it(`${lang}: draws the stats bounds and writes « masqué » for a suppressed cell, never a zero bar`, () => {
      const cpas = panelsOf(chart.spec)[0]!.data.values;
      expect(cpas[0]).toMatchObject({
        estimate: null,
        ci_low: null,
        value_text: lang === "fr" ? "masqué" : "geheim",
        suppressed: true,
      });
      expect(cpas[2]!.ci_low as number).toBeCloseTo(38 / 71 - 0.1, 12);
      expect(cpas[2]!.ci_high as number).toBeCloseTo(38 / 71 + 0.1, 12);
    });
    it(`${lang}: alt text reads each panel's bars as drawn, with their intervals`, () => {
      expect(chart.meta.altText).toContain(
        lang === "fr"
          ? `CPAS (n = 71)${NBSP}: «${NBSP}b11_25${NBSP}» 42\u202f% (IC 95\u202f%${NBSP}: 32–52\u202f%), «${NBSP}b26_50${NBSP}» 54\u202f%`
          : "OCMW (n = 71): ‘b11_25’ 42% (95%-BI: 32–52%), ‘b26_50’ 54%",
      );
      expect(chart.meta.altText).toContain(
        lang === "fr" ? "dans l'ordre du questionnaire" : "in de volgorde van de vragenlijst",
      );
    });
    it(`${lang}: bars in their wave's colour, the wave and the interval in the key`, () => {
      expect(JSON.stringify(chart.spec)).toContain(`"color":"${LATEST_WAVE}"`);
      expect(keyTexts(chart)).toEqual(["2025", lang === "fr" ? "IC 95\u202f% de Wilson" : "95%-BI van Wilson"]);
    });
    it(`${lang}: snapshot of the spec and SVG`, async () => {
      const svg = await toSvg(chart.spec);
      await expect(JSON.stringify(chart.spec, null, 2)).toMatchFileSnapshot(
        `__snapshots__/smallMultiplesChart.${lang}.vl.json`,
      );
      await expect(svg).toMatchFileSnapshot(`__snapshots__/smallMultiplesChart.${lang}.svg`);
    });
  }
  it("refuses rows without the group column, naming the row and the column, in the reader's language", () => {
    const bad = [rows[0]!, { ...rows[1]!, A1: undefined }];
    expect(() => smallMultiplesChart(bad, { by: "A1", title: "T", source: "S", fictional: false, lang: "nl" })).toThrow(
      /rij 2 heeft geen kolom ‘A1’/,
    );
    try {
      smallMultiplesChart(bad, { by: "A1", title: "T", source: "S", fictional: false });
    } catch (e) {
      expect(e).toBeInstanceOf(ChartError);
      expect((e as ChartError).code).toBe("missing_column");
    }
  });
  it("order: value puts the bars in one order for every panel, by the mean share across panels", () => {
    const chart = smallMultiplesChart(rows, { by: "A1", title: "T", source: "S", fictional: false });
    for (const panel of panelsOf(chart.spec)) {
      expect(panel.data.values.map((v) => v.label)).toEqual(["b26_50", "b11_25", "b0_10"]);
    }
    expect(quotedInAltText(chart.meta.altText).slice(0, 2)).toEqual(["b26_50", "b11_25"]);
  });
  it("an older wave keeps its colour among the study's waves", () => {
    const chart = smallMultiplesChart(rows, {
      by: "A1",
      title: "T",
      source: "S",
      fictional: false,
      wave: "2021",
      waves: ["2021", "2025"],
    });
    expect(JSON.stringify(chart.spec)).toContain(`"color":"${WAVE_PALETTES[2][0]}"`);
  });
  it("balances the panels: four groups on a slide make two rows of two", () => {
    const four = ["a", "b", "c", "d"].flatMap((g) => rows.slice(3).map((r) => ({ ...r, A1: g })));
    const chart = smallMultiplesChart(four, { by: "A1", title: "T", source: "S", fictional: false, format: "slide" });
    const grid = (chart.spec as { vconcat: { vconcat: { hconcat: unknown[] }[] }[] }).vconcat.at(-1)!.vconcat;
    expect(grid.map((r) => r.hconcat.length)).toEqual([2, 2]);
  });
});
