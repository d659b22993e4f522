import { describe, expect, it } from "vitest";
import {
  comparabilityTable,
  comparisonInstrument,
  type Harmonisation,
  type Instrument,
  isComparability,
  isComparable,
  resolveRules,
  validateHarmonisation,
  validateInstrument,
  worker2025,
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

/**
 * A later version, as a third wave would bring it (fictional, built for the test from 2025): B4
 * dropped, « Opérateurs télécom » no longer offered in C1, everything else as in 2025.
 */
const worker2027: Instrument = {
  ...worker2025,
  version: "2027",
  questions: worker2025.questions.filter((q) => q.id !== "B4"),
  lists: worker2025.lists.map((l) =>
    l.name === "services_2025" ? { ...l, choices: l.choices.filter((c) => c.code !== "telecom") } : l,
  ),
};
const threeVersions: Harmonisation = {
  ...workerHarmonisation,
  id: "worker-2021-2027",
  versions: ["2021", "2025", "2027"],
  rules: workerHarmonisation.rules.map((r) =>
    r.target === "B1" ? { ...r, sources: { ...r.sources, "2027": r.sources["2025"]! } } : r,
  ),
};
const instruments3 = [...workerInstruments, worker2027];

describe("comparabilityTable over three versions", () => {
  const rows3 = comparabilityTable(threeVersions, instruments3);
  const row3 = (q: string) => rows3.find((r) => r.question === q)!;
  it("says which versions ask each question, and so across which waves it is comparable", () => {
    expect(row3("A1")).toMatchObject({ status: "identical", versions: ["2021", "2025", "2027"], note: null });
    expect(row3("B4")).toMatchObject({ status: "only_one_version", versions: ["2025"] });
    expect(row3("F9").versions).toEqual(["2025", "2027"]);
    expect(row3("F9").note?.fr).toBe("Question posée seulement en 2025 et 2027 : comparée entre ces versions.");
    expect(row3("F9").note?.nl).toBe("Vraag enkel gesteld in 2025 en 2027: vergeleken tussen die versies.");
  });
  it("bins B1 in both later versions, into 2021's brackets", () => {
    expect(row3("B1")).toMatchObject({
      status: "binned",
      sources: { "2021": "B1", "2025": "B1_pct", "2027": "B1_pct" },
    });
  });
  it("leaves out of C1 every choice that one of the versions lacks, naming the versions that have it", () => {
    expect(row3("C1").status).toBe("partial");
    expect(row3("C1").droppedChoices).toEqual({
      "2021": ["covid_safe_ticket"],
      "2025": ["telecom", "rdv_medicaux"],
      "2027": ["rdv_medicaux"],
    });
    expect(row3("C1").note?.fr).toContain("Choix absents d'une partie des versions, exclus de la comparaison : ");
    expect(row3("C1").note?.fr).toContain("Rendez-vous médicaux en ligne (2027)");
  });
  it("keeps 2021 → 2025 as it was when only those two are compared", () => {
    const two = comparabilityTable(threeVersions, instruments3, { versions: ["2021", "2025"] });
    expect(two).toEqual(comparabilityTable(workerHarmonisation, workerInstruments));
  });
  it("compares 2025 and 2027 on the choices both have, telecoms left out", () => {
    const ci = comparisonInstrument(threeVersions, instruments3, { versions: ["2025", "2027"] });
    const c1 = ci.lists.find((l) => l.name === ci.questions.find((q) => q.id === "C1")!.list)!;
    expect(c1.choices.map((c) => c.code)).toContain("rdv_medicaux");
    expect(c1.choices.map((c) => c.code)).not.toContain("telecom");
    expect(ci.version).toBe("2025-2027");
  });
  it("is accepted by validateHarmonisation", () => {
    expect(validateHarmonisation(threeVersions, instruments3)).toEqual([]);
  });
});

describe("comparabilityTable of one version (a first survey)", () => {
  const one = comparabilityTable(workerHarmonisation, workerInstruments, { versions: ["2025"] });
  const r1 = (q: string) => one.find((r) => r.question === q)!;
  it("has nothing to leave out, keeps B1 in 2021's brackets, and marks what 2025 did not ask", () => {
    expect(r1("C1")).toMatchObject({ status: "identical", versions: ["2025"], droppedChoices: { "2025": [] } });
    expect(r1("B4")).toMatchObject({ status: "identical", versions: ["2025"] });
    expect(r1("B1")).toMatchObject({ status: "binned", versions: ["2025"] });
    expect(r1("F3")).toMatchObject({ status: "identical", versions: ["2025"] });
  });
  it("defines B1 from 2021's brackets and keeps every 2025 choice of C1", () => {
    const ci = comparisonInstrument(workerHarmonisation, workerInstruments, { versions: ["2025"] });
    expect(ci.questions.find((q) => q.id === "B1")).toMatchObject({ kind: "ordinal", list: "tranche_temps" });
    const c1 = ci.lists.find((l) => l.name === ci.questions.find((q) => q.id === "C1")!.list)!;
    expect(c1.choices.map((c) => c.code)).toEqual(expect.arrayContaining(["telecom", "rdv_medicaux"]));
    expect(c1.choices.map((c) => c.code)).not.toContain("covid_safe_ticket");
  });
  it("marks a question of 2025 only as not asked in a study of 2021 waves", () => {
    const old = comparabilityTable(workerHarmonisation, workerInstruments, { versions: ["2021"] });
    expect(old.find((r) => r.question === "F9")).toMatchObject({ status: "not_asked", versions: [] });
    expect(isComparable("not_asked")).toBe(false);
  });
  it("refuses a version the harmonisation does not have", () => {
    expect(() => comparabilityTable(workerHarmonisation, workerInstruments, { versions: ["2023"] })).toThrow(
      /worker@2023 introuvable/,
    );
  });
});
