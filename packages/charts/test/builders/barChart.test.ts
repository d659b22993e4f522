import { describe, expect, it } from "vitest";
import { barChart, ChartError, FORMATS, LATEST_WAVE, NBSP, toSvg, WAVE_PALETTES } from "../../src/index.ts";
import { structureLabels, structureRows } from "../fixtures.ts";
import { validateSpec as validate } from "../schema.ts";
import { drawnLabels, keyColours, keyTexts, mainValues, mainView, quotedInAltText } from "../specParts.ts";

const options = {
  fr: {
    title: "Type de structure des répondants",
    subtitle: "Schaerbeek, 2021",
    source: "CASS Schaerbeek, enquête 2021",
  },
  nl: {
    title: "Type organisatie van de respondenten",
    subtitle: "Schaarbeek, 2021",
    source: "CASS Schaarbeek, bevraging 2021",
  },
} as const;

describe("barChart", () => {
  for (const lang of ["fr", "nl"] as const) {
    const chart = barChart(structureRows, { ...options[lang], labels: structureLabels[lang], fictional: true, lang });

    it(`${lang}: validates against the Vega-Lite JSON schema shipped with vega-lite`, () => {
      const ok = validate(chart.spec);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });

    it(`${lang}: says the data are fictional, gives n, and names the interval in the key`, () => {
      expect(chart.meta.source).toContain(lang === "fr" ? "Données fictives" : "Fictieve gegevens");
      expect(chart.meta.note).toContain("n = 178");
      expect(keyTexts(chart)).toEqual([lang === "fr" ? "IC 95\u202f% de Wilson" : "95%-BI van Wilson"]);
      const layers = mainView(chart).layer as { mark: { type: string } }[];
      expect(layers.map((x) => x.mark.type)).toContain("tick");
    });

    it(`${lang}: sorts the bars by value and reads them in that order in the alt text`, () => {
      const l = structureLabels[lang];
      expect(drawnLabels(mainValues(chart))).toEqual([l.association, l.cpas, l.commune, l.autre_public, l.autre]);
      expect(quotedInAltText(chart.meta.altText)).toEqual(drawnLabels(mainValues(chart)).slice(0, 4));
      expect(chart.meta.altText).toContain(
        lang === "fr"
          ? `du plus fréquent au moins fréquent${NBSP}: «${NBSP}Association (asbl)${NBSP}» 39\u202f% (IC 95\u202f%${NBSP}: 32–47\u202f%)`
          : "van vaakst naar minst vaak: ‘Vereniging (vzw)’ 39% (95%-BI: 32–47%)",
      );
      expect(chart.meta.altText).toContain(
        lang === "fr" ? "1 réponse n'est pas montrée (secret statistique)" : "1 antwoord wordt niet getoond",
      );
    });

    it(`${lang}: one precision for the chart: « 8 % » beside « 39 % », never « 7,9 % »`, () => {
      const texts = mainValues(chart).map((v) => v.value_text);
      expect(texts).toContain(lang === "fr" ? "8\u202f%" : "8%");
      expect(texts.join()).not.toMatch(/\d,\d/);
    });

    it(`${lang}: shows a withheld cell as « masqué », never as a zero bar`, () => {
      const hidden = mainValues(chart).find((v) => v.suppressed)!;
      expect(hidden).toMatchObject({ estimate: null, value_text: lang === "fr" ? "masqué" : "geheim" });
    });

    it(`${lang}: snapshot of the spec and of the SVG, byte-identical twice`, async () => {
      const svg = await toSvg(chart.spec);
      expect(await toSvg(chart.spec)).toBe(svg);
      expect(svg).toContain(lang === "fr" ? "34\u202f%" : ">34%<");
      await expect(JSON.stringify(chart.spec, null, 2)).toMatchFileSnapshot(`__snapshots__/barChart.${lang}.vl.json`);
      await expect(svg).toMatchFileSnapshot(`__snapshots__/barChart.${lang}.svg`);
    });
  }

  it("uses no font smaller than the format's minimum", () => {
    for (const format of ["column", "page", "slide", "web"] as const) {
      const chart = barChart(structureRows, { ...options.fr, labels: structureLabels.fr, fictional: false, format });
      const sizes = [
        ...JSON.stringify(chart.spec).matchAll(
          /"(?:fontSize|labelFontSize|titleFontSize|subtitleFontSize)":\s*([\d.]+)/g,
        ),
      ].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(3);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(FORMATS[format].minFontSize);
    }
  });

  it("wraps long labels instead of cutting them", () => {
    const chart = barChart([{ ...structureRows[0]!, level: "x" }], {
      ...options.fr,
      fictional: false,
      labels: { x: "Une réponse au libellé particulièrement long qui ne tient pas sur une ligne" },
    });
    const values = mainValues(chart) as { label: string }[];
    expect(values[0]!.label.split("\n").length).toBeGreaterThan(1);
    expect(values[0]!.label.replaceAll("\n", " ")).toBe(
      "Une réponse au libellé particulièrement long qui ne tient pas sur une ligne",
    );
  });

  it("multipleChoice: says % of respondents in the note and « plusieurs réponses » in the alt text", () => {
    const chart = barChart(structureRows, {
      ...options.fr,
      labels: structureLabels.fr,
      fictional: true,
      multipleChoice: true,
    });
    expect(chart.meta.note).toContain("% des répondants, plusieurs réponses possibles");
    expect(chart.meta.altText).toContain("Sur 178 répondants (plusieurs réponses possibles), du plus fréquent");
  });

  it("order: instrument (or the former sort: false) keeps the questionnaire's order and says so", () => {
    for (const o of [{ order: "instrument" as const }, { sort: false }]) {
      const chart = barChart(structureRows, { ...options.fr, fictional: true, ...o });
      expect(drawnLabels(mainValues(chart))).toEqual(structureRows.map((r) => r.level));
      expect(chart.meta.altText).toContain("dans l'ordre du questionnaire");
      expect(chart.meta.altText).not.toContain("plus fréquent");
      expect(quotedInAltText(chart.meta.altText)).toEqual(["cpas", "association", "commune", "autre_public"]);
    }
  });

  it("draws the bars in their wave's colour and names the wave in the key", () => {
    const older = barChart(structureRows, { ...options.fr, fictional: true, wave: "2021", waves: ["2021", "2025"] });
    expect((mainView(older).layer as { mark: { color?: string } }[])[0]!.mark.color).toBe(WAVE_PALETTES[2][0]);
    expect(keyTexts(older)[0]).toBe("2021");
    expect(keyColours(older)[0]).toBe(WAVE_PALETTES[2][0]);
    const unnamed = barChart(structureRows, { ...options.fr, fictional: true });
    expect((mainView(unnamed).layer as { mark: { color?: string } }[])[0]!.mark.color).toBe(LATEST_WAVE);
  });

  it("refuses rows of several groups (a level twice), in the reader's language, with a stable code", () => {
    const twice = [...structureRows, { ...structureRows[0]! }];
    expect(() => barChart(twice, { ...options.nl, fictional: false, lang: "nl" })).toThrow(
      "barChart: het antwoord ‘cpas’ komt 2 keer voor (rijen 1, 6)",
    );
    expect(() => barChart(twice, { ...options.fr, fictional: false })).toThrow(ChartError);
  });
});
