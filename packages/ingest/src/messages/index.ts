import { translator } from "@monitoring-social/questionnaire";
import { fr } from "./fr.ts";
import { nl } from "./nl.ts";

export type { IngestMessageCode } from "./fr.ts";

/** The ingest package's catalogue, French and Dutch. */
export const ingestMessages = { fr, nl } as const;

/** Translates an ingest message code. */
export const ti = translator(ingestMessages);
