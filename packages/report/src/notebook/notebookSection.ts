import { JUPYTER_DISPLAY, notebookChart } from "@monitoring-social/charts";
import type { Block, BuiltSection, DataTable } from "../content/block.ts";
import { escapeHtml } from "../html/escapeHtml.ts";

/** A value a Deno Jupyter cell shows: its display method returns a MIME bundle. */
export interface NotebookDisplay {
  readonly [JUPYTER_DISPLAY]: () => object;
}

/** Text as safe Markdown: HTML escaped (a testimony's `<script>` stays text), table pipes escaped. */
function md(text: string): string {
  return escapeHtml(text).replaceAll("|", "\\|").replaceAll("*", "\\*").replaceAll("_", "\\_");
}

/**
 * A report table as Markdown: header, alignment (numbers on the right), cells, caption and note.
 * @example tableMarkdown(table).split("\n")[0] // => "**Type de structure**"
 */
export function tableMarkdown(t: DataTable): string {
  return [
    `**${md(t.caption)}**`,
    "",
    `| ${t.columns.map((c) => md(c.label)).join(" | ")} |`,
    `| ${t.columns.map((c) => (c.numeric ? "---:" : "---")).join(" | ")} |`,
    ...t.cells.map((row) => `| ${row.map(md).join(" | ")} |`),
    ...(t.note ? ["", `_${md(t.note)}_`] : []),
  ].join("\n");
}

const text = (markdown: string, plain: string): NotebookDisplay => {
  const bundle = { "text/markdown": markdown, "text/plain": plain };
  return { [JUPYTER_DISPLAY]: () => bundle };
};

async function blockDisplays(block: Block): Promise<NotebookDisplay[]> {
  switch (block.kind) {
    case "paragraph":
      return [text(md(block.text), block.text)];
    case "heading":
      return [text(`### ${md(block.text)}`, block.text)];
    case "list":
      return [text(block.items.map((i) => `- ${md(i)}`).join("\n"), block.items.join("\n"))];
    case "findings":
      return [
        text(
          block.items.map((f) => `- ${f.significant ? "**" : ""}${md(f.text)}${f.significant ? "**" : ""}`).join("\n"),
          block.items.map((f) => f.text).join("\n"),
        ),
      ];
    case "quotes":
      return [
        text(
          block.items.map((q) => `> ${md(q.text)}\n>\n> — ${md(q.wave)}`).join("\n\n"),
          block.items.map((q) => `(${q.wave}) ${q.text}`).join("\n"),
        ),
      ];
    case "table":
      return [text(tableMarkdown(block.table), block.table.caption)];
    case "figure": {
      const chart = await notebookChart(block.chart);
      return block.table ? [chart, text(tableMarkdown(block.table), block.table.caption)] : [chart];
    }
  }
}

/**
 * What a notebook shows of a built report section, in reading order: paragraphs, findings and
 * tables as Markdown (escaped), figures as interactive Vega-Lite with an SVG fallback. A notebook
 * cell shows them with `for (const d of await notebookSection(s)) Deno.jupyter.display(d)`, so the
 * notebook and the report show the same figures, computed by the same code.
 * @example const shown = await notebookSection(buildSection(study, section, "fr"))
 */
export async function notebookSection(section: BuiltSection): Promise<NotebookDisplay[]> {
  const out: NotebookDisplay[] = [text(`## ${md(section.title)}`, section.title)];
  for (const block of section.blocks) out.push(...(await blockDisplays(block)));
  return out;
}
