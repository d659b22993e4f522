import { DEFAULT_LANGUAGE, type Language, type LocalizedText } from "@monitoring-social/questionnaire";
import { type ReportMessageCode, tr } from "./messages/index.ts";

/**
 * An error in a report definition or its data that the user must fix (unknown question, unreadable
 * file…): the message in French and Dutch, with a stable code.
 */
export class ReportError extends Error {
  /** Stable code. */
  readonly code: ReportMessageCode;
  /** The message in French and Dutch. */
  readonly messages: LocalizedText;
  /**
   * @param params The message's parameters, or a function giving them per language when they are
   * themselves texts (e.g. a list of problems).
   */
  constructor(
    code: ReportMessageCode,
    params: Record<string, string | number> | ((lang: Language) => Record<string, string | number>),
    lang: Language = DEFAULT_LANGUAGE,
  ) {
    const of = typeof params === "function" ? params : () => params;
    const messages = { fr: tr(code, "fr", of("fr")), nl: tr(code, "nl", of("nl")) };
    super(messages[lang]);
    this.name = "ReportError";
    this.code = code;
    this.messages = messages;
  }
}
