import { worker2021, worker2025 } from "@monitoring-social/questionnaire";
import { describe, expect, it } from "vitest";
import { bindColumns, detectFormat, normalizeLabel, suggestQuestion } from "../../src/index.ts";

describe("detectFormat", () => {
  it("recognises each tool from its header", () => {
    expect(detectFormat(["Horodateur", "Dans quel type de structure travaillez-vous ?"])).toBe("google-forms");
    expect(detectFormat(["start", "A/A1", "_uuid", "_submission_time"])).toBe("kobo");
    expect(detectFormat(["id", "submitdate", "lastpage", "C1[cpas]"])).toBe("limesurvey");
    expect(detectFormat(["id", "vague", "commune", "A1", "C1__cpas"])).toBe("codebook");
  });
});

describe("normalizeLabel", () => {
  it("ignores accents, case, punctuation and spacing", () => {
    expect(normalizeLabel("  Dans QUEL type de structure travaillez-vous ?")).toBe(
      "dans quel type de structure travaillez vous",
    );
  });
});

describe("bindColumns", () => {
  it("reads Kobo group paths, choice columns, other texts and metadata", () => {
    const b = bindColumns(
      ["start", "A/A1", "A/A1__autre_texte", "C/C1", "C/C1/cpas", "_uuid", "_submission_time"],
      worker2025,
      "kobo",
    );
    expect(b).toEqual([
      { kind: "metadata" },
      { kind: "answer", question: "A1" },
      { kind: "otherText", question: "A1" },
      // The cell listing the choices is redundant with the 0/1 columns, which win.
      { kind: "metadata" },
      { kind: "indicator", question: "C1", choice: "cpas" },
      { kind: "id" },
      { kind: "metadata" },
    ]);
  });
  it("reads a Kobo multiple-choice list cell when there are no 0/1 columns", () => {
    expect(bindColumns(["C/C1"], worker2025, "kobo")).toEqual([{ kind: "answer", question: "C1" }]);
  });
  it("reads LimeSurvey sub-question columns", () => {
    const b = bindColumns(["id", "submitdate", "C1[cpas]", "C1[other]", "B1_pct"], worker2025, "limesurvey");
    expect(b.map((x) => x.kind)).toEqual(["id", "metadata", "indicator", "otherText", "answer"]);
  });
  it("matches French and Dutch labels whatever the accents, case and punctuation", () => {
    const [fr, nl, grid] = bindColumns(
      [
        "DANS QUEL TYPE DE STRUCTURE TRAVAILLEZ VOUS",
        "Welk percentage van uw arbeidstijd besteedt u aan het helpen van mensen bij administratieve procedures (online of niet)?",
        "Quels obstacles empêchent vos publics de faire leurs démarches en ligne ? [Langue]",
      ],
      worker2025,
      "google-forms",
    );
    expect(fr).toEqual({ kind: "answer", question: "A1" });
    expect(nl).toEqual({ kind: "answer", question: "B1_pct" });
    expect(grid).toEqual({ kind: "indicator", question: "D1", choice: "langue" });
  });
  it("suggests a question for a column that matches nothing", () => {
    expect(suggestQuestion("Temps consacré aux démarches", worker2021)).toBe("B1");
    expect(suggestQuestion("B1 pct", worker2025)).toBe("B1_pct");
    expect(suggestQuestion("vm", worker2025)).toBeUndefined();
    const [b] = bindColumns(["Temps consacré aux démarches"], worker2021, "codebook");
    expect(b).toEqual({ kind: "unmatched", suggestion: "B1" });
  });
  it("lets a saved mapping win over everything", () => {
    const b = bindColumns(["Q7", "x", "B1_pct"], worker2025, "codebook", { Q7: "B1_pct", x: "-", B1_pct: "B3" });
    expect(b).toEqual([
      { kind: "answer", question: "B1_pct" },
      { kind: "metadata" },
      { kind: "answer", question: "B3" },
    ]);
  });
});
