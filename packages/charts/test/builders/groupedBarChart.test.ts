import { describe, expect, it } from "vitest";
import { groupedBarChart, LATEST_WAVE, toSvg, WAVE_PALETTES } from "../../src/index.ts";
import { serviceLabels, serviceRows } from "../fixtures.ts";
import { validateSpec as validate } from "../schema.ts";
import { drawnLabels, keyColours, keyTexts, mainValues, mainView, quotedInAltText } from "../specParts.ts";

describe("groupedBarChart", () => {
  for (const lang of ["fr", "nl"] as const) {
    const chart = groupedBarChart(serviceRows, {
      title: "T",
      source: "CASS",
      fictional: true,
      lang,
      labels: serviceLabels[lang],
      multipleChoice: true,
    });
    const values = mainValues(chart);
    const l = serviceLabels[lang];
    it(`${lang}: ranks by the later wave, one row per wave, whiskers from the stats bounds`, () => {
      expect(validate(chart.spec)).toBe(true);
      expect(values.filter((v) => !v.suppressed).map((v) => `${v.order}|${v.vague}|${v.label}`)).toEqual([
        `0|2021|${l.commune}`,
        `0|2025|${l.commune}`,
        `1|2021|${l.cpas}`,
        `1|2025|${l.cpas}`,
        `2|2021|${l.banques}`,
        `2|2025|${l.banques}`,
        `3|2021|${l.energie}`,
        `3|2025|${l.energie}`,
      ]);
      expect(values[1]).toMatchObject({ vague: "2025", estimate: 0.7 });
      expect(values[1]!.low as number).toBeCloseTo(0.64, 12);
      expect(values[1]!.high as number).toBeCloseTo(0.76, 12);
      expect(values.find((v) => v.suppressed)).toMatchObject({
        estimate: null,
        value_text: lang === "fr" ? "masqué" : "geheim",
      });
      expect(chart.meta.note).toContain(
        lang === "fr" ? "plusieurs réponses possibles" : "meerdere antwoorden mogelijk",
      );
    });
    it(`${lang}: caps the whiskers and keys the waves (latest in Okabe–Ito blue) and the interval`, () => {
      const inner = (mainView(chart).layer as { layer?: { mark: { type: string } }[] }[])[0]!.layer!;
      expect(inner.some((x) => x.mark.type === "tick")).toBe(true);
      expect(keyTexts(chart)).toEqual(["2021", "2025", lang === "fr" ? "IC 95\u202f% de Wilson" : "95%-BI van Wilson"]);
      expect(keyColours(chart).slice(0, 2)).toEqual([WAVE_PALETTES[2][0], LATEST_WAVE]);
    });
    it(`${lang}: the alt text reads the pairs as drawn, each with both waves and the difference`, () => {
      expect(quotedInAltText(chart.meta.altText)).toEqual(drawnLabels(values).slice(0, 4));
      expect(chart.meta.altText).toContain(
        lang === "fr"
          ? "Classé selon 2025, du plus fréquent au moins fréquent"
          : "Gerangschikt volgens 2025, van vaakst naar minst vaak",
      );
      expect(chart.meta.altText).toContain(
        lang === "fr"
          ? "55\u202f% (IC 95\u202f%\u00a0: 48–62\u202f%) en 2021, 70\u202f% (IC 95\u202f%\u00a0: 64–76\u202f%) en 2025 (+15\u202fpoints)"
          : "55% (95%-BI: 48–62%) in 2021, 70% (95%-BI: 64–76%) in 2025 (+15\u202fprocentpunt)",
      );
    });
    it(`${lang}: snapshot of the spec and SVG`, async () => {
      const svg = await toSvg(chart.spec);
      await expect(JSON.stringify(chart.spec, null, 2)).toMatchFileSnapshot(
        `__snapshots__/groupedBarChart.${lang}.vl.json`,
      );
      await expect(svg).toMatchFileSnapshot(`__snapshots__/groupedBarChart.${lang}.svg`);
    });
  }

  it("order: instrument (or the former ranked: false) keeps the rows' order and says so", () => {
    for (const options of [{ order: "instrument" as const }, { ranked: false }]) {
      const chart = groupedBarChart(serviceRows, { title: "T", source: "S", fictional: false, ...options });
      expect(drawnLabels(mainValues(chart))).toEqual(serviceRows.map((r) => r.level));
      expect(chart.meta.altText).toContain("Dans l'ordre du questionnaire");
      expect(quotedInAltText(chart.meta.altText)).toEqual(["commune", "cpas", "energie", "banques"]);
    }
  });

  it("keeps each wave's colour from the study's waves, whatever the chart shows", () => {
    const chart = groupedBarChart(serviceRows, {
      title: "T",
      source: "S",
      fictional: false,
      waves: ["2017", "2021", "2025"],
    });
    expect(keyColours(chart).slice(0, 2)).toEqual([WAVE_PALETTES[3][1], LATEST_WAVE]);
  });
});
