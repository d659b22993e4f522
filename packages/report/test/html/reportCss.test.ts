import { describe, expect, it } from "vitest";
import { reportCss } from "../../src/index.ts";

/** The rules of a CSS text inside one at-rule block (`@media print { … }`), by brace matching. */
function block(css: string, head: string): string {
  const start = css.indexOf(head);
  if (start < 0) return "";
  let depth = 0;
  for (let i = css.indexOf("{", start); i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}" && --depth === 0) return css.slice(start, i + 1);
  }
  return css.slice(start);
}

describe("reportCss", () => {
  const fr = reportCss({ lang: "fr", fictional: true, title: "Rapport « test »" });
  const nl = reportCss({ lang: "nl", fictional: true });
  const real = reportCss({ lang: "fr", fictional: false, title: "T" });
  const print = block(fr, "@media print");
  const page = block(fr, "@page");

  it("forces no page break: no section starts a new page", () => {
    expect(fr).not.toMatch(/break-before:\s*page|page-break-before:\s*always/);
  });

  it("keeps headings with what follows, and never cuts a figure, a quote or a table row", () => {
    expect(print).toMatch(/h1, h2, h3 \{[^}]*break-after: avoid/);
    expect(print).toMatch(/figure, blockquote, [^{]*tr[^{]*\{[^}]*break-inside: avoid/);
    // The text that leads into a figure or a table is printed with it (renderHtml wraps them in .keep).
    expect(print).toContain(".keep { break-inside: avoid; }");
  });

  it("prints tables as wide as the page, without the scrolling box of the screen", () => {
    expect(print).toMatch(/\.table-wrap \{ overflow: visible; \}/);
    expect(print).toMatch(/table \{ width: 100%; min-width: 0;/);
  });

  it("prints the page drawing of each figure, shrunk only when taller than a page", () => {
    expect(print).toMatch(/\.drawing-wide \{ display: block; \}/);
    expect(print).toMatch(/\.drawing svg \{ max-height: 235mm; \}/);
    expect(print).not.toMatch(/max-height: 1[0-9]{2}mm/);
  });

  it("numbers the pages and repeats « Données fictives » / « Fictieve gegevens » on each, only when fictional", () => {
    expect(page).toContain('@bottom-right { content: counter(page) " / " counter(pages);');
    expect(page).toContain('@top-right { content: "Données fictives";');
    expect(block(nl, "@page")).toContain('@top-right { content: "Fictieve gegevens";');
    expect(block(real, "@page")).not.toContain("@top-right");
    expect(block(real, "@page")).toContain("counter(page)");
  });

  it("writes the title at the foot of each page as a CSS string that no title can break out of", () => {
    expect(page).toContain('@bottom-left { content: "Rapport « test »";');
    const hostile = reportCss({ fictional: false, title: 'a"b\\c</style><script>x</script>\nd' });
    const content = /@bottom-left \{ content: ("(?:[^"\\]|\\.)*");/.exec(hostile)?.[1];
    expect(content).toBe('"a\\22 b\\5C c\\3C /style\\3E \\3C script\\3E x\\3C /script\\3E \\A d"');
    expect(hostile).not.toMatch(/<\/style|<script/i);
  });

  it("shows the page drawing on wide screens and the column one on narrow screens, never in print", () => {
    expect(fr).toMatch(/\.drawing-narrow \{ display: none; \}/);
    const narrow = block(fr, "@media screen and (max-width: 48.5rem)");
    expect(narrow).toContain(".drawing-wide { display: none; }");
    expect(narrow).toContain(".drawing-narrow { display: block;");
    expect(print).not.toContain("drawing-narrow { display: block");
  });
});
