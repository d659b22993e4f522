import { describe, expect, it } from "vitest";
import { keyFigure, LATEST_WAVE, toSvg, WAVE_PALETTES } from "../../src/index.ts";
import { validateSpec as validate } from "../schema.ts";

const row = {
  level: "oui",
  n: 164,
  estimate: 0.716,
  ci_low: 0.655,
  ci_high: 0.771,
  method: "wilson",
  suppressed: false,
  denominator: 229,
};
const sentence = {
  fr: "des travailleurs sociaux consacrent plus d'un quart de leur temps aux démarches.",
  nl: "van de sociaal werkers besteedt meer dan een kwart van de tijd aan procedures.",
};

describe("keyFigure", () => {
  for (const lang of ["fr", "nl"] as const) {
    const card = keyFigure(row, {
      title: lang === "fr" ? "En 2025" : "In 2025",
      sentence: sentence[lang],
      source: "CASS",
      fictional: true,
      lang,
    });
    it(`${lang}: one number, its interval and n, an alt text in full sentences`, () => {
      expect(validate(card.spec)).toBe(true);
      expect(card.meta.altText).toContain(lang === "fr" ? "72\u202f%" : "72%");
      expect(card.meta.altText).toContain(lang === "fr" ? "IC 95\u202f%\u00a0: 66–77\u202f%" : "95%-BI: 66–77%");
      expect(card.meta.altText).not.toContain(". (");
    });
    it(`${lang}: snapshot of the spec and SVG`, async () => {
      const svg = await toSvg(card.spec);
      await expect(JSON.stringify(card.spec, null, 2)).toMatchFileSnapshot(`__snapshots__/keyFigure.${lang}.vl.json`);
      await expect(svg).toMatchFileSnapshot(`__snapshots__/keyFigure.${lang}.svg`);
    });
  }
  it("never shows a suppressed estimate", () => {
    const card = keyFigure(
      { ...row, estimate: null, ci_low: null, ci_high: null, suppressed: true, n: 3 },
      { title: "T", sentence: "s", source: "S", fictional: false },
    );
    expect(JSON.stringify(card.spec)).toContain('"text":"masqué"');
    expect(JSON.stringify(card.spec)).not.toContain("72\u202f%");
    expect(card.meta.altText).not.toContain("%");
  });

  it("draws the number in its wave's colour: the latest wave's blue, as in every comparison", () => {
    const latest = keyFigure(row, {
      title: "En 2025",
      sentence: "s",
      source: "S",
      fictional: false,
      wave: "2025",
      waves: ["2021", "2025"],
    });
    expect(JSON.stringify(latest.spec)).toContain(`"color":"${LATEST_WAVE}"`);
    const older = keyFigure(row, {
      title: "En 2021",
      sentence: "s",
      source: "S",
      fictional: false,
      wave: "2021",
      waves: ["2021", "2025"],
    });
    expect(JSON.stringify(older.spec)).toContain(`"color":"${WAVE_PALETTES[2][0]}"`);
    expect(JSON.stringify(keyFigure(row, { title: "T", sentence: "s", source: "S", fictional: false }).spec)).toContain(
      `"color":"${LATEST_WAVE}"`,
    );
  });

  it("writes the earlier wave beside the number and in the alt text, as one sentence", () => {
    const card = keyFigure(row, {
      title: "En 2025",
      sentence: sentence.fr,
      source: "CASS",
      fictional: true,
      previous: { row: { ...row, estimate: 0.404, ci_low: 0.335, ci_high: 0.478, denominator: 178 }, label: "2021" },
    });
    expect(card.meta.altText).toBe(
      "En 2025, 72\u202f% des travailleurs sociaux consacrent plus d'un quart de leur temps aux démarches (IC 95\u202f%\u00a0: 66–77\u202f%), contre 40\u202f% en 2021. n = 229 répondants. Source\u00a0: CASS. Données fictives.",
    );
    expect(JSON.stringify(card.spec)).toContain("contre 40\u202f% en 2021");
  });
});
