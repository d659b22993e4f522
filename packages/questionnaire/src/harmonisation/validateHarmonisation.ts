import type { QuestionnaireMessageCode } from "../messages/fr.ts";
import { tq } from "../messages/index.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import type { LocalizedText } from "../model/language.ts";
import { isChoiceKind, isNumericKind } from "../model/questionKind.ts";
import { definingVersion } from "./comparisonInstrument.ts";
import type { Harmonisation } from "./harmonisation.ts";
import { harmonisedInstruments } from "./resolveRules.ts";

/** One problem in harmonisation rules. */
export interface HarmonisationIssue {
  /** Stable message code. */
  readonly code: QuestionnaireMessageCode;
  /** Comparison question concerned. */
  readonly target: string;
  /** Message in French and Dutch, naming the question. */
  readonly message: LocalizedText;
}

/**
 * Checks harmonisation rules against the instruments of its versions: every source question exists,
 * `recode` only maps existing codes of a choice question, `bin` reads a number and produces
 * ascending brackets whose codes are the choices of the version that defines the comparison
 * question, and no comparison question is defined twice.
 *
 * @example validateHarmonisation(workerHarmonisation, workerInstruments) // => []
 */
export function validateHarmonisation(
  harmonisation: Harmonisation,
  instruments: readonly Instrument[],
): HarmonisationIssue[] {
  const pool = harmonisedInstruments(harmonisation, instruments);
  const issues: HarmonisationIssue[] = [];
  const add = (code: QuestionnaireMessageCode, target: string, params: Record<string, string>) =>
    issues.push({
      code,
      target,
      message: {
        fr: tq(code, "fr", { harmonisation: harmonisation.id, target, ...params }),
        nl: tq(code, "nl", { harmonisation: harmonisation.id, target, ...params }),
      },
    });
  const targets = new Set<string>();
  for (const rule of harmonisation.rules) {
    if (targets.has(rule.target)) add("harmonisation_duplicate_target", rule.target, {});
    targets.add(rule.target);
    for (const instrument of pool) {
      const version = instrument.version;
      const src = rule.sources[version];
      if (!src) continue;
      const q = instrument.questions.find((x) => x.id === src.question);
      if (!q) {
        add("harmonisation_unknown_question", rule.target, { question: src.question, version });
        continue;
      }
      const bad = () => add("harmonisation_bad_source", rule.target, { op: src.op, kind: q.kind, version });
      if (src.op === "recode") {
        if (!isChoiceKind(q.kind) || q.list === undefined) {
          bad();
          continue;
        }
        const codes = choiceList(instrument, q).choices.map((c) => c.code);
        for (const code of Object.keys(src.codes)) {
          if (!codes.includes(code)) add("harmonisation_unknown_code", rule.target, { code, question: q.id, version });
        }
      }
      if (src.op === "bin") {
        if (!isNumericKind(q.kind)) {
          bad();
          continue;
        }
        const other = definingVersion(rule, pool);
        const os = other ? rule.sources[other.version] : undefined;
        const oq = other && os ? other.questions.find((x) => x.id === os.question) : undefined;
        const otherCodes = other && oq?.list ? choiceList(other, oq).choices.map((c) => c.code) : [];
        const ascending = src.bins.every((b, i) => i === 0 || b.max > src.bins[i - 1]!.max);
        const known = src.bins.every((b) => otherCodes.includes(b.code));
        if (!ascending || !known || src.bins.length === 0) add("harmonisation_bad_bins", rule.target, {});
      }
    }
  }
  return issues;
}
