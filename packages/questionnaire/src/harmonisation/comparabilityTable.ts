import { tq } from "../messages/index.ts";
import type { Instrument } from "../model/instrument.ts";
import { choiceList } from "../model/instrument.ts";
import type { LocalizedText } from "../model/language.ts";
import type { Question } from "../model/question.ts";
import { isChoiceKind } from "../model/questionKind.ts";
import { Comparability } from "./comparability.ts";
import type { Harmonisation, HarmonisationRule } from "./harmonisation.ts";
import { resolveRules, sourceOf, versionPair } from "./resolveRules.ts";

/** One row of the comparability table: how a comparison question relates to each version. */
export interface ComparabilityRow {
  /** Id in the comparison schema. */
  readonly question: string;
  /** Module letter. */
  readonly module: string;
  /** Comparability status. */
  readonly status: Comparability;
  /** Source question id per version (`null` when absent), oldest version first. */
  readonly sources: Readonly<Record<string, string | null>>;
  /** Choice codes present in one version only and left out of the comparison, per version. */
  readonly droppedChoices: Readonly<Record<string, readonly string[]>>;
  /** Short note to print under a chart, in French and Dutch; `null` when identical. */
  readonly note: LocalizedText | null;
}

function findQuestion(instrument: Instrument, id: string): Question | undefined {
  return instrument.questions.find((q) => q.id === id);
}

/** Comparison codes a version's source question can produce (after recode), or null for non-choice questions. */
export function mappedCodes(rule: HarmonisationRule, instrument: Instrument): string[] | null {
  const src = sourceOf(rule, instrument.version);
  if (!src) return null;
  if (src.op === "bin") return src.bins.map((b) => b.code);
  const q = findQuestion(instrument, src.question);
  if (!q || !isChoiceKind(q.kind) || q.list === undefined) return null;
  const codes = choiceList(instrument, q).choices.map((c) => c.code);
  if (src.op !== "recode") return codes;
  const out: string[] = [];
  for (const code of codes) {
    const mapped = Object.hasOwn(src.codes, code) ? src.codes[code] : code;
    if (mapped != null && !out.includes(mapped)) out.push(mapped);
  }
  return out;
}

/** Maps a version's source code to its comparison code (`null` when dropped). */
export function mapCode(rule: HarmonisationRule, version: string, code: string): string | null {
  const src = sourceOf(rule, version);
  if (src?.op !== "recode") return code;
  return Object.hasOwn(src.codes, code) ? (src.codes[code] ?? null) : code;
}

/** Source codes of a version that have no counterpart in the other version, per version. */
export function droppedChoices(
  rule: HarmonisationRule,
  pair: readonly [Instrument, Instrument],
): Record<string, string[]> {
  const [a, b] = pair;
  const ca = mappedCodes(rule, a);
  const cb = mappedCodes(rule, b);
  const out: Record<string, string[]> = { [a.version]: [], [b.version]: [] };
  if (!ca || !cb) return out;
  out[a.version] = ca.filter((c) => !cb.includes(c));
  out[b.version] = cb.filter((c) => !ca.includes(c));
  return out;
}

function labelOf(instrument: Instrument, questionId: string, code: string, lang: "fr" | "nl"): string {
  const q = findQuestion(instrument, questionId);
  if (!q?.list) return code;
  return choiceList(instrument, q).choices.find((c) => c.code === code)?.label[lang] ?? code;
}

/**
 * The comparability table of a harmonisation: question by question, its status between the two
 * versions and a short fr/nl note to print under a chart.
 *
 * @example comparabilityTable(workerHarmonisation, workerInstruments).find((r) => r.question === "B1")?.status
 * // => "binned"
 */
export function comparabilityTable(
  harmonisation: Harmonisation,
  instruments: readonly Instrument[],
): ComparabilityRow[] {
  const pair = versionPair(harmonisation, instruments);
  const [older, newer] = pair;
  return resolveRules(harmonisation, instruments).map((rule) => {
    const sa = sourceOf(rule, older.version);
    const sb = sourceOf(rule, newer.version);
    const sources = { [older.version]: sa?.question ?? null, [newer.version]: sb?.question ?? null };
    const dropped = droppedChoices(rule, pair);
    const present = sa ? older : newer;
    const def = findQuestion(present, (sa ?? sb)?.question ?? rule.target);
    const module = def?.module ?? "";
    const note = (
      code: Parameters<typeof tq>[0],
      params: (lang: "fr" | "nl") => Record<string, string>,
    ): LocalizedText => ({
      fr: rule.note?.fr ?? tq(code, "fr", params("fr")),
      nl: rule.note?.nl ?? tq(code, "nl", params("nl")),
    });
    let status: Comparability;
    let text: LocalizedText | null;
    if (!sa || !sb) {
      status = Comparability.onlyOneVersion;
      text = note("note_only_one_version", () => ({ version: (sa ? older : newer).version }));
    } else if (rule.notComparable) {
      status = Comparability.notComparable;
      text = note("note_not_comparable", () => ({}));
    } else if (sa.op === "bin" || sb.op === "bin") {
      status = Comparability.binned;
      const binned = sa.op === "bin" ? older : newer;
      const other = sa.op === "bin" ? newer : older;
      text = note("note_binned", () => ({ version: binned.version, other: other.version }));
    } else if ((dropped[older.version]?.length ?? 0) + (dropped[newer.version]?.length ?? 0) > 0) {
      status = Comparability.partial;
      text = note("note_partial", (lang) => ({
        choices: [older, newer]
          .flatMap((ins) => {
            const src = sourceOf(rule, ins.version)!;
            return (dropped[ins.version] ?? []).map((c) => `${labelOf(ins, src.question, c, lang)} (${ins.version})`);
          })
          .join(", "),
      }));
    } else if (sa.op === "recode" || sb.op === "recode") {
      status = Comparability.recoded;
      const recoded = sa.op === "recode" ? older : newer;
      const other = sa.op === "recode" ? newer : older;
      text = note("note_recoded", () => ({ version: recoded.version, other: other.version }));
    } else if (sa.op === "reworded" || sb.op === "reworded") {
      status = Comparability.reworded;
      text = note("note_reworded", () => ({ older: older.version, newer: newer.version }));
    } else {
      status = Comparability.identical;
      text = rule.note ?? null;
    }
    return { question: rule.target, module, status, sources, droppedChoices: dropped, note: text };
  });
}
