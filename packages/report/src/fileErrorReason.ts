import { DEFAULT_LANGUAGE, type Language } from "@monitoring-social/questionnaire";
import { type ReportMessageCode, tr } from "./messages/index.ts";

const REASONS: Readonly<Record<string, ReportMessageCode>> = {
  ENOENT: "fs_not_found",
  EISDIR: "fs_is_directory",
  ENOTDIR: "fs_not_directory",
  EACCES: "fs_denied",
  EPERM: "fs_denied",
  EEXIST: "fs_exists",
  ENOSPC: "fs_no_space",
  EDQUOT: "fs_no_space",
  EROFS: "fs_read_only",
  EMFILE: "fs_busy",
  ENFILE: "fs_busy",
};

/**
 * Why a file could not be read or written, in the user's language, from the system's error code
 * (`ENOENT` → « fichier introuvable »): never the system's own text.
 * @example fileErrorReason(Object.assign(new Error(), { code: "ENOENT" }), "nl") // => "bestand niet gevonden"
 */
export function fileErrorReason(error: unknown, lang: Language = DEFAULT_LANGUAGE): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return tr((code !== undefined && REASONS[code]) || "fs_other", lang);
}
