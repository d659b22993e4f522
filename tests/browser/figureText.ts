/**
 * What the browser check measures of the figures of a page, as it is shown: for each `<figure>`,
 * its drawings on screen (an SVG hidden by the stylesheet is not one) and the smallest text of the
 * drawing shown, in CSS pixels — the font size of each `<text>` times the scale at which the SVG is
 * drawn (its screen transformation: the viewBox fitted to the box the page gives it).
 */

/** One figure of a page as shown: how many drawings are visible and the smallest text among them. */
export interface FigureText {
  /** The figure's `id` (`fig-temps-b1`). */
  readonly id: string;
  /** Drawings shown (visible `svg[role=img]`): exactly one expected. */
  readonly shown: number;
  /** Accessible names of the drawings shown (`aria-label`), one expected. */
  readonly named: number;
  /** Smallest rendered text in CSS px (0 when no text is shown). */
  readonly minPx: number;
  /** That text, to say which one it is. */
  readonly minText: string;
  /** Width of the drawing shown, in CSS px. */
  readonly width: number;
}

/**
 * Expression evaluated in the page (a string: the browser files are type-checked without the DOM
 * library) that returns a {@link FigureText} for every `<figure>` of the page.
 */
export const MEASURE_FIGURES = `(() => {
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  return [...document.querySelectorAll("main figure")].map((figure) => {
    const drawings = [...figure.querySelectorAll("svg[role=img]")].filter(visible);
    let minPx = Infinity, minText = "", width = 0;
    for (const svg of drawings) {
      width = Math.max(width, svg.getBoundingClientRect().width);
      for (const text of svg.querySelectorAll("text")) {
        if (!text.textContent.trim() || !visible(text)) continue;
        const m = text.getScreenCTM();
        const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
        if (px < minPx) { minPx = px; minText = text.textContent.trim(); }
      }
    }
    return {
      id: figure.id,
      shown: drawings.length,
      named: drawings.filter((svg) => (svg.getAttribute("aria-label") || "").trim() !== "").length,
      minPx: minPx === Infinity ? 0 : Math.round(minPx * 100) / 100,
      minText: minText.slice(0, 60),
      width: Math.round(width),
    };
  });
})()`;

/**
 * Expression evaluated in the page: the tables wider than the box that holds them (on paper, the
 * part past the box is cut), as `caption (scroll width > box width)`.
 */
export const CLIPPED_TABLES = `[...document.querySelectorAll(".table-wrap")]
  .filter((w) => w.getClientRects().length > 0 && w.scrollWidth > w.clientWidth + 1)
  .map((w) => (w.querySelector("caption")?.textContent ?? "?").trim() + " (" + w.scrollWidth + " > " + w.clientWidth + " px)")`;
