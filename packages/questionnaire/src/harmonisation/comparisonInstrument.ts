import type { Choice, ChoiceList } from "../model/choice.ts";
import type { Condition } from "../model/condition.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import type { Question } from "../model/question.ts";
import { isChoiceKind } from "../model/questionKind.ts";
import { mappedCodes } from "./comparabilityTable.ts";
import type { Harmonisation, HarmonisationRule } from "./harmonisation.ts";
import { resolveRules, sourceOf, versionPair } from "./resolveRules.ts";

/** Version whose question definition a rule's comparison question takes. */
export function definingVersion(rule: HarmonisationRule, pair: readonly [Instrument, Instrument]): Instrument {
  const [older, newer] = pair;
  if (rule.definedBy !== undefined) return rule.definedBy === older.version ? older : newer;
  const sa = sourceOf(rule, older.version);
  const sb = sourceOf(rule, newer.version);
  if (!sb || sb.op === "bin") return older;
  if (!sa) return newer;
  return newer;
}

function mapCondition(c: Condition, targetOf: (id: string) => string | undefined): Condition | undefined {
  switch (c.op) {
    case "and":
    case "or": {
      const parts = c.conditions.map((d) => mapCondition(d, targetOf));
      return parts.every((p) => p !== undefined) ? { op: c.op, conditions: parts as Condition[] } : undefined;
    }
    case "not": {
      const inner = mapCondition(c.condition, targetOf);
      return inner ? { op: "not", condition: inner } : undefined;
    }
    default: {
      const target = targetOf(c.question);
      return target === undefined ? undefined : { ...c, question: target };
    }
  }
}

/**
 * The comparison schema of a harmonisation as an {@link Instrument} (version `2021-2025`): one
 * question per rule, worded as in its defining version, with the choices both versions share (after
 * recoding). Labels and lists of harmonised columns are read from it.
 *
 * Skip logic is kept when every question it reads exists in the comparison schema, and dropped
 * otherwise (the harmonised values already carry `null` for "not asked").
 *
 * @example comparisonInstrument(workerHarmonisation, workerInstruments).questions.find((q) => q.id === "B1")?.list
 * // => "tranche_temps"
 */
export function comparisonInstrument(harmonisation: Harmonisation, instruments: readonly Instrument[]): Instrument {
  const pair = versionPair(harmonisation, instruments);
  const [older, newer] = pair;
  const rules = resolveRules(harmonisation, instruments);
  const lists = new Map<string, ChoiceList>();
  const questions: Question[] = [];

  for (const rule of rules) {
    const def = definingVersion(rule, pair);
    const src = sourceOf(rule, def.version) ?? sourceOf(rule, older.version) ?? sourceOf(rule, newer.version);
    if (!src) continue;
    const source = def.questions.find((q) => q.id === src.question);
    if (!source) continue;
    const targetOf = (id: string): string | undefined => {
      const r = rules.find((x) => sourceOf(x, def.version)?.question === id);
      // A binned source changes kind (number → brackets): a condition on it cannot be carried over.
      return r && sourceOf(r, def.version)?.op !== "bin" ? r.target : undefined;
    };
    const relevant = source.relevant ? mapCondition(source.relevant, targetOf) : undefined;
    let list = source.list;
    if (isChoiceKind(source.kind) && source.list !== undefined) {
      const own = choiceList(def, source);
      const other = def === older ? newer : older;
      const shared = sourceOf(rule, other.version) ? mappedCodes(rule, other) : null;
      const mine = mappedCodes(rule, def) ?? own.choices.map((c) => c.code);
      const codes = shared ? mine.filter((c) => shared.includes(c)) : mine;
      const choices: Choice[] = codes.map(
        (code) =>
          own.choices.find((c) => c.code === code) ?? {
            code,
            label: { fr: code, nl: code },
          },
      );
      const same = choices.length === own.choices.length;
      list = same ? own.name : `cmp_${rule.target}`;
      if (!lists.has(list)) lists.set(list, same ? own : { name: list, choices });
    }
    const { relevant: _dropped, ...rest } = source;
    questions.push({
      ...rest,
      id: rule.target,
      ...(list !== undefined ? { list } : {}),
      ...(relevant ? { relevant } : {}),
    });
  }

  return {
    id: harmonisation.instrument,
    version: harmonisation.versions.join("-"),
    title: {
      fr: `${newer.title.fr} — comparaison ${harmonisation.versions.join("–")}`,
      nl: `${newer.title.nl} — vergelijking ${harmonisation.versions.join("–")}`,
    },
    modules: newer.modules,
    lists: [...lists.values()],
    questions,
  };
}
