import { DEFAULT_LANGUAGE, type Language, type LocalizedText } from "@monitoring-social/questionnaire";
import { type IngestMessageCode, ti } from "../messages/index.ts";

/** A file that cannot be read at all (empty, binary, unreadable workbook, no header). */
export class IngestError extends Error {
  /** Stable code. */
  readonly code: IngestMessageCode;
  /** The message in French and Dutch. */
  readonly messages: LocalizedText;
  constructor(code: IngestMessageCode, params: Record<string, string | number>, lang: Language = DEFAULT_LANGUAGE) {
    const messages = { fr: ti(code, "fr", params), nl: ti(code, "nl", params) };
    super(messages[lang]);
    this.name = "IngestError";
    this.code = code;
    this.messages = messages;
  }
}
