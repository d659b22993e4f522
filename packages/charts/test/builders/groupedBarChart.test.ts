import { describe, expect, it } from "vitest";
import { groupedBarChart, toSvg } from "../../src/index.ts";
import { serviceLabels, serviceRows } from "../fixtures.ts";
import { validateSpec as validate } from "../schema.ts";

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
    const values = (chart.spec as { vconcat: { data: { values: Record<string, unknown>[] } }[] }).vconcat[0]!.data
      .values;
    it(`${lang}: ranks by the later wave, one row per wave, whiskers from the stats bounds`, () => {
      expect(validate(chart.spec)).toBe(true);
      const l = serviceLabels[lang];
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
      // Alt text: the most cited level in the later wave with its interval, against the earlier wave.
      expect(chart.meta.altText).toContain(
        lang === "fr"
          ? "En 2025, le plus cité est « Administration communale » : 70\u202f% (IC 95 % : 64–76\u202f%) en 2025, contre 55\u202f% (IC 95 % : 48–62\u202f%) en 2021."
          : "In 2025 werd het vaakst genoemd « Gemeentebestuur »: 70\u202f% (95%-BI: 64–76\u202f%) in 2025, tegenover 55\u202f% (95%-BI: 48–62\u202f%) in 2021.",
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
});
