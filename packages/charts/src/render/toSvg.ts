import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { useDejaVuMetrics } from "./textMetrics.ts";

useDejaVuMetrics();

/**
 * Renders a Vega-Lite spec to SVG with vega, headless (no browser, no network: the spec's data are
 * inline). Text is measured with the DejaVu Sans metrics of the shipped fonts (see
 * `textMetrics.ts`), so labels get the room they take. Deterministic for the same spec.
 * @example const svg = await toSvg(barChart(rows, options).spec)
 */
export async function toSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
