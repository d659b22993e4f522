import type { BrusselsCommune } from "../communes/brusselsCommunes.ts";
import { tq } from "../messages/index.ts";
import type { Choice } from "../model/choice.ts";
import { choiceList, type Instrument } from "../model/instrument.ts";
import { DEFAULT_LANGUAGE, type Language } from "../model/language.ts";
import type { Question } from "../model/question.ts";
import { isNumericKind } from "../model/questionKind.ts";
import { paperNumberText } from "./conditionInWords.ts";
import { paperFormCss } from "./paperFormCss.ts";
import { questionNumber } from "./questionNumber.ts";
import { filterSentence, jumpSentence, type QuestionSkips, skipInstructions } from "./skipInstructions.ts";

/** Options of {@link paperFormHtml}. */
export interface PaperFormOptions {
  /** Language of the form. Default: `"fr"`. */
  readonly lang?: Language;
  /** Commune where the survey is run: named under the title and in the header of every page. Default: none. */
  readonly commune?: BrusselsCommune;
  /** Digit boxes of the respondent number at the top of every page. Default: `4`. */
  readonly respondentDigits?: number;
  /** Ruled lines under a free-text question. Default: `5`. */
  readonly textLines?: number;
}

/** Likert batteries: at least this many consecutive items become one grid. */
const GRID_MIN_ITEMS = 3;
/** Lists longer than this are printed in two columns. */
const TWO_COLUMNS_FROM = 7;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * French spacing: a no-break space inside « » and before : ; ? !, so that a line never starts with
 * « ? » or ends with « « ». Dutch text is left as is.
 */
const typography = (s: string, lang: Language): string =>
  lang === "fr" ? s.replace(/« /g, "«\u00a0").replace(/ ([»:;?!])/g, "\u00a0$1") : s;

const digits = (n: number): string => `<span class="digits">${'<span class="digit"></span>'.repeat(n)}</span>`;
const box = '<span class="box"></span>';

/** A message whose `{placeholders}` are HTML fragments: the text is escaped, the fragments are not. */
function withHtml(code: Parameters<typeof tq>[0], lang: Language, html: Readonly<Record<string, string>>): string {
  const tokens = Object.keys(html);
  const text = escapeHtml(tq(code, lang, Object.fromEntries(tokens.map((k, i) => [k, `\ue000${i}\ue000`]))));
  return text.replace(/\ue000(\d+)\ue000/g, (_, i: string) => html[tokens[Number(i)]!]!);
}

/** Digit boxes for a number question, from its range: as many boxes as the largest value has digits. */
function numberBoxes(q: Question): string {
  const max = q.range?.max ?? (q.kind === "percent" ? 100 : undefined);
  const whole =
    max === undefined ? (q.kind === "integer" ? 4 : 3) : Math.max(1, String(Math.floor(Math.abs(max))).length);
  const decimals = q.kind === "decimal" ? `<span class="comma">,</span>${digits(2)}` : "";
  const unit = q.kind === "percent" ? '<span class="unit">%</span>' : "";
  return `<div class="answer">${digits(whole)}${decimals}${unit}</div>`;
}

/** The range of a number question as the sentence under its boxes, or `null` when unbounded. */
function rangeSentence(q: Question, lang: Language): string | null {
  const min = q.range?.min ?? (q.kind === "percent" ? 0 : undefined);
  const max = q.range?.max ?? (q.kind === "percent" ? 100 : undefined);
  if (min !== undefined && max !== undefined)
    return tq("paper_range_between", lang, { min: paperNumberText(min), max: paperNumberText(max) });
  if (min !== undefined) return tq("paper_range_min", lang, { min: paperNumberText(min) });
  if (max !== undefined) return tq("paper_range_max", lang, { max: paperNumberText(max) });
  return null;
}

const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();

interface Context {
  readonly instrument: Instrument;
  readonly lang: Language;
  readonly skips: ReadonlyMap<string, QuestionSkips>;
  readonly textLines: number;
}

function label(ctx: Context, q: Question): string {
  const n = escapeHtml(questionNumber(ctx.instrument, q.id));
  return `<p class="label"><span class="num">${n}</span> ${escapeHtml(q.label[ctx.lang])}</p>`;
}

function choiceItem(ctx: Context, c: Choice, skips: QuestionSkips): string {
  const jump = skips.jumps.find((j) => j.when.kind === "choices" && j.when.codes.includes(c.code));
  const go =
    jump === undefined
      ? ""
      : ` <span class="go">→ ${escapeHtml(jump.goTo === null ? "…" : questionNumber(ctx.instrument, jump.goTo))}</span>`;
  const specify = c.other ? ` <span class="specify"></span>` : "";
  return `<li>${box}<span>${escapeHtml(c.label[ctx.lang])}${specify}${go}</span></li>`;
}

function answers(ctx: Context, q: Question, skips: QuestionSkips): string {
  const { lang } = ctx;
  switch (q.kind) {
    case "single":
    case "ordinal":
    case "multiple": {
      const choices = choiceList(ctx.instrument, q).choices;
      const how = tq(q.kind === "multiple" ? "paper_many_boxes" : "paper_one_box", lang);
      const cls = choices.length >= TWO_COLUMNS_FROM ? "choices two" : "choices";
      const items = choices.map((c) => choiceItem(ctx, c, skips)).join("");
      return `<p class="how">${escapeHtml(how)}</p><ul class="${cls}">${items}</ul>`;
    }
    case "integer":
    case "decimal":
    case "percent": {
      const range = rangeSentence(q, lang);
      const how = [tq("paper_number", lang), range].filter(Boolean).join(" ");
      return `<p class="how">${escapeHtml(how)}</p>${numberBoxes(q)}`;
    }
    case "date":
      return `<div class="answer">${digits(2)}<span class="comma">/</span>${digits(2)}<span class="comma">/</span>${digits(4)}</div><span class="caption">${escapeHtml(tq("paper_date", lang))}</span>`;
    case "text":
      return `<p class="how">${escapeHtml(tq("paper_text", lang))}</p><div class="lines">${"<div></div>".repeat(ctx.textLines)}</div>`;
  }
}

function questionBlock(ctx: Context, q: Question): string {
  const skips = ctx.skips.get(q.id)!;
  const filter = filterSentence(ctx.instrument, skips, ctx.lang);
  const hint = q.hint?.[ctx.lang];
  const parts = [
    label(ctx, q),
    filter === null ? "" : `<p class="filter">${escapeHtml(filter)}</p>`,
    // A hint that only repeats the range (« Un nombre de 0 à 100. ») is printed once, as the range.
    hint === undefined || (isNumericKind(q.kind) && same(hint, rangeSentence(q, ctx.lang)))
      ? ""
      : `<p class="hint">${escapeHtml(hint)}</p>`,
    answers(ctx, q, skips),
    ...skips.jumps.map((j) => `<p class="jump">→ ${escapeHtml(jumpSentence(ctx.instrument, q.id, j, ctx.lang))}</p>`),
  ];
  return `<div class="q" id="q-${escapeHtml(q.id)}">${parts.join("")}</div>`;
}

/** Whether a question can sit in a Likert grid: ordinal, always asked, no hint, no jump after it. */
function griddable(ctx: Context, q: Question): boolean {
  return q.kind === "ordinal" && !q.relevant && !q.hint && ctx.skips.get(q.id)!.jumps.length === 0;
}

function gridBlock(ctx: Context, items: readonly Question[]): string {
  const choices = choiceList(ctx.instrument, items[0]!).choices;
  const head = `<tr><th class="item"></th>${choices.map((c) => `<th>${escapeHtml(c.label[ctx.lang])}</th>`).join("")}</tr>`;
  const rows = items
    .map(
      (q) =>
        `<tr id="q-${escapeHtml(q.id)}"><th><span class="num">${escapeHtml(questionNumber(ctx.instrument, q.id))}</span> ${escapeHtml(q.label[ctx.lang])}</th>${choices.map(() => `<td>${box}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<div class="q grid-block"><p class="how">${escapeHtml(tq("paper_one_box_per_row", ctx.lang))}</p><table class="grid"><colgroup><col>${choices.map(() => '<col class="choice">').join("")}</colgroup><thead>${head}</thead><tbody>${rows}</tbody></table></div>`;
}

/** The questions of a module as blocks: consecutive Likert items on one scale become one grid. */
function moduleBlocks(ctx: Context, questions: readonly Question[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < questions.length; ) {
    const q = questions[i]!;
    let j = i;
    while (j < questions.length && griddable(ctx, questions[j]!) && questions[j]!.list === q.list) j++;
    if (j - i >= GRID_MIN_ITEMS) {
      out.push(gridBlock(ctx, questions.slice(i, j)));
      i = j;
    } else {
      out.push(questionBlock(ctx, q));
      i++;
    }
  }
  return out;
}

function intro(lang: Language): string {
  const para = (code: Parameters<typeof tq>[0], html: Readonly<Record<string, string>> = {}) =>
    withHtml(code, lang, html)
      .split("\n")
      .map((line) => `<p>${line}</p>`)
      .join("");
  const ticked = '<span class="box ticked">X</span>';
  const cancelled = '<span class="box cancelled"></span>';
  return `<section class="intro"><h2>${escapeHtml(tq("paper_intro_why_title", lang))}</h2>${para("paper_intro_why")}<h2>${escapeHtml(tq("paper_intro_how_title", lang))}</h2>${para("paper_intro_how", { ticked, cancelled })}<h2>${escapeHtml(tq("paper_intro_privacy_title", lang))}</h2>${para("paper_intro_privacy")}</section>`;
}

/**
 * The printable paper form of an instrument, as one self-contained HTML page (no script, no file
 * or font to fetch): A4, type of 12 pt or more, an easy-to-read (FALC) introduction, every question
 * in order with its number, boxes to tick, digit boxes for numbers and dates, lines for free text,
 * the skip logic in words — « Répondez à cette question seulement si … » at a filtered question and
 * « Si vous avez répondu « Jamais » ou « Ne sait pas », passez à la question F1. » under the answers
 * that skip ahead (see {@link skipInstructions}) — and the respondent number on every printed page,
 * so that loose pages can be matched. Consecutive Likert items on one scale are printed as a grid.
 * Fonts: DejaVu Sans when installed (the PDF printer embeds it), else Verdana or Arial. Pure and
 * deterministic: the same instrument and options give the same bytes.
 *
 * @example paperFormHtml(worker2025, { lang: "nl", commune: findBrusselsCommune("1080") }).includes("Ga dan naar vraag F1") // => true
 */
export function paperFormHtml(instrument: Instrument, options: PaperFormOptions = {}): string {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const ctx: Context = {
    instrument,
    lang,
    skips: new Map(skipInstructions(instrument).map((s) => [s.question, s])),
    textLines: options.textLines ?? 5,
  };
  const commune = options.commune;
  const title = instrument.title[lang];
  const short = title.split(" — ")[0]!;
  const running = commune ? `${short} — ${commune.name[lang]}` : short;
  const modules = instrument.modules
    .map((m) => {
      const qs = instrument.questions.filter((q) => q.module === m.id);
      if (qs.length === 0) return "";
      return `<h2 class="module">${escapeHtml(m.label[lang])}</h2>${moduleBlocks(ctx, qs).join("")}`;
    })
    .join("");
  const header = `<div class="running"><span class="form">${escapeHtml(running)}</span><span class="respondent">${escapeHtml(tq("paper_respondent", lang))} ${digits(options.respondentDigits ?? 4)}</span></div>`;
  const communeLine = commune
    ? `<p class="commune">${escapeHtml(tq("paper_commune", lang, { commune: `${commune.name[lang]} (${commune.postcode})` }))}</p>`
    : "";
  const end = `<div class="end"><p class="thanks">${escapeHtml(tq("paper_thanks", lang))}</p><p class="return"><span>${escapeHtml(tq("paper_return", lang))}</span><span></span></p></div>`;
  const body = `<table class="sheet"><thead><tr><td>${header}</td></tr></thead><tbody><tr><td>
<h1>${escapeHtml(title)}</h1>
${communeLine}${intro(lang)}
${modules}
${end}
</td></tr></tbody></table>`.replace(/>([^<]+)</g, (_, text: string) => `>${typography(text, lang)}<`);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(commune ? `${title} — ${commune.name[lang]}` : title)}</title>
<style>
${paperFormCss(tq("paper_page", lang))}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
