/**
 * The reviewed Dutch (Belgian usage) glossary of the project's domain, as data: which Dutch term
 * every catalogue, label and report uses for each French term, and the forms that must not be
 * written (a test scans every Dutch catalogue and label of the repository with {@link checkDutch}).
 * Sources: DOMAIN.md (« Dutch glossary »), the Flemish administration's usage (OCMW, leefloon,
 * verhoogde tegemoetkoming, Groeipakket), Taalunie rules on percentages and quotation marks.
 */

/** Where a Dutch text is read: on the questionnaire (`form`) or in results (charts, tables, reports). */
export const DutchScope = { form: "form", results: "results" } as const;
/** `form` (what respondents read) or `results` (what readers of the figures read). */
export type DutchScope = (typeof DutchScope)[keyof typeof DutchScope];

/**
 * Whether a value is a Dutch scope.
 * @example isDutchScope("form") // => true
 */
export function isDutchScope(value: unknown): value is DutchScope {
  return value === "form" || value === "results";
}

/** A form that must not be written, what to write instead, and where it is nonetheless right. */
export interface DutchRule {
  /** What is wrong (case-insensitive unless the pattern says otherwise). */
  readonly pattern: RegExp;
  /** What to write instead. */
  readonly write: string;
  /** Why. */
  readonly why: string;
  /** Only wrong in this scope (e.g. « (preciseer) » is right on the form). Default: every scope. */
  readonly scope?: DutchScope;
  /**
   * Texts where the form is right, by the id the checker is given (e.g. the function « maatschappelijk
   * werker », choice `fonction.assistant_social`). Default: none.
   */
  readonly allowedIn?: readonly string[];
}

/** One entry of the glossary: the French term, the Dutch one, and the forms to avoid. */
export interface GlossaryTerm {
  /** French term. */
  readonly fr: string;
  /** Dutch (Belgium) term. */
  readonly nl: string;
  /** Usage note. Default: none. */
  readonly note?: string;
  /** Forms that must not stand for this term. Default: none. */
  readonly avoid?: readonly DutchRule[];
}

/** The glossary (DOMAIN.md), with the wrong forms met in the catalogues before it was applied. */
export const DUTCH_GLOSSARY: readonly GlossaryTerm[] = [
  {
    fr: "travailleur·euse social·e (tout travailleur social)",
    nl: "sociaal werker",
    note: "« maatschappelijk werker » is the function « assistant·e social·e »",
    avoid: [
      {
        pattern: /maatschappelijke? werkers?\b/i,
        write: "sociaal werker(s)",
        why: "« maatschappelijk werker » is one function (assistant social), not every social worker",
        allowedIn: ["choice:fonction.assistant_social"],
      },
    ],
  },
  { fr: "assistant·e social·e (fonction)", nl: "maatschappelijk werker" },
  {
    fr: "CPAS",
    nl: "OCMW",
    avoid: [{ pattern: /\bCPAS\b/, write: "OCMW", why: "the Dutch name of the public social welfare centre" }],
  },
  { fr: "asbl", nl: "vzw", avoid: [{ pattern: /\ba\.?s\.?b\.?l\b/i, write: "vzw", why: "Dutch abbreviation" }] },
  {
    fr: "non-recours (aux droits)",
    nl: "niet-gebruik (van rechten)",
    note: "non-connaissance → niet-kennen; non-demande → niet-aanvragen; non-réception → niet-ontvangen; non-proposition → niet-aanbieden",
    avoid: [
      { pattern: /niet-kennis/i, write: "niet-kennen", why: "ODENORE typology in Dutch" },
      { pattern: /niet-aanvraag\b/i, write: "niet-aanvragen", why: "ODENORE typology in Dutch" },
      { pattern: /niet-ontvangst/i, write: "niet-ontvangen", why: "ODENORE typology in Dutch" },
      { pattern: /niet-aanbod/i, write: "niet-aanbieden", why: "ODENORE typology in Dutch" },
      { pattern: /\bnon-take-up\b|niet-opname/i, write: "niet-gebruik", why: "the Belgian term" },
    ],
  },
  {
    fr: "guichet ; guichet sans rendez-vous",
    nl: "loket ; loket zonder afspraak (vrije inloop)",
    avoid: [{ pattern: /guichet/i, write: "loket", why: "French word" }],
  },
  {
    fr: "joignable par téléphone",
    nl: "telefonisch bereikbaar",
    avoid: [
      { pattern: /bereikbare telefoon/i, write: "telefonisch bereikbaar", why: "a person is reachable, not a phone" },
    ],
  },
  {
    fr: "domiciliation (inscription à une adresse)",
    nl: "inschrijving in het bevolkingsregister / adreswijziging",
    avoid: [
      {
        pattern: /domicili[eë]ring/i,
        write: "inschrijving / adreswijziging",
        why: "« domiciliëring » is a bank direct debit in Belgium",
      },
    ],
  },
  { fr: "composition de ménage", nl: "gezinssamenstelling" },
  {
    fr: "revenu d'intégration (RIS)",
    nl: "leefloon",
    avoid: [{ pattern: /\bRIS\b|integratie-?inkomen/, write: "leefloon", why: "the Dutch name of the right" }],
  },
  {
    fr: "statut BIM",
    nl: "verhoogde tegemoetkoming (VT)",
    avoid: [
      { pattern: /\bBIM\b|VT-statuut/, write: "verhoogde tegemoetkoming (VT)", why: "the Dutch name of the status" },
    ],
  },
  {
    fr: "mutualité",
    nl: "ziekenfonds",
    avoid: [{ pattern: /mutualiteit/i, write: "ziekenfonds", why: "Gallicism" }],
  },
  {
    fr: "ONEM / CAPAC",
    nl: "RVA / HVW",
    avoid: [{ pattern: /\b(ONEM|CAPAC)\b/, write: "RVA / HVW", why: "the Dutch names of the institutions" }],
  },
  { fr: "allocations familiales", nl: "kinderbijslag (Groeipakket)" },
  { fr: "tarif social", nl: "sociaal tarief" },
  {
    fr: "ETP",
    nl: "VTE (voltijdsequivalent)",
    avoid: [{ pattern: /\bETP\b/, write: "VTE", why: "Dutch abbreviation" }],
  },
  {
    fr: "FALC",
    nl: "Makkelijk Lezen (eenvoudige taal)",
    avoid: [{ pattern: /\bFALC\b/, write: "Makkelijk Lezen", why: "French abbreviation" }],
  },
  {
    fr: "Lecture : …",
    nl: "Leeswijzer: …",
    avoid: [{ pattern: /\bLezing:/, write: "Leeswijzer:", why: "« lezing » is a lecture or an interpretation" }],
  },
  {
    fr: "Autre (précisez) — as a category in results",
    nl: "Andere",
    avoid: [
      {
        pattern: /\(preciseer\)/i,
        write: "Andere",
        why: "« (preciseer) » asks the respondent to specify: it belongs on the form only",
        scope: "results",
      },
    ],
  },
  { fr: "Données fictives", nl: "Fictieve gegevens" },
  {
    fr: "obstacles (rencontrés par le public)",
    nl: "drempels",
    note: "one term in titles, navigation and labels",
    avoid: [
      {
        pattern: /hindernis|obstakel/i,
        write: "drempel(s)",
        why: "one term for the obstacles, as the questionnaire says",
      },
    ],
  },
  {
    fr: "IC 95 %",
    nl: "95%-BI",
    avoid: [
      { pattern: /\bIC 95|95 ?% ?BI\b|BI 95/, write: "95%-BI", why: "the Dutch abbreviation, written as one word" },
    ],
  },
];

/** Typography of nl-BE (Taalunie): the house rules every Dutch text follows. */
export const DUTCH_TYPOGRAPHY: readonly DutchRule[] = [
  { pattern: /[\d}][ \u00a0\u202f]%/, write: "40%", why: "no space before % in Dutch" },
  { pattern: /[«»]/, write: '‘…’ or "…"', why: "Dutch quotation marks" },
  {
    pattern: /[ \u00a0\u202f][:;?!](?=\s|$)/,
    write: "« word: »",
    why: "no space before a colon, semicolon, ? or ! in Dutch",
  },
];

/** A wrong form found in a Dutch text. */
export interface DutchIssue {
  /** Where the text comes from (the id given to the checker). */
  readonly where: string;
  /** What was found. */
  readonly found: string;
  /** What to write instead. */
  readonly write: string;
  /** Why. */
  readonly why: string;
}

/**
 * The wrong forms of a Dutch text: terms the glossary replaces and French typography. `where`
 * names the text (a catalogue code, `choice:list.code`, possibly prefixed: `worker@2025:choice:…`):
 * a rule allowed there is skipped; `scope`
 * says whether respondents (`form`) or readers of results read it. No issue: an empty list.
 * @example checkDutch("Lezing: 40 % van de maatschappelijk werkers", "report:key_findings_reading")
 * // => three issues: « Lezing: » (Leeswijzer:), « maatschappelijk werkers » (sociaal werkers), « 0 % » (40%)
 * @example checkDutch("Maatschappelijk werker", "choice:fonction.assistant_social") // => []
 */
export function checkDutch(text: string, where: string, scope: DutchScope = "results"): DutchIssue[] {
  const rules = [...DUTCH_GLOSSARY.flatMap((t) => t.avoid ?? []), ...DUTCH_TYPOGRAPHY];
  const issues: DutchIssue[] = [];
  for (const rule of rules) {
    if (rule.scope !== undefined && rule.scope !== scope) continue;
    if (rule.allowedIn?.some((a) => where === a || where.endsWith(`:${a}`))) continue;
    const flags = rule.pattern.flags.includes("g") ? rule.pattern.flags : `${rule.pattern.flags}g`;
    for (const m of text.matchAll(new RegExp(rule.pattern.source, flags))) {
      issues.push({ where, found: m[0], write: rule.write, why: rule.why });
    }
  }
  return issues;
}
