import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { groupedBarChart, toSvg } from "../../src/index.ts";
import { serviceLabels, serviceRows } from "../fixtures.ts";

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../node_modules/vega-lite/build/vega-lite-schema.json"), "utf8"),
);
const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(schema);

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
      expect(values.filter((v) => !v.suppressed).map((v) => v.key)).toEqual([
        `000|a|${serviceLabels[lang].commune}`,
        `000|b|${serviceLabels[lang].commune}`,
        `001|a|${serviceLabels[lang].cpas}`,
        `001|b|${serviceLabels[lang].cpas}`,
        `002|a|${serviceLabels[lang].banques}`,
        `002|b|${serviceLabels[lang].banques}`,
        `003|a|${serviceLabels[lang].energie}`,
        `003|b|${serviceLabels[lang].energie}`,
      ]);
      expect(values[1]).toMatchObject({ vague: "2025", estimate: 0.7 });
      expect(values[1]!.low as number).toBeCloseTo(0.64, 12);
      expect(values[1]!.high as number).toBeCloseTo(0.76, 12);
      expect(values.find((v) => v.suppressed)).toMatchObject({ estimate: null, value_text: "n < 5" });
      expect(chart.meta.note).toContain(
        lang === "fr" ? "plusieurs réponses possibles" : "meerdere antwoorden mogelijk",
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
