import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { type CountForm, DisclosureLedger } from "../../src/index.ts";

// One wave of 30 respondents answering E1: jamais 10, rarement 8, parfois 4, souvent 6, très souvent 2.
const answers = [
  ...Array(10).fill("jamais"),
  ...Array(8).fill("rarement"),
  ...Array(4).fill("parfois"),
  ...Array(6).fill("souvent"),
  ...Array(2).fill("tres_souvent"),
];
const table = aq.table({ vague: answers.map(() => "2021"), E1: answers });
const cell = (code: string): CountForm => ({ kind: "count", wave: "2021", variable: "E1", codes: [code] });
const base: CountForm = { kind: "margin", wave: "2021", variable: "E1", codes: { except: [null] } };
const top: CountForm = {
  kind: "count",
  wave: "2021",
  variable: "E1",
  codes: ["souvent", "tres_souvent"],
  binary: true,
};

describe("DisclosureLedger", () => {
  it("withholds the small cells and, in the same distribution, enough others that the base cannot give them back", () => {
    const ledger = new DisclosureLedger();
    for (const c of ["jamais", "rarement", "parfois", "souvent", "tres_souvent"]) ledger.publish([cell(c)], [base]);
    const d = ledger.decide(table, 5);
    expect(d.isWithheld(cell("parfois"))).toBe(true);
    expect(d.isWithheld(cell("tres_souvent"))).toBe(true);
    // Two small cells hide each other: nothing more is needed.
    expect(d.withheld).toEqual({ primary: 2, complementary: 0 });
    expect(d.publish([cell("jamais")], [base])).toBe(true);
  });

  it("does not let « souvent ou très souvent » minus « souvent » give « très souvent »", () => {
    const ledger = new DisclosureLedger();
    for (const c of ["jamais", "rarement", "parfois", "souvent", "tres_souvent"]) ledger.publish([cell(c)], [base]);
    ledger.publish([top], [base]);
    const d = ledger.decide(table, 5);
    expect(d.isWithheld(cell("tres_souvent"))).toBe(true);
    // Either the combined share or « souvent » goes too; the cheaper (a cell) is chosen.
    expect(d.isWithheld(cell("souvent")) || d.isWithheld(top)).toBe(true);
    expect(d.withheld.complementary).toBeGreaterThan(0);
  });

  it("withholds a single small cell with a second one, so that the base minus the shown cells reveals nothing", () => {
    const t = aq.table({
      vague: Array(30).fill("2021"),
      A1: [...Array(20).fill("cpas"), ...Array(9).fill("asbl"), "autre"],
    });
    const c = (code: string): CountForm => ({ kind: "count", wave: "2021", variable: "A1", codes: [code] });
    const b: CountForm = { kind: "margin", wave: "2021", variable: "A1", codes: { except: [null] } };
    const ledger = new DisclosureLedger();
    for (const code of ["cpas", "asbl", "autre"]) ledger.publish([c(code)], [b]);
    const d = ledger.decide(t, 5);
    expect(d.isWithheld(c("autre"))).toBe(true);
    expect(d.isWithheld(c("asbl"))).toBe(true); // the smallest other cell
    expect(d.isWithheld(c("cpas"))).toBe(false);
  });

  it("withholds a yes/no figure whose complement is small (« tous sauf 2 »)", () => {
    const t = aq.table({ vague: Array(30).fill("2021"), C1__cpas: [...Array(28).fill(true), false, false] });
    const yes: CountForm = { kind: "count", wave: "2021", variable: "C1__cpas", codes: [true], binary: true };
    const b: CountForm = { kind: "margin", wave: "2021", variable: "C1__cpas", codes: { except: [null] } };
    const ledger = new DisclosureLedger();
    ledger.publish([yes], [b]);
    expect(ledger.decide(t, 5).isWithheld(yes)).toBe(true);
  });

  it("withholds together the counts shown together (a row comparing two waves)", () => {
    const t = aq.table({ vague: ["2021", "2021", ...Array(10).fill("2025")], A1: Array(12).fill("cpas") });
    const side = (wave: string): CountForm => ({ kind: "count", wave, variable: "A1", codes: ["cpas"] });
    const ledger = new DisclosureLedger();
    ledger.publish([side("2021"), side("2025")]);
    expect(ledger.decide(t, 5).isWithheld(side("2025"))).toBe(true);
  });

  it("refuses a count described wrongly (a programming error caught at once)", () => {
    const ledger = new DisclosureLedger();
    ledger.publish([{ ...cell("jamais"), observed: 11 }], [base]);
    expect(() => ledger.decide(table, 5)).toThrow(/is 10 in the data, 11 as published/);
  });

  it("answers only what it recorded", () => {
    const ledger = new DisclosureLedger();
    ledger.publish([cell("jamais")], [base]);
    expect(() => ledger.decide(table, 5).publish([cell("rarement")])).toThrow(/not recorded/);
  });
});
