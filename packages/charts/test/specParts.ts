import type { ChartSpec } from "../src/index.ts";

type View = Record<string, unknown> & {
  data?: { values: Record<string, unknown>[] };
  layer?: View[];
  vconcat?: View[];
  hconcat?: View[];
};

/** The views stacked by the house frame: the key (when there is one), then the chart. */
const frame = (chart: ChartSpec) => (chart.spec as unknown as { vconcat: View[] }).vconcat;

/** The chart's own view (below the key), with the source and note as its bottom title. */
export function mainView(chart: ChartSpec): View {
  return frame(chart).at(-1)!;
}

/** The data rows of the chart's view: its own data, else its first layer's. */
export function mainValues(chart: ChartSpec): Record<string, unknown>[] {
  const view = mainView(chart);
  return view.data?.values ?? view.layer?.find((l) => l.data)?.data?.values ?? [];
}

/** The texts of the key above the chart, left to right; empty when the chart has no key. */
export function keyTexts(chart: ChartSpec): string[] {
  const views = frame(chart);
  if (views.length < 2) return [];
  const text = views[0]!.layer!.find((l) => (l.mark as { type: string }).type === "text")!;
  return text.data!.values.map((v) => String(v.text));
}

/** The colours of the key's glyphs (squares, dots, lines), in drawing order of each kind. */
export function keyColours(chart: ChartSpec): string[] {
  const views = frame(chart);
  if (views.length < 2) return [];
  return views[0]!.layer!.flatMap((l) => (l.data?.values ?? []).map((v) => v.colour).filter(Boolean)) as string[];
}

/** The answer labels as drawn, top to bottom (the y axis sorts by `order`), `\n` turned back into spaces. */
export function drawnLabels(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const label = String(r.label).replaceAll("\n", " ");
    seen.set(label, Math.min(seen.get(label) ?? Number.POSITIVE_INFINITY, Number(r.order)));
  }
  return [...seen.entries()].sort((a, b) => a[1] - b[1]).map(([label]) => label);
}

/** The quoted labels of an alt text, in the order it reads them (« … » in French, ‘…’ in Dutch). */
export function quotedInAltText(altText: string): string[] {
  return [...altText.matchAll(/«\u00a0(.+?)\u00a0»|‘(.+?)’/g)].map((m) => m[1] ?? m[2]!);
}

/** Every font size written in a rendered SVG. */
export function svgFontSizes(svg: string): number[] {
  return [...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
}

/** Width of a rendered SVG (its root `width` attribute). */
export function svgWidth(svg: string): number {
  return Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
}
