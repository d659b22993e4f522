import { DEFAULT_LANGUAGE, type Language, type LocalizedText } from "@monitoring-social/questionnaire";
import type { ColumnRecognition } from "../mapping/recogniseColumns.ts";
import { type IngestMessageCode, ti } from "../messages/index.ts";

/** A file that cannot be read at all (empty, binary, unreadable workbook, no header, no known column). */
export class IngestError extends Error {
  /** Stable code. */
  readonly code: IngestMessageCode;
  /** The message in French and Dutch. */
  readonly messages: LocalizedText;
  /** What column recognition found, when the header could be read (to propose a mapping). */
  readonly columns: readonly ColumnRecognition[] | undefined;
  constructor(
    code: IngestMessageCode,
    params: Record<string, string | number> | ((lang: Language) => Record<string, string | number>),
    lang: Language = DEFAULT_LANGUAGE,
    columns?: readonly ColumnRecognition[],
  ) {
    const of = (l: Language) => (typeof params === "function" ? params(l) : params);
    const messages = { fr: ti(code, "fr", of("fr")), nl: ti(code, "nl", of("nl")) };
    super(messages[lang]);
    this.name = "IngestError";
    this.code = code;
    this.messages = messages;
    this.columns = columns;
  }
}
