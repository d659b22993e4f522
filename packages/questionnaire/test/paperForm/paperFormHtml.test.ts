import { describe, expect, it } from "vitest";
import {
  choiceList,
  findBrusselsCommune,
  type Instrument,
  type Language,
  paperFormHtml,
  questionNumber,
  worker2021,
  worker2025,
} from "../../src/index.ts";

/** The text a reader sees: tags dropped, entities decoded, spaces (no-break too) collapsed. */
const visibleText = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/[\s\u00a0]+/g, " ");
const norm = (s: string) => s.replace(/[\s\u00a0]+/g, " ");

describe("paperFormHtml", () => {
  it.each<[string, Instrument, Language]>([
    ["worker 2021", worker2021, "fr"],
    ["worker 2021", worker2021, "nl"],
    ["worker 2025", worker2025, "fr"],
    ["worker 2025", worker2025, "nl"],
  ])("prints every question, module and choice of %s in %s, numbered", (_n, instrument, lang) => {
    const text = visibleText(paperFormHtml(instrument, { lang }));
    for (const m of instrument.modules) expect(text).toContain(norm(m.label[lang]));
    for (const q of instrument.questions) {
      expect(text, q.id).toContain(`${questionNumber(instrument, q.id)} ${norm(q.label[lang])}`);
      if (q.list !== undefined)
        for (const c of choiceList(instrument, q).choices)
          expect(text, `${q.id} ${c.code}`).toContain(norm(c.label[lang]));
    }
  });

  it("is one A4 page style, 12 pt or more, with no script and nothing to fetch", () => {
    const html = paperFormHtml(worker2025);
    expect(html).toContain("size: A4");
    const sizes = [...html.matchAll(/font(?:-size)?:\s*(?:bold\s+)?(\d+(?:\.\d+)?)pt/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/);
  });

  it("has the respondent number in the repeated page header, and the FALC introduction", () => {
    const fr = paperFormHtml(worker2025, { lang: "fr", commune: findBrusselsCommune("1190")! });
    expect(fr).toMatch(/<thead><tr><td><div class="running">.*N° de répondant/);
    expect(visibleText(fr)).toContain("Pourquoi ce questionnaire ?");
    expect(visibleText(fr)).toContain("Commune : Forest (1190)");
    const nl = paperFormHtml(worker2025, { lang: "nl", commune: findBrusselsCommune("1080")! });
    expect(nl).toContain('<html lang="nl">');
    expect(visibleText(nl)).toContain("Respondentnummer");
    expect(visibleText(nl)).toContain("Gemeente: Sint-Jans-Molenbeek (1080)");
  });

  it("prints the skip logic in words where the respondent needs it", () => {
    const text = visibleText(paperFormHtml(worker2025, { lang: "fr" }));
    expect(text).toContain("→ Si vous avez répondu « Jamais » ou « Ne sait pas », passez à la question F1.");
    expect(text).toContain("Jamais → F1");
    expect(text).toContain(
      "Répondez à cette question seulement si vous avez écrit 2 ou plus à la question A4. Sinon, passez à la question B3.",
    );
  });

  it("keeps French guillemets and question marks on the line of their word (no-break spaces)", () => {
    const html = paperFormHtml(worker2025, { lang: "fr" }).replace(/<style>[\s\S]*?<\/style>/, "");
    expect(html).not.toMatch(/« | »| \?| :/);
    expect(html).toContain("«\u00a0Jamais\u00a0»");
  });

  it("gives digit boxes by the range: 3 for B1 (0–100 %), 2 + 2 decimals for A5 (0,1–1)", () => {
    const html = paperFormHtml(worker2025);
    const block = (id: string) =>
      html.slice(html.indexOf(`id="q-${id}"`), html.indexOf('<div class="q', html.indexOf(`id="q-${id}"`)));
    const count = (s: string) => s.split('class="digit"').length - 1;
    expect(count(block("B1_pct"))).toBe(3);
    expect(block("B1_pct")).toContain('class="unit">%');
    expect(count(block("A5"))).toBe(3);
    expect(block("A5")).toContain('class="comma">,');
    expect(count(block("B4"))).toBe(3);
  });

  it("gives the same bytes for the same instrument and options", () => {
    expect(paperFormHtml(worker2025, { lang: "nl" })).toBe(paperFormHtml(worker2025, { lang: "nl" }));
  });
});
