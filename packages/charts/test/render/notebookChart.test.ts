import { describe, expect, it } from "vitest";
import {
  barChart,
  dumbbellChart,
  JUPYTER_DISPLAY,
  notebookChart,
  toNotebookSpec,
  toSvg,
  VEGA_LITE_MIME,
} from "../../src/index.ts";
import { serviceLabels, serviceRows, structureLabels, structureRows } from "../fixtures.ts";
import { validateSpecV5 } from "../schema.ts";

const chart = barChart(structureRows, {
  title: "Type de structure des répondants",
  source: "CASS Schaerbeek, enquête 2021",
  fictional: true,
  labels: structureLabels.fr,
});

describe("notebookChart", () => {
  it("answers the Deno Jupyter display symbol with a Vega-Lite 5 spec, an SVG and the alt text", async () => {
    const shown = await notebookChart(chart);
    expect(JUPYTER_DISPLAY).toBe(Symbol.for("Jupyter.display"));
    const bundle = (shown as unknown as Record<symbol, () => Record<string, unknown>>)[
      Symbol.for("Jupyter.display")
    ]!();
    expect(Object.keys(bundle).sort()).toEqual(["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"]);
    expect(VEGA_LITE_MIME).toBe("application/vnd.vegalite.v5+json");
    expect((bundle[VEGA_LITE_MIME] as { $schema: string }).$schema).toBe(
      "https://vega.github.io/schema/vega-lite/v5.json",
    );
    expect(bundle["image/svg+xml"]).toBe(await toSvg(chart.spec));
    expect(bundle["text/plain"]).toBe(chart.meta.altText);
    expect(bundle["text/plain"]).toContain("Données fictives");
  });

  it("changes nothing in the spec but its $schema, and leaves the caller's spec alone", () => {
    const copy = toNotebookSpec(chart.spec);
    const { $schema: _a, ...rest } = copy;
    const { $schema: original, ...restOriginal } = chart.spec as unknown as Record<string, unknown>;
    expect(rest).toEqual(restOriginal);
    expect(original).toBe("https://vega.github.io/schema/vega-lite/v6.json");
  });

  it("gives specs the notebook front-ends' Vega-Lite 5 accepts", () => {
    const dumbbell = dumbbellChart(serviceRows, {
      title: "T",
      source: "S",
      fictional: true,
      labels: serviceLabels.nl,
      lang: "nl",
    });
    expect(validateSpecV5({ mark: "no-such-mark" })).toBe(false);
    for (const c of [chart, dumbbell]) {
      const ok = validateSpecV5(toNotebookSpec(c.spec));
      expect(validateSpecV5.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });
});
