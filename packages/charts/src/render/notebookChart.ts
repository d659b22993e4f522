import type { TopLevelSpec } from "vega-lite";
import type { ChartSpec } from "../model/chartSpec.ts";
import { toSvg } from "./toSvg.ts";

/**
 * The symbol the Deno Jupyter kernel looks for on a cell's result (`Deno.jupyter.$display` is
 * `Symbol.for("Jupyter.display")`): its method returns the MIME bundle to show.
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display");

/**
 * MIME type of a Vega-Lite spec in Jupyter. JupyterLab (`@jupyterlab/vega5-extension`) and the VS
 * Code notebook renderers draw this one interactively; they bundle Vega-Lite 5.
 */
export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";

/** `$schema` written in the notebook's copy of a spec: the Vega-Lite 5 the front-ends ship. */
export const VEGA_LITE_V5_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** What a notebook front-end receives: one representation of the chart per MIME type. */
export interface ChartMimeBundle {
  /** The Vega-Lite spec, `$schema` set to v5 (interactive in JupyterLab and VS Code). */
  readonly [VEGA_LITE_MIME]: Record<string, unknown>;
  /** The static SVG from {@link toSvg}: shown by GitHub, nbconvert HTML and any front-end without Vega. */
  readonly "image/svg+xml": string;
  /** The alt text: what a plain-text console, a screen reader or a diff shows. */
  readonly "text/plain": string;
}

/** A value a Deno Jupyter cell displays as a chart. */
export interface NotebookChart {
  readonly [JUPYTER_DISPLAY]: () => ChartMimeBundle;
  /** The same bundle, for front-ends other than Deno's (e.g. to write a notebook output by hand). */
  readonly bundle: ChartMimeBundle;
}

/**
 * The notebook copy of a spec: the house specs declare Vega-Lite v6, the Jupyter front-ends ship
 * Vega-Lite 5 and warn (or refuse) when the major versions differ. The builders use nothing that
 * v5 lacks (checked by a test against the v5 JSON schema), so only `$schema` changes.
 * @example toNotebookSpec(chart.spec).$schema // => "https://vega.github.io/schema/vega-lite/v5.json"
 */
export function toNotebookSpec(spec: TopLevelSpec): Record<string, unknown> {
  return { ...(spec as unknown as Record<string, unknown>), $schema: VEGA_LITE_V5_SCHEMA };
}

/**
 * Wraps a chart for the Deno Jupyter notebooks: the last expression of a cell,
 * `await notebookChart(chart)`, shows the chart interactively in JupyterLab and VS Code (Vega-Lite
 * MIME type), as a static SVG where Vega is not available (GitHub, nbconvert HTML), and as its
 * alt text in a plain-text console. The SVG is rendered once, here, so the display itself is
 * synchronous. No Deno types are needed: the display method is keyed by `Symbol.for`.
 * @example
 * // In a Deno notebook cell:
 * import { barChart, notebookChart } from "@monitoring-social/charts";
 * await notebookChart(barChart(rows, { title: "…", source: "…", fictional: true }));
 * // => the chart, with « Données fictives » in its source line
 */
export async function notebookChart(chart: ChartSpec): Promise<NotebookChart> {
  const bundle: ChartMimeBundle = {
    [VEGA_LITE_MIME]: toNotebookSpec(chart.spec),
    "image/svg+xml": await toSvg(chart.spec),
    "text/plain": chart.meta.altText,
  };
  return { [JUPYTER_DISPLAY]: () => bundle, bundle };
}
