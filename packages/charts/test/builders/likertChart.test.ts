import { describe, expect, it } from "vitest";
import { DIVERGING_PALETTES, likertChart, NEUTRAL, toSvg } from "../../src/index.ts";
import { validateSpec as validate } from "../schema.ts";
import { keyColours, keyTexts, mainView, quotedInAltText } from "../specParts.ts";

const scale = ["pas_du_tout", "plutot_pas", "neutre", "plutot", "tout_a_fait"];
const scaleLabels = {
  fr: {
    pas_du_tout: "Pas du tout d'accord",
    plutot_pas: "Plutôt pas d'accord",
    neutre: "Ni l'un ni l'autre",
    plutot: "Plutôt d'accord",
    tout_a_fait: "Tout à fait d'accord",
  },
  nl: {
    pas_du_tout: "Helemaal niet akkoord",
    plutot_pas: "Eerder niet akkoord",
    neutre: "Noch akkoord noch niet",
    plutot: "Eerder akkoord",
    tout_a_fait: "Helemaal akkoord",
  },
};
const shares: Record<string, number[]> = { F1: [0.05, 0.1, 0.15, 0.35, 0.35], F4: [0.25, 0.3, 0.2, 0.15, 0.1] };
const rows = [
  ...Object.entries(shares).flatMap(([question, xs]) =>
    xs.map((e, i) => ({
      question,
      level: scale[i]!,
      n: Math.round(e * 229),
      estimate: e,
      ci_low: 0,
      ci_high: 0,
      method: "wilson",
      suppressed: false,
      denominator: 229,
    })),
  ),
  // An item with a suppressed cell is shown as « masqué », not drawn.
  ...scale.map((level, i) => ({
    question: "F9",
    level,
    n: i === 0 ? 3 : 20,
    estimate: i === 0 ? null : 0.2,
    ci_low: null,
    ci_high: null,
    method: "wilson",
    suppressed: i === 0,
    denominator: 83,
  })),
];

describe("likertChart", () => {
  it("order: value puts the statement most agreed with first, whatever the rows' order", () => {
    const reversed = [...rows.filter((r) => r.question === "F4"), ...rows.filter((r) => r.question !== "F4")];
    const chart = likertChart(reversed, {
      scale,
      scaleLabels: scaleLabels.fr,
      title: "F",
      source: "S",
      fictional: false,
    });
    expect(quotedInAltText(chart.meta.altText).slice(0, 2)).toEqual(["F1", "F4"]);
    const kept = likertChart(reversed, {
      scale,
      scaleLabels: scaleLabels.fr,
      title: "F",
      source: "S",
      fictional: false,
      order: "instrument",
    });
    expect(quotedInAltText(kept.meta.altText).slice(0, 2)).toEqual(["F4", "F1"]);
  });

  for (const lang of ["fr", "nl"] as const) {
    const chart = likertChart(rows, {
      scale,
      scaleLabels: scaleLabels[lang],
      lang,
      title: "F",
      source: "CASS Schaerbeek",
      fictional: true,
    });
    const layers = mainView(chart).layer as { data: { values: Record<string, unknown>[] } }[];
    it(`${lang}: centres the neutral answer on 0 and writes the share agreeing`, () => {
      expect(validate(chart.spec)).toBe(true);
      const f1 = layers[0]!.data.values.filter((v) => v.order === 0);
      // F1: disagree 0.05 + 0.10, half of neutral 0.075 → starts at −0.225.
      expect(f1[0]!.x0).toBeCloseTo(-0.225, 12);
      expect(f1[4]!.x1).toBeCloseTo(0.775, 12);
      const ends = layers[2]!.data.values;
      expect(ends.find((e) => e.order === 0)!.text).toBe(lang === "fr" ? "70\u202f%" : "70%");
      expect(ends.find((e) => e.order === 2)).toMatchObject({
        text: lang === "fr" ? "masqué" : "geheim",
        suppressed: true,
      });
      expect(layers[0]!.data.values.some((v) => v.order === 2)).toBe(false);
    });
    it(`${lang}: colours the answers on the diverging scale, neutral grey in the middle, with a key in scale order`, () => {
      expect(keyTexts(chart)).toEqual(scale.map((c) => scaleLabels[lang][c as keyof (typeof scaleLabels)["fr"]]));
      expect(keyColours(chart)).toEqual([...DIVERGING_PALETTES[5]]);
      expect(keyColours(chart)[2]).toBe(NEUTRAL);
    });
    it(`${lang}: ranks the items by the share agreeing and reads them in that order`, () => {
      const order = [...new Set(layers[0]!.data.values.map((v) => `${v.order}|${v.label}`))];
      expect(order).toEqual(["0|F1", "1|F4"]);
      expect(quotedInAltText(chart.meta.altText).slice(0, 2)).toEqual(["F1", "F4"]);
    });
    it(`${lang}: snapshot of the spec and SVG`, async () => {
      const svg = await toSvg(chart.spec);
      await expect(JSON.stringify(chart.spec, null, 2)).toMatchFileSnapshot(
        `__snapshots__/likertChart.${lang}.vl.json`,
      );
      await expect(svg).toMatchFileSnapshot(`__snapshots__/likertChart.${lang}.svg`);
    });
  }
});
