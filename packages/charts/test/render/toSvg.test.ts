import { describe, expect, it } from "vitest";
import { barChart, FORMATS, padSvgWidth, toSvg } from "../../src/index.ts";
import { structureLabels, structureRows } from "../fixtures.ts";
import { svgWidth } from "../specParts.ts";

describe("toSvg", () => {
  it("makes the French and Dutch versions of a figure exactly the format's width", async () => {
    for (const format of ["column", "page", "web", "slide"] as const) {
      const widths = await Promise.all(
        (["fr", "nl"] as const).map(async (lang) =>
          svgWidth(
            await toSvg(
              barChart(structureRows, {
                title: "T",
                source: "S",
                fictional: true,
                labels: structureLabels[lang],
                lang,
                format,
              }).spec,
            ),
          ),
        ),
      );
      expect(widths, format).toEqual([FORMATS[format].width, FORMATS[format].width]);
    }
  });
});

describe("padSvgWidth", () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200"><rect width="600" height="200" fill="#ffffff"/><g/></svg>';
  it("widens the root, its viewBox and the background on the right", () => {
    expect(padSvgWidth(svg, 643)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="643" height="200" viewBox="0 0 643 200"><rect width="643" height="200" fill="#ffffff"/><g/></svg>',
    );
  });
  it("leaves an SVG as wide or wider alone", () => {
    expect(padSvgWidth(svg, 600)).toBe(svg);
    expect(padSvgWidth(svg, 500)).toBe(svg);
  });
});
