import { describe, expect, it } from "vitest";
import { dumbbellChart, MINUS, toSvg } from "../../src/index.ts";
import { serviceLabels, serviceRows } from "../fixtures.ts";
import { validateSpec as validate } from "../schema.ts";

const titles = {
  fr: "Services à l'origine des demandes, 2021 et 2025",
  nl: "Diensten achter de hulpvragen, 2021 en 2025",
} as const;

describe("dumbbellChart", () => {
  for (const lang of ["fr", "nl"] as const) {
    const chart = dumbbellChart(serviceRows, {
      title: titles[lang],
      source: "CASS Schaerbeek",
      fictional: true,
      lang,
      labels: serviceLabels[lang],
    });
    const values = (chart.spec as { vconcat: { data: { values: Record<string, unknown>[] } }[] }).vconcat[0]!.data
      .values;

    it(`${lang}: validates against the Vega-Lite schema`, () => {
      expect(validate(chart.spec)).toBe(true);
    });
    it(`${lang}: marks a non-significant change as such, with a true minus, and hides suppressed levels`, () => {
      const cpas = values.find((v) => v.order === 1)!;
      expect(cpas.significant).toBe(false);
      expect(cpas.diff_text).toBe(`${MINUS}2,0\u202f${lang === "fr" ? "points" : "procentpunt"} (n.s.)`);
      expect(values.find((v) => v.order === 4)).toMatchObject({
        a: null,
        b: null,
        diff_text: lang === "fr" ? "masqué" : "geheim",
      });
    });
    it(`${lang}: names the tests in the reader's language and both sample sizes`, () => {
      expect(chart.meta.note).toContain("n = 178 (2021), 229 (2025)");
      expect(chart.meta.note).toContain(
        lang === "fr" ? "test du khi², test exact de Fisher" : "chi²-toets, exacte toets van Fisher",
      );
      // Alt text: how many changes are significant, each with both waves and the difference.
      expect(chart.meta.altText).toContain(
        lang === "fr"
          ? "Entre 2021 et 2025, 3 changements sur 4 sont significatifs"
          : "Tussen 2021 en 2025 zijn 3 van de 4 veranderingen significant",
      );
      expect(chart.meta.altText).toContain(
        lang === "fr"
          ? "« Banques » : de 30\u202f% en 2021 à 46\u202f% en 2025 (+16,0\u202fpoints)"
          : "« Banken »: van 30\u202f% in 2021 naar 46\u202f% in 2025 (+16,0\u202fprocentpunt)",
      );
      expect(chart.meta.altText).toContain(
        lang === "fr" ? "Pas de changement significatif pour « CPAS »" : "Geen significante verandering voor « OCMW »",
      );
    });
    it(`${lang}: snapshot of the spec and SVG`, async () => {
      const svg = await toSvg(chart.spec);
      await expect(JSON.stringify(chart.spec, null, 2)).toMatchFileSnapshot(
        `__snapshots__/dumbbellChart.${lang}.vl.json`,
      );
      await expect(svg).toMatchFileSnapshot(`__snapshots__/dumbbellChart.${lang}.svg`);
    });
  }
});
