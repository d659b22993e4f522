import { escapeHtml } from "./escapeHtml.ts";

/**
 * Prepares an SVG (as vega writes it) to sit inline in a page among others: drops any XML prolog,
 * prefixes every `id` and its references (`url(#…)`, `href="#…"`) so that two figures never share
 * an id, and gives the root `role="img"` with the alternative text as its accessible name.
 * @example inlineSvg('<svg viewBox="0 0 10 10"><clipPath id="c1"/></svg>', "fig1", "Deux barres")
 * // => '<svg role="img" aria-label="Deux barres" viewBox="0 0 10 10"><clipPath id="fig1-c1"/></svg>'
 */
export function inlineSvg(svg: string, prefix: string, altText: string): string {
  return svg
    .replace(/^<\?xml[^>]*>\s*/, "")
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${prefix}-${id}"`)
    .replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(altText)}"`);
}
