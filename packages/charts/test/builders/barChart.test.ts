import { describe, expect, it } from "vitest";
import { barChart, ChartError, FORMATS, toSvg } from "../../src/index.ts";
import { structureLabels, structureRows } from "../fixtures.ts";
import { validateSpec as validate } from "../schema.ts";

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

    it(`${lang}: says the data are fictional, gives n and the interval method`, () => {
      expect(chart.meta.source).toContain(lang === "fr" ? "Données fictives" : "Fictieve gegevens");
      expect(chart.meta.note).toContain("n = 178");
      expect(chart.meta.note).toContain(lang === "fr" ? "IC 95\u202f% de Wilson" : "95%-BI van Wilson");
      // The alt text gives the largest shares with their intervals and says what is hidden.
      expect(chart.meta.altText).toContain(
        lang === "fr"
          ? "la réponse la plus fréquente est « Association (asbl) » : 39\u202f% (IC 95 % : 32–47\u202f%)"
          : "is het vaakste antwoord « Vereniging (vzw) »: 39\u202f% (95%-BI: 32–47\u202f%)",
      );
      expect(chart.meta.altText).toContain(
        lang === "fr" ? "1 réponse n'est pas montrée (secret statistique)" : "1 antwoord wordt niet getoond",
      );
    });

    it(`${lang}: shows a suppressed cell as « masqué », never as a zero bar`, () => {
      const values = (chart.spec as { vconcat: { data: { values: Record<string, unknown>[] } }[] }).vconcat[0]!.data
        .values;
      const hidden = values.find((v) => v.suppressed)!;
      expect(hidden).toMatchObject({ estimate: null, value_text: lang === "fr" ? "masqué" : "geheim" });
    });

    it(`${lang}: snapshot of the spec and of the SVG, byte-identical twice`, async () => {
      const svg = await toSvg(chart.spec);
      expect(await toSvg(chart.spec)).toBe(svg);
      expect(svg).toContain(lang === "fr" ? "34\u202f%" : "34\u202f%");
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
    const values = (chart.spec as { vconcat: { data: { values: { label: string }[] } }[] }).vconcat[0]!.data.values;
    expect(values[0]!.label.split("\n").length).toBeGreaterThan(1);
    expect(values[0]!.label.replaceAll("\n", " ")).toBe(
      "Une réponse au libellé particulièrement long qui ne tient pas sur une ligne",
    );
  });

  it("multipleChoice: ranks the choices, says % of respondents in the note and « le plus cité » in the alt text", () => {
    const chart = barChart(structureRows, {
      ...options.fr,
      labels: structureLabels.fr,
      fictional: true,
      multipleChoice: true,
    });
    const values = (chart.spec as { vconcat: { data: { values: { label: string; order: number }[] } }[] }).vconcat[0]!
      .data.values;
    expect(values.map((v) => v.label)).toEqual([
      "Association (asbl)",
      "CPAS",
      "Administration communale",
      "Autre service public",
      "Autre (précisez)",
    ]);
    expect(chart.meta.note).toContain("% des répondants, plusieurs réponses possibles");
    expect(chart.meta.altText).toContain("(plusieurs réponses possibles), le plus cité est « Association (asbl) »");
    const unranked = barChart(structureRows, { ...options.fr, fictional: true, multipleChoice: true, sort: false });
    const first = (unranked.spec as { vconcat: { data: { values: { label: string }[] } }[] }).vconcat[0]!.data
      .values[0]!;
    expect(first.label).toBe("cpas");
  });

  it("refuses rows of several groups (a level twice), in the reader's language, with a stable code", () => {
    const twice = [...structureRows, { ...structureRows[0]! }];
    expect(() => barChart(twice, { ...options.nl, fictional: false, lang: "nl" })).toThrow(
      "barChart: het antwoord « cpas » komt 2 keer voor (rijen 1, 6)",
    );
    expect(() => barChart(twice, { ...options.fr, fictional: false })).toThrow(ChartError);
  });
});
