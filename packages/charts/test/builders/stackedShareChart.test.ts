import { describe, expect, it } from "vitest";
import { DIVERGING_PALETTES, INK, SEQUENTIAL_PALETTES, stackedShareChart, toSvg } from "../../src/index.ts";
import { validateSpec as validate } from "../schema.ts";
import { keyColours, keyTexts, mainValues } from "../specParts.ts";

const levels = ["b0_10", "b11_25", "b26_50", "b51_75", "b76_100"];
const est: Record<string, number[]> = {
  "2021": [0.247, 0.343, 0.242, 0.112, 0.056],
  "2025": [0.096, 0.188, 0.454, 0.253, 0.009],
};
const rows = Object.entries(est).flatMap(([vague, xs]) =>
  xs.map((e, i) => ({
    vague,
    level: levels[i]!,
    n: Math.round(e * (vague === "2021" ? 178 : 229)),
    estimate: e,
    ci_low: e - 0.05,
    ci_high: e + 0.05,
    method: "wilson",
    suppressed: vague === "2025" && i === 4,
    denominator: vague === "2021" ? 178 : 229,
  })),
);
const labels = {
  fr: { b0_10: "0 à 10 %", b11_25: "11 à 25 %", b26_50: "26 à 50 %", b51_75: "51 à 75 %", b76_100: "Plus de 75 %" },
  nl: {
    b0_10: "0 tot 10%",
    b11_25: "11 tot 25%",
    b26_50: "26 tot 50%",
    b51_75: "51 tot 75%",
    b76_100: "Meer dan 75%",
  },
};

describe("stackedShareChart", () => {
  it("scale: diverging colours a scale centred on its neutral answer purple → grey → green", () => {
    const chart = stackedShareChart(rows, {
      by: "vague",
      levels,
      title: "T",
      source: "S",
      fictional: false,
      scale: "diverging",
    });
    expect(keyColours(chart)).toEqual([...DIVERGING_PALETTES[5]]);
  });

  for (const lang of ["fr", "nl"] as const) {
    const chart = stackedShareChart(rows, {
      by: "vague",
      levels,
      labels: labels[lang],
      lang,
      title: lang === "fr" ? "Part du temps consacrée aux démarches" : "Deel van de tijd voor procedures",
      source: "CASS Schaerbeek",
      fictional: true,
      note: lang === "fr" ? "Tranches de 2021." : "Klassen van 2021.",
    });
    it(`${lang}: validates, leaves suppressed cells out, and ends the note with one full stop`, () => {
      expect(validate(chart.spec)).toBe(true);
      const values = mainValues(chart) as { group: string; rank: number }[];
      expect(values).toHaveLength(9);
      expect(values.some((v) => v.group === "2025" && v.rank === 4)).toBe(false);
      expect(chart.meta.note.endsWith("2021.")).toBe(true);
      expect(chart.meta.note).not.toContain("..");
      expect(chart.meta.note).toContain("n = 178 (2021), 229 (2025)");
      // The intervals are in the table, not drawn: the note does not cite them.
      expect(chart.meta.note).not.toMatch(/Wilson|IC 95|95%-BI/);
    });
    it(`${lang}: sequential greens in scale order, a key in that order, shares at one precision in a readable ink`, () => {
      expect(keyTexts(chart)).toEqual(levels.map((c) => labels[lang][c as keyof (typeof labels)["fr"]]));
      expect(keyColours(chart)).toEqual([...SEQUENTIAL_PALETTES[5]]);
      const values = mainValues(chart) as { share: string; ink: string; rank: number }[];
      // 0,9 % is below 10 % but the chart has larger shares: no decimal anywhere.
      expect(values.map((v) => v.share).join()).not.toMatch(/\d,\d/);
      expect(values.find((v) => v.rank === 0)!.ink).toBe("#111111");
      expect(values.find((v) => v.rank === 4)!.ink).toBe("#ffffff");
      expect(INK.text).not.toBe("#ffffff");
    });
    it(`${lang}: the alt text reads each bar in scale order`, () => {
      const first = lang === "fr" ? "«\u00a00 à 10 %\u00a0» 25\u202f%" : "‘0 tot 10%’ 25%";
      expect(chart.meta.altText).toContain(first);
      expect(chart.meta.altText.indexOf(labels[lang].b0_10)).toBeLessThan(
        chart.meta.altText.indexOf(labels[lang].b11_25),
      );
    });
    it(`${lang}: snapshot of the spec and SVG`, async () => {
      const svg = await toSvg(chart.spec);
      await expect(JSON.stringify(chart.spec, null, 2)).toMatchFileSnapshot(
        `__snapshots__/stackedShareChart.${lang}.vl.json`,
      );
      await expect(svg).toMatchFileSnapshot(`__snapshots__/stackedShareChart.${lang}.svg`);
    });
  }
});
