import type { BuiltSection } from "../content/block.ts";
import type { TextSection } from "../definition/section.ts";
import type { SectionContext } from "./sectionContext.ts";

/**
 * Builds a `text` section: the paragraphs written in the definition (a blank line separates two).
 * @example textSection({ study, lang: "fr" }, { kind: "text", id: "contexte", title, body }).blocks.length // => 2
 */
export function textSection(ctx: SectionContext, section: TextSection): BuiltSection {
  const paragraphs = section.body[ctx.lang]
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
  const intro = section.intro ? [{ kind: "paragraph" as const, text: section.intro[ctx.lang] }] : [];
  return {
    id: section.id,
    title: section.title[ctx.lang],
    blocks: [...intro, ...paragraphs.map((text) => ({ kind: "paragraph" as const, text }))],
    headlines: [],
  };
}
