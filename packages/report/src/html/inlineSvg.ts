import { escapeHtml } from "./escapeHtml.ts";

/**
 * Prepares an SVG (as vega writes it) to sit inline in a page among others: drops any XML prolog,
 * prefixes every `id` and its references (`url(#…)`, `href="#…"`) so that two figures never share
 * an id, and makes the figure read once: the root is `role="img"` with the alternative text as its
 * accessible name, and the roles and labels vega gives its inner groups and titles (in English,
 * « Title text '…' ») are dropped, so a screen reader announces the figure once, by its alt text.
 * The page must not repeat the alt text elsewhere (no hidden caption).
 * @example inlineSvg('<svg viewBox="0 0 10 10"><g role="graphics-object" aria-label="Title text \'T\'"><clipPath id="c1"/></g></svg>', "fig1", "Deux barres")
 * // => '<svg role="img" aria-label="Deux barres" viewBox="0 0 10 10"><g><clipPath id="fig1-c1"/></g></svg>'
 */
export function inlineSvg(svg: string, prefix: string, altText: string): string {
  return svg
    .replace(/^<\?xml[^>]*>\s*/, "")
    .replace(/\s(?:role|aria-label|aria-roledescription)="[^"]*"/g, "")
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${prefix}-${id}"`)
    .replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(altText)}"`);
}
