import {
  type Choice,
  choiceList,
  type Instrument,
  indicatorColumn,
  OTHER_TEXT_SUFFIX,
  otherTextColumn,
  type Question,
  surveyRows,
} from "@monitoring-social/questionnaire";
import type { ColumnBinding } from "./columnBinding.ts";
import { normalizeLabel, stems } from "./normalizeLabel.ts";

/** A column target: an answer, one choice of a multiple-choice question, or an "other" text. */
export type ColumnTarget = Extract<ColumnBinding, { kind: "answer" | "indicator" | "otherText" }>;

/** The canonical column name of a target (`B1`, `C1__cpas`, `A1__autre_texte`). */
export function targetName(t: ColumnTarget): string {
  return t.kind === "answer"
    ? t.question
    : t.kind === "indicator"
      ? indicatorColumn(t.question, t.choice)
      : otherTextColumn(t.question);
}

/**
 * A code squeezed the way survey tools squeeze names: letters and digits only, lower case
 * (LimeSurvey question codes: `B1_pct` → `b1pct`).
 * @example squeeze("B1_pct") // => "b1pct"
 */
export function squeeze(code: string): string {
  return normalizeLabel(code).replace(/ /g, "");
}

/** One question of the index: its choices and the normalised keys of each choice. */
export interface IndexedQuestion {
  readonly question: Question;
  /** Position in the instrument. */
  readonly position: number;
  /** The question's choices (empty when it has none). */
  readonly choices: readonly Choice[];
  /** Normalised choice code, squeezed code, French and Dutch label → choice code. */
  readonly choiceKeys: ReadonlyMap<string, string>;
  /** Most words in a choice key. */
  readonly choiceWords: number;
  /** The "other, specify" choice, if any. */
  readonly other: Choice | undefined;
}

/** How a key names its question: by a code (id, squeezed id) or by a text (label, short label). */
export type KeyKind = "code" | "label";

/** A text a column could be described by, with its word stems, for guesses. */
interface Descriptor {
  readonly target: ColumnTarget;
  readonly stems: ReadonlySet<string>;
  readonly shortStems: ReadonlySet<string>;
}

/**
 * Everything column recognition looks up, built once per instrument: every way a file can name a
 * question (id, id squeezed, labels and short labels in French and Dutch), a choice (code, squeezed
 * code, labels) or an "other" text (the XLSForm's « précisez » labels), the group (module) names and
 * labels tools put in front, and an inverted index of word stems for guesses. Looking a header up
 * costs a few map look-ups per word, whatever the number of questions or headers: recognising
 * 50 000 headers is linear.
 */
export class ColumnIndex {
  /** Questions in instrument order. */
  readonly questions: readonly IndexedQuestion[];
  /** Normalised key → questions it names, with the kind of key. */
  readonly questionKeys = new Map<string, { readonly position: number; readonly kind: KeyKind }[]>();
  /** Most words in a question key. */
  readonly questionWords: number;
  /** Normalised « précisez » label of an "other" text → question position. */
  readonly otherTextKeys = new Map<string, number>();
  /** Normalised group (module) ids and labels. */
  readonly groupKeys = new Set<string>();
  /** Most words in a group key. */
  readonly groupWords: number;
  private readonly descriptors: Descriptor[] = [];
  private readonly stemIndex = new Map<string, number[]>();

  constructor(readonly instrument: Instrument) {
    const addKey = (key: string, position: number, kind: KeyKind) => {
      if (key === "") return;
      const list = this.questionKeys.get(key) ?? [];
      if (!list.some((x) => x.position === position)) list.push({ position, kind });
      this.questionKeys.set(key, list);
    };
    this.questions = instrument.questions.map((q, position) => {
      const choices = q.list === undefined ? [] : choiceList(instrument, q).choices;
      const choiceKeys = new Map<string, string>();
      for (const c of choices) {
        for (const key of [
          normalizeLabel(c.code),
          squeeze(c.code),
          normalizeLabel(c.label.fr),
          normalizeLabel(c.label.nl),
        ])
          if (key !== "" && !choiceKeys.has(key)) choiceKeys.set(key, c.code);
      }
      addKey(normalizeLabel(q.id), position, "code");
      addKey(squeeze(q.id), position, "code");
      for (const text of [q.label.fr, q.label.nl, q.short?.fr, q.short?.nl])
        if (text) addKey(normalizeLabel(text), position, "label");
      const words = Math.max(0, ...[...choiceKeys.keys()].map((k) => k.split(" ").length));
      return { question: q, position, choices, choiceKeys, choiceWords: words, other: choices.find((c) => c.other) };
    });
    this.questionWords = Math.max(1, ...[...this.questionKeys.keys()].map((k) => k.split(" ").length));
    const position = new Map(instrument.questions.map((q, i) => [q.id, i]));
    for (const row of surveyRows(instrument)) {
      const name = String(row.name ?? "");
      const labels = Object.entries(row)
        .filter(([k]) => k.startsWith("label::"))
        .map(([, v]) => normalizeLabel(String(v ?? "")));
      if (row.type === "begin_group") {
        for (const key of [normalizeLabel(name), ...labels]) if (key !== "") this.groupKeys.add(key);
      } else if (name.endsWith(`__${OTHER_TEXT_SUFFIX}`)) {
        const at = position.get(name.slice(0, -(OTHER_TEXT_SUFFIX.length + 2)));
        if (at !== undefined) for (const key of labels) if (key !== "") this.otherTextKeys.set(key, at);
      }
    }
    for (const m of instrument.modules) {
      for (const key of [normalizeLabel(m.id), normalizeLabel(m.label.fr), normalizeLabel(m.label.nl)])
        if (key !== "") this.groupKeys.add(key);
    }
    this.groupWords = Math.max(1, ...[...this.groupKeys].map((k) => k.split(" ").length));
    this.buildDescriptors();
  }

  private buildDescriptors(): void {
    const add = (target: ColumnTarget, texts: readonly string[], shortTexts: readonly string[]) => {
      const s = new Set<string>();
      for (const t of texts) for (const w of stems(t)) s.add(w);
      const short = new Set<string>();
      for (const t of shortTexts) for (const w of stems(t)) short.add(w);
      const at = this.descriptors.length;
      this.descriptors.push({ target, stems: s, shortStems: short });
      for (const w of s) {
        const list = this.stemIndex.get(w);
        if (list) list.push(at);
        else this.stemIndex.set(w, [at]);
      }
    };
    for (const { question: q, choices, other } of this.questions) {
      const texts = [q.label.fr, q.label.nl, q.short?.fr ?? "", q.short?.nl ?? ""];
      const shortTexts = [q.short?.fr ?? "", q.short?.nl ?? ""];
      add({ kind: "answer", question: q.id }, texts, shortTexts);
      if (q.kind === "multiple") {
        for (const c of choices)
          add(
            { kind: "indicator", question: q.id, choice: c.code },
            [...texts, c.label.fr, c.label.nl],
            [...shortTexts, c.label.fr, c.label.nl],
          );
      }
      if (other && (q.kind === "single" || q.kind === "multiple")) {
        add(
          { kind: "otherText", question: q.id },
          [...shortTexts, other.label.fr, other.label.nl, "précisez preciseer"],
          ["précisez preciseer"],
        );
      }
    }
  }

  /**
   * The column a header most likely means, by shared word stems with the question and choice texts:
   * the share of the header's stems found in a column's texts, then in its short label or choice, then
   * the more specific column. `undefined` when fewer than half the header's stems match, or when
   * `taken` (columns already fed) excludes every candidate.
   */
  guess(header: string, taken: ReadonlySet<string> = new Set()): ColumnTarget | undefined {
    const words = stems(header);
    if (words.size === 0) return undefined;
    const common = new Map<number, number>();
    for (const w of words) for (const d of this.stemIndex.get(w) ?? []) common.set(d, (common.get(d) ?? 0) + 1);
    let best: { at: number; score: number } | undefined;
    for (const [at, n] of common) {
      if (n / words.size < 0.5) continue;
      const d = this.descriptors[at]!;
      if (taken.has(targetName(d.target))) continue;
      let inShort = 0;
      for (const w of words) if (d.shortStems.has(w)) inShort++;
      const score = n / words.size + (0.1 * inShort) / words.size + (0.01 * n) / Math.max(1, d.stems.size);
      if (!best || score > best.score) best = { at, score };
    }
    return best ? this.descriptors[best.at]!.target : undefined;
  }
}

const cache = new WeakMap<Instrument, ColumnIndex>();

/**
 * The {@link ColumnIndex} of an instrument, built once and kept while the instrument lives.
 * @example columnIndex(worker2025).questionKeys.get("b1pct") // => [{ position: 7, kind: "code" }]
 */
export function columnIndex(instrument: Instrument): ColumnIndex {
  let index = cache.get(instrument);
  if (!index) {
    index = new ColumnIndex(instrument);
    cache.set(instrument, index);
  }
  return index;
}
