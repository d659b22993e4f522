import {
  COLUMN_SEPARATOR,
  choiceList,
  type Instrument,
  OTHER_TEXT_SUFFIX,
  type Question,
} from "@monitoring-social/questionnaire";
import { closest, distance } from "fastest-levenshtein";
import { idHeader, isMetadataHeader, type SourceFormat } from "../formats/sourceFormat.ts";
import type { ColumnBinding, ColumnMapping } from "./columnBinding.ts";
import { normalizeLabel, stems } from "./normalizeLabel.ts";

/** Resolves a canonical name (`B1`, `C1__cpas`, `A1__autre_texte`) against an instrument. */
function resolveCanonical(name: string, instrument: Instrument): ColumnBinding | undefined {
  const byId = (id: string): Question | undefined =>
    instrument.questions.find((q) => q.id === id) ??
    instrument.questions.find((q) => q.id.toLowerCase() === id.toLowerCase());
  const q = byId(name);
  if (q) return { kind: "answer", question: q.id };
  const at = name.indexOf(COLUMN_SEPARATOR);
  if (at > 0) {
    const base = byId(name.slice(0, at));
    const rest = name.slice(at + COLUMN_SEPARATOR.length);
    if (base && rest === OTHER_TEXT_SUFFIX) return { kind: "otherText", question: base.id };
    if (base?.kind === "multiple" && choiceList(instrument, base).choices.some((c) => c.code === rest)) {
      return { kind: "indicator", question: base.id, choice: rest };
    }
  }
  return undefined;
}

/** Matches a header against question labels (fr, nl, short), accent- and case-insensitive. */
function resolveLabel(header: string, instrument: Instrument): ColumnBinding | undefined {
  const h = normalizeLabel(header);
  if (h === "") return undefined;
  for (const q of instrument.questions) {
    const labels = [q.label.fr, q.label.nl, q.short?.fr, q.short?.nl]
      .filter((x): x is string => !!x)
      .map(normalizeLabel);
    if (labels.includes(h)) return { kind: "answer", question: q.id };
  }
  // "Question label [Choice label]" (Google Forms grids, Kobo label exports "Question/Choice").
  const m = /^(.*?)\s*(?:\[(.+)\]|\/\s*(.+))$/.exec(header);
  if (m) {
    const base = resolveLabel(m[1]!, instrument);
    const choiceText = normalizeLabel(m[2] ?? m[3] ?? "");
    if (base?.kind === "answer") {
      const q = instrument.questions.find((x) => x.id === base.question)!;
      if (q.kind === "multiple") {
        const c = choiceList(instrument, q).choices.find(
          (x) =>
            normalizeLabel(x.label.fr) === choiceText ||
            normalizeLabel(x.label.nl) === choiceText ||
            x.code === choiceText,
        );
        if (c) return { kind: "indicator", question: q.id, choice: c.code };
      }
    }
  }
  return undefined;
}

/** Suggests the closest question for an unmatched header: shared word stems, or edit distance on ids. */
export function suggestQuestion(header: string, instrument: Instrument): string | undefined {
  const words = stems(header);
  let best: { id: string; score: number } | undefined;
  if (words.size > 0) {
    for (const q of instrument.questions) {
      const short = new Set([...stems(q.short?.fr ?? ""), ...stems(q.short?.nl ?? "")]);
      const target = new Set([...stems(q.label.fr), ...stems(q.label.nl), ...short]);
      let common = 0;
      let inShort = 0;
      for (const w of words) {
        if (target.has(w)) common++;
        if (short.has(w)) inShort++;
      }
      // Share of the header's words found in the question's texts; then in its short label (headers
      // are usually short labels); then the more specific question (fewer words).
      const score =
        common / words.size + (0.1 * inShort) / words.size + (target.size > 0 ? (0.01 * common) / target.size : 0);
      if (common / words.size >= 0.5 && (!best || score > best.score)) best = { id: q.id, score };
    }
  }
  if (best) return best.id;
  const ids = instrument.questions.map((q) => q.id);
  const compact = header.trim();
  if (compact.length > 0 && compact.length <= 12) {
    const near = closest(compact, ids);
    if (distance(compact.toLowerCase(), near.toLowerCase()) <= Math.max(1, Math.floor(compact.length / 3))) return near;
  }
  return undefined;
}

/**
 * Binds each header of a file to what it feeds: the respondent id, a key column, an answer, a
 * multiple-choice indicator, an "other" text, tool metadata, or nothing (unmatched, with a
 * suggestion). A saved mapping wins; then the format's conventions (Kobo group paths `A/A1` and
 * `A/C1/cpas`, LimeSurvey `C1[cpas]` and `C1[other]`); then ids and canonical names; then question
 * labels in French or Dutch (accents, case, punctuation and spacing ignored).
 *
 * @example bindColumns(["_uuid", "A_profil/A1", "C/C1/cpas"], worker2025, "kobo").map((b) => b.kind)
 * // => ["id", "answer", "indicator"]
 */
export function bindColumns(
  header: readonly string[],
  instrument: Instrument,
  format: SourceFormat,
  mapping: ColumnMapping = {},
): ColumnBinding[] {
  const bindings = bindEach(header, instrument, format, mapping);
  // Kobo writes a multiple-choice answer twice: one cell listing the choices (separated by spaces,
  // ambiguous when labels are exported) and one 0/1 column per choice. The 0/1 columns win.
  const withIndicators = new Set(bindings.flatMap((b) => (b.kind === "indicator" ? [b.question] : [])));
  return bindings.map((b) => {
    if (b.kind !== "answer" || !withIndicators.has(b.question)) return b;
    const q = instrument.questions.find((x) => x.id === b.question);
    return q?.kind === "multiple" ? { kind: "metadata" } : b;
  });
}

function bindEach(
  header: readonly string[],
  instrument: Instrument,
  format: SourceFormat,
  mapping: ColumnMapping,
): ColumnBinding[] {
  const idIndex = idHeader(header, format);
  return header.map((raw, index): ColumnBinding => {
    const h = raw.trim();
    if (Object.hasOwn(mapping, h)) {
      const target = mapping[h]!;
      if (target === "-") return { kind: "metadata" };
      if (target === "id") return { kind: "id" };
      return resolveCanonical(target, instrument) ?? { kind: "unmatched" };
    }
    if (index === idIndex) return { kind: "id" };
    if (format === "codebook" && (h === "vague" || h === "commune")) return { kind: "key", key: h };
    if (isMetadataHeader(h, format)) return { kind: "metadata" };
    if (format === "limesurvey") {
      const m = /^([\w-]+)\[([^\]]+)\]$/.exec(h);
      if (m) {
        const [, q, sub] = m;
        if (sub!.toLowerCase() === "other") {
          const base = resolveCanonical(q!, instrument);
          if (base?.kind === "answer") return { kind: "otherText", question: base.question };
        }
        const found = resolveCanonical(`${q}${COLUMN_SEPARATOR}${sub}`, instrument);
        if (found) return found;
      }
    }
    if (format === "kobo" && h.includes("/")) {
      const parts = h.split("/");
      const last = parts.at(-1)!;
      const prev = parts.at(-2)!;
      const asIndicator = resolveCanonical(`${prev}${COLUMN_SEPARATOR}${last}`, instrument);
      if (asIndicator?.kind === "indicator") return asIndicator;
      const asQuestion = resolveCanonical(last, instrument);
      if (asQuestion) return asQuestion;
    }
    const canonical = resolveCanonical(h, instrument);
    if (canonical) return canonical;
    const byLabel = resolveLabel(h, instrument);
    if (byLabel) return byLabel;
    const suggestion = suggestQuestion(h, instrument);
    return suggestion ? { kind: "unmatched", suggestion } : { kind: "unmatched" };
  });
}
