import type { Language } from "@monitoring-social/questionnaire";

/** Narrow no-break space (U+202F): French thousands separator and space before « % ». */
export const NNBSP = "\u202f";
/** No-break space (U+00A0): inside French quotes, before a French colon. */
export const NBSP = "\u00a0";
/** True minus sign (U+2212), never a hyphen, for negative numbers and differences. */
export const MINUS = "\u2212";

/**
 * How a language writes numbers and the punctuation around them. Data, not code: the formatters
 * ({@link formatNumber}, {@link formatPercent}…) and the chart texts read it. Written by hand
 * rather than taken from `Intl`, so that the output is the same whatever ICU data Node, Deno or a
 * browser ships (byte-identical SVG).
 */
export interface Locale {
  /** BCP 47 tag of the written variant: `fr-BE`, `nl-BE`. */
  readonly tag: string;
  /** Decimal separator. */
  readonly decimal: string;
  /** Thousands separator (numbers of four digits or more). */
  readonly group: string;
  /** What comes between a number and « % ». */
  readonly percentSpace: string;
  /** Opening and closing quotation marks, with their inner spaces. */
  readonly quotes: readonly [open: string, close: string];
  /** A colon as the language writes it after a word (« Source : » / « Bron: »). */
  readonly colon: string;
  /** A semicolon between the parts of a note. */
  readonly semicolon: string;
  /** The word before the last item of a list (« a, b et c »). */
  readonly and: string;
  /** The short name of a 95 % confidence interval (« IC 95 % » / « 95%-BI »). */
  readonly ci95: string;
  /** Percentage point, in running text and in a narrow column. */
  readonly point: { readonly one: string; readonly many: string; readonly short: string };
}

/**
 * The two locales of the project. French (Belgium): decimal comma, narrow no-break space as
 * thousands separator and before « % », « guillemets » with no-break spaces, a no-break space
 * before the colon. Dutch (Belgium), as Statbel and the Flemish administration write it: decimal
 * comma, point as thousands separator (« 1.234 »), « 40% » without a space, « 95%-BI »,
 * ‘single quotes’, no space before a colon (Taalunie, « Leestekens »; DOMAIN.md glossary).
 */
export const LOCALES: Readonly<Record<Language, Locale>> = {
  fr: {
    tag: "fr-BE",
    decimal: ",",
    group: NNBSP,
    percentSpace: NNBSP,
    quotes: [`«${NBSP}`, `${NBSP}»`],
    colon: `${NBSP}: `,
    semicolon: `${NNBSP}; `,
    and: "et",
    ci95: `IC 95${NNBSP}%`,
    point: { one: "point", many: "points", short: "pt" },
  },
  nl: {
    tag: "nl-BE",
    decimal: ",",
    group: ".",
    percentSpace: "",
    quotes: ["‘", "’"],
    colon: ": ",
    semicolon: "; ",
    and: "en",
    ci95: "95%-BI",
    point: { one: "procentpunt", many: "procentpunt", short: "pp" },
  },
};

/**
 * Quotes a text as its language does: « CPAS » in French (no-break spaces inside, so a line never
 * ends on « ), ‘OCMW’ in Dutch.
 * @example quote("CPAS", "fr") // => "« CPAS »" (no-break spaces)
 * @example quote("OCMW", "nl") // => "‘OCMW’"
 */
export function quote(text: string, lang: Language): string {
  const [open, close] = LOCALES[lang].quotes;
  return `${open}${text}${close}`;
}

/**
 * A label and what follows it, joined by the language's colon: « Source : CASS » (no-break space
 * before the colon) / « Bron: CASS ».
 * @example labelled("Bron", "CASS", "nl") // => "Bron: CASS"
 */
export function labelled(label: string, text: string, lang: Language): string {
  return `${label}${LOCALES[lang].colon}${text}`;
}

/**
 * Joins items as a sentence does: « a, b et c » / « a, b en c »; one item alone, none empty.
 * @example listText(["CPAS", "commune", "asbl"], "fr") // => "CPAS, commune et asbl"
 */
export function listText(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${LOCALES[lang].and} ${items.at(-1)}`;
}
