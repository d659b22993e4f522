import { translator } from "@monitoring-social/questionnaire";
import { fr } from "./fr.ts";
import { nl } from "./nl.ts";

export type { ReportMessageCode } from "./fr.ts";

/** The report package's catalogue, French and Dutch. */
export const reportMessages = { fr, nl } as const;

/** Translates a report message code. */
export const tr = translator(reportMessages);
