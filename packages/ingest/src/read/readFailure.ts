import type { IngestMessageCode } from "../messages/index.ts";

/**
 * A file the reader refuses, before it knows the file's name or the user's language: `readWave`
 * turns it into an `IngestError` (file name added, message in the user's language).
 */
export class ReadFailure extends Error {
  /** Stable code of the message. */
  readonly code: IngestMessageCode;
  /** Parameters of the message (the file name is added by `readWave`). */
  readonly params: Readonly<Record<string, string | number>>;
  constructor(code: IngestMessageCode, params: Readonly<Record<string, string | number>> = {}) {
    super(code);
    this.name = "ReadFailure";
    this.code = code;
    this.params = params;
  }
}
