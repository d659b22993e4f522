import type { ChoiceList } from "./choice.ts";
import type { LocalizedText } from "./language.ts";
import type { Question } from "./question.ts";

/** A module (section) of an instrument: A. Profil, B. Temps… */
export interface Module {
  /** Module id, e.g. `A`. */
  readonly id: string;
  /** Module title in French and Dutch. */
  readonly label: LocalizedText;
}

/**
 * A versioned questionnaire: its modules, choice lists and questions in order.
 * Wording is data: replace it with the real questionnaire without touching code.
 */
export interface Instrument {
  /** Instrument family, e.g. `worker` (all versions share it). */
  readonly id: string;
  /** Version, e.g. `2021`. */
  readonly version: string;
  /** Title in French and Dutch. */
  readonly title: LocalizedText;
  /** Modules in order. */
  readonly modules: readonly Module[];
  /** Choice lists, referenced by `Question.list`. */
  readonly lists: readonly ChoiceList[];
  /** Questions in the order they are asked. */
  readonly questions: readonly Question[];
}

/**
 * The full key of an instrument version, `id@version`.
 * @example instrumentKey(worker2021) // => "worker@2021"
 */
export function instrumentKey(instrument: Pick<Instrument, "id" | "version">): string {
  return `${instrument.id}@${instrument.version}`;
}

/**
 * Looks up a question by id.
 * @throws Error when no question has that id.
 * @example question(worker2025, "B1").kind // => "percent"
 */
export function question(instrument: Instrument, id: string): Question {
  const q = instrument.questions.find((x) => x.id === id);
  if (!q) throw new Error(`Question « ${id} » inconnue dans ${instrumentKey(instrument)}.`);
  return q;
}

/**
 * Looks up the choice list of a question.
 * @throws Error when the question has no list or the list does not exist.
 */
export function choiceList(instrument: Instrument, q: Question): ChoiceList {
  const list = q.list === undefined ? undefined : instrument.lists.find((l) => l.name === q.list);
  if (!list) throw new Error(`Question « ${q.id} » : liste de choix « ${q.list ?? ""} » introuvable.`);
  return list;
}
