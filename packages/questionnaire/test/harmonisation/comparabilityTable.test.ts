import { describe, expect, it } from "vitest";
import {
  comparabilityTable,
  comparisonInstrument,
  type Harmonisation,
  isComparability,
  isComparable,
  resolveRules,
  validateHarmonisation,
  validateInstrument,
  workerHarmonisation,
  workerInstruments,
} from "../../src/index.ts";

const rows = comparabilityTable(workerHarmonisation, workerInstruments);
const row = (q: string) => rows.find((r) => r.question === q)!;

describe("comparabilityTable (worker 2021 → 2025)", () => {
  it("has one row per comparison question, all statuses valid", () => {
    expect(rows.map((r) => r.question)).toEqual(
      resolveRules(workerHarmonisation, workerInstruments).map((r) => r.target),
    );
    expect(new Set(rows.map((r) => r.question)).size).toBe(rows.length);
    for (const r of rows) expect(isComparability(r.status)).toBe(true);
  });

  it("marks B1 binned, with the declared note in both languages", () => {
    expect(row("B1")).toMatchObject({ status: "binned", sources: { "2021": "B1", "2025": "B1_pct" } });
    expect(row("B1").note?.fr).toContain("regroupées dans les tranches de 2021");
    expect(row("B1").note?.nl).toContain("klassen van 2021");
  });

  it("marks C1 partial and names the dropped choices by label and wave", () => {
    expect(row("C1").status).toBe("partial");
    expect(row("C1").droppedChoices).toEqual({ "2021": ["covid_safe_ticket"], "2025": ["telecom", "rdv_medicaux"] });
    expect(row("C1").note?.fr).toBe(
      "Choix présents dans une seule vague, exclus de la comparaison : Covid Safe Ticket (2021), Opérateurs télécom (2025), Rendez-vous médicaux en ligne (2025).",
    );
    expect(row("C1").note?.nl).toContain("Telecomoperatoren (2025)");
  });

  it("marks reworded items, new questions and identical ones", () => {
    expect(row("F3").status).toBe("reworded");
    expect(row("F5").status).toBe("reworded");
    expect(row("B4")).toMatchObject({ status: "only_one_version", sources: { "2021": null, "2025": "B4" } });
    expect(row("F9").note?.fr).toBe("Question posée seulement en 2025 : pas de comparaison possible.");
    expect(row("A1")).toMatchObject({ status: "identical", note: null });
    expect(isComparable(row("B4").status)).toBe(false);
    expect(isComparable(row("F3").status)).toBe(true);
  });

  it("orders questions as in 2025, with 2021-only questions after their predecessor", () => {
    const onlyOld: Harmonisation = { ...workerHarmonisation, rules: [] };
    const order = resolveRules(onlyOld, workerInstruments).map((r) => r.target);
    // Without the B1 rule, 2021's B1 sits right after A6 and before 2025's B1_pct.
    expect(order.slice(order.indexOf("A6"), order.indexOf("A6") + 3)).toEqual(["A6", "B1", "B1_pct"]);
  });
});

describe("comparisonInstrument", () => {
  const ci = comparisonInstrument(workerHarmonisation, workerInstruments);
  it("is itself a valid instrument", () => {
    expect(validateInstrument(ci).issues).toEqual([]);
  });
  it("uses 2021's brackets for B1 and the shared choices for C1", () => {
    const b1 = ci.questions.find((q) => q.id === "B1")!;
    expect(b1).toMatchObject({ kind: "ordinal", list: "tranche_temps" });
    const c1 = ci.lists.find((l) => l.name === ci.questions.find((q) => q.id === "C1")!.list)!;
    const codes = c1.choices.map((c) => c.code);
    expect(codes).toContain("cpas");
    expect(codes).not.toContain("covid_safe_ticket");
    expect(codes).not.toContain("telecom");
  });
  it("drops skip logic that reads a binned question (B4 read B1_pct)", () => {
    expect(ci.questions.find((q) => q.id === "B4")!.relevant).toBeUndefined();
    expect(ci.questions.find((q) => q.id === "B2")!.relevant).toEqual({
      op: "compare",
      question: "A4",
      cmp: ">=",
      value: 2,
    });
  });
});

describe("validateHarmonisation", () => {
  it("accepts the worker rules", () => {
    expect(validateHarmonisation(workerHarmonisation, workerInstruments)).toEqual([]);
  });
  it("names an unknown source question, an unknown code, bad bins and a wrong rule for the kind", () => {
    const broken: Harmonisation = {
      ...workerHarmonisation,
      rules: [
        { target: "X1", sources: { "2021": { op: "same", question: "Z9" } } },
        { target: "A1", sources: { "2021": { op: "recode", question: "A1", codes: { ocmw: "cpas" } } } },
        {
          target: "B1",
          sources: {
            "2021": { op: "same", question: "B1" },
            "2025": {
              op: "bin",
              question: "B1_pct",
              bins: [
                { code: "b11_25", max: 25 },
                { code: "b0_10", max: 10 },
              ],
            },
          },
        },
        { target: "A4", sources: { "2025": { op: "bin", question: "A1", bins: [] } } },
      ],
    };
    const issues = validateHarmonisation(broken, workerInstruments);
    expect(issues.map((i) => [i.code, i.target])).toEqual([
      ["harmonisation_unknown_question", "X1"],
      ["harmonisation_unknown_code", "A1"],
      ["harmonisation_bad_bins", "B1"],
      ["harmonisation_bad_source", "A4"],
    ]);
    expect(issues[1]!.message.fr).toContain("le code « ocmw » n'existe pas dans la liste de « A1 » (2021)");
    expect(issues[0]!.message.nl).toContain("de bronvraag ‘Z9’ bestaat niet in versie 2021");
  });
});
