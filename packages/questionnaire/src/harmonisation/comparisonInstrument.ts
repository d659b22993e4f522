import type { Choice, ChoiceList } from "../model/choice.ts";
import type { Condition } from "../model/condition.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import type { Question } from "../model/question.ts";
import { isChoiceKind } from "../model/questionKind.ts";
import { mappedCodes } from "./comparabilityTable.ts";
import type { Harmonisation, HarmonisationRule } from "./harmonisation.ts";
import {
  comparedInstruments,
  type HarmonisationScope,
  harmonisedInstruments,
  resolveRules,
  sourceOf,
} from "./resolveRules.ts";

/**
 * The version whose question definition (kind, wording, list) a rule's comparison question takes:
 * `definedBy` when given and available; else the newest compared version whose source is not a
 * `bin` (a number grouped into brackets defines no brackets); else the newest such version of the
 * family (the brackets of B1 come from 2021 in a study of 2025 waves only); else `undefined` (the
 * question cannot be defined from these instruments).
 * @example definingVersion(b1Rule, [worker2021, worker2025], [worker2025])?.version // => "2021"
 */
export function definingVersion(
  rule: HarmonisationRule,
  pool: readonly Instrument[],
  compared: readonly Instrument[] = pool,
): Instrument | undefined {
  if (rule.definedBy !== undefined) {
    const named = pool.find((v) => v.version === rule.definedBy);
    if (named && sourceOf(rule, named.version)) return named;
  }
  const defines = (v: Instrument) => {
    const src = sourceOf(rule, v.version);
    return src !== null && src.op !== "bin";
  };
  return [...compared].reverse().find(defines) ?? [...pool].reverse().find(defines);
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
 * The comparison schema of a harmonisation as an {@link Instrument} (version `2021-2025`, the
 * compared versions joined): one question per rule of the family, worded as in its defining
 * version ({@link definingVersion}), with the choices that every compared version asking it shares
 * (after recoding). Labels and lists of harmonised columns are read from it. A question that no
 * compared version asks is kept (its column is empty), so that a report's sections name the same
 * questions whatever the waves; one that cannot be defined from `instruments` is left out.
 *
 * Skip logic is kept when every question it reads exists in the comparison schema, and dropped
 * otherwise (the harmonised values already carry `null` for "not asked").
 *
 * @example comparisonInstrument(workerHarmonisation, workerInstruments).questions.find((q) => q.id === "B1")?.list
 * // => "tranche_temps"
 * @example comparisonInstrument(workerHarmonisation, workerInstruments, { versions: ["2025"] }).version // => "2025"
 */
export function comparisonInstrument(
  harmonisation: Harmonisation,
  instruments: readonly Instrument[],
  scope: HarmonisationScope = {},
): Instrument {
  const pool = harmonisedInstruments(harmonisation, instruments);
  const compared = comparedInstruments(harmonisation, instruments, scope);
  const newest = pool[pool.length - 1]!;
  const rules = resolveRules(harmonisation, instruments);
  const lists = new Map<string, ChoiceList>();
  const questions: Question[] = [];

  for (const rule of rules) {
    const def = definingVersion(rule, pool, compared);
    if (!def) continue;
    const src = sourceOf(rule, def.version)!;
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
      let codes = mappedCodes(rule, def) ?? own.choices.map((c) => c.code);
      // Only the choices every compared version asking the question can give.
      for (const other of compared) {
        if (other === def || !sourceOf(rule, other.version)) continue;
        const shared = mappedCodes(rule, other);
        if (shared) codes = codes.filter((c) => shared.includes(c));
      }
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

  const versions = compared.map((v) => v.version);
  return {
    id: harmonisation.instrument,
    version: versions.join("-"),
    title: {
      fr: `${newest.title.fr} — comparaison ${versions.join("–")}`,
      nl: `${newest.title.nl} — vergelijking ${versions.join("–")}`,
    },
    modules: newest.modules,
    lists: [...lists.values()],
    questions,
  };
}
