import type { ColumnTable } from "arquero";

/** Multiple-choice answers with nothing ticked cannot survive formats that write one cell per question
 * (Google Forms: an empty cell). Those are compared as "not answered". */
export function objectsForCompare(t: ColumnTable, options: { dropId?: boolean; noneTickedAsBlank?: boolean } = {}) {
  const rows = t.objects() as Record<string, unknown>[];
  return rows.map((r) => {
    const out: Record<string, unknown> = { ...r };
    if (options.dropId) delete out.id;
    if (options.noneTickedAsBlank) {
      const groups = new Map<string, string[]>();
      for (const k of Object.keys(out)) {
        const m = /^(.+?)__(?!autre_texte$)/.exec(k);
        if (m && typeof out[k] === "boolean") groups.set(m[1]!, [...(groups.get(m[1]!) ?? []), k]);
      }
      for (const cols of groups.values()) if (cols.every((c) => out[c] === false)) for (const c of cols) out[c] = null;
    }
    return out;
  });
}
