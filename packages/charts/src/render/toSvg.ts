import type { TopLevelSpec } from "vega-lite";
import { useDejaVuMetrics } from "./textMetrics.ts";

let renderer: Promise<{ vega: typeof import("vega"); compile: typeof import("vega-lite").compile }> | undefined;

/**
 * vega and vega-lite, loaded on the first figure drawn (about 0,7 s): a command or a report whose
 * figures are all unchanged does not pay for them. Text is then measured with DejaVu metrics.
 */
function loadRenderer() {
  renderer ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vegaLite]) => {
    useDejaVuMetrics(vega);
    return { vega, compile: vegaLite.compile };
  });
  return renderer;
}

/**
 * Widens an SVG written by vega to `width` px: the root's width and viewBox and the background
 * rectangle grow on the right, the drawing stays where it is. An SVG already that wide or wider is
 * returned unchanged.
 * @example padSvgWidth('<svg … width="600" … viewBox="0 0 600 200"><rect width="600" height="200" fill="#ffffff"/>…', 643)
 * // => '<svg … width="643" … viewBox="0 0 643 200"><rect width="643" height="200" fill="#ffffff"/>…'
 */
export function padSvgWidth(svg: string, width: number): string {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0];
  const current = Number(root && /\swidth="([\d.]+)"/.exec(root)?.[1]);
  if (!root || !(current > 0) || current >= width) return svg;
  const widened = root
    .replace(/\swidth="[\d.]+"/, ` width="${width}"`)
    .replace(/viewBox="([\d.-]+) ([\d.-]+) [\d.]+ ([\d.]+)"/, `viewBox="$1 $2 ${width} $3"`);
  const rest = svg.slice(root.length).replace(new RegExp(`^<rect width="${current}"`), `<rect width="${width}"`);
  return widened + rest;
}

/**
 * Renders a Vega-Lite spec to SVG with vega, headless (no browser, no network: the spec's data are
 * inline). Text is measured with the DejaVu Sans metrics of the shipped fonts (see
 * `textMetrics.ts`), so labels get the room they take. A house chart (its `usermeta.width` set by
 * the builders) comes out exactly as wide as its format, in French and in Dutch alike: vega sizes
 * a chart by what it draws, so the narrower of two languages is padded on the right. Deterministic
 * for the same spec.
 * @example const svg = await toSvg(barChart(rows, options).spec)
 */
export async function toSvg(spec: TopLevelSpec): Promise<string> {
  const { vega, compile } = await loadRenderer();
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    const width = (spec as { usermeta?: { width?: unknown } }).usermeta?.width;
    return typeof width === "number" ? padSvgWidth(svg, width) : svg;
  } finally {
    view.finalize();
  }
}
