import { describe, expect, it } from "vitest";
import { dumbbellChart, EMPHASIS, INK, LATEST_WAVE, MINUS, NBSP, toSvg, WAVE_PALETTES } from "../../src/index.ts";
import { serviceLabels, serviceRows } from "../fixtures.ts";
import { validateSpec as validate } from "../schema.ts";
import { drawnLabels, keyColours, keyTexts, mainValues, mainView, quotedInAltText } from "../specParts.ts";

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
    const values = mainValues(chart);
    const l = serviceLabels[lang];

    it(`${lang}: validates against the Vega-Lite schema`, () => {
      expect(validate(chart.spec)).toBe(true);
    });
    it(`${lang}: ranks the levels by the later wave, suppressed last`, () => {
      expect(drawnLabels(values)).toEqual([l.commune, l.cpas, l.banques, l.energie, l.transport]);
    });
    it(`${lang}: marks a change that is not demonstrated « n.s. », spells it out, and hides suppressed levels`, () => {
      const cpas = values.find((v) => v.label === l.cpas)!;
      expect(cpas.demonstrated).toBe(false);
      // One precision per chart: shares in whole percent, differences in whole points.
      expect(cpas.diff_text).toBe(`${MINUS}2\u202f${lang === "fr" ? "points" : "procentpunt"} n.s.`);
      expect(values.find((v) => v.label === l.banques)).toMatchObject({
        demonstrated: true,
        diff_text: "+16\u202f" + (lang === "fr" ? "points" : "procentpunt"),
      });
      expect(values.find((v) => v.label === l.transport)).toMatchObject({
        a: null,
        b: null,
        diff_text: lang === "fr" ? "masqué" : "geheim",
      });
      expect(chart.meta.note).toContain(
        lang === "fr"
          ? `n.s.${NBSP}: différence non significative après ajustement de Holm`
          : "n.s.: verschil niet significant na aanpassing volgens Holm",
      );
    });
    it(`${lang}: draws each wave's interval with caps, and keys the waves, the interval and the emphasis`, () => {
      const layers = mainView(chart).layer as { mark: { type: string; color?: string } }[];
      expect(layers.filter((x) => x.mark.type === "tick")).toHaveLength(2);
      expect(keyTexts(chart)).toEqual([
        "2021",
        "2025",
        lang === "fr" ? "IC 95\u202f% de Wilson" : "95%-BI van Wilson",
        lang === "fr" ? "différence significative (Holm)" : "significant verschil (Holm)",
      ]);
      expect(keyColours(chart)).toEqual([WAVE_PALETTES[2][0], LATEST_WAVE, INK.text, INK.text, INK.text, EMPHASIS]);
    });
    it(`${lang}: names the tests in the reader's language and both sample sizes`, () => {
      expect(chart.meta.note).toContain("n = 178 (2021), 229 (2025)");
      expect(chart.meta.note).toContain(
        lang === "fr" ? "test du khi², test exact de Fisher" : "chi²-toets, exacte toets van Fisher",
      );
    });
    it(`${lang}: the alt text reads the lines as drawn, says how many changes are significant, and gives each`, () => {
      expect(quotedInAltText(chart.meta.altText)).toEqual(drawnLabels(values).slice(0, 4));
      expect(chart.meta.altText).toContain(
        lang === "fr"
          ? "Entre 2021 et 2025, 3 différences sur 4 sont significatives après ajustement de Holm."
          : "Tussen 2021 en 2025 zijn 3 van de 4 verschillen significant na aanpassing volgens Holm.",
      );
      expect(chart.meta.altText).toContain(
        lang === "fr"
          ? `«${NBSP}Banques${NBSP}»${NBSP}: de 30\u202f% en 2021 à 46\u202f% en 2025 (+16\u202fpoints)`
          : "‘Banken’: van 30% in 2021 naar 46% in 2025 (+16\u202fprocentpunt)",
      );
      expect(chart.meta.altText).toContain(lang === "fr" ? "(−2\u202fpoints, n.s.)" : "(−2\u202fprocentpunt, n.s.)");
      expect(chart.meta.altText).toContain(
        lang === "fr" ? "du plus fréquent au moins fréquent" : "van vaakst naar minst vaak",
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

  it("emphasises only what is demonstrated: a small p whose interval crosses 0 stays « n.s. »", () => {
    const row = { ...serviceRows[2]!, p_adjusted: 0.01, diff_ci_low: -0.01, diff_ci_high: 0.3 };
    const chart = dumbbellChart([row], { title: "T", source: "S", fictional: false });
    expect(mainValues(chart)[0]).toMatchObject({ demonstrated: false });
    const shown = dumbbellChart([{ ...row, diff_ci_low: 0.05 }], { title: "T", source: "S", fictional: false });
    expect(mainValues(shown)[0]).toMatchObject({ demonstrated: true });
    expect(keyTexts(chart)).not.toContain("différence significative (Holm)");
  });

  it("order: instrument keeps the rows' order for an ordinal scale", () => {
    const chart = dumbbellChart(serviceRows, { title: "T", source: "S", fictional: false, order: "instrument" });
    expect(drawnLabels(mainValues(chart))).toEqual(serviceRows.map((r) => r.level));
    expect(chart.meta.altText).toContain("Dans l'ordre du questionnaire");
  });
});
