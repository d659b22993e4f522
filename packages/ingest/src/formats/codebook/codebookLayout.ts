import type { ToolLayout } from "../toolLayout.ts";
import { PLAIN_VALUES } from "../valueConventions.ts";

/**
 * The project's own codebook CSV: question ids as headers (`B1_pct`, `C1__cpas`, `A1__autre_texte`),
 * choice codes as values, `TRUE`/`FALSE` per choice, `id`, `vague`, `commune` (see the codebook in
 * `datasets/questionnaires/`).
 */
export const codebookLayout: ToolLayout = {
  format: "codebook",
  isMetadata: () => false,
  idColumn: (header) => header.findIndex((h) => h.trim().toLowerCase() === "id"),
  completionColumn: () => -1,
  values: PLAIN_VALUES,
  decimalByDefault: (delimiter) => (delimiter === ";" ? "," : "."),
  exportHelp: "export_help_codebook",
};
