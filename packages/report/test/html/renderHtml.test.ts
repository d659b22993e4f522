import { describe, expect, it } from "vitest";
import { type BuiltReport, escapeHtml, inlineSvg, renderHtml } from "../../src/index.ts";

const report = (text: string): BuiltReport => ({
  id: "t",
  lang: "fr",
  title: "Titre <b>",
  fictional: true,
  source: "Source : CASS. Données fictives.",
  sections: [
    {
      id: "temoignages",
      title: "Témoignages",
      headlines: [],
      blocks: [
        { kind: "quotes", heading: "Situation", items: [{ text, wave: "2025" }] },
        { kind: "findings", items: [{ text: "a < b & c", significant: false }] },
        {
          kind: "table",
          table: {
            id: "t1",
            caption: "Tableau",
            columns: [{ label: "Réponse", numeric: false }],
            cells: [["CPAS"]],
            csv: { columns: [], rows: [] },
            note: "IC 95 %.",
          },
        },
      ],
    },
  ],
});

describe("escapeHtml", () => {
  it("escapes the five characters that could open markup or end an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("renderHtml", () => {
  const html = renderHtml(report('Il a écrit <script>alert("pirate")</script> dans le formulaire'), {
    svgs: new Map(),
  });

  it("shows a testimony containing <script> as text: no script element in the page", () => {
    expect(html).toContain("Il a écrit &lt;script&gt;alert(&quot;pirate&quot;)&lt;/script&gt; dans le formulaire");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("a &lt; b &amp; c");
    expect(html).toContain("<title>Titre &lt;b&gt; — Données fictives</title>");
  });

  it("writes the source line (fictional) under every table, with the link to its CSV", () => {
    expect(html).toContain(
      '<p class="table-note">IC 95 %. Source : CASS. Données fictives. <a class="downloads" href="tables/t1.fr.csv" download>',
    );
  });

  it("is self-contained: no external script, stylesheet, font or image", () => {
    expect(html).not.toMatch(/<link\b|<script\b|@import|@font-face|src="http|url\(http/i);
  });

  it("says the data are fictional in a banner and links the Dutch page", () => {
    expect(html).toContain('<p class="fictional" role="note"><strong>Données fictives.</strong>');
    expect(html).toContain('<a href="index.nl.html" hreflang="nl" lang="nl">Nederlandstalige versie</a>');
  });

  it("marks a testimony written in the other language with its lang, and only that one", () => {
    const nl: BuiltReport = {
      ...report("x"),
      lang: "nl",
      sections: [
        {
          id: "g",
          title: "Getuigenissen",
          headlines: [],
          blocks: [
            {
              kind: "quotes",
              heading: "Situatie",
              items: [
                { text: "Une dame est venue trois fois.", wave: "2025", lang: "fr" },
                { text: "Een man kwam drie keer.", wave: "2025", lang: "nl" },
                { text: "itsme", wave: "2025" },
              ],
            },
          ],
        },
      ],
    };
    const page = renderHtml(nl, { svgs: new Map() });
    expect(page).toContain('<blockquote><p lang="fr">Une dame est venue trois fois.</p>');
    expect(page).toContain("<blockquote><p>Een man kwam drie keer.</p>");
    expect(page).toContain("<blockquote><p>itsme</p>");
  });

  it("gives a figure's alt text once: as the SVG's accessible name, not again in a hidden caption", () => {
    const alt = "Texte alternatif unique";
    const withFigure: BuiltReport = {
      ...report("x"),
      sections: [
        {
          id: "s",
          title: "S",
          headlines: [],
          blocks: [
            {
              kind: "figure",
              id: "f1",
              chart: {
                spec: {} as never,
                meta: { title: "T", source: "S", note: "N", altText: alt, lang: "fr", format: "page" },
              },
            },
          ],
        },
      ],
    };
    const page = renderHtml(withFigure, { svgs: new Map([["f1", '<svg width="1" height="1"><g/></svg>']]) });
    expect(page.split(alt)).toHaveLength(2);
    expect(page).toContain(`<svg role="img" aria-label="${alt}"`);
  });

  it("refuses to render a figure whose SVG is missing, rather than leave a hole", () => {
    const withFigure: BuiltReport = {
      ...report("x"),
      sections: [
        {
          id: "s",
          title: "S",
          headlines: [],
          blocks: [
            {
              kind: "figure",
              id: "f1",
              chart: {
                spec: {} as never,
                meta: { title: "T", source: "S", note: "N", altText: "A", lang: "fr", format: "page" },
              },
            },
          ],
        },
      ],
    };
    expect(() => renderHtml(withFigure, { svgs: new Map() })).toThrow(/f1/);
  });
});

describe("renderHtml, a figure drawn for the page and for phones", () => {
  const meta = (format: "page" | "column") =>
    ({ title: "T", source: "S", note: "N", altText: "Deux barres", lang: "fr", format }) as const;
  const withNarrow = (narrow: boolean): BuiltReport => ({
    ...report("x"),
    sections: [
      {
        id: "s",
        title: "S",
        headlines: [],
        blocks: [
          {
            kind: "figure",
            id: "f1",
            chart: { spec: {} as never, meta: meta("page") },
            ...(narrow ? { narrow: { spec: {} as never, meta: meta("column") } } : {}),
          },
        ],
      },
    ],
  });
  const svg = (width: number) =>
    `<svg width="${width}" height="10" viewBox="0 0 ${width} 10"><clipPath id="c1"/><g clip-path="url(#c1)"/></svg>`;
  const html = renderHtml(withNarrow(true), {
    svgs: new Map([["f1", svg(643)]]),
    narrowSvgs: new Map([["f1", svg(321)]]),
  });
  const figure = html.slice(html.indexOf('<figure id="fig-f1">'), html.indexOf("</figure>"));

  it("puts both drawings in the figure, page first, each in its own box for the stylesheet to choose", () => {
    expect(figure.match(/<svg\b/g)).toHaveLength(2);
    expect(figure).toContain(
      '<div class="drawing drawing-wide" style="--share:1"><svg role="img" aria-label="Deux barres" width="643"',
    );
    expect(figure).toContain(
      '<div class="drawing drawing-narrow" style="--share:1"><svg role="img" aria-label="Deux barres" width="321"',
    );
    expect(figure.indexOf("drawing-wide")).toBeLessThan(figure.indexOf("drawing-narrow"));
  });

  it("gives the two drawings different ids, so that neither clips with the other's paths", () => {
    const ids = [...figure.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(["fig-f1", "f1-fr-c1", "f1-fr-narrow-c1"]);
    expect(figure).toContain('clip-path="url(#f1-fr-c1)"');
    expect(figure).toContain('clip-path="url(#f1-fr-narrow-c1)"');
  });

  it("sizes each drawing by its share of its format's width (page 643 px, column 321 px), never above 1", () => {
    const share = (wide: number, narrow: number) =>
      [
        ...renderHtml(withNarrow(true), {
          svgs: new Map([["f1", svg(wide)]]),
          narrowSvgs: new Map([["f1", svg(narrow)]]),
        }).matchAll(/--share:([\d.]+)/g),
      ].map((m) => Number(m[1]));
    expect(share(321.5, 160.5)).toEqual([0.5, 0.5]);
    expect(share(700, 338)).toEqual([1, 1]);
  });

  it("keeps a single drawing, with no phone variant, when the figure has none", () => {
    const page = renderHtml(withNarrow(false), { svgs: new Map([["f1", svg(643)]]) });
    const one = page.slice(page.indexOf("<body>"));
    expect(one.match(/<svg\b/g)).toHaveLength(1);
    expect(one).toContain('<div class="drawing" style="--share:1"><svg');
    expect(one).not.toContain("drawing-narrow");
  });

  it("refuses to render a figure whose narrow SVG is missing", () => {
    expect(() => renderHtml(withNarrow(true), { svgs: new Map([["f1", svg(643)]]) })).toThrow(/narrow.*f1/);
  });
});

describe("renderHtml, what print keeps on one page", () => {
  const chart = {
    spec: {} as never,
    meta: { title: "T", source: "S", note: "N", altText: "A", lang: "fr", format: "page" },
  } as const;
  const table = (rows: number) => ({
    id: `t${rows}`,
    caption: "C",
    columns: [{ label: "R", numeric: false }],
    cells: Array.from({ length: rows }, (_, i) => [`r${i}`]),
    csv: { columns: [], rows: [] },
  });
  const page = (blocks: BuiltReport["sections"][number]["blocks"]) => {
    const html = renderHtml(
      { ...report("x"), sections: [{ id: "s", title: "Section", headlines: [], blocks }] },
      { svgs: new Map([["f", '<svg width="643" height="1"></svg>']]) },
    );
    return html.slice(html.indexOf('<section id="s"'), html.indexOf("</section>"));
  };
  const p = (text: string) => ({ kind: "paragraph", text }) as const;

  it("wraps a figure with the heading and text that lead into it, and the section heading when they open it", () => {
    const html = page([
      p("intro"),
      { kind: "heading", text: "Sous-titre" },
      p("lead"),
      { kind: "figure", id: "f", chart },
    ]);
    expect(html).toMatch(
      /^<section[^>]*>\n<div class="keep">\n<h2 id="h-s">Section<\/h2>\n<p>intro<\/p>\n<h3>Sous-titre<\/h3>\n<p>lead<\/p>\n<figure id="fig-f">[\s\S]*<\/figure>\n<\/div>\n$/,
    );
  });

  it("keeps at most four blocks of lead-in with a figure: earlier ones may end the previous page", () => {
    const html = page([p("1"), p("2"), p("3"), p("4"), p("5"), { kind: "figure", id: "f", chart }]);
    expect(html).toContain('<p>1</p>\n<div class="keep">\n<p>2</p>');
  });

  it("keeps a short table with its lead-in, lets a long one break across pages, and groups nothing else", () => {
    expect(page([p("a"), { kind: "table", table: table(15) }])).toContain(
      '<div class="keep">\n<h2 id="h-s">Section</h2>\n<p>a</p>\n<div class="table-wrap">',
    );
    expect(page([p("a"), { kind: "table", table: table(16) }])).not.toContain('class="keep"');
    expect(page([p("a"), { kind: "quotes", heading: "Q", items: [{ text: "t", wave: "2021" }] }])).not.toContain(
      'class="keep"',
    );
  });
});

describe("inlineSvg", () => {
  it("prefixes ids and their references so that two figures never share one, and names the image", () => {
    const svg =
      '<svg width="1" height="1"><clipPath id="clip1"/><g clip-path="url(#clip1)"/><use href="#clip1"/></svg>';
    expect(inlineSvg(svg, "fig", 'Deux "barres"')).toBe(
      '<svg role="img" aria-label="Deux &quot;barres&quot;" width="1" height="1"><clipPath id="fig-clip1"/><g clip-path="url(#fig-clip1)"/><use href="#fig-clip1"/></svg>',
    );
  });
  it("makes the figure read once: vega's inner roles and English labels are dropped, the alt text stays the name", () => {
    const svg =
      '<svg width="1" height="1"><g class="mark-group role-frame root" role="graphics-object" aria-roledescription="group mark container"><g role="graphics-symbol" aria-roledescription="title" aria-label="Title text \'T\'"><text aria-hidden="true">T</text></g></g></svg>';
    const out = inlineSvg(svg, "fig", "Deux barres");
    expect(out.match(/aria-label=/g)).toHaveLength(1);
    expect(out).not.toMatch(/role="graphics|aria-roledescription|Title text/);
    expect(out).toContain('class="mark-group role-frame root"');
    expect(out.startsWith('<svg role="img" aria-label="Deux barres"')).toBe(true);
  });
});
