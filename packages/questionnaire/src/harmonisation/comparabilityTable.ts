import { tq } from "../messages/index.ts";
import type { Instrument } from "../model/instrument.ts";
import { choiceList } from "../model/instrument.ts";
import type { LocalizedText } from "../model/language.ts";
import type { Question } from "../model/question.ts";
import { isChoiceKind } from "../model/questionKind.ts";
import { Comparability } from "./comparability.ts";
import type { Harmonisation, HarmonisationRule } from "./harmonisation.ts";
import {
  comparedInstruments,
  type HarmonisationScope,
  harmonisedInstruments,
  resolveRules,
  sourceOf,
} from "./resolveRules.ts";

/** One row of the comparability table: how a comparison question relates to each compared version. */
export interface ComparabilityRow {
  /** Id in the comparison schema. */
  readonly question: string;
  /** Module letter. */
  readonly module: string;
  /** Comparability status across the compared versions that ask the question. */
  readonly status: Comparability;
  /** Source question id per compared version (`null` when absent), oldest version first. */
  readonly sources: Readonly<Record<string, string | null>>;
  /** Choice codes present in some of the versions that ask the question only, left out of the comparison, per version. */
  readonly droppedChoices: Readonly<Record<string, readonly string[]>>;
  /**
   * The compared versions that ask the question, oldest first: the question is comparable across
   * the waves of these versions (unless `not_comparable`), and only across them.
   */
  readonly versions: readonly string[];
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

/**
 * Source codes of each version (after recoding) that some other of the versions does not have:
 * left out of the comparison. Versions without a source, or whose question has no choices, drop nothing.
 * @example droppedChoices(c1Rule, [worker2021, worker2025]) // => { "2021": ["covid_safe_ticket"], "2025": ["telecom", "rdv_medicaux"] }
 */
export function droppedChoices(rule: HarmonisationRule, versions: readonly Instrument[]): Record<string, string[]> {
  const codes = versions.map((v) => mappedCodes(rule, v));
  const out: Record<string, string[]> = Object.fromEntries(versions.map((v) => [v.version, []]));
  if (codes.some((c) => c === null)) return out;
  versions.forEach((v, i) => {
    out[v.version] = codes[i]!.filter((c) => !codes.every((other) => other!.includes(c)));
  });
  return out;
}

function labelOf(instrument: Instrument, questionId: string, code: string, lang: "fr" | "nl"): string {
  const q = findQuestion(instrument, questionId);
  if (!q?.list) return code;
  return choiceList(instrument, q).choices.find((c) => c.code === code)?.label[lang] ?? code;
}

/** Versions as a reader reads them: « 2021 », « 2021 et 2025 », « 2021, 2023 et 2025 ». */
function versionList(versions: readonly string[], lang: "fr" | "nl"): string {
  const and = lang === "fr" ? " et " : " en ";
  return versions.length <= 1 ? (versions[0] ?? "") : `${versions.slice(0, -1).join(", ")}${and}${versions.at(-1)}`;
}

/**
 * The comparability table of a harmonisation: question by question, its status across the
 * compared versions (`scope`, default every harmonised version in `instruments`), the versions that
 * ask it — the waves it is comparable across — and a short fr/nl note to print under a chart. The
 * status is worked out over the versions that ask the question; a question asked in some of them
 * only says so in its note. Every version in `instruments` may define a question (the brackets of
 * B1), compared or not.
 *
 * @example comparabilityTable(workerHarmonisation, workerInstruments).find((r) => r.question === "B1")?.status
 * // => "binned"
 * @example comparabilityTable(workerHarmonisation, workerInstruments, { versions: ["2025"] }).find((r) => r.question === "C1")?.status
 * // => "identical" (one version: nothing left out)
 */
export function comparabilityTable(
  harmonisation: Harmonisation,
  instruments: readonly Instrument[],
  scope: HarmonisationScope = {},
): ComparabilityRow[] {
  const pool = harmonisedInstruments(harmonisation, instruments);
  const compared = comparedInstruments(harmonisation, instruments, scope);
  return resolveRules(harmonisation, instruments).map((rule) => {
    const sources = Object.fromEntries(compared.map((v) => [v.version, sourceOf(rule, v.version)?.question ?? null]));
    const asked = compared.filter((v) => sourceOf(rule, v.version) !== null);
    const dropped = {
      ...Object.fromEntries(compared.map((v) => [v.version, [] as string[]])),
      ...droppedChoices(rule, asked),
    };
    const withSource = pool.filter((v) => sourceOf(rule, v.version) !== null);
    const present = withSource[0] ?? pool[0]!;
    const def = findQuestion(present, sourceOf(rule, present.version)?.question ?? rule.target);
    const module = def?.module ?? "";
    const note = (
      code: Parameters<typeof tq>[0],
      params: (lang: "fr" | "nl") => Record<string, string>,
    ): LocalizedText => ({
      fr: rule.note?.fr ?? tq(code, "fr", params("fr")),
      nl: rule.note?.nl ?? tq(code, "nl", params("nl")),
    });
    const ops = asked.map((v) => sourceOf(rule, v.version)!.op);
    const names = (list: readonly Instrument[]) => (lang: "fr" | "nl") =>
      versionList(
        list.map((v) => v.version),
        lang,
      );
    let status: Comparability;
    let text: LocalizedText | null;
    if (asked.length === 0) {
      status = Comparability.notAsked;
      text = note("note_not_asked", () => ({}));
    } else if (asked.length === 1 && compared.length > 1) {
      status = Comparability.onlyOneVersion;
      text = note("note_only_one_version", () => ({ version: asked[0]!.version }));
    } else if (rule.notComparable && asked.length > 1) {
      status = Comparability.notComparable;
      text = note("note_not_comparable", () => ({}));
    } else if (ops.includes("bin")) {
      status = Comparability.binned;
      const binned = asked.filter((v) => sourceOf(rule, v.version)?.op === "bin");
      const others = pool.filter((v) => {
        const op = sourceOf(rule, v.version)?.op;
        return op !== undefined && op !== "bin";
      });
      const other = asked.some((v) => !binned.includes(v)) ? asked.filter((v) => !binned.includes(v)) : others;
      text = note("note_binned", (lang) => ({ version: names(binned)(lang), other: names(other)(lang) }));
    } else if (Object.values(dropped).some((d) => d.length > 0)) {
      status = Comparability.partial;
      text = note(asked.length === 2 ? "note_partial" : "note_partial_some", (lang) => ({
        choices: asked
          .flatMap((ins) => {
            const src = sourceOf(rule, ins.version)!;
            return (dropped[ins.version] ?? []).map((c) => `${labelOf(ins, src.question, c, lang)} (${ins.version})`);
          })
          .join(", "),
      }));
    } else if (ops.includes("recode") && asked.length > 1) {
      status = Comparability.recoded;
      const recoded = asked.filter((v) => sourceOf(rule, v.version)?.op === "recode");
      const other = asked.filter((v) => !recoded.includes(v));
      text = note("note_recoded", (lang) => ({
        version: names(recoded)(lang),
        other: names(other.length > 0 ? other : recoded)(lang),
      }));
    } else if (ops.includes("reworded") && asked.length > 1) {
      status = Comparability.reworded;
      text = note("note_reworded", () => ({ older: asked[0]!.version, newer: asked[asked.length - 1]!.version }));
    } else {
      status = Comparability.identical;
      text = rule.note ?? null;
    }
    // Asked in some of the compared versions only (and more than one): said before the rest.
    if (asked.length > 1 && asked.length < compared.length) {
      const some = (lang: "fr" | "nl") => tq("note_some_versions", lang, { versions: names(asked)(lang) });
      text = {
        fr: [some("fr"), text?.fr].filter(Boolean).join(" "),
        nl: [some("nl"), text?.nl].filter(Boolean).join(" "),
      };
    }
    return {
      question: rule.target,
      module,
      status,
      sources,
      droppedChoices: dropped,
      versions: asked.map((v) => v.version),
      note: text,
    };
  });
}
