import { JUPYTER_DISPLAY } from "@monitoring-social/charts";
import { describe, expect, it } from "vitest";
import { type BuiltSection, notebookSection, tableMarkdown } from "../../src/index.ts";

const bundle = (d: { [JUPYTER_DISPLAY]: () => object }) => d[JUPYTER_DISPLAY]() as Record<string, unknown>;

describe("notebookSection", () => {
  it("shows text as escaped Markdown, in reading order, with a plain-text copy", async () => {
    const section: BuiltSection = {
      id: "t",
      title: "Témoignages",
      headlines: [],
      blocks: [
        { kind: "paragraph", text: "50 % | <b>gras</b> *pas* _ceci_" },
        { kind: "quotes", heading: "G1", items: [{ text: "<script>x()</script>", wave: "2025" }] },
      ],
    };
    const shown = (await notebookSection(section)).map(bundle);
    expect(shown.map((b) => b["text/markdown"])).toEqual([
      "## Témoignages",
      "50 % \\| &lt;b&gt;gras&lt;/b&gt; \\*pas\\* \\_ceci\\_",
      "> &lt;script&gt;x()&lt;/script&gt;\n>\n> — 2025",
    ]);
    expect(shown[2]!["text/plain"]).toBe("(2025) <script>x()</script>");
  });
});

describe("tableMarkdown", () => {
  it("aligns numeric columns right and keeps the note", () => {
    const md = tableMarkdown({
      id: "x",
      caption: "Cap",
      columns: [
        { label: "Réponse", numeric: false },
        { label: "2025", numeric: true },
      ],
      cells: [["CPAS", "40 %"]],
      csv: { columns: [], rows: [] },
      note: "IC 95 % de Wilson.",
    });
    expect(md).toBe("**Cap**\n\n| Réponse | 2025 |\n| --- | ---: |\n| CPAS | 40 % |\n\n_IC 95 % de Wilson._");
  });
});
