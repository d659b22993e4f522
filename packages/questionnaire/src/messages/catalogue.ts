import { DEFAULT_LANGUAGE, type Language } from "../model/language.ts";

/** Values substituted into `{name}` placeholders of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message catalogue: one template per stable code, per language. */
export type Catalogue<Code extends string> = Readonly<Record<Language, Readonly<Record<Code, string>>>>;

/**
 * Fills `{name}` placeholders. An unknown placeholder is left visible, so a missing parameter shows.
 * @example formatMessage("Question « {id} »", { id: "B1" }) // => "Question « B1 »"
 */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Builds a translator over a catalogue: `(code, lang, params) => text`.
 * @example const t = translator(catalogue); t("duplicate_question_id", "nl", { id: "A1" })
 */
export function translator<Code extends string>(catalogue: Catalogue<Code>) {
  return (code: Code, lang: Language = DEFAULT_LANGUAGE, params: MessageParams = {}): string =>
    formatMessage(catalogue[lang][code], params);
}
