import type { Comparability } from "../harmonisation/comparability.ts";
import { comparabilityTable } from "../harmonisation/comparabilityTable.ts";
import type { Harmonisation } from "../harmonisation/harmonisation.ts";
import { resolveRules, sourceOf } from "../harmonisation/resolveRules.ts";
import { describeCondition } from "../logic/describeCondition.ts";
import type { Choice } from "../model/choice.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import type { LocalizedText } from "../model/language.ts";
import type { Question } from "../model/question.ts";

/** One entry of the codebook: a question as defined in one or more versions. */
export interface CodebookRow {
  /** Question id (canonical column name, or prefix of its columns). */
  readonly id: string;
  /** Versions in which the question exists with this exact definition. */
  readonly versions: readonly string[];
  /** Module letter. */
  readonly module: string;
  /** Module title. */
  readonly moduleLabel: LocalizedText;
  /** Question kind. */
  readonly kind: Question["kind"];
  /** Question text. */
  readonly label: LocalizedText;
  /** Help text, when any. */
  readonly hint: LocalizedText | null;
  /** Choices (choice questions), in order. */
  readonly choices: readonly Choice[];
  /** Whether an answer is required when asked. */
  readonly required: boolean;
  /** Accepted range, as text (`0–100`), or null. */
  readonly range: string | null;
  /** Skip logic in words, or null when always asked. */
  readonly relevant: LocalizedText | null;
  /** Id in the comparison schema, when a harmonisation is given. */
  readonly comparisonId: string | null;
  /** Comparability status, when a harmonisation is given. */
  readonly comparability: Comparability | null;
  /** Comparability note, when any. */
  readonly note: LocalizedText | null;
}

function rangeText(q: Question): string | null {
  const min = q.range?.min ?? (q.kind === "percent" ? 0 : undefined);
  const max = q.range?.max ?? (q.kind === "percent" ? 100 : undefined);
  if (min === undefined && max === undefined) return null;
  const f = (v: number | undefined) => (v === undefined ? "" : String(v).replace(".", ","));
  return `${f(min)}–${f(max)}`;
}

/** A definition's identity: same wording, kind, choices and rules → same codebook row. */
function signature(instrument: Instrument, q: Question): string {
  const choices = q.list === undefined ? [] : choiceList(instrument, q).choices;
  return JSON.stringify([
    q.kind,
    q.label,
    q.hint ?? null,
    choices,
    q.required ?? false,
    q.range ?? null,
    q.relevant ?? null,
  ]);
}

/**
 * The codebook of one or more versions of an instrument: one row per question definition, listing
 * the versions in which it exists (a question reworded between versions gives one row per wording).
 * With a harmonisation, each row also carries its comparison id, comparability status and note.
 *
 * @example codebookRows([worker2021, worker2025], workerHarmonisation).find((r) => r.id === "B1_pct")?.comparability
 * // => "binned"
 */
export function codebookRows(instruments: readonly Instrument[], harmonisation?: Harmonisation): CodebookRow[] {
  const rows: CodebookRow[] = [];
  const bySignature = new Map<string, number>();
  const table = harmonisation ? comparabilityTable(harmonisation, instruments) : [];
  const rules = harmonisation ? resolveRules(harmonisation, instruments) : [];
  for (const instrument of instruments) {
    for (const q of instrument.questions) {
      const key = `${q.id}|${signature(instrument, q)}`;
      const at = bySignature.get(key);
      if (at !== undefined) {
        const prev = rows[at]!;
        rows[at] = { ...prev, versions: [...prev.versions, instrument.version] };
        continue;
      }
      const rule = rules.find((r) => sourceOf(r, instrument.version)?.question === q.id);
      const comp = rule ? table.find((t) => t.question === rule.target) : undefined;
      const module = instrument.modules.find((m) => m.id === q.module);
      bySignature.set(key, rows.length);
      rows.push({
        id: q.id,
        versions: [instrument.version],
        module: q.module,
        moduleLabel: module?.label ?? { fr: q.module, nl: q.module },
        kind: q.kind,
        label: q.label,
        hint: q.hint ?? null,
        choices: q.list === undefined ? [] : choiceList(instrument, q).choices,
        required: q.required ?? false,
        range: rangeText(q),
        relevant: q.relevant
          ? { fr: describeCondition(q.relevant, "fr"), nl: describeCondition(q.relevant, "nl") }
          : null,
        comparisonId: rule?.target ?? null,
        comparability: comp?.status ?? null,
        note: comp?.note ?? null,
      });
    }
  }
  // Stable order: by module, then by first appearance.
  const order = new Map(rows.map((r, i) => [r, i]));
  return rows.sort((a, b) => a.module.localeCompare(b.module) || order.get(a)! - order.get(b)!);
}
