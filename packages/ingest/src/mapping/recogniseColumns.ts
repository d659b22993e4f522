import { type Instrument, OTHER_TEXT_SUFFIX } from "@monitoring-social/questionnaire";
import type { SourceFormat } from "../formats/sourceFormat.ts";
import { toolLayout } from "../formats/toolLayouts.ts";
import { nthChoice } from "../formats/valueConventions.ts";
import type { ColumnBinding, ColumnMapping } from "./columnBinding.ts";
import { type ColumnIndex, type ColumnTarget, columnIndex, type IndexedQuestion, targetName } from "./columnIndex.ts";
import { MAPPING_RESERVED_PREFIX } from "./mappingFile.ts";
import { mappingTarget } from "./mappingTarget.ts";
import { normalizeLabel } from "./normalizeLabel.ts";

/** How a column was recognised. */
export const RecognitionMethod = {
  /** By the saved column mapping. */
  mapping: "mapping",
  /** By a question id or choice code (also squeezed: `B1pct`), possibly behind group names. */
  code: "code",
  /** By a question, choice or « précisez » label, French or Dutch, possibly behind group labels. */
  label: "label",
  /** By the tool's default codes, numbered in the list's order (LimeSurvey `SQ001`, `AO01`). */
  position: "position",
  /** The tool's own column: metadata or the respondent id. */
  tool: "tool",
  /** Not recognised (a guess may be offered). */
  none: "none",
} as const;
/** One of {@link RecognitionMethod}. */
export type RecognitionMethod = (typeof RecognitionMethod)[keyof typeof RecognitionMethod];

/** What recognition found for one column of a file. */
export interface ColumnRecognition {
  /** The header as in the file. */
  readonly header: string;
  /** What the column feeds. */
  readonly binding: ColumnBinding;
  /** How it was recognised. */
  readonly via: RecognitionMethod;
  /** For an unrecognised column: the column it most likely means (`B3`, `C1__cpas`), to confirm. */
  readonly guess?: string;
  /** For a column that names a target another column already feeds: that column's index (it is ignored). */
  readonly duplicateOf?: number;
  /** Whether some of its answers were read by the tool's default codes, by position (LimeSurvey `AO01`). */
  readonly valuesByPosition?: boolean;
}

const OTHER_WORDS = new Set(["other", "autre", "anders", "andere", "autre texte", "other text", OTHER_TEXT_SUFFIX]);
const COMMENT_WORDS = new Set(["comment", "commentaire", "opmerking"]);
const POSITIONAL_SUB = /^sq0*(\d+)$/;

type Found = { readonly binding: ColumnBinding; readonly via: RecognitionMethod };

/** What follows a question key: nothing (the answer), a choice, a tool's "other" or comment, or the label again. */
function tail(
  index: ColumnIndex,
  iq: IndexedQuestion,
  words: readonly string[],
  from: number,
  kind: "code" | "label",
): Found | undefined {
  const q = iq.question;
  const answer: Found = { binding: { kind: "answer", question: q.id }, via: kind };
  if (from >= words.length) return answer;
  const rest = words.slice(from);
  const restText = rest.join(" ");
  const hasOther = iq.other !== undefined && (q.kind === "single" || q.kind === "multiple");
  if (q.kind === "multiple") {
    const exact = iq.choiceKeys.get(restText);
    if (exact !== undefined) return { binding: { kind: "indicator", question: q.id, choice: exact }, via: kind };
  }
  if (hasOther && OTHER_WORDS.has(restText)) return { binding: { kind: "otherText", question: q.id }, via: kind };
  if (q.kind === "multiple") {
    // The longest choice key at the start of the rest, more words after it only behind a code
    // (LimeSurvey "code & text" headings repeat the texts after `C1[SQ001].`).
    for (let e = Math.min(rest.length - 1, iq.choiceWords); e >= 1 && kind === "code"; e--) {
      const code = iq.choiceKeys.get(rest.slice(0, e).join(" "));
      if (code !== undefined) return { binding: { kind: "indicator", question: q.id, choice: code }, via: kind };
    }
    const m = POSITIONAL_SUB.exec(rest[0]!);
    if (m && (rest.length === 1 || kind === "code")) {
      const c = nthChoice(iq.choices, Number(m[1]));
      if (c) return { binding: { kind: "indicator", question: q.id, choice: c.code }, via: "position" };
    }
  }
  const otherWord = kind === "code" && OTHER_WORDS.has(rest[0]!);
  if (otherWord && hasOther) return { binding: { kind: "otherText", question: q.id }, via: kind };
  if (COMMENT_WORDS.has(rest[0]!) && (rest.length === 1 || kind === "code"))
    return { binding: { kind: "metadata" }, via: "tool" };
  // `A1. Dans quel type de structure… ?`: the code, then the question's own text.
  if (kind === "code") {
    const again = index.questionKeys.get(restText);
    if (again?.some((k) => k.position === iq.position)) return answer;
    if (rest.length > 0 && q.kind !== "multiple" && !otherWord) {
      // A text after a code that names another question: not this one.
      const other = resolveWords(index, rest, 0);
      if (other === undefined || (other.binding.kind === "answer" && other.binding.question === q.id)) return answer;
    }
  }
  return undefined;
}

/** Resolves normalised words from a position: a question key then its tail, or a « précisez » label. */
function resolveWords(index: ColumnIndex, words: readonly string[], from: number): Found | undefined {
  const whole = words.slice(from).join(" ");
  const other = index.otherTextKeys.get(whole);
  if (other !== undefined)
    return { binding: { kind: "otherText", question: index.questions[other]!.question.id }, via: "label" };
  for (let e = Math.min(words.length, from + index.questionWords); e > from; e--) {
    const keys = index.questionKeys.get(words.slice(from, e).join(" "));
    if (!keys) continue;
    for (const k of keys) {
      const found = tail(index, index.questions[k.position]!, words, e, k.kind);
      if (found) return found;
    }
  }
  return undefined;
}

/** Resolves a header, first as it is, then behind one or more group names or labels. */
function resolveHeader(index: ColumnIndex, header: string): Found | undefined {
  const words = normalizeLabel(header).split(" ").filter(Boolean);
  if (words.length === 0) return undefined;
  const search = (from: number, depth: number): Found | undefined => {
    const found = resolveWords(index, words, from);
    if (found || depth > 3) return found;
    for (let e = Math.min(words.length - 1, from + index.groupWords); e > from; e--) {
      if (!index.groupKeys.has(words.slice(from, e).join(" "))) continue;
      const behind = search(e, depth + 1);
      if (behind) return behind;
    }
    return undefined;
  };
  const found = search(0, 0);
  if (found) return found;
  // A grid row (Google Forms `Title [row]`): the row names the question.
  const grid = /\[([^\]]+)\]\s*$/.exec(header);
  if (grid) {
    const row = resolveWords(index, normalizeLabel(grid[1]!).split(" ").filter(Boolean), 0);
    if (row?.binding.kind === "answer") return { binding: row.binding, via: "label" };
  }
  return undefined;
}

/** A text cut by the tool, ending with its ellipsis (LimeSurvey `.. `, or `…`). */
const CUT = /(?:\.\.|…)\s*$/;

/** A heading of LimeSurvey's "Abbreviated question text" style: `Question tex.. [Subquesti.. ]`. */
function abbreviated(header: string): { question: string; sub: string | undefined } | undefined {
  const m = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(header);
  const question = m ? m[1]! : header;
  const sub = m ? m[2]!.trim() : undefined;
  if (!CUT.test(question) && !(sub !== undefined && CUT.test(sub))) return undefined;
  return { question, sub };
}

/** Whether a normalised text matches a key: equal, or its beginning when the text was cut. */
const startsLike = (key: string, text: string, cut: boolean) => (cut ? key.startsWith(text) : key === text);

/**
 * Resolves an abbreviated heading: the question whose label (French or Dutch) begins with the cut
 * text — among several, the first one at or after the previous column's question, as the tool
 * exports questions in order — then the choice whose label begins with the cut subquestion text
 * and that no column feeds yet, or the tool's "other".
 */
function resolveAbbreviated(
  index: ColumnIndex,
  header: string,
  after: number,
  taken: ReadonlySet<string>,
): Found | undefined {
  const a = abbreviated(header);
  if (!a) return undefined;
  const qCut = CUT.test(a.question);
  const qText = normalizeLabel(a.question.replace(CUT, ""));
  if (qText === "") return undefined;
  const candidates = index.questions.filter(({ question: q }) =>
    [q.label.fr, q.label.nl, q.short?.fr, q.short?.nl].some((l) => l && startsLike(normalizeLabel(l), qText, qCut)),
  );
  const iq = candidates.find((c) => c.position >= after) ?? candidates[0];
  if (!iq) return undefined;
  const q = iq.question;
  if (a.sub === undefined) return { binding: { kind: "answer", question: q.id }, via: "label" };
  const subCut = CUT.test(a.sub);
  const subText = normalizeLabel(a.sub.replace(CUT, ""));
  if (OTHER_WORDS.has(subText) && iq.other) return { binding: { kind: "otherText", question: q.id }, via: "label" };
  if (q.kind !== "multiple") return undefined;
  const choice = iq.choices.find(
    (c) =>
      !taken.has(`${q.id}__${c.code}`) &&
      [c.label.fr, c.label.nl, c.code].some((l) => startsLike(normalizeLabel(l), subText, subCut)),
  );
  return choice ? { binding: { kind: "indicator", question: q.id, choice: choice.code }, via: "label" } : undefined;
}

/** The target a binding feeds, or `undefined` (id, metadata, unmatched). */
function targetOf(b: ColumnBinding): ColumnTarget | undefined {
  return b.kind === "answer" || b.kind === "indicator" || b.kind === "otherText" ? b : undefined;
}

/**
 * Recognises each header of a file: what it feeds (the respondent id, a key column, an answer, one
 * choice of a multiple-choice question, an "other" text, tool metadata, or nothing) and how it was
 * recognised. A saved mapping wins; then the tool's own columns; then codes and labels, behind any
 * group names or labels and any separator: question ids (also squeezed: `B1pct`), choice codes and
 * labels (`C/C1/cpas`, `Secteurs/Logement`, `C1[cpas]`), LimeSurvey's default subquestion codes by
 * position (`C1[SQ003]`), its `Q[other]` and `Q[comment]`, LimeSurvey's "code. text" headings, the
 * XLSForm's « précisez » labels, Google Forms grid rows (`Title [row]`). Accents, case, punctuation
 * and spacing are ignored. An unrecognised column gets a guess, never bound without confirmation.
 * Two columns naming one target: the first feeds it, the second is ignored and says so. Linear in
 * the number of headers.
 *
 * @example recogniseColumns(["_uuid", "A/A1", "C/C1/cpas"], worker2025, "kobo").map((r) => r.via) // => ["tool", "code", "code"]
 */
export function recogniseColumns(
  header: readonly string[],
  instrument: Instrument,
  format: SourceFormat,
  mapping: ColumnMapping = {},
): ColumnRecognition[] {
  const layout = toolLayout(format);
  const index = columnIndex(instrument);
  const idIndex = layout.idColumn(header);
  // Abbreviated headings are resolved in context: the previous question, the choices already fed.
  let after = 0;
  const fedSoFar = new Set<string>();
  const out: ColumnRecognition[] = header.map((raw, i): ColumnRecognition => {
    const r = recogniseOne(raw, i);
    const b = r.binding;
    if (b.kind === "answer" || b.kind === "indicator" || b.kind === "otherText") {
      after = index.questions.find((x) => x.question.id === b.question)!.position;
      fedSoFar.add(targetName(b));
    }
    return r;
  });
  function recogniseOne(raw: string, i: number): ColumnRecognition {
    const h = raw.trim();
    if (Object.hasOwn(mapping, h) && !h.startsWith(MAPPING_RESERVED_PREFIX)) {
      const b = mappingTarget(mapping[h]!, instrument);
      return { header: raw, binding: b ?? { kind: "unmatched" }, via: b ? "mapping" : "none" };
    }
    if (i === idIndex) return { header: raw, binding: { kind: "id" }, via: "tool" };
    if (format === "codebook" && (h === "vague" || h === "commune"))
      return { header: raw, binding: { kind: "key", key: h }, via: "code" };
    if (layout.isMetadata(h)) return { header: raw, binding: { kind: "metadata" }, via: "tool" };
    const found = resolveHeader(index, h) ?? resolveAbbreviated(index, h, after, fedSoFar);
    if (found) return { header: raw, ...found };
    return { header: raw, binding: { kind: "unmatched" }, via: "none" };
  }
  // Kobo writes a multiple-choice answer twice: one cell listing the choices and one 0/1 column per
  // choice. The 0/1 columns win; the list column is kept out.
  const withIndicators = new Set(out.flatMap((r) => (r.binding.kind === "indicator" ? [r.binding.question] : [])));
  const seen = new Map<string, number>();
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    const b = r.binding;
    if (b.kind === "answer" && withIndicators.has(b.question) && r.via !== "mapping") {
      const q = instrument.questions.find((x) => x.id === b.question);
      if (q?.kind === "multiple") {
        out[i] = { header: r.header, binding: { kind: "metadata" }, via: "tool" };
        continue;
      }
    }
    const t = targetOf(b);
    if (!t) continue;
    const name = targetName(t);
    const first = seen.get(name);
    if (first === undefined) seen.set(name, i);
    else out[i] = { header: r.header, binding: { kind: "unmatched" }, via: "none", duplicateOf: first };
  }
  // Guesses for what is left, among the columns nobody feeds yet.
  const taken = new Set(seen.keys());
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    if (r.binding.kind !== "unmatched" || r.duplicateOf !== undefined) continue;
    const g = index.guess(r.header, taken) ?? guessById(r.header, instrument);
    if (g === undefined) continue;
    const name = typeof g === "string" ? g : targetName(g);
    if (taken.has(name)) continue;
    taken.add(name);
    out[i] = { ...r, binding: { kind: "unmatched", suggestion: name }, guess: name };
  }
  return out;
}

/** A near question id for a short header (edit distance at most a third of its length). */
function guessById(header: string, instrument: Instrument): string | undefined {
  const h = header.trim().toLowerCase();
  if (h.length === 0 || h.length > 12) return undefined;
  let best: { id: string; d: number } | undefined;
  for (const q of instrument.questions) {
    const d = editDistance(h, q.id.toLowerCase(), Math.max(1, Math.floor(h.length / 3)));
    if (d !== undefined && (!best || d < best.d)) best = { id: q.id, d };
  }
  return best?.id;
}

/** Levenshtein distance when at most `max`, else `undefined`. */
function editDistance(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  const d = prev[b.length]!;
  return d <= max ? d : undefined;
}
