import { translator } from "./catalogue.ts";
import { fr } from "./fr.ts";
import { nl } from "./nl.ts";

export { type Catalogue, formatMessage, type MessageParams, translator } from "./catalogue.ts";
export type { QuestionnaireMessageCode } from "./fr.ts";

/** The questionnaire package's catalogue, French and Dutch. */
export const questionnaireMessages = { fr, nl } as const;

/** Translates a questionnaire message code. */
export const tq = translator(questionnaireMessages);
