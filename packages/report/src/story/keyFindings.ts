import { formatDifference, formatNumber, LOCALES } from "@monitoring-social/charts";
import type { Language } from "@monitoring-social/questionnaire";
import type { Block, Finding } from "../content/block.ts";
import { tr } from "../messages/index.ts";
import { formatP } from "../wording/formatP.ts";
import { testName } from "../wording/testName.ts";
import type { FindingFacts } from "./findingFacts.ts";
import { factParams, factSubject } from "./findingTitle.ts";
import { rankFindings } from "./rankFindings.ts";

/** Options of {@link keyFindings}. */
export interface KeyFindingsOptions {
  /** Language. Required. */
  readonly lang: Language;
  /**
   * The groups of the comparison the headlines come from, in the order of its difference (for
   * « between 2021 and 2025 », « between Ixelles and Forest »): the first and the last are named.
   * Required.
   */
  readonly waves: readonly string[];
  /**
   * Whether that comparison is a change over time (« changements ») or a gap between places
   * (« écarts »); each listed finding is worded by its own facts. Default: `true`.
   */
  readonly change?: boolean;
  /** Most findings listed. Default: `5`. */
  readonly max?: number;
  /** Fewer demonstrated findings than this are said plainly, with what did not change. Default: `3`. */
  readonly min?: number;
}

/** How much a finding changed, in words: « 30,7 points », « 0,7 h/semaine ». */
function magnitude(facts: FindingFacts, lang: Language): string {
  const x = Math.abs(facts.difference);
  if (facts.scale === "share") return formatDifference(x, lang).replace(/^\+/, "");
  return `${formatNumber(x, lang, { digits: facts.digits })}${facts.unit ? ` ${facts.unit}` : ""}`;
}

/**
 * A demonstrated finding as a plain sentence, the later value first, without interval or test
 * (they go in the note): « Guichet sans rendez-vous : 27 % en 2025 contre 52 % en 2021, soit 25,3
 * points de moins. » A comparison also made at equal composition says both in the same sentence.
 * A gap between two places (`facts.change === false`) is said as a gap: « 60 % (Forest) contre
 * 39 % (Ixelles), soit 21,1 points de plus (Forest) », never as a rise.
 * @example plainFinding(facts, "nl") // => "Loket zonder afspraak: 27% in 2025 tegenover 52% in 2021, of 25,3 procentpunt minder."
 */
export function plainFinding(facts: FindingFacts, lang: Language): string {
  const adjusted = facts.atComposition;
  const params = {
    ...factParams(facts, lang),
    magnitude: magnitude(facts, lang),
    adjusted: adjusted ? magnitude(adjusted.facts, lang) : "",
    qualifier: adjusted?.qualifier ?? "",
  };
  const rise = facts.difference > 0;
  if (facts.change === false) return tr(rise ? "story_plain_gap_higher" : "story_plain_gap_lower", lang, params);
  const code = adjusted
    ? rise
      ? "story_plain_rise_adjusted"
      : "story_plain_fall_adjusted"
    : rise
      ? "story_plain_rise"
      : "story_plain_fall";
  return tr(code, lang, params);
}

/** The test of a finding, for the note: « test du khi², p ajustée < 0,001 ». */
function testOf(facts: FindingFacts, lang: Language): string {
  return `${testName(facts.test, lang)}, ${formatP(facts.p, lang, { adjusted: facts.adjusted })}`;
}

/** A list in a sentence, by semicolons (its items may hold commas and colons). */
function sentenceList(items: readonly string[], lang: Language): string {
  return items.join(LOCALES[lang].semicolon);
}

/**
 * The key findings of a report, written from the sections' headline findings: the `max` largest
 * demonstrated changes (significant after Holm AND interval excluding 0), ranked by size — the
 * absolute difference in percentage points for shares, the standardized difference for means
 * ({@link findingSize}) — each as one plain sentence ({@link plainFinding}; a comparison made raw and
 * at equal composition is one sentence), then one note with the test and p of each, in the list's
 * order. Fewer than `min` demonstrated changes are said plainly, with what did not change in one
 * sentence; more than `max` are named in one sentence. The sentences are not those of the sections
 * below (which keep the intervals and the tests).
 * Missing values: a headline without numbers (withheld, a summary of a question) is never listed as
 * a change; its subject is listed among what did not change.
 * @example keyFindings(headlines, { lang: "fr", waves: ["2021", "2025"] }).map((b) => b.kind) // => ["findings", "paragraph"]
 */
export function keyFindings(headlines: readonly Finding[], options: KeyFindingsOptions): Block[] {
  const { lang, waves } = options;
  const max = options.max ?? 5;
  const min = options.min ?? 3;
  const ranked = rankFindings(headlines);
  const shown = ranked.slice(0, max);
  const a = waves[0] ?? "";
  const b = waves.at(-1) ?? "";
  const gap = options.change === false;
  const blocks: Block[] = [];
  if (shown.length < min)
    blocks.push({
      kind: "paragraph",
      text: tr(
        shown.length === 0
          ? gap
            ? "story_none_gap"
            : "story_none"
          : shown.length === 1
            ? gap
              ? "story_one_gap"
              : "story_one"
            : gap
              ? "story_few_gap"
              : "story_few",
        lang,
        { k: shown.length, a, b },
      ),
    });
  if (shown.length > 0) {
    blocks.push({
      kind: "findings",
      items: shown.map((f) => ({ text: plainFinding(f.facts!, lang), significant: true, facts: f.facts! })),
    });
    const tests = shown.map((f) => {
      const facts = f.facts!;
      const adjusted = facts.atComposition;
      const main = testOf(facts, lang);
      const both = adjusted
        ? tr("story_test_adjusted", lang, {
            test: main,
            qualifier: adjusted.qualifier,
            adjusted: testOf(adjusted.facts, lang),
          })
        : main;
      return tr("story_test_item", lang, { subject: facts.label, test: both });
    });
    blocks.push({ kind: "paragraph", text: tr("story_tests", lang, { tests: tests.join(LOCALES[lang].semicolon) }) });
  }
  const subjects = (fs: readonly Finding[]) =>
    fs.map((f) => (f.facts ? factSubject(f.facts, lang) : (f.subject ?? ""))).filter(Boolean);
  if (ranked.length > max)
    blocks.push({
      kind: "paragraph",
      text: tr(gap ? "story_more_gap" : "story_more", lang, { items: sentenceList(subjects(ranked.slice(max)), lang) }),
    });
  const unchanged = subjects(headlines.filter((f) => !ranked.includes(f)));
  if (shown.length < min && unchanged.length > 0)
    blocks.push({
      kind: "paragraph",
      text: tr(gap ? "story_unchanged_gap" : "story_unchanged", lang, { items: sentenceList(unchanged, lang) }),
    });
  return blocks;
}
